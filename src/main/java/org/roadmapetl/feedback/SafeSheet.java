package org.roadmapetl.feedback;

import java.util.function.BiFunction;
import java.util.function.IntFunction;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * Writes rows down one sheet of a {@link SafeWorkbook}. Every text is a string cell,
 * quote-prefixed where it begins like a formula; numbers are numeric cells; nothing else
 * is written, and never a formula.
 * <p>
 * Made to be read on screen and on paper: columns fitted to their text and a wrapped row
 * as tall as its most lines ({@link ColumnWidths}), the header row frozen and repeated on
 * every page, A4 landscape one page wide with the title in the page header.
 */
final class SafeSheet {

	private final SXSSFSheet sheet;

	private final SafeWorkbook workbook;

	private final ColumnWidths widths = new ColumnWidths();

	private int nextRow;

	private boolean wrapped;

	private int severityColumn = -1;

	private boolean bordered;

	SafeSheet(SXSSFSheet sheet, SafeWorkbook workbook) {
		this.sheet = sheet;
		this.workbook = workbook;
	}

	/** Wrap the text of the rows written from now on. */
	SafeSheet wrapped() {
		this.wrapped = true;
		return this;
	}

	/**
	 * A form's look: every cell written (and every cell a merge covers) framed, and each
	 * column as wide as its cap, so merged text is measured against the widths it gets.
	 */
	SafeSheet drawnAsForm() {
		this.bordered = true;
		this.widths.fixed();
		return this;
	}

	/** The widest each column may grow, in characters; text wider than that wraps. */
	SafeSheet widths(int... characters) {
		this.widths.caps(characters);
		return this;
	}

	/** The column whose エラー / 警告 is shaded red / yellow as well. */
	SafeSheet severityIn(int column) {
		this.severityColumn = column;
		return this;
	}

	/**
	 * A4 landscape, one page wide (and one page tall where {@code onePage}), the title
	 * centred in the page header and the page number in the footer.
	 */
	SafeSheet printed(String title, boolean onePage) {
		PrintSetup setup = this.sheet.getPrintSetup();
		setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
		setup.setLandscape(true);
		this.sheet.setFitToPage(true);
		setup.setFitWidth((short) 1);
		setup.setFitHeight((short) (onePage ? 1 : 0));
		this.sheet.setHorizontallyCenter(true);
		this.sheet.getHeader().setCenter(FormulaText.inHeader(title));
		this.sheet.getFooter().setCenter("&P / &N");
		return this;
	}

	/**
	 * A bold, shaded header row, frozen and repeated on every printed page, with an
	 * autofilter over its columns once {@link #filterDown} is called.
	 */
	SafeSheet header(String... titles) {
		int row = this.nextRow;
		write(true, SafeWorkbook.Shade.HEADING, (Object[]) titles);
		this.sheet.createFreezePane(0, row + 1);
		this.sheet.setRepeatingRows(new CellRangeAddress(row, row, -1, -1));
		return this;
	}

	void filterDown(int columns) {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.nextRow - 1), 0, columns - 1));
	}

	/** One row; a value is a text, a whole number, or null (an empty cell). */
	int row(Object... values) {
		return write(false, SafeWorkbook.Shade.NONE, values);
	}

	/** A row of labels in bold, as a section's heading. */
	int headingRow(Object... values) {
		return write(true, SafeWorkbook.Shade.NONE, values);
	}

	int emptyRow() {
		return this.nextRow++;
	}

	int rowCount() {
		return this.nextRow;
	}

	/**
	 * The sheet's drawing, for charts: the streamed sheet's own (its streaming wrapper
	 * draws no charts).
	 */
	XSSFDrawing drawing() {
		return this.sheet.getWorkbook().getXSSFWorkbook().getSheet(this.sheet.getSheetName()).createDrawingPatriarch();
	}

	String name() {
		return this.sheet.getSheetName();
	}

	void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		this.sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}

	/**
	 * Sets each used column to its widest text, within its cap; called before writing.
	 */
	void fitColumns() {
		this.widths.applyTo(this.sheet);
	}

	private int write(boolean bold, SafeWorkbook.Shade shade, Object... values) {
		return write(this.nextRow, bold, (column, text) -> (column == this.severityColumn) ? severity(text) : shade,
				null, values);
	}

	/**
	 * One row at {@code index} (at or below the last one written), each cell shaded as
	 * {@code shades} says; an empty text shaded is a blank cell with the shade.
	 */
	int rowAt(int index, Object[] values, IntFunction<SafeWorkbook.Shade> shades) {
		return write(index, false, (column, text) -> shades.apply(column), null, values);
	}

	/**
	 * One row of a form: each value merged over {@code spans[column]} columns (one where
	 * zero), its text measured against their widths together; labels shaded as headings.
	 */
	int formRow(int[] spans, boolean[] labels, Object... values) {
		return write(this.nextRow, false, (column, text) -> (column < labels.length && labels[column])
				? SafeWorkbook.Shade.HEADING : SafeWorkbook.Shade.NONE, spans, values);
	}

	/** A note on a written cell. */
	void comment(int row, int column, String text) {
		CellMarks.note(this.sheet, row, column, text, SafeWorkbook.AUTHOR);
	}

	private int write(int index, boolean bold, BiFunction<Integer, String, SafeWorkbook.Shade> shades, int[] spans,
			Object... values) {
		if (index < this.nextRow) {
			throw new IllegalArgumentException("row " + (index + 1) + " comes after row " + this.nextRow);
		}
		this.nextRow = index + 1;
		Row row = this.sheet.createRow(index);
		int lines = 1;
		for (int column = 0; column < values.length; column++) {
			Object value = values[column];
			int span = (spans != null && column < spans.length) ? Math.max(1, spans[column]) : 1;
			if (value == null) {
				if (this.bordered) {
					row.createCell(column)
						.setCellStyle(this.workbook.style(false, false, bold, shades.apply(column, ""), true));
				}
				continue;
			}
			Cell cell = row.createCell(column);
			String text = value.toString();
			boolean wrap = this.wrapped || text.indexOf('\n') >= 0;
			SafeWorkbook.Shade look = shades.apply(column, text);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(this.workbook.style(false, wrap, bold, look, this.bordered));
			}
			else {
				if (!text.isEmpty()) {
					cell.setCellValue(text);
				}
				cell.setCellStyle(
						this.workbook.style(FormulaText.looksLikeFormula(text), wrap, bold, look, this.bordered));
			}
			if (span > 1) {
				merge(index, index, column, column + span - 1);
				for (int covered = column + 1; covered < column + span; covered++) {
					values[covered] = null;
					if (this.bordered) {
						row.createCell(covered).setCellStyle(this.workbook.style(false, false, bold, look, true));
					}
				}
				lines = Math.max(lines, this.widths.measure(column, span, text, wrap));
				column += span - 1;
				continue;
			}
			lines = Math.max(lines, this.widths.measure(column, 1, text, wrap));
		}
		if (lines > 1) {
			row.setHeightInPoints(lines * SafeWorkbook.LINE_POINTS);
		}
		return index;
	}

	private static SafeWorkbook.Shade severity(String text) {
		return switch (text) {
			case "エラー" -> SafeWorkbook.Shade.ERROR;
			case "警告" -> SafeWorkbook.Shade.WARNING;
			default -> SafeWorkbook.Shade.NONE;
		};
	}

}
