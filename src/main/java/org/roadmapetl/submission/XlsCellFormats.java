package org.roadmapetl.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FontRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * What a legacy workbook's globals say of how its cells show: the fonts (struck through
 * or not), the cell formats (XF records: a cell's font and number format) and number
 * format strings, and the 1904 date window.
 */
final class XlsCellFormats {

	/**
	 * BIFF has no font 4: indexes above it are one past their place in the font table.
	 */
	private static final int MISSING_FONT_INDEX = 4;

	private final List<FontRecord> fonts = new ArrayList<>();

	private final List<ExtendedFormatRecord> cellFormats = new ArrayList<>();

	private final Map<Integer, String> formatStrings = new HashMap<>();

	private boolean date1904;

	/** Keeps a globals record that says how cells show; others are passed over. */
	void accept(Record next) {
		if (next instanceof FontRecord font) {
			this.fonts.add(font);
		}
		else if (next instanceof ExtendedFormatRecord format) {
			this.cellFormats.add(format);
		}
		else if (next instanceof FormatRecord format) {
			this.formatStrings.put(format.getIndexCode(), format.getFormatString());
		}
		else if (next instanceof DateWindow1904Record window) {
			this.date1904 = window.getWindowing() == 1;
		}
	}

	/**
	 * A number as {@link CellText#numeric} shows it: a date where the cell's format is
	 * one.
	 */
	String numeric(int cellFormat, double value) {
		ExtendedFormatRecord format = cellFormat(cellFormat);
		boolean dateFormatted = false;
		if (format != null) {
			int index = format.getFormatIndex() & 0xFFFF;
			String pattern = this.formatStrings.getOrDefault(index, BuiltinFormats.getBuiltinFormat(index));
			dateFormatted = CellText.isDateFormat(index, pattern);
		}
		return CellText.numeric(value, dateFormatted, this.date1904);
	}

	/** Whether the font of the cell format strikes its text through. */
	boolean cellStruck(int cellFormat) {
		ExtendedFormatRecord format = cellFormat(cellFormat);
		return format != null && fontStruck(format.getFontIndex() & 0xFFFF);
	}

	/** A cell or run naming a font the file does not hold is not struck. */
	boolean fontStruck(int fontIndex) {
		int at = (fontIndex > MISSING_FONT_INDEX) ? fontIndex - 1 : fontIndex;
		return at >= 0 && at < this.fonts.size() && this.fonts.get(at).isStruckout();
	}

	private ExtendedFormatRecord cellFormat(int index) {
		return (index >= 0 && index < this.cellFormats.size()) ? this.cellFormats.get(index) : null;
	}

}
