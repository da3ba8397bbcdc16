package org.roadmapetl.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.CsvRows;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The findings and statuses of the sample export for reporting year R7, and their
 * stability under reruns.
 */
class SampleFindingsTests {

	private static final String FINDING_COLUMNS = "finding_type, project_name, coalesce(initiative_name, ''), "
			+ "coalesce(fiscal_year::text, '')";

	private static final String ALL_BUT_TIME = "finding_type, severity, reporting_fiscal_year, department, section, "
			+ "project_name, initiative_name, fiscal_year, message, source_file, source_location";

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@BeforeEach
	void loadSample() throws Exception {
		SampleFiles.copyInto(this.inbox, SampleFiles.EXPORT);
		assertThat(run("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
	}

	@Test
	void findingsAreExactlyTheExpectedOnesForR7() throws Exception {
		assertThat(ReportViews.byMatchKey(this.warehouse.views().rows("report.findings", FINDING_COLUMNS)))
			.isEqualTo(ReportViews.byMatchKey(CsvRows.read("/samples/expected/findings-2025.csv")));
	}

	@Test
	void theWorkedExampleOfTheGapRulesHolds() throws Exception {
		assertThat(this.warehouse.views()
			.rows("report.initiative_years WHERE project_name = 'オンライン診療設備整備費補助'",
					"fiscal_year, status, plan_text_resolved, reporting_fiscal_year"))
			.containsExactly(List.of("2024", "MISSING_ACTUAL", "①補助金交付", "2025"),
					List.of("2025", "MISSING_ACTUAL", "①補助金交付", "2025"), List.of("2026", "PLANNED", "①補助金交付", "2025"),
					List.of("2027", "PLANNED", "①補助金交付", "2025"), List.of("2028", "PLANNED", "①補助金交付", "2025"));
		assertThat(this.warehouse.views()
			.rows("report.findings WHERE project_name = '障害福祉施設等介護ロボット導入支援事業費補助'", "finding_type, fiscal_year"))
			.containsExactly(List.of("MISSING_ACTUAL", "2024"), List.of("MISSING_ACTUAL", "2025"),
					List.of("PLAN_AFTER_END", "2025"));
	}

	/**
	 * The rules run side by side on connections of their own as far as the pool lends
	 * them, else one by one.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "2", "3", "10" })
	void aCheckFindsTheSameWhateverConnectionsThePoolHas(String poolSize) throws Exception {
		List<List<String>> findings = this.warehouse.views().rows("report.findings", ALL_BUT_TIME);
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.put("spring.datasource.hikari.maximum-pool-size", poolSize);
		properties.put("roadmap.load.reader-threads", "4");

		assertThat(WarmLauncher.launch(new String[] { "check", "--fiscal-year", "R7" }, properties))
			.isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().rows("report.findings", ALL_BUT_TIME)).isEqualTo(findings).isNotEmpty();
	}

	@Test
	void checkingTwiceOrRerunningLeavesTheFindingsAsTheyWere() throws Exception {
		List<List<String>> findings = this.warehouse.views().rows("report.findings", ALL_BUT_TIME);

		assertThat(run("check", "--fiscal-year", "令和7年度")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run("check", "--fiscal-year", "2025")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().rows("report.findings", ALL_BUT_TIME)).isEqualTo(findings);

		assertThat(run("rerun", "--all", "--inbox", this.inbox.toString(), "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().rows("report.findings", ALL_BUT_TIME)).isEqualTo(findings);
	}

	@Test
	void checkingAnotherYearReplacesTheFindingsAndStatuses() throws Exception {
		assertThat(run("check", "--fiscal-year", "R6")).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM report.findings WHERE reporting_fiscal_year <> 2024")).isZero();
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM report.findings WHERE finding_type = 'MISSING_ACTUAL'"))
			.as("every R6 plan without an actual, and no R7 one")
			.isEqualTo(14);
		assertThat(this.warehouse.views()
			.rows("report.initiative_years WHERE project_name = 'オンライン診療設備整備費補助' " + "AND fiscal_year = 2025",
					"status"))
			.containsExactly(List.of("PLANNED"));
	}

	@Test
	void departmentProgressCountsPlannedAndReportedCellsAfterSplittingJointNames() throws Exception {
		assertThat(this.warehouse.views()
			.rows("report.department_progress WHERE fiscal_year IN (2024, 2026)",
					"department, fiscal_year, projects, planned_cells, reported_cells, missing_actual_cells, "
							+ "coalesce(completion_rate::text, 'NULL')"))
			.containsExactly(List.of("健康福祉部", "2024", "11", "12", "0", "12", "0.0000"),
					List.of("健康福祉部", "2026", "11", "5", "1", "0", "NULL"),
					List.of("教育庁", "2024", "1", "1", "0", "1", "0.0000"),
					List.of("教育庁", "2026", "1", "1", "0", "0", "NULL"),
					List.of("病院局", "2024", "1", "1", "0", "1", "0.0000"),
					List.of("病院局", "2026", "1", "2", "0", "0", "NULL"));
		assertThat(this.warehouse.views()
			.rows("report.budget_summary",
					"field, category, department, projects, priority_projects, " + "budget_r6_thousand_yen"))
			.contains(List.of("暮らし・まち分野", "学校教育", "教育庁", "1", "0", "254960"),
					List.of("暮らし・まち分野", "医療・福祉", "健康福祉部", "9", "3", "368683"));
	}

	private int run(String... args) {
		return WarmLauncher.launch(args, this.warehouse.database().properties());
	}

}
