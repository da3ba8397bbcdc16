package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.util.XMLHelper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plain parser fires what Xerces fires and rejects what Xerces rejects, on the parts of real workbooks, on
 * hand-written edge cases, and on tens of thousands of mutations of both.
 */
class PlainXmlParserTests {

	private static final Path SAMPLES = Path.of("src/test/resources/samples/xlsx");

	private static final ThreadLocal<XMLReader> XERCES = ThreadLocal.withInitial(() -> {
		try {
			return XMLHelper.newXMLReader();
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException(ex);
		}
	});

	@ParameterizedTest
	@ValueSource(strings = {
			"<a/>",
			"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<a b='1' c=\"x&amp;y&lt;&gt;&quot;&apos;\">t</a>",
			"<?xml version='1.0'?><a>line\r\nnext\rlast</a>",
			"<a b=\"tab\there\r\nnewline&#10;kept&#x9;\">x</a>",
			"<a>&#x1F600;&#26085;本語 😀 é</a>",
			"<x:a xmlns:x=\"urn:x\" xmlns=\"urn:d\"><b x:c=\"1\" d=\"2\"/><x:e></x:e ></x:a>",
			"<a xmlns:p=\"urn:p\"><p:b xmlns:p=\"urn:q\"/><p:c/></a>",
			"<a xml:space=\"preserve\"> </a>",
			"\uFEFF<a>bom</a>",
			"<a>]]</a>",
			"<a>]>]]&gt;</a>",
			"<a>a > b</a>",
			"<a b=\"x>y\" c='\"'/>",
			"<a\n b = \"1\"\t/>",
			"  <a/>  \n",
			"<a xmlns=\"\"><b/></a>",
			"<a:b xmlns:a=\"urn:a\" a:x=\"1\" x=\"2\"/>",
			"<a b='&#x00000000041;'>&#0000000065;&#x0000000000000000000000000000000000000001F600;</a>",
			"<a xmlns:xml=\"http://www.w3.org/XML/1998/namespace\"><xml:b xmlns:xml=\"http://www.w3.org/XML/1998/namespace\" xml:lang=\"ja\"/></a>",
			"<a:b-1.c_ xmlns:a='u' a:d.-1='' e-2.f=''/>",
			// rejected by both
			"<e xmlns:p='u' p:1=''/>",
			"<a:1b xmlns:a='u'/>",
			"<a:.b xmlns:a='u'/>",
			"<a:-b xmlns:a='u'/>",
			"<a>&#99999999999999999999;</a>",
			"<a>",
			"<a></b>",
			"<a><b></a></b>",
			"<a/><b/>",
			" text<a/>",
			"<a/>text",
			"<a b=\"1\" b=\"2\"/>",
			"<a b=\"1\"c=\"2\"/>",
			"<a b=\"<\"/>",
			"<a>&unknown;</a>",
			"<a>&amp</a>",
			"<a>&#0;</a>",
			"<a>&#xD800;</a>",
			"<a>&#xFFFE;</a>",
			"<a>\u0001</a>",
			"<a>x]]>y</a>",
			"<p:a/>",
			"<a p:b=\"1\"/>",
			"<a xmlns:p=\"\"/>",
			"<a xmlns:p=\"urn:p\" xmlns:q=\"urn:p\" p:x=\"1\" q:x=\"2\"/>",
			"<a:b:c xmlns:a=\"urn:a\"/>",
			"<a: xmlns:a=\"urn:a\"/>",
			"<1a/>",
			"< a/>",
			"<a/ >",
			"<a b/>",
			"<a b=1/>",
			"</a>",
			"",
			"<a></ab>",
			"<ab></a>",
			"<a>&#xZ;</a>",
			"<a>&#;</a>",
			"<a>&#X41;</a>",
			"<a b='1></a>",
	})
	void firesAndRejectsWhatXercesDoes(String xml) throws Exception {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		assertThat(PlainXml.contentStart(bytes)).as("plain").isGreaterThanOrEqualTo(0);
		assertSameAsXerces(bytes);
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"<?xml version=\"1.1\"?><a/>",
			"<?xml version=\"1.0\" encoding=\"Shift_JIS\"?><a/>",
			"<?xml version=\"1.0\" encoding=\"UTF-8\" ?><!-- c --><a/>",
			"<a><![CDATA[x]]></a>",
			"<!DOCTYPE a [<!ENTITY e \"x\">]><a>&e;</a>",
			"<a><?pi x?></a>",
			"<見出し>x</見出し>",
			"<a 属性=\"1\"/>",
			"<a><:b :c=\"1\"/><:d></:d></a>",
			"<a ::=\"1\"/>",
			"<?xml-stylesheet href=\"s\"?><a/>",
			"text<a/>",
			"<?xml version=\"1.0\"standalone=\"yes\"?><a/>",
	})
	void leavesToXercesWhatIsNotPlain(String xml) throws Exception {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);

		assertThat(PlainXmlParser.parse(bytes, new Events())).isFalse();
	}

	@Test
	void leavesEbcdicToXerces() throws Exception {
		byte[] xml = "<?xml version=\"1.0\" encoding=\"IBM037\"?><a/>".getBytes(java.nio.charset.Charset.forName("IBM037"));

		assertThat(PlainXmlParser.parse(xml, new Events())).isFalse();
	}

	/** The JDK's secure-processing limits that Xerces applies to a document without a DTD, at and past each. */
	@Test
	void keepsTheJdkLimitsOnNamesAndAttributes() throws Exception {
		String longest = "a".repeat(1000);
		List<String> documents = List.of("<" + longest + "/>", "<" + longest + "b/>",
				"<p:" + longest + " xmlns:p='u'/>", "<" + longest + ":a xmlns:" + longest + "='u'/>",
				"<p:" + longest + "b xmlns:p='u'/>", "<a " + longest + "='1'/>", "<a " + longest + "b='1'/>",
				"<a" + attributes(10_000, "") + "/>", "<a" + attributes(10_001, "") + "/>",
				"<a xmlns:p='u'" + attributes(9_999, "p:") + "/>", "<a xmlns:p='u'" + attributes(10_000, "p:") + "/>",
				"<a" + attributes(5_000, "") + attributes(5_000, "") + "/>");
		for (String document : documents) {
			assertSameAsXerces(document.getBytes(StandardCharsets.UTF_8));
		}
	}

	private static String attributes(int count, String prefix) {
		StringBuilder attributes = new StringBuilder();
		for (int i = 0; i < count; i++) {
			attributes.append(' ').append(prefix).append('a').append(i).append("='1'");
		}
		return attributes.toString();
	}

	/** A part of up to the held size is parsed from memory, a larger one streamed on from its held start: whole both ways. */
	@Test
	void readsAPartWholeAtTheHeldSizeAndPastIt() throws Exception {
		for (int size : new int[] { MergeCellsScan.HELD_BYTES, MergeCellsScan.HELD_BYTES + 1 }) {
			String text = "値".repeat((size - 7) / 3) + "x".repeat((size - 7) % 3);
			byte[] xml = ("<a>" + text + "</a>").getBytes(StandardCharsets.UTF_8);
			assertThat(xml).hasSize(size);
			Events events = new Events();

			HardenedSax.parseHeld(new ByteArrayInputStream(xml), events);

			assertThat(events.events()).containsExactly("<{}a a", "text " + text, "</{}a a");
		}
	}

	@Test
	void leavesUtf16ToXerces() throws Exception {
		assertThat(PlainXmlParser.parse("<a/>".getBytes(StandardCharsets.UTF_16BE), new Events())).isFalse();
		assertThat(PlainXmlParser.parse("\uFEFF<a/>".getBytes(StandardCharsets.UTF_16LE), new Events())).isFalse();
	}

	@Test
	void rejectsBrokenUtf8AsXercesDoes() throws Exception {
		byte[][] broken = { { '<', 'a', '>', (byte) 0xC3, '<', '/', 'a', '>' },
				{ '<', 'a', '>', (byte) 0xC0, (byte) 0x80, '<', '/', 'a', '>' },
				{ '<', 'a', '>', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '<', '/', 'a', '>' },
				{ '<', 'a', '>', (byte) 0xEF, (byte) 0xBF, (byte) 0xBF, '<', '/', 'a', '>' },
				{ '<', 'a', '>', (byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '<', '/', 'a', '>' },
				{ '<', 'a', ' ', 'b', '=', '"', (byte) 0xFF, '"', '/', '>' } };
		for (byte[] xml : broken) {
			assertSameAsXerces(xml);
			assertThatThrownBy(() -> PlainXmlParser.parse(xml, new Events())).isInstanceOf(SAXParseException.class);
		}
	}

	@Test
	void namesTheLineAndColumnOfWhatIsWrong() {
		byte[] xml = "<a>\n<b>\n  <c x=\"1\" x=\"2\"/></b></a>".getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> PlainXmlParser.parse(xml, new Events())).isInstanceOfSatisfying(SAXParseException.class,
				ex -> {
					assertThat(ex.getLineNumber()).isEqualTo(3);
					assertThat(ex.getColumnNumber()).as("just past the tag, where Xerces names it").isEqualTo(19);
					assertThat(ex.getMessage()).contains("\"x\"", "\"c\"");
				});
	}

	@Test
	void readsEveryPartOfTheSampleWorkbooksAsXercesDoes() throws Exception {
		List<byte[]> parts = sampleParts();
		assertThat(parts).hasSizeGreaterThan(10);
		for (byte[] part : parts) {
			assertThat(PlainXml.contentStart(part)).as("a spreadsheet program's part is plain").isGreaterThanOrEqualTo(0);
			assertSameAsXerces(part);
		}
	}

	/**
	 * Every mutation that leaves a document plain: bytes replaced, inserted or deleted, drawn from XML's own
	 * markup and from what real cells hold. Each must read or fail as Xerces reads or fails it.
	 */
	@Test
	void agreesWithXercesOnMutationsOfRealAndEdgeDocuments() throws Exception {
		List<byte[]> seeds = new ArrayList<>();
		for (byte[] part : sampleParts()) {
			if (part.length <= 40_000) {
				seeds.add(part);
			}
		}
		seeds.add("<x:a xmlns:x=\"urn:x\"><x:b r=\"A1\" s='2'>t&amp;&#x41;\r\n</x:b></x:a>".getBytes(StandardCharsets.UTF_8));
		seeds.add("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst><si><r><rPr><strike/></rPr><t xml:space=\"preserve\"> 見え消し </t></r></si></sst>"
			.getBytes(StandardCharsets.UTF_8));
		byte[][] pieces = bytes("<", ">", "/", "=", "\"", "'", "&", ";", "#", "x", ":", " ", "\t", "\r", "\n", "]", "]]>",
				"&amp;", "&#10;", "&#x1F600;", "&#0;", "&bogus;", "xmlns:q=\"urn:q\"", "q:", "a", "1", "é", "漢", "\u0001",
				"</", "/>", "<b>", "</b>", "\u00A0");
		Random random = new Random(20261202);
		int compared = 0;
		int failedBoth = 0;
		for (int round = 0; round < 40_000; round++) {
			byte[] seed = seeds.get(random.nextInt(seeds.size()));
			byte[] mutated = mutate(seed, pieces, random, 1 + random.nextInt(3));
			if (PlainXml.contentStart(mutated) < 0) {
				continue;
			}
			compared++;
			failedBoth += assertSameAsXerces(mutated) ? 0 : 1;
		}
		assertThat(compared).isGreaterThan(25_000);
		assertThat(failedBoth).as("mutations rejected by both").isBetween(compared / 4, compared - 1000);
	}

	private static byte[] mutate(byte[] seed, byte[][] pieces, Random random, int times) {
		byte[] out = seed;
		for (int t = 0; t < times; t++) {
			int at = random.nextInt(out.length + 1);
			byte[] piece = pieces[random.nextInt(pieces.length)];
			int cut = switch (random.nextInt(3)) {
				case 0 -> 0;
				case 1 -> Math.min(out.length - at, 1 + random.nextInt(3));
				default -> Math.min(out.length - at, piece.length);
			};
			boolean insert = random.nextInt(4) != 0;
			byte[] next = new byte[out.length - cut + (insert ? piece.length : 0)];
			System.arraycopy(out, 0, next, 0, at);
			int after = at;
			if (insert) {
				System.arraycopy(piece, 0, next, at, piece.length);
				after += piece.length;
			}
			System.arraycopy(out, at + cut, next, after, out.length - at - cut);
			out = next;
		}
		return out;
	}

	/** @return true when both read the document, false when both rejected it */
	private static boolean assertSameAsXerces(byte[] xml) throws IOException {
		Events xerces = new Events();
		String xercesFailure = failure(() -> xerces(xml, xerces));
		Events plain = new Events();
		String plainFailure = failure(() -> assertThat(PlainXmlParser.parse(xml, plain)).isTrue());
		String document = new String(xml, StandardCharsets.UTF_8);
		boolean xercesRead = xercesFailure == null;
		assertThat(plainFailure == null).as("read by the plain parser (%s) as by Xerces (%s): %s", plainFailure,
				xercesFailure, document).isEqualTo(xercesRead);
		if (xercesRead) {
			assertThat(plain.events()).as(document).isEqualTo(xerces.events());
		}
		return xercesRead;
	}

	private interface Parse {

		void run() throws IOException, SAXException;

	}

	/** Xerces with POI's hardened settings, as {@link HardenedSax} has it, but not logging what it rejects. */
	private static void xerces(byte[] xml, Events events) throws IOException, SAXException {
		XMLReader reader = XERCES.get();
		reader.setContentHandler(events);
		reader.setErrorHandler(new DefaultHandler() {
			@Override
			public void fatalError(SAXParseException ex) throws SAXException {
				throw ex;
			}
		});
		reader.parse(new InputSource(new ByteArrayInputStream(xml)));
	}

	/** Why the parse failed, or null if it did not. */
	private static String failure(Parse parse) throws IOException {
		try {
			parse.run();
			return null;
		}
		catch (SAXException ex) {
			return String.valueOf(ex.getMessage());
		}
	}

	private static List<byte[]> sampleParts() throws IOException {
		List<byte[]> parts = new ArrayList<>();
		try (Stream<Path> files = Files.list(SAMPLES)) {
			for (Path file : files.sorted().toList()) {
				try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
					for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
						if (entry.getName().endsWith(".xml")) {
							parts.add(readAll(zip));
						}
					}
				}
			}
		}
		return parts;
	}

	private static byte[] readAll(InputStream in) throws IOException {
		return in.readAllBytes();
	}

	private static byte[][] bytes(String... pieces) {
		byte[][] out = new byte[pieces.length][];
		for (int i = 0; i < pieces.length; i++) {
			out[i] = pieces[i].getBytes(StandardCharsets.UTF_8);
		}
		return out;
	}

	/** Every event as a line, adjacent text joined (parsers may split text anywhere). */
	private static final class Events extends DefaultHandler {

		private final List<String> lines = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		List<String> events() {
			flush();
			return this.lines;
		}

		@Override
		public void startPrefixMapping(String prefix, String uri) {
			flush();
			this.lines.add("xmlns " + prefix + "=" + uri);
		}

		@Override
		public void endPrefixMapping(String prefix) {
			flush();
			this.lines.add("/xmlns " + prefix);
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			flush();
			StringBuilder line = new StringBuilder("<{").append(uri).append('}').append(localName).append(' ').append(qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				line.append(" [{").append(attributes.getURI(i)).append('}').append(attributes.getLocalName(i)).append(' ')
					.append(attributes.getQName(i)).append(' ').append(attributes.getType(i)).append("]=")
					.append(attributes.getValue(i));
				assertThat(attributes.getValue(attributes.getQName(i))).isEqualTo(attributes.getValue(i));
			}
			this.lines.add(line.toString());
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			flush();
			this.lines.add("</{" + uri + "}" + localName + " " + qName);
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			this.text.append(ch, start, length);
		}

		private void flush() {
			if (this.text.length() > 0) {
				this.lines.add("text " + this.text);
				this.text.setLength(0);
			}
		}

	}

}
