package org.roadmapetl;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import org.roadmapetl.normalise.CanonicalText;
import org.roadmapetl.normalise.FiscalYears;

/**
 * Rewrites a sample form workbook (.xlsx or .xls) as departments revise theirs: 事業始期/事業終期
 * as date cells in Japanese era formats, or old texts struck through (見え消し) before the
 * real ones.
 */
public final class RevisedWorkbooks {

	/** The struck-through text put before every plan. */
	public static final String OLD_PLAN = "旧: 検討中 ";

	private RevisedWorkbooks() {
	}

	/**
	 * 事業始期 as the date the fiscal year starts, formatted {@code [$-411]ggge"年度"}; 事業終期 as
	 * the last day of the fiscal year (31 March of the next calendar year), formatted
	 * {@code ggge"年"m"月"}.
	 */
	public static void withDateYears(Path workbook) throws IOException {
		rewrite(workbook, (book) -> {
			CellStyle startStyle = dateStyle(book, "[$-411]ggge\"年度\"");
			CellStyle endStyle = dateStyle(book, "ggge\"年\"m\"月\"");
			eachValueAfter(book, "事業始期", (cell) -> toDate(cell, 0, startStyle));
			eachValueAfter(book, "事業終期", (cell) -> toDate(cell, 1, endStyle));
		});
	}

	/**
	 * Every 事業終期 year gets a struck-through earlier year right before it
	 * ({@code ~~R5~~R8}), every plan a struck-through old plan ({@link #OLD_PLAN}), and
	 * the first empty plan cell of every row a whole cell of struck-through text, which
	 * must read as empty.
	 */
	public static void withStruckOldTexts(Path workbook) throws IOException {
		rewrite(workbook, (book) -> {
			Font strike = book.createFont();
			strike.setStrikeout(true);
			CellStyle struckCell = book.createCellStyle();
			struckCell.setFont(strike);
			eachValueAfter(book, "事業終期", (cell) -> prependStruck(book, cell, "R5", strike));
			for (Sheet sheet : book) {
				for (Row row : sheet) {
					Cell label = labelCell(row, "計画");
					if (label == null) {
						continue;
					}
					boolean emptyStruck = false;
					for (int c = label.getColumnIndex() + 1; c <= label.getColumnIndex() + 5; c++) {
						Cell cell = row.getCell(c);
						if (cell != null && cell.getCellType() == CellType.STRING
								&& !cell.getStringCellValue().isBlank()) {
							prependStruck(book, cell, OLD_PLAN, strike);
						}
						else if (!emptyStruck) {
							if (cell != null) {
								row.removeCell(cell);
							}
							Cell old = row.createCell(c);
							old.setCellValue("旧計画 廃止");
							old.setCellStyle(struckCell);
							emptyStruck = true;
						}
					}
				}
			}
		});
	}

	private static void toDate(Cell cell, int yearsAfter, CellStyle style) {
		if (cell.getCellType() != CellType.STRING) {
			return;
		}
		Integer fiscalYear = FiscalYears.read(CanonicalText.of(cell.getStringCellValue())).fiscalYear();
		if (fiscalYear != null) {
			cell.setCellValue(yearsAfter == 0 ? LocalDate.of(fiscalYear, 4, 1) : LocalDate.of(fiscalYear + 1, 3, 31));
			cell.setCellStyle(style);
		}
	}

	private static void prependStruck(Workbook book, Cell cell, String old, Font strike) {
		if (cell.getCellType() != CellType.STRING || !cell.getStringCellValue().matches("(?s).*\\S.*")) {
			return;
		}
		String current = cell.getStringCellValue();
		RichTextString text = book.getCreationHelper().createRichTextString(old + current);
		text.applyFont(0, old.length(), strike);
		// A fresh cell: POI writes a rich text over an inline-string cell (as the samples
		// have) as both at once.
		Row row = cell.getRow();
		CellStyle style = cell.getCellStyle();
		int column = cell.getColumnIndex();
		row.removeCell(cell);
		Cell fresh = row.createCell(column);
		fresh.setCellStyle(style);
		fresh.setCellValue(text);
	}

	private static CellStyle dateStyle(Workbook book, String format) {
		CellStyle style = book.createCellStyle();
		style.setDataFormat(book.createDataFormat().getFormat(format));
		return style;
	}

	/**
	 * The first non-empty cell right of each cell labelled {@code label} (line breaks and
	 * spaces ignored).
	 */
	private static void eachValueAfter(Workbook book, String label, Consumer<Cell> change) {
		for (Sheet sheet : book) {
			for (Row row : sheet) {
				Cell found = labelCell(row, label);
				if (found == null) {
					continue;
				}
				for (int c = found.getColumnIndex() + 1; c < row.getLastCellNum(); c++) {
					Cell cell = row.getCell(c);
					if (cell != null && cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isBlank()) {
						change.accept(cell);
						break;
					}
				}
			}
		}
	}

	private static Cell labelCell(Row row, String label) {
		for (Cell cell : row) {
			if (cell.getCellType() == CellType.STRING
					&& CanonicalText.matchKey(CanonicalText.of(cell.getStringCellValue())).equals(label)) {
				return cell;
			}
		}
		return null;
	}

	private static void rewrite(Path file, Consumer<Workbook> change) throws IOException {
		Workbook book;
		try (InputStream in = Files.newInputStream(file)) {
			book = WorkbookFactory.create(in);
		}
		try (book; OutputStream out = Files.newOutputStream(file)) {
			change.accept(book);
			book.write(out);
		}
	}

}
