package org.roadmapetl.submission;

import java.util.Arrays;

import org.xml.sax.Attributes;

/**
 * The attributes of the start tag {@link PlainXmlParser} has just read, reused from tag to tag as Xerces reuses
 * its own: names and values only, every one of type CDATA (there is no DTD to say otherwise).
 */
final class ParsedAttributes implements Attributes {

	private String[] qNames = new String[8];

	private String[] localNames = new String[8];

	private String[] uris = new String[8];

	private String[] values = new String[8];

	private int length;

	void clear() {
		this.length = 0;
	}

	void add(String qName, String value) {
		if (this.length == this.qNames.length) {
			int grown = this.length * 2;
			this.qNames = Arrays.copyOf(this.qNames, grown);
			this.localNames = Arrays.copyOf(this.localNames, grown);
			this.uris = Arrays.copyOf(this.uris, grown);
			this.values = Arrays.copyOf(this.values, grown);
		}
		this.qNames[this.length] = qName;
		this.localNames[this.length] = qName;
		this.uris[this.length] = "";
		this.values[this.length] = value;
		this.length++;
	}

	void resolve(int index, String uri, String localName) {
		this.uris[index] = uri;
		this.localNames[index] = localName;
	}

	/** Leaves the attribute at {@code index} out (a namespace declaration, which SAX does not report). */
	void remove(int index) {
		int after = this.length - index - 1;
		System.arraycopy(this.qNames, index + 1, this.qNames, index, after);
		System.arraycopy(this.localNames, index + 1, this.localNames, index, after);
		System.arraycopy(this.uris, index + 1, this.uris, index, after);
		System.arraycopy(this.values, index + 1, this.values, index, after);
		this.length--;
	}

	@Override
	public int getLength() {
		return this.length;
	}

	@Override
	public String getURI(int index) {
		return (index >= 0 && index < this.length) ? this.uris[index] : null;
	}

	@Override
	public String getLocalName(int index) {
		return (index >= 0 && index < this.length) ? this.localNames[index] : null;
	}

	@Override
	public String getQName(int index) {
		return (index >= 0 && index < this.length) ? this.qNames[index] : null;
	}

	@Override
	public String getType(int index) {
		return (index >= 0 && index < this.length) ? "CDATA" : null;
	}

	@Override
	public String getValue(int index) {
		return (index >= 0 && index < this.length) ? this.values[index] : null;
	}

	@Override
	public int getIndex(String uri, String localName) {
		for (int i = 0; i < this.length; i++) {
			if (this.uris[i].equals(uri) && this.localNames[i].equals(localName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public int getIndex(String qName) {
		for (int i = 0; i < this.length; i++) {
			if (this.qNames[i].equals(qName)) {
				return i;
			}
		}
		return -1;
	}

	@Override
	public String getType(String uri, String localName) {
		return getType(getIndex(uri, localName));
	}

	@Override
	public String getType(String qName) {
		return getType(getIndex(qName));
	}

	@Override
	public String getValue(String uri, String localName) {
		return getValue(getIndex(uri, localName));
	}

	@Override
	public String getValue(String qName) {
		return getValue(getIndex(qName));
	}

}
