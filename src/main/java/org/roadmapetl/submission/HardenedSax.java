package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Parses a part of an .xlsx package with POI's hardened SAX settings: namespace aware, no DOCTYPE, no
 * external entities, entity expansion limited. Every XML part this package reads goes through here, or through
 * {@link PlainXmlParser}, which takes no DOCTYPE and so no entity at all.
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

	/**
	 * Parses a part of at most {@link MergeCellsScan#HELD_BYTES}, inflated once into memory, with
	 * {@link PlainXmlParser} where it is plain; a larger part, or one in any other form, goes to Xerces (a larger
	 * one streamed on from its first {@code HELD_BYTES}, which stay held while Xerces reads the rest).
	 */
	static void parseHeld(InputStream xml, ContentHandler handler) throws IOException, SAXException {
		byte[] start = xml.readNBytes(MergeCellsScan.HELD_BYTES + 1);
		if (start.length > MergeCellsScan.HELD_BYTES) {
			parse(new SequenceInputStream(new ByteArrayInputStream(start), xml), handler);
		}
		else if (!PlainXmlParser.parse(start, handler)) {
			parse(new ByteArrayInputStream(start), handler);
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
