package org.roadmapetl.submission;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses a held XML part in {@link PlainXml}'s plain form, firing the events a namespace-aware Xerces fires for it,
 * and rejecting what Xerces rejects in that form: unmatched or misnested tags, a name that is not a qualified name,
 * an unbound prefix, a repeated attribute, {@code <} in a value, a bad reference or character, text outside the
 * root element, {@code ]]>} in text. Text is normalised as XML says: line ends to a line feed, and in attribute
 * values tabs and line ends to spaces. Hand-written for speed: Xerces was ≈ 30 % of the time to read a workbook,
 * most of it in machinery (entity scanners, symbol tables, a UTF-8 reader copying into buffers) this form needs none of.
 */
final class PlainXmlParser {

	/** Text is handed on in pieces of at most this many characters, as a SAX parser's buffer would. */
	private static final int TEXT_PIECE = 8192;

	private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

	/** The JDK's secure-processing limits that apply to a document without a DTD, as Xerces applies them here. */
	private static final int MAX_ATTRIBUTES = 10_000;

	private static final int MAX_NAME_PART = 1000;

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
						throw error(this.xml, i, "The markup in the document following the root element must be well-formed");
					}
					i = endTag(i + 2);
				}
				else {
					if (this.depth == 0 && rootSeen) {
						throw error(this.xml, i, "The markup in the document following the root element must be well-formed");
					}
					rootSeen = true;
					i = startTag(i + 1);
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
			throw error(this.xml, i, "XML document structures must start and end within the same entity");
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
					throw error(x, i, "The character sequence \"]]>\" must not appear in content unless used to mark the end of a CDATA section");
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
				throw error(x, i, "An invalid XML character (Unicode: 0x" + Integer.toHexString(b) + ") was found in the element content");
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

	private int startTag(int from) throws SAXException {
		byte[] x = this.xml;
		int i = name(from);
		String qName = name(from, i);
		this.attributes.clear();
		boolean empty;
		while (true) {
			int spaces = i;
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length) {
				throw error(x, i, "XML document structures must start and end within the same entity");
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
			if (i == spaces) {
				throw error(x, i, "Element type \"" + qName + "\" must be followed by either attribute specifications, \">\" or \"/>\"");
			}
			int attributeName = i;
			i = name(i);
			String attribute = name(attributeName, i);
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length || x[i] != '=') {
				throw error(x, i, "Attribute name \"" + attribute + "\" associated with an element type \"" + qName + "\" must be followed by the ' = ' character");
			}
			i++;
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length || (x[i] != '"' && x[i] != '\'')) {
				throw error(x, i, "Open quote is expected for attribute \"" + attribute + "\" associated with an  element type  \"" + qName + "\"");
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
			if (this.attributes.has(attribute)) {
				throw error(x, attributeName, "Attribute \"" + attribute + "\" was already specified for element \"" + qName + "\"");
			}
			if (this.attributes.getLength() == MAX_ATTRIBUTES) {
				throw error(x, attributeName, "Element \"" + qName + "\" has more than \"" + MAX_ATTRIBUTES + "\" attributes");
			}
			this.attributes.add(attribute, value);
		}
		open(qName, from);
		if (empty) {
			close();
		}
		return i;
	}

	/** Binds the tag's namespace declarations, resolves its names and starts the element. */
	private void open(String qName, int at) throws SAXException {
		int level = this.depth + 1;
		ParsedAttributes attrs = this.attributes;
		boolean declares = false;
		for (int a = 0; a < attrs.getLength(); a++) {
			String name = attrs.getQName(a);
			if (ParsedAttributes.isNamespaceDeclaration(name)) {
				String prefix = name.equals("xmlns") ? "" : name.substring(6);
				String uri = attrs.getValue(a);
				if (prefix.equals("xmlns") || (uri.isEmpty() && !prefix.isEmpty())
						|| prefix.equals("xml") != uri.equals(XmlNamespaces.XML) || uri.equals(XMLNS)) {
					throw error(this.xml, at, "The namespace declaration \"" + name + "\" is invalid");
				}
				if (!prefix.equals("xml")) {
					// xml is bound to its namespace already: declaring it so changes nothing, and SAX reports nothing
					this.namespaces.declare(prefix, uri, level);
				}
				declares = true;
			}
		}
		if (declares) {
			attrs.removeNamespaceDeclarations();
		}
		Set<String> expandedNames = null;
		for (int a = 0; a < attrs.getLength(); a++) {
			String name = attrs.getQName(a);
			int colon = name.indexOf(':');
			if (colon > 0) {
				String uri = this.namespaces.uri(name.substring(0, colon));
				if (uri == null) {
					throw error(this.xml, at, "The prefix \"" + name.substring(0, colon) + "\" for attribute \"" + name
							+ "\" associated with an element type \"" + qName + "\" is not bound");
				}
				String localName = name.substring(colon + 1);
				attrs.resolve(a, uri, localName);
				// only prefixed attributes can share an expanded name: an unprefixed one is in no namespace
				expandedNames = (expandedNames != null) ? expandedNames : new HashSet<>();
				if (!expandedNames.add(uri + ' ' + localName)) {
					throw error(this.xml, at, "Attribute \"" + localName + "\" bound to namespace \"" + uri
							+ "\" was already specified for element \"" + qName + "\"");
				}
			}
		}
		int colon = qName.indexOf(':');
		String uri = this.namespaces.uri((colon > 0) ? qName.substring(0, colon) : "");
		if (uri == null) {
			throw error(this.xml, at, "The prefix \"" + qName.substring(0, colon) + "\" for element \"" + qName + "\" is not bound");
		}
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
		boolean matches = end <= this.xml.length;
		for (int k = 0; matches && k < open.length(); k++) {
			matches = this.xml[from + k] == open.charAt(k);
		}
		if (matches) {
			i = end;
			while (i < this.xml.length && PlainXml.isSpace(this.xml[i])) {
				i++;
			}
		}
		if (!matches || i >= this.xml.length || this.xml[i] != '>'
				|| (i == end && end < this.xml.length && (isNameByte(this.xml[end]) || this.xml[end] == ':'))) {
			throw error(this.xml, from, "The element type \"" + open + "\" must be terminated by the matching end-tag \"</" + open + ">\"");
		}
		close();
		return i + 1;
	}

	/** Where the value from {@code from} ends at its quote, if it is all printable ASCII but {@code &} and {@code <}; else -1. */
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
				throw error(x, i, "XML document structures must start and end within the same entity");
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
				throw error(x, i, "The value of attribute \"" + attribute + "\" associated with an element type \"" + element + "\" must not contain the '<' character");
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
				throw error(x, i, "An invalid XML character (Unicode: 0x" + Integer.toHexString(b) + ") was found in the value of attribute \"" + attribute + "\"");
			}
		}
	}

	/** The end of the qualified name (ASCII, at most one colon, not at its end) starting at {@code from}. */
	private int name(int from) throws SAXParseException {
		byte[] x = this.xml;
		if (from >= x.length || !isNameStartByte(x[from])) {
			throw error(x, from, "The markup in the document preceding the root element must be well-formed");
		}
		int i = from + 1;
		int colons = 0;
		int hash = x[from];
		for (byte b; i < x.length && (isNameByte(b = x[i]) || b == ':'); i++) {
			colons += (b == ':') ? 1 : 0;
			hash = 31 * hash + b;
		}
		this.nameHash = hash;
		if (i < x.length && x[i] < 0) {
			throw error(x, i, "A name holds a character this reader does not take");
		}
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

	private static boolean isNameByte(byte b) {
		return isNameStartByte(b) || (b >= '0' && b <= '9') || b == '-' || b == '.';
	}

	static SAXParseException error(byte[] xml, int at, String message) {
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < Math.min(at, xml.length); i++) {
			if (xml[i] == '\n') {
				line++;
				lineStart = i + 1;
			}
		}
		return new SAXParseException(message + ".", null, null, line, at - lineStart + 1);
	}

}
