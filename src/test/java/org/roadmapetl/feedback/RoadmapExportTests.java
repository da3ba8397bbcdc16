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
	void everyProjectIsABlockOfTheFormAndNoCellIsAFormula() throws Exception {
		Path exported = exportSamples(this.warehouse.database(), this.work);
		try (XSSFWorkbook workbook = new XSSFWorkbook(exported.toFile())) {
			Sheet sheet = workbook.getSheet(RoadmapExport.SHEET);
			int blocks = 0;
			for (Row row : sheet) {
				for (Cell cell : row) {
					assertThat(cell.getCellType()).isIn(CellType.STRING, CellType.NUMERIC);
				}
				if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals("事業名")) {
					blocks++;
				}
			}
			assertThat(blocks).isEqualTo(13);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("分野");
			assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("R6事業費(千円)");
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
