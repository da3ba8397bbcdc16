package org.roadmapetl.check;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ExportBuilder;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;
import org.roadmapetl.normalise.FiscalYear;

import static org.assertj.core.api.Assertions.assertThat;
import static org.roadmapetl.ExportBuilder.years;

/**
 * Who has submitted (gap-rules.md "Submissions expected"): a schedule with due dates
 * before and after today, files at the top of the inbox and in departments' own
 * subfolders, one that cannot be read. Dates are relative to today, so the test means the
 * same on any day.
 */
class SubmissionStatusTests {

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void eachDepartmentGetsTheStateItsSubmissionsEarned() throws Exception {
		LocalDate today = LocalDate.now();
		int year = FiscalYear.containing(today).startYear() - 1;
		Path schedule = Files.writeString(this.work.resolve("submission_schedule.tsv"),
				String.join("\n", "department\treporting_fiscal_year\topens_on\tdue_on",
						row("健康福祉部", year, today.minusDays(10), today.plusDays(10)),
						row("教育庁", year, today.minusDays(30), today.minusDays(5)),
						row("病院局", year, today.minusDays(30), today.minusDays(5)),
						row("環境政策部", year, today.minusDays(5), today.plusDays(20)),
						row("県土整備部", year, today.minusDays(10), today.plusDays(10)), ""));
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		new ExportBuilder().project("在宅医療推進事業", "100", "R6", "R8", "医療薬務課")
			.initiative("研修", years("研修", "研修", "", "", ""), years("済", "済", "", "", ""))
			.writeWorkbook(inbox.resolve("健康福祉部.xlsx"));
		// Open errors, one per project: no plan in R8; 端末配備 has no R7 actual.
		new ExportBuilder().project("学習端末整備事業", "100", "R6", "R8", "教育庁", "学校教育課")
			.initiative("端末配備", years("配備", "配備", "", "", ""), years("済", "", "", "", ""))
			.project("教員研修事業", "100", "R6", "R8", "教育庁", "教職員課")
			.initiative("研修", years("研修", "研修", "", "", ""), years("済", "済", "", "", ""))
			.writeWorkbook(Files.createDirectories(inbox.resolve("教育庁")).resolve("ロードマップ.xlsx"));
		Files.writeString(Files.createDirectories(inbox.resolve("県土整備部")).resolve("ロードマップ.xlsx"), "壊れたファイル");
		new ExportBuilder().project("防犯啓発事業", "100", "R6", "R8", "警察本部", "生活安全企画課")
			.initiative("啓発", years("啓発", "啓発", "", "", ""), years("済", "済", "", "", ""))
			.write(inbox.resolve("警察本部.tsv"));
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.put("roadmap.submission.schedule", schedule.toUri().toString());

		assertThat(WarmLauncher.launch(
				new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", String.valueOf(year) }, properties))
			.isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);

		assertThat(this.warehouse.views()
			.rows("report.submission_status",
					"department, reporting_fiscal_year, state, files_loaded, files_set_aside, projects, open_errors"))
			.containsExactlyElementsOf(
					ReportViews.sorted(List.of(List.of("健康福祉部", String.valueOf(year), "on_time", "1", "0", "1", "1"),
							List.of("教育庁", String.valueOf(year), "late", "1", "0", "2", "3"),
							List.of("病院局", String.valueOf(year), "missing", "0", "0", "0", "0"),
							List.of("環境政策部", String.valueOf(year), "awaiting", "0", "0", "0", "0"),
							List.of("県土整備部", String.valueOf(year), "set_aside_only", "0", "1", "0", "0"),
							List.of("警察本部", String.valueOf(year), "unexpected", "1", "0", "1", "1"))));
		assertThat(this.warehouse.views()
			.count("SELECT count(*) FROM report.submission_status "
					+ "WHERE (state IN ('on_time', 'late') AND first_submitted_at IS NULL) "
					+ "OR (state = 'unexpected' AND due_on IS NOT NULL) OR (state <> 'unexpected' AND due_on IS NULL)"))
			.isZero();
		String status = status(properties);
		assertThat(status).contains("  missing: 病院局\n", "  late: 教育庁\n", "  set aside only: 県土整備部\n")
			.doesNotContain("健康福祉部", "環境政策部", "警察本部");
	}

	private static String row(String department, int year, LocalDate opensOn, LocalDate dueOn) {
		return department + "\t" + year + "\t" + opensOn + "\t" + dueOn;
	}

	private static String status(Map<String, String> properties) {
		PrintStream original = System.out;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
		try {
			assertThat(WarmLauncher.launch(new String[] { "status" }, properties)).isEqualTo(ExitCodes.SUCCESS);
		}
		finally {
			System.setOut(original);
		}
		return captured.toString(StandardCharsets.UTF_8);
	}

}
