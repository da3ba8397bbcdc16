package org.roadmapetl.normalise;

/**
 * Rule T9 of normalisation.md: NUL and the other C0/C1 control characters but tab and
 * line feed, their {@code _x0000_}-style escapes, lone surrogates and the bidirectional
 * controls are removed from text, because PostgreSQL cannot store NUL and the others hide
 * or reorder what a reader sees. Carriage returns are left to the line-break rule.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/**
	 * The text without them; the same instance when it holds none, so clean text costs
	 * one scan.
	 */
	public static String strip(String text) {
		if (text == null || !holdsAny(text)) {
			return text;
		}
		StringBuilder kept = new StringBuilder(text.length());
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			int escaped = escapeAt(text, i);
			if (escaped > 0) {
				i += escaped;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				kept.append(c).append(text.charAt(i + 1));
				i += 2;
			}
			else {
				if (!isRemoved(c)) {
					kept.append(c);
				}
				i++;
			}
		}
		return kept.toString();
	}

	/** Whether {@link #strip} would change the text. */
	public static boolean holdsAny(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (isRemoved(c) || (c == '_' && escapeAt(text, i) > 0)) {
				return true;
			}
		}
		return false;
	}

	/** A control, bidirectional control or (unpaired) surrogate that T9 removes. */
	static boolean isRemoved(char c) {
		if (c < 0x20) {
			return c != '\t' && c != '\n' && c != '\r';
		}
		return (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
				|| Character.isSurrogate(c);
	}

	/**
	 * The length (7) of an {@code _xHHHH_} escape of a removed character at {@code i},
	 * else 0.
	 */
	private static int escapeAt(String text, int i) {
		if (i + 7 > text.length() || text.charAt(i) != '_' || (text.charAt(i + 1) != 'x' && text.charAt(i + 1) != 'X')
				|| text.charAt(i + 6) != '_') {
			return 0;
		}
		int code = 0;
		for (int k = i + 2; k < i + 6; k++) {
			int digit = Character.digit(text.charAt(k), 16);
			if (digit < 0) {
				return 0;
			}
			code = code * 16 + digit;
		}
		return (code != '\r' && isRemoved((char) code)) ? 7 : 0;
	}

}
