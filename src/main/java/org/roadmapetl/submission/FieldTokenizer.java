package org.roadmapetl.submission;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits delimited text (tab- or comma-separated) into records of fields, character by
 * character from a {@link Reader}, so that no line is ever held whole beyond the read
 * limits. Quoting is Excel's and RFC 4180's: a field that starts with {@code "} runs to
 * the next {@code "} that is followed by the separator or a line end, {@code ""} inside
 * is one quote, and line breaks inside become LF. A quote that does not close that way is
 * text (as Excel reads it), and so is one left open after {@link #MAX_QUOTED_LINES} lines
 * or {@code cellLength} characters: the characters read ahead are read again as plain
 * text.
 * <p>
 * Hand-written rather than a CSV library: a stray quote in a tab-separated export must
 * stay text and the record must keep the number of its first line, which the libraries at
 * hand do not offer.
 */
final class FieldTokenizer {

	/**
	 * How many lines one quoted field may span before its opening quote is taken
	 * literally.
	 */
	static final int MAX_QUOTED_LINES = 50;

	private static final int END = -1;

	private final PushbackSource in;

	private final char separator;

	private final ReadLimits limits;

	private final String file;

	private int line = 1;

	private int lineChars;

	private int recordLine;

	private boolean atEnd;

	FieldTokenizer(Reader reader, char separator, ReadLimits limits, String file) {
		this.in = new PushbackSource(reader);
		this.separator = separator;
		this.limits = limits;
		this.file = file;
	}

	/** The line the last record returned by {@link #next()} starts on (1-based). */
	int recordLine() {
		return this.recordLine;
	}

	/** The fields of the next record, or {@code null} at the end of the text. */
	List<String> next() throws IOException {
		if (this.atEnd) {
			return null;
		}
		this.recordLine = this.line;
		if (this.line > this.limits.rows()) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.overLimit("行数", "the lines are", this.limits.rows(), "roadmap.limits.rows"), null);
		}
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int c = read();
		if (c == END) {
			this.atEnd = true;
			return null;
		}
		while (true) {
			if (c == '"' && field.isEmpty() && readQuoted(field)) {
				c = read(); // the separator, a line end or the end: readQuoted checked it
			}
			if (c == this.separator) {
				fields.add(field.toString());
				field.setLength(0);
			}
			else if (isLineEnd(c) || c == END) {
				endLine(c);
				fields.add(field.toString());
				return fields;
			}
			else {
				append(field, (char) c, fields.size() + 1);
			}
			c = read();
		}
	}

	/**
	 * Reads a quoted field after its opening quote into {@code field}. Returns false,
	 * with everything read pushed back and {@code field} left empty, when the quote does
	 * not close properly: then the quote is text.
	 */
	private boolean readQuoted(StringBuilder field) throws IOException {
		StringBuilder raw = new StringBuilder();
		int lines = 0;
		int startChars = this.lineChars;
		while (true) {
			int c = this.in.read();
			if (c == END || lines >= MAX_QUOTED_LINES || field.length() >= this.limits.cellLength()) {
				return giveBack(field, raw, c, startChars);
			}
			raw.append((char) c);
			if (c == '"') {
				int after = this.in.read();
				if (after == '"') {
					raw.append('"');
					field.append('"');
					this.lineChars += 2;
					continue;
				}
				this.in.unread(after);
				if (after == this.separator || isLineEnd(after) || after == END) {
					this.line += lines;
					this.lineChars++;
					return true;
				}
				return giveBack(field, raw, END, startChars);
			}
			if (isLineEnd(c)) {
				if (c == '\r') {
					int lf = this.in.read();
					if (lf == '\n') {
						raw.append('\n');
					}
					else {
						this.in.unread(lf);
					}
				}
				lines++;
				this.lineChars = 0;
				field.append('\n');
				continue;
			}
			this.lineChars++;
			field.append((char) c);
		}
	}

	private boolean giveBack(StringBuilder field, StringBuilder raw, int last, int startChars) {
		this.in.unread(last);
		this.in.unread(raw);
		field.setLength(0);
		this.lineChars = startChars;
		return false;
	}

	private void append(StringBuilder field, char c, int column) {
		if (field.length() >= this.limits.cellLength()) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.cellTooLong("1 つの項目の文字数", "the characters of one field are", this.limits.cellLength()),
					CellRef.inText(this.file, this.recordLine, column));
		}
		field.append(c);
	}

	private int read() throws IOException {
		int c = this.in.read();
		if (c != END && !isLineEnd(c) && ++this.lineChars > this.limits.lineLength()) {
			throw new UnreadableSubmissionException.OverLimit(this.file, Reason.overLimit("1 行の文字数",
					"the characters of one line are", this.limits.lineLength(), "roadmap.limits.line-length"),
					CellRef.inText(this.file, this.line, 1));
		}
		return c;
	}

	/** Consumes a whole line end (CR LF counts once) and moves to the next line. */
	private void endLine(int c) throws IOException {
		if (c == END) {
			this.atEnd = true;
			return;
		}
		if (c == '\r') {
			int lf = this.in.read();
			if (lf != '\n') {
				this.in.unread(lf);
			}
		}
		this.line++;
		this.lineChars = 0;
		int peek = this.in.read();
		if (peek == END) {
			this.atEnd = true;
		}
		this.in.unread(peek);
	}

	private static boolean isLineEnd(int c) {
		return c == '\n' || c == '\r';
	}

}
