package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * The merged ranges of one sheet, answering whether a cell is hidden by a merge (inside
 * one but not its top-left cell). Rows are asked in ascending order, so only the ranges
 * around the current row are scanned.
 */
final class MergedAreas {

	static final MergedAreas NONE = new MergedAreas(List.of());

	private final List<CellRangeAddress> byFirstRow;

	private final List<CellRangeAddress> active = new ArrayList<>();

	private int next;

	private int currentRow = -1;

	MergedAreas(List<CellRangeAddress> ranges) {
		this.byFirstRow = new ArrayList<>(ranges);
		this.byFirstRow.sort(Comparator.comparingInt(CellRangeAddress::getFirstRow));
	}

	boolean isEmpty() {
		return this.byFirstRow.isEmpty();
	}

	/**
	 * @param row 0-based row
	 * @param column 0-based column
	 * @return true when the cell lies in a merged range and is not its top-left cell
	 */
	boolean hides(int row, int column) {
		return columnsShown(row, column) == 0;
	}

	/**
	 * One look at the merges for a cell, as the reader asks for every cell.
	 * @param row 0-based row
	 * @param column 0-based column
	 * @return 0 when a merge hides the cell; the columns a merge covers when the cell is
	 * its top-left; else 1
	 */
	int columnsShown(int row, int column) {
		if (this.byFirstRow.isEmpty()) {
			return 1;
		}
		moveTo(row);
		for (CellRangeAddress range : this.active) {
			if (range.isInRange(row, column)) {
				return (row != range.getFirstRow() || column != range.getFirstColumn()) ? 0
						: range.getLastColumn() - range.getFirstColumn() + 1;
			}
		}
		return 1;
	}

	private void moveTo(int row) {
		if (row == this.currentRow) {
			return;
		}
		if (row < this.currentRow) {
			// Rows out of order (allowed in .xlsx, never written by Excel): start the
			// sweep again.
			this.active.clear();
			this.next = 0;
		}
		this.currentRow = row;
		while (this.next < this.byFirstRow.size() && this.byFirstRow.get(this.next).getFirstRow() <= row) {
			this.active.add(this.byFirstRow.get(this.next++));
		}
		this.active.removeIf((range) -> range.getLastRow() < row);
	}

}
