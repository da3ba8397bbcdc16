package org.roadmapetl.submission;

/**
 * Where a value came from: a file and, in a workbook, a sheet; a 1-based row and column.
 * In a text export the row is the line number and the column the tab-separated field
 * number.
 */
public record CellRef(String file, String sheet, int row, int column) {

	public static CellRef inText(String file, int line, int field) {
		return new CellRef(file, null, line, field);
	}

	public static CellRef inSheet(String file, String sheet, int row, int column) {
		return new CellRef(file, sheet, row, column);
	}

	public boolean inWorkbook() {
		return this.sheet != null;
	}

	/**
	 * The location inside the file as a person would look it up: {@code 'Sheet'!D12} or
	 * {@code line 12, column 4}.
	 */
	public String location() {
		if (inWorkbook()) {
			// built in one buffer: every stored cell has its location written, and a
			// workbook has thousands
			StringBuilder location = new StringBuilder(this.sheet.length() + 14).append('\'');
			for (int i = 0; i < this.sheet.length(); i++) {
				char c = this.sheet.charAt(i);
				location.append(c);
				if (c == '\'') {
					location.append(c);
				}
			}
			location.append("'!");
			appendColumnLetters(location, this.column);
			return location.append(this.row).toString();
		}
		return "line " + this.row + ", column " + this.column;
	}

	/** The same place in Japanese: {@code シート「Sheet」のセル D12} or {@code 12行目 4列目}. */
	public String japaneseLocation() {
		if (inWorkbook()) {
			return appendColumnLetters(new StringBuilder("シート「").append(this.sheet).append("」のセル "), this.column)
				.append(this.row)
				.toString();
		}
		return this.row + "行目 " + this.column + "列目";
	}

	@Override
	public String toString() {
		return this.file + " " + location();
	}

	static String columnLetters(int column) {
		return appendColumnLetters(new StringBuilder(3), column).toString();
	}

	private static StringBuilder appendColumnLetters(StringBuilder to, int column) {
		int start = to.length();
		for (int c = column; c > 0; c = (c - 1) / 26) {
			to.insert(start, (char) ('A' + (c - 1) % 26));
		}
		return to;
	}

}
