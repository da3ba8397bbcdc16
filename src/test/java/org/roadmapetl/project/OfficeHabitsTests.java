package org.roadmapetl.project;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.roadmapetl.form.SkippedSheet;
import org.roadmapetl.normalise.OrganisationMaster;
import org.roadmapetl.normalise.RoadmapPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapetl.HabitWorkbooks.block;
import static org.roadmapetl.HabitWorkbooks.put;

/**
 * Habits offices bring into the template (submission-format.md, "How offices fill in the
 * template"), in a workbook drawn in the test and saved as .xlsx and as .xls: the
 * template's example sheet and a hidden older version are not loaded and are named in the
 * log, a plan merged over R7–R9 is the plan of each of those years, and an arrow or 継続
 * alone continues the year before.
 */
@ExtendWith(OutputCaptureExtension.class)
class OfficeHabitsTests {

	private static final String PROJECT = "電子申請システム整備事業";

	@TempDir
	Path dir;

	private SubmissionParser parser;

	@BeforeEach
	void parser() throws IOException {
		this.parser = parser("R6-R10");
	}

	private static SubmissionParser parser(String period) throws IOException {
		try (var in = new InputStreamReader(
				OfficeHabitsTests.class.getResourceAsStream("/db/reference/organizations.tsv"),
				StandardCharsets.UTF_8)) {
			return new SubmissionParser(OrganisationMaster.read(in), RoadmapPeriod.parse(period));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void theExampleAndAHiddenOlderVersionAreNotLoadedAndAreNamed(String format, CapturedOutput output)
			throws Exception {
		Path file = write(format, (workbook) -> {
			block(workbook.createSheet("記入見本"), "総務部", "○○業務システム導入事業", 1000, "検討", "導入");
			block(workbook.createSheet("R7提出"), "総務部", PROJECT, 6761, "検討", "構築");
			Sheet older = workbook.createSheet("R6当初提出");
			block(older, "総務部", PROJECT, 7440, "", "検討");
			workbook.setSheetVisibility(workbook.getSheetIndex(older), SheetVisibility.VERY_HIDDEN);
			block(workbook.createSheet("作成例"), "総務部", "△△事業", 1, "x", "y");
		});

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects()).extracting(Project::name).containsExactly(PROJECT);
		assertThat(parsed.projects().get(0).budgetThousandYen()).isEqualTo(6761L);
		assertThat(plans(parsed.projects().get(0))).containsEntry(2024, "検討").containsEntry(2025, "構築");
		assertThat(parsed.skippedSheets()).containsExactly(new SkippedSheet("記入見本", SkippedSheet.Why.EXAMPLE),
				new SkippedSheet("R6当初提出", SkippedSheet.Why.HIDDEN), new SkippedSheet("作成例", SkippedSheet.Why.EXAMPLE));
		assertThat(output).contains("Not loaded: シート「記入見本」(記入例のシート)")
			.contains("Not loaded: シート「R6当初提出」(非表示のシート)")
			.contains("of habits." + format);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void aPlanMergedOverYearsIsThePlanOfEachYearAndAnArrowContinuesIt(String format) throws Exception {
		Path file = write(format, (workbook) -> {
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, "総務部", PROJECT, 6761, "検討", "システム構築");
			// R7 (column D) merged over R7–R9; R10 an arrow; actuals: R6 written, R7 継続
			sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 5));
			sheet.getRow(6).createCell(6).setCellValue("→");
			sheet.getRow(7).createCell(2).setCellValue("検討済");
			sheet.getRow(7).createCell(3).setCellValue("継続");
		});

		ParsedSubmission parsed = parse(file);

		Project project = parsed.projects().get(0);
		assertThat(plans(project)).containsEntry(2024, "検討")
			.containsEntry(2025, "システム構築")
			.containsEntry(2026, "システム構築")
			.containsEntry(2027, "システム構築")
			.containsEntry(2028, "システム構築");
		InitiativeYear r10 = project.initiatives().get(0).years().get(4);
		assertThat(r10.plan().submitted()).isEqualTo("→");
		InitiativeYear r7 = project.initiatives().get(0).years().get(1);
		assertThat(r7.actual().submitted()).isEqualTo("継続");
		assertThat(r7.actual().resolved()).isEqualTo("検討済");
		assertThat(parsed.problems()).extracting(Problem::type).doesNotContain(ProblemType.UNDEFINED_CONTINUATION);
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void anArrowWithNothingBeforeItIsKeptAndReported(String format) throws Exception {
		Path file = write(format, (workbook) -> block(workbook.createSheet("R7提出"), "総務部", PROJECT, 6761, "→", "導入"));

		ParsedSubmission parsed = parse(file);

		assertThat(plans(parsed.projects().get(0))).containsEntry(2024, "→").containsEntry(2025, "導入");
		assertThat(parsed.problems()).filteredOn((problem) -> problem.type() == ProblemType.UNDEFINED_CONTINUATION)
			.singleElement()
			.satisfies((problem) -> assertThat(problem.message()).contains("「→」"));
	}

	@org.junit.jupiter.api.Test
	void anOdsHiddenTableIsNotLoadedAndAMergeOverYearsIsThePlanOfEach(CapturedOutput output) throws Exception {
		String visible = odsTable("R7提出", null, PROJECT, "6761",
				"<table:table-cell table:number-columns-spanned=\"3\" office:value-type=\"string\"><text:p>システム構築</text:p>"
						+ "</table:table-cell><table:covered-table-cell table:number-columns-repeated=\"2\"/>"
						+ odsCell("→"));
		String hidden = odsTable("R6当初提出", "ta2", PROJECT, "7440", odsCell("検討"));
		Path file = org.roadmapetl.OdsFiles.writeContent(this.dir.resolve("habits.ods"),
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content "
						+ org.roadmapetl.OdsFiles.NAMESPACES
						+ " office:version=\"1.3\"><office:automatic-styles><style:style style:name=\"ta2\" "
						+ "style:family=\"table\"><style:table-properties table:display=\"false\"/></style:style>"
						+ "</office:automatic-styles><office:body><office:spreadsheet>" + visible + hidden
						+ "</office:spreadsheet></office:body></office:document-content>");

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects()).extracting(Project::budgetThousandYen).containsExactly(6761L);
		assertThat(plans(parsed.projects().get(0))).containsEntry(2024, "検討")
			.containsEntry(2025, "システム構築")
			.containsEntry(2026, "システム構築")
			.containsEntry(2027, "システム構築")
			.containsEntry(2028, "システム構築");
		assertThat(parsed.skippedSheets()).containsExactly(new SkippedSheet("R6当初提出", SkippedSheet.Why.HIDDEN));
		assertThat(output).contains("Not loaded: シート「R6当初提出」(非表示のシート) / sheet 'R6当初提出' (a hidden sheet) of habits.ods");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void twoBlocksSideBySideWithHeaderRowsOfDifferentLengthsAreTwoProjects(String format) throws Exception {
		Path file = write(format, (workbook) -> {
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, 0, "総務部", PROJECT, 6761, "検討", "構築");
			Row first = sheet.getRow(0);
			// the right-hand block, from column J: its first header row is shorter, its
			// flags are marked
			put(first, 9, "分野", "行政経営分野", "項目", "その他", "担当部局", "企画部");
			put(sheet.getRow(1), 9, "担当課等", "DX推進課", "事業名", "庁内DX推進事業", "R6事業費(千円)", "1200");
			put(sheet.getRow(2), 9, "重点枠事業", "○", "将来対応分", "○", "事業始期", "R7");
			put(sheet.getRow(5), 9, "取組", "", "R6", "R7", "R8", "R9", "R10");
			put(sheet.getRow(6), 9, "研修", "計画", "", "職員研修", "→");
			put(sheet.getRow(7), 9, "", "実績", "", "実施");
		});

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects()).extracting(Project::name).containsExactly(PROJECT, "庁内DX推進事業");
		Project left = parsed.projects().get(0);
		Project right = parsed.projects().get(1);
		assertThat(left.department()).isEqualTo("総務部");
		assertThat(left.budgetThousandYen()).isEqualTo(6761L);
		assertThat(left.priority()).isNotEqualTo(Boolean.TRUE);
		assertThat(left.futureResponse()).isNotEqualTo(Boolean.TRUE);
		assertThat(plans(left)).containsOnly(Map.entry(2024, "検討"), Map.entry(2025, "構築"));
		assertThat(right.department()).isEqualTo("企画部");
		assertThat(right.section()).isEqualTo("DX推進課");
		assertThat(right.budgetThousandYen()).isEqualTo(1200L);
		assertThat(right.priority()).isTrue();
		assertThat(right.futureResponse()).isTrue();
		assertThat(right.startFiscalYear()).isEqualTo(2025);
		assertThat(plans(right)).containsOnly(Map.entry(2025, "職員研修"), Map.entry(2026, "職員研修"));
		assertThat(right.initiatives().get(0).years().get(1).actual().resolved()).isEqualTo("実施");
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void theHabitsHoldInTheRevisedPeriodR7ToR11(String format) throws Exception {
		Path file = write(format, (workbook) -> {
			Sheet sheet = workbook.createSheet("R8提出");
			block(sheet, 0, "総務部", PROJECT, 6761, "検討", "構築", 7);
			block(sheet, 10, "企画部", "庁内DX推進事業", 1200, "研修", "→", 7);
			sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 5));
			block(workbook.createSheet("サンプル"), 0, "総務部", "○○業務システム導入事業", 1, "x", "y", 7);
		});
		SubmissionParser revised = parser("R7-R11");

		ParsedSubmission parsed = revised
			.parse(new SubmissionFile(file, file.getFileName().toString(), "x", Files.size(file)));

		assertThat(parsed.projects()).extracting(Project::name).containsExactly(PROJECT, "庁内DX推進事業");
		assertThat(parsed.projects()).extracting(Project::budgetFiscalYear).containsExactly(2025, 2025);
		assertThat(plans(parsed.projects().get(0))).containsOnly(Map.entry(2025, "検討"), Map.entry(2026, "構築"),
				Map.entry(2027, "構築"), Map.entry(2028, "構築"));
		assertThat(plans(parsed.projects().get(1))).containsOnly(Map.entry(2025, "研修"), Map.entry(2026, "研修"));
		assertThat(parsed.skippedSheets()).extracting(SkippedSheet::sheet).containsExactly("サンプル");
	}

	/**
	 * A label written twice in one row of a single block, or inside a text, is no block
	 * beside it.
	 */
	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "1|4|R7事業費(千円)|2000", "3|2|概要|補足", "3|1|本事業の 概要 は電子化|補足", "2|8|※ 事業終期 は見直し予定|-" })
	void aSingleBlockWithALabelTwiceInARowStaysOneBlock(int row, int column, String label, String value)
			throws Exception {
		Path file = write("xlsx", (workbook) -> {
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, "総務部", PROJECT, 6761, "検討", "構築");
			put(sheet.getRow(row), column, label, value);
		});

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects()).extracting(Project::name).containsExactly(PROJECT);
		assertThat(parsed.projects().get(0).startFiscalYear()).isEqualTo(2024);
		assertThat(plans(parsed.projects().get(0))).containsOnly(Map.entry(2024, "検討"), Map.entry(2025, "構築"));
		assertThat(parsed.problems()).extracting(Problem::type).doesNotContain(ProblemType.UNREADABLE_FORM);
	}

	@org.junit.jupiter.api.Test
	void twoNameColumnsBeforeTheYearsAreOneTable() throws Exception {
		Path file = write("xlsx", (workbook) -> {
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, "総務部", PROJECT, 6761, "", "");
			sheet.getRow(5).createCell(1).setCellValue("取組内容");
			sheet.getRow(6).getCell(1).setCellValue("申請の電子化");
			put(sheet.getRow(6), 2, "計画", "検討", "構築");
			put(sheet.getRow(7), 2, "実績");
			sheet.getRow(7).removeCell(sheet.getRow(7).getCell(1));
			for (int year = 0; year < 5; year++) {
				sheet.getRow(5).createCell(3 + year).setCellValue("R" + (6 + year));
			}
			sheet.getRow(5).removeCell(sheet.getRow(5).getCell(2));
		});

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects().get(0).initiatives()).extracting(Initiative::name)
			.containsExactly("電子申請の導入 申請の電子化");
		assertThat(plans(parsed.projects().get(0))).containsOnly(Map.entry(2024, "検討"), Map.entry(2025, "構築"));
	}

	@org.junit.jupiter.api.Test
	void aFullWidthBlockBelowBlocksSideBySideIsReadWhole() throws Exception {
		Path file = write("xlsx", (workbook) -> {
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, 0, "総務部", PROJECT, 6761, "検討", "構築");
			block(sheet, 8, "企画部", "庁内DX推進事業", 1200, "研修", "実施");
			Sheet below = workbook.createSheet("tmp");
			block(below, 1, "総務部", "文書管理システム更新事業", 3000, "調査", "設計");
			for (org.apache.poi.ss.usermodel.Row row : below) {
				org.apache.poi.ss.usermodel.Row copy = sheet.createRow(row.getRowNum() + 10);
				for (org.apache.poi.ss.usermodel.Cell cell : row) {
					org.apache.poi.ss.usermodel.Cell to = copy.createCell(cell.getColumnIndex());
					if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC) {
						to.setCellValue(cell.getNumericCellValue());
					}
					else {
						to.setCellValue(cell.getStringCellValue());
					}
				}
			}
			workbook.removeSheetAt(workbook.getSheetIndex(below));
		});

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects()).extracting(Project::name).containsExactly(PROJECT, "庁内DX推進事業", "文書管理システム更新事業");
		Project below = parsed.projects().get(2);
		assertThat(below.section()).isEqualTo("情報政策課");
		assertThat(below.endFiscalYear()).isEqualTo(2028);
		assertThat(plans(below)).containsOnly(Map.entry(2024, "調査"), Map.entry(2025, "設計"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void aPlanRowBesideABlockWithNoHeaderOfItsOwnIsReportedNotGuessed(String format) throws Exception {
		Path file = write(format, (workbook) -> {
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, 0, "総務部", PROJECT, 6761, "検討", "構築");
			put(sheet.getRow(5), 9, "取組", "", "R6", "R7", "R8", "R9", "R10");
			put(sheet.getRow(6), 9, "研修", "計画", "", "職員研修");
		});

		ParsedSubmission parsed = parse(file);

		assertThat(parsed.projects()).extracting(Project::name).containsExactly(PROJECT);
		assertThat(plans(parsed.projects().get(0))).containsOnly(Map.entry(2024, "検討"), Map.entry(2025, "構築"));
		assertThat(parsed.problems()).filteredOn((problem) -> problem.message().contains("どの事業のブロックのものか判断できません"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.where().location()).isEqualTo("'R7提出'!K7"));
	}

	/**
	 * The block of {@link #block} as an .ods table; {@code fromR7} are the plan cells
	 * from column D on.
	 */
	private static String odsTable(String name, String style, String project, String budget, String fromR7) {
		return "<table:table table:name=\"" + name + "\""
				+ ((style != null) ? " table:style-name=\"" + style + "\"" : "") + ">"
				+ odsRow("分野", "行政経営分野", "項目", "その他", "担当部局", "総務部", "担当課等", "情報政策課")
				+ odsRow("事業名", project, "R6事業費(千円)", budget) + odsRow("事業始期", "R6", "事業終期", "R10")
				+ odsRow("概要", "申請の電子化") + "<table:table-row><table:table-cell/></table:table-row>"
				+ odsRow("取組", "", "R6", "R7", "R8", "R9", "R10") + "<table:table-row>" + odsCell("電子申請の導入")
				+ odsCell("計画") + odsCell("検討") + fromR7 + "</table:table-row>" + odsRow("", "実績") + "</table:table>";
	}

	private static String odsRow(String... texts) {
		StringBuilder row = new StringBuilder("<table:table-row>");
		for (String text : texts) {
			row.append(text.isEmpty() ? "<table:table-cell/>" : odsCell(text));
		}
		return row.append("</table:table-row>").toString();
	}

	private static String odsCell(String text) {
		return "<table:table-cell office:value-type=\"string\"><text:p>" + text + "</text:p></table:table-cell>";
	}

	private Path write(String format, java.util.function.Consumer<Workbook> fill) throws IOException {
		Supplier<Workbook> create = "xls".equals(format) ? HSSFWorkbook::new : XSSFWorkbook::new;
		Path file = this.dir.resolve("habits." + format);
		try (Workbook workbook = create.get(); OutputStream out = Files.newOutputStream(file)) {
			fill.accept(workbook);
			workbook.write(out);
		}
		return file;
	}

	private ParsedSubmission parse(Path file) throws IOException {
		return this.parser.parse(new SubmissionFile(file, file.getFileName().toString(), "x", Files.size(file)));
	}

	/** The resolved plan of the first initiative by fiscal year, empty years left out. */
	private static Map<Integer, String> plans(Project project) {
		List<InitiativeYear> years = project.initiatives().get(0).years();
		return years.stream()
			.filter((year) -> !year.plan().resolved().isEmpty())
			.collect(Collectors.toMap(InitiativeYear::fiscalYear, (year) -> year.plan().resolved()));
	}

}
