package org.roadmapetl.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

class XlsxSubmissionReaderTests {

	private static final String NS = HandWrittenXlsx.MAIN_NS;

	@TempDir
	Path dir;

	private final XlsxSubmissionReader reader = new XlsxSubmissionReader();

	private RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, file.getFileName().toString(), sink);
		return sink;
	}

	@Test
	void readsWhatTheStreamingWriterWrites() throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook();
		SmallFormWorkbooks.fill(workbook, false);
		RecordingSink sink = read(SmallFormWorkbooks.save(workbook, this.dir.resolve("streamed.xlsx")));

		assertThat(sink.cells("教育庁")).containsExactlyElementsOf(SmallFormWorkbooks.FIRST_SHEET_CELLS);
	}

	@Test
	void leavesPhoneticRunsOutOfSharedAndInlineStrings() throws IOException {
		String sst = "<sst xmlns=\"" + NS + "\" count=\"1\" uniqueCount=\"1\"><si><t>健康福祉部</t>"
				+ "<rPh sb=\"0\" eb=\"2\"><t>ケンコウ</t></rPh><phoneticPr fontId=\"1\"/></si></sst>";
		String sheet = "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"2\">" + "<c r=\"B2\" t=\"s\"><v>0</v></c>"
				+ "<c r=\"C2\" t=\"inlineStr\"><is><r><t>医療</t></r><r><rPr><b/></rPr><t>薬務課</t></r>"
				+ "<rPh sb=\"0\" eb=\"2\"><t>イリョウ</t></rPh></is></c>"
				+ "<c r=\"D2\" t=\"str\"><f>B2&amp;\"_x000D_\"</f><v>健康福祉部_x000D_</v></c>"
				+ "</row></sheetData></worksheet>";
		Path file = HandWrittenXlsx.write(this.dir.resolve("furigana.xlsx"), "部局", sheet, sst);

		assertThat(read(file).cells()).containsExactly("'部局'!B2=健康福祉部", "'部局'!C2=医療薬務課", "'部局'!D2=健康福祉部_x000D_");
	}

	@Test
	void dropsTextHiddenUnderAMergeThatComesAfterTheRows() throws IOException {
		String sheet = "<worksheet xmlns=\"" + NS + "\"><sheetData>"
				+ "<row r=\"7\"><c r=\"A7\" t=\"inlineStr\"><is><t>取組A</t></is></c><c r=\"B7\" t=\"inlineStr\"><is><t>計画</t></is></c></row>"
				+ "<row r=\"8\"><c r=\"A8\" t=\"inlineStr\"><is><t>取組A</t></is></c><c r=\"B8\" t=\"inlineStr\"><is><t>実績</t></is></c></row>"
				+ "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A7:A8\"/></mergeCells></worksheet>";
		Path file = HandWrittenXlsx.write(this.dir.resolve("merged.xlsx"), "S", sheet, null);

		assertThat(read(file).cells()).containsExactly("'S'!A7=取組A", "'S'!B7=計画", "'S'!B8=実績");
	}

	@Test
	void readsAnXlsxWhateverItsName() throws IOException {
		XSSFWorkbook workbook = new XSSFWorkbook();
		SmallFormWorkbooks.fill(workbook, true);
		Path file = SmallFormWorkbooks.save(workbook, this.dir.resolve("renamed.xls"));

		assertThat(read(file).cells("教育庁")).hasSize(SmallFormWorkbooks.FIRST_SHEET_CELLS.size());
	}

	@Nested
	class RefusesWithTheFileNamed {

		@Test
		void aPasswordProtectedWorkbook() throws Exception {
			Path file = EncryptedWorkbooks
				.passwordProtectedXlsx(XlsxSubmissionReaderTests.this.dir.resolve("secret.xlsx"));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessage(
						"secret.xlsx: the file is a legacy .xls or a password-protected workbook, not an .xlsx package; remove any password, save it as .xlsx and send it again");
		}

		@Test
		void randomBytes() throws IOException {
			byte[] noise = new byte[4096];
			new Random(42).nextBytes(noise);
			Path file = Files.write(XlsxSubmissionReaderTests.this.dir.resolve("noise.xlsx"), noise);

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("noise.xlsx: the file is not an Excel workbook");
		}

		@Test
		void truncatedPackage() throws IOException {
			XSSFWorkbook workbook = new XSSFWorkbook();
			SmallFormWorkbooks.fill(workbook, true);
			Path whole = SmallFormWorkbooks.save(workbook, XlsxSubmissionReaderTests.this.dir.resolve("whole.xlsx"));
			byte[] bytes = Files.readAllBytes(whole);
			Path file = Files.write(XlsxSubmissionReaderTests.this.dir.resolve("half.xlsx"),
					Arrays.copyOf(bytes, bytes.length / 2));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("half.xlsx: the file is truncated or damaged")
				.satisfies((ex) -> assertThat(ex.file()).isEqualTo("half.xlsx"));
		}

		@Test
		void emptyFile() throws IOException {
			Path file = Files.createFile(XlsxSubmissionReaderTests.this.dir.resolve("empty.xlsx"));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessage("empty.xlsx: the file is empty (0 bytes); save it again and send it again");
		}

		@Test
		void malformedSheetXmlNamingTheSheet() throws IOException {
			String sheet = "<worksheet xmlns=\"" + NS + "\"><sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row>";
			Path file = HandWrittenXlsx.write(XlsxSubmissionReaderTests.this.dir.resolve("broken.xlsx"), "計画", sheet,
					null);

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("broken.xlsx: sheet '計画' has malformed XML at line 1");
		}

		/**
		 * Damage as it happens to a sheet (cut off, edited by hand): the clerk reads
		 * which sheet, at which line and column, in Japanese first, with the parser's own
		 * words in the English part.
		 */
		@ParameterizedTest
		@ValueSource(strings = { "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>日本語日本語</c></row></sheetData>",
				"<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&nbsp;</v></c></row></sheetData>",
				"<sheetData><row r=\"1\"><1c r=\"A1\"/></row></sheetData>",
				"<sheetData><row r=\"1\"><c r=\"A1\" \"x\"/></row></sheetData>",
				"<sheetData>\n<row r=\"1\">\r\n<c r=\"A1\" t=\"str\"><v>a\r\nb</v></c>\n</row>\r\n<row r=\"1\" r=\"2\"/>",
				"<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>𠮷野家の&#12354;</v></c></row></sheetData><",
				"<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>x</v></c></row></sheetData></",
				"<sheetData><row r=\"1\"><c r=\"A1\" t=\"", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&am",
				"<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&#1234", "<sheetData></sheetData></workshee",
				"<sheetData></sheetData></worksheet", "<sheetData></sheetData></worksheet  ",
				"<sheetData><row r=\"1\"><c r=\"A1\" t=\"str\"><v>&#xD800;</v>", "<sheetData><row r=\"1\" r=\"1\"",
				"<sheetData><row r=\"1\" s=\"1\" r=\"1\"/>" })
		void damagedSheetXmlIsNamedWithItsSheetAndPlace(String body) throws Exception {
			String sheet = "<worksheet xmlns=\"" + NS + "\">" + body;
			Path file = HandWrittenXlsx.write(XlsxSubmissionReaderTests.this.dir.resolve("damaged.xlsx"), "計画", sheet,
					null);

			assertThatExceptionOfType(UnreadableSubmissionException.DamagedFile.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("damaged.xlsx: sheet '計画' ")
				.withMessageEndingWith("open it in Excel or LibreOffice, save it again and send it again")
				.satisfies((refused) -> assertThat(refused.reason().japanese())
					.matches("シート「計画」(の XML の [0-9]+ 行目 [0-9]+ 列目)?が壊れて.*。Excel か LibreOffice で開いて保存し直し、送り直してください"));
		}

		@Test
		void zipBombQuickly() throws IOException {
			Path file = HandWrittenXlsx.write(XlsxSubmissionReaderTests.this.dir.resolve("bomb.xlsx"), "S",
					XlsxSubmissionReaderTests::twoHundredMegabytesOfRows, null);
			assertThat(Files.size(file)).isLessThan(2_000_000);

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("bomb.xlsx: sheet 'S' expands far beyond its compressed size")
				.withMessageContaining("safety limits");
		}

	}

	private static void twoHundredMegabytesOfRows(Writer out) throws IOException {
		out.write("<worksheet xmlns=\"" + NS + "\"><sheetData>");
		String row = "<row><c t=\"inlineStr\"><is><t>" + "計画".repeat(40) + "</t></is></c><c><v>4202</v></c></row>";
		long written = 0;
		while (written < 200L * 1024 * 1024) {
			out.write(row);
			written += row.length() + 80;
		}
		out.write("</sheetData></worksheet>");
	}

}
