package org.roadmapetl.feedback;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Writes rows down one sheet of a {@link SafeWorkbook}. Every text is a string cell,
 * quote-prefixed where it begins like a formula; numbers are numeric cells; nothing else
 * is written, and never a formula.
 */
final class SafeSheet {

	private final SXSSFSheet sheet;

	private final SafeWorkbook workbook;

	private int nextRow;

	private boolean wrapped;

	SafeSheet(SXSSFSheet sheet, SafeWorkbook workbook) {
		this.sheet = sheet;
		this.workbook = workbook;
	}

	/** Wrap the text of the rows written from now on. */
	SafeSheet wrapped() {
		this.wrapped = true;
		return this;
	}

	SafeSheet widths(int... characters) {
		for (int i = 0; i < characters.length; i++) {
			this.sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
		}
		return this;
	}

	/**
	 * A bold header row, frozen, with an autofilter over its columns once
	 * {@link #filterDown()} is called.
	 */
	SafeSheet header(String... titles) {
		int row = this.nextRow;
		write(true, (Object[]) titles);
		this.sheet.createFreezePane(0, row + 1);
		return this;
	}

	void filterDown(int columns) {
		this.sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, this.nextRow - 1), 0, columns - 1));
	}

	/** One row; a value is a text, a whole number, or null (an empty cell). */
	int row(Object... values) {
		return write(false, values);
	}

	int emptyRow() {
		return this.nextRow++;
	}

	int rowCount() {
		return this.nextRow;
	}

	void merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {
		this.sheet.addMergedRegionUnsafe(new CellRangeAddress(firstRow, lastRow, firstColumn, lastColumn));
	}

	private int write(boolean bold, Object... values) {
		int index = this.nextRow++;
		Row row = this.sheet.createRow(index);
		for (int column = 0; column < values.length; column++) {
			Object value = values[column];
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(column);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
				cell.setCellStyle(this.workbook.style(false, this.wrapped, bold));
			}
			else {
				String text = value.toString();
				cell.setCellValue(text);
				cell.setCellStyle(this.workbook.style(FormulaText.looksLikeFormula(text),
						this.wrapped || text.indexOf('\n') >= 0, bold));
			}
		}
		return index;
	}

}
