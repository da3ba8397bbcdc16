package org.roadmapetl.submission;

/**
 * Receives a submission as it is read, sheet by sheet and row by row, so that no reader
 * holds a whole file. A text export is one sheet with no name.
 */
public interface RowSink {

	/**
	 * @param sheetName the sheet's name, or {@code null} for a text export
	 * @param yearCellsPositional {@code true} when the year cells of a 計画/実績 row follow
	 * the label in the order of the 取組 header (text exports); {@code false} when they sit
	 * under their header cell (workbooks)
	 */
	void startSheet(String sheetName, boolean yearCellsPositional);

	/**
	 * A sheet that is not handed on because it is hidden (Excel's hidden and very hidden,
	 * a hidden .ods table): it holds old versions and helpers, never the department's
	 * projects.
	 */
	default void hiddenSheet(String sheetName) {
	}

	void row(SheetRow row);

	void endSheet();

}
