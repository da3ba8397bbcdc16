package org.roadmapetl.bench;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.roadmapetl.ReportViews;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The benchmark's synthetic inboxes are real submissions: the hand-zipped workbooks, the
 * workbooks POI's XSSF writer draws and the text exports of the same projects load with
 * the real {@code run}, every project of every sheet or block, each under its own name.
 */
class BenchmarkInboxTests {

	private static final int FILES = 3;

	private static final int PROJECTS_PER_FILE = 15;

	@TempDir
	Path folder;

	private TestDatabase database;

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.create();
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@ParameterizedTest
	@EnumSource(BenchInbox.Kind.class)
	void everyProjectOfTheSyntheticInboxLoadsUnderItsOwnName(BenchInbox.Kind kind) throws Exception {
		BenchInbox inbox = BenchInbox.write(this.folder.resolve("inbox"), kind, FILES, PROJECTS_PER_FILE);

		int status = WarmLauncher.launch(
				new String[] { "run", "--inbox", inbox.folder().toString(), "--fiscal-year", "R7" },
				this.database.properties());

		assertThat(status).isEqualTo(ExitCodes.SUCCESS);
		ReportViews views = new ReportViews(this.database);
		assertThat(views.count("SELECT count(*) FROM report.projects")).isEqualTo(FILES * PROJECTS_PER_FILE);
		assertThat(views.count("SELECT count(DISTINCT project_name) FROM report.projects"))
			.isEqualTo(FILES * PROJECTS_PER_FILE);
		assertThat(views.count("SELECT count(*) FROM report.projects WHERE project_name LIKE '% 第3-15号'")).isOne();
		assertThat(views.count("SELECT count(*) FROM report.initiative_years")).isEqualTo(inbox.initiativeYears());
		// every sample project has a budget, written as a #,##0 number in the workbooks
		assertThat(views.count("SELECT count(*) FROM report.projects WHERE budget_r6_thousand_yen IS NOT NULL"))
			.isEqualTo(FILES * PROJECTS_PER_FILE);
	}

	@Test
	void theSpreadsheetCorpusIsWrittenAsASpreadsheetProgramWritesIt() throws Exception {
		BenchInbox inbox = BenchInbox.write(this.folder.resolve("inbox"), BenchInbox.Kind.SPREADSHEET, 1, 2);

		try (XSSFWorkbook workbook = new XSSFWorkbook(inbox.files().get(0).toFile())) {
			assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
			assertThat(workbook.getSharedStringSource().getUniqueCount()).isGreaterThan(10);
			XSSFSheet sheet = workbook.getSheetAt(1);
			assertThat(sheet.getMergedRegions()).isNotEmpty();
			XSSFCell name = sheet.getRow(sheet.getMergedRegion(0).getFirstRow()).getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
		}
	}

	@Test
	void theParseFloorParsesEveryPartOfEveryWorkbookUpToTheLast() throws Exception {
		BenchInbox inbox = BenchInbox.write(this.folder.resolve("inbox"), BenchInbox.Kind.XLSX, FILES,
				PROJECTS_PER_FILE);
		Path last = inbox.files().get(inbox.files().size() - 1);
		ParseFloor.zipAndSax(inbox.files());
		byte[] bytes = Files.readAllBytes(last);
		Files.write(last, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		assertThatThrownBy(() -> ParseFloor.zipAndSax(inbox.files())).isInstanceOf(java.io.IOException.class);
	}

}
