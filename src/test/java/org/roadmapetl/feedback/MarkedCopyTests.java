package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OdsFiles;
import org.roadmapetl.SampleFiles;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;
import org.roadmapetl.submission.OdsSubmissionReader;
import org.roadmapetl.submission.RowSink;
import org.roadmapetl.submission.SheetRow;
import org.roadmapetl.submission.SubmissionReader;
import org.roadmapetl.submission.TextExportReader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 赤ペン: a department's own file, loaded from its folder of the inbox, comes back beside
 * its feedback workbook with every open finding of the file marked at the cell the
 * workbook's 場所 names — a fill by severity and a note holding the finding's message — and
 * nothing else changed: an .xlsx cell by cell, style by style; a text file and an .ods
 * drawn as .xlsx with every cell that was read at its place.
 */
class MarkedCopyTests {

	private static final String DEPARTMENT = "健康福祉部";

	private static final Pattern STORED_IN_SHEET = Pattern.compile("'((?:[^']|'')*)'!([A-Z]+\\d+)(?::[A-Z]+\\d+)?");

	private static final Pattern STORED_IN_TEXT = Pattern.compile("line (\\d+), column (\\d+)");

	private static final DataFormatter TEXT = new DataFormatter();

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	/** A finding as the department's workbook lists it: where and what. */
	private record Listed(String sheet, int row, int column, boolean error, String message) {
	}

	@Test
	void aDepartmentsWorkbookIsMarkedAtEveryFindingAndOtherwiseUnchanged() throws Exception {
		Path file = SampleFiles.copyInto(departmentFolder(), "xlsx/健康福祉部.xlsx");
		List<Listed> findings = loadAndWriteFeedback(file);
		assertThat(findings).hasSizeGreaterThan(5);

		try (XSSFWorkbook original = new XSSFWorkbook(Files.newInputStream(file));
				XSSFWorkbook marked = new XSSFWorkbook(markedCopy().toFile())) {
			Map<String, Listed> byCell = byCell(findings);
			assertThat(sheetNames(marked)).isEqualTo(sheetNames(original));
			for (Sheet was : original) {
				XSSFSheet is = marked.getSheet(was.getSheetName());
				assertThat(is.getMergedRegions()).containsExactlyInAnyOrderElementsOf(was.getMergedRegions());
				assertThat(is.getPrintSetup().getLandscape()).isEqualTo(was.getPrintSetup().getLandscape());
				assertThat(is.getPrintSetup().getPaperSize()).isEqualTo(was.getPrintSetup().getPaperSize());
				assertThat(is.getPrintSetup().getFitWidth()).isEqualTo(was.getPrintSetup().getFitWidth());
				assertThat(is.getFitToPage()).isEqualTo(was.getFitToPage());
				for (int column = 0; column < 30; column++) {
					assertThat(is.getColumnWidth(column)).isEqualTo(was.getColumnWidth(column));
				}
				for (int r = 0; r <= Math.max(was.getLastRowNum(), is.getLastRowNum()); r++) {
					Row before = was.getRow(r);
					Row after = is.getRow(r);
					int lastColumn = Math.max(width(before), width(after));
					for (int c = 0; c < lastColumn; c++) {
						Listed finding = byCell.get(key(was.getSheetName(), r, c));
						compareCell(cell(before, c), cell(after, c), finding, was.getSheetName() + "!" + r + "," + c);
					}
				}
			}
			for (Listed finding : findings) {
				Cell cell = marked.getSheet(finding.sheet()).getRow(finding.row()).getCell(finding.column());
				assertThat(cell.getCellComment().getString().getString()).contains(finding.message());
			}
		}
	}

	@Test
	void aTextFileIsDrawnAsTheFormItWasReadWithItsFindingsMarked() throws Exception {
		Path file = SampleFiles.copyInto(departmentFolder(), SampleFiles.EXPORT);
		List<Listed> findings = loadAndWriteFeedback(file);

		assertDrawnAsRead(file, new TextExportReader(TextExportReader.TAB), findings);
	}

	@Test
	void anOdsFileIsDrawnAsTheFormItWasReadWithItsFindingsMarked() throws Exception {
		Path file = OdsFiles.writeSampleForm(departmentFolder().resolve("ロードマップ.ods"), false, 100);
		List<Listed> findings = loadAndWriteFeedback(file);
		assertThat(findings).allMatch((finding) -> finding.sheet().equals("ロードマップ"));

		assertDrawnAsRead(file, new OdsSubmissionReader(), findings);
	}

	@Test
	void aMacroEnabledWorkbookComesBackDrawnAsAPlainWorkbook() throws Exception {
		Path file = departmentFolder().resolve("健康福祉部.xlsm");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(SampleFiles.path("xlsx/健康福祉部.xlsx")))) {
			workbook.setWorkbookType(org.apache.poi.xssf.usermodel.XSSFWorkbookType.XLSM);
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		List<Listed> findings = loadAndWriteFeedback(file);

		try (XSSFWorkbook marked = new XSSFWorkbook(markedCopy().toFile())) {
			assertThat(marked.isMacroEnabled()).isFalse();
		}
		assertDrawnAsRead(file, new org.roadmapetl.submission.XlsxSubmissionReader(), findings);
	}

	@Test
	void twoFilesOfOneNameComeBackAsTwoCopiesEachMarkedWithItsOwnFindings() throws Exception {
		Files.copy(SampleFiles.path("xlsx/教育庁.xlsx"), departmentFolder().resolve("r.xlsx"));
		Files.copy(SampleFiles.path("xlsx/健康福祉部.xlsx"), this.work.resolve("inbox/r.xlsx"));
		loadAndWriteFeedback(this.work.resolve("inbox/r.xlsx"));

		Set<Set<String>> marked = new HashSet<>();
		for (String copy : List.of("健康福祉部_r.xlsx_指摘入り.xlsx", "健康福祉部_r.xlsx (2)_指摘入り.xlsx")) {
			marked.add(notedCells(this.work.resolve("feedback").resolve(copy)));
		}
		Set<Set<String>> byFile = new HashSet<>();
		for (List<String> checksum : this.warehouse.views()
			.rows("(SELECT DISTINCT source_checksum FROM report.findings WHERE source_file = 'r.xlsx') f",
					"source_checksum")) {
			byFile.add(new HashSet<>(this.warehouse.views()
				.rows("(SELECT source_location FROM report.findings WHERE source_checksum = '" + checksum.get(0)
						+ "') f", "source_location")
				.stream()
				.map((row) -> row.get(0))
				.toList()));
		}
		assertThat(byFile).hasSize(2);
		assertThat(marked).isEqualTo(byFile);
	}

	@Test
	void aHiddenSheetWhoseNameDiffersOnlyByCaseIsLeftAlone() throws Exception {
		Path file = departmentFolder().resolve("健康福祉部.xlsx");
		String visible;
		java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(SampleFiles.path("xlsx/健康福祉部.xlsx")))) {
			int index = 0;
			while (!workbook.getSheetName(index).matches(".*[A-Za-z].*")) {
				index++;
			}
			visible = workbook.getSheetName(index);
			XSSFSheet copy = workbook.cloneSheet(index);
			workbook.setSheetName(workbook.getSheetIndex(copy), "HIDDENCOPY");
			workbook.setSheetOrder("HIDDENCOPY", 0);
			workbook.setSheetHidden(0, true);
			workbook.write(written);
		}
		// POI (as Excel) refuses two names that differ only by case: the file is edited
		// as another tool could have written it
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(written.toByteArray()));
				var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				byte[] bytes = in.readAllBytes();
				if (entry.getName().equals("xl/workbook.xml")) {
					bytes = new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
						.replace("name=\"HIDDENCOPY\"", "name=\"" + swapCase(visible) + "\"")
						.getBytes(java.nio.charset.StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
				out.write(bytes);
			}
		}
		List<Listed> findings = loadAndWriteFeedback(file);
		assertThat(findings).anyMatch((finding) -> finding.sheet().equals(visible));

		try (XSSFWorkbook marked = new XSSFWorkbook(markedCopy().toFile())) {
			assertThat(notedCells(marked.getSheetAt(0))).as("the hidden sheet").isEmpty();
			for (Listed finding : findings) {
				assertThat(sheetNamed(marked, finding.sheet()).getRow(finding.row())
					.getCell(finding.column())
					.getCellComment()).as(finding.toString()).isNotNull();
			}
		}
	}

	@Test
	void aNoteTheCellHadKeepsItsTextAndAuthorWithTheFindingsBelowIt() throws Exception {
		Path file = departmentFolder().resolve("健康福祉部.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(SampleFiles.path("xlsx/健康福祉部.xlsx")))) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			var anchor = workbook.getCreationHelper().createClientAnchor();
			anchor.setCol1(3);
			anchor.setCol2(4);
			anchor.setRow1(6);
			anchor.setRow2(7);
			var note = sheet.createDrawingPatriarch().createCellComment(anchor);
			note.setString(new org.apache.poi.xssf.usermodel.XSSFRichTextString("R6 は委託で対応 (山田)"));
			note.setAuthor("山田");
			sheet.getRow(6).getCell(2).setCellComment(note);
			try (var out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		String firstSheet;
		try (XSSFWorkbook written = new XSSFWorkbook(Files.newInputStream(file))) {
			firstSheet = written.getSheetName(0);
		}
		List<Listed> findings = loadAndWriteFeedback(file);
		Listed atNote = findings.stream()
			.filter((finding) -> finding.row() == 6 && finding.column() == 2 && finding.sheet().equals(firstSheet))
			.findFirst()
			.orElseThrow();

		try (XSSFWorkbook marked = new XSSFWorkbook(markedCopy().toFile())) {
			XSSFComment comment = marked.getSheetAt(0).getRow(6).getCell(2).getCellComment();
			assertThat(comment.getString().getString()).startsWith("R6 は委託で対応 (山田)\n\n").contains(atNote.message());
			assertThat(comment.getAuthor()).isEqualTo("山田");
			assertThat(comment.getClientAnchor().getRow2() - comment.getClientAnchor().getRow1())
				.as("a box tall enough for the note and the finding")
				.isGreaterThan(2);
		}
	}

	@Test
	void aFileNoLongerInTheInboxLeavesNoCopyStandingAndIsSaid() throws Exception {
		Path file = SampleFiles.copyInto(departmentFolder(), "xlsx/健康福祉部.xlsx");
		loadAndWriteFeedback(file);
		assertThat(markedCopy()).exists();
		Files.delete(file);

		java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
		java.io.PrintStream out = System.out;
		System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			assertThat(run("feedback", "--out", this.work.resolve("feedback").toString(), "--inbox",
					this.work.resolve("inbox").toString(), "--fiscal-year", "R7"))
				.isEqualTo(ExitCodes.SUCCESS);
		}
		finally {
			System.setOut(out);
		}

		assertThat(this.work.resolve("feedback").resolve(DEPARTMENT + "_指摘入り.xlsx")).doesNotExist();
		assertThat(this.work.resolve("feedback").resolve(DEPARTMENT + ".xlsx")).exists();
		assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
			.contains("健康福祉部.xlsx (健康福祉部): no marked copy; the file is no longer in the inbox");
	}

	private static String swapCase(String name) {
		StringBuilder swapped = new StringBuilder();
		name.codePoints()
			.forEach((c) -> swapped
				.appendCodePoint(Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c)));
		return swapped.toString();
	}

	private static XSSFSheet sheetNamed(XSSFWorkbook workbook, String name) {
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().equals(name)) {
				return (XSSFSheet) sheet;
			}
		}
		throw new AssertionError("no sheet " + name);
	}

	private static Set<String> notedCells(Path copy) throws Exception {
		Set<String> cells = new HashSet<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(copy.toFile())) {
			for (Sheet sheet : workbook) {
				for (String cell : notedCells(sheet)) {
					cells.add("'" + sheet.getSheetName().replace("'", "''") + "'!" + cell);
				}
			}
		}
		return cells;
	}

	private static Set<String> notedCells(Sheet sheet) {
		Set<String> cells = new HashSet<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				if (cell.getCellComment() != null) {
					cells.add(new CellReference(cell).formatAsString(false));
				}
			}
		}
		return cells;
	}

	private void assertDrawnAsRead(Path file, SubmissionReader reader, List<Listed> findings) throws Exception {
		assertThat(findings).hasSizeGreaterThan(5);
		Map<String, String> read = new HashMap<>();
		List<String> sheets = new ArrayList<>();
		reader.read(file, file.getFileName().toString(), new RowSink() {

			private String sheet;

			@Override
			public void startSheet(String sheetName, boolean yearCellsPositional) {
				this.sheet = (sheetName != null) ? sheetName : "";
				sheets.add(this.sheet);
			}

			@Override
			public void row(SheetRow row) {
				row.cells()
					.forEach((cell) -> read.put(key(this.sheet, row.number() - 1, cell.column() - 1), cell.text()));
			}

			@Override
			public void endSheet() {
			}
		});
		Map<String, Listed> byCell = byCell(findings);
		try (XSSFWorkbook marked = new XSSFWorkbook(markedCopy().toFile())) {
			assertThat(marked.getNumberOfSheets()).isEqualTo(sheets.size());
			Set<String> drawn = new HashSet<>();
			for (int s = 0; s < sheets.size(); s++) {
				String name = sheets.get(s);
				for (Row row : marked.getSheetAt(s)) {
					for (Cell cell : row) {
						String key = key(name, row.getRowNum(), cell.getColumnIndex());
						Listed finding = byCell.get(key);
						XSSFComment comment = (XSSFComment) cell.getCellComment();
						if (finding != null) {
							assertFilled(cell.getCellStyle(), finding.error(), key);
							assertThat(comment.getString().getString()).contains(finding.message());
						}
						else {
							assertThat(comment).as(key).isNull();
						}
						if (!cell.getStringCellValue().isEmpty() || read.containsKey(key)) {
							assertThat(cell.getStringCellValue()).as(key).isEqualTo(read.get(key));
							drawn.add(key);
						}
					}
				}
			}
			assertThat(drawn).isEqualTo(read.keySet());
			for (Listed finding : findings) {
				String sheet = finding.sheet().isEmpty() ? marked.getSheetName(0) : finding.sheet();
				assertThat(marked.getSheet(sheet).getRow(finding.row()).getCell(finding.column()).getCellComment())
					.as(finding.toString())
					.isNotNull();
			}
		}
	}

	private static void compareCell(Cell before, Cell after, Listed finding, String where) {
		if (finding != null) {
			assertThat(after).as(where).isNotNull();
			assertFilled(after.getCellStyle(), finding.error(), where);
			assertThat(after.getCellComment().getString().getString()).as(where).contains(finding.message());
		}
		if (before == null) {
			assertThat(after == null || after.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK).as(where)
				.isTrue();
			return;
		}
		assertThat(after).as(where).isNotNull();
		assertThat(after.getCellType()).as(where).isEqualTo(before.getCellType());
		assertThat(TEXT.formatCellValue(after)).as(where).isEqualTo(TEXT.formatCellValue(before));
		if (before.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA) {
			assertThat(after.getCellFormula()).as(where).isEqualTo(before.getCellFormula());
		}
		XSSFCellStyle was = (XSSFCellStyle) before.getCellStyle();
		XSSFCellStyle is = (XSSFCellStyle) after.getCellStyle();
		assertThat(is.getFont().getFontName()).as(where).isEqualTo(was.getFont().getFontName());
		assertThat(is.getFont().getFontHeight()).as(where).isEqualTo(was.getFont().getFontHeight());
		assertThat(is.getDataFormatString()).as(where).isEqualTo(was.getDataFormatString());
		assertThat(is.getAlignment()).as(where).isEqualTo(was.getAlignment());
		assertThat(is.getVerticalAlignment()).as(where).isEqualTo(was.getVerticalAlignment());
		assertThat(is.getWrapText()).as(where).isEqualTo(was.getWrapText());
		assertThat(List.of(is.getBorderTop(), is.getBorderBottom(), is.getBorderLeft(), is.getBorderRight())).as(where)
			.isEqualTo(List.of(was.getBorderTop(), was.getBorderBottom(), was.getBorderLeft(), was.getBorderRight()));
		if (finding == null) {
			assertThat(is.getFillPattern()).as(where).isEqualTo(was.getFillPattern());
			assertThat(String.valueOf(is.getFillForegroundColorColor()))
				.isEqualTo(String.valueOf(was.getFillForegroundColorColor()));
			assertThat(commentOf(after)).as(where).isEqualTo(commentOf(before));
		}
	}

	private static String commentOf(Cell cell) {
		return (cell.getCellComment() != null) ? cell.getCellComment().getString().getString() : null;
	}

	private static void assertFilled(CellStyle style, boolean error, String where) {
		assertThat(style.getFillPattern()).as(where).isEqualTo(FillPatternType.SOLID_FOREGROUND);
		byte[] rgb = ((XSSFCellStyle) style).getFillForegroundColorColor().getRGB();
		assertThat(rgb).as(where).isEqualTo(error ? SafeWorkbook.Shade.ERROR.rgb() : SafeWorkbook.Shade.WARNING.rgb());
	}

	private Path departmentFolder() throws IOException {
		return Files.createDirectories(this.work.resolve("inbox").resolve(DEPARTMENT));
	}

	private Path markedCopy() {
		Path marked = this.work.resolve("feedback").resolve(DEPARTMENT + "_指摘入り.xlsx");
		assertThat(marked).exists();
		return marked;
	}

	/**
	 * Loads the inbox, writes the feedback, and returns the open findings of the file (by
	 * its content) as the warehouse holds them; each is also listed in a department's
	 * workbook.
	 */
	private List<Listed> loadAndWriteFeedback(Path file) throws Exception {
		String inbox = this.work.resolve("inbox").toString();
		assertThat(run("run", "--inbox", inbox, "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		Path out = this.work.resolve("feedback");
		assertThat(run("feedback", "--out", out.toString(), "--inbox", inbox, "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);
		String checksum = org.roadmapetl.inbox.InboxFiles.describe(file).checksum();
		List<Listed> findings = new ArrayList<>();
		for (List<String> row : this.warehouse.views()
			.rows("(SELECT severity, message, source_location FROM report.findings WHERE source_checksum = '" + checksum
					+ "') f", "severity, message, source_location")) {
			boolean error = row.get(0).equals("error");
			Matcher sheet = STORED_IN_SHEET.matcher(row.get(2));
			Matcher line = STORED_IN_TEXT.matcher(row.get(2));
			if (sheet.matches()) {
				CellReference cell = new CellReference(sheet.group(2));
				findings.add(
						new Listed(sheet.group(1).replace("''", "'"), cell.getRow(), cell.getCol(), error, row.get(1)));
			}
			else {
				assertThat(line.matches()).as(row.get(2)).isTrue();
				findings.add(new Listed("", Integer.parseInt(line.group(1)) - 1, Integer.parseInt(line.group(2)) - 1,
						error, row.get(1)));
			}
		}
		return findings;
	}

	/** The findings by cell; several at one cell are marked with the worst severity. */
	private static Map<String, Listed> byCell(List<Listed> findings) {
		Map<String, Listed> byCell = new HashMap<>();
		for (Listed finding : findings) {
			byCell.merge(key(finding.sheet(), finding.row(), finding.column()), finding,
					(was, next) -> next.error() ? next : was);
		}
		return byCell;
	}

	private static String key(String sheet, int row, int column) {
		return sheet + "!" + row + "," + column;
	}

	private static String text(Row row, int column) {
		Cell cell = row.getCell(column);
		return (cell != null) ? TEXT.formatCellValue(cell) : "";
	}

	private static List<String> sheetNames(XSSFWorkbook workbook) {
		List<String> names = new ArrayList<>();
		workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		return names;
	}

	private static int width(Row row) {
		return (row != null) ? Math.max(0, row.getLastCellNum()) : 0;
	}

	private static Cell cell(Row row, int column) {
		return (row != null) ? row.getCell(column) : null;
	}

	private int run(String... args) {
		return WarmLauncher.launch(args, this.warehouse.database().properties());
	}

}
