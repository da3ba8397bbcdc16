package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLResolver;
import javax.xml.stream.XMLStreamException;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.sax.WstxSAXParser;
import com.ctc.wstx.stax.WstxInputFactory;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Parses every XML part of an .xlsx or .ods package with Woodstox, hardened: namespace
 * aware, no DTD (a DOCTYPE is refused where it starts), no external entity, and
 * Woodstox's limits of nesting depth and attributes per element bound to
 * {@code roadmap.limits.xml-depth} and {@code roadmap.limits.xml-attributes}.
 */
final class HardenedSax {

	/**
	 * The limits the parsers of every thread are built with; set from the configuration
	 * before reading.
	 */
	private static volatile ReadLimits limits = ReadLimits.DEFAULTS;

	/**
	 * One parser per reader thread, reused for every part: building a parser costs more
	 * than parsing a small sheet, and a workbook has a dozen parts. Rebuilt when the
	 * limits change.
	 */
	private static final ThreadLocal<Parser> PARSERS = new ThreadLocal<>();

	private HardenedSax() {
	}

	static ReadLimits limitsInForce() {
		return limits;
	}

	/** Binds the XML limits of every parser built from now on. */
	static void limits(ReadLimits readLimits) {
		limits = readLimits;
	}

	static void parse(InputStream xml, ContentHandler handler) throws IOException, SAXException {
		WstxSAXParser parser = parser();
		parser.setContentHandler(handler);
		try {
			parser.parse(new InputSource(xml));
		}
		catch (SAXException ex) {
			// Woodstox wraps what the stream or a handler throws: each travels on as
			// itself (a truncated part, a
			// handler's limit or the sink's failure); Woodstox's own failures stay parse
			// errors with their place
			Throwable cause = ex.getCause();
			if (cause instanceof XMLStreamException && cause.getCause() != null) {
				cause = cause.getCause();
			}
			if (cause instanceof IOException io) {
				throw io;
			}
			if (cause instanceof SAXException handlerFailure) {
				throw handlerFailure;
			}
			if (cause instanceof RuntimeException runtime && WorkbookFailures.startedInOurCode(runtime)) {
				throw runtime;
			}
			throw ex;
		}
		finally {
			parser.setContentHandler(null);
		}
	}

	private static WstxSAXParser parser() throws SAXException {
		ReadLimits current = limits;
		Parser held = PARSERS.get();
		if (held == null || !held.limits().equals(current)) {
			held = new Parser(current, newParser(current));
			PARSERS.set(held);
		}
		return held.parser();
	}

	private static WstxSAXParser newParser(ReadLimits limits)
			throws SAXNotRecognizedException, SAXNotSupportedException {
		WstxInputFactory factory = new WstxInputFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		// an undeclared entity (&nbsp;) is an error, as in Xerces, not text silently left
		// out
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
		factory.setXMLResolver(NO_EXTERNAL_RESOURCE);
		factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, limits.xmlDepth());
		factory.setProperty(WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, limits.xmlAttributes());
		WstxSAXParser parser = new WstxSAXParser(factory, false);
		// the SAX parser turns DTD support on in its copy of the factory's settings: off
		// again, or a reused parser
		// reads a DOCTYPE's external subset before it tells the lexical handler about it
		parser.getStaxConfig().doSupportDTDs(false);
		parser.getStaxConfig().setDtdResolver(NO_EXTERNAL_RESOURCE);
		parser.getStaxConfig().setEntityResolver(NO_EXTERNAL_RESOURCE);
		parser.setEntityResolver((publicId, systemId) -> {
			throw new SAXException("the XML refers to an external resource " + systemId);
		});
		parser.setProperty("http://xml.org/sax/properties/lexical-handler", new RefuseDoctype());
		return parser;
	}

	/** No DTD, entity or other resource is ever fetched, from the network or a file. */
	private static final XMLResolver NO_EXTERNAL_RESOURCE = (publicId, systemId, base, namespace) -> {
		throw new XMLStreamException("the XML refers to an external resource " + systemId);
	};

	private record Parser(ReadLimits limits, WstxSAXParser parser) {
	}

	/**
	 * Neither workbook nor spreadsheet parts hold a DOCTYPE: one is refused where it
	 * starts.
	 */
	private static final class RefuseDoctype extends DefaultHandler2 {

		@Override
		public void startDTD(String name, String publicId, String systemId) throws SAXException {
			throw new SAXException("the XML declares a DOCTYPE");
		}

	}

}
