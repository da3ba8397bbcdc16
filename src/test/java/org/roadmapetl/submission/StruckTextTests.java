package org.roadmapetl.submission;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * 見え消し in the workbook formats: struck text is no part of the value and stays marked in
 * the submitted text.
 */
class StruckTextTests {

	private static final String NS = HandWrittenXlsx.MAIN_NS;

	@TempDir
	Path dir;

	@Test
	void struckRunsOfSharedAndInlineStringsAreLeftOutAndMarked() throws IOException {
		Path file = HandWrittenXlsx.write(this.dir.resolve("runs.xlsx"), "S",
				"""
						<worksheet xmlns="%s"><sheetData><row r="1">
						<c r="A1" t="s"><v>0</v></c>
						<c r="B1" t="inlineStr"><is><r><rPr><strike/></rPr><t>旧: 検討</t></r><r><t xml:space="preserve"> 導入</t></r></is></c>
						<c r="C1" t="s"><v>1</v></c>
						<c r="D1" t="inlineStr"><is><r><rPr><strike val="0"/></rPr><t>残す</t></r></is></c>
						<c r="E1" t="s"><v>2</v></c>
						</row></sheetData></worksheet>"""
					.formatted(NS),
				"""
						<sst xmlns="%s"><si><r><rPr><strike/><sz val="11"/></rPr><t>R7</t></r><r><rPr><sz val="11"/></rPr><t>R8</t></r></si>
						<si><r><rPr><strike val="true"/></rPr><t>全部消し</t></r></si>
						<si><r><t>事業</t></r><r><rPr><strike/></rPr><t>旧</t></r><r><t>名</t></r><rPh sb="0" eb="2"><t>ジギョウ</t></rPh></si>
						</sst>"""
					.formatted(NS));

		RecordingSink sink = new RecordingSink();
		new XlsxSubmissionReader().read(file, "runs.xlsx", sink);

		assertThat(sink.rows.get(0).cells()).extracting(Cell::text, Cell::submitted)
			.containsExactly(tuple("R8", "~~R7~~R8"), tuple(" 導入", "~~旧: 検討~~ 導入"), tuple("残す", "残す"),
					tuple("事業名", "事業~~旧~~名"));
	}

	@Test
	void anXlsCellWhoseFontIsStruckIsEmptyAndRichTextRunsAreLeftOut() throws IOException {
		Path file = this.dir.resolve("struck.xls");
		try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Font strike = workbook.createFont();
			strike.setStrikeout(true);
			CellStyle struck = workbook.createCellStyle();
			struck.setFont(strike);
			Row row = workbook.createSheet("S").createRow(0);
			HSSFRichTextString revised = new HSSFRichTextString("R7 R8");
			revised.applyFont(0, 2, strike);
			row.createCell(0).setCellValue(revised);
			row.createCell(1).setCellValue("旧計画");
			row.getCell(1).setCellStyle(struck);
			row.createCell(2).setCellValue(4202);
			row.getCell(2).setCellStyle(struck);
			row.createCell(3).setCellValue("導入");
			workbook.write(out);
		}

		RecordingSink sink = new RecordingSink();
		new XlsSubmissionReader().read(file, "struck.xls", sink);

		assertThat(sink.rows.get(0).cells()).extracting(Cell::text, Cell::submitted)
			.containsExactly(tuple(" R8", "~~R7~~ R8"), tuple("導入", "導入"));
	}

}
