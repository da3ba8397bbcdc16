package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses a part of an .xlsx package with POI's hardened SAX settings: namespace aware, no DOCTYPE, no
 * external entities, entity expansion limited. Every XML part this package reads goes through here.
 */
final class HardenedSax {

	private HardenedSax() {
	}

	static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException {
		XMLReader reader;
		try {
			reader = XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException("No SAX parser is available", ex);
		}
		reader.setContentHandler(handler);
		reader.parse(new InputSource(xml));
	}

}
