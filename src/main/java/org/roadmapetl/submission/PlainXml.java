package org.roadmapetl.submission;

/**
 * Whether a held sheet's XML is in the plain form that {@link MergeCellsScan} can read
 * its merges from by bytes: not UTF-16, no comment, CDATA section, DOCTYPE or processing
 * instruction past the declaration (any of which could hide a {@code mergeCell} or fake
 * one), tag and attribute names in ASCII. Spreadsheet programs write their sheets this
 * way; any other sheet's merges come from a parse of their own.
 */
final class PlainXml {

	private PlainXml() {
	}

	/**
	 * No markup but elements past the declaration, and no byte of a non-ASCII character
	 * in a tag outside its attribute values; also no UTF-16 (a zero byte or a UTF-16 byte
	 * order mark at the start).
	 */
	static boolean plainMarkup(byte[] bytes) {
		if (bytes.length >= 2
				&& (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) == 0xFE || (bytes[0] & 0xFF) == 0xFF)) {
			return false;
		}
		int declaration = hasByteOrderMark(bytes) ? 3 : 0;
		// EBCDIC and other encodings that are not ASCII at their markup start with no
		// ASCII '<'; a declaration must
		// name UTF-8 (or nothing), or a byte '<' need not be the character '<'
		if (declaration < bytes.length && bytes[declaration] != '<' && !isSpace(bytes[declaration])) {
			return false;
		}
		if (!declaresUtf8OrNothing(bytes, declaration)) {
			return false;
		}
		int length = bytes.length;
		for (int i = 0; i < length; i++) {
			if (bytes[i] != '<') {
				continue;
			}
			if (i + 1 < length && (bytes[i + 1] == '!' || (bytes[i + 1] == '?' && i != declaration))) {
				return false;
			}
			// through the tag: names in ASCII; a value may hold anything, '>' too
			byte quote = 0;
			for (i++; i < length; i++) {
				byte b = bytes[i];
				if (quote != 0) {
					if (b == quote) {
						quote = 0;
					}
				}
				else if (b == '"' || b == '\'') {
					quote = b;
				}
				else if (b == '>' || b == '<') {
					i -= (b == '<') ? 1 : 0;
					break;
				}
				else if (b < 0 || (b == ':' && !isNameByte(bytes[i - 1]))) {
					// Xerces reads names that start with a colon in ways of its own
					return false;
				}
			}
		}
		return true;
	}

	/** A byte of an ASCII XML name but its colon: letters, digits, {@code _ - .}. */
	static boolean isNameByte(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9') || b == '_' || b == '-'
				|| b == '.';
	}

	private static boolean declaresUtf8OrNothing(byte[] bytes, int start) {
		if (start + 5 > bytes.length || bytes[start] != '<' || bytes[start + 1] != '?') {
			return true;
		}
		int end = start;
		while (end + 1 < bytes.length && !(bytes[end] == '?' && bytes[end + 1] == '>')) {
			end++;
		}
		String declaration = new String(bytes, start, Math.min(end, bytes.length) - start,
				java.nio.charset.StandardCharsets.US_ASCII)
			.toLowerCase(java.util.Locale.ROOT);
		int encoding = declaration.indexOf("encoding");
		return encoding < 0 || declaration.matches("(?s).*encoding\\s*=\\s*[\"']utf-8[\"'].*");
	}

	private static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\n' || b == '\r';
	}

	private static boolean hasByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
	}

}
