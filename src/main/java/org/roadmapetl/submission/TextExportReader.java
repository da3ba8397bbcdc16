package org.roadmapetl.submission;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a tab-separated text export line by line: a line is a form row, a field a column. Fields that Excel
 * quoted because they hold a tab, a quote or a line break ({@code "事業\n始期"}) are unquoted, even when they
 * run over several lines; the row then keeps the number of the line it starts on.
 */
public final class TextExportReader implements SubmissionReader {

	/** How many lines one quoted field may span before the quote is taken literally. */
	private static final int MAX_QUOTED_LINES = 50;

	private final ReadLimits limits;

	public TextExportReader() {
		this(ReadLimits.DEFAULTS);
	}

	public TextExportReader(ReadLimits limits) {
		this.limits = limits;
	}

	@Override
	public void read(Path file, String displayName, RowSink sink) throws IOException {
		Charset charset = TextEncoding.detect(file, displayName);
		try (Reader in = Files.newBufferedReader(file, charset)) {
			sink.startSheet(null, true);
			LineSplitter splitter = new LineSplitter(new BoundedLineReader(in, displayName, this.limits));
			int lineNumber = 1;
			List<String> fields;
			while ((fields = splitter.next()) != null) {
				List<Cell> cells = new ArrayList<>();
				for (int i = 0; i < fields.size(); i++) {
					String text = fields.get(i);
					if (lineNumber == 1 && i == 0 && !text.isEmpty() && text.charAt(0) == '\uFEFF') {
						text = text.substring(1);
					}
					if (text.length() > this.limits.cellLength()) {
						throw new UnreadableSubmissionException.OverLimit(displayName, "a field holds more than "
								+ this.limits.cellLength() + " characters (roadmap.limits.cell-length, environment "
								+ "ROADMAP_LIMITS_CELLLENGTH)", CellRef.inText(displayName, lineNumber, i + 1));
					}
					if (!text.isBlank()) {
						cells.add(new Cell(text, CellRef.inText(displayName, lineNumber, i + 1)));
					}
				}
				sink.row(new SheetRow(lineNumber, cells));
				lineNumber += splitter.linesConsumed();
			}
			sink.endSheet();
		}
	}

	/** Splits lines into fields, joining the continuation lines of a quoted field. */
	private static final class LineSplitter {

		private final BoundedLineReader lines;

		/** Lines read ahead for a quoted field that turned out not to close: they are handed out again. */
		private final Deque<String> readAhead = new ArrayDeque<>();

		private int consumed;

		LineSplitter(BoundedLineReader lines) {
			this.lines = lines;
		}

		int linesConsumed() {
			return this.consumed;
		}

		List<String> next() throws IOException {
			String line = readLine();
			if (line == null) {
				return null;
			}
			this.consumed = 1;
			return (line.indexOf('"') < 0) ? splitPlain(line) : splitQuoted(line);
		}

		private String readLine() throws IOException {
			String line = this.readAhead.pollFirst();
			return (line != null) ? line : this.lines.readLine();
		}

		private static List<String> splitPlain(String line) {
			List<String> fields = new ArrayList<>();
			int start = 0;
			for (int tab = line.indexOf('\t'); tab >= 0; tab = line.indexOf('\t', start)) {
				fields.add(line.substring(start, tab));
				start = tab + 1;
			}
			fields.add(line.substring(start));
			return fields;
		}

		private List<String> splitQuoted(String firstLine) throws IOException {
			List<String> fields = new ArrayList<>();
			String line = firstLine;
			int pos = 0;
			while (true) {
				if (pos < line.length() && line.charAt(pos) == '"') {
					QuotedField quoted = readQuoted(line, pos);
					if (quoted != null) {
						fields.add(quoted.text());
						line = quoted.line();
						pos = quoted.end();
						if (pos >= line.length()) {
							return fields;
						}
						pos++; // the tab after the closing quote
						continue;
					}
				}
				int tab = line.indexOf('\t', pos);
				if (tab < 0) {
					fields.add(line.substring(pos));
					return fields;
				}
				fields.add(line.substring(pos, tab));
				pos = tab + 1;
			}
		}

		/** A quoted field from {@code start}; null when it does not close properly (then the quote is text). */
		private QuotedField readQuoted(String line, int start) throws IOException {
			StringBuilder text = new StringBuilder();
			List<String> extraLines = new ArrayList<>();
			String current = line;
			int i = start + 1;
			while (true) {
				if (i >= current.length()) {
					String more = (extraLines.size() < MAX_QUOTED_LINES) ? readLine() : null;
					if (more == null) {
						return giveBack(extraLines);
					}
					extraLines.add(more);
					text.append('\n');
					current = more;
					i = 0;
					continue;
				}
				char c = current.charAt(i);
				if (c == '"') {
					if (i + 1 < current.length() && current.charAt(i + 1) == '"') {
						text.append('"');
						i += 2;
						continue;
					}
					if (i + 1 == current.length() || current.charAt(i + 1) == '\t') {
						this.consumed += extraLines.size();
						return new QuotedField(text.toString(), current, i + 1);
					}
					return giveBack(extraLines);
				}
				text.append(c);
				i++;
			}
		}

		private QuotedField giveBack(List<String> extraLines) {
			for (int i = extraLines.size() - 1; i >= 0; i--) {
				this.readAhead.addFirst(extraLines.get(i));
			}
			return null;
		}

		private record QuotedField(String text, String line, int end) {
		}

	}

}
