package org.roadmapetl.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a minimal one-sheet .xlsx package by hand, for XML that POI's writers never produce (phonetic runs,
 * text hidden under a merge, a sheet that inflates without end).
 */
public final class HandWrittenXlsx {

	public static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

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
		try (OutputStream raw = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(raw)) {
			entry(zip, "[Content_Types].xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
					<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
					<Default Extension="xml" ContentType="application/xml"/>
					<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
					<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
					<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
					</Types>""");
			entry(zip, "_rels/.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
					</Relationships>""");
			entry(zip, "xl/workbook.xml", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<workbook xmlns="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
					<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(MAIN_NS, sheetName));
			entry(zip, "xl/_rels/workbook.xml.rels", """
					<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
					<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
					<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
					<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
					</Relationships>""");
			entry(zip, "xl/sharedStrings.xml", (sharedStringsXml != null) ? sharedStringsXml
					: "<sst xmlns=\"" + MAIN_NS + "\" count=\"0\" uniqueCount=\"0\"/>");
			zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
			Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			sheet.write(out);
			out.flush();
			zip.closeEntry();
		}
		return file;
	}

	private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(content.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
