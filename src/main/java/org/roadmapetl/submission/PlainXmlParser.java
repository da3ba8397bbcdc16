package org.roadmapetl.submission;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a held XML part in {@link PlainXml}'s plain form, firing the events a namespace-aware Xerces fires for it,
 * and rejecting what Xerces rejects in that form: unmatched or misnested tags, a name that is not a qualified name,
 * an unbound prefix, a repeated attribute, {@code <} in a value, a bad reference or character, text outside the
 * root element, {@code ]]>} in text. Its messages and positions follow Xerces' for the usual damage (a sheet cut
 * off or edited by hand), not for every case. Text is normalised as XML says: line ends to a line feed, and in
 * attribute values tabs and line ends to spaces. Hand-written for speed: Xerces was ≈ 30 % of the time to read a
 * workbook, most of it in machinery (entity scanners, symbol tables, a UTF-8 reader copying into buffers) this form
 * needs none of.
 */
final class PlainXmlParser {

	/** Text is handed on in pieces of at most this many characters, as a SAX parser's buffer would. */
	private static final int TEXT_PIECE = 8192;

	/**
	 * The JDK's secure-processing limits that apply to a document without a DTD, at JDK 17's defaults
	 * ({@code jdk.xml.elementAttributeLimit}, {@code jdk.xml.maxXMLNameLimit}); PlainXmlParserTests compares both
	 * with the running JDK's Xerces, so a change of either shows there.
	 */
	private static final int MAX_ATTRIBUTES = 10_000;

	private static final int MAX_NAME_PART = 1000;

	static final String UNFINISHED = "XML document structures must start and end within the same entity";

	private static final String BEFORE_ROOT = "The markup in the document preceding the root element must be well-formed";

	private static final String AFTER_ROOT = "The markup in the document following the root element must be well-formed";

	private static final String IN_CONTENT =
			"The content of elements must consist of well-formed character data or markup";

	private final byte[] xml;

	private final ContentHandler handler;

	private final XmlChars text;

	private final XmlChars value;

	private final ParsedAttributes attributes = new ParsedAttributes();

	private final XmlNamespaces namespaces = new XmlNamespaces();

	private final String[] names = new String[512];

	private String[] openQNames = new String[16];

	private String[] openLocalNames = new String[16];

	private String[] openUris = new String[16];

	private int depth;

	/** The hash of the bytes of the name {@link #name(int)} read last. */
	private int nameHash;

	private PlainXmlParser(byte[] xml, ContentHandler handler) {
		this.xml = xml;
		this.handler = handler;
		this.text = new XmlChars(xml);
		this.value = new XmlChars(xml);
	}

	/**
	 * Parses {@code xml} if it is plain. @return false, having fired no event, when it is not: Xerces must read it
	 * @throws SAXException what the handler throws, or a {@link SAXParseException} where the XML is not well-formed
	 */
	static boolean parse(byte[] xml, ContentHandler handler) throws SAXException {
		return parse(xml, PlainXml.contentStart(xml), handler);
	}

	/** As {@link #parse(byte[], ContentHandler)}, where {@link PlainXml#contentStart} has already been found. */
	static boolean parse(byte[] xml, int contentStart, ContentHandler handler) throws SAXException {
		if (contentStart < 0) {
			return false;
		}
		new PlainXmlParser(xml, handler).document(contentStart);
		return true;
	}

	private void document(int start) throws SAXException {
		this.handler.startDocument();
		boolean rootSeen = false;
		int i = start;
		int length = this.xml.length;
		while (i < length) {
			byte b = this.xml[i];
			if (b == '<') {
				if (i + 1 < length && this.xml[i + 1] == '/') {
					if (this.depth == 0) {
						throw error(this.xml, i, rootSeen ? AFTER_ROOT : BEFORE_ROOT);
					}
					i = endTag(i + 2);
				}
				else {
					if (this.depth == 0 && rootSeen) {
						throw error(this.xml, i, AFTER_ROOT);
					}
					i = startTag(i + 1, (this.depth == 0) ? BEFORE_ROOT : IN_CONTENT);
					rootSeen = true;
				}
			}
			else if (this.depth == 0) {
				if (!PlainXml.isSpace(b)) {
					throw error(this.xml, i, "Content is not allowed in " + (rootSeen ? "trailing section" : "prolog"));
				}
				i++;
			}
			else {
				i = text(i);
			}
		}
		if (!rootSeen) {
			throw error(this.xml, i, "Premature end of file");
		}
		if (this.depth > 0) {
			throw error(this.xml, i, UNFINISHED);
		}
		this.handler.endDocument();
	}

	/** Reads text up to the next tag, handing it on. */
	private int text(int from) throws SAXException {
		byte[] x = this.xml;
		int length = x.length;
		XmlChars chars = this.text;
		chars.clear();
		int i = from;
		while (i < length) {
			int b = x[i];
			if (b == '<') {
				break;
			}
			if (b < 0) {
				i = chars.utf8(i);
			}
			else if (b >= 0x20) {
				if (b == '&') {
					i = chars.reference(i);
					continue;
				}
				if (b == '>' && i - from >= 2 && x[i - 1] == ']' && x[i - 2] == ']') {
					throw error(x, i, "The character sequence \"]]>\" must not appear in content unless used to mark "
							+ "the end of a CDATA section");
				}
				chars.append((char) b);
				i++;
			}
			else if (b == '\n' || b == '\t') {
				chars.append((char) b);
				i++;
			}
			else if (b == '\r') {
				chars.append('\n');
				i += (i + 1 < length && x[i + 1] == '\n') ? 2 : 1;
			}
			else {
				throw error(x, i, "An invalid XML character (Unicode: 0x" + Integer.toHexString(b)
						+ ") was found in the element content");
			}
			if (chars.length() >= TEXT_PIECE) {
				this.handler.characters(chars.chars(), 0, chars.length());
				chars.clear();
			}
		}
		if (chars.length() > 0) {
			this.handler.characters(chars.chars(), 0, chars.length());
		}
		return i;
	}

	/** @param badName what Xerces says where the tag holds no name: it depends on where the tag is (a constant) */
	private int startTag(int from, String badName) throws SAXException {
		byte[] x = this.xml;
		int i = name(from, badName);
		String qName = name(from, i);
		this.attributes.clear();
		boolean empty;
		// Xerces finds a repeated attribute once it has read the whole tag, and says so there
		String repeated = null;
		while (true) {
			int spaces = i;
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length) {
				throw error(x, i, UNFINISHED);
			}
			if (x[i] == '>') {
				empty = false;
				i++;
				break;
			}
			if (x[i] == '/' && i + 1 < x.length && x[i + 1] == '>') {
				empty = true;
				i += 2;
				break;
			}
			if (i == spaces || !isNameStartByte(x[i])) {
				throw error(x, i, "Element type \"" + qName
						+ "\" must be followed by either attribute specifications, \">\" or \"/>\"");
			}
			int attributeName = i;
			i = name(i, null);
			String attribute = name(attributeName, i);
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length || x[i] != '=') {
				throw error(x, i, "Attribute name \"" + attribute + "\" associated with an element type \"" + qName
						+ "\" must be followed by the ' = ' character");
			}
			i++;
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length || (x[i] != '"' && x[i] != '\'')) {
				throw error(x, i, "Open quote is expected for attribute \"" + attribute + "\" associated with an element type \""
						+ qName + "\"");
			}
			byte quote = x[i];
			int valueStart = i + 1;
			int valueEnd = asciiValueEnd(valueStart, quote);
			String value;
			if (valueEnd >= 0) {
				// the usual value (a reference, a number, a style): no reference, no white space to normalise
				value = new String(x, valueStart, valueEnd - valueStart, StandardCharsets.ISO_8859_1);
				i = valueEnd + 1;
			}
			else {
				i = attributeValue(valueStart, quote, qName, attribute);
				value = this.value.toString();
			}
			if (repeated == null && this.attributes.getIndex(attribute) >= 0) {
				repeated = attribute;
			}
			if (this.attributes.getLength() == MAX_ATTRIBUTES) {
				throw error(x, attributeName,
						"Element \"" + qName + "\" has more than \"" + MAX_ATTRIBUTES + "\" attributes");
			}
			this.attributes.add(attribute, value);
		}
		if (repeated != null) {
			throw error(x, i,
					"Attribute \"" + repeated + "\" was already specified for element \"" + qName + "\"");
		}
		open(qName, from);
		if (empty) {
			close();
		}
		return i;
	}

	/** Starts the element, its namespace declarations bound and its names resolved. */
	private void open(String qName, int at) throws SAXException {
		int level = this.depth + 1;
		ParsedAttributes attrs = this.attributes;
		String uri = this.namespaces.open(qName, attrs, level, this.xml, at);
		int colon = qName.indexOf(':');
		String localName = (colon > 0) ? qName.substring(colon + 1) : qName;
		if (this.depth == this.openQNames.length) {
			this.openQNames = Arrays.copyOf(this.openQNames, this.depth * 2);
			this.openLocalNames = Arrays.copyOf(this.openLocalNames, this.depth * 2);
			this.openUris = Arrays.copyOf(this.openUris, this.depth * 2);
		}
		this.openQNames[this.depth] = qName;
		this.openLocalNames[this.depth] = localName;
		this.openUris[this.depth] = uri;
		this.depth = level;
		this.namespaces.start(level, this.handler);
		this.handler.startElement(uri, localName, qName, attrs);
	}

	private void close() throws SAXException {
		int top = this.depth - 1;
		this.handler.endElement(this.openUris[top], this.openLocalNames[top], this.openQNames[top]);
		this.namespaces.end(this.depth, this.handler);
		this.depth = top;
	}

	private int endTag(int from) throws SAXException {
		String open = this.openQNames[this.depth - 1];
		int i = from;
		int end = from + open.length();
		int present = Math.min(open.length(), this.xml.length - from);
		// a name cut off by the end of the document does not match, as Xerces has it
		boolean matches = present == open.length();
		for (int k = 0; matches && k < present; k++) {
			matches = this.xml[from + k] == open.charAt(k);
		}
		if (matches) {
			i = end;
			while (i < this.xml.length && PlainXml.isSpace(this.xml[i])) {
				i++;
			}
		}
		if (matches && i >= this.xml.length) {
			// the document stops inside the end tag it was about to close
			throw error(this.xml, this.xml.length, UNFINISHED);
		}
		if (!matches || this.xml[i] != '>'
				|| (i == end && (PlainXml.isNameByte(this.xml[end]) || this.xml[end] == ':'))) {
			throw error(this.xml, from,
					"The element type \"" + open + "\" must be terminated by the matching end-tag \"</" + open + ">\"");
		}
		close();
		return i + 1;
	}

	/** Where the value from {@code from} ends at its quote, if printable ASCII without {@code &} or {@code <}; else -1. */
	private int asciiValueEnd(int from, byte quote) {
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

	/** The value in quotes from {@code from}, normalised, into {@link #value}; @return the index past its quote */
	private int attributeValue(int from, byte quote, String element, String attribute) throws SAXException {
		byte[] x = this.xml;
		XmlChars chars = this.value;
		chars.clear();
		int i = from;
		while (true) {
			if (i >= x.length) {
				throw error(x, i, UNFINISHED);
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
				throw error(x, i, "The value of attribute \"" + attribute + "\" associated with an element type \"" + element
						+ "\" must not contain the '<' character");
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
				throw error(x, i, "An invalid XML character (Unicode: 0x" + Integer.toHexString(b)
						+ ") was found in the value of attribute \"" + attribute + "\"");
			}
		}
	}

	/**
	 * The end of the qualified name (ASCII, at most one colon, not at its end) starting at {@code from}; a non-ASCII
	 * byte ends it, as {@link PlainXml} lets none into a tag outside a value.
	 * @param badName what to say where no name starts at {@code from}; null where the caller has made sure one does
	 */
	private int name(int from, String badName) throws SAXParseException {
		byte[] x = this.xml;
		if (from >= x.length) {
			throw error(x, from, UNFINISHED);
		}
		if (!isNameStartByte(x[from])) {
			throw error(x, from, badName);
		}
		int i = from + 1;
		int colons = 0;
		int hash = x[from];
		for (byte b; i < x.length && (PlainXml.isNameByte(b = x[i]) || b == ':'); i++) {
			colons += (b == ':') ? 1 : 0;
			hash = 31 * hash + b;
		}
		this.nameHash = hash;
		int local = from;
		if (colons == 1) {
			while (x[local] != ':') {
				local++;
			}
			local++;
		}
		if (colons > 1 || (colons == 1 && (local == i || !isNameStartByte(x[local])))) {
			throw error(x, from, "Element or attribute \"" + new String(x, from, i - from, StandardCharsets.US_ASCII)
					+ "\" do not match the QName production: QName::=(NCName':')?NCName");
		}
		if (i - local > MAX_NAME_PART || (local > from && local - 1 - from > MAX_NAME_PART)) {
			throw error(x, from, "A name is longer than the " + MAX_NAME_PART + " characters the JDK's XML limits allow");
		}
		return i;
	}

	/**
	 * The string of the name {@link #name(int)} has just read, the same instance each time the same name recurs (a
	 * sheet has a handful of them).
	 */
	private String name(int from, int to) {
		int hash = this.nameHash;
		int slot = (hash ^ (hash >>> 9)) & (this.names.length - 1);
		String cached = this.names[slot];
		if (cached != null && cached.length() == to - from) {
			boolean same = true;
			for (int i = from; same && i < to; i++) {
				same = cached.charAt(i - from) == this.xml[i];
			}
			if (same) {
				return cached;
			}
		}
		String name = new String(this.xml, from, to - from, StandardCharsets.US_ASCII);
		this.names[slot] = name;
		return name;
	}

	private static boolean isNameStartByte(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
	}

	/** The error at byte {@code at}, with its line and its column in characters (UTF-16 units), as Xerces counts them. */
	static SAXParseException error(byte[] xml, int at, String message) {
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
