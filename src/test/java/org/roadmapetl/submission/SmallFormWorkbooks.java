package org.roadmapetl.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Builds the same small roadmap form with any POI writer (XSSF, SXSSF, HSSF). */
final class SmallFormWorkbooks {

	/** What either reader must make of {@link #fill}'s first sheet. */
	static final List<String> FIRST_SHEET_CELLS = List.of("'教育庁'!B1=(別紙2-2)令和5年度DX関連事業ロードマップ", "'教育庁'!B3=事業名",
			"'教育庁'!C3=校務のICT\n活用推進事業", "'教育庁'!F3=R6事業費\n(千円)", "'教育庁'!G3=4202", "'教育庁'!B4=事業始期", "'教育庁'!C4=2024-04-01",
			"'教育庁'!D4=TRUE", "'教育庁'!F4=8404", "'教育庁'!B6=取組", "'教育庁'!C6=R6", "'教育庁'!D6=R7", "'教育庁'!E6=R8", "'教育庁'!F6=R9",
			"'教育庁'!G6=R10", "'教育庁'!B7=統合型校務支援システム運用", "'教育庁'!C7=計画", "'教育庁'!D7=①システム設計", "'教育庁'!E7=1.5", "'教育庁'!C8=実績",
			"'教育庁'!D8=①", "'教育庁'!E8=0.3", "'教育庁'!D12=R7も継続");

	private SmallFormWorkbooks() {
	}

	/**
	 * Three sheets: a block at column B under a title row on the first, one cell on each
	 * of the others.
	 * @param uncachedFormula whether to add a formula that was never calculated (G4);
	 * HSSF cannot hold one
	 */
	static void fill(Workbook workbook, boolean uncachedFormula) {
		Sheet sheet = workbook.createSheet("教育庁");
		CellStyle grouped = workbook.createCellStyle();
		grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
		CellStyle date = workbook.createCellStyle();
		date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));

		row(sheet, 0).createCell(1).setCellValue("(別紙2-2)令和5年度DX関連事業ロードマップ");
		Row r3 = row(sheet, 2);
		r3.createCell(1).setCellValue("事業名");
		r3.createCell(2).setCellValue("校務のICT\n活用推進事業");
		r3.createCell(5).setCellValue("R6事業費\n(千円)");
		r3.createCell(6).setCellValue(4202);
		r3.getCell(6).setCellStyle(grouped);
		Row r4 = row(sheet, 3);
		r4.createCell(1).setCellValue("事業始期");
		r4.createCell(2).setCellValue(LocalDate.of(2024, 4, 1));
		r4.getCell(2).setCellStyle(date);
		r4.createCell(3).setCellValue(true);
		r4.createCell(4).setCellValue(" \u3000 ");
		r4.createCell(5).setCellFormula("G3*2");
		r4.getCell(5).setCellValue(8404);
		if (uncachedFormula) {
			r4.createCell(6).setCellFormula("C99+1");
		}
		row(sheet, 4).createCell(3).setCellValue("");
		String[] header = { "取組", "R6", "R7", "R8", "R9", "R10" };
		Row r6 = row(sheet, 5);
		for (int i = 0; i < header.length; i++) {
			r6.createCell(1 + i).setCellValue(header[i]);
		}
		Row r7 = row(sheet, 6);
		r7.createCell(1).setCellValue("統合型校務支援システム運用");
		r7.createCell(2).setCellValue("計画");
		r7.createCell(3).setCellValue("①システム設計");
		r7.createCell(4).setCellValue(1.5);
		Row r8 = row(sheet, 7);
		r8.createCell(1).setCellValue("merged away");
		r8.createCell(2).setCellValue("実績");
		r8.createCell(3).setCellValue("①");
		r8.createCell(4).setCellValue(0.1 + 0.2);
		sheet.addMergedRegion(CellRangeAddress.valueOf("B7:B8"));
		row(sheet, 11).createCell(3).setCellValue("R7も継続");

		workbook.createSheet("病院局").createRow(0).createCell(0).setCellValue("分野");
		workbook.createSheet("健康福祉部").createRow(1).createCell(1).setCellValue("医療・福祉");
	}

	static Path save(Workbook workbook, Path file) throws IOException {
		try (workbook; OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		return file;
	}

	private static Row row(Sheet sheet, int index) {
		return sheet.createRow(index);
	}

}
