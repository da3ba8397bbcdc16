package org.roadmapetl.job;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapetl.HabitWorkbooks.block;
import static org.roadmapetl.HabitWorkbooks.put;
import static org.roadmapetl.HabitWorkbooks.row;

/**
 * A department's workbook with the habits offices bring into the template, through the
 * real job into the warehouse: the template's example (作成例) and a hidden older version
 * (R6当初提出, last) are not loaded and are named in the run's log; a plan merged over R7–R9
 * and an arrow in R10 are plans of those years, so no year of the project lacks a plan; a
 * block beside it is its own project.
 */
@ExtendWith(OutputCaptureExtension.class)
class OfficeHabitsLoadTests {

	private static final String PROJECT = "電子申請システム整備事業";

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@ParameterizedTest
	@ValueSource(strings = { "xlsx", "xls" })
	void theHabitsLoadAsTheRulesSay(String format, CapturedOutput output) throws Exception {
		Path file = this.inbox.resolve("総務部." + format);
		try (Workbook workbook = "xls".equals(format) ? new HSSFWorkbook() : new XSSFWorkbook();
				OutputStream out = Files.newOutputStream(file)) {
			block(workbook.createSheet("作成例"), "総務部", "○○業務システム導入事業", 1000, "検討", "導入");
			Sheet sheet = workbook.createSheet("R7提出");
			block(sheet, 0, "総務部", PROJECT, 6761, "検討", "システム構築");
			sheet.addMergedRegion(new CellRangeAddress(6, 6, 3, 5));
			row(sheet, 6).createCell(6).setCellValue("→");
			put(row(sheet, 7), 2, "調査", "継続");
			block(sheet, 9, "総務部", "庁内DX推進事業", 1200, "研修", "⇒");
			Sheet older = workbook.createSheet("R6当初提出");
			block(older, "総務部", PROJECT, 7440, "", "検討");
			workbook.setSheetVisibility(workbook.getSheetIndex(older), SheetVisibility.HIDDEN);
			workbook.write(out);
		}
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minusSeconds(3600)));

		int status = WarmLauncher.launch(
				new String[] { "run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7" },
				this.warehouse.database().properties());

		assertThat(status).isEqualTo(ExitCodes.SUCCESS);
		ReportViews views = this.warehouse.views();
		assertThat(views.rows("report.projects", "project_name, budget_r6_thousand_yen"))
			.containsExactlyInAnyOrder(List.of(PROJECT, "6761"), List.of("庁内DX推進事業", "1200"));
		assertThat(views.rows("report.initiative_years",
				"fiscal_year, plan_text_resolved, actual_text FROM " + "report.initiative_years WHERE project_name = '"
						+ PROJECT + "' --"))
			.containsExactly(List.of("2024", "検討", "調査"), List.of("2025", "システム構築", "継続"),
					List.of("2026", "システム構築", ""), List.of("2027", "システム構築", ""), List.of("2028", "システム構築", ""));
		assertThat(views.count("SELECT count(*) FROM report.findings WHERE project_name = '○○業務システム導入事業'")).isZero();
		assertThat(views.count("SELECT count(*) FROM report.findings WHERE finding_type = 'NO_PLAN_IN_ACTIVE_YEAR' "
				+ "AND project_name = '" + PROJECT + "'"))
			.isZero();
		assertThat(views.rows("report.findings",
				"fiscal_year FROM report.findings WHERE finding_type = "
						+ "'NO_PLAN_IN_ACTIVE_YEAR' AND project_name = '庁内DX推進事業' --"))
			.containsExactly(List.of("2026"), List.of("2027"), List.of("2028"));
		assertThat(output).contains("Not loaded: シート「作成例」(記入例のシート)").contains("Not loaded: シート「R6当初提出」(非表示のシート)");
	}

}
