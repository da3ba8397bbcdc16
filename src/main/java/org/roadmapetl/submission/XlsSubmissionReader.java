package org.roadmapetl.submission;

import java.io.IOException;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Reads a legacy Excel 97-2003 workbook (.xls, BIFF8) with the same output as {@link XlsxSubmissionReader}.
 * HSSF loads the whole workbook, which BIFF8 bounds: at most 65,536 rows a sheet, and POI's byte array limit
 * (see {@link PoiLimits}) caps what a hostile record can make it allocate.
 */
public final class XlsSubmissionReader implements SubmissionReader {

	private static final String FORMAT = ".xls";

	private final ReadLimits limits;

	public XlsSubmissionReader() {
		this(ReadLimits.DEFAULTS);
	}

	public XlsSubmissionReader(ReadLimits limits) {
		this.limits = limits;
	}

	@Override
	public void read(Path file, String displayName, RowSink sink) throws IOException {
		PoiLimits.apply();
		WorkbookFailures.requireContent(file, displayName);
		String sheet = null;
		try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
				HSSFWorkbook workbook = new HSSFWorkbook(fs)) {
			boolean date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
			RowAssembler rows = new RowAssembler(displayName, sink, this.limits);
			for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
				HSSFSheet current = workbook.getSheetAt(i);
				sheet = current.getSheetName();
				rows.startSheet(sheet, new MergedAreas(current.getMergedRegions()));
				for (int r = current.getFirstRowNum(); r <= current.getLastRowNum(); r++) {
					HSSFRow row = current.getRow(r);
					if (row != null) {
						readRow(workbook, row, rows, date1904);
					}
				}
				rows.endSheet();
				sheet = null;
			}
		}
		catch (RowAssembler.SinkFailure failure) {
			throw failure.getCause();
		}
		catch (IOException | RuntimeException ex) {
			throw WorkbookFailures.unreadable(file, displayName, sheet, ex, FORMAT);
		}
	}

	private static void readRow(HSSFWorkbook workbook, HSSFRow row, RowAssembler rows, boolean date1904) {
		rows.startRow(row.getRowNum());
		RevisedText text = new RevisedText();
		for (int c = Math.max(row.getFirstCellNum(), 0); c < row.getLastCellNum(); c++) {
			HSSFCell cell = row.getCell(c);
			if (cell == null) {
				continue;
			}
			boolean struck = isStruck(workbook, cell.getCellStyle().getFontIndex());
			CellType type = cell.getCellType();
			if (type == CellType.FORMULA) {
				type = cell.getCachedFormulaResultType();
			}
			if (type == CellType.STRING) {
				text.clear();
				runs(workbook, cell.getRichStringCellValue(), struck, text);
				rows.cell(c, text.value(), text.submitted());
				continue;
			}
			String value = switch (type) {
				case NUMERIC -> CellText.numeric(cell.getNumericCellValue(), isDateFormatted(cell), date1904);
				case BOOLEAN -> CellText.bool(cell.getBooleanCellValue());
				default -> null;
			};
			if (value != null && struck) {
				rows.cell(c, "", RevisedText.struck(value));
			}
			else {
				rows.cell(c, value);
			}
		}
		rows.endRow();
	}

	/** A rich text's runs, each struck through or not by its own font; text before the first run has the cell's. */
	private static void runs(HSSFWorkbook workbook, HSSFRichTextString rich, boolean cellStruck, RevisedText text) {
		String whole = rich.getString();
		int runs = rich.numFormattingRuns();
		int start = 0;
		boolean struck = cellStruck;
		for (int i = 0; i < runs; i++) {
			int at = Math.min(whole.length(), rich.getIndexOfFormattingRun(i));
			text.append(whole.substring(start, Math.max(start, at)), struck);
			start = Math.max(start, at);
			short font = rich.getFontOfFormattingRun(i);
			struck = (font == HSSFRichTextString.NO_FONT) ? cellStruck : isStruck(workbook, font);
		}
		text.append(whole.substring(start), struck);
	}

	private static boolean isStruck(HSSFWorkbook workbook, int fontIndex) {
		try {
			return fontIndex >= 0 && workbook.getFontAt(fontIndex).getStrikeout();
		}
		catch (RuntimeException ex) {
			return false; // a cell or run naming a font the file does not hold: not struck
		}
	}

	private static boolean isDateFormatted(HSSFCell cell) {
		HSSFCellStyle style = cell.getCellStyle();
		return style != null && CellText.isDateFormat(style.getDataFormat(), style.getDataFormatString());
	}

}
