package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import org.apache.poi.ss.util.WorkbookUtil;

import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.RowSink;
import org.roadmapetl.submission.SheetRow;

/**
 * The red-pen copy of a submission that cannot be marked in place (.xls, .ods, CSV,
 * text): the form drawn as .xlsx from what was read, every cell at the row and column its
 * findings' locations name (a text file's line and field as row and column), with the
 * marks of {@link CellMarks}. Streams: rows are written as the reader hands them on.
 */
final class DrawnSubmission implements RowSink, AutoCloseable {

	/**
	 * The widest a drawn column grows, in characters: a form's year columns side by side
	 * still print legibly one page wide.
	 */
	private static final int[] COLUMN_CAPS = IntStream.range(0, 256).map((column) -> 36).toArray();

	/**
	 * What an .xlsx sheet holds: a text file's line longer or a file's rows more than
	 * this is drawn up to the sheet's edge.
	 */
	private static final int MAX_COLUMNS = 16_384;

	private static final int MAX_ROWS = 1_048_576;

	private final SafeWorkbook workbook = new SafeWorkbook();

	private final CellMarks marks;

	private final String textSheetName;

	private final Set<String> sheetNames = new HashSet<>();

	private SafeSheet sheet;

	private List<CellMarks.Mark> pending;

	private int nextMark;

	/**
	 * @param textSheetName the sheet a text file's one table is drawn on
	 */
	DrawnSubmission(CellMarks marks, String textSheetName) {
		this.marks = marks;
		this.textSheetName = textSheetName;
	}

	@Override
	public void startSheet(String sheetName, boolean yearCellsPositional) {
		String name = WorkbookUtil.createSafeSheetName((sheetName != null) ? sheetName : this.textSheetName);
		for (int n = 2; !this.sheetNames.add(name.toLowerCase(Locale.ROOT)); n++) {
			name = WorkbookUtil.createSafeSheetName(name.substring(0, Math.min(name.length(), 26)) + " (" + n + ")");
		}
		this.sheet = this.workbook.sheet(name).wrapped().widths(COLUMN_CAPS).printed(name, false);
		this.pending = this.marks.of((sheetName != null) ? sheetName : "");
		this.nextMark = 0;
	}

	@Override
	public void row(SheetRow row) {
		int index = row.number() - 1;
		if (index < this.sheet.rowCount() || index >= MAX_ROWS) {
			return;
		}
		marksBefore(index);
		int width = 0;
		for (Cell cell : row.cells()) {
			width = Math.max(width, Math.min(cell.column(), MAX_COLUMNS));
		}
		int marked = this.nextMark;
		while (marked < this.pending.size() && this.pending.get(marked).row() == index) {
			width = Math.max(width, this.pending.get(marked++).column() + 1);
		}
		Object[] values = new Object[width];
		for (Cell cell : row.cells()) {
			if (cell.column() > MAX_COLUMNS) {
				continue;
			}
			values[cell.column() - 1] = cell.text();
			int last = Math.min(cell.column() + cell.columnSpan() - 1, MAX_COLUMNS);
			if (last > cell.column()) {
				this.sheet.merge(index, index, cell.column() - 1, last - 1);
			}
		}
		writeMarked(index, values);
	}

	@Override
	public void endSheet() {
		marksBefore(Integer.MAX_VALUE);
	}

	void writeTo(Path target) throws IOException {
		this.workbook.writeTo(target);
	}

	@Override
	public void close() throws IOException {
		this.workbook.close();
	}

	/** The marks of rows the reader skipped as blank, on rows of their own. */
	private void marksBefore(int index) {
		while (this.nextMark < this.pending.size() && this.pending.get(this.nextMark).row() < index) {
			int row = this.pending.get(this.nextMark).row();
			int width = 0;
			for (int i = this.nextMark; i < this.pending.size() && this.pending.get(i).row() == row; i++) {
				width = Math.max(width, this.pending.get(i).column() + 1);
			}
			writeMarked(row, new Object[width]);
		}
	}

	private void writeMarked(int index, Object[] values) {
		SafeWorkbook.Shade[] shades = new SafeWorkbook.Shade[values.length];
		List<CellMarks.Mark> here = new ArrayList<>();
		while (this.nextMark < this.pending.size() && this.pending.get(this.nextMark).row() == index) {
			CellMarks.Mark mark = this.pending.get(this.nextMark++);
			shades[mark.column()] = mark.error() ? SafeWorkbook.Shade.ERROR : SafeWorkbook.Shade.WARNING;
			if (values[mark.column()] == null) {
				values[mark.column()] = "";
			}
			here.add(mark);
		}
		this.sheet.rowAt(index, values,
				(column) -> (shades[column] != null) ? shades[column] : SafeWorkbook.Shade.NONE);
		for (CellMarks.Mark mark : here) {
			this.sheet.comment(index, mark.column(), mark.comment());
		}
	}

}
