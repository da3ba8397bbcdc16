package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Tells the zip-based formats apart by their content, not their name: an OpenDocument
 * file by its {@code mimetype} entry, an Office Open XML workbook by the main content
 * type in {@code [Content_Types].xml}. Only the zip directory and a bounded prefix of
 * those two small entries are read.
 */
final class ZipContent {

	private static final String ODS_MIME_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

	/**
	 * The main part types of .xlsx, .xlsm, .xltx and .xltm; .xlsb ("sheet.binary") and
	 * Word are not among them.
	 */
	private static final String[] WORKBOOK_TYPES = { "spreadsheetml.sheet.main+xml", "spreadsheetml.template.main+xml",
			"ms-excel.sheet.macroEnabled.main+xml", "ms-excel.template.macroEnabled.main+xml" };

	private static final int PREFIX = 64 * 1024;

	private ZipContent() {
	}

	static SubmissionFormat formatOf(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			ZipEntry mimeType = entry(zip, "mimetype");
			if (mimeType != null) {
				String type = prefix(zip, mimeType).trim();
				// A template (.ots) is the same spreadsheet; other OpenDocument types are
				// no roadmap.
				return type.startsWith(ODS_MIME_TYPE) ? SubmissionFormat.ODS : SubmissionFormat.UNKNOWN;
			}
			ZipEntry contentTypes = entry(zip, "[Content_Types].xml");
			if (contentTypes == null) {
				return SubmissionFormat.UNKNOWN;
			}
			String types = prefix(zip, contentTypes);
			for (String workbook : WORKBOOK_TYPES) {
				if (types.contains(workbook)) {
					return SubmissionFormat.XLSX;
				}
			}
			return SubmissionFormat.UNKNOWN;
		}
		catch (IOException | RuntimeException ex) {
			// Truncated or damaged: the workbook reader names what is wrong with it.
			return SubmissionFormat.XLSX;
		}
	}

	/**
	 * An entry by its name, or else by the same name in another case or with {@code \\}
	 * for {@code /}: some tools write {@code [content_types].xml}, and POI's package
	 * layer reads such packages.
	 */
	private static ZipEntry entry(ZipFile zip, String name) {
		ZipEntry exact = zip.getEntry(name);
		if (exact != null) {
			return exact;
		}
		return zip.stream()
			.filter((candidate) -> candidate.getName().replace('\\', '/').equalsIgnoreCase(name))
			.findFirst()
			.orElse(null);
	}

	private static String prefix(ZipFile zip, ZipEntry entry) throws IOException {
		try (InputStream in = zip.getInputStream(entry)) {
			return new String(in.readNBytes(PREFIX), StandardCharsets.UTF_8);
		}
	}

}
