package org.roadmapetl.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;

import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The least any reader must do with the same files, on one thread: for a workbook, open
 * the zip and inflate and SAX-parse every XML part (no POI objects, no cells, no
 * normalisation, no database); for a text export, read the bytes, decode them and split
 * them into lines and fields. What the job spends beyond this is its own cost.
 */
final class ParseFloor {

	private static final int WARM_UP_FILES = 200;

	private static final int WARM_UP_MAX_PASSES = 20;

	private static final long WARM_UP_NANOS = 2_000_000_000L;

	private ParseFloor() {
	}

	/**
	 * @return nanoseconds for all files, timed once the JIT has compiled the parser: a
	 * cold parser takes three times as long, and a floor is the least the work can cost
	 */
	static long zipAndSax(List<Path> workbooks) throws IOException {
		SAXParser parser = newParser();
		DefaultHandler nothing = new DefaultHandler();
		List<Path> warmUp = workbooks.subList(0, Math.min(WARM_UP_FILES, workbooks.size()));
		long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
		for (int pass = 0; pass < WARM_UP_MAX_PASSES && System.nanoTime() < warmUpEnd; pass++) {
			for (Path file : warmUp) {
				parseParts(file, parser, nothing);
			}
		}
		long start = System.nanoTime();
		for (Path file : workbooks) {
			parseParts(file, parser, nothing);
		}
		return System.nanoTime() - start;
	}

	/**
	 * @return nanoseconds to read every text export, decode it and split it into lines
	 * and fields, warmed up too
	 */
	static long readText(List<Path> exports) throws IOException {
		List<Path> warmUp = exports.subList(0, Math.min(WARM_UP_FILES, exports.size()));
		long warmUpEnd = System.nanoTime() + WARM_UP_NANOS;
		for (int pass = 0; pass < WARM_UP_MAX_PASSES && System.nanoTime() < warmUpEnd; pass++) {
			splitFields(warmUp);
		}
		long start = System.nanoTime();
		long fields = splitFields(exports);
		long took = System.nanoTime() - start;
		if (fields == 0) {
			throw new IOException("the text exports are empty");
		}
		return took;
	}

	private static long splitFields(List<Path> exports) throws IOException {
		long fields = 0;
		for (Path file : exports) {
			String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
			for (String line : text.split("\n", -1)) {
				fields += line.split("\t", -1).length;
			}
		}
		return fields;
	}

	private static void parseParts(Path file, SAXParser parser, DefaultHandler handler) throws IOException {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				ZipEntry entry = entries.nextElement();
				if (!entry.getName().endsWith(".xml") && !entry.getName().endsWith(".rels")) {
					continue;
				}
				try (InputStream xml = zip.getInputStream(entry)) {
					parser.reset();
					parser.parse(xml, handler);
				}
				catch (SAXException ex) {
					throw new IOException(file + "!" + entry.getName() + ": " + ex.getMessage(), ex);
				}
			}
		}
	}

	private static SAXParser newParser() {
		try {
			SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
			factory.setNamespaceAware(true);
			factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			return factory.newSAXParser();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("no JDK SAX parser", ex);
		}
	}

}
