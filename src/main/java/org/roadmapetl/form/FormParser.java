package org.roadmapetl.form;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.RowSink;
import org.roadmapetl.submission.SheetRow;

/**
 * Finds project blocks in the rows of a submission by their labels, wherever they sit:
 * one block per sheet, several stacked down one sheet or standing side by side, title and
 * blank rows between them, any start row and column. Blocks side by side are told apart
 * by their labels: where a header row names a label again to the right of its first
 * label, another block starts in that column, and from then on each {@link BlockLane}
 * reads its own columns. Each finished block is handed on at once, so a file is never
 * held whole.
 */
public final class FormParser implements RowSink {

	/**
	 * A sheet that shows how to fill in the form (the template's made-up example) is not
	 * a submission.
	 */
	private static final List<String> EXAMPLE_SHEET_WORDS = List.of("記入例", "記載例", "入力例", "作成例", "見本", "サンプル");

	private final Consumer<SubmittedProject> projects;

	private final List<BlockLane> lanes = new ArrayList<>();

	private final List<SkippedSheet> skippedSheets = new ArrayList<>();

	private boolean yearCellsPositional;

	private boolean skippingSheet;

	public FormParser(Consumer<SubmittedProject> projects) {
		this.projects = projects;
		this.lanes.add(new BlockLane(Integer.MIN_VALUE, projects));
	}

	@Override
	public void startSheet(String sheetName, boolean yearCellsPositional) {
		finishBlocks();
		this.yearCellsPositional = yearCellsPositional;
		this.skippingSheet = sheetName != null && EXAMPLE_SHEET_WORDS.stream().anyMatch(sheetName::contains);
		if (this.skippingSheet) {
			this.skippedSheets.add(new SkippedSheet(sheetName, SkippedSheet.Why.EXAMPLE));
		}
	}

	@Override
	public void hiddenSheet(String sheetName) {
		finishBlocks();
		this.skippedSheets.add(new SkippedSheet(sheetName, SkippedSheet.Why.HIDDEN));
	}

	/**
	 * The sheets not loaded, in the order met: the template's example and hidden sheets.
	 */
	public List<SkippedSheet> skippedSheets() {
		return List.copyOf(this.skippedSheets);
	}

	@Override
	public void row(SheetRow row) {
		if (row.isBlank() || this.skippingSheet) {
			return;
		}
		List<Cell> cells = row.cells();
		closeLanesUnder(cells);
		openLanesBeside(cells);
		for (int lane = 0; lane < this.lanes.size(); lane++) {
			List<Cell> part = inLane(cells, lane);
			if (!part.isEmpty() && !this.lanes.get(lane).row(part, this.yearCellsPositional)) {
				unplaced(part, lane);
			}
		}
	}

	@Override
	public void endSheet() {
		finishBlocks();
	}

	/**
	 * A header row that starts a block in the first lane while nothing in the other lanes
	 * starts or continues one: the blocks beside are done, and the new block may use the
	 * sheet's whole width.
	 */
	private void closeLanesUnder(List<Cell> cells) {
		if (this.lanes.size() == 1) {
			return;
		}
		List<Cell> first = inLane(cells, 0);
		if (first.isEmpty() || BesideBlocks.wholeLabel(first.get(0)) == null
				|| !this.lanes.get(0).startsBlock(CellTokens.of(first))) {
			return;
		}
		for (int lane = 1; lane < this.lanes.size(); lane++) {
			List<Cell> part = inLane(cells, lane);
			BlockBuilder beside = this.lanes.get(lane).block();
			boolean unfinished = beside != null && !beside.hasTable();
			if (!part.isEmpty() && (unfinished || BesideBlocks.wholeLabel(part.get(0)) != null
					|| BlockLane.planOrActualIndex(part) >= 0 || BlockLane.tableHeaderIndex(part) >= 0)) {
				return;
			}
		}
		finishBlocks();
	}

	/**
	 * Opens a lane where another block starts beside the one of a lane: in a header row,
	 * where the part's first label stands again as a cell of its own followed by another
	 * label (分野 … | 分野 … 項目 …), or where a label the lane's block has read stands so,
	 * right of everything the block has used (a block beside starting a few rows lower);
	 * in a 取組 row, where a second 取組 label has year cells of its own. A lane that would
	 * open in the gap before the next lane moves that lane's edge instead, while the next
	 * lane holds no unfinished block.
	 */
	private void openLanesBeside(List<Cell> cells) {
		for (int lane = 0; lane < this.lanes.size(); lane++) {
			List<Cell> part = inLane(cells, lane);
			int beside = (part.size() < 3 || BlockLane.planOrActualIndex(part) >= 0) ? -1
					: BesideBlocks.column(part, this.lanes.get(lane).block());
			if (beside < 0) {
				continue;
			}
			BlockLane next = (lane + 1 < this.lanes.size()) ? this.lanes.get(lane + 1) : null;
			if (next != null && (next.block() == null || next.block().hasTable())) {
				next.finishBlock();
				this.lanes.set(lane + 1, new BlockLane(beside, this.projects));
			}
			else {
				this.lanes.add(lane + 1, new BlockLane(beside, this.projects));
			}
		}
	}

	private List<Cell> inLane(List<Cell> cells, int lane) {
		if (this.lanes.size() == 1) {
			return cells;
		}
		int from = this.lanes.get(lane).fromColumn();
		int to = (lane + 1 < this.lanes.size()) ? this.lanes.get(lane + 1).fromColumn() : Integer.MAX_VALUE;
		List<Cell> part = new ArrayList<>();
		for (Cell cell : cells) {
			if (cell.column() >= from && cell.column() < to) {
				part.add(cell);
			}
		}
		return part;
	}

	/**
	 * A 計画/実績 row in columns where no block stands, on a sheet whose blocks stand side by
	 * side: which block it belongs to cannot be told, so it is reported to the nearest
	 * block, never added to one.
	 */
	private void unplaced(List<Cell> part, int lane) {
		BlockBuilder nearest = null;
		for (int distance = 1; nearest == null && distance < this.lanes.size(); distance++) {
			for (int other : new int[] { lane - distance, lane + distance }) {
				if (nearest == null && other >= 0 && other < this.lanes.size()) {
					nearest = this.lanes.get(other).block();
				}
			}
		}
		if (nearest != null) {
			Cell label = part.get(Math.max(0, BlockLane.planOrActualIndex(part)));
			nearest.addProblem(new FormProblem(label.ref(), label.submitted(), "この" + label.text().strip()
					+ "の行がどの事業のブロックのものか判断できません (隣り合うブロックの列の外にあります)。" + "行の位置を事業のブロックの列にそろえてください"));
		}
	}

	private void finishBlocks() {
		for (BlockLane lane : this.lanes) {
			lane.finishBlock();
		}
		this.lanes.subList(1, this.lanes.size()).clear();
	}

}
