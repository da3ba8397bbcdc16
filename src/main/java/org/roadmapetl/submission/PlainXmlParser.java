package org.roadmapetl.submission;

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
	 * The JDK's secure-processing limit {@code jdk.xml.elementAttributeLimit} at JDK 17's default; PlainXmlParserTests
	 * compares it with the running JDK's Xerces, so a change shows there.
	 */
	private static final int MAX_ATTRIBUTES = 10_000;

	private static final String BEFORE_ROOT = "The markup in the document preceding the root element must be well-formed";

	private static final String AFTER_ROOT = "The markup in the document following the root element must be well-formed";

	private static final String IN_CONTENT =
			"The content of elements must consist of well-formed character data or markup";

	private final byte[] xml;

	private final ContentHandler handler;

	private final XmlChars text;

	private final XmlAttributeValues values;

	private final ParsedAttributes attributes = new ParsedAttributes();

	private final XmlNamespaces namespaces = new XmlNamespaces();

	private final XmlNames names;

	private String[] openQNames = new String[16];

	private String[] openLocalNames = new String[16];

	private String[] openUris = new String[16];

	private int depth;

	private PlainXmlParser(byte[] xml, ContentHandler handler) {
		this.xml = xml;
		this.handler = handler;
		this.text = new XmlChars(xml);
		this.names = new XmlNames(xml);
		this.values = new XmlAttributeValues(xml);
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
						throw XmlErrors.at(this.xml, i, rootSeen ? AFTER_ROOT : BEFORE_ROOT);
					}
					i = endTag(i + 2);
				}
				else {
					if (this.depth == 0 && rootSeen) {
						throw XmlErrors.at(this.xml, i, AFTER_ROOT);
					}
					i = startTag(i + 1, (this.depth == 0) ? BEFORE_ROOT : IN_CONTENT);
					rootSeen = true;
				}
			}
			else if (this.depth == 0) {
				if (!PlainXml.isSpace(b)) {
					throw XmlErrors.at(this.xml, i, "Content is not allowed in " + (rootSeen ? "trailing section" : "prolog"));
				}
				i++;
			}
			else {
				i = text(i);
			}
		}
		if (!rootSeen) {
			throw XmlErrors.at(this.xml, i, "Premature end of file");
		}
		if (this.depth > 0) {
			throw XmlErrors.at(this.xml, i, XmlErrors.UNFINISHED);
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
					throw XmlErrors.at(x, i, "The character sequence \"]]>\" must not appear in content unless used to mark "
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
				throw XmlErrors.at(x, i, "An invalid XML character (Unicode: 0x" + Integer.toHexString(b)
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
		int i = this.names.end(from, badName);
		String qName = this.names.last(from, i);
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
				throw XmlErrors.at(x, i, XmlErrors.UNFINISHED);
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
			if (i == spaces || !XmlNames.isNameStart(x[i])) {
				throw XmlErrors.at(x, i, "Element type \"" + qName
						+ "\" must be followed by either attribute specifications, \">\" or \"/>\"");
			}
			int attributeName = i;
			i = this.names.end(i, null);
			String attribute = this.names.last(attributeName, i);
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length || x[i] != '=') {
				throw XmlErrors.at(x, i, "Attribute name \"" + attribute + "\" associated with an element type \"" + qName
						+ "\" must be followed by the ' = ' character");
			}
			i++;
			while (i < x.length && PlainXml.isSpace(x[i])) {
				i++;
			}
			if (i >= x.length || (x[i] != '"' && x[i] != '\'')) {
				throw XmlErrors.at(x, i, "Open quote is expected for attribute \"" + attribute
						+ "\" associated with an element type \"" + qName + "\"");
			}
			i = this.values.read(i + 1, x[i], qName, attribute);
			String value = this.values.value();
			if (repeated == null && this.attributes.getIndex(attribute) >= 0) {
				repeated = attribute;
			}
			if (this.attributes.getLength() == MAX_ATTRIBUTES) {
				throw XmlErrors.at(x, attributeName,
						"Element \"" + qName + "\" has more than \"" + MAX_ATTRIBUTES + "\" attributes");
			}
			this.attributes.add(attribute, value);
		}
		if (repeated != null) {
			throw XmlErrors.at(x, i,
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
			throw XmlErrors.at(this.xml, this.xml.length, XmlErrors.UNFINISHED);
		}
		if (!matches || this.xml[i] != '>'
				|| (i == end && (PlainXml.isNameByte(this.xml[end]) || this.xml[end] == ':'))) {
			throw XmlErrors.at(this.xml, from,
					"The element type \"" + open + "\" must be terminated by the matching end-tag \"</" + open + ">\"");
		}
		close();
		return i + 1;
	}

}
