package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared strings of an .xlsx, read with SAX, each as its value without struck-through
 * runs (見え消し) and, where a run was struck, as submitted with that run marked. Phonetic
 * runs ({@code <rPh>}, furigana) are no part of either. POI's read-only table joins every
 * run into one string, losing the strike.
 */
final class SharedStringRuns extends DefaultHandler {

	private final List<String> values = new ArrayList<>();

	/** Only the few strings with struck runs: most workbooks have none. */
	private final Map<Integer, String> submitted = new HashMap<>();

	private final RevisedText text = new RevisedText();

	private final XlsxRuns runs = new XlsxRuns();

	static SharedStringRuns read(InputStream sharedStringsXml) throws IOException, SAXException {
		SharedStringRuns strings = new SharedStringRuns();
		if (sharedStringsXml != null) {
			HardenedSax.parse(sharedStringsXml, strings);
		}
		return strings;
	}

	/**
	 * @throws IndexOutOfBoundsException for an index the table does not hold
	 */
	String value(int index) {
		return this.values.get(index);
	}

	String submitted(int index) {
		String marked = this.submitted.get(index);
		return (marked != null) ? marked : this.values.get(index);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if ("si".equals(localName)) {
			this.text.clear();
			this.runs.reset(false);
		}
		else {
			this.runs.start(localName, attributes);
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if ("si".equals(localName)) {
			String value = this.text.value();
			String marked = this.text.submitted();
			this.values.add(value);
			if (!marked.equals(value)) {
				this.submitted.put(this.values.size() - 1, marked);
			}
		}
		else {
			this.runs.end(localName);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.runs.capturing()) {
			this.text.append(new String(ch, start, length), this.runs.struck());
		}
	}

}
