package org.roadmapetl.feedback;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV form of a sheet, as Excel's "CSV UTF-8" opens it: UTF-8 with a byte-order mark,
 * RFC 4180 quoting, CRLF line ends, and a {@code '} before every field that begins like a
 * formula. Rows are streamed to the file.
 */
final class SafeCsv {

	interface Rows {

		void writeTo(SafeCsv csv) throws IOException;

	}

	private final Writer out;

	private SafeCsv(Writer out) {
		this.out = out;
	}

	static void write(Path target, Rows rows) throws IOException {
		AtomicFiles.write(target, (stream) -> {
			Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
			writer.write('\uFEFF');
			rows.writeTo(new SafeCsv(writer));
			writer.flush();
		});
	}

	void row(Object... values) throws IOException {
		List<String> fields = new ArrayList<>(values.length);
		for (Object value : values) {
			fields.add(field(value));
		}
		this.out.write(String.join(",", fields));
		this.out.write("\r\n");
	}

	static String field(Object value) {
		if (value == null) {
			return "";
		}
		String text = value.toString();
		if (!(value instanceof Number) && FormulaText.looksLikeFormula(text)) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

}
