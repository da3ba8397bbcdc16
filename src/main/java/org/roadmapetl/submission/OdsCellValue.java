package org.roadmapetl.submission;

import org.xml.sax.Attributes;

/**
 * The value of one {@code table:table-cell} of an OpenDocument sheet, as text: numbers
 * (float, percentage, currency) by their {@code office:value}, not as displayed; dates by
 * their ISO date; booleans upper case; everything else by its {@code text:p} lines.
 */
final class OdsCellValue {

	private final RevisedText text = new RevisedText();

	private String type;

	private String value;

	private int repeat;

	private int columnSpan;

	/**
	 * A cell's text, struck-through text left out, and as submitted, at a 0-based column.
	 */
	record Value(String text, String submitted, int column, int columnSpan) {

		Value at(int column) {
			return new Value(this.text, this.submitted, column, this.columnSpan);
		}

	}

	void start(Attributes attributes, int repeat) {
		this.text.clear();
		this.repeat = repeat;
		this.columnSpan = Math.min(OdsContentHandler.MAX_COLUMNS,
				OdsContentHandler.repeat(attributes, "number-columns-spanned", OdsContentHandler.TABLE_NS));
		this.type = attributes.getValue(OdsContentHandler.OFFICE_NS, "value-type");
		this.value = switch ((this.type != null) ? this.type : "") {
			case "float", "percentage", "currency" -> attributes.getValue(OdsContentHandler.OFFICE_NS, "value");
			case "date" -> attributes.getValue(OdsContentHandler.OFFICE_NS, "date-value");
			case "boolean" -> attributes.getValue(OdsContentHandler.OFFICE_NS, "boolean-value");
			default -> null;
		};
	}

	void text(CharSequence run, boolean struck) {
		this.text.append(run, struck);
	}

	void text(char c, boolean struck) {
		this.text.append(c, struck);
	}

	int length() {
		return this.text.length();
	}

	int repeat() {
		return this.repeat;
	}

	/**
	 * @param cellStruck whether the cell's own style strikes its text through
	 * @return the cell's value, or null when it holds nothing
	 */
	Value end(boolean cellStruck) {
		String typed = typedValue();
		if (typed != null) {
			return cellStruck ? new Value("", RevisedText.struck(typed), 0, this.columnSpan)
					: new Value(typed, typed, 0, this.columnSpan);
		}
		if (this.text.isEmpty()) {
			return null;
		}
		return new Value(this.text.value(), this.text.submitted(), 0, this.columnSpan);
	}

	private String typedValue() {
		if (this.value == null || this.value.isBlank()) {
			return null;
		}
		try {
			return switch (this.type) {
				case "float", "percentage", "currency" -> CellText.number(this.value);
				// YYYY-MM-DD or YYYY-MM-DDThh:mm:ss: the date part, as for the workbook
				// formats
				case "date" -> (this.value.length() >= 10) ? this.value.substring(0, 10) : this.value;
				case "boolean" -> CellText.bool("true".equals(this.value.trim()));
				default -> null;
			};
		}
		catch (NumberFormatException ex) {
			return null; // a malformed office:value: the displayed text stands
		}
	}

}
