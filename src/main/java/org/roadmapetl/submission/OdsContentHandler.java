package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads {@code content.xml} of an OpenDocument spreadsheet as SAX events into rows of
 * cells, holding nothing but the current row. Repeated empty rows and cells only move the
 * position (LibreOffice ends every sheet with a million repeated empty rows); a repeated
 * row or cell with content is handed on once per repeat, within the read limits. Covered
 * cells (hidden by a merge) are skipped, so a merge's value arrives at its top-left.
 */
final class OdsContentHandler extends DefaultHandler {

	static final String TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";

	static final String TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

	static final String OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";

	static final String DRAW_NS = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";

	/**
	 * The widest sheet LibreOffice and Excel allow; a repeated cell with content is not
	 * copied past it.
	 */
	static final int MAX_COLUMNS = 16_384;

	private final OdsStyles styles;

	private final RowAssembler rows;

	private final ReadLimits limits;

	private final String file;

	private final OdsCellValue cell = new OdsCellValue();

	private final OdsCellText cellText;

	private final List<OdsCellValue.Value> rowCells = new ArrayList<>();

	private boolean inBody;

	private boolean inTable;

	private String sheet;

	private long row;

	private int rowRepeat;

	private int column;

	private long rowsHandedOn;

	private boolean inCell;

	/**
	 * Depth inside an element whose text is no part of the cell: an annotation, a
	 * drawing, furigana.
	 */
	private int ignoredDepth;

	OdsContentHandler(OdsStyles styles, RowAssembler rows, ReadLimits limits, String file) {
		this.styles = styles;
		this.rows = rows;
		this.limits = limits;
		this.file = file;
		this.cellText = new OdsCellText(styles, this.cell, limits.cellLength());
	}

	/** The sheet being read, for error messages; null between sheets. */
	String sheet() {
		return this.sheet;
	}

	@Override
	public void startElement(String uri, String localName, String qName, Attributes attributes) {
		if (!this.inBody) {
			this.styles.startElement(uri, localName, attributes);
			this.inBody = OFFICE_NS.equals(uri) && "body".equals(localName);
			return;
		}
		if (this.ignoredDepth > 0) {
			this.ignoredDepth++;
			return;
		}
		if (TABLE_NS.equals(uri)) {
			startTableElement(localName, attributes);
		}
		else if (this.inCell) {
			if (this.cellText.startElement(uri, localName, attributes)) {
				this.ignoredDepth = 1;
			}
			checkCellLength();
		}
	}

	private void startTableElement(String localName, Attributes attributes) {
		switch (localName) {
			case "table" -> {
				if (this.inTable) {
					this.ignoredDepth = 1; // a table inside a cell or shape is no part of
											// the form
					return;
				}
				this.inTable = true;
				this.sheet = attributes.getValue(TABLE_NS, "name");
				this.row = 0;
				this.rows.startSheet(this.sheet, MergedAreas.NONE,
						this.styles.hidesTable(attributes.getValue(TABLE_NS, "style-name")));
			}
			case "table-row" -> {
				this.rowRepeat = repeat(attributes, "number-rows-repeated");
				this.column = 0;
				this.rowCells.clear();
			}
			case "table-cell" -> {
				this.inCell = true;
				this.cell.start(attributes, repeat(attributes, "number-columns-repeated"));
				this.cellText.startCell(attributes);
			}
			case "covered-table-cell" -> {
				this.column = (int) Math.min(MAX_COLUMNS,
						(long) this.column + repeat(attributes, "number-columns-repeated"));
				this.ignoredDepth = 1;
			}
			default -> {
			}
		}
	}

	@Override
	public void endElement(String uri, String localName, String qName) {
		if (!this.inBody) {
			this.styles.endElement(uri, localName);
			return;
		}
		if (this.ignoredDepth > 0) {
			this.ignoredDepth--;
			return;
		}
		if (TABLE_NS.equals(uri)) {
			switch (localName) {
				case "table-cell" -> endCell();
				case "table-row" -> endRow();
				case "table" -> {
					this.rows.endSheet();
					this.inTable = false;
					this.sheet = null;
				}
				default -> {
				}
			}
		}
		else if (this.inCell) {
			this.cellText.endElement(uri, localName);
		}
	}

	@Override
	public void characters(char[] ch, int start, int length) {
		if (this.inCell && this.ignoredDepth == 0) {
			this.cellText.characters(ch, start, length);
			checkCellLength();
		}
	}

	private void endCell() {
		this.inCell = false;
		OdsCellValue.Value value = this.cell.end(this.cellText.cellStruck());
		int repeat = this.cell.repeat();
		if (value != null) {
			for (int i = 0; i < repeat && this.column + i < MAX_COLUMNS; i++) {
				this.rowCells.add(value.at(this.column + i));
			}
		}
		else {
			this.rows.examined(1); // a run of empty cells, however long, is one step
		}
		this.column = (int) Math.min(MAX_COLUMNS, (long) this.column + repeat);
	}

	private void endRow() {
		if (this.rowCells.isEmpty()) {
			this.row += this.rowRepeat; // empty rows, however many, are only counted
			return;
		}
		for (int r = 0; r < this.rowRepeat; r++) {
			if (++this.rowsHandedOn > this.limits.rows() || this.row >= Integer.MAX_VALUE) {
				throw new UnreadableSubmissionException.OverLimit(this.file,
						Reason.overLimit("シート「" + this.sheet + "」の内容のある行数",
								"the rows with content of sheet '" + this.sheet + "' are", this.limits.rows(),
								"roadmap.limits.rows"),
						null);
			}
			this.rows.startRow((int) this.row);
			for (OdsCellValue.Value value : this.rowCells) {
				this.rows.cell(value.column(), value.text(), value.submitted(), value.columnSpan());
			}
			this.rows.endRow();
			this.row++;
		}
		this.rowCells.clear();
	}

	private void checkCellLength() {
		if (this.cell.length() > this.limits.cellLength()) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.cellTooLong("1 つのセルの文字数", "the characters of one cell are", this.limits.cellLength()),
					CellRef.inSheet(this.file, this.sheet, (int) Math.min(Integer.MAX_VALUE, this.row + 1),
							this.column + 1));
		}
	}

	private static int repeat(Attributes attributes, String name) {
		return repeat(attributes, name, TABLE_NS);
	}

	static int repeat(Attributes attributes, String name, String namespace) {
		String value = attributes.getValue(namespace, name);
		if (value == null) {
			return 1;
		}
		try {
			return Math.max(1, Integer.parseInt(value.trim()));
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
