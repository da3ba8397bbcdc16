package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Collects the cells of one workbook row and hands the row to the sink when it holds any
 * text. Blank cells and cells hidden by a merge are dropped here, so both workbook
 * readers agree on them. Failures of the sink are passed on as {@link SinkFailure}, never
 * mistaken for an unreadable file.
 */
final class RowAssembler {

	private final String file;

	private final RowSink sink;

	private final ReadLimits limits;

	private final CellBudget budget;

	private long rowsRead;

	private String sheet;

	private MergedAreas merged = MergedAreas.NONE;

	/** In a hidden sheet: its cells are examined (and charged) but not handed on. */
	private boolean hidden;

	private int row;

	private List<Cell> cells = new ArrayList<>();

	RowAssembler(String file, RowSink sink, ReadLimits limits) {
		this.file = file;
		this.sink = sink;
		this.limits = limits;
		this.budget = new CellBudget(file, limits);
	}

	/**
	 * Refuses a cell longer than the limit, as soon as its text grows past it (also while
	 * a parser collects it).
	 */
	void checkCellLength(int columnIndex, int length) {
		if (length > this.limits.cellLength()) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.cellTooLong("1 つのセルの文字数", "the characters of one cell are", this.limits.cellLength()),
					CellRef.inSheet(this.file, this.sheet, this.row + 1, columnIndex + 1));
		}
	}

	void startSheet(String sheetName, MergedAreas mergedAreas) {
		startSheet(sheetName, mergedAreas, false);
	}

	void startSheet(String sheetName, MergedAreas mergedAreas, boolean hiddenSheet) {
		this.sheet = sheetName;
		this.merged = mergedAreas;
		this.hidden = hiddenSheet;
		this.budget.startSheet(sheetName);
		deliver(hiddenSheet ? () -> this.sink.hiddenSheet(sheetName) : () -> this.sink.startSheet(sheetName, false));
	}

	/**
	 * @param rowIndex 0-based
	 */
	void startRow(int rowIndex) {
		if (++this.rowsRead > this.limits.rows()) {
			throw new UnreadableSubmissionException.OverLimit(this.file,
					Reason.overLimit("行数", "the rows are", this.limits.rows(), "roadmap.limits.rows"), null);
		}
		this.budget.row();
		this.row = rowIndex;
		this.cells = new ArrayList<>();
	}

	/**
	 * Charges cells the reader examined without handing them on (blank records, a run of
	 * empty cells).
	 */
	void examined(long cellCount) {
		this.budget.cells(cellCount);
	}

	/**
	 * @param columnIndex 0-based
	 */
	void cell(int columnIndex, String text) {
		cell(columnIndex, text, text);
	}

	/**
	 * @param columnIndex 0-based
	 * @param text the value, struck-through text left out; a cell whose only text was
	 * struck is blank here
	 * @param submitted the text with its struck parts marked
	 */
	void cell(int columnIndex, String text, String submitted) {
		cell(columnIndex, text, submitted, 0);
	}

	/**
	 * @param columnSpan the columns a merged cell covers as its reader knows it, or 0 to
	 * ask the sheet's merges
	 */
	void cell(int columnIndex, String text, String submitted, int columnSpan) {
		this.budget.cells(1);
		if (this.hidden || text == null || CellText.isBlank(text)) {
			return;
		}
		int shown = this.merged.columnsShown(this.row, columnIndex);
		if (shown == 0) {
			return;
		}
		checkCellLength(columnIndex, text.length());
		int span = (columnSpan > 0) ? columnSpan : shown;
		this.cells.add(new Cell(text, CellRef.inSheet(this.file, this.sheet, this.row + 1, columnIndex + 1),
				(submitted != null) ? submitted : text, span));
	}

	void endRow() {
		if (!this.cells.isEmpty()) {
			// Excel writes cells in column order; the sort costs nothing then and repairs
			// files that do not.
			this.cells.sort(Comparator.comparingInt(Cell::column));
			SheetRow complete = new SheetRow(this.row + 1, List.copyOf(this.cells));
			deliver(() -> this.sink.row(complete));
		}
		this.cells = new ArrayList<>();
	}

	void endSheet() {
		if (!this.hidden) {
			deliver(this.sink::endSheet);
		}
		this.hidden = false;
	}

	private static void deliver(Runnable call) {
		try {
			call.run();
		}
		catch (RuntimeException ex) {
			throw new SinkFailure(ex);
		}
	}

	/**
	 * A sink's own failure travelling through a parser; readers unwrap and rethrow the
	 * cause.
	 */
	static final class SinkFailure extends RuntimeException {

		SinkFailure(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

	}

}
