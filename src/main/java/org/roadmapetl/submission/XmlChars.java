package org.roadmapetl.submission;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.xml.sax.SAXParseException;

/**
 * Characters as {@link PlainXmlParser} decodes them from UTF-8 bytes and references into a reusable buffer, with the
 * checks Xerces makes: a well-formed UTF-8 sequence, an XML 1.0 character, a reference to one of the five predefined
 * entities or to a character.
 */
final class XmlChars {

	private final byte[] xml;

	private char[] chars = new char[1024];

	private int length;

	XmlChars(byte[] xml) {
		this.xml = xml;
	}

	char[] chars() {
		return this.chars;
	}

	int length() {
		return this.length;
	}

	void clear() {
		this.length = 0;
	}

	@Override
	public String toString() {
		return new String(this.chars, 0, this.length);
	}

	void append(char c) {
		if (this.length == this.chars.length) {
			this.chars = Arrays.copyOf(this.chars, this.length * 2);
		}
		this.chars[this.length++] = c;
	}

	private void appendCodePoint(int codePoint) {
		if (codePoint < 0x10000) {
			append((char) codePoint);
		}
		else {
			append(Character.highSurrogate(codePoint));
			append(Character.lowSurrogate(codePoint));
		}
	}

	/** Decodes the character whose UTF-8 sequence starts at {@code at} (a byte ≥ 0x80); @return the index after it */
	int utf8(int at) throws SAXParseException {
		int lead = this.xml[at] & 0xFF;
		int size;
		int codePoint;
		int min;
		if (lead >= 0xC2 && lead <= 0xDF) {
			size = 2;
			codePoint = lead & 0x1F;
			min = 0x80;
		}
		else if (lead >= 0xE0 && lead <= 0xEF) {
			size = 3;
			codePoint = lead & 0x0F;
			min = 0x800;
		}
		else if (lead >= 0xF0 && lead <= 0xF4) {
			size = 4;
			codePoint = lead & 0x07;
			min = 0x10000;
		}
		else {
			throw XmlErrors.at(this.xml, at, "Invalid byte 1 of a UTF-8 sequence");
		}
		if (at + size > this.xml.length) {
			throw XmlErrors.at(this.xml, at, "Invalid byte 2 of " + size + "-byte UTF-8 sequence");
		}
		for (int k = 1; k < size; k++) {
			int next = this.xml[at + k] & 0xFF;
			if ((next & 0xC0) != 0x80) {
				throw XmlErrors.at(this.xml, at,
						"Invalid byte " + (k + 1) + " of " + size + "-byte UTF-8 sequence");
			}
			codePoint = (codePoint << 6) | (next & 0x3F);
		}
		if (codePoint < min || codePoint > 0x10FFFF || !isXmlChar(codePoint)) {
			throw XmlErrors.at(this.xml, at,
					"An invalid XML character (Unicode: 0x" + Integer.toHexString(codePoint) + ") was found");
		}
		appendCodePoint(codePoint);
		return at + size;
	}

	/** Resolves the reference starting at {@code &} at {@code at}; @return the index past its {@code ;} */
	int reference(int at) throws SAXParseException {
		int i = at + 1;
		if (i < this.xml.length && this.xml[i] == '#') {
			return characterReference(at, i + 1);
		}
		int name = i;
		while (i < this.xml.length && i - name <= 4 && isAsciiLetter(this.xml[i])) {
			i++;
		}
		if (i >= this.xml.length) {
			throw XmlErrors.at(this.xml, i, XmlErrors.UNFINISHED);
		}
		String entity = new String(this.xml, name, i - name, StandardCharsets.US_ASCII);
		if (this.xml[i] != ';' || i == name) {
			throw XmlErrors.at(this.xml, at, (i == name) ? "The entity name must immediately follow the '&'"
					: "The reference to entity \"" + entity + "\" must end with the ';' delimiter");
		}
		char c = switch (entity) {
			case "amp" -> '&';
			case "lt" -> '<';
			case "gt" -> '>';
			case "quot" -> '"';
			case "apos" -> '\'';
			default -> throw XmlErrors.at(this.xml, i + 1,
					"The entity \"" + entity + "\" was referenced, but not declared");
		};
		append(c);
		return i + 1;
	}

	private int characterReference(int at, int from) throws SAXParseException {
		int i = from;
		int radix = 10;
		if (i < this.xml.length && this.xml[i] == 'x') {
			radix = 16;
			i++;
		}
		int digits = i;
		long codePoint = 0;
		for (int digit; i < this.xml.length && (digit = digit(this.xml[i], radix)) >= 0; i++) {
			// any number of leading zeros; past the last code point the value only has to stay too large
			codePoint = Math.min(codePoint * radix + digit, 0x110000);
		}
		if (i >= this.xml.length) {
			throw XmlErrors.at(this.xml, i, XmlErrors.UNFINISHED);
		}
		if (i == digits || this.xml[i] != ';') {
			throw XmlErrors.at(this.xml, at, "A character reference must end with the ';' delimiter");
		}
		if (codePoint > 0x10FFFF || !isXmlChar((int) codePoint)) {
			throw XmlErrors.at(this.xml, i + 1,
					"Character reference \"&#" + ((radix == 16) ? "x" : "") + new String(this.xml, digits, i - digits,
							StandardCharsets.US_ASCII) + "\" is an invalid XML character");
		}
		appendCodePoint((int) codePoint);
		return i + 1;
	}

	/** XML 1.0: tab, line feed, carriage return, and U+0020 on but for surrogates, U+FFFE and U+FFFF. */
	static boolean isXmlChar(int c) {
		return (c >= 0x20 && c <= 0xD7FF) || c == 0x9 || c == 0xA || c == 0xD || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private static int digit(byte b, int radix) {
		if (b >= '0' && b <= '9') {
			return b - '0';
		}
		if (radix == 16 && b >= 'a' && b <= 'f') {
			return b - 'a' + 10;
		}
		return (radix == 16 && b >= 'A' && b <= 'F') ? b - 'A' + 10 : -1;
	}

	private static boolean isAsciiLetter(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
	}

}
