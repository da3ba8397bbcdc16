package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.List;

/** Keeps everything a reader sends, for assertions. */
class RecordingSink implements RowSink {

	final List<String> sheets = new ArrayList<>();

	final List<SheetRow> rows = new ArrayList<>();

	final List<String> events = new ArrayList<>();

	@Override
	public void startSheet(String sheetName, boolean yearCellsPositional) {
		this.sheets.add(sheetName);
		this.events.add("start " + sheetName + (yearCellsPositional ? " positional" : ""));
	}

	@Override
	public void row(SheetRow row) {
		this.rows.add(row);
		this.events.add("row " + row.number());
	}

	@Override
	public void endSheet() {
		this.events.add("end");
	}

	/** Every cell as {@code location=text}, in the order read. */
	List<String> cells() {
		List<String> cells = new ArrayList<>();
		for (SheetRow row : this.rows) {
			for (Cell cell : row.cells()) {
				cells.add(cell.ref().location() + "=" + cell.text());
			}
		}
		return cells;
	}

	/** The cells of one sheet's rows as {@code location=text}. */
	List<String> cells(String sheet) {
		return cells().stream().filter((cell) -> cell.startsWith("'" + sheet.replace("'", "''") + "'!")).toList();
	}

}
