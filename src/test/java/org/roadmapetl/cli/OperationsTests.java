package org.roadmapetl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.ChildJvm;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.SyntheticInbox;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.submission.HandWrittenXlsx;
import org.roadmapetl.submission.Reason;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What IT staff rely on at night and the morning after: bad files set aside while the
 * good ones load, one run at a time, a killed run followed by a new one ending exactly as
 * a clean run, restart and abandon, status, schedule.
 */
class OperationsTests {

	/**
	 * Files of a run long enough (ten files a transaction) to be killed or raced midway
	 * on a busy machine.
	 */
	private static final int FILES = 150;

	/**
	 * Every column but the load time, which differs between two loads of the same
	 * content.
	 */
	private static final String PROJECT_CONTENT = "project_name, field, category, department, section, "
			+ "budget_r6_thousand_yen, budget_note, is_priority, is_future_response, start_fiscal_year, end_fiscal_year, "
			+ "is_open_ended, initiative_count, source_file, source_location";

	@TempDir
	Path work;

	private Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@BeforeEach
	void createInbox() throws IOException {
		this.inbox = Files.createDirectories(this.work.resolve("inbox"));
	}

	@Test
	void everyUnreadableFileIsSetAsideWithItsReasonAndTheGoodOnesLoad() throws Exception {
		copySample();
		Files.write(this.inbox.resolve("random.xlsx"), randomBytes(20_000));
		Files.write(this.inbox.resolve("empty.tsv"), new byte[0]);
		Path whole = this.work.resolve("whole.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(whole)) {
			workbook.createSheet("会議録").createRow(0).createCell(0).setCellValue("出席者 5名");
			workbook.write(out);
		}
		Files.copy(whole, this.inbox.resolve("no-form.xlsx"));
		byte[] bytes = Files.readAllBytes(whole);
		Files.write(this.inbox.resolve("truncated.xlsx"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		HandWrittenXlsx.write(this.inbox.resolve("bomb.xlsx"), "S", OperationsTests::oneGibibyteOfRows, null);
		Files.writeString(this.inbox.resolve("utf16.txt"), SampleFiles.exportText(), StandardCharsets.UTF_16LE);
		long started = System.nanoTime();

		int status = run("run", "--inbox", this.inbox.toString());

		assertThat(status).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(13);
		assertThat(this.warehouse.views().rows("dw.quarantined_file", "file_name")).containsExactly(
				List.of("bomb.xlsx"), List.of("empty.tsv"), List.of("no-form.xlsx"), List.of("random.xlsx"),
				List.of("truncated.xlsx"), List.of("utf16.txt"));
		assertThat(this.warehouse.views().rows("dw.quarantined_file", "file_name || ': ' || reason")).satisfiesExactly(
				(row) -> assertThat(row.get(0)).startsWith("bomb.xlsx: シート「S」は展開後の大きさが")
					.contains("sheet 'S' expands far beyond"),
				(row) -> assertThat(row.get(0)).isEqualTo("empty.tsv: " + Reason.EMPTY_FILE.text()),
				(row) -> assertThat(row.get(0)).contains("no roadmap form"),
				(row) -> assertThat(row.get(0)).contains(Reason.NOT_A_ROADMAP_FORMAT.text()),
				(row) -> assertThat(row.get(0)).contains("truncated"),
				(row) -> assertThat(row.get(0)).contains("UTF-16"));
		Path quarantine = this.work.resolve("quarantine");
		assertThat(quarantine.resolve("bomb.xlsx")).exists();
		assertThat(quarantine.resolve("utf16.txt.reason.txt")).content().contains("UTF-16");
		try (var files = Files.list(this.inbox)) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("roadmap-export-sample.tsv");
		}
		CommandLineTests.Outcome status2 = CommandLineTests.launch(new String[] { "status" },
				this.warehouse.database().properties());
		assertThat(status2.out()).contains("set aside: utf16.txt: BOM のない UTF-16").contains("COMPLETED");
	}

	@Test
	void aRunWhileAnotherHoldsTheWarehouseExitsAtOnceSayingWhoHoldsIt() throws Exception {
		copySample();
		try (Connection holder = this.warehouse.database().connect(); Statement statement = holder.createStatement()) {
			statement.execute("SELECT pg_advisory_lock(" + 0x726f61646d6170L + ")");

			CommandLineTests.Outcome outcome = CommandLineTests.launch(
					new String[] { "run", "--inbox", this.inbox.toString() }, this.warehouse.database().properties());

			assertThat(outcome.status()).isEqualTo(ExitCodes.RUN_IN_PROGRESS);
			assertThat(outcome.err()).contains("another run is in progress")
				.contains("held by a process connected from");
		}
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.submission")).isZero();
		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);
	}

	@Test
	void twoRunsStartedAtOnceLoadOnceAndTheSecondSaysARunIsInProgress() throws Exception {
		int projects = SyntheticInbox.write(this.inbox, FILES);
		Map<String, String> slow = Map.of("ROADMAP_LOAD_CHUNKSIZE", "10");

		Process first = ChildJvm.start(this.warehouse.database(), this.work.resolve("first.log"), "256m", slow, "run",
				"--inbox", this.inbox.toString());
		Process second = ChildJvm.start(this.warehouse.database(), this.work.resolve("second.log"), "256m", slow, "run",
				"--inbox", this.inbox.toString());
		assertThat(first.waitFor(3, TimeUnit.MINUTES) && second.waitFor(3, TimeUnit.MINUTES)).isTrue();

		assertThat(List.of(first.exitValue(), second.exitValue()))
			.as(() -> logTail("first.log") + "\n----\n" + logTail("second.log"))
			.containsExactlyInAnyOrder(ExitCodes.SUCCESS, ExitCodes.RUN_IN_PROGRESS);
		String refused = Files.readString(this.work.resolve((first.exitValue() == 0) ? "second.log" : "first.log"));
		assertThat(refused).contains("another run is in progress").contains("held by a process connected from");
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(projects);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.project")).isEqualTo(projects);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.submission")).isEqualTo(FILES);
	}

	@Test
	void aRunKilledMidLoadAndRunAgainEndsExactlyAsACleanRun() throws Exception {
		SyntheticInbox.write(this.inbox, FILES);
		Process killed = ChildJvm.start(this.warehouse.database(), this.work.resolve("killed.log"), "256m",
				Map.of("ROADMAP_LOAD_CHUNKSIZE", "10"), "run", "--inbox", this.inbox.toString());
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (submissions() < 40 && System.nanoTime() < deadline && killed.isAlive()) {
			Thread.sleep(50);
		}
		killed.destroyForcibly().waitFor();
		long loadedBeforeTheKill = submissions();
		assertThat(loadedBeforeTheKill).isBetween(40L, FILES - 1L);
		assertThat(this.warehouse.views().rows("batch.batch_job_execution", "status"))
			.containsExactly(List.of("STARTED"));

		assertThat(run("run", "--inbox", this.inbox.toString())).isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().rows("batch.batch_job_execution", "job_execution_id, status"))
			.containsExactly(List.of("1", "FAILED"), List.of("2", "COMPLETED"));
		try (TestDatabase clean = TestDatabase.create()) {
			Map<String, String> properties = clean.properties();
			assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", this.inbox.toString() }, properties))
				.isEqualTo(ExitCodes.SUCCESS);
			ReportViews cleanViews = new ReportViews(clean);
			assertThat(this.warehouse.views().rows("report.projects", PROJECT_CONTENT))
				.isEqualTo(cleanViews.rows("report.projects", PROJECT_CONTENT));
			assertThat(this.warehouse.views().everything("report.initiative_years"))
				.isEqualTo(cleanViews.everything("report.initiative_years"));
			assertThat(this.warehouse.views()
				.rows("report.findings",
						"finding_type, project_name, initiative_name, fiscal_year, "
								+ "message, source_file, source_location"))
				.isEqualTo(
						cleanViews.rows("report.findings", "finding_type, project_name, initiative_name, fiscal_year, "
								+ "message, source_file, source_location"));
		}
	}

	@Test
	void aDeadRunCanBeAbandonedAndAFailedRunRestartedToCompletion() throws Exception {
		SyntheticInbox.write(this.inbox, 3);
		try (Connection connection = this.warehouse.database().connect();
				Statement statement = connection.createStatement()) {
			assertThat(run("check")).isEqualTo(ExitCodes.SUCCESS);
			statement.execute("""
					CREATE FUNCTION public.refuse_third() RETURNS trigger LANGUAGE plpgsql AS $$
					BEGIN RAISE EXCEPTION 'disk full (caused by the test)'; END $$;
					CREATE TRIGGER refuse_third BEFORE INSERT ON dw.project FOR EACH ROW
					WHEN (NEW.project_name LIKE '%第3版') EXECUTE FUNCTION public.refuse_third();""");

			assertThat(run("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.FAILED);
			assertThat(submissions()).isEqualTo(2);

			statement.execute("DROP TRIGGER refuse_third ON dw.project; DROP FUNCTION public.refuse_third()");
		}
		assertThat(run("restart", "2")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(submissions()).isEqualTo(3);
		CommandLineTests.Outcome restarted = CommandLineTests.launch(new String[] { "status" },
				this.warehouse.database().properties());
		assertThat(restarted.out())
			.containsPattern("(?m)^\\s+2\\s+run\\s+R7 \\(2025年度\\).*FAILED.*\\n\\s+continued by run 3 \\(COMPLETED\\)");
		assertThat(run("restart", "2")).as("a completed run cannot be restarted")
			.isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);

		assertThat(run("abandon", "1")).as("a completed run cannot be abandoned")
			.isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(run("abandon", "99")).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		try (Connection connection = this.warehouse.database().connect();
				Statement statement = connection.createStatement()) {
			statement.execute("UPDATE batch.batch_job_execution SET status = 'STARTED', end_time = NULL "
					+ "WHERE job_execution_id = 1");
		}
		assertThat(run("abandon", "1")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(run("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);

		CommandLineTests.Outcome status = CommandLineTests.launch(new String[] { "status" },
				this.warehouse.database().properties());
		assertThat(status.out().lines()).anySatisfy((line) -> assertThat(line).matches("\\s+1\\s+check .*ABANDONED.*"))
			.anySatisfy((line) -> assertThat(line).matches("\\s+2\\s+run .*FAILED\\s+2\\s+0\\s+0\\s+.*"))
			// The sample's 12 warnings and no PROJECT_DROPPED: each export holds projects
			// of three departments, so it
			// is none of theirs (gap-rules.md, a department's latest submission).
			.anySatisfy((line) -> assertThat(line).matches("\\s+3\\s+run .*COMPLETED\\s+1\\s+2\\s+0\\s+87\\s+12"))
			.anySatisfy((line) -> assertThat(line).matches("\\s+4\\s+run .*COMPLETED\\s+0\\s+3\\s+0\\s+.*"));
	}

	@Test
	void statusOfAnEmptyWarehouseSaysSoInTheWordsOfTheReadme() {
		CommandLineTests.Outcome empty = CommandLineTests.launch(new String[] { "status" },
				this.warehouse.database().properties());
		assertThat(run("check", "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		CommandLineTests.Outcome checked = CommandLineTests.launch(new String[] { "status" },
				this.warehouse.database().properties());

		assertThat(empty.out()).contains("No runs yet.").contains("no file loaded yet");
		assertThat(checked.out()).contains("set aside")
			.doesNotContain("quarantined")
			.contains("Submissions for reporting year R7 (2025年度): no file loaded yet.")
			.doesNotContainPattern("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} ");
	}

	@Test
	void scheduleStartsARunAtEveryTick() throws Exception {
		copySample();

		int status = run("schedule", "--cron", "* * * * * *", "--ticks", "2", "--inbox", this.inbox.toString());

		assertThat(status).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().rows("batch.batch_job_execution", "status"))
			.containsExactly(List.of("COMPLETED"), List.of("COMPLETED"));
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(13);
	}

	private String logTail(String name) {
		try {
			String log = Files.readString(this.work.resolve(name));
			return log.substring(Math.max(0, log.length() - 3000));
		}
		catch (IOException ex) {
			return ex.toString();
		}
	}

	/** Submissions loaded so far; none while the schema is still being created. */
	private long submissions() {
		try {
			return this.warehouse.views().count("SELECT count(*) FROM dw.submission");
		}
		catch (java.sql.SQLException ex) {
			return 0;
		}
	}

	private void copySample() throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, this.inbox.resolve("roadmap-export-sample.tsv"));
		}
	}

	/**
	 * Runs the command in this JVM, one file per chunk so that a failure leaves the files
	 * before it loaded.
	 */
	private int run(String... args) {
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.put("roadmap.load.chunk-size", "1");
		return WarmLauncher.launch(args, properties);
	}

	private static byte[] randomBytes(int size) {
		byte[] bytes = new byte[size];
		new java.util.Random(42).nextBytes(bytes);
		return bytes;
	}

	/**
	 * A sheet that inflates to more than 1 GiB from a few megabytes, written as it is
	 * compressed.
	 */
	private static void oneGibibyteOfRows(Writer out) throws IOException {
		out.write("<worksheet xmlns=\"" + HandWrittenXlsx.MAIN_NS + "\"><sheetData>");
		String row = "<row><c t=\"inlineStr\"><is><t>" + "計画".repeat(200) + "</t></is></c></row>";
		long bytes = 0;
		while (bytes < (1L << 30) + 1) {
			out.write(row);
			bytes += row.length() * 2L;
		}
		out.write("</sheetData></worksheet>");
	}

}
