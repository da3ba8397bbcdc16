package org.roadmapetl.submission;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines (ended by LF, CR LF or CR) of at most a given length and at most a given count, so that a file
 * with no line break or with millions of lines is refused at its limit instead of filling the heap.
 * Hand-written because {@link java.io.BufferedReader#readLine()} has no bound on the line it builds.
 */
final class BoundedLineReader {

	private final Reader in;

	private final String file;

	private final ReadLimits limits;

	private final char[] buffer = new char[64 * 1024];

	private final StringBuilder line = new StringBuilder(256);

	private int position;

	private int end;

	private int lines;

	BoundedLineReader(Reader in, String file, ReadLimits limits) {
		this.in = in;
		this.file = file;
		this.limits = limits;
	}

	/** The next line without its terminator, or null at the end of the file. */
	String readLine() throws IOException {
		this.line.setLength(0);
		boolean any = false;
		while (true) {
			if (this.position == this.end && !fill()) {
				return any ? finish() : null;
			}
			any = true;
			char c = this.buffer[this.position++];
			if (c == '\n') {
				return finish();
			}
			if (c == '\r') {
				if ((this.position < this.end || fill()) && this.buffer[this.position] == '\n') {
					this.position++;
				}
				return finish();
			}
			if (this.line.length() >= this.limits.lineLength()) {
				throw new UnreadableSubmissionException.OverLimit(this.file, "line " + (this.lines + 1)
						+ " is longer than " + this.limits.lineLength() + " characters (roadmap.limits.line-length, "
						+ "environment ROADMAP_LIMITS_LINELENGTH)", CellRef.inText(this.file, this.lines + 1, 1));
			}
			this.line.append(c);
		}
	}

	private String finish() {
		this.lines++;
		if (this.lines > this.limits.rows()) {
			throw new UnreadableSubmissionException.OverLimit(this.file, "the file has more than " + this.limits.rows()
					+ " lines (roadmap.limits.rows, environment ROADMAP_LIMITS_ROWS)", null);
		}
		return this.line.toString();
	}

	private boolean fill() throws IOException {
		int read = this.in.read(this.buffer, 0, this.buffer.length);
		if (read <= 0) {
			return false;
		}
		this.position = 0;
		this.end = read;
		return true;
	}

}
