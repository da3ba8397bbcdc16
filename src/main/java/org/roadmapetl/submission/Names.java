package org.roadmapetl.submission;

/**
 * File names and cell texts as they may appear in a log line, {@code status} or a reason
 * file: control, line-breaking and bidirectional characters written as escapes
 * ({@code \n}, {@code \u202E}), so that a name can never forge a line or hide what it is.
 */
public final class Names {

	private Names() {
	}

	public static String escape(String text) {
		if (text == null) {
			return "null";
		}
		StringBuilder escaped = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			String replacement = replacement(c);
			if (replacement != null && escaped == null) {
				escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
			}
			if (escaped != null) {
				escaped.append((replacement != null) ? replacement : String.valueOf(c));
			}
		}
		return (escaped != null) ? escaped.toString() : text;
	}

	private static String replacement(char c) {
		return switch (c) {
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			case '\\' -> "\\\\";
			default ->
				(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2028 && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
						? String.format("\\u%04X", (int) c) : null;
		};
	}

}
