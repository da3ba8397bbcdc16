package org.roadmapetl;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Draws the prefecture's form into any POI workbook (.xlsx or .xls) the way offices fill
 * it in, for tests of their habits: a block at any column, header rows, the 取組 header and
 * one initiative.
 */
public final class HabitWorkbooks {

	private HabitWorkbooks() {
	}

	/**
	 * A block at A1: header rows, the 取組 header R6–R10 in C–G, one initiative with plans
	 * in C and D.
	 */
	public static void block(Sheet sheet, String department, String name, int budget, String planR6, String planR7) {
		block(sheet, 0, department, name, budget, planR6, planR7);
	}

	public static void block(Sheet sheet, int column, String department, String name, int budget, String planR6,
			String planR7) {
		block(sheet, column, department, name, budget, planR6, planR7, 6);
	}

	/**
	 * @param firstYear the Reiwa year of the period's first year: 6 for R6–R10, 7 for
	 * R7–R11
	 */
	public static void block(Sheet sheet, int column, String department, String name, int budget, String planFirst,
			String planSecond, int firstYear) {
		put(row(sheet, 0), column, "分野", "行政経営分野", "項目", "その他", "担当部局", department, "担当課等", "情報政策課");
		put(row(sheet, 1), column, "事業名", name, "R" + firstYear + "事業費(千円)");
		row(sheet, 1).createCell(column + 3).setCellValue(budget);
		put(row(sheet, 2), column, "重点枠事業", "", "将来対応分", "", "事業始期", "R" + firstYear, "事業終期", "R" + (firstYear + 4));
		put(row(sheet, 3), column, "概要", "申請の電子化");
		put(row(sheet, 5), column, "取組", "", "R" + firstYear, "R" + (firstYear + 1), "R" + (firstYear + 2),
				"R" + (firstYear + 3), "R" + (firstYear + 4));
		put(row(sheet, 6), column, "電子申請の導入", "計画", planFirst, planSecond);
		put(row(sheet, 7), column, "", "実績");
	}

	/**
	 * Writes the texts from {@code fromColumn} on, leaving a cell out for an empty text.
	 */
	public static void put(Row row, int fromColumn, String... texts) {
		for (int i = 0; i < texts.length; i++) {
			if (!texts[i].isEmpty()) {
				row.createCell(fromColumn + i).setCellValue(texts[i]);
			}
		}
	}

	public static Row row(Sheet sheet, int index) {
		Row row = sheet.getRow(index);
		return (row != null) ? row : sheet.createRow(index);
	}

}
