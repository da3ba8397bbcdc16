package org.roadmapetl.feedback;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.roadmapetl.submission.PoiLimits;

/**
 * The red-pen copy of a department's own .xlsx: the workbook as it was sent, with each
 * marked cell's fill set by severity and a note holding the findings' Japanese. Nothing
 * else is touched: values, formulas, other styles, merges, print setup and sheets stay as
 * they were (a cell's own note is kept, the findings added below it).
 */
final class MarkedWorkbook {

	/**
	 * The largest .xlsx marked in place, by the parts' expanded sizes: POI holds the
	 * workbook whole in memory (several times its XML); a larger one is drawn from what
	 * was read, streaming.
	 */
	static final long MAX_IN_PLACE_BYTES = 20L * 1024 * 1024;

	private MarkedWorkbook() {
	}

	/**
	 * Whether the package's parts, as its directory declares them, expand to no more than
	 * {@link #MAX_IN_PLACE_BYTES} (a part that lies is stopped by POI's own limits).
	 */
	static boolean fitsInMemory(Path source) {
		long expanded = 0;
		try (ZipFile zip = new ZipFile(source.toFile())) {
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				long size = entries.nextElement().getSize();
				if (size < 0) {
					return false;
				}
				expanded += size;
			}
		}
		catch (IOException ex) {
			return false;
		}
		return expanded <= MAX_IN_PLACE_BYTES;
	}

	/**
	 * @return false where the workbook is not marked in place (macro-enabled: its copy
	 * would not open as .xlsx)
	 */
	static boolean write(Path source, CellMarks marks, Path target) throws IOException {
		PoiLimits.apply();
		try (InputStream in = Files.newInputStream(source); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			if (workbook.isMacroEnabled()) {
				return false;
			}
			Map<String, XSSFCellStyle> filled = new HashMap<>();
			for (String name : marks.sheets()) {
				XSSFSheet sheet = sheetNamed(workbook, name);
				if (sheet == null) {
					continue;
				}
				for (CellMarks.Mark mark : marks.of(name)) {
					mark(workbook, sheet, mark, filled);
				}
			}
			AtomicFiles.write(target, workbook::write);
			return true;
		}
	}

	/**
	 * The sheet of exactly that name: POI's own look-up ignores case, and a hidden sheet
	 * may differ from the one read only by case.
	 */
	private static XSSFSheet sheetNamed(XSSFWorkbook workbook, String name) {
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			if (workbook.getSheetName(i).equals(name)) {
				return workbook.getSheetAt(i);
			}
		}
		return null;
	}

	private static void mark(XSSFWorkbook workbook, XSSFSheet sheet, CellMarks.Mark mark,
			Map<String, XSSFCellStyle> filled) {
		XSSFRow row = sheet.getRow(mark.row());
		if (row == null) {
			row = sheet.createRow(mark.row());
		}
		XSSFCell cell = row.getCell(mark.column());
		if (cell == null) {
			cell = row.createCell(mark.column());
			// a new cell looks as its row or column did without it
			XSSFCellStyle inherited = row.isFormatted() ? row.getRowStyle()
					: (XSSFCellStyle) sheet.getColumnStyle(mark.column());
			if (inherited != null) {
				cell.setCellStyle(inherited);
			}
		}
		XSSFCellStyle original = cell.getCellStyle();
		SafeWorkbook.Shade shade = mark.error() ? SafeWorkbook.Shade.ERROR : SafeWorkbook.Shade.WARNING;
		cell.setCellStyle(filled.computeIfAbsent(original.getIndex() + " " + shade, (key) -> {
			XSSFCellStyle style = workbook.createCellStyle();
			style.cloneStyleFrom(original);
			style.setFillForegroundColor(new XSSFColor(shade.rgb(), null));
			style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			return style;
		}));
		// a note the cell had keeps its text and author, the findings below it, in a box
		// tall enough for both (its own box was sized for its own text)
		XSSFComment own = cell.getCellComment();
		String text = (own != null) ? own.getString().getString() + "\n\n" + mark.comment() : mark.comment();
		String author = (own != null) ? own.getAuthor() : SafeWorkbook.AUTHOR;
		if (own != null) {
			cell.removeCellComment();
		}
		CellMarks.note(sheet, mark.row(), mark.column(), text, author);
	}

}
