package org.roadmapetl.submission;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Which cell styles of a workbook show dates and which strike their text through, read
 * straight from {@code styles.xml} with SAX: the number formats, the fonts'
 * {@code <strike/>} and the cell formats' {@code numFmtId}s and {@code fontId}s are all a
 * roadmap form needs, and POI's full styles model (fills, borders through XMLBeans) costs
 * more per workbook than reading the sheets.
 */
final class DateStyles extends DefaultHandler {

	private final Map<Integer, String> formats = new HashMap<>();

	private final List<Integer> cellFormatIds = new ArrayList<>();

	private final List<Integer> cellFontIds = new ArrayList<>();

	private final List<Boolean> fontStruck = new ArrayList<>();

	private boolean inCellXfs;

	private boolean inFonts;

	static CellStyles read(InputStream stylesXml) throws IOException, SAXException {
		if (stylesXml == null) {
			return CellStyles.NONE;
		}
		DateStyles styles = new DateStyles();
		HardenedSax.parse(stylesXml, styles);
		boolean[] date = new boolean[styles.cellFormatIds.size()];
		boolean[] struck = new boolean[date.length];
		for (int i = 0; i < date.length; i++) {
			int id = styles.cellFormatIds.get(i);
			String format = styles.formats.containsKey(id) ? styles.formats.get(id)
					: BuiltinFormats.getBuiltinFormat(id);
			date[i] = CellText.isDateFormat(id, format);
			int font = styles.cellFontIds.get(i);
			struck[i] = font >= 0 && font < styles.fontStruck.size() && styles.fontStruck.get(font);
		}
		return new CellStyles(date, struck);
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		switch (localName) {
			case "numFmt" ->
				this.formats.put(number(attributes.getValue("numFmtId")), attributes.getValue("formatCode"));
			case "cellXfs" -> this.inCellXfs = true;
			case "fonts" -> this.inFonts = true;
			case "font" -> {
				if (this.inFonts) {
					this.fontStruck.add(false);
				}
			}
			case "strike" -> {
				if (this.inFonts && !this.fontStruck.isEmpty()) {
					this.fontStruck.set(this.fontStruck.size() - 1, XlsxRuns.isOn(attributes.getValue("val")));
				}
			}
			case "xf" -> {
				if (this.inCellXfs) {
					this.cellFormatIds.add(number(attributes.getValue("numFmtId")));
					this.cellFontIds.add(number(attributes.getValue("fontId")));
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
		else if ("fonts".equals(localName)) {
			this.inFonts = false;
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
