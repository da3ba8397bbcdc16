package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A quick first pass over a worksheet's XML that keeps only its merged ranges. They are written after
 * {@code sheetData}, but the cells they hide must be known while the rows stream past.
 * <p>
 * Excel empties the hidden cells of a merge, but other writers need not: POI, and the libraries built on
 * it, keep whatever the hidden cells held, and the form must not read such text twice. The pass costs a
 * second inflate and tokenise of the sheet without building cells: on a 100,000-row, 8-column sheet (50 MB
 * of XML) 0.45 s of a 1.0 s read, of which inflating is 0.03 s. Buffering rows until the merges are known
 * would cost memory in proportion to the sheet instead, and submissions are hundreds of rows.
 */
final class MergeCellsScan extends DefaultHandler {

	private final List<CellRangeAddress> ranges = new ArrayList<>();

	private MergeCellsScan() {
	}

	static MergedAreas read(InputStream sheetXml) throws IOException, SAXException {
		MergeCellsScan scan = new MergeCellsScan();
		try {
			HardenedSax.parse(sheetXml, scan);
		}
		catch (EndOfMerges done) {
			// nothing after </mergeCells> matters here
		}
		return scan.ranges.isEmpty() ? MergedAreas.NONE : new MergedAreas(scan.ranges);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if ("mergeCell".equals(localName)) {
			String ref = attributes.getValue("ref");
			if (ref != null && ref.indexOf(':') > 0) {
				this.ranges.add(CellRangeAddress.valueOf(ref));
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if ("mergeCells".equals(localName)) {
			throw new EndOfMerges();
		}
	}

	private static final class EndOfMerges extends SAXException {

		EndOfMerges() {
			super("end of mergeCells");
		}

	}

}
