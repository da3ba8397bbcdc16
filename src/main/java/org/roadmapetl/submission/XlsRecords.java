package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hssf.record.BlankRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.MulBlankRecord;
import org.apache.poi.hssf.record.MulRKRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Turns the records of a BIFF8 workbook stream, one at a time, into the rows of located
 * cells every reader gives: the workbook globals (sheet names, shared strings, fonts,
 * cell formats, the 1904 date window) first, then each worksheet's cell records. Cell
 * values read as {@code HSSFCell} reads them: a formula by its cached value, a shared
 * string with its struck-through runs, a date-formatted number as a date.
 */
final class XlsRecords {

	private final RowAssembler rows;

	private final List<XlsSheetLayout> layouts;

	private final String file;

	private final SubstreamDepth depth = new SubstreamDepth();

	private final List<BoundSheetRecord> boundSheets = new ArrayList<>();

	private final XlsCellFormats formats = new XlsCellFormats();

	private final XlsSharedStrings strings = new XlsSharedStrings(this.formats);

	private BoundSheetRecord[] sheetsInStreamOrder;

	private int sheetIndex = -1;

	private String sheet;

	/** A formula whose cached string arrives in the next {@link StringRecord}. */
	private FormulaRecord awaitingString;

	private final XlsRowOrder order;

	XlsRecords(RowAssembler rows, List<XlsSheetLayout> layouts, String file) {
		this.rows = rows;
		this.order = new XlsRowOrder(rows);
		this.layouts = layouts;
		this.file = file;
	}

	/** The worksheet being read, for a failure's reason; null between sheets. */
	String sheet() {
		return this.sheet;
	}

	void accept(Record next) {
		switch (this.depth.track(next)) {
			case SHEET_STARTED -> startSheet();
			case SHEET_ENDED -> endSheet();
			case NONE -> {
				if (this.depth.inGlobals()) {
					global(next);
				}
				else if (this.depth.inWorksheet() && this.sheet != null) {
					cell(next);
				}
			}
		}
	}

	/** Ends a stream cut off inside a sheet as if the sheet had ended there. */
	void finish() {
		if (this.sheet != null) {
			endSheet();
		}
	}

	private void global(Record next) {
		if (next instanceof BoundSheetRecord bound) {
			this.boundSheets.add(bound);
		}
		else if (next instanceof SSTRecord strings) {
			this.strings.hold(strings);
		}
		else {
			this.formats.accept(next);
		}
	}

	private void startSheet() {
		this.sheetIndex++;
		if (!this.depth.inWorksheet()) {
			return;
		}
		if (this.sheetsInStreamOrder == null) {
			this.sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(this.boundSheets);
		}
		BoundSheetRecord bound = (this.sheetIndex < this.sheetsInStreamOrder.length)
				? this.sheetsInStreamOrder[this.sheetIndex] : null;
		this.sheet = (bound != null) ? bound.getSheetname() : "Sheet" + (this.sheetIndex + 1);
		boolean hidden = bound != null && (bound.isHidden() || bound.isVeryHidden());
		XlsSheetLayout layout = (this.sheetIndex < this.layouts.size()) ? this.layouts.get(this.sheetIndex) : null;
		List<CellRangeAddress> ranges = (layout != null) ? layout.merges() : List.of();
		this.rows.startSheet(this.sheet, ranges.isEmpty() ? MergedAreas.NONE : new MergedAreas(ranges), hidden);
		this.order.startSheet(layout == null || layout.ordered());
	}

	private void endSheet() {
		if (this.sheet == null) {
			return;
		}
		this.order.endSheet();
		this.rows.endSheet();
		this.sheet = null;
		this.awaitingString = null;
	}

	private void cell(Record next) {
		if (next instanceof StringRecord cached) {
			if (this.awaitingString != null) {
				FormulaRecord formula = this.awaitingString;
				this.awaitingString = null;
				plain(formula, cached.getString());
			}
			return;
		}
		if (!(next instanceof CellValueRecordInterface)) {
			if (next instanceof MulRKRecord numbers) {
				for (int i = 0; i < numbers.getNumColumns(); i++) {
					number(numbers.getRow(), numbers.getFirstColumn() + i, numbers.getXFAt(i),
							numbers.getRKNumberAt(i));
				}
			}
			else if (next instanceof MulBlankRecord blanks) {
				this.rows.examined(blanks.getNumColumns());
			}
			return;
		}
		this.awaitingString = null;
		if (next instanceof BlankRecord blank) {
			this.order.blank(blank.getRow(), blank.getColumn());
			return;
		}
		if (next instanceof LabelSSTRecord label) {
			sharedString(label);
		}
		else if (next instanceof NumberRecord number) {
			number(number.getRow(), number.getColumn(), number.getXFIndex(), number.getValue());
		}
		else if (next instanceof RKRecord number) {
			number(number.getRow(), number.getColumn(), number.getXFIndex(), number.getRKNumber());
		}
		else if (next instanceof LabelRecord label) {
			plain(label, label.getValue());
		}
		else if (next instanceof BoolErrRecord value) {
			String shown = value.isBoolean() ? CellText.bool(value.getBooleanValue()) : null;
			put(value, shown, shown);
		}
		else if (next instanceof FormulaRecord formula) {
			formula(formula);
		}
	}

	private void formula(FormulaRecord formula) {
		CellType type = formula.getCachedResultTypeEnum();
		switch (type) {
			case NUMERIC -> number(formula.getRow(), formula.getColumn(), formula.getXFIndex(), formula.getValue());
			case BOOLEAN -> {
				String shown = CellText.bool(formula.getCachedBooleanValue());
				put(formula, shown, shown);
			}
			case STRING -> {
				if (formula.hasCachedResultString()) {
					this.awaitingString = formula;
				}
				else {
					put(formula, "", "");
				}
			}
			default -> put(formula, null, null);
		}
	}

	private void sharedString(LabelSSTRecord label) {
		String[] text = this.strings.of(label,
				CellRef.inSheet(this.file, this.sheet, label.getRow() + 1, label.getColumn() + 1));
		put(label, text[0], text[1]);
	}

	/**
	 * A text without runs of its own (a formula's cached string, a BIFF7 label): struck
	 * when its cell's font is.
	 */
	private void plain(CellValueRecordInterface cell, String value) {
		if (value != null && this.formats.cellStruck(cell.getXFIndex())) {
			put(cell, "", RevisedText.struck(value));
		}
		else {
			put(cell, value, value);
		}
	}

	private void number(int rowIndex, int column, int cellFormat, double value) {
		String shown = this.formats.numeric(cellFormat, value);
		if (shown != null && this.formats.cellStruck(cellFormat)) {
			put(rowIndex, column, "", RevisedText.struck(shown));
		}
		else {
			put(rowIndex, column, shown, shown);
		}
	}

	private void put(CellValueRecordInterface cell, String text, String submitted) {
		this.order.put(cell.getRow(), cell.getColumn(), text, submitted);
	}

	private void put(int rowIndex, int column, String text, String submitted) {
		this.order.put(rowIndex, column, text, submitted);
	}

}
