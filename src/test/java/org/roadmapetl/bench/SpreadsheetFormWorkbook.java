package org.roadmapetl.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A roadmap workbook as a spreadsheet program writes it, through POI's XSSF writer:
 * shared strings, a styles part with fonts, fills and thin borders on every cell of the
 * form, a bold title, budgets as {@code #,##0} numbers, the initiative name merged over
 * its 計画 and 実績 rows, column widths, one project per sheet. The other corpus
 * ({@link FormSheetXml}) is hand-zipped with inline strings and a minimal styles part.
 */
final class SpreadsheetFormWorkbook {

	private static final Pattern GROUPED_NUMBER = Pattern.compile("[0-9]{1,3}(,[0-9]{3})+");

	private static final String TITLE = "(別紙2-2)令和5年度DX関連事業ロードマップ";

	private static final int FIRST_ROW = 2;

	private static final int FIRST_COLUMN = 1;

	private SpreadsheetFormWorkbook() {
	}

	static void write(Path file, List<List<String[]>> projects) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Styles styles = new Styles(workbook);
			for (int s = 0; s < projects.size(); s++) {
				Sheet sheet = workbook.createSheet(String.format("%02d_事業", s + 1));
				Cell title = sheet.createRow(0).createCell(FIRST_COLUMN);
				title.setCellValue(TITLE);
				title.setCellStyle(styles.title);
				drawBlock(sheet, projects.get(s), styles);
				sheet.setColumnWidth(FIRST_COLUMN, 40 * 256);
				sheet.setColumnWidth(FIRST_COLUMN + 1, 12 * 256);
			}
			workbook.write(out);
		}
	}

	private static void drawBlock(Sheet sheet, List<String[]> block, Styles styles) {
		for (int line = 0; line < block.size(); line++) {
			int row = FIRST_ROW + line;
			Row sheetRow = sheet.createRow(row);
			String[] fields = block.get(line);
			for (int f = 0; f < fields.length; f++) {
				String value = fields[f].strip();
				Cell cell = sheetRow.createCell(FIRST_COLUMN + f);
				if (GROUPED_NUMBER.matcher(value).matches()) {
					cell.setCellValue(Double.parseDouble(value.replace(",", "")));
					cell.setCellStyle(styles.thousands);
				}
				else {
					// an empty cell of the form keeps its border, as in a template
					if (!value.isEmpty()) {
						cell.setCellValue(value);
					}
					cell.setCellStyle((f == 0) ? styles.label : styles.text);
				}
			}
			if (SampleProjects.isPlanOverActual(block, line)) {
				sheet.addMergedRegion(new CellRangeAddress(row, row + 1, FIRST_COLUMN, FIRST_COLUMN));
			}
		}
	}

	/** The few styles a form template has, shared by every sheet of the workbook. */
	private static final class Styles {

		final CellStyle title;

		final CellStyle label;

		final CellStyle text;

		final CellStyle thousands;

		Styles(XSSFWorkbook workbook) {
			Font bold = workbook.createFont();
			bold.setBold(true);
			bold.setFontName("游ゴシック");
			bold.setFontHeightInPoints((short) 14);
			this.title = workbook.createCellStyle();
			this.title.setFont(bold);
			this.text = bordered(workbook);
			this.text.setWrapText(true);
			this.text.setVerticalAlignment(VerticalAlignment.CENTER);
			this.label = bordered(workbook);
			this.label.setFillForegroundColor(IndexedColors.LIGHT_CORNFLOWER_BLUE.getIndex());
			this.label.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			this.thousands = bordered(workbook);
			this.thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		}

		private static CellStyle bordered(XSSFWorkbook workbook) {
			CellStyle style = workbook.createCellStyle();
			style.setBorderTop(BorderStyle.THIN);
			style.setBorderBottom(BorderStyle.THIN);
			style.setBorderLeft(BorderStyle.THIN);
			style.setBorderRight(BorderStyle.THIN);
			return style;
		}

	}

}
