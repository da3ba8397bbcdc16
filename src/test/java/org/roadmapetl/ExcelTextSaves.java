package org.roadmapetl;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the sample's projects as Excel's text saves do: "CSV (コンマ区切り)", "CSV UTF-8",
 * "テキスト (タブ区切り)" and "Unicode テキスト" — CRLF line ends, a field quoted when it holds the
 * separator, a quote or a line break, {@code ""} for a quote inside. The labels 事業始期/事業終期
 * hold a line break, as in the sample workbooks, and a title line holds a quote and a
 * comma, so that every quoting rule is used.
 */
public final class ExcelTextSaves {

	private ExcelTextSaves() {
	}

	/**
	 * @param byteOrderMark the bytes written before the text ({@code EF BB BF} for CSV
	 * UTF-8, {@code FF FE} for Unicode テキスト), or none
	 * @return the line on which the first project's 事業名 record starts
	 */
	public static int write(Path file, char separator, Charset charset, byte[] byteOrderMark) throws IOException {
		StringBuilder text = new StringBuilder();
		text.append(record(List.of("(別紙2-2)令和5年度 \"DX\" 関連事業ロードマップ, 抜粋"), separator));
		int line = 2;
		int firstName = 0;
		for (List<String[]> block : FormWorkbooks.sampleBlocks()) {
			for (String[] fields : block) {
				List<String> cells = new ArrayList<>();
				for (String field : fields) {
					cells.add(field.equals("事業始期") || field.equals("事業終期") ? "事業\n" + field.substring(2) : field);
				}
				if (firstName == 0 && fields[0].strip().equals("事業名")) {
					firstName = line;
				}
				String record = record(cells, separator);
				text.append(record);
				line += record.split("\r\n", -1).length - 1;
			}
			text.append("\r\n");
			line++;
		}
		byte[] body = text.toString().getBytes(charset);
		byte[] bytes = new byte[byteOrderMark.length + body.length];
		System.arraycopy(byteOrderMark, 0, bytes, 0, byteOrderMark.length);
		System.arraycopy(body, 0, bytes, byteOrderMark.length, body.length);
		Files.write(file, bytes);
		return firstName;
	}

	private static String record(List<String> fields, char separator) {
		StringBuilder record = new StringBuilder();
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				record.append(separator);
			}
			String field = fields.get(i);
			boolean quote = field.indexOf(separator) >= 0 || field.contains("\"") || field.contains("\n");
			record.append(quote ? "\"" + field.replace("\"", "\"\"").replace("\n", "\r\n") + "\"" : field);
		}
		return record.append("\r\n").toString();
	}

}
