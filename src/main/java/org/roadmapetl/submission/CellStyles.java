package org.roadmapetl.submission;

/**
 * What a workbook's cell formats ({@code cellXfs}, by the index in a cell's {@code s}
 * attribute) say about their cells: whether the number format shows a date, and whether
 * the font strikes the text through.
 */
final class CellStyles {

	static final CellStyles NONE = new CellStyles(new boolean[0], new boolean[0]);

	private final boolean[] date;

	private final boolean[] struck;

	CellStyles(boolean[] date, boolean[] struck) {
		this.date = date;
		this.struck = struck;
	}

	boolean isDate(int style) {
		return style >= 0 && style < this.date.length && this.date[style];
	}

	boolean isStruck(int style) {
		return style >= 0 && style < this.struck.length && this.struck[style];
	}

}
