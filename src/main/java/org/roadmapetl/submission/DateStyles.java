package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show dates, read straight from {@code styles.xml} with SAX: the number formats
 * and the cell formats' {@code numFmtId}s are all a roadmap form needs, and POI's full styles model (fonts,
 * fills, borders through XMLBeans) costs more per workbook than reading the sheets.
 */
final class DateStyles extends DefaultHandler {

	private final Map<Integer, String> formats = new HashMap<>();

	private final List<Integer> cellFormatIds = new ArrayList<>();

	private boolean inCellXfs;

	static IntPredicate read(InputStream stylesXml) throws IOException, SAXException {
		if (stylesXml == null) {
			return (style) -> false;
		}
		DateStyles styles = new DateStyles();
		HardenedSax.parse(stylesXml, styles);
		boolean[] date = new boolean[styles.cellFormatIds.size()];
		for (int i = 0; i < date.length; i++) {
			int id = styles.cellFormatIds.get(i);
			String format = styles.formats.containsKey(id) ? styles.formats.get(id) : BuiltinFormats.getBuiltinFormat(id);
			date[i] = CellText.isDateFormat(id, format);
		}
		return (style) -> style >= 0 && style < date.length && date[style];
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "numFmt" -> this.formats.put(number(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
			case "cellXfs" -> this.inCellXfs = true;
			case "xf" -> {
				if (this.inCellXfs) {
					this.cellFormatIds.add(number(attributes.getValue("numFmtId")));
				}
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if ("cellXfs".equals(localName)) {
			this.inCellXfs = false;
		}
	}

	private static int number(String text) {
		try {
			return (text != null) ? Integer.parseInt(text.trim()) : 0;
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}
