package org.roadmapetl.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
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
 * Findings from night to night (gap-rules.md "Lifecycle"), over several runs of the real
 * job for reporting year R7: a department's workbook, its resubmission, a night with only
 * an unreadable file, and a rerun of the first file. Each test is one night and relies on
 * the nights before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FindingLifecycleTests {

	private static final String FINDING = "finding_type, project_name, coalesce(initiative_name, ''), "
			+ "coalesce(fiscal_year::text, '')";

	@TempDir
	static Path work;

	private Path inbox;

	private Path firstWorkbook;

	private TestDatabase database;

	private ReportViews views;

	private List<List<String>> firstSeenOnNightOne;

	@BeforeAll
	void createWarehouse() throws Exception {
		this.inbox = Files.createDirectories(work.resolve("inbox"));
		this.database = TestDatabase.create();
		this.views = new ReportViews(this.database);
	}

	@AfterAll
	void dropWarehouse() {
		this.database.close();
	}

	@Test
	@Order(1)
	void nightOneFindsEverythingNew() throws Exception {
		this.firstWorkbook = new ExportBuilder().project("遠隔相談事業", "100", "R6", "未定", "医療薬務課")
			.initiative("相談窓口", years("窓口開設", "運用", "", "", ""), years("開設済", "", "", "", ""))
			.initiative("周知", years("広報", "広報", "", "", ""), none())
			.project("施設整備事業", "100", "R6", "R8", "医療薬務課")
			.initiative("設計と工事", years("設計", "工事", "", "", ""), years("済", "", "", "", ""))
			.writeWorkbook(this.inbox.resolve("健康福祉部.xlsx"));
		arrivedHoursAgo(this.firstWorkbook, 3);

		assertThat(launch("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.views.rows("report.findings", FINDING))
			.containsExactlyElementsOf(ReportViews.sorted(List.of(List.of("MISSING_ACTUAL", "遠隔相談事業", "相談窓口", "2025"),
					List.of("MISSING_ACTUAL", "遠隔相談事業", "周知", "2024"),
					List.of("MISSING_ACTUAL", "遠隔相談事業", "周知", "2025"),
					List.of("NO_PLAN_IN_ACTIVE_YEAR", "遠隔相談事業", "", "2026"),
					List.of("NO_PLAN_IN_ACTIVE_YEAR", "遠隔相談事業", "", "2027"),
					List.of("NO_PLAN_IN_ACTIVE_YEAR", "遠隔相談事業", "", "2028"),
					List.of("MISSING_ACTUAL", "施設整備事業", "設計と工事", "2025"),
					List.of("NO_PLAN_IN_ACTIVE_YEAR", "施設整備事業", "", "2026"))));
		assertThat(this.views.rows("report.findings", "DISTINCT state")).containsExactly(List.of("new"));
		assertThat(this.views.count("SELECT count(DISTINCT finding_key) FROM report.findings")).isEqualTo(8);
		assertThat(this.views.rows("report.finding_history", "DISTINCT state, times_reopened"))
			.containsExactly(List.of("open", "0"));
		this.firstSeenOnNightOne = this.views.rows("report.findings", "finding_key, first_seen_at");
		assertThat(status()).contains("findings: 8 new, 0 resolved, 0 reopened");
	}

	@Test
	@Order(2)
	void nightTwoResolvesTheFilledActualAndFindsOnlyTheChangesNew() throws Exception {
		Path resubmission = new ExportBuilder().project("遠隔相談事業", "100", "R6", "未定", "医療薬務課")
			.initiative("相談窓口", years("窓口開設", "運用", "", "", ""), years("開設済", "運用中", "", "", ""))
			.initiative("周知", years("広報誌", "広報", "", "", ""), none())
			.initiative("研修", years("研修", "", "", "", ""), none())
			.writeWorkbook(this.inbox.resolve("健康福祉部-再提出.xlsx"));
		arrivedHoursAgo(resubmission, 2);

		assertThat(launch("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.views.rows("report.finding_history WHERE state = 'resolved'", FINDING))
			.containsExactly(List.of("MISSING_ACTUAL", "遠隔相談事業", "相談窓口", "2025"));
		assertThat(this.views.rows("report.findings WHERE state = 'new'", FINDING))
			.containsExactlyElementsOf(ReportViews.sorted(List.of(List.of("MISSING_ACTUAL", "遠隔相談事業", "研修", "2024"),
					List.of("PAST_PLAN_CHANGED", "遠隔相談事業", "周知", "2024"),
					List.of("PROJECT_DROPPED", "施設整備事業", "", ""))));
		assertThat(this.views.rows("report.findings WHERE state <> 'new'", "DISTINCT state"))
			.containsExactly(List.of("open"));
		List<List<String>> stillOpen = this.views.rows("report.findings WHERE state = 'open'",
				"finding_key, first_seen_at");
		assertThat(stillOpen).hasSize(7);
		assertThat(this.firstSeenOnNightOne).containsAll(stillOpen);
		assertThat(this.views.rows("report.findings WHERE finding_type = 'MISSING_ACTUAL' AND initiative_name = '周知' "
				+ "AND fiscal_year = 2024", "state, message"))
			.singleElement()
			.satisfies((row) -> assertThat(row).containsExactly("open", "取組「周知」のR6年度の実績が未記入です。計画「広報誌」に対する実績を記入してください"));
		assertThat(this.views.rows("report.findings WHERE finding_type = 'PAST_PLAN_CHANGED'", "severity, message"))
			.singleElement()
			.satisfies((row) -> assertThat(row.get(1)).contains("「広報」").contains("「広報誌」"));
		assertThat(this.views.rows("report.project_changes WHERE project_name = '遠隔相談事業' AND change_type <> 'added'",
				"change_type, coalesce(initiative_name, ''), coalesce(fiscal_year::text, ''), coalesce(old_value, ''), "
						+ "coalesce(new_value, ''), source_file"))
			.containsExactlyElementsOf(
					ReportViews.sorted(List.of(List.of("actual", "相談窓口", "2025", "", "運用中", "健康福祉部-再提出.xlsx"),
							List.of("initiative_added", "研修", "", "", "研修", "健康福祉部-再提出.xlsx"),
							List.of("plan", "周知", "2024", "広報", "広報誌", "健康福祉部-再提出.xlsx"))));
		assertThat(status()).contains("findings: 3 new, 1 resolved, 0 reopened");
	}

	@Test
	@Order(3)
	void aNightWithOnlyAnUnreadableFileAndTwoChecksFindNothingNewAndStoreWhenTheySawEachFinding() throws Exception {
		List<List<String>> history = this.views.rows("report.finding_history", HISTORY_CONTENT);
		List<List<String>> findings = this.views.rows("report.findings", FINDING_CONTENT);
		Path folder = Files.createDirectories(this.inbox.resolve("健康福祉部"));
		Files.write(folder.resolve("再々提出.xlsx"), "not a workbook at all".getBytes(StandardCharsets.UTF_8));
		arrivedHoursAgo(folder.resolve("再々提出.xlsx"), 1);

		assertThat(launch("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(launch("check", "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		String firstCheck = checkedAt();
		assertThat(launch("check", "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		String secondCheck = checkedAt();

		assertThat(secondCheck).isGreaterThan(firstCheck);
		assertThat(this.views.rows("report.finding_history", HISTORY_CONTENT)).isEqualTo(history);
		assertThat(this.views.rows("report.findings", FINDING_CONTENT)).isEqualTo(findings);
		assertThat(this.views.rows("report.findings", "DISTINCT state")).as("new lasts one check")
			.containsExactly(List.of("open"));
		assertThat(this.views.rows("report.findings", "DISTINCT detected_at::text"))
			.as("stored, the latest check's time")
			.containsExactly(List.of(secondCheck));
		assertThat(this.views.rows("report.finding_history WHERE state = 'open'", "DISTINCT last_seen_at::text"))
			.containsExactly(List.of(secondCheck));
		assertThat(this.views
			.count("SELECT count(*) FROM report.finding_history WHERE first_seen_at >= '" + firstCheck + "'"))
			.as("first seen before tonight")
			.isZero();
		assertThat(status()).doesNotContain("findings: 3 new").contains("findings: 0 new, 0 resolved, 0 reopened");
		assertThat(this.views.rows("dw.quarantined_file", "inbox_department")).containsExactly(List.of("健康福祉部"));
	}

	@Test
	@Order(4)
	void rerunOfAllUnchangedFilesChangesNothingButWhenTheFindingsWereSeen() throws Exception {
		List<List<String>> history = this.views.rows("report.finding_history", HISTORY_CONTENT);
		List<List<String>> findings = this.views.rows("report.findings", FINDING_CONTENT + ", state");
		List<List<String>> changes = this.views.everything("report.project_changes");

		assertThat(launch("rerun", "--all", "--inbox", this.inbox.toString(), "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.views.rows("report.finding_history", HISTORY_CONTENT)).isEqualTo(history);
		assertThat(this.views.rows("report.findings", FINDING_CONTENT + ", state")).isEqualTo(findings);
		assertThat(this.views.everything("report.project_changes")).isEqualTo(changes);
	}

	@Test
	@Order(5)
	void rerunOfTheFirstWorkbookReopensTheFixedFindingAndResolvesWhatItNoLongerHas() throws Exception {
		assertThat(launch("rerun", "--file", this.firstWorkbook.toString(), "--inbox", this.inbox.toString(),
				"--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.views.rows("report.findings WHERE state = 'reopened'", FINDING))
			.containsExactly(List.of("MISSING_ACTUAL", "遠隔相談事業", "相談窓口", "2025"));
		assertThat(this.views.rows("report.finding_history WHERE initiative_name = '相談窓口'",
				"state, times_reopened, coalesce(resolved_at::text, '')"))
			.containsExactly(List.of("open", "1", ""));
		assertThat(this.views.rows("report.finding_history WHERE state = 'resolved'", FINDING))
			.containsExactly(List.of("MISSING_ACTUAL", "遠隔相談事業", "研修", "2024"));
		// a rerun makes no file newer: the revised workbook, first loaded later, is still
		// the department's latest
		assertThat(this.views.rows("report.findings WHERE finding_type = 'PROJECT_DROPPED'", "project_name, state"))
			.containsExactly(List.of("施設整備事業", "open"));
		assertThat(this.views.count("SELECT count(*) FROM report.finding_history WHERE state = 'resolved' "
				+ "AND resolved_at IS NOT NULL AND resolved_at >= last_seen_at"))
			.isEqualTo(1);
		assertThat(status()).contains("findings: 0 new, 1 resolved, 1 reopened");
	}

	@Test
	@Order(6)
	void aCheckOfAnotherYearLeavesTheFindingsOfTheFirstAsTheyWere() throws Exception {
		List<List<String>> history = this.views.everything("report.finding_history WHERE reporting_fiscal_year = 2025");

		assertThat(launch("check", "--fiscal-year", "R6")).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.views.everything("report.finding_history WHERE reporting_fiscal_year = 2025"))
			.isEqualTo(history);
		assertThat(this.views.rows("report.findings", "DISTINCT reporting_fiscal_year, state"))
			.containsExactly(List.of("2024", "new"));
		assertThat(this.views.count("SELECT count(*) FROM report.finding_history WHERE reporting_fiscal_year = 2024 "
				+ "AND (last_seen_at IS NULL OR detected_at IS NULL)"))
			.isZero();
	}

	private int launch(String... args) {
		return WarmLauncher.launch(args, this.database.properties());
	}

	/** What {@code status} prints. */
	private String status() {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(WarmLauncher.launch(new String[] { "status" }, this.database.properties()))
				.isEqualTo(ExitCodes.SUCCESS);
		}
		finally {
			System.setOut(original);
		}
		String out = captured.toString(StandardCharsets.UTF_8);
		// The latest run is listed first: its lines run up to the next run's line.
		String[] runs = out.split("\n(?=\\s*\\d+\\s{2})");
		return (runs.length > 1) ? runs[1] : out;
	}

	private static void arrivedHoursAgo(Path file, int hours) throws Exception {
		Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(Duration.ofHours(hours))));
	}

	/**
	 * What a finding's history says, less when it was last seen (every check stores
	 * that).
	 */
	private static final String HISTORY_CONTENT = "finding_type, severity, reporting_fiscal_year, department, section, "
			+ "project_name, initiative_name, fiscal_year, message, source_file, source_location, finding_key, state, "
			+ "first_seen_at, resolved_at, times_reopened";

	private static final String FINDING_CONTENT = "finding_type, severity, reporting_fiscal_year, department, section, "
			+ "project_name, initiative_name, fiscal_year, message, source_file, source_location, finding_key, first_seen_at";

	private String checkedAt() throws Exception {
		return this.views.rows("dw.check_state", "checked_at::text").get(0).get(0);
	}

}
