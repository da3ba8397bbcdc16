package org.roadmapetl.submission;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The tests' one hand-written .xlsx writer: a minimal package of one or more sheets, for
 * XML that POI's writers never produce (phonetic runs, text hidden under a merge, a sheet
 * that inflates without end) and for the benchmark's thousands of workbooks, which POI's
 * XSSFWorkbook takes far too long to write.
 */
public final class HandWrittenXlsx {

	public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

	private static final String PACKAGE_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	@FunctionalInterface
	public interface SheetBody {

		void write(Writer out) throws IOException;

	}

	private HandWrittenXlsx() {
	}

	public static Path write(Path file, String sheetName, String sheetXml, String sharedStringsXml) throws IOException {
		return write(file, sheetName, (out) -> out.write(sheetXml), sharedStringsXml);
	}

	public static Path write(Path file, String sheetName, SheetBody sheet, String sharedStringsXml) throws IOException {
		return write(file, List.of(new Sheet(sheetName, sheet)), sharedStringsXml, null);
	}

	/** A sheet of the package: its name and what writes its XML. */
	public record Sheet(String name, SheetBody body) {
	}

	/**
	 * The whole package: the sheets in order, shared strings and styles where given
	 * (null: none). Streams each sheet into the zip, so a benchmark can write thousands
	 * of workbooks.
	 */
	public static Path write(Path file, List<Sheet> sheets, String sharedStringsXml, String stylesXml)
			throws IOException {
		try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
				ZipOutputStream zip = new ZipOutputStream(raw)) {
			entry(zip, "[Content_Types].xml", contentTypes(sheets.size(), stylesXml != null));
			entry(zip, "_rels/.rels",
					HEADER + "<Relationships xmlns=\"" + PACKAGE_REL_NS + "\">" + "<Relationship Id=\"rId1\" Type=\""
							+ REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>" + "</Relationships>");
			StringBuilder workbook = new StringBuilder(HEADER).append("<workbook xmlns=\"")
				.append(MAIN_NS)
				.append("\" xmlns:r=\"")
				.append(REL_NS)
				.append("\"><sheets>");
			StringBuilder relationships = new StringBuilder(HEADER).append("<Relationships xmlns=\"")
				.append(PACKAGE_REL_NS)
				.append("\">");
			for (int s = 1; s <= sheets.size(); s++) {
				workbook.append("<sheet name=\"")
					.append(sheets.get(s - 1).name())
					.append("\" sheetId=\"")
					.append(s)
					.append("\" r:id=\"rId")
					.append(s)
					.append("\"/>");
				relationships.append(relationship(s, "worksheet", "worksheets/sheet" + s + ".xml"));
			}
			relationships.append(relationship(sheets.size() + 1, "sharedStrings", "sharedStrings.xml"));
			if (stylesXml != null) {
				relationships.append(relationship(sheets.size() + 2, "styles", "styles.xml"));
			}
			entry(zip, "xl/workbook.xml", workbook.append("</sheets></workbook>").toString());
			entry(zip, "xl/_rels/workbook.xml.rels", relationships.append("</Relationships>").toString());
			entry(zip, "xl/sharedStrings.xml", (sharedStringsXml != null) ? sharedStringsXml
					: "<sst xmlns=\"" + MAIN_NS + "\" count=\"0\" uniqueCount=\"0\"/>");
			if (stylesXml != null) {
				entry(zip, "xl/styles.xml", stylesXml);
			}
			for (int s = 1; s <= sheets.size(); s++) {
				zip.putNextEntry(new ZipEntry("xl/worksheets/sheet" + s + ".xml"));
				Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				sheets.get(s - 1).body().write(out);
				out.flush();
				zip.closeEntry();
			}
		}
		return file;
	}

	private static String contentTypes(int sheets, boolean styles) {
		StringBuilder xml = new StringBuilder(HEADER)
			.append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
			.append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
			.append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
			.append(override("/xl/workbook.xml", "sheet.main+xml"))
			.append(override("/xl/sharedStrings.xml", "sharedStrings+xml"));
		if (styles) {
			xml.append(override("/xl/styles.xml", "styles+xml"));
		}
		for (int s = 1; s <= sheets; s++) {
			xml.append(override("/xl/worksheets/sheet" + s + ".xml", "worksheet+xml"));
		}
		return xml.append("</Types>").toString();
	}

	private static String override(String part, String type) {
		return "<Override PartName=\"" + part + "\" ContentType=\"application/vnd.openxmlformats-officedocument."
				+ "spreadsheetml." + type + "\"/>";
	}

	private static String relationship(int id, String type, String target) {
		return "<Relationship Id=\"rId" + id + "\" Type=\"" + REL_NS + "/" + type + "\" Target=\"" + target + "\"/>";
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
