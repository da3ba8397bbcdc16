package org.roadmapetl.submission;

import java.util.Arrays;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** The namespace prefixes in scope while {@link PlainXmlParser} reads, innermost declaration first. */
final class XmlNamespaces {

	static final String XML = "http://www.w3.org/XML/1998/namespace";

	private String[] prefixes = new String[8];

	private String[] uris = new String[8];

	private int[] depths = new int[8];

	private int count;

	private String defaultUri;

	/** Declares {@code prefix} ("" for the default namespace) on the element at {@code depth}. */
	void declare(String prefix, String uri, int depth) {
		if (this.count == this.prefixes.length) {
			int grown = this.count * 2;
			this.prefixes = Arrays.copyOf(this.prefixes, grown);
			this.uris = Arrays.copyOf(this.uris, grown);
			this.depths = Arrays.copyOf(this.depths, grown);
		}
		this.defaultUri = null;
		this.prefixes[this.count] = prefix;
		this.uris[this.count] = uri;
		this.depths[this.count] = depth;
		this.count++;
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
		for (int i = this.count - 1; i >= 0; i--) {
			if (this.prefixes[i].equals(prefix)) {
				return this.uris[i];
			}
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
