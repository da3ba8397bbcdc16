package org.roadmapetl.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * What every reader does alike, run against .xlsx, .xls and text: one table of cell
 * texts, each written in the second column of the second row (a text export quoted as
 * Excel writes it); one whole form; a failing sink.
 */
class ReaderCasesTests {

	enum Format {

		XLSX("form.xlsx", "'様式'!B2"), XLS("form.xls", "'様式'!B2"), TEXT("form.tsv", "line 2, column 2");

		final String fileName;

		final String location;

		Format(String fileName, String location) {
			this.fileName = fileName;
			this.location = location;
		}

	}

	private static final List<String> CASES = List.of("事業名", "校務のICT\n活用推進事業", "R6事業費\n(千円)", "say \"hi\"",
			"①システム設計 ②運用", "ＩＣＴ（全角）", "  前後の空白  ", "=SUM(A1)", "a\tb", "計画\n\n実績");

	@TempDir
	Path dir;

	static List<Arguments> cases() {
		return CASES.stream()
			.flatMap((text) -> java.util.Arrays.stream(Format.values()).map((format) -> arguments(format, text)))
			.toList();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("cases")
	void everyReaderHandsOnTheCellAsWritten(Format format, String text) throws IOException {
		Path file = write(format, text);
		RecordingSink sink = new RecordingSink();

		readerFor(format).read(file, format.fileName, sink);

		assertThat(sink.cells()).containsExactly(location(format, 1, "A") + "=見出し", format.location + "=" + text);
	}

	@ParameterizedTest
	@EnumSource(value = Format.class, names = { "XLSX", "XLS" })
	void aWholeFormReadsAsTextAtItsCellsSheetBySheetAndOnlyRowsWithText(Format format) throws IOException {
		Path file = wholeForm(format);
		RecordingSink sink = new RecordingSink();

		readerFor(format).read(file, format.fileName, sink);

		assertThat(sink.cells("教育庁")).containsExactlyElementsOf(SmallFormWorkbooks.FIRST_SHEET_CELLS);
		assertThat(sink.events).containsExactly("start 教育庁", "row 1", "row 3", "row 4", "row 6", "row 7", "row 8",
				"row 12", "end", "start 病院局", "row 1", "end", "start 健康福祉部", "row 2", "end");
		assertThat(sink.cells("健康福祉部")).containsExactly("'健康福祉部'!B2=医療・福祉");
		assertThat(sink.rows.get(0).cells().get(0).ref()).isEqualTo(CellRef.inSheet(format.fileName, "教育庁", 1, 2));
	}

	@ParameterizedTest
	@EnumSource(Format.class)
	void passesOnWhatTheSinkThrows(Format format) throws IOException {
		Path file = (format == Format.TEXT) ? write(format, "事業名") : wholeForm(format);
		IllegalStateException downstream = new IllegalStateException("database gone");
		RowSink failing = new RecordingSink() {
			@Override
			public void row(SheetRow row) {
				throw downstream;
			}
		};

		assertThatExceptionOfType(IllegalStateException.class)
			.isThrownBy(() -> readerFor(format).read(file, format.fileName, failing))
			.isSameAs(downstream);
	}

	/**
	 * {@link SmallFormWorkbooks}' three sheets; an uncalculated formula only where the
	 * format can hold one.
	 */
	private Path wholeForm(Format format) throws IOException {
		Workbook workbook = (format == Format.XLSX) ? new XSSFWorkbook() : new HSSFWorkbook();
		SmallFormWorkbooks.fill(workbook, format == Format.XLSX);
		return SmallFormWorkbooks.save(workbook, this.dir.resolve(format.fileName));
	}

	private Path write(Format format, String text) throws IOException {
		Path file = this.dir.resolve(format.fileName);
		if (format == Format.TEXT) {
			Files.writeString(file, "見出し\n\t" + quoted(text) + "\n", StandardCharsets.UTF_8);
			return file;
		}
		try (Workbook workbook = (format == Format.XLSX) ? new XSSFWorkbook() : new HSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			var sheet = workbook.createSheet("様式");
			sheet.createRow(0).createCell(0).setCellValue("見出し");
			sheet.createRow(1).createCell(1).setCellValue(text);
			workbook.write(out);
		}
		return file;
	}

	/** As Excel saves a cell holding a tab, a quote or a line break. */
	private static String quoted(String text) {
		boolean needsQuotes = text.contains("\t") || text.contains("\n") || text.contains("\"");
		return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}

	private static String location(Format format, int row, String column) {
		return (format == Format.TEXT) ? "line " + row + ", column 1" : "'様式'!" + column + row;
	}

	private static SubmissionReader readerFor(Format format) {
		return switch (format) {
			case XLSX -> new XlsxSubmissionReader();
			case XLS -> new XlsSubmissionReader();
			case TEXT -> new TextExportReader();
		};
	}

}
