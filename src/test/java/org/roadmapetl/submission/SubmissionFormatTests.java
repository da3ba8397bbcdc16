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
			.isEqualTo(SubmissionFormat.TEXT);
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

}
