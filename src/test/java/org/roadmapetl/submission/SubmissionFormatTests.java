package org.roadmapetl.submission;

import org.roadmapetl.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubmissionFormatTests {

	@TempDir
	Path dir;

	@Test
	void anXlsxNamedXlsIsXlsx() throws IOException {
		Path file = SmallFormWorkbooks.save(new XSSFWorkbook(), this.dir.resolve("plan.xls"));

		assertThat(SubmissionFormat.detect(file)).isEqualTo(SubmissionFormat.XLSX);
	}

	@Test
	void anXlsNamedXlsxIsXls() throws IOException {
		HSSFWorkbook workbook = new HSSFWorkbook();
		workbook.createSheet("S");
		Path file = SmallFormWorkbooks.save(workbook, this.dir.resolve("plan.xlsx"));

		assertThat(SubmissionFormat.detect(file)).isEqualTo(SubmissionFormat.XLS);
	}

	@Test
	void aPasswordProtectedXlsxIsOle2AndSoXls() throws Exception {
		Path file = EncryptedWorkbooks.passwordProtectedXlsx(this.dir.resolve("secret.xlsx"));

		assertThat(SubmissionFormat.detect(file)).isEqualTo(SubmissionFormat.XLS);
	}

	@Test
	void randomBytesAreATextCandidate() throws IOException {
		byte[] noise = new byte[1024];
		new Random(1).nextBytes(noise);
		noise[0] = 'x';

		assertThat(SubmissionFormat.detect(Files.write(this.dir.resolve("noise.xlsx"), noise)))
			.isIn(SubmissionFormat.TEXT, SubmissionFormat.CSV);
	}

	@Test
	void aWindows31jExportIsText() throws IOException {
		Path file = Files.write(this.dir.resolve("export.xlsx"),
				"分野\t暮らし・まち分野\t項目\t医療・福祉\r\n".getBytes(Charset.forName("windows-31j")));

		assertThat(SubmissionFormat.detect(file)).isEqualTo(SubmissionFormat.TEXT);
	}

	@Test
	void anEmptyFileIsUnknown() throws IOException {
		assertThat(SubmissionFormat.detect(Files.createFile(this.dir.resolve("empty.tsv"))))
			.isEqualTo(SubmissionFormat.UNKNOWN);
	}

	@Test
	void aPdfIsUnknown() throws IOException {
		Path file = Files.write(this.dir.resolve("plan.xlsx"), "%PDF-1.7\n".getBytes(Charset.forName("US-ASCII")));

		assertThat(SubmissionFormat.detect(file)).isEqualTo(SubmissionFormat.UNKNOWN);
	}

	@Test
	void samplesAreDetectedByContent() throws IOException {
		assertThat(SubmissionFormat.detect(SampleFiles.path("xlsx/教育庁.xlsx"))).isEqualTo(SubmissionFormat.XLSX);
		assertThat(SubmissionFormat.detect(SampleFiles.path("xls/教育庁.xls"))).isEqualTo(SubmissionFormat.XLS);
	}

	@Test
	void zipFormatsAreToldApartByTheirContentNotTheirName() throws IOException {
		Path ods = org.roadmapetl.OdsFiles.write(this.dir.resolve("calc.xlsx"), "");
		Path docx = zip("memo.xlsx", "[Content_Types].xml",
				"<Types><Override ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
		Path xlsb = zip("binary.xlsx", "[Content_Types].xml",
				"<Types><Override ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>");
		Path odt = zip("letter.ods", "mimetype", "application/vnd.oasis.opendocument.text");
		Path plainZip = zip("photos.xlsx", "a.jpg", "x");

		assertThat(SubmissionFormat.detect(ods)).isEqualTo(SubmissionFormat.ODS);
		assertThat(SubmissionFormat.detect(docx)).isEqualTo(SubmissionFormat.UNKNOWN);
		assertThat(SubmissionFormat.detect(xlsb)).isEqualTo(SubmissionFormat.UNKNOWN);
		assertThat(SubmissionFormat.detect(odt)).isEqualTo(SubmissionFormat.UNKNOWN);
		assertThat(SubmissionFormat.detect(plainZip)).isEqualTo(SubmissionFormat.UNKNOWN);
	}

	@Test
	void commaSeparatedTextIsCsvWhateverItsNameAndTabSeparatedTextIsText() throws IOException {
		Path csv = Files.writeString(this.dir.resolve("export.txt"), "事業名,\"4,202\",事業始期,R6\r\n,,,\r\n");
		Path tsv = Files.writeString(this.dir.resolve("export.csv"), "事業名\t4,202\t事業始期\tR6\n");
		Path oneColumn = Files.writeString(this.dir.resolve("list.csv"), "事業名\n");

		assertThat(SubmissionFormat.detect(csv)).isEqualTo(SubmissionFormat.CSV);
		assertThat(SubmissionFormat.detect(tsv)).isEqualTo(SubmissionFormat.TEXT);
		assertThat(SubmissionFormat.detect(oneColumn)).isEqualTo(SubmissionFormat.CSV);
	}

	@Test
	void anOle2FileOfAnotherProgramIsRefusedAsNoRoadmapFormat() throws IOException {
		Path doc = this.dir.resolve("memo.xls");
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem();
				java.io.OutputStream out = Files.newOutputStream(doc)) {
			fs.createDocument(new java.io.ByteArrayInputStream(new byte[4096]), "WordDocument");
			fs.writeFilesystem(out);
		}

		assertThat(SubmissionFormat.detect(doc)).isEqualTo(SubmissionFormat.XLS);
		org.assertj.core.api.Assertions.assertThatExceptionOfType(UnreadableSubmissionException.class)
			.isThrownBy(() -> new XlsSubmissionReader().read(doc, "memo.xls", new RecordingSink()))
			.withMessage("memo.xls: " + Reason.NOT_A_ROADMAP_FORMAT.english());
	}

	private Path zip(String name, String entry, String content) throws IOException {
		Path file = this.dir.resolve(name);
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			zip.putNextEntry(new java.util.zip.ZipEntry(entry));
			zip.write(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return file;
	}

}
