package org.roadmapetl.normalise;

/**
 * Rules T6–T8: drops invisible characters, collapses spaces, trims lines, drops empty
 * lines, and recognises a cell that holds only placeholder dashes or dots.
 */
final class TextLines {

	private TextLines() {
	}

	static String tidy(String s) {
		if (isTidy(s)) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		boolean lineStarted = false;
		boolean spacePending = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isInvisible(c)) {
				continue;
			}
			if (c == '\n') {
				lineStarted = false;
				spacePending = false;
			}
			else if (isSpace(c)) {
				spacePending = lineStarted;
			}
			else {
				if (!lineStarted && out.length() > 0) {
					out.append('\n');
				}
				else if (spacePending) {
					out.append(' ');
				}
				out.append(c);
				lineStarted = true;
				spacePending = false;
			}
		}
		return out.toString();
	}

	/**
	 * Whether {@link #tidy} would leave {@code s} as it is: the common case, checked
	 * without allocating.
	 */
	private static boolean isTidy(String s) {
		char previous = '\n';
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isInvisible(c) || (isSpace(c) && (c != ' ' || previous == ' ' || previous == '\n'))
					|| (c == '\n' && (previous == ' ' || previous == '\n'))) {
				return false;
			}
			previous = c;
		}
		return previous != ' ' && previous != '\n';
	}

	/**
	 * Rule T8, on tidied text: only {@code － ― − ー …} (or their NFKC forms), possibly
	 * several, with spaces.
	 */
	static boolean isPlaceholder(String s) {
		if (s.isEmpty() || !isPlaceholderChar(s.charAt(0))) {
			return false;
		}
		for (int i = 1; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!isPlaceholderChar(c) && c != ' ' && c != '\n') {
				return false;
			}
		}
		return true;
	}

	private static boolean isPlaceholderChar(char c) {
		return c == '-' || c == '\uFF0D' || c == '\u2015' || c == '\u2212' || c == '\u30FC' || c == '\u2026'
				|| c == '.';
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u00A0' || c == '\u3000';
	}

	private static boolean isInvisible(char c) {
		return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
	}

}
