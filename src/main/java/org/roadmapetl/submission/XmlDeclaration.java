package org.roadmapetl.submission;

import java.nio.charset.StandardCharsets;

/**
 * Reads an XML declaration of the one form {@link PlainXmlParser} takes: {@code version="1.0"}, then optionally
 * {@code encoding="UTF-8"} (any case) and {@code standalone="yes"} or {@code "no"}, either quote. Any other
 * declaration, even a valid one (XML 1.1, another encoding), is left to Xerces.
 */
final class XmlDeclaration {

	private XmlDeclaration() {
	}

	/** @param from the white space after {@code <?xml}; @return the index past {@code ?>}, or -1 */
	static int end(byte[] bytes, int from) {
		int[] at = { from };
		String version = pseudoAttribute(bytes, at, "version");
		if (!"1.0".equals(version)) {
			return -1;
		}
		String encoding = pseudoAttribute(bytes, at, "encoding");
		if (encoding != null && !"utf-8".equalsIgnoreCase(encoding)) {
			return -1;
		}
		String standalone = pseudoAttribute(bytes, at, "standalone");
		if (standalone != null && !"yes".equals(standalone) && !"no".equals(standalone)) {
			return -1;
		}
		int i = at[0];
		while (i < bytes.length && PlainXml.isSpace(bytes[i])) {
			i++;
		}
		return (i + 1 < bytes.length && bytes[i] == '?' && bytes[i + 1] == '>') ? i + 2 : -1;
	}

	/**
	 * The value of {@code name="value"} at {@code at[0]} after white space, moving past it; null (not moving)
	 * when the declaration goes on with something else.
	 */
	private static String pseudoAttribute(byte[] bytes, int[] at, String name) {
		int i = at[0];
		int spaces = i;
		while (i < bytes.length && PlainXml.isSpace(bytes[i])) {
			i++;
		}
		if (i == spaces || !PlainXml.startsWith(bytes, i, name.getBytes(StandardCharsets.US_ASCII))) {
			return null;
		}
		i += name.length();
		while (i < bytes.length && PlainXml.isSpace(bytes[i])) {
			i++;
		}
		if (i >= bytes.length || bytes[i] != '=') {
			return null;
		}
		i++;
		while (i < bytes.length && PlainXml.isSpace(bytes[i])) {
			i++;
		}
		if (i >= bytes.length || (bytes[i] != '"' && bytes[i] != '\'')) {
			return null;
		}
		byte quote = bytes[i];
		int value = ++i;
		while (i < bytes.length && bytes[i] != quote && bytes[i] > ' ') {
			i++;
		}
		if (i >= bytes.length || bytes[i] != quote) {
			return null;
		}
		at[0] = i + 1;
		return new String(bytes, value, i - value, StandardCharsets.US_ASCII);
	}

}
