package org.roadmapetl.submission;

import java.nio.charset.StandardCharsets;

import org.xml.sax.SAXParseException;

/**
 * The qualified names of tags and attributes as {@link PlainXmlParser} reads them from bytes: checked as Xerces
 * checks them (ASCII only, as {@link PlainXml} lets no other byte into a tag outside a value), and each name's
 * string made once and reused each time the name recurs (a sheet has a handful of them).
 */
final class XmlNames {

	/** The JDK's {@code jdk.xml.maxXMLNameLimit} at JDK 17's default; PlainXmlParserTests compares it with Xerces. */
	private static final int MAX_NAME_PART = 1000;

	private final byte[] xml;

	private final String[] names = new String[512];

	/** The hash of the bytes of the name {@link #end} read last. */
	private int lastHash;

	XmlNames(byte[] xml) {
		this.xml = xml;
	}

	/**
	 * The end of the qualified name (at most one colon, not at its end, each part at most {@value #MAX_NAME_PART}
	 * characters) starting at {@code from}.
	 * @param badName what to say where no name starts at {@code from}; null where the caller has made sure one does
	 */
	int end(int from, String badName) throws SAXParseException {
		byte[] x = this.xml;
		if (from >= x.length) {
			throw XmlErrors.at(x, from, XmlErrors.UNFINISHED);
		}
		if (!isNameStart(x[from])) {
			throw XmlErrors.at(x, from, badName);
		}
		int i = from + 1;
		int colons = 0;
		int hash = x[from];
		for (byte b; i < x.length && (PlainXml.isNameByte(b = x[i]) || b == ':'); i++) {
			colons += (b == ':') ? 1 : 0;
			hash = 31 * hash + b;
		}
		this.lastHash = hash;
		int local = from;
		if (colons == 1) {
			while (x[local] != ':') {
				local++;
			}
			local++;
		}
		if (colons > 1 || (colons == 1 && (local == i || !isNameStart(x[local])))) {
			throw XmlErrors.at(x, from, "Element or attribute \"" + new String(x, from, i - from, StandardCharsets.US_ASCII)
					+ "\" do not match the QName production: QName::=(NCName':')?NCName");
		}
		if (i - local > MAX_NAME_PART || (local > from && local - 1 - from > MAX_NAME_PART)) {
			throw XmlErrors.at(x, from,
					"A name is longer than the " + MAX_NAME_PART + " characters the JDK's XML limits allow");
		}
		return i;
	}

	/** The string of the name {@link #end} has just read, from {@code from} to {@code to}. */
	String last(int from, int to) {
		int hash = this.lastHash;
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

	static boolean isNameStart(byte b) {
		return (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b == '_';
	}

}
