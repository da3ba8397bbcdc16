package org.roadmapetl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OdsFiles;
import org.roadmapetl.submission.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No file in the inbox is passed over in silence: one of no roadmap format, or a hostile
 * .ods, is named and set aside with its reason; only hidden files and office suites' lock
 * and temporary files are skipped.
 */
class InboxKindsTests {

	private static final String NOT_A_ROADMAP = Reason.NOT_A_ROADMAP_FORMAT.text();

	@TempDir
	Path work;

	private Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@BeforeEach
	void createInbox() throws IOException {
		this.inbox = Files.createDirectories(this.work.resolve("inbox"));
	}

	@Test
	void filesOfOtherKindsAndHostileSpreadsheetsAreNamedAndSetAsideAndLockFilesAreSkipped() throws Exception {
		try (InputStream in = getClass().getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, this.inbox.resolve("roadmap.tsv"));
		}
		Files.writeString(this.inbox.resolve("minutes.pdf"), "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
		writeDocx(this.inbox.resolve("memo.docx"));
		OdsFiles.writeContent(this.inbox.resolve("bomb.ods"), InboxKindsTests::manyRepeatedRows);
		OdsFiles.writeContent(this.inbox.resolve("doctype.ods"), "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a "
				+ "\"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><office:document-content "
				+ OdsFiles.NAMESPACES + "><office:body><office:spreadsheet/></office:body></office:document-content>");
		Files.writeString(this.inbox.resolve("~$roadmap.xlsx"), "owner");
		Files.writeString(this.inbox.resolve(".~lock.roadmap.ods#"), ",user,host,01.12.2026 10:00,file:///x;");
		Files.writeString(this.inbox.resolve(".DS_Store"), "\0\0\0\1Bud1");

		CommandLineTests.Outcome outcome = CommandLineTests
			.launch(new String[] { "run", "--inbox", this.inbox.toString() }, this.warehouse.database().properties());

		assertThat(outcome.status()).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(13);
		assertThat(this.warehouse.views().rows("dw.quarantined_file", "file_name || ': ' || reason")).satisfiesExactly(
				(row) -> assertThat(row.get(0)).startsWith("bomb.ods: ")
					.contains("expands far beyond its compressed size"),
				(row) -> assertThat(row.get(0)).startsWith("doctype.ods: ").contains("DOCTYPE"),
				(row) -> assertThat(row.get(0)).isEqualTo("memo.docx: " + NOT_A_ROADMAP),
				(row) -> assertThat(row.get(0)).isEqualTo("minutes.pdf: " + NOT_A_ROADMAP));
		assertThat(outcome.out() + outcome.err()).contains("minutes.pdf")
			.contains("memo.docx")
			.doesNotContain("~$roadmap");
		try (var files = Files.list(this.inbox)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactlyInAnyOrder("roadmap.tsv",
					"~$roadmap.xlsx", ".~lock.roadmap.ods#", ".DS_Store");
		}
		assertThat(this.work.resolve("quarantine").resolve("memo.docx.reason.txt")).content()
			.contains("File: memo.docx")
			.contains("理由: " + Reason.NOT_A_ROADMAP_FORMAT.japanese())
			.contains("Reason: " + Reason.NOT_A_ROADMAP_FORMAT.english());
		CommandLineTests.Outcome status = CommandLineTests.launch(new String[] { "status" },
				this.warehouse.database().properties());
		assertThat(status.out()).contains("set aside: minutes.pdf: " + NOT_A_ROADMAP).contains("memo.docx");
	}

	/**
	 * 60 MB of identical empty rows, which deflate a thousandfold: past POI's
	 * inflate-ratio limit.
	 */
	private static void manyRepeatedRows(Writer out) throws IOException {
		out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + OdsFiles.NAMESPACES
				+ "><office:body><office:spreadsheet><table:table table:name=\"S\">");
		String row = "<table:table-row><table:table-cell/><table:table-cell/><table:table-cell/></table:table-row>";
		for (long written = 0; written < 60L * 1024 * 1024; written += row.length()) {
			out.write(row);
		}
		out.write("</table:table></office:spreadsheet></office:body></office:document-content>");
	}

	private static void writeDocx(Path file) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
					+ "package/2006/content-types\"><Override PartName=\"/word/document.xml\" ContentType=\"application/"
					+ "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
			entry(zip, "word/document.xml", "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
					+ "2006/main\"><w:body><w:p><w:r><w:t>事業名</w:t></w:r></w:p></w:body></w:document>");
		}
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
