package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The merged ranges come from the sheet's bytes as a SAX pass would find them, wherever
 * the tags fall.
 */
class MergeCellsScanTests {

	@Test
	void findsEveryMergeAfterRowsOfAnyLengthAndStopsAtTheirEnd() throws IOException, SAXException {
		for (int padding : new int[] { 0, 1, 65_000, 65_530, 65_536, 65_470, 65_480, 65_490, 200_003 }) {
			String xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>" + "x".repeat(padding)
					+ "&lt;mergeCell ref=\"Z1:Z9\"/&gt;</t></is></c></row></sheetData>"
					+ "<mergeCells count=\"2\"><mergeCell ref=\"B3:B4\"/>\n<mergeCell\tref='C5:D5' /></mergeCells>"
					+ "<mergeCell ref=\"E1:E2\"/></worksheet>";

			MergedAreas merged = scan(xml);

			assertThat(merged.hides(3, 1)).as("padding %d", padding).isTrue();
			assertThat(merged.hides(4, 3)).isTrue();
			assertThat(merged.hides(8, 25)).as("text that only reads like a tag").isFalse();
			assertThat(merged.hides(1, 4)).as("after </mergeCells>").isFalse();
		}
	}

	@Test
	void readsPrefixedElementsAndIgnoresSingleCells() throws IOException, SAXException {
		MergedAreas merged = scan("<x:worksheet xmlns:x=\"main\"><x:sheetData/><x:mergeCells>"
				+ "<x:mergeCell ref=\"A1:A2\"/><x:mergeCell ref=\"C1\"/></x:mergeCells></x:worksheet>");

		assertThat(merged.hides(1, 0)).isTrue();
		assertThat(merged.hides(0, 0)).isFalse();
		assertThat(scan("<worksheet><sheetData/></worksheet>").isEmpty()).isTrue();
		assertThatThrownBy(
				() -> held("<worksheet><sheetData/><mergeCells><:mergeCell ref=\"A1:A2\"/></mergeCells></worksheet>"))
			.as("an empty prefix is no XML name")
			.isInstanceOf(SAXException.class);
	}

	/**
	 * What a byte scan could misread (found by a hostile probe) goes to a SAX pass, which
	 * finds B1:C2 alone.
	 */
	@Test
	void leavesToSaxWhatTheBytesCouldHideOrFake() throws IOException, SAXException {
		String[] sheets = { "<!-- <mergeCell ref=\"E5:F6\"/> --><mergeCells><mergeCell ref=\"B1:C2\"/></mergeCells>",
				"<mergeCells><!-- <mergeCell ref=\"E5:F6\"/> --><mergeCell ref=\"B1:C2\"/></mergeCells>",
				"<!-- </mergeCells> --><mergeCells><mergeCell ref=\"B1:C2\"/></mergeCells>",
				"<x><![CDATA[<mergeCell ref=\"E5:F6\"/></mergeCells>]]></x><mergeCells><mergeCell ref=\"B1:C2\"/></mergeCells>",
				"<?gen <mergeCell ref=\"E5:F6\"/>?><mergeCells><mergeCell ref=\"B1:C2\"/></mergeCells>",
				"<mergeCells><mergeCell ref=\"B1&#58;C2\"/></mergeCells>",
				"<mergeCells><mergeCell ref=\"&#66;1:C2\"/></mergeCells>",
				"<mergeCells><mergeCell q:note=\"a>b\" xmlns:q=\"q\" ref=\"B1:C2\"/></mergeCells>",
				"<mergeCells><mergeCell q:n=\" ref='E5:F6'\" xmlns:q=\"q\" ref=\"B1:C2\"/></mergeCells>",
				"<p:mergeCells xmlns:p=\"main\"><pppppppppppppppppppp:mergeCell xmlns:pppppppppppppppppppp=\"main\" ref=\"B1:C2\"/>"
						+ "</p:mergeCells>",
				"<名前空間名前:mergeCells xmlns:名前空間名前=\"main\"><名前空間名前:mergeCell ref=\"B1:C2\"/></名前空間名前:mergeCells>" };
		for (String merges : sheets) {
			String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet><sheetData/>" + merges + "</worksheet>";

			assertThat(describe(held(xml))).as(merges)
				.isEqualTo(describe(held(
						"<worksheet><sheetData/><mergeCells><mergeCell ref=\"B1:C2\"/></mergeCells></worksheet>")));
			assertThat(describe(scan(xml))).as(merges).isEqualTo(describe(held(xml)));
		}
	}

	@Test
	void readsTheMergesOfASheetInUtf16() throws IOException, SAXException {
		String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet><sheetData/><mergeCells>"
				+ "<mergeCell ref=\"B1:C2\"/></mergeCells></worksheet>";
		for (Charset utf16 : new Charset[] { StandardCharsets.UTF_16, Charset.forName("UTF-16LE") }) {
			byte[] bytes = xml.getBytes(utf16);
			if (utf16 != StandardCharsets.UTF_16) {
				bytes = concat(new byte[] { (byte) 0xFF, (byte) 0xFE }, bytes);
			}

			MergedAreas merged = MergeCellsScan
				.scan(new ByteArrayInputStream(bytes), MergeCellsScan.HELD_BYTES, ReadLimits.DEFAULTS, "f.xlsx", "S")
				.merged();

			assertThat(merged.hides(1, 2)).as(utf16.name()).isTrue();
			assertThat(merged.hides(0, 1)).isFalse();
		}
	}

	private static byte[] concat(byte[] first, byte[] second) {
		byte[] both = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, both, first.length, second.length);
		return both;
	}

	@Test
	void readsAPrefixedMergeCutByTheWindowOfTheStream() throws IOException, SAXException {
		for (int padding = 65_000; padding < 65_100; padding++) {
			String xml = "<x:worksheet xmlns:x=\"main\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>"
					+ "x".repeat(padding) + "</x:t></x:is></x:c></x:row></x:sheetData><x:mergeCells count=\"1\">"
					+ "<x:mergeCell ref=\"B3:B4\"/></x:mergeCells></x:worksheet>";

			assertThat(scan(xml).hides(3, 1)).as("padding %d", padding).isTrue();
		}
	}

	@Test
	void readsAPrefixOfSixteenCharactersOrOfOtherThanAsciiWhereverTheWindowCutsIt() throws IOException, SAXException {
		for (String prefix : new String[] { "p".repeat(16), "é", "名前空間" }) {
			for (int padding = 65_000; padding < 65_100; padding++) {
				String xml = "<" + prefix + ":worksheet xmlns:" + prefix + "=\"main\"><" + prefix + ":sheetData><"
						+ prefix + ":row r=\"1\"><" + prefix + ":c r=\"A1\" t=\"inlineStr\"><" + prefix + ":is><"
						+ prefix + ":t>" + "x".repeat(padding) + "</" + prefix + ":t></" + prefix + ":is></" + prefix
						+ ":c></" + prefix + ":row></" + prefix + ":sheetData><" + prefix + ":mergeCells count=\"1\"><"
						+ prefix + ":mergeCell ref=\"B3:B4\"/></" + prefix + ":mergeCells></" + prefix + ":worksheet>";

				assertThat(scan(xml).hides(3, 1)).as("prefix %s, padding %d", prefix, padding).isTrue();
			}
		}
	}

	@Test
	void holdsASheetUpToTheLimitForTheSaxPassAndStreamsALargerOne() throws IOException, SAXException {
		byte[] xml = ("<worksheet><sheetData/><mergeCells><mergeCell ref=\"A1:B1\"/></mergeCells></worksheet>")
			.getBytes(StandardCharsets.UTF_8);

		ScannedSheet held = MergeCellsScan.scan(new ByteArrayInputStream(xml), xml.length, ReadLimits.DEFAULTS,
				"f.xlsx", "S");
		ScannedSheet streamed = MergeCellsScan.scan(new ByteArrayInputStream(xml), xml.length - 1, ReadLimits.DEFAULTS,
				"f.xlsx", "S");

		assertThat(held.held()).isEqualTo(xml);
		assertThat(elements(held, () -> {
			throw new AssertionError("a held sheet is not inflated again");
		})).containsExactly("worksheet", "sheetData", "mergeCells", "mergeCell");
		assertThat(held.merged().hides(0, 1)).isTrue();
		assertThat(streamed.held()).isNull();
		assertThat(streamed.merged().hides(0, 1)).isTrue();
		assertThat(elements(streamed, () -> new ByteArrayInputStream(xml))).containsExactly("worksheet", "sheetData",
				"mergeCells", "mergeCell");
	}

	@Test
	void refusesASheetOfMoreMergedRangesThanTheLimitHeldOrStreamed() {
		StringBuilder xml = new StringBuilder("<worksheet><sheetData/><mergeCells>");
		for (int row = 1; row <= 4; row++) {
			xml.append("<mergeCell ref=\"A").append(row).append(":B").append(row).append("\"/>");
		}
		byte[] bytes = xml.append("</mergeCells></worksheet>").toString().getBytes(StandardCharsets.UTF_8);
		ReadLimits threeMerges = new ReadLimits(1_000_000, 1000, 1000, 1000, 100, 3);

		for (int hold : new int[] { MergeCellsScan.HELD_BYTES, 0 }) {
			assertThatThrownBy(
					() -> MergeCellsScan.scan(new ByteArrayInputStream(bytes), hold, threeMerges, "f.xlsx", "表"))
				.isInstanceOf(UnreadableSubmissionException.OverLimit.class)
				.hasMessageContaining("f.xlsx")
				.hasMessageContaining("the merged ranges of sheet '表' are over the limit of 3")
				.hasMessageContaining("roadmap.limits.merges");
		}
	}

	/**
	 * Both ways the scan reads: the sheet streamed in windows, and the sheet held whole.
	 */
	private static MergedAreas scan(String xml) throws IOException, SAXException {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		MergedAreas streamed = MergeCellsScan
			.scan(new ByteArrayInputStream(bytes), 0, ReadLimits.DEFAULTS, "f.xlsx", "S")
			.merged();
		MergedAreas held = MergeCellsScan
			.scan(new ByteArrayInputStream(bytes), MergeCellsScan.HELD_BYTES, ReadLimits.DEFAULTS, "f.xlsx", "S")
			.merged();
		assertThat(describe(held)).as("held as streamed").isEqualTo(describe(streamed));
		return streamed;
	}

	private static MergedAreas held(String xml) throws IOException, SAXException {
		byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
		return MergeCellsScan
			.scan(new ByteArrayInputStream(bytes), MergeCellsScan.HELD_BYTES, ReadLimits.DEFAULTS, "f.xlsx", "S")
			.merged();
	}

	private static String describe(MergedAreas merged) {
		StringBuilder hidden = new StringBuilder();
		for (int row = 0; row < 12; row++) {
			for (int column = 0; column < 30; column++) {
				hidden.append(merged.hides(row, column) ? '#' : '.');
			}
		}
		return hidden.toString();
	}

	private static List<String> elements(ScannedSheet scanned, ScannedSheet.Source reopen)
			throws IOException, SAXException {
		List<String> names = new ArrayList<>();
		scanned.parse(reopen, new DefaultHandler() {
			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				names.add(localName);
			}
		});
		return names;
	}

}
