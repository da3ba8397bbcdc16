package org.roadmapetl.submission;

import org.roadmapetl.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsSubmissionReaderTests {

	@TempDir
	Path dir;

	private final XlsSubmissionReader reader = new XlsSubmissionReader();

	private RecordingSink read(Path file) throws IOException {
		RecordingSink sink = new RecordingSink();
		this.reader.read(file, file.getFileName().toString(), sink);
		return sink;
	}

	@Nested
	class RefusesWithTheFileNamed {

		@Test
		void anXlsxPackage() throws IOException {
			XSSFWorkbook workbook = new XSSFWorkbook();
			SmallFormWorkbooks.fill(workbook, false);
			Path file = SmallFormWorkbooks.save(workbook, XlsSubmissionReaderTests.this.dir.resolve("new.xls"));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("new.xls: the file is an .xlsx package");
		}

		@Test
		void randomBytes() throws IOException {
			byte[] noise = new byte[4096];
			new Random(7).nextBytes(noise);
			Path file = Files.write(XlsSubmissionReaderTests.this.dir.resolve("noise.xls"), noise);

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("noise.xls: the file is not an Excel workbook (.xls)");
		}

		@Test
		void truncatedWorkbook() throws IOException {
			byte[] whole = Files.readAllBytes(SampleFiles.path("xls/健康福祉部.xls"));
			Path file = Files.write(XlsSubmissionReaderTests.this.dir.resolve("half.xls"),
					java.util.Arrays.copyOf(whole, whole.length / 2));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("half.xls: the file is truncated or damaged");
		}

		@Test
		void aPasswordProtectedXlsx() throws Exception {
			Path file = EncryptedWorkbooks
				.passwordProtectedXlsx(XlsSubmissionReaderTests.this.dir.resolve("secret.xls"));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessage(
						"secret.xls: the file is password-protected; remove the password, save it again and send it again");
		}

		@Test
		void anExcel95Workbook() throws IOException {
			Path file = XlsSubmissionReaderTests.this.dir.resolve("excel95.xls");
			try (POIFSFileSystem fs = new POIFSFileSystem()) {
				// Excel 5.0/95 keeps its BIFF5 stream under the name "Book" instead of
				// "Workbook".
				fs.createDocument(new ByteArrayInputStream(new byte[512]), "Book");
				try (OutputStream out = Files.newOutputStream(file)) {
					fs.writeFilesystem(out);
				}
			}

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessageStartingWith("excel95.xls: the file is an Excel 95 or older workbook (BIFF2-5)");
		}

		@Test
		void emptyFile() throws IOException {
			Path file = Files.createFile(XlsSubmissionReaderTests.this.dir.resolve("empty.xls"));

			assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(file))
				.withMessage("empty.xls: the file is empty (0 bytes); save it again and send it again");
		}

	}

}
