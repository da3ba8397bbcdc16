package org.roadmapetl.submission;

import java.util.TreeMap;

/**
 * Hands a worksheet's cells on in row and column order. An ordered sheet's records pass
 * straight through, a new row ending the one before; a sheet whose records are not in
 * order (never so in a file Excel wrote) is sorted here as {@code HSSFWorkbook} sorts it,
 * the last record of a cell winning, and handed on at its end.
 */
final class XlsRowOrder {

	private final RowAssembler rows;

	private int row = -1;

	/** The cells of an unordered sheet, by row and column; null for an ordered sheet. */
	private TreeMap<Integer, TreeMap<Integer, String[]>> unordered;

	XlsRowOrder(RowAssembler rows) {
		this.rows = rows;
	}

	void startSheet(boolean ordered) {
		this.unordered = ordered ? null : new TreeMap<>();
		this.row = -1;
	}

	void put(int rowIndex, int column, String text, String submitted) {
		if (this.unordered != null) {
			this.rows.examined(1);
			this.unordered.computeIfAbsent(rowIndex, (key) -> new TreeMap<>())
				.put(column, new String[] { text, submitted });
			return;
		}
		moveTo(rowIndex);
		this.rows.cell(column, text, submitted);
	}

	/**
	 * A blank record: in an unordered sheet it empties what an earlier record put in its
	 * cell.
	 */
	void blank(int rowIndex, int column) {
		if (this.unordered != null) {
			put(rowIndex, column, null, null);
		}
		else {
			this.rows.examined(1);
		}
	}

	void endSheet() {
		if (this.unordered != null) {
			this.unordered.forEach((rowIndex, cells) -> {
				moveTo(rowIndex);
				cells.forEach((column, value) -> this.rows.cell(column, value[0], value[1]));
			});
			this.unordered = null;
		}
		if (this.row >= 0) {
			this.rows.endRow();
		}
		this.row = -1;
	}

	private void moveTo(int nextRow) {
		if (nextRow == this.row) {
			return;
		}
		if (this.row >= 0) {
			this.rows.endRow();
		}
		this.row = nextRow;
		this.rows.startRow(nextRow);
	}

}
