package org.roadmapetl.feedback;

import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.submission.Cell;
import org.roadmapetl.submission.CellRef;
import org.roadmapetl.submission.SheetRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A text file drawn as a sheet keeps to what a sheet holds: a line longer than 16,384
 * fields is drawn up to the sheet's edge, and the findings of the file are still marked.
 */
class DrawnSubmissionTests {

	@TempDir
	Path work;

	@Test
	void aLineWiderThanASheetIsDrawnToItsEdgeAndTheRestIsStillMarked() throws Exception {
		CellMarks marks = new CellMarks();
		marks.add(new FindingRow("error", "MISSING_ACTUAL", "new", "事業", "取組", 2025, "実績が未記入です", "wide.csv",
				"line 2, column 3", null));
		Path target = this.work.resolve("wide_指摘入り.xlsx");
		try (DrawnSubmission drawn = new DrawnSubmission(marks, "wide")) {
			drawn.startSheet(null, true);
			drawn.row(new SheetRow(1,
					List.of(new Cell("概要", CellRef.inText("wide.csv", 1, 1)),
							new Cell("far", CellRef.inText("wide.csv", 1, 16_384)),
							new Cell("beyond", CellRef.inText("wide.csv", 1, 20_000)))));
			drawn.row(new SheetRow(2, List.of(new Cell("計画", CellRef.inText("wide.csv", 2, 2)),
					new Cell("研修", CellRef.inText("wide.csv", 2, 3)))));
			drawn.endSheet();
			drawn.writeTo(target);
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(target.toFile())) {
			XSSFSheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(16_383).getStringCellValue()).isEqualTo("far");
			assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) 16_384);
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("研修");
			assertThat(sheet.getRow(1).getCell(2).getCellComment().getString().getString()).contains("実績が未記入です");
		}
	}

}
