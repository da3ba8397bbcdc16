package org.roadmapetl.submission;

import java.nio.charset.StandardCharsets;

import org.xml.sax.SAXParseException;

/**
 * Attribute values as {@link PlainXmlParser} reads them: references resolved, and tabs and line ends turned into
 * spaces as XML normalises a value of no declared type; {@code <} and characters XML does not allow refused.
 */
final class XmlAttributeValues {

	private final byte[] xml;

	private final XmlChars chars;

	private String value;

	XmlAttributeValues(byte[] xml) {
		this.xml = xml;
		this.chars = new XmlChars(xml);
	}

	/**
	 * Reads the value inside the quote at {@code from - 1}. @return the index past its closing quote; {@link #value}
	 * gives the value
	 */
	int read(int from, byte quote, String element, String attribute) throws SAXParseException {
		int end = asciiEnd(from, quote);
		if (end >= 0) {
			// the usual value (a reference, a number, a style): no reference, no white space to normalise
			this.value = new String(this.xml, from, end - from, StandardCharsets.ISO_8859_1);
			return end + 1;
		}
		int next = normalised(from, quote, element, attribute);
		this.value = this.chars.toString();
		return next;
	}

	String value() {
		return this.value;
	}

	/** Where the value from {@code from} ends at its quote, if printable ASCII without {@code &} or {@code <}; else -1. */
	private int asciiEnd(int from, byte quote) {
		byte[] x = this.xml;
		for (int i = from; i < x.length; i++) {
			byte b = x[i];
			if (b == quote) {
				return i;
			}
			if (b < 0x20 || b == '&' || b == '<') {
				return -1;
			}
		}
		return -1;
	}

	private int normalised(int from, byte quote, String element, String attribute) throws SAXParseException {
		byte[] x = this.xml;
		XmlChars chars = this.chars;
		chars.clear();
		int i = from;
		while (true) {
			if (i >= x.length) {
				throw XmlErrors.at(x, i, XmlErrors.UNFINISHED);
			}
			int b = x[i];
			if (b == quote) {
				return i + 1;
			}
			if (b < 0) {
				i = chars.utf8(i);
			}
			else if (b == '&') {
				i = chars.reference(i);
			}
			else if (b == '<') {
				throw XmlErrors.at(x, i, "The value of attribute \"" + attribute + "\" associated with an element type \""
						+ element + "\" must not contain the '<' character");
			}
			else if (b >= 0x20) {
				chars.append((char) b);
				i++;
			}
			else if (b == '\t' || b == '\n' || b == '\r') {
				chars.append(' ');
				i += (b == '\r' && i + 1 < x.length && x[i + 1] == '\n') ? 2 : 1;
			}
			else {
				throw XmlErrors.at(x, i, "An invalid XML character (Unicode: 0x" + Integer.toHexString(b)
						+ ") was found in the value of attribute \"" + attribute + "\"");
			}
		}
	}

}
