package org.roadmapetl.feedback;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;

/**
 * The one way feedback writes a workbook: POI's streaming writer (only {@link #WINDOW}
 * rows in memory, the rest flushed to a temporary file) and cells written only through
 * {@link SafeSheet}, so nothing is ever a formula. Every sheet is set up to read on
 * screen and to print (see {@link SafeSheet}); text is in 游ゴシック, which Excel and
 * LibreOffice replace with the nearest Japanese font where it is missing. The file
 * appears under its name only once it is whole.
 */
final class SafeWorkbook implements AutoCloseable {

	/**
	 * Rows kept in memory per sheet; older ones are flushed to disk, so memory stays flat
	 * however many rows.
	 */
	static final int WINDOW = 100;

	static final String FONT = "游ゴシック";

	/** Who the notes the product writes on cells are from. */
	static final String AUTHOR = "roadmap-etl";

	static final short FONT_POINTS = 11;

	/**
	 * The height of one line of {@link #FONT} at {@link #FONT_POINTS}, as Excel sets it.
	 */
	static final float LINE_POINTS = 18.75f;

	/** A cell's background, where colour says what its word says. */
	enum Shade {

		NONE(null), ERROR(new byte[] { (byte) 0xFF, (byte) 0xC7, (byte) 0xCE }),
		WARNING(new byte[] { (byte) 0xFF, (byte) 0xEB, (byte) 0x9C }),
		HEADING(new byte[] { (byte) 0xDD, (byte) 0xEB, (byte) 0xF7 });

		private final byte[] rgb;

		Shade(byte[] rgb) {
			this.rgb = rgb;
		}

		byte[] rgb() {
			return (this.rgb != null) ? this.rgb.clone() : null;
		}

	}

	private record Look(boolean quotePrefixed, boolean wrapped, boolean bold, Shade shade, boolean bordered) {
	}

	private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);

	private final Map<Look, CellStyle> styles = new HashMap<>();

	private final List<SafeSheet> sheets = new ArrayList<>();

	private final Font bold;

	SafeWorkbook() {
		this.workbook.setCompressTempFiles(true);
		Font normal = this.workbook.getFontAt(0);
		normal.setFontName(FONT);
		normal.setFontHeightInPoints(FONT_POINTS);
		this.bold = this.workbook.createFont();
		this.bold.setFontName(FONT);
		this.bold.setFontHeightInPoints(FONT_POINTS);
		this.bold.setBold(true);
	}

	SafeSheet sheet(String name) {
		SafeSheet sheet = new SafeSheet(this.workbook.createSheet(name), this);
		this.sheets.add(sheet);
		return sheet;
	}

	CellStyle style(boolean quotePrefixed, boolean wrapped, boolean bold, Shade shade) {
		return style(quotePrefixed, wrapped, bold, shade, false);
	}

	/**
	 * @param bordered a thin line round the cell, as the departments' form draws it
	 */
	CellStyle style(boolean quotePrefixed, boolean wrapped, boolean bold, Shade shade, boolean bordered) {
		return this.styles.computeIfAbsent(new Look(quotePrefixed, wrapped, bold, shade, bordered), this::create);
	}

	private CellStyle create(Look look) {
		XSSFCellStyle style = (XSSFCellStyle) this.workbook.createCellStyle();
		style.setQuotePrefixed(look.quotePrefixed());
		style.setWrapText(look.wrapped());
		style.setVerticalAlignment(VerticalAlignment.TOP);
		if (look.bold()) {
			style.setFont(this.bold);
		}
		if (look.bordered()) {
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
		}
		if (look.shade().rgb != null) {
			style.setFillForegroundColor(new XSSFColor(look.shade().rgb));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		}
		return style;
	}

	void writeTo(Path target) throws IOException {
		this.sheets.forEach(SafeSheet::fitColumns);
		AtomicFiles.write(target, this.workbook::write);
	}

	@Override
	public void close() throws IOException {
		this.workbook.dispose();
		this.workbook.close();
	}

}
