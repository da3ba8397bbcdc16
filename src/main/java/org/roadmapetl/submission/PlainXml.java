package org.roadmapetl.submission;

/**
 * Whether a held XML part is in the plain form that {@link PlainXmlParser} reads, decided before any event is
 * fired: UTF-8 (with or without its byte order mark), at most an XML declaration of version 1.0 in UTF-8, and no
 * comment, CDATA section, DOCTYPE or processing instruction; tag and attribute names in ASCII, none starting with a
 * colon. Everything else goes
 * to Xerces. Spreadsheet programs write their sheets, shared strings and styles this way.
 */
final class PlainXml {

	private static final byte[] DECLARATION = { '<', '?', 'x', 'm', 'l' };

	private PlainXml() {
	}

	/** Where the document's content starts (past the byte order mark and the declaration), or -1 if not plain. */
	static int contentStart(byte[] bytes) {
		if (!plainMarkup(bytes)) {
			return -1;
		}
		int start = hasByteOrderMark(bytes) ? 3 : 0;
		if (start < bytes.length && bytes[start] != '<' && !isSpace(bytes[start])) {
			// Xerces tells other encodings (EBCDIC, UCS-4) from the first bytes, which then are no ASCII '<'
			return -1;
		}
		if (start + 1 >= bytes.length || bytes[start] != '<' || bytes[start + 1] != '?') {
			return start;
		}
		// a processing instruction in the declaration's place (<?xml-stylesheet …?>) is not plain
		if (!startsWith(bytes, start, DECLARATION) || start + 5 >= bytes.length || !isSpace(bytes[start + 5])) {
			return -1;
		}
		return XmlDeclaration.end(bytes, start + 5);
	}

	/**
	 * No markup but elements past the declaration, and no byte of a non-ASCII character in a tag outside its
	 * attribute values; also no UTF-16 (a zero byte or a UTF-16 byte order mark at the start).
	 */
	static boolean plainMarkup(byte[] bytes) {
		if (bytes.length >= 2 && (bytes[0] == 0 || bytes[1] == 0 || (bytes[0] & 0xFF) == 0xFE
				|| (bytes[0] & 0xFF) == 0xFF)) {
			return false;
		}
		int declaration = hasByteOrderMark(bytes) ? 3 : 0;
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

	private static boolean hasByteOrderMark(byte[] bytes) {
		return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
				&& (bytes[2] & 0xFF) == 0xBF;
	}

	static boolean startsWith(byte[] bytes, int at, byte[] word) {
		if (at + word.length > bytes.length) {
			return false;
		}
		for (int k = 0; k < word.length; k++) {
			if (bytes[at + k] != word[k]) {
				return false;
			}
		}
		return true;
	}

	static boolean isSpace(byte b) {
		return b == ' ' || b == '\t' || b == '\n' || b == '\r';
	}

}
