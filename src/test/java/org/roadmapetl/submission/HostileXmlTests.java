package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.roadmapetl.OdsFiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every XML part a reader parses — an .xlsx's sheet, shared strings, styles, workbook,
 * relationships and content types, an .ods's content and styles — refuses what XML can be
 * made to do to a parser: entity expansion (billion laughs), an external entity, an
 * external DTD, nesting 100,000 deep and 200,000 attributes on one element. Each is
 * refused as the file's damage or a limit, with a reason, never read, and nothing is
 * fetched: the parsers of a thread are reused from case to case, as a run reuses them
 * from file to file.
 */
class HostileXmlTests {

	private static final List<String> XLSX_PARTS = List.of("xl/worksheets/sheet1.xml", "xl/sharedStrings.xml",
			"xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "_rels/.rels", "[Content_Types].xml");

	private static final List<String> ODS_PARTS = List.of("content.xml", "styles.xml");

	/**
	 * A server on this machine that counts who connects: no parser may fetch a DTD or an
	 * entity from it.
	 */
	private static ServerSocket server;

	private static final AtomicInteger FETCHES = new AtomicInteger();

	@TempDir
	Path dir;

	@BeforeAll
	static void listen() throws IOException {
		server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread accepting = new Thread(() -> {
			while (!server.isClosed()) {
				try (Socket socket = server.accept()) {
					FETCHES.incrementAndGet();
				}
				catch (IOException ex) {
					return;
				}
			}
		});
		accepting.setDaemon(true);
		accepting.start();
	}

	@AfterAll
	static void nothingWasFetched() throws IOException {
		server.close();
		assertThat(FETCHES.get()).as("connections to the DTD server").isZero();
	}

	static Stream<Arguments> hostileParts() {
		List<Arguments> cases = new ArrayList<>();
		for (String payload : List.of("billion laughs", "external entity", "external DTD", "deep nesting",
				"many attributes")) {
			XLSX_PARTS.forEach((part) -> cases.add(Arguments.of("xlsx", part, payload)));
			ODS_PARTS.forEach((part) -> cases.add(Arguments.of("ods", part, payload)));
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1}: {2}")
	@MethodSource("hostileParts")
	void everyXmlPartRefusesIt(String format, String part, String payload) throws Exception {
		Path valid = "xlsx".equals(format) ? validXlsx()
				: OdsFiles.writeSampleForm(this.dir.resolve("valid.ods"), false, 0);
		Path hostile = replaced(valid, part, xml(payload, root(format, part)));

		assertThatExceptionOfType(UnreadableSubmissionException.class).isThrownBy(() -> read(hostile, format));
	}

	/**
	 * As the job reads a file: a package whose content types name no workbook is no
	 * roadmap format at all.
	 */
	private static void read(Path file, String format) throws IOException {
		SubmissionReader reader = SubmissionFormat.detect(file).workbookReader().orElse(null);
		if (reader == null) {
			throw new UnreadableSubmissionException.NotASubmission(file.getFileName().toString(),
					Reason.NOT_A_ROADMAP_FORMAT);
		}
		reader.read(file, "hostile." + format, new RecordingSink());
	}

	private Path validXlsx() throws IOException {
		String sheet = "<worksheet xmlns=\"" + HandWrittenXlsx.MAIN_NS
				+ "\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\">" + "<v>0</v></c></row></sheetData></worksheet>";
		return HandWrittenXlsx.write(this.dir.resolve("valid.xlsx"),
				List.of(new HandWrittenXlsx.Sheet("計画", (out) -> out.write(sheet))),
				"<sst xmlns=\"" + HandWrittenXlsx.MAIN_NS + "\"><si><t>事業名</t></si></sst>",
				"<styleSheet xmlns=\"" + HandWrittenXlsx.MAIN_NS
						+ "\"><cellXfs count=\"1\"><xf numFmtId=\"0\"/></cellXfs>" + "</styleSheet>");
	}

	/**
	 * The root element the part has, so that only the hostile construct is wrong with it.
	 */
	private static String root(String format, String part) {
		if ("ods".equals(format)) {
			return part.equals("content.xml") ? "office:document-content" : "office:document-styles";
		}
		return switch (part) {
			case "xl/sharedStrings.xml" -> "sst";
			case "xl/styles.xml" -> "styleSheet";
			case "xl/workbook.xml" -> "workbook";
			case "[Content_Types].xml" -> "Types";
			case "xl/worksheets/sheet1.xml" -> "worksheet";
			default -> "Relationships";
		};
	}

	private static String xml(String payload, String root) {
		String open = "<" + root + (root.startsWith("office:") ? " " + OdsFiles.NAMESPACES : "");
		return switch (payload) {
			case "billion laughs" -> {
				StringBuilder dtd = new StringBuilder("<!DOCTYPE " + root + " [<!ENTITY l0 \"lol\">");
				for (int i = 1; i < 10; i++) {
					dtd.append("<!ENTITY l")
						.append(i)
						.append(" \"")
						.append(("&l" + (i - 1) + ";").repeat(10))
						.append("\">");
				}
				yield "<?xml version=\"1.0\"?>" + dtd + "]>" + open + ">&l9;</" + root + ">";
			}
			case "external entity" ->
				"<?xml version=\"1.0\"?><!DOCTYPE " + root + " [<!ENTITY x SYSTEM \"http://127.0.0.1:"
						+ server.getLocalPort() + "/x\">]>" + open + ">&x;</" + root + ">";
			case "external DTD" -> "<?xml version=\"1.0\"?><!DOCTYPE " + root + " SYSTEM \"http://127.0.0.1:"
					+ server.getLocalPort() + "/roadmap.dtd\">" + open + "/>";
			case "deep nesting" -> open + ">" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</" + root + ">";
			default -> {
				StringBuilder attributes = new StringBuilder(open);
				for (int i = 0; i < 200_000; i++) {
					attributes.append(" a").append(i).append("=\"\"");
				}
				yield attributes.append("/>").toString();
			}
		};
	}

	/** A copy of the package with one part's XML replaced. */
	private Path replaced(Path file, String part, String xml) throws IOException {
		Path copy = this.dir.resolve("hostile-" + file.getFileName());
		try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file));
				ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				out.putNextEntry(new ZipEntry(entry.getName()));
				if (entry.getName().equals(part)) {
					out.write(xml.getBytes(StandardCharsets.UTF_8));
				}
				else {
					copyTo(in, out);
				}
				out.closeEntry();
			}
		}
		return copy;
	}

	private static void copyTo(InputStream in, OutputStream out) throws IOException {
		in.transferTo(out);
	}

}
