package org.roadmapetl.form;

import java.util.List;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.submission.Cell;

/**
 * Where, in one row, another project block starts beside the one being read: a header
 * label named again to the right of the first, or read already by the block on the left,
 * or a second 取組 header with year cells of its own.
 */
final class BesideBlocks {

	/**
	 * The characters a label cell holds at most, spaces and line breaks in it included
	 * (事業費 (千円)).
	 */
	private static final int LONGEST_LABEL = 24;

	/** Year cells a 取組 header beside another one has, for it to open a lane. */
	private static final int MIN_YEARS_OF_A_TABLE = 3;

	private BesideBlocks() {
	}

	/** The column where a block beside starts in this part of a row, or -1. */
	static int column(List<Cell> part, BlockBuilder block) {
		if (BlockLane.tableHeaderIndex(part) >= 0) {
			return secondTableColumn(part);
		}
		HeaderLabel first = wholeLabel(part.get(0));
		for (int i = 1; i < part.size(); i++) {
			Cell cell = part.get(i);
			HeaderLabel label = wholeLabel(cell);
			if (label == null || labelsFrom(part, i) < 2) {
				continue;
			}
			boolean again = label == first;
			boolean readBefore = block != null && !block.hasTable() && cell.column() > block.rightmostColumn()
					&& block.header().values().containsKey(label);
			if (again || readBefore) {
				return cell.column();
			}
		}
		return -1;
	}

	/**
	 * A second 取組 label with at least three year cells after it, as many before it, or
	 * -1.
	 */
	private static int secondTableColumn(List<Cell> part) {
		int first = BlockLane.tableHeaderIndex(part);
		for (int i = first + 1; i < part.size(); i++) {
			if (BlockLane.isTableLabel(part.get(i))
					&& BlockBuilder.yearCellCount(part.subList(first + 1, i)) >= MIN_YEARS_OF_A_TABLE
					&& BlockBuilder.yearCellCount(part.subList(i + 1, part.size())) >= MIN_YEARS_OF_A_TABLE) {
				return part.get(i).column();
			}
		}
		return -1;
	}

	private static int labelsFrom(List<Cell> part, int from) {
		int labels = 0;
		for (int i = from; i < part.size(); i++) {
			if (wholeLabel(part.get(i)) != null) {
				labels++;
			}
		}
		return labels;
	}

	/**
	 * The label a cell holds as its whole text, or null: a label inside a longer text
	 * opens no block.
	 */
	static HeaderLabel wholeLabel(Cell cell) {
		if (cell.text().length() > LONGEST_LABEL) {
			return null; // most cells: plans, names, overviews; no need to fold their
							// text
		}
		return HeaderLabel.byKey(CanonicalText.matchKey(CanonicalText.of(cell.text())));
	}

}
