package org.roadmapetl.submission;

import java.io.IOException;
import java.io.Reader;

/**
 * Characters from a {@link Reader}, buffered, with any number of characters pushed back
 * to be read again. What is pushed back is bounded by its user ({@link FieldTokenizer}
 * pushes back at most one quoted field).
 */
final class PushbackSource {

	private final Reader reader;

	private final char[] buffer = new char[8192];

	private int position;

	private int limit;

	private char[] pushed = new char[64];

	private int pushedCount;

	PushbackSource(Reader reader) {
		this.reader = reader;
	}

	/** The next character, or -1 at the end. */
	int read() throws IOException {
		if (this.pushedCount > 0) {
			return this.pushed[--this.pushedCount];
		}
		if (this.position == this.limit) {
			int n = this.reader.read(this.buffer, 0, this.buffer.length);
			if (n <= 0) {
				return -1;
			}
			this.position = 0;
			this.limit = n;
		}
		return this.buffer[this.position++];
	}

	/** Pushes one character back; -1 (the end) is not pushed. */
	void unread(int c) {
		if (c < 0) {
			return;
		}
		if (this.pushedCount == this.pushed.length) {
			char[] larger = new char[this.pushed.length * 2];
			System.arraycopy(this.pushed, 0, larger, 0, this.pushedCount);
			this.pushed = larger;
		}
		this.pushed[this.pushedCount++] = (char) c;
	}

	/** Pushes {@code text} back so that it is read again from its first character. */
	void unread(CharSequence text) {
		for (int i = text.length() - 1; i >= 0; i--) {
			unread(text.charAt(i));
		}
	}

}
