package org.roadmapetl.submission;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/** The namespace prefixes in scope while {@link PlainXmlParser} reads, innermost declaration first. */
final class XmlNamespaces {

	static final String XML = "http://www.w3.org/XML/1998/namespace";

	private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

	private String[] prefixes = new String[8];

	private String[] uris = new String[8];

	private int[] depths = new int[8];

	/** The declaration each one hides, of the same prefix further out, or -1. */
	private int[] shadowed = new int[8];

	/** Each prefix's innermost declaration, so that a lookup costs the same however many are in scope. */
	private final Map<String, Integer> innermost = new HashMap<>();

	private int count;

	private String defaultUri;

	/** Declares {@code prefix} ("" for the default namespace) on the element at {@code depth}. */
	void declare(String prefix, String uri, int depth) {
		if (this.count == this.prefixes.length) {
			int grown = this.count * 2;
			this.prefixes = Arrays.copyOf(this.prefixes, grown);
			this.uris = Arrays.copyOf(this.uris, grown);
			this.depths = Arrays.copyOf(this.depths, grown);
			this.shadowed = Arrays.copyOf(this.shadowed, grown);
		}
		this.defaultUri = null;
		this.prefixes[this.count] = prefix;
		this.uris[this.count] = uri;
		this.depths[this.count] = depth;
		Integer shadowed = this.innermost.put(prefix, this.count);
		this.shadowed[this.count] = (shadowed != null) ? shadowed : -1;
		this.count++;
	}

	/**
	 * Binds the namespaces the start tag of {@code qName} declares at {@code level}, leaves the declarations out of
	 * its attributes (SAX does not report them) and resolves the prefixed ones. @return the element's namespace URI
	 * @param at where the tag starts in {@code xml}, for an error
	 */
	String open(String qName, ParsedAttributes attrs, int level, byte[] xml, int at) throws SAXParseException {
		boolean declares = false;
		for (int a = 0; a < attrs.getLength(); a++) {
			String name = attrs.getQName(a);
			if (ParsedAttributes.isNamespaceDeclaration(name)) {
				String prefix = name.equals("xmlns") ? "" : name.substring(6);
				String uri = attrs.getValue(a);
				if (prefix.equals("xmlns") || (uri.isEmpty() && !prefix.isEmpty())
						|| prefix.equals("xml") != uri.equals(XML) || uri.equals(XMLNS)) {
					throw XmlErrors.at(xml, at, "The namespace declaration \"" + name + "\" is invalid");
				}
				if (!prefix.equals("xml")) {
					// xml is bound to its namespace already: declaring it so changes nothing, and SAX reports nothing
					declare(prefix, uri, level);
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
				String uri = uri(name.substring(0, colon));
				if (uri == null) {
					throw XmlErrors.at(xml, at, "The prefix \"" + name.substring(0, colon) + "\" for attribute \""
							+ name + "\" associated with an element type \"" + qName + "\" is not bound");
				}
				String localName = name.substring(colon + 1);
				attrs.resolve(a, uri, localName);
				// only prefixed attributes can share an expanded name: an unprefixed one is in no namespace
				expandedNames = (expandedNames != null) ? expandedNames : new HashSet<>();
				if (!expandedNames.add(uri + ' ' + localName)) {
					throw XmlErrors.at(xml, at, "Attribute \"" + localName + "\" bound to namespace \"" + uri
							+ "\" was already specified for element \"" + qName + "\"");
				}
			}
		}
		int colon = qName.indexOf(':');
		String uri = uri((colon > 0) ? qName.substring(0, colon) : "");
		if (uri == null) {
			throw XmlErrors.at(xml, at,
					"The prefix \"" + qName.substring(0, colon) + "\" for element \"" + qName + "\" is not bound");
		}
		return uri;
	}

	/** The URI {@code prefix} is bound to, "" for no default namespace, null for an unbound prefix. */
	String uri(String prefix) {
		if (prefix.isEmpty() && this.defaultUri != null) {
			return this.defaultUri;
		}
		String uri = lookUp(prefix);
		if (prefix.isEmpty()) {
			// nearly every element of a sheet is in the default namespace: looked up once per change of scope
			this.defaultUri = uri;
		}
		return uri;
	}

	private String lookUp(String prefix) {
		Integer innermost = this.innermost.get(prefix);
		if (innermost != null) {
			return this.uris[innermost];
		}
		if (prefix.isEmpty()) {
			return "";
		}
		return "xml".equals(prefix) ? XML : null;
	}

	/** Ends the declarations of the element at {@code depth}, telling the handler in Xerces' order (as declared). */
	void end(int depth, ContentHandler handler) throws SAXException {
		int first = this.count;
		while (first > 0 && this.depths[first - 1] == depth) {
			first--;
		}
		for (int i = first; i < this.count; i++) {
			handler.endPrefixMapping(this.prefixes[i]);
		}
		for (int i = this.count - 1; i >= first; i--) {
			if (this.shadowed[i] >= 0) {
				this.innermost.put(this.prefixes[i], this.shadowed[i]);
			}
			else {
				this.innermost.remove(this.prefixes[i]);
			}
		}
		if (first < this.count) {
			this.defaultUri = null;
		}
		this.count = first;
	}

	/** Tells the handler of the declarations made on the element at {@code depth}, in the order they were made. */
	void start(int depth, ContentHandler handler) throws SAXException {
		int first = this.count;
		while (first > 0 && this.depths[first - 1] == depth) {
			first--;
		}
		for (int i = first; i < this.count; i++) {
			handler.startPrefixMapping(this.prefixes[i], this.uris[i]);
		}
	}

}
