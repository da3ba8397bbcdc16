package org.roadmapetl.feedback;

/**
 * Turns a department name into a file name every file system accepts: no path separators,
 * no characters Windows refuses, no control characters, no leading dot, not empty, not
 * too long.
 */
final class SafeFileNames {

	private static final int MAX_LENGTH = 100;

	private SafeFileNames() {
	}

	static String of(String name) {
		StringBuilder safe = new StringBuilder();
		(name == null ? "" : name.strip()).codePoints().forEach((c) -> {
			boolean refused = c < 0x20 || c == 0x7f || "/\\:*?\"<>|".indexOf(c) >= 0 || Character.isISOControl(c);
			safe.appendCodePoint(refused ? '_' : c);
		});
		String text = safe.toString();
		while (text.startsWith(".")) {
			text = "_" + text.substring(1);
		}
		if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
			text = text.substring(0, text.offsetByCodePoints(0, MAX_LENGTH));
		}
		return text.isBlank() ? "_" : text;
	}

}
