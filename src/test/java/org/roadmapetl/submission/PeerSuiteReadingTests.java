package org.roadmapetl.submission;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files of other readers' test suites that POI reads (src/test/resources/peer-suites)
 * read here to the same text and number cells as POI's own workbook model gives: NaN
 * numbers, {@code <v/>} shared-string cells, {@code s=""}, zip entry names in another
 * case and a capitalised workbook stream do not stop the reader or lose a cell.
 */
class PeerSuiteReadingTests {

	@TempDir
	Path dir;

	@ParameterizedTest
	@ValueSource(
			strings = { "poi/49761.xls", "poi/64508.xlsx", "poi/64667.xlsx", "calamine/empty_shared_string_value.xlsx",
					"poi/49609.xlsx", "poi/SimpleWithComments.xls", "calamine/capitalized_wbook_stream.xls" })
	void everyTextCellPoiReadsIsReadAtItsPlace(String name) throws Exception {
		Path file = this.dir.resolve(Path.of(name).getFileName().toString());
		try (InputStream in = PeerSuiteReadingTests.class.getResourceAsStream("/peer-suites/" + name)) {
			Files.copy(in, file);
		}
		RecordingSink sink = new RecordingSink();

		SubmissionFormat.detect(file).workbookReader().orElseThrow().read(file, file.getFileName().toString(), sink);

		assertThat(sink.sheets).isEqualTo(poiSheetNames(file));
		assertThat(sink.cells()).containsAll(poiTextCells(file));
	}

	private static List<String> poiSheetNames(Path file) throws Exception {
		List<String> names = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			workbook.forEach((sheet) -> names.add(sheet.getSheetName()));
		}
		return names;
	}

	/**
	 * Every non-blank text and number cell of every sheet, as {@code 'Sheet'!B2=text}, as
	 * POI's workbook model reads it.
	 */
	private static List<String> poiTextCells(Path file) throws Exception {
		List<String> cells = new ArrayList<>();
		try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
			for (Sheet sheet : workbook) {
				for (Row row : sheet) {
					for (Cell cell : row) {
						String text = switch (cell.getCellType()) {
							case STRING -> cell.getStringCellValue();
							case NUMERIC ->
								DateUtil.isCellDateFormatted(cell) ? null : CellText.number(cell.getNumericCellValue());
							default -> null;
						};
						if (text != null && !CellText.isBlank(text) && !isStruck(workbook, cell)) {
							cells.add(CellRef
								.inSheet("", sheet.getSheetName(), cell.getRowIndex() + 1, cell.getColumnIndex() + 1)
								.location() + "=" + text);
						}
					}
				}
			}
		}
		return cells;
	}

	private static boolean isStruck(Workbook workbook, Cell cell) {
		return workbook.getFontAt(cell.getCellStyle().getFontIndex()).getStrikeout();
	}

}
