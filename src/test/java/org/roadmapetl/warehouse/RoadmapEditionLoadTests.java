package org.roadmapetl.warehouse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A revised roadmap moves its window: the sample export re-drawn as the R7–R11 edition
 * (every year a year later, the budget labelled R7事業費(千円)) loads under
 * {@code roadmap.period=R7-R11} exactly as the original loads under R6-R10, a year later;
 * under R6-R10 its R11 column is reported, not dropped.
 */
class RoadmapEditionLoadTests {

	private static final String FINDINGS = "finding_type, project_name, coalesce(initiative_name, ''), "
			+ "coalesce(fiscal_year::text, '')";

	/**
	 * An era year in a header or a start/end cell (the sample has no other): R6, R10,
	 * H31.
	 */
	private static final Pattern ERA_YEAR = Pattern.compile("(?<![A-Za-z])([RH])([0-9]{1,2})(?![0-9])");

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@RegisterExtension
	final FreshDatabase original = new FreshDatabase();

	@Test
	void theR7EditionLoadsUnderItsPeriodAsTheOriginalDoesAYearEarlier() throws Exception {
		Path edition = this.inbox.resolve("edition");
		Files.createDirectories(edition);
		Files.writeString(edition.resolve("roadmap-r7-r11.tsv"), shiftedByAYear(sample()), StandardCharsets.UTF_8);
		Path plain = this.inbox.resolve("original");
		Files.createDirectories(plain);
		Files.writeString(plain.resolve("roadmap-export-sample.tsv"), sample(), StandardCharsets.UTF_8);

		assertThat(run(this.warehouse, "R7-R11", "run", "--inbox", edition.toString(), "--fiscal-year", "R8"))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(run(this.original, "R6-R10", "run", "--inbox", plain.toString(), "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);

		ReportViews views = this.warehouse.views();
		assertThat(views.rows("report.initiative_years", "DISTINCT fiscal_year, fiscal_year_label")).containsExactly(
				List.of("2025", "R7"), List.of("2026", "R8"), List.of("2027", "R9"), List.of("2028", "R10"),
				List.of("2029", "R11"));
		assertThat(views.rows("report.projects", "DISTINCT budget_fiscal_year, budget_r6_thousand_yen IS NULL"))
			.containsExactly(List.of("2025", "true"));
		assertThat(views.rows("report.projects", "project_name, budget_thousand_yen"))
			.isEqualTo(this.original.views().rows("report.projects", "project_name, budget_r6_thousand_yen"));
		assertThat(views.rows("report.budget_summary",
				"field, category, department, budget_fiscal_year - 1, budget_thousand_yen"))
			.isEqualTo(this.original.views()
				.rows("report.budget_summary",
						"field, category, department, budget_fiscal_year, budget_r6_thousand_yen"));
		assertThat(views.count("SELECT count(*) FROM report.findings WHERE finding_type = 'MISSING_BUDGET'")).isZero();
		assertThat(views.rows("report.findings", FINDINGS)).isNotEmpty()
			.isEqualTo(shiftedFindings(this.original.views().rows("report.findings", FINDINGS)));
		assertThat(views.rows("report.department_progress", "DISTINCT fiscal_year")).containsExactly(List.of("2025"),
				List.of("2026"), List.of("2027"), List.of("2028"), List.of("2029"));
	}

	@Test
	void anR11ColumnUnderR6ToR10IsReportedCellByCellAsOutOfPeriod() throws Exception {
		Files.writeString(this.inbox.resolve("roadmap-r7-r11.tsv"), shiftedByAYear(sample()), StandardCharsets.UTF_8);

		assertThat(run(this.warehouse, "R6-R10", "run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);

		ReportViews views = this.warehouse.views();
		long filledR11Cells = views.count("SELECT count(*) FROM dw.initiative_year WHERE fiscal_year = 2029 "
				+ "AND (plan_text <> '' OR actual_text <> '')");
		assertThat(filledR11Cells).isPositive();
		assertThat(views.count("SELECT count(*) FROM report.findings WHERE finding_type = 'OUT_OF_PERIOD' "
				+ "AND severity = 'warning' AND fiscal_year = 2029 AND source_file = 'roadmap-r7-r11.tsv' "
				+ "AND source_location ~ '^line [0-9]+, column [0-9]+$' AND message LIKE '%R11%R6〜R10%'"))
			.isEqualTo(filledR11Cells);
		assertThat(views.count("SELECT count(*) FROM report.findings WHERE finding_type = 'OUT_OF_PERIOD'"))
			.isEqualTo(filledR11Cells);
		assertThat(views.rows("report.initiative_years", "DISTINCT fiscal_year")).containsExactly(List.of("2024"),
				List.of("2025"), List.of("2026"), List.of("2027"), List.of("2028"));
	}

	private static String sample() {
		return SampleFiles.exportText();
	}

	/**
	 * Every era year one later (H31 = 2019 becomes R2 = 2020); the budget label R6事業費 so
	 * becomes R7事業費.
	 */
	static String shiftedByAYear(String text) {
		Matcher m = ERA_YEAR.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			int gregorian = Integer.parseInt(m.group(2)) + (m.group(1).equals("R") ? 2018 : 1988) + 1;
			m.appendReplacement(out, "R" + (gregorian - 2018));
		}
		return m.appendTail(out).toString();
	}

	private static List<List<String>> shiftedFindings(List<List<String>> findings) {
		List<List<String>> shifted = new ArrayList<>();
		for (List<String> finding : findings) {
			List<String> row = new ArrayList<>(finding);
			if (!row.get(3).isEmpty()) {
				row.set(3, String.valueOf(Integer.parseInt(row.get(3)) + 1));
			}
			shifted.add(row);
		}
		return ReportViews.sorted(shifted);
	}

	private static int run(FreshDatabase database, String period, String... args) {
		Map<String, String> properties = new HashMap<>(database.database().properties());
		properties.put("roadmap.period", period);
		return WarmLauncher.launch(args, properties);
	}

}
