package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The merged ranges come from the sheet's bytes as a SAX pass would find them, wherever the tags fall. */
class MergeCellsScanTests {

	@Test
	void findsEveryMergeAfterRowsOfAnyLengthAndStopsAtTheirEnd() throws IOException {
		for (int padding : new int[] { 0, 1, 65_000, 65_530, 65_536, 200_003 }) {
			String xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>"
					+ "x".repeat(padding) + "&lt;mergeCell ref=\"Z1:Z9\"/&gt;</t></is></c></row></sheetData>"
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
	void readsPrefixedElementsAndIgnoresSingleCells() throws IOException {
		MergedAreas merged = scan("<x:worksheet xmlns:x=\"main\"><x:sheetData/><x:mergeCells>"
				+ "<x:mergeCell ref=\"A1:A2\"/><x:mergeCell ref=\"C1\"/></x:mergeCells></x:worksheet>");

		assertThat(merged.hides(1, 0)).isTrue();
		assertThat(merged.hides(0, 0)).isFalse();
		assertThat(scan("<worksheet><sheetData/></worksheet>").isEmpty()).isTrue();
	}

	private static MergedAreas scan(String xml) throws IOException {
		return MergeCellsScan.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
	}

}
