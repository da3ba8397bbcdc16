package org.roadmapetl.submission;

import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the {@code sheetData} of one worksheet's XML as SAX events and passes each cell's
 * text on, a row at a time, holding nothing but the current cell.
 * <p>
 * POI's {@code XSSFSheetXMLHandler} would do most of this, but it lets the phonetic runs
 * ({@code <rPh>}, furigana) of inline strings leak into the text and hands out values
 * already formatted ({@code #,##0} gives {@code 4,202}), which would have to be parsed
 * back. Reading the few elements of {@code sheetData} directly is shorter than working
 * around both.
 */
final class SheetXmlHandler extends DefaultHandler {

	private final SharedStringRuns sharedStrings;

	private final CellStyles styles;

	private final boolean date1904;

	private final RowAssembler rows;

	private final StringBuilder text = new StringBuilder(64);

	private final RevisedText inline = new RevisedText();

	private final XlsxRuns runs = new XlsxRuns();

	private boolean inSheetData;

	private boolean inInlineString;

	private boolean capturing;

	/**
	 * The submitted text of the cell just read, struck parts marked; set by
	 * {@link #value()}.
	 */
	private String submitted;

	private int row = -1;

	private int column;

	private String type;

	private int style;

	private boolean hasValue;

	SheetXmlHandler(SharedStringRuns sharedStrings, CellStyles styles, boolean date1904, RowAssembler rows) {
		this.sharedStrings = sharedStrings;
		this.styles = styles;
		this.date1904 = date1904;
		this.rows = rows;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
		if (!this.inSheetData) {
			this.inSheetData = "sheetData".equals(localName);
			return;
		}
		try {
			startSheetDataElement(localName, attributes);
		}
		catch (NumberFormatException ex) {
			throw new SAXException("a <" + localName + "> element has an attribute that is not a number (after row "
					+ (this.row + 1) + ")");
		}
	}

	private void startSheetDataElement(String localName, Attributes attributes) {
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
				// s="" is written by some tools and read by POI as the default style
				this.style = (s != null && !s.isEmpty()) ? Integer.parseInt(s) : 0;
				this.hasValue = false;
				this.text.setLength(0);
				this.inline.clear();
			}
			case "v" -> {
				this.capturing = true;
				this.hasValue = true;
			}
			case "is" -> {
				this.inInlineString = true;
				this.hasValue = true;
				this.runs.reset(this.styles.isStruck(this.style));
			}
			default -> {
				if (this.inInlineString) {
					this.runs.start(localName, attributes);
				}
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
			case "v" -> this.capturing = false;
			case "is" -> this.inInlineString = false;
			case "c" -> {
				String value = value();
				this.rows.cell(this.column, value, this.submitted);
			}
			case "row" -> this.rows.endRow();
			default -> {
				if (this.inInlineString) {
					this.runs.end(localName);
				}
			}
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.capturing) {
			this.rows.checkCellLength(this.column, this.text.length() + length);
			this.text.append(ch, start, length);
		}
		else if (this.inInlineString && this.runs.capturing()) {
			this.inline.append(new String(ch, start, length), this.runs.struck());
		}
	}

	/**
	 * The cell's value, struck-through text left out; {@link #submitted} gets the text as
	 * submitted.
	 */
	private String value() throws SAXException {
		this.submitted = null;
		if (!this.hasValue) {
			// A formula cell without a cached <v> has never been calculated: it is empty,
			// not zero.
			return null;
		}
		String stored = this.text.toString();
		try {
			if ("s".equals(this.type)) {
				if (stored.isBlank()) {
					return null; // <c t="s"><v/></c>: no index, an empty cell as POI
									// reads it
				}
				int index = Integer.parseInt(stored.trim());
				return revised(this.sharedStrings.value(index), this.sharedStrings.submitted(index));
			}
			if ("inlineStr".equals(this.type)) {
				// a <v> beside the <is> (POI writes one when a program changes an inline
				// string) reads first, as before
				return revised(stored + this.inline.value(), stored + this.inline.submitted());
			}
			String value = switch (this.type) {
				case "str" -> stored;
				case "b" -> CellText.bool("1".equals(stored.trim()) || "true".equalsIgnoreCase(stored.trim()));
				case "e" -> null;
				// ISO 8601 date cells (t="d", strict OOXML) keep their date part.
				case "d" -> (stored.length() >= 10) ? stored.substring(0, 10) : stored;
				default -> number(stored);
			};
			return revised(value, value);
		}
		catch (RuntimeException ex) {
			throw new SAXException("cell " + new CellReference(this.row, this.column).formatAsString()
					+ " holds a value that is not valid for its type (" + this.type + "): " + abbreviate(stored));
		}
	}

	/**
	 * A cell whose font is struck through is deleted whole; otherwise the value as its
	 * runs left it. A shared string's own struck runs are already out of {@code value}.
	 */
	private String revised(String value, String marked) {
		if (value == null) {
			return null;
		}
		if (this.styles.isStruck(this.style) && !"inlineStr".equals(this.type)) {
			this.submitted = RevisedText.struck(marked.replace(RevisedText.MARK, ""));
			return "";
		}
		this.submitted = marked;
		return value;
	}

	private String number(String stored) {
		if (stored.isBlank()) {
			return null;
		}
		if (this.styles.isDate(this.style)) {
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
