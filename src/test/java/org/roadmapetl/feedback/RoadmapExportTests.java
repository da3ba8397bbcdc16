package org.roadmapetl.feedback;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.CsvRows;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consolidated roadmap, loaded again into an empty warehouse, gives back the
 * warehouse's content.
 */
class RoadmapExportTests {

	static final String FINDING_COLUMNS = "finding_type, project_name, coalesce(initiative_name, ''), "
			+ "coalesce(fiscal_year::text, '')";

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void theExportedRoadmapLoadedIntoAFreshWarehouseReproducesTheSamplesExpectedContent() throws Exception {
		Path exported = exportSamples(this.warehouse.database(), this.work);
		Path inbox = Files.createDirectories(this.work.resolve("again"));
		Files.copy(exported, inbox.resolve("roadmap.xlsx"));
		try (TestDatabase fresh = TestDatabase.create()) {
			assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
					fresh.properties()))
				.isEqualTo(ExitCodes.SUCCESS);

			ReportViews views = new ReportViews(fresh);
			views.assertSampleContent();
			assertThat(views.rows("report.findings", FINDING_COLUMNS))
				.isEqualTo(ReportViews.sorted(CsvRows.read("/samples/expected/findings-2025.csv")));
			assertThat(views.rows("report.findings",
					"finding_type, severity, project_name, initiative_name, " + "fiscal_year, message"))
				.isEqualTo(this.warehouse.views()
					.rows("report.findings",
							"finding_type, severity, project_name, " + "initiative_name, fiscal_year, message"));
		}
	}

	@Test
	void everyProjectIsABlockDrawnAsTheFormAndNoCellIsAFormula() throws Exception {
		Path exported = exportSamples(this.warehouse.database(), this.work);
		try (XSSFWorkbook workbook = new XSSFWorkbook(exported.toFile())) {
			Sheet sheet = workbook.getSheet(RoadmapExport.SHEET);
			int blocks = 0;
			java.util.Set<String> merges = new java.util.HashSet<>();
			sheet.getMergedRegions().forEach((region) -> merges.add(region.formatAsString()));
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC, CellType.BLANK);
					assertThat(cell.getCellStyle().getBorderBottom()).as("framed as the form")
						.isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
				}
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("事業名")) {
					blocks++;
					int r = row.getRowNum() + 1;
					// the project's name over B:E, 概要 over the block's width, as the form
					assertThat(merges).contains("B" + r + ":E" + r, "B" + (r + 1) + ":O" + (r + 1));
					assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("概要");
				}
				if (row.getCell(1) != null && row.getCell(1).getStringCellValue().equals("計画")) {
					int r = row.getRowNum() + 1;
					assertThat(merges).as("the initiative over its 計画 and 実績 rows").contains("A" + r + ":A" + (r + 1));
				}
			}
			assertThat(blocks).isEqualTo(13);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("分野");
			assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFillPattern())
				.isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
			assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("R6事業費(千円)");
			for (int column = 0; column < 15; column++) {
				assertThat(((org.apache.poi.xssf.usermodel.XSSFSheet) sheet).getColumnHelper().getColumn(column, false))
					.as("width set for column " + column)
					.isNotNull();
			}
			assertThat(sheet.getColumnWidth(2)).as("a year column").isGreaterThan(sheet.getColumnWidth(1));
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getFitWidth()).isOne();
			assertThat(sheet.getHeader().getCenter()).contains("R6〜R10").contains("報告年度 R7 (2025年度)");
			int usable = -1;
			for (int column = 1; column < 15; column++) {
				usable += sheet.getColumnWidth(column) / 256;
			}
			int checked = 0;
			for (Row row : sheet) {
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("概要")) {
					int width = org.roadmapetl.normalise.DisplayWidth.of(row.getCell(1).getStringCellValue());
					int lines = Math.max(1, (width + usable - 1) / usable);
					if (lines > 1) {
						assertThat(row.getHeightInPoints()).as("every line of 概要 shows")
							.isGreaterThanOrEqualTo(lines * SafeWorkbook.LINE_POINTS);
						checked++;
					}
				}
			}
			assertThat(checked).as("概要 texts over one line").isPositive();
		}
	}

	/**
	 * Loads the sample export for R7 into the database and writes the consolidated
	 * roadmap.
	 */
	static Path exportSamples(TestDatabase database, Path work) throws Exception {
		Path inbox = Files.createDirectories(work.resolve("inbox"));
		try (InputStream in = RoadmapExportTests.class.getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, inbox.resolve("roadmap-export-sample.tsv"));
		}
		assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
				database.properties()))
			.isEqualTo(ExitCodes.SUCCESS);
		Path exported = work.resolve("out").resolve("roadmap.xlsx");
		assertThat(WarmLauncher.launch(new String[] { "export-roadmap", "--out", exported.toString() },
				database.properties()))
			.isEqualTo(ExitCodes.SUCCESS);
		return exported;
	}

}
