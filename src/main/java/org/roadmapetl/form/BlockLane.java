package org.roadmapetl.form;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.submission.Cell;

/**
 * The columns of a sheet where one column of project blocks stands, from
 * {@code fromColumn} to the next lane: one block after another down the sheet, as a whole
 * sheet is when no block stands beside another. It reads the part of each row inside its
 * columns.
 */
final class BlockLane {

	static final Set<String> TABLE_LABELS = Set.of("取組", "取組内容", "主な取組", "取組項目", "取組名");

	/**
	 * How many year cells make a row the 取組 header even when its label is written some
	 * other way.
	 */
	private static final int MIN_YEAR_CELLS_OF_TABLE_HEADER = 3;

	private final int fromColumn;

	private final Consumer<SubmittedProject> projects;

	private BlockBuilder block;

	BlockLane(int fromColumn, Consumer<SubmittedProject> projects) {
		this.fromColumn = fromColumn;
		this.projects = projects;
	}

	int fromColumn() {
		return this.fromColumn;
	}

	/** The block being read, or null between blocks. */
	BlockBuilder block() {
		return this.block;
	}

	/**
	 * @param cells the row's cells in this lane's columns, at least one
	 * @return false when the row is a 計画/実績 row and no block stands in this lane to take
	 * it
	 */
	boolean row(List<Cell> cells, boolean yearCellsPositional) {
		int labelIndex = planOrActualIndex(cells);
		if (labelIndex >= 0) {
			if (this.block == null) {
				return false;
			}
			this.block.planOrActualRow(cells, labelIndex, yearCellsPositional);
			this.block.extendTo(cells);
			return true;
		}
		int tableIndex = tableHeaderIndex(cells);
		if (tableIndex >= 0) {
			if (this.block != null) {
				this.block.tableHeader(cells, tableIndex);
				this.block.extendTo(cells);
			}
			return true;
		}
		List<CellTokens.Token> tokens = CellTokens.of(cells);
		if (CellTokens.hasLabel(tokens)) {
			headerRow(cells.get(0), tokens);
			this.block.extendTo(cells);
		}
		else if (this.block != null && !this.block.hasTable() && this.block.header().awaitsValuesBelow()) {
			this.block.header().addBelowLabels(cells);
			this.block.extendTo(cells);
		}
		else if (this.block != null && !this.block.hasTable()
				&& BlockBuilder.yearCellCount(cells) >= MIN_YEAR_CELLS_OF_TABLE_HEADER) {
			this.block.tableHeader(cells, -1);
			this.block.extendTo(cells);
		}
		return true;
	}

	/**
	 * Whether a header row of these cells would start a new block here (none is open, or
	 * the open one is done).
	 */
	boolean startsBlock(List<CellTokens.Token> tokens) {
		return this.block == null || this.block.hasTable() || this.block.header().repeatsLabelOf(tokens);
	}

	void finishBlock() {
		if (this.block != null) {
			this.projects.accept(this.block.build());
			this.block = null;
		}
	}

	private void headerRow(Cell first, List<CellTokens.Token> tokens) {
		if (startsBlock(tokens)) {
			finishBlock();
			this.block = new BlockBuilder(first.ref());
		}
		this.block.header().add(tokens);
	}

	static int planOrActualIndex(List<Cell> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (BlockBuilder.rowKind(cells.get(i)) != null) {
				return i;
			}
		}
		return -1;
	}

	static int tableHeaderIndex(List<Cell> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (isTableLabel(cells.get(i))) {
				return i;
			}
		}
		return -1;
	}

	static boolean isTableLabel(Cell cell) {
		// the labels are four characters at most; a longer cell (a plan, a name) needs no
		// folding to tell
		return cell.text().length() <= 12
				&& TABLE_LABELS.contains(CanonicalText.matchKey(CanonicalText.of(cell.text())));
	}

}
