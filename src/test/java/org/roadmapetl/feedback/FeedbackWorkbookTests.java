package org.roadmapetl.feedback;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ExportBuilder;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The department workbooks after loading the samples and a project whose name is a
 * spreadsheet formula: each 指摘事項 sheet holds exactly the findings naming its department,
 * no cell is a formula, and the hostile names are string cells with their exact text
 * (quote-prefixed), or {@code '}-prefixed in the CSV form.
 */
class FeedbackWorkbookTests {

	static final String HOSTILE_PROJECT = "=HYPERLINK(\"http://example.invalid\",\"x\")";

	static final String HOSTILE_INITIATIVE = "@SUM(A1:A9)";

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@BeforeEach
	void loadSamplesAndAHostileProject() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		try (InputStream in = getClass().getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, inbox.resolve("roadmap-export-sample.tsv"));
		}
		new ExportBuilder()
			.project("\"" + HOSTILE_PROJECT.replace("\"", "\"\"") + "\"", "1,000", "R6", "R8", "教育庁", "学校教育課")
			.initiative(HOSTILE_INITIATIVE, ExportBuilder.years("研修", "研修", "", "", ""),
					ExportBuilder.years("", "", "", "", ""))
			.write(inbox.resolve("hostile.tsv"));
		assertThat(run("run", "--inbox", inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM report.projects WHERE project_name = '" + HOSTILE_PROJECT.replace("'", "''")
					+ "'"))
			.isOne();
	}

	@Test
	void everySheetPrintsLandscapeOnePageWideWithItsHeaderOnEveryPageAndShowsEveryLine() throws Exception {
		Path out = this.work.resolve("feedback");
		assertThat(run("feedback", "--out", out.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("健康福祉部.xlsx").toFile())) {
			assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("游ゴシック");
			for (Sheet sheet : workbook) {
				assertThat(sheet.getPrintSetup().getLandscape()).as(sheet.getSheetName()).isTrue();
				assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
				assertThat(sheet.getFitToPage()).isTrue();
				assertThat(sheet.getPrintSetup().getFitWidth()).isOne();
				assertThat(sheet.getHeader().getCenter()).contains("健康福祉部").contains("R7 (2025年度)");
				int used = 0;
				for (Row row : sheet) {
					used = Math.max(used, row.getLastCellNum());
				}
				for (int column = 0; column < used; column++) {
					assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getColumnHelper()
						.getColumn(column, false)).as(sheet.getSheetName() + " column " + column).isNotNull();
				}
				for (Row row : sheet) {
					for (Cell cell : row) {
						if (cell.getCellStyle().getWrapText() && cell.getCellType() == CellType.STRING) {
							int width = sheet.getColumnWidth(cell.getColumnIndex()) / 256 - 1;
							int lines = 0;
							for (String paragraph : cell.getStringCellValue().split("\n", -1)) {
								lines += Math.max(1,
										(org.roadmapetl.normalise.DisplayWidth.of(paragraph) + width - 1) / width);
							}
							assertThat(row.getHeightInPoints()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
								.isGreaterThanOrEqualTo(lines * SafeWorkbook.LINE_POINTS);
						}
					}
				}
			}
			Sheet open = workbook.getSheet("指摘事項");
			assertThat(open.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("1:1"));
			assertThat(open.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
			Cell severity = open.getRow(1).getCell(0);
			assertThat(severity.getStringCellValue()).isIn("エラー", "警告");
			assertThat(severity.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
			assertThat(workbook.getSheet("概要").getPrintSetup().getFitHeight()).isOne();
		}
	}

	@Test
	void theSummaryChartsPlansActualsAndFindingsFromItsOwnCells() throws Exception {
		Path out = this.work.resolve("feedback");
		assertThat(run("feedback", "--out", out.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("健康福祉部.xlsx").toFile())) {
			org.apache.poi.xssf.usermodel.XSSFSheet summary = workbook.getSheet("概要");
			List<org.apache.poi.xssf.usermodel.XSSFChart> charts = summary.getDrawingPatriarch().getCharts();
			assertThat(charts).hasSize(2);
			for (org.apache.poi.xssf.usermodel.XSSFChart chart : charts) {
				for (var data : chart.getChartSeries()) {
					for (int i = 0; i < data.getSeriesCount(); i++) {
						var series = data.getSeries(i);
						org.apache.poi.ss.util.AreaReference values = new org.apache.poi.ss.util.AreaReference(
								series.getValuesData().getDataRangeReference(), workbook.getSpreadsheetVersion());
						org.apache.poi.ss.util.AreaReference labels = new org.apache.poi.ss.util.AreaReference(
								series.getCategoryData().getDataRangeReference(), workbook.getSpreadsheetVersion());
						org.apache.poi.ss.util.CellReference[] valueCells = values.getAllReferencedCells();
						org.apache.poi.ss.util.CellReference[] labelCells = labels.getAllReferencedCells();
						assertThat(valueCells).hasSameSizeAs(labelCells).isNotEmpty();
						// the series' title is the heading of its column, its values the
						// numbers under it
						String title = ((org.apache.poi.xddf.usermodel.chart.XDDFBarChartData.Series) series)
							.getCTBarSer()
							.getTx()
							.getStrRef()
							.getF();
						assertThat(new org.apache.poi.ss.util.CellReference(title))
							.isEqualTo(new org.apache.poi.ss.util.CellReference("概要", valueCells[0].getRow() - 1,
									valueCells[0].getCol(), true, true));
						for (int k = 0; k < valueCells.length; k++) {
							Row row = summary.getRow(valueCells[k].getRow());
							assertThat(row.getCell(valueCells[k].getCol()).getNumericCellValue())
								.isEqualTo(series.getValuesData().getPointAt(k).doubleValue());
							assertThat(row.getCell(labelCells[k].getCol()).getStringCellValue())
								.isEqualTo(series.getCategoryData().getPointAt(k));
						}
					}
				}
			}
			assertThat(charts).flatExtracting((chart) -> chart.getChartSeries().get(0).getSeriesCount() == 3
					? List.of("progress") : List.of("findings"))
				.containsExactlyInAnyOrder("progress", "findings");
		}
	}

	@Test
	void theFilesReceivedAreTheDepartmentsOwnNotAConsolidatedExport() throws Exception {
		Path out = this.work.resolve("feedback");
		assertThat(run("feedback", "--out", out.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		assertThat(filesReceived(out.resolve("教育庁.xlsx"))).containsExactly("hostile.tsv");
		assertThat(filesReceived(out.resolve("健康福祉部.xlsx"))).isEmpty();
	}

	private static List<String> filesReceived(Path workbookFile) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(workbookFile.toFile())) {
			List<String> files = new ArrayList<>();
			boolean inSection = false;
			for (Row row : workbook.getSheet("概要")) {
				Cell label = row.getCell(0);
				if (label != null) {
					inSection = label.getStringCellValue().equals("受け付けた提出");
				}
				else if (inSection && row.getCell(1) != null) {
					files.add(row.getCell(1).getStringCellValue());
				}
			}
			return files;
		}
	}

	@Test
	void locationsAndStatesAreInJapanese() throws Exception {
		Path out = this.work.resolve("feedback");
		assertThat(run("feedback", "--out", out.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("健康福祉部.xlsx").toFile())) {
			Sheet open = workbook.getSheet("指摘事項");
			assertThat(open.getLastRowNum()).isPositive();
			for (int r = 1; r <= open.getLastRowNum(); r++) {
				assertThat(open.getRow(r).getCell(8).getStringCellValue()).matches("\\d+行目 \\d+列目");
			}
			java.util.Map<String, Integer> states = new java.util.HashMap<>();
			for (int r = 1; r <= open.getLastRowNum(); r++) {
				states.merge(open.getRow(r).getCell(2).getStringCellValue(), 1, Integer::sum);
			}
			int counted = 0;
			for (Row row : workbook.getSheet("概要")) {
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("提出状況")) {
					assertThat(row.getLastCellNum()).isEqualTo((short) 2);
				}
				Cell label = row.getCell(1);
				if (label != null && label.getCellType() == CellType.STRING
						&& label.getStringCellValue().startsWith("状態: ")) {
					// 概要's counts and each row's 状態 come from the same lifecycle
					assertThat((int) row.getCell(2).getNumericCellValue()).as(label.getStringCellValue())
						.isEqualTo(states.getOrDefault(label.getStringCellValue().substring(4), 0));
					counted += (int) row.getCell(2).getNumericCellValue();
				}
			}
			assertThat(counted).isEqualTo(open.getLastRowNum());
		}
	}

	@Test
	void eachWorkbookHoldsExactlyTheFindingsNamingItsDepartmentAndNoFormula() throws Exception {
		Path out = this.work.resolve("feedback");
		assertThat(run("feedback", "--out", out.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		List<String> departments = this.warehouse.views()
			.rows("(SELECT department FROM report.project_organizations "
					+ "UNION SELECT department FROM report.submission_status WHERE reporting_fiscal_year = 2025) d",
					"department")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(departments).contains("健康福祉部", "教育庁", "病院局");
		try (var files = Files.list(out)) {
			assertThat(files.map((file) -> file.getFileName().toString()))
				.containsExactlyInAnyOrderElementsOf(departments.stream().map((name) -> name + ".xlsx").toList());
		}
		int total = 0;
		for (String department : departments) {
			try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve(department + ".xlsx").toFile())) {
				assertThat(workbook.getSheetAt(0).getSheetName()).isEqualTo("概要");
				assertThat(workbook.getSheetAt(1).getSheetName()).isEqualTo("指摘事項");
				assertThat(workbook.getSheetAt(2).getSheetName()).isEqualTo("解消済み");
				assertNoFormula(workbook);
				List<List<String>> rows = rows(workbook.getSheet("指摘事項"));
				assertThat(rows.get(0)).containsExactly(FindingNames.HEADER);
				List<List<String>> findings = rows.subList(1, rows.size());
				assertThat(ReportViews.sorted(project(findings))).isEqualTo(this.warehouse.views()
					.rows("report.findings WHERE department = '" + department + "'",
							"finding_type, project_name, coalesce(initiative_name, ''), "
									+ "coalesce('R' || (fiscal_year - 2018), ''), message, "
									+ "regexp_replace(regexp_replace(source_location, '^line (\\d+), column (\\d+)$', "
									+ "'\\1行目 \\2列目'), '^''(.*)''!([A-Z]+\\d+)$', 'シート「\\1」 \\2')"));
				assertThat(findings).extracting((row) -> row.get(0))
					.isSortedAccordingTo((a, b) -> a.equals(b) ? 0 : a.equals("エラー") ? -1 : 1);
				total += findings.size();
			}
		}
		assertThat(total).isEqualTo(this.warehouse.views().count("SELECT count(*) FROM report.findings"));
		try (XSSFWorkbook workbook = new XSSFWorkbook(out.resolve("教育庁.xlsx").toFile())) {
			List<Cell> hostile = new ArrayList<>();
			for (Row row : workbook.getSheet("指摘事項")) {
				Cell project = row.getCell(3);
				Cell initiative = row.getCell(4);
				if (project != null && project.getStringCellValue().equals(HOSTILE_PROJECT)) {
					hostile.add(project);
					if (initiative != null && initiative.getStringCellValue().equals(HOSTILE_INITIATIVE)) {
						hostile.add(initiative);
					}
				}
			}
			assertThat(hostile).hasSizeGreaterThanOrEqualTo(2).allSatisfy((cell) -> {
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
			});
			assertThat(hostile).extracting(Cell::getStringCellValue).contains(HOSTILE_PROJECT, HOSTILE_INITIATIVE);
		}
	}

	@Test
	void theCsvFormPrefixesFormulaLikeFieldsWithAQuote() throws Exception {
		Path out = this.work.resolve("csv");
		assertThat(run("feedback", "--out", out.toString(), "--fiscal-year", "R7", "--format", "csv", "--department",
				"教育庁"))
			.isEqualTo(ExitCodes.SUCCESS);

		byte[] bytes = Files.readAllBytes(out.resolve("教育庁.csv"));
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text).startsWith(String.join(",", FindingNames.HEADER) + "\r\n");
		assertThat(text).contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"x\"\")\",'@SUM(A1:A9),R6,");
		assertThat(text.lines().filter((line) -> line.contains("=HYPERLINK")).toList())
			.hasSize((int) this.warehouse.views()
				.count("SELECT count(*) FROM report.findings WHERE project_name LIKE '=HYPERLINK%'"))
			.allSatisfy((line) -> assertThat(line).doesNotContain(",=").doesNotContain(",@"));
	}

	@Test
	void theNextFeedbackCountsWhatTheDepartmentFixedAndMarksTheRestAsContinuing() throws Exception {
		Path first = this.work.resolve("first");
		assertThat(run("feedback", "--out", first.toString(), "--fiscal-year", "R7", "--department", "健康福祉部"))
			.isEqualTo(ExitCodes.SUCCESS);
		try (XSSFWorkbook workbook = new XSSFWorkbook(first.resolve("健康福祉部.xlsx").toFile())) {
			assertThat(rows(workbook.getSheet("指摘事項")).subList(1, 5)).extracting((row) -> row.get(2))
				.containsOnly("新規");
			assertThat(rows(workbook.getSheet("解消済み"))).hasSize(1);
		}
		Path inbox = Files.createDirectories(this.work.resolve("fixed"));
		List<String> lines = new ArrayList<>(Files.readAllLines(this.work.resolve("inbox/roadmap-export-sample.tsv")));
		assertThat(lines.get(47)).startsWith("ICTを活用した高齢者の見守り体制構築にかかる検討・検証\t計画");
		lines.set(48, "\t実績\tモデル地区2か所で検証した");
		Files.write(inbox.resolve("fixed.tsv"), lines);
		assertThat(run("run", "--inbox", inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		Path second = this.work.resolve("second");
		assertThat(run("feedback", "--out", second.toString(), "--fiscal-year", "R7", "--department", "健康福祉部"))
			.isEqualTo(ExitCodes.SUCCESS);

		try (XSSFWorkbook workbook = new XSSFWorkbook(second.resolve("健康福祉部.xlsx").toFile())) {
			List<List<String>> resolved = rows(workbook.getSheet("解消済み"));
			assertThat(resolved.subList(1, resolved.size()))
				.extracting((row) -> List.of(row.get(10), row.get(3), row.get(5)))
				.containsExactly(List.of("MISSING_ACTUAL", "ICTを活用した高齢者の見守り体制構築事業", "R6"));
			List<List<String>> open = rows(workbook.getSheet("指摘事項"));
			assertThat(open.subList(1, open.size())).extracting((row) -> row.get(2)).containsOnly("継続");
			assertThat(rows(workbook.getSheet("概要")))
				.anySatisfy((row) -> assertThat(row.subList(1, 3)).containsExactly("前回以降の解消", "1"));
		}
	}

	private static List<List<String>> project(List<List<String>> rows) {
		return rows.stream()
			.map((row) -> List.of(row.get(10), row.get(3), row.get(4), row.get(5), row.get(6), row.get(8)))
			.toList();
	}

	static void assertNoFormula(XSSFWorkbook workbook) {
		for (Sheet sheet : workbook) {
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).as(sheet.getSheetName() + "!" + cell.getAddress())
						.isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
				}
			}
		}
	}

	static List<List<String>> rows(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<List<String>> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < FindingNames.HEADER.length; i++) {
				Cell cell = row.getCell(i);
				cells.add((cell == null) ? "" : formatter.formatCellValue(cell));
			}
			rows.add(cells);
		}
		return rows;
	}

	private int run(String... args) {
		return WarmLauncher.launch(args, this.warehouse.database().properties());
	}

}
