package org.roadmapetl.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.roadmapetl.submission.HandWrittenXlsx;

/**
 * Draws the sheets of a roadmap workbook (.xlsx) for {@link HandWrittenXlsx} to package,
 * one project per sheet, as {@link org.roadmapetl.FormWorkbooks} draws it: a title row,
 * the project block below it from column B, inline strings, budgets as numbers with a
 * {@code #,##0} format, the initiative name merged over its 計画 and 実績 rows.
 */
final class FormSheetXml {

	private static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

	private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";

	private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");

	private static final int TITLE_ROW = 0;

	private static final int FIRST_ROW = 2;

	private static final int FIRST_COLUMN = 1;

	private static final String STYLES = HEADER + "<styleSheet xmlns=\"" + MAIN_NS + "\">"
			+ "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"#,##0\"/></numFmts>"
			+ "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"游ゴシック\"/></font></fonts>"
			+ "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
			+ "<fill><patternFill patternType=\"gray125\"/></fill></fills>"
			+ "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
			+ "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
			+ "<cellXfs count=\"2\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
			+ "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
			+ "</styleSheet>";

	private FormSheetXml() {
	}

	static void write(Path file, List<List<String[]>> projects) throws IOException {
		List<HandWrittenXlsx.Sheet> sheets = new ArrayList<>(projects.size());
		for (int s = 0; s < projects.size(); s++) {
			String xml = sheet(projects.get(s));
			sheets.add(new HandWrittenXlsx.Sheet(String.format("%02d_事業", s + 1), (out) -> out.write(xml)));
		}
		HandWrittenXlsx.write(file, sheets, null, STYLES);
	}

	/**
	 * One project's sheet: the title row, then the block's lines one row each, then the
	 * merges.
	 */
	static String sheet(List<String[]> block) {
		StringBuilder xml = new StringBuilder(4096).append(HEADER)
			.append("<worksheet xmlns=\"")
			.append(MAIN_NS)
			.append("\"><sheetData>");
		xml.append("<row r=\"").append(TITLE_ROW + 1).append("\">");
		cell(xml, TITLE_ROW, FIRST_COLUMN, "(別紙2-2)令和5年度DX関連事業ロードマップ");
		xml.append("</row>");
		StringBuilder merges = new StringBuilder();
		int mergeCount = 0;
		for (int line = 0; line < block.size(); line++) {
			int row = FIRST_ROW + line;
			xml.append("<row r=\"").append(row + 1).append("\">");
			String[] fields = block.get(line);
			for (int f = 0; f < fields.length; f++) {
				cell(xml, row, FIRST_COLUMN + f, fields[f].strip());
			}
			xml.append("</row>");
			if (SampleProjects.isPlanOverActual(block, line)) {
				String column = column(FIRST_COLUMN);
				merges.append("<mergeCell ref=\"")
					.append(column)
					.append(row + 1)
					.append(':')
					.append(column)
					.append(row + 2)
					.append("\"/>");
				mergeCount++;
			}
		}
		xml.append("</sheetData>");
		if (mergeCount > 0) {
			xml.append("<mergeCells count=\"").append(mergeCount).append("\">").append(merges).append("</mergeCells>");
		}
		return xml.append("</worksheet>").toString();
	}

	private static void cell(StringBuilder xml, int row, int column, String value) {
		if (value.isEmpty()) {
			return;
		}
		xml.append("<c r=\"").append(column(column)).append(row + 1);
		if (GROUPED_NUMBER.matcher(value).matches()) {
			xml.append("\" s=\"1\"><v>").append(value.replace(",", "")).append("</v></c>");
		}
		else {
			xml.append("\" t=\"inlineStr\"><is><t>");
			escape(xml, value);
			xml.append("</t></is></c>");
		}
	}

	private static void escape(StringBuilder xml, String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			switch (c) {
				case '&' -> xml.append("&amp;");
				case '<' -> xml.append("&lt;");
				case '>' -> xml.append("&gt;");
				default -> xml.append(c);
			}
		}
	}

	/** The column's letters: 0 → A, 25 → Z, 26 → AA. */
	static String column(int index) {
		StringBuilder letters = new StringBuilder();
		for (int n = index + 1; n > 0; n = (n - 1) / 26) {
			letters.insert(0, (char) ('A' + (n - 1) % 26));
		}
		return letters.toString();
	}

}
