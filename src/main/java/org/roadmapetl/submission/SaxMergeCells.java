package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A sheet's merged ranges read by a SAX pass of their own, where {@link MergeCellsScan}'s
 * byte scan cannot be sure.
 */
final class SaxMergeCells {

	private SaxMergeCells() {
	}

	/**
	 * The merges as a SAX pass finds them: {@code mergeCell} elements within
	 * {@code mergeCells}, any prefix.
	 */
	static MergedAreas read(InputStream sheetXml, ReadLimits limits, String file, String sheet)
			throws IOException, SAXException {
		MergeRanges ranges = new MergeRanges(limits.merges(), file, sheet);
		HardenedSax.parse(sheetXml, new DefaultHandler() {

			private boolean inMergeCells;

			@Override
			public void startElement(String uri, String localName, String qName, Attributes attributes) {
				if ("mergeCells".equals(localName)) {
					this.inMergeCells = true;
				}
				else if (this.inMergeCells && "mergeCell".equals(localName)) {
					String ref = attributes.getValue("ref");
					if (ref != null && ref.indexOf(':') > 0) {
						ranges.add(ref);
					}
				}
			}

			@Override
			public void endElement(String uri, String localName, String qName) {
				if ("mergeCells".equals(localName)) {
					this.inMergeCells = false;
				}
			}

		});
		return ranges.merges();
	}

}
