package org.roadmapetl.submission;

import org.xml.sax.SAXParseException;

/** The errors {@link PlainXmlParser} raises, placed and worded as Xerces places and words them. */
final class XmlErrors {

	static final String UNFINISHED = "XML document structures must start and end within the same entity";

	private XmlErrors() {
	}

	/** The error at byte {@code at}, with its line and its column in characters (UTF-16 units), as Xerces counts them. */
	static SAXParseException at(byte[] xml, int at, String message) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < Math.min(at, xml.length); i++) {
			int b = xml[i] & 0xFF;
			if (b == '\n' || (b == '\r' && (i + 1 >= xml.length || xml[i + 1] != '\n'))) {
				line++;
				column = 1;
			}
			else if (b < 0x80 || b >= 0xC0) {
				// a character starts here (a continuation byte 0x80–0xBF does not); one of four bytes is two units
				column += (b >= 0xF0) ? 2 : 1;
			}
		}
		return new SAXParseException(message + ".", null, null, line, column);
	}

}
