package org.roadmapetl.submission;

import java.util.function.IntPredicate;

import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the {@code sheetData} of one worksheet's XML as SAX events and passes each cell's text on, a row
 * at a time, holding nothing but the current cell.
 * <p>
 * POI's {@code XSSFSheetXMLHandler} would do most of this, but it lets the phonetic runs ({@code <rPh>},
 * furigana) of inline strings leak into the text and hands out values already formatted
 * ({@code #,##0} gives {@code 4,202}), which would have to be parsed back. Reading the few elements of
 * {@code sheetData} directly is shorter than working around both.
 */
final class SheetXmlHandler extends DefaultHandler {

	private final SharedStrings sharedStrings;

	private final IntPredicate dateStyle;

	private final boolean date1904;

	private final RowAssembler rows;

	private final StringBuilder text = new StringBuilder(64);

	private boolean inSheetData;

	private boolean inInlineString;

	private boolean inPhonetic;

	private boolean capturing;

	private int row = -1;

	private int column;

	private String type;

	private int style;

	private boolean hasValue;

	SheetXmlHandler(SharedStrings sharedStrings, IntPredicate dateStyle, boolean date1904, RowAssembler rows) {
		this.sharedStrings = sharedStrings;
		this.dateStyle = dateStyle;
		this.date1904 = date1904;
		this.rows = rows;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (!this.inSheetData) {
			this.inSheetData = "sheetData".equals(localName);
			return;
		}
		switch (localName) {
			case "row" -> {
				String r = attributes.getValue("r");
				this.row = (r != null) ? Integer.parseInt(r) - 1 : this.row + 1;
				this.column = -1;
				this.rows.startRow(this.row);
			}
			case "c" -> {
				String r = attributes.getValue("r");
				this.column = (r != null) ? columnIndex(r) : this.column + 1;
				String t = attributes.getValue("t");
				this.type = (t != null) ? t : "n";
				String s = attributes.getValue("s");
				this.style = (s != null) ? Integer.parseInt(s) : 0;
				this.hasValue = false;
				this.text.setLength(0);
			}
			case "v" -> {
				this.capturing = true;
				this.hasValue = true;
			}
			case "is" -> {
				this.inInlineString = true;
				this.hasValue = true;
			}
			case "rPh" -> this.inPhonetic = true;
			case "t" -> this.capturing = this.inInlineString && !this.inPhonetic;
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) throws SAXException {
		if (!this.inSheetData) {
			return;
		}
		switch (localName) {
			case "sheetData" -> this.inSheetData = false;
			case "v", "t" -> this.capturing = false;
			case "rPh" -> this.inPhonetic = false;
			case "is" -> this.inInlineString = false;
			case "c" -> this.rows.cell(this.column, value());
			case "row" -> this.rows.endRow();
			default -> {
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.capturing) {
			this.rows.checkCellLength(this.column, this.text.length() + length);
			this.text.append(ch, start, length);
		}
	}

	private String value() throws SAXException {
		if (!this.hasValue) {
			// A formula cell without a cached <v> has never been calculated: it is empty, not zero.
			return null;
		}
		String stored = this.text.toString();
		try {
			return switch (this.type) {
				case "s" -> this.sharedStrings.getItemAt(Integer.parseInt(stored.trim())).getString();
				case "inlineStr", "str" -> stored;
				case "b" -> CellText.bool("1".equals(stored.trim()) || "true".equalsIgnoreCase(stored.trim()));
				case "e" -> null;
				// ISO 8601 date cells (t="d", strict OOXML) keep their date part.
				case "d" -> (stored.length() >= 10) ? stored.substring(0, 10) : stored;
				default -> number(stored);
			};
		}
		catch (RuntimeException ex) {
			throw new SAXException("cell " + new CellReference(this.row, this.column).formatAsString()
					+ " holds a value that is not valid for its type (" + this.type + "): " + abbreviate(stored), ex);
		}
	}

	private String number(String stored) {
		if (stored.isBlank()) {
			return null;
		}
		if (this.dateStyle.test(this.style)) {
			return CellText.numeric(Double.parseDouble(stored), true, this.date1904);
		}
		return CellText.number(stored);
	}

	/** The 0-based column of a reference such as {@code AB12}, without allocating. */
	private static int columnIndex(String reference) {
		int column = 0;
		for (int i = 0; i < reference.length(); i++) {
			char c = reference.charAt(i);
			if (c < 'A' || c > 'Z') {
				break;
			}
			column = column * 26 + (c - 'A' + 1);
		}
		return column - 1;
	}

	private static String abbreviate(String stored) {
		return (stored.length() <= 40) ? "'" + stored + "'" : "'" + stored.substring(0, 40) + "…'";
	}

}
