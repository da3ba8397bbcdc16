package org.roadmapetl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.ReportViews;
import org.roadmapetl.SyntheticInbox;
import org.roadmapetl.feedback.RoadmapExportTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code validate} reads and checks files against the warehouse as it stands and changes
 * nothing: the findings it prints are those a load of the same file gives; it neither
 * waits for nor disturbs a run holding the warehouse.
 */
class ValidateCommandTests {

	private static final String FINDING_COLUMNS = "finding_type, severity, project_name, initiative_name, fiscal_year, "
			+ "message, source_location";

	/**
	 * A lock the validate session would have to wait for fails it instead of hanging the
	 * test.
	 */
	private static final Map<String, String> NO_WAITING = Map.of("spring.datasource.hikari.connection-init-sql",
			"SET lock_timeout = '10s'");

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void validatingTheSampleExportPrintsTheFindingsALoadGivesExitsFiveAndChangesNothing() throws Exception {
		Path exported = RoadmapExportTestSupport.exportSamples(this.warehouse.database(), this.work);
		Map<String, List<List<String>>> before = snapshot();

		CommandLineTests.Outcome outcome = validate(exported.toString(), "--fiscal-year", "R7", "--json");

		assertThat(outcome.status()).as(outcome.err()).isEqualTo(ExitCodes.ERROR_FINDINGS);
		assertThat(snapshot()).isEqualTo(before);
		assertThat(exported).exists();
		JsonNode file = json(outcome.out()).get("files").get(0);
		assertThat(file.get("file").asString()).isEqualTo("roadmap.xlsx");
		assertThat(file.get("format").asString()).isEqualTo("XLSX");
		assertThat(file.get("status").asString()).isEqualTo("checked");
		assertThat(file.get("projects").asInt()).isEqualTo(13);
		List<List<String>> printed = new ArrayList<>();
		for (JsonNode finding : file.get("findings")) {
			List<String> row = new ArrayList<>();
			for (String column : FINDING_COLUMNS.split(", ")) {
				row.add(finding.get(column).isNull() ? "" : finding.get(column).asString());
			}
			printed.add(row);
		}

		assertThat(CommandLineTests
			.launch(new String[] { "rerun", "--file", exported.toString(), "--fiscal-year", "R7" },
					this.warehouse.database().properties())
			.status()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(ReportViews.sorted(printed)).hasSize(33)
			.isEqualTo(this.warehouse.views().rows("report.findings", FINDING_COLUMNS));
	}

	@Test
	void validateNeitherWaitsForNorBlocksARunHoldingTheWarehouse() throws Exception {
		Path exported = RoadmapExportTestSupport.exportSamples(this.warehouse.database(), this.work);
		try (Connection run = this.warehouse.database().connect(); Statement statement = run.createStatement()) {
			run.setAutoCommit(false);
			statement.execute("SELECT pg_advisory_lock(" + 0x726f61646d6170L + ")");
			statement.execute("TRUNCATE staging.load_problem, staging.finding");
			statement
				.execute("INSERT INTO dw.submission (file_name, checksum_sha256, format, size_bytes, first_loaded_at, "
						+ "loaded_at) SELECT 'x', checksum_sha256, 'TEXT', 1, now(), now() FROM dw.submission LIMIT 1 "
						+ "ON CONFLICT (checksum_sha256) DO UPDATE SET loaded_at = now()");
			statement.execute("UPDATE dw.project SET valid_to = NULL WHERE is_current");

			CommandLineTests.Outcome outcome = validate(exported.toString(), "--fiscal-year", "R7");

			assertThat(outcome.status()).as(outcome.out() + outcome.err()).isEqualTo(ExitCodes.ERROR_FINDINGS);
			assertThat(outcome.out()).contains("roadmap.xlsx (XLSX): 13 project(s)").contains("MISSING_ACTUAL");
			run.rollback();
		}
	}

	@Test
	void validateBesideARealRunFinishesWhileTheRunLoadsAndTheRunSucceeds() throws Exception {
		Path exported = RoadmapExportTestSupport.exportSamples(this.warehouse.database(), this.work);
		Path inbox = Files.createDirectories(this.work.resolve("night"));
		SyntheticInbox.write(inbox, 100);
		Process run = ChildJvm.start(this.warehouse.database(), this.work.resolve("run.log"), "256m",
				Map.of("ROADMAP_LOAD_CHUNKSIZE", "10"), "run", "--inbox", inbox.toString(), "--fiscal-year", "R7");
		while (run.isAlive() && this.warehouse.views().count("SELECT count(*) FROM dw.submission") < 5) {
			Thread.sleep(50);
		}

		CommandLineTests.Outcome outcome = validate(exported.toString(), "--fiscal-year", "R7");
		boolean runStillLoading = run.isAlive();

		assertThat(outcome.status()).as(outcome.err()).isEqualTo(ExitCodes.ERROR_FINDINGS);
		assertThat(run.waitFor(4, TimeUnit.MINUTES)).isTrue();
		assertThat(run.exitValue()).as(Files.readString(this.work.resolve("run.log"))).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.submission")).isEqualTo(101);
		System.out.println("validate finished while the run was still loading: " + runStillLoading);
	}

	@Test
	void theExampleAndHiddenSheetsAreNamedAsNotLoaded() throws Exception {
		Path file = this.work.resolve("総務部.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
			org.roadmapetl.HabitWorkbooks.block(workbook.createSheet("見本"), "総務部", "○○業務システム導入事業", 1, "x", "y");
			org.roadmapetl.HabitWorkbooks.block(workbook.createSheet("R7提出"), "総務部", "電子申請システム整備事業", 6761, "検討", "構築");
			org.roadmapetl.HabitWorkbooks.block(workbook.createSheet("旧版"), "総務部", "電子申請システム整備事業", 7440, "", "検討");
			workbook.setSheetHidden(2, true);
			workbook.write(out);
		}

		CommandLineTests.Outcome text = validate(file.toString(), "--fiscal-year", "R7");
		CommandLineTests.Outcome json = validate(file.toString(), "--fiscal-year", "R7", "--json");

		assertThat(text.out()).contains("総務部.xlsx (XLSX): 1 project(s)")
			.contains("  not loaded: シート「見本」(記入例のシート) / sheet '見本' (the template's example)")
			.contains("  not loaded: シート「旧版」(非表示のシート) / sheet '旧版' (a hidden sheet)");
		JsonNode skipped = json(json.out()).get("files").get(0).get("skipped_sheets");
		assertThat(skipped.size()).isEqualTo(2);
		assertThat(skipped.get(1).asString()).startsWith("シート「旧版」");
	}

	@Test
	void severalFilesReportEachOnesOwnFindingsThenWhatTheyGiveTogether() throws Exception {
		Path first = this.work.resolve("first.tsv");
		Files.copy(ValidateCommandTests.class.getResourceAsStream("/samples/roadmap-export-sample.tsv"), first);
		Path second = this.work.resolve("second.tsv");
		Files.writeString(second, "no roadmap here\n");

		JsonNode alone = json(validate(first.toString(), "--fiscal-year", "R7", "--json").out()).get("files").get(0);
		CommandLineTests.Outcome both = validate(first.toString(), second.toString(), "--fiscal-year", "R7", "--json");
		CommandLineTests.Outcome text = validate(first.toString(), second.toString(), "--fiscal-year", "R7");

		JsonNode report = json(both.out());
		assertThat(report.get("files").size()).isEqualTo(2);
		assertThat(report.get("files").get(0).get("findings")).isEqualTo(alone.get("findings"));
		assertThat(report.get("files").get(1).get("status").asString()).isEqualTo("unreadable");
		assertThat(report.get("files").get(1).get("reason").asString()).startsWith("ロードマップの様式");
		assertThat(report.get("together").size()).isEqualTo(2);
		assertThat(both.status()).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(text.out()).startsWith("Each file alone:\nfirst.tsv (TEXT): 13 project(s), ")
			.contains("\nTogether (a later file's version of a project replaces an earlier one's):\n");
	}

	@Test
	void anOutputFolderThatCannotBeMadeOrAnUnknownDepartmentIsAUsageMistake() throws Exception {
		Path sample = this.work.resolve("sample.tsv");
		Files.copy(ValidateCommandTests.class.getResourceAsStream("/samples/roadmap-export-sample.tsv"), sample);
		Map<String, String> properties = this.warehouse.database().properties();
		String cannot = "the folder /proc/nope cannot be created; name a folder roadmap-etl may write to";

		CommandLineTests.Outcome feedback = CommandLineTests.launch(new String[] { "feedback", "--out", "/proc/nope" },
				properties);
		CommandLineTests.Outcome export = CommandLineTests
			.launch(new String[] { "export-roadmap", "--out", "/proc/nope/roadmap.xlsx" }, properties);
		CommandLineTests.Outcome validate = validate(sample.toString(), "--feedback", "/proc/nope/check.xlsx");
		CommandLineTests.Outcome rerun = CommandLineTests
			.launch(new String[] { "rerun", "--department", "存在しない部", "--inbox", this.work.toString() }, properties);

		assertThat(List.of(feedback.status(), export.status(), validate.status(), rerun.status()))
			.containsOnly(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(feedback.err()).isEqualTo("roadmap-etl: --out: " + cannot + "\n");
		assertThat(export.err()).isEqualTo("roadmap-etl: --out: " + cannot + "\n");
		assertThat(validate.err()).isEqualTo("roadmap-etl: --feedback: " + cannot + "\n");
		assertThat(rerun.err())
			.startsWith("roadmap-etl: --department 存在しない部: the warehouse has no file of that " + "department; known: ");
	}

	@Test
	void anUnreadableFileExitsThreeAndIsNeitherRecordedNorMoved() throws Exception {
		Path broken = this.work.resolve("broken.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook();
				var out = Files.newOutputStream(this.work.resolve("whole.xlsx"))) {
			workbook.createSheet("S").createRow(0).createCell(0).setCellValue("x");
			workbook.write(out);
		}
		byte[] bytes = Files.readAllBytes(this.work.resolve("whole.xlsx"));
		Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length / 2));

		CommandLineTests.Outcome outcome = validate(broken.toString(), "--json");

		assertThat(outcome.status()).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		JsonNode file = json(outcome.out()).get("files").get(0);
		assertThat(file.get("status").asString()).isEqualTo("unreadable");
		assertThat(file.get("findings").size()).isZero();
		assertThat(broken).exists();
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.quarantined_file")).isZero();
		assertThat(validate(this.work.resolve("missing.xlsx").toString()).status())
			.isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
	}

	@Test
	void feedbackOfValidateIsTheDepartmentWorkbookOfJustTheseFiles() throws Exception {
		Path exported = RoadmapExportTestSupport.exportSamples(this.warehouse.database(), this.work);
		Path workbook = this.work.resolve("check.xlsx");

		assertThat(validate(exported.toString(), "--fiscal-year", "R7", "--feedback", workbook.toString()).status())
			.isEqualTo(ExitCodes.ERROR_FINDINGS);

		// one workbook per department, each of that department's findings only
		List<String> departments = this.warehouse.views()
			.rows("(SELECT DISTINCT department FROM report.findings) d", "department")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(departments).hasSizeGreaterThan(1);
		assertThat(workbook).doesNotExist();
		for (String department : departments) {
			try (XSSFWorkbook read = new XSSFWorkbook(this.work.resolve("check_" + department + ".xlsx").toFile())) {
				assertThat(read.getSheet("指摘事項").getLastRowNum()).as(department)
					.isEqualTo(this.warehouse.views()
						.count("SELECT count(*) FROM report.findings WHERE department = '" + department + "'"));
				assertThat(read.getSheet("概要").getRow(0).getCell(1).getStringCellValue()).isEqualTo(department);
			}
		}
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.feedback_delivery")).isZero();
		String stem = exported.getFileName().toString().replaceFirst("\\.xlsx$", "");
		try (XSSFWorkbook marked = new XSSFWorkbook(this.work.resolve(stem + "_指摘入り.xlsx").toFile())) {
			int notes = 0;
			for (var row : marked.getSheetAt(0)) {
				for (var cell : row) {
					notes += (cell.getCellComment() != null) ? 1 : 0;
				}
			}
			assertThat(notes).as("the validated file, its findings marked at their cells").isPositive();
		}
	}

	@Test
	void filesOfOneStemComeBackAsTwoMarkedCopiesAndTheWorkbookIsNeverOverwritten() throws Exception {
		Path first = Files.createDirectories(this.work.resolve("d1")).resolve("r.xlsx");
		Path second = Files.createDirectories(this.work.resolve("d2")).resolve("r.tsv");
		Files.copy(org.roadmapetl.SampleFiles.path("xlsx/健康福祉部.xlsx"), first);
		Files.copy(org.roadmapetl.SampleFiles.path(org.roadmapetl.SampleFiles.EXPORT), second);
		Path out = Files.createDirectories(this.work.resolve("o"));

		assertThat(validate(first.toString(), second.toString(), "--fiscal-year", "R7", "--feedback",
				out.resolve("fb.xlsx").toString())
			.status()).isEqualTo(ExitCodes.ERROR_FINDINGS);
		assertThat(out.resolve("r.xlsx_指摘入り.xlsx")).exists();
		assertThat(out.resolve("r.tsv_指摘入り.xlsx")).exists();

		Path named = out.resolve("r_指摘入り.xlsx");
		assertThat(validate(first.toString(), "--fiscal-year", "R7", "--feedback", named.toString()).status())
			.isEqualTo(ExitCodes.ERROR_FINDINGS);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(named))) {
			assertThat(workbook.getSheet("指摘事項")).as("the department workbook, not the marked copy").isNotNull();
		}
		assertThat(out.resolve("r (2)_指摘入り.xlsx")).exists();
	}

	/** The JSON line of the output (the log shares standard output). */
	private static JsonNode json(String out) {
		String line = out.lines().filter((text) -> text.startsWith("{\"files\":")).findFirst().orElseThrow();
		return JsonMapper.builder().build().readTree(line);
	}

	private CommandLineTests.Outcome validate(String... args) {
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.putAll(NO_WAITING);
		String[] command = new String[args.length + 1];
		command[0] = "validate";
		System.arraycopy(args, 0, command, 1, args.length);
		return CommandLineTests.launch(command, properties);
	}

	/**
	 * Everything validate could change: the report views, the warehouse's row counts,
	 * sequences, jobs.
	 */
	private Map<String, List<List<String>>> snapshot() throws Exception {
		Map<String, List<List<String>>> state = new LinkedHashMap<>();
		for (String view : List.of("report.projects", "report.initiative_years", "report.findings",
				"report.finding_history", "report.submission_status", "report.project_changes")) {
			state.put(view, this.warehouse.views().everything(view));
		}
		state.put("counts", this.warehouse.views()
			.rows("(SELECT (SELECT count(*) FROM dw.submission) a, "
					+ "(SELECT count(*) FROM dw.project) b, (SELECT count(*) FROM dw.load_problem) c, "
					+ "(SELECT count(*) FROM dw.quarantined_file) d, (SELECT count(*) FROM batch.batch_job_execution) e, "
					+ "(SELECT last_value FROM dw.project_project_version_id_seq) f, "
					+ "(SELECT last_value FROM dw.submission_submission_id_seq) g, "
					+ "(SELECT checked_at FROM dw.check_state) h) s", "*"));
		return state;
	}

}
