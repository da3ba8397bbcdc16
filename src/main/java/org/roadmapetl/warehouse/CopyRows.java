package org.roadmapetl.warehouse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format, built in memory for one table of one chunk, as
 * the UTF-8 bytes the connection sends (the driver always speaks UTF-8): a value is
 * encoded once, with no text copy and no re-encoding in between. Values are escaped here,
 * so no submitted text can break a row or a column; a multi-byte UTF-8 sequence holds no
 * ASCII byte, so escaping the bytes escapes the characters.
 */
final class CopyRows {

	private static final byte[] NULL = { '\\', 'N' };

	private byte[] bytes = new byte[8192];

	private int length;

	private boolean rowStarted;

	private int rows;

	CopyRows value(Object value) {
		if (this.rowStarted) {
			put((byte) '\t');
		}
		this.rowStarted = true;
		if (value == null) {
			room(NULL.length);
			System.arraycopy(NULL, 0, this.bytes, this.length, NULL.length);
			this.length += NULL.length;
			return this;
		}
		byte[] utf8 = value.toString().getBytes(StandardCharsets.UTF_8);
		// at most every byte escaped
		room(2 * utf8.length);
		int from = 0;
		for (int i = 0; i < utf8.length; i++) {
			byte escaped = escaped(utf8[i]);
			if (escaped != 0) {
				append(utf8, from, i);
				this.bytes[this.length++] = '\\';
				this.bytes[this.length++] = escaped;
				from = i + 1;
			}
		}
		append(utf8, from, utf8.length);
		return this;
	}

	/**
	 * The letter after the backslash that escapes {@code b}, or 0 where {@code b} stands
	 * for itself.
	 */
	private static byte escaped(byte b) {
		return switch (b) {
			case '\\' -> '\\';
			case '\t' -> 't';
			case '\n' -> 'n';
			case '\r' -> 'r';
			default -> 0;
		};
	}

	CopyRows endRow() {
		put((byte) '\n');
		this.rowStarted = false;
		this.rows++;
		return this;
	}

	int rowCount() {
		return this.rows;
	}

	/** The rows' bytes, valid until the next value; {@link #length()} of them. */
	byte[] bytes() {
		return this.bytes;
	}

	int length() {
		return this.length;
	}

	private void put(byte b) {
		room(1);
		this.bytes[this.length++] = b;
	}

	private void append(byte[] from, int start, int end) {
		System.arraycopy(from, start, this.bytes, this.length, end - start);
		this.length += end - start;
	}

	private void room(int more) {
		if (this.length + more > this.bytes.length) {
			this.bytes = Arrays.copyOf(this.bytes, Math.max(2 * this.bytes.length, this.length + more));
		}
	}

}
