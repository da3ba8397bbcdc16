package org.roadmapetl.submission;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Feeds every element of an OpenDocument {@code styles.xml} to {@link OdsStyles}. */
final class OdsStylesHandler extends DefaultHandler {

	private final OdsStyles styles;

	OdsStylesHandler(OdsStyles styles) {
		this.styles = styles;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		this.styles.startElement(uri, localName, attributes);
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		this.styles.endElement(uri, localName);
	}

}
