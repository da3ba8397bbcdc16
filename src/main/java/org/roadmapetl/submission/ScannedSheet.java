package org.roadmapetl.submission;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * What {@link MergeCellsScan} kept of a worksheet.
 *
 * @param merged the sheet's merged ranges
 * @param held the sheet's XML as inflated, or {@code null} when it was larger than
 * {@link MergeCellsScan#HELD_BYTES}
 */
record ScannedSheet(MergedAreas merged, byte[] held) {

	/**
	 * Parses the sheet's XML for its cells: the bytes held, or what {@code reopen} opens
	 * where nothing is held.
	 */
	void parse(Source reopen, ContentHandler cells) throws IOException, SAXException {
		if (this.held == null) {
			try (InputStream xml = reopen.open()) {
				HardenedSax.parse(xml, cells);
			}
		}
		else {
			HardenedSax.parse(new ByteArrayInputStream(this.held), cells);
		}
	}

	/** Opens a sheet's XML once more, inflating it again. */
	@FunctionalInterface
	interface Source {

		InputStream open() throws IOException;

	}

}
