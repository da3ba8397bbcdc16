package org.roadmapetl.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ExportBuilder;
import org.roadmapetl.ReportViews;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapetl.ExportBuilder.none;
import static org.roadmapetl.ExportBuilder.years;

/**
 * One test per finding type of gap-rules.md, for reporting year R7 (2025): each
 * submission written here holds an initiative or project that must raise the finding and
 * one beside it that must not.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingTypesTests {

	private static final String COLUMNS = "project_name, coalesce(initiative_name, ''), coalesce(fiscal_year::text, '')";

	@TempDir
	static Path inbox;

	private TestDatabase database;

	private ReportViews views;

	@BeforeAll
	void loadSubmissions() throws Exception {
		new ExportBuilder().project("未報告事業", "100", "R6", "R10", "医療薬務課")
			.initiative("実績なし", years("研修", "", "", "", ""), none())
			.initiative("実績あり", years("研修", "", "", "", ""), years("実施", "", "", "", ""))
			.initiative("来年度", years("", "", "研修", "", ""), none())
			.write(inbox.resolve("missing-actual.tsv"));
		new ExportBuilder().project("計画外事業", "100", "R6", "R10", "医療薬務課")
			.initiative("計画なし", none(), years("臨時実施", "", "", "", ""))
			.initiative("計画どおり", years("研修", "", "", "", ""), years("研修済", "", "", "", ""))
			.write(inbox.resolve("unplanned-actual.tsv"));
		new ExportBuilder().project("先取り事業", "100", "R6", "R10", "医療薬務課")
			.initiative("未来の実績", years("", "", "整備", "", ""), years("", "", "整備済", "", ""))
			.initiative("今年の実績", years("", "整備", "", "", ""), years("", "整備済", "", "", ""))
			.write(inbox.resolve("future-actual.tsv"));
		new ExportBuilder().project("終期超過事業", "100", "R6", "R7", "医療薬務課")
			.initiative("終期後の計画", years("調査", "調査", "拡大", "", ""), years("済", "済", "", "", ""))
			.write(inbox.resolve("plan-after-end.tsv"));
		new ExportBuilder().project("始期前事業", "100", "R7", "R10", "医療薬務課")
			.initiative("始期前の計画", years("準備", "構築", "運用", "運用", "運用"), years("済", "済", "", "", ""))
			.write(inbox.resolve("plan-before-start.tsv"));
		new ExportBuilder().project("空白年度事業", "100", "R6", "R7", "医療薬務課")
			.initiative("初年度のみ", years("設計", "", "", "", ""), years("済", "", "", "", ""))
			.write(inbox.resolve("no-plan.tsv"));
		new ExportBuilder().project("空の取組事業", "100", "R6", "未定", "医療薬務課")
			.initiative("空の取組", none(), none())
			.initiative("中身のある取組", years("①周知", "①", "①", "①", "①"), years("済", "済", "", "", ""))
			.write(inbox.resolve("empty-initiative.tsv"));
		new ExportBuilder().project("予算未記入事業", "", "R6", "R6", "医療薬務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.project("予算記入事業", "1,000", "R6", "R6", "医療薬務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.write(inbox.resolve("missing-budget.tsv"));
		new ExportBuilder().project("誤記課事業", "100", "R6", "R6", "医療業務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.project("正記課事業", "100", "R6", "R6", "医療薬務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.write(inbox.resolve("unknown-organisation.tsv"));
		new ExportBuilder().project("読めない値事業", "約百", "R6", "R6", "医療薬務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.project("読める値事業", "100", "R6", "R6", "医療薬務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.write(inbox.resolve("unreadable-value.tsv"));
		new ExportBuilder().project("継続記号事業", "100", "R6", "R7", "医療薬務課")
			.initiative("定義なし", years("②", "", "", "", ""), years("済", "", "", "", ""))
			.initiative("定義あり", years("①講習", "①", "", "", ""), years("済", "済", "", "", ""))
			.write(inbox.resolve("undefined-continuation.tsv"));
		new ExportBuilder().project("名前のある事業", "100", "R6", "R6", "医療薬務課")
			.initiative("取組", years("実施", "", "", "", ""), years("済", "", "", "", ""))
			.line("分野\t暮らし・まち分野\t項目\t医療・福祉\t担当部局\t健康福祉部\t担当課等\t医療薬務課")
			.line("R6事業費(千円)\t100\t事業始期\tR6\t事業終期\tR6")
			.write(inbox.resolve("unreadable-form.tsv"));
		this.database = TestDatabase.create();
		this.views = new ReportViews(this.database);
		assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
				this.database.properties()))
			.isEqualTo(ExitCodes.SUCCESS);
	}

	@AfterAll
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void missingActualIsAPlanWithNoActualUpToTheReportingYear() throws Exception {
		assertThat(findings("MISSING_ACTUAL", "未報告事業")).containsExactly(List.of("未報告事業", "実績なし", "2024"));
		assertThat(severity("MISSING_ACTUAL")).isEqualTo("error");
	}

	@Test
	void unplannedActualIsAnActualWithNoPlan() throws Exception {
		assertThat(findings("UNPLANNED_ACTUAL", "計画外事業")).containsExactly(List.of("計画外事業", "計画なし", "2024"));
	}

	@Test
	void futureActualIsAnActualAfterTheReportingYear() throws Exception {
		assertThat(findings("FUTURE_ACTUAL", "先取り事業")).containsExactly(List.of("先取り事業", "未来の実績", "2026"));
	}

	@Test
	void planAfterEndIsAPlanPastTheLastFiscalYear() throws Exception {
		assertThat(findings("PLAN_AFTER_END", "終期超過事業")).containsExactly(List.of("終期超過事業", "終期後の計画", "2026"));
		assertThat(findings("PLAN_AFTER_END", "空の取組事業")).as("an open-ended project has no end to pass").isEmpty();
	}

	@Test
	void planBeforeStartIsAPlanBeforeTheFirstFiscalYear() throws Exception {
		assertThat(findings("PLAN_BEFORE_START", "始期前事業")).containsExactly(List.of("始期前事業", "始期前の計画", "2024"));
	}

	@Test
	void noPlanInActiveYearIsAnActiveYearWithoutAnyPlan() throws Exception {
		assertThat(findings("NO_PLAN_IN_ACTIVE_YEAR", "空白年度事業")).containsExactly(List.of("空白年度事業", "", "2025"));
		assertThat(findings("NO_PLAN_IN_ACTIVE_YEAR", "終期超過事業")).as("years after the end are not active").isEmpty();
	}

	@Test
	void emptyInitiativeHasNoPlanAndNoActualInAnyYear() throws Exception {
		assertThat(findings("EMPTY_INITIATIVE", "空の取組事業")).containsExactly(List.of("空の取組事業", "空の取組", ""));
	}

	@Test
	void missingBudgetIsAnEmptyOrUnreadableBudget() throws Exception {
		assertThat(findings("MISSING_BUDGET", "予算%")).containsExactly(List.of("予算未記入事業", "", ""));
		assertThat(findings("MISSING_BUDGET", "読め%")).containsExactly(List.of("読めない値事業", "", ""));
	}

	@Test
	void unknownOrganizationNamesTheClosestMasterName() throws Exception {
		assertThat(findings("UNKNOWN_ORGANIZATION", "%記課事業")).containsExactly(List.of("誤記課事業", "", ""));
		assertThat(this.views.rows("report.findings WHERE finding_type = 'UNKNOWN_ORGANIZATION'", "message, severity"))
			.singleElement()
			.satisfies((row) -> {
				assertThat(row.get(0)).contains("医療業務課").contains("医療薬務課");
				assertThat(row.get(1)).isEqualTo("warning");
			});
	}

	@Test
	void unreadableValueNamesTheFileAndCell() throws Exception {
		assertThat(this.views.rows("report.findings WHERE finding_type = 'UNREADABLE_VALUE'",
				"project_name, source_file, source_location"))
			.containsExactly(List.of("読めない値事業", "unreadable-value.tsv", "line 2, column 4"));
	}

	@Test
	void undefinedContinuationIsABareMarkerWithNoEarlierDefinition() throws Exception {
		assertThat(findings("UNDEFINED_CONTINUATION", "継続記号事業")).containsExactly(List.of("継続記号事業", "定義なし", "2024"));
	}

	@Test
	void unreadableFormIsABlockThatCannotBeReadAsAProject() throws Exception {
		assertThat(this.views.rows("report.findings WHERE finding_type = 'UNREADABLE_FORM'",
				"source_file, source_location, severity"))
			.containsExactly(List.of("unreadable-form.tsv", "line 8, column 1", "error"));
		assertThat(this.views.count("SELECT count(*) FROM report.projects WHERE project_name = '名前のある事業'"))
			.isEqualTo(1);
	}

	@Test
	void everyFindingCarriesDepartmentSectionMessageAndSource() throws Exception {
		assertThat(this.views.count("""
				SELECT count(*) FROM report.findings
				WHERE (finding_type <> 'UNREADABLE_FORM' AND (department IS NULL OR section IS NULL))
				   OR message = '' OR source_file IS NULL
				   OR source_location IS NULL OR reporting_fiscal_year <> 2025""")).isZero();
	}

	private List<List<String>> findings(String type, String projectPattern) throws Exception {
		return this.views.rows(
				"report.findings WHERE finding_type = '" + type + "' AND project_name LIKE '" + projectPattern + "'",
				COLUMNS);
	}

	private String severity(String type) throws Exception {
		return this.views.rows("report.findings WHERE finding_type = '" + type + "'", "DISTINCT severity")
			.get(0)
			.get(0);
	}

}
