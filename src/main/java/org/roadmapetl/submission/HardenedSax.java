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

	/**
	 * One parser per reader thread, reused for every part: building a parser costs more than parsing a small
	 * sheet, and a workbook has a dozen parts. A parser resets itself at the start of every parse.
	 */
	private static final ThreadLocal<XMLReader> READERS = ThreadLocal.withInitial(HardenedSax::newReader);

	private HardenedSax() {
	}

	static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException {
		XMLReader reader = READERS.get();
		reader.setContentHandler(handler);
		try {
			reader.parse(new InputSource(xml));
		}
		finally {
			reader.setContentHandler(null);
		}
	}

	private static XMLReader newReader() {
		try {
			return XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("No SAX parser is available", ex);
		}
	}

}
