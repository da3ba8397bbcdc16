package org.roadmapetl;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYears;

/**
 * Writes OpenDocument spreadsheets as LibreOffice Calc saves them, small enough to read
 * in a test: the {@code mimetype} entry first and stored, {@code content.xml},
 * {@code styles.xml} and the manifest. The sample form comes out the way Calc writes it:
 * empty cells as {@code number-columns-repeated}, empty rows as
 * {@code number-rows-repeated} (a million at the end), the initiative name merged over
 * its 計画 and 実績 rows (with covered cells), a title merged across columns, labels with a
 * line break, amounts as float cells, 事業始期 as date cells, and an annotation that is no
 * part of the form.
 */
public final class OdsFiles {

	public static final String NAMESPACES = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
			+ "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" "
			+ "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
			+ "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
			+ "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" "
			+ "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"";

	/** Automatic styles: T1 strikes a span through, ce1 a whole cell. */
	public static final String STRIKE_STYLES = "<office:automatic-styles>"
			+ "<style:style style:name=\"T1\" style:family=\"text\"><style:text-properties "
			+ "style:text-line-through-style=\"solid\" style:text-line-through-type=\"single\"/></style:style>"
			+ "<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\">"
			+ "<style:text-properties style:text-line-through-style=\"solid\"/></style:style>"
			+ "</office:automatic-styles>";

	/** The struck-through text put before every plan of a revised form. */
	public static final String OLD_PLAN = "旧: 検討中 ";

	private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*");

	private OdsFiles() {
	}

	/**
	 * A spreadsheet whose content.xml body (inside office:spreadsheet) is {@code tables}.
	 */
	public static Path write(Path file, String tables) throws IOException {
		return writeContent(file,
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content " + NAMESPACES
						+ " office:version=\"1.3\">" + STRIKE_STYLES + "<office:body><office:spreadsheet>" + tables
						+ "</office:spreadsheet></office:body></office:document-content>");
	}

	/** A spreadsheet with {@code contentXml} as its content.xml, byte for byte. */
	public static Path writeContent(Path file, String contentXml) throws IOException {
		return writeContent(file, (out) -> out.write(contentXml));
	}

	/** Writes content.xml as it is written. */
	public interface ContentWriter {

		void write(Writer out) throws IOException;

	}

	/**
	 * A spreadsheet whose content.xml {@code content} writes, streaming (for parts too
	 * large to hold).
	 */
	public static Path writeContent(Path file, ContentWriter content) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			byte[] mimeType = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
			ZipEntry entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimeType.length);
			CRC32 crc = new CRC32();
			crc.update(mimeType);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimeType);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
			content.write(writer);
			writer.flush();
			zip.closeEntry();
			entry(zip, "styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-styles " + NAMESPACES
					+ "><office:styles><style:style style:name=\"Default\" style:family=\"table-cell\"/></office:styles>"
					+ "</office:document-styles>");
			entry(zip, "META-INF/manifest.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
					+ "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
					+ "<manifest:file-entry manifest:full-path=\"/\" "
					+ "manifest:media-type=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
					+ "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
					+ "</manifest:manifest>");
		}
		return file;
	}

	/**
	 * The sample's projects stacked down one sheet, behind a cover sheet.
	 * @param struck whether old texts are struck through before the real ones (見え消し): a
	 * struck earlier year before every 事業終期, a struck old plan before every plan, a
	 * struck-only cell in the first empty plan cell
	 * @param trailingRows the empty rows repeated at the end of the sheet (LibreOffice
	 * writes 1,048,000 or so)
	 */
	public static Path writeSampleForm(Path file, boolean struck, int trailingRows) throws IOException {
		StringBuilder xml = new StringBuilder();
		xml.append("<table:table table:name=\"表紙\"><table:table-column/><table:table-row><table:table-cell "
				+ "office:value-type=\"string\"><text:p>DX関連事業ロードマップ<text:s text:c=\"2\"/>提出用</text:p>"
				+ "</table:table-cell></table:table-row></table:table>");
		xml.append("<table:table table:name=\"ロードマップ\"><table:table-column table:number-columns-repeated=\"16384\"/>");
		xml.append("<table:table-row><table:table-cell/><table:table-cell table:number-columns-spanned=\"6\" "
				+ "office:value-type=\"string\"><text:p>(別紙2-2)令和5年度DX関連事業ロードマップ</text:p></table:table-cell>"
				+ "<table:covered-table-cell table:number-columns-repeated=\"5\"/></table:table-row>");
		xml.append(emptyRows(1));
		for (List<String[]> block : FormWorkbooks.sampleBlocks()) {
			for (int i = 0; i < block.size(); i++) {
				String[] fields = block.get(i);
				boolean planThenActual = fields.length > 1 && fields[1].equals("計画") && i + 1 < block.size()
						&& block.get(i + 1).length > 1 && block.get(i + 1)[1].equals("実績")
						&& block.get(i + 1)[0].isBlank();
				boolean coveredName = i > 0 && fields.length > 1 && fields[1].equals("実績") && fields[0].isBlank();
				xml.append(row(fields, planThenActual, coveredName, struck));
			}
			xml.append(emptyRows(2));
		}
		xml.append("<table:table-row table:number-rows-repeated=\"")
			.append(trailingRows)
			.append("\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row></table:table>");
		return write(file, xml.toString());
	}

	private static String row(String[] fields, boolean mergeDown, boolean coveredName, boolean struck) {
		StringBuilder row = new StringBuilder("<table:table-row><table:table-cell/>");
		boolean plan = fields.length > 1 && fields[1].equals("計画");
		boolean emptyStruck = false;
		int empty = 0;
		for (int f = 0; f < fields.length; f++) {
			String value = fields[f].strip();
			if (f == 0 && coveredName) {
				row.append("<table:covered-table-cell/>");
				continue;
			}
			boolean planCell = plan && f >= 2 && f <= 6;
			if (value.isEmpty() && !(struck && planCell && !emptyStruck)) {
				empty++;
				continue;
			}
			if (empty > 0) {
				row.append("<table:table-cell table:number-columns-repeated=\"").append(empty).append("\"/>");
				empty = 0;
			}
			if (value.isEmpty()) {
				row.append(
						"<table:table-cell table:style-name=\"ce1\" office:value-type=\"string\"><text:p>旧計画 廃止</text:p></table:table-cell>");
				emptyStruck = true;
				continue;
			}
			String previous = (f > 0) ? CanonicalText.matchKey(CanonicalText.of(fields[f - 1])) : "";
			row.append(cell(value, previous, f == 0 && mergeDown, struck, planCell));
		}
		return row.append("</table:table-row>").toString();
	}

	private static String cell(String value, String previousLabel, boolean mergeDown, boolean struck,
			boolean planCell) {
		String span = mergeDown ? " table:number-rows-spanned=\"2\"" : "";
		if (GROUPED_NUMBER.matcher(value).matches() && value.contains(",")) {
			return "<table:table-cell office:value-type=\"float\" office:value=\"" + value.replace(",", "") + "\""
					+ span + "><text:p>" + value + "</text:p></table:table-cell>";
		}
		Integer year = FiscalYears.read(CanonicalText.of(value)).fiscalYear();
		if (previousLabel.equals("事業始期") && year != null) {
			return "<table:table-cell office:value-type=\"date\" office:date-value=\"" + year + "-04-01\"><text:p>"
					+ value + "</text:p></table:table-cell>";
		}
		String text;
		if (value.equals("事業始期")) {
			text = "<text:p>事業</text:p><text:p>始期</text:p>";
		}
		else if (value.equals("事業終期")) {
			text = "<text:p>事業<text:line-break/>終期</text:p>";
		}
		else if (struck && previousLabel.equals("事業終期")) {
			text = "<text:p><text:span text:style-name=\"T1\">R5</text:span>" + escape(value) + "</text:p>";
		}
		else if (struck && planCell) {
			text = "<text:p><text:span text:style-name=\"T1\">" + OLD_PLAN + "</text:span>" + lines(value)
					+ "</text:p>";
		}
		else {
			text = "<text:p>" + lines(value) + "</text:p>";
		}
		String note = value.equals("事業名")
				? "<office:annotation><dc:creator>係長</dc:creator><text:p>確認済み</text:p>" + "</office:annotation>" : "";
		return "<table:table-cell office:value-type=\"string\"" + span + ">" + note + text + "</table:table-cell>";
	}

	private static String lines(String value) {
		return escape(value).replace("\n", "<text:line-break/>");
	}

	private static String emptyRows(int rows) {
		return "<table:table-row table:number-rows-repeated=\"" + rows
				+ "\"><table:table-cell table:number-columns-repeated=\"16384\"/></table:table-row>";
	}

	public static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
	}

	private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
		zip.putNextEntry(new ZipEntry(name));
		zip.write(text.getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
	}

}
