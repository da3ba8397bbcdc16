package org.roadmapetl.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.CsvRows;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OddFiles;
import org.roadmapetl.ReportViews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing a department sends stops the night: the 12 samples beside control characters in
 * cells, a raw NUL deep in a text export, a 110 MB export with no line break (over the
 * 100 MiB file limit) and 200,000 label lines (twice the block limit), in one run of the
 * real command line under {@code -Xmx512m}. The odd files load without the characters or
 * are set aside naming their limit.
 */
class HostileInboxTests {

	private static final String CONTROLS = "_x0000_\u202E_xD800_\u0007";

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void oddFilesNeitherStopTheRunNorTheNextOne() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		OddFiles.copySamples(inbox);
		OddFiles.textWith(inbox.resolve("controls.tsv"), " 制御文字版", CONTROLS, 0);
		OddFiles.workbookWith(inbox.resolve("controls.xlsx"), " 制御文字版", "\u0000\u202E");
		Path rawNul = inbox.resolve("raw-nul.tsv");
		OddFiles.textWith(rawNul, " NUL版", "\u0000", 3000);
		OddFiles.oneLine(inbox.resolve("one-line.tsv"), 110L * 1024 * 1024);
		OddFiles.labelLines(inbox.resolve("label-lines.tsv"), 200_000);
		OddFiles.mergesOnly(inbox.resolve("merges.xlsx"), 150_000);
		byte[] raw = Files.readAllBytes(rawNul);
		assertThat(indexOfNul(raw)).isGreaterThan(4096);
		for (String name : List.of("controls.tsv", "controls.xlsx", "raw-nul.tsv", "one-line.tsv", "label-lines.tsv",
				"merges.xlsx")) {
			OddFiles.age(inbox.resolve(name), Duration.ofHours(1));
		}
		Path log = this.work.resolve("run.log");
		long started = System.nanoTime();

		int status = ChildJvm.run(this.warehouse.database(), log, "512m", "run", "--inbox", inbox.toString(),
				"--fiscal-year", "R7");

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		String output = Files.readString(log, StandardCharsets.UTF_8);
		System.out.println("hostile inbox: exit " + status + " in " + took.toMillis() + " ms; "
				+ output.lines().filter((line) -> line.contains("peak heap")).findFirst().orElse(""));
		assertThat(status).as(output).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(took).isLessThan(Duration.ofSeconds(60));
		ReportViews views = this.warehouse.views();
		List<String> sampleNames = CsvRows.read("/samples/expected/projects.csv")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(views.rows("report.projects", "project_name").stream().map((row) -> row.get(0)))
			.containsAll(sampleNames);
		assertThat(sampleNames).hasSize(13);
		assertThat(views.count("SELECT count(*) FROM report.projects WHERE project_name LIKE '% NUL版'")).isEqualTo(13);
		assertThat(views.count("SELECT count(*) FROM report.projects WHERE project_name LIKE '% 制御文字版'")).isEqualTo(13);
		assertThat(views.rows("dw.submission", "file_name")).contains(List.of("controls.xlsx"));
		assertThat(views.rows("report.findings",
				"DISTINCT source_file" + " FROM report.findings WHERE finding_type = 'CONTROL_CHARACTER' --"))
			.containsExactlyInAnyOrder(List.of("controls.tsv"), List.of("controls.xlsx"), List.of("raw-nul.tsv"));
		for (String view : List.of("report.projects", "report.initiative_years", "report.findings")) {
			assertThat(
					views.count("SELECT count(*) FROM " + view + " v WHERE v::text ~ '[\\u0001-\\u0008\\u202A-\\u202E]'"
							+ " OR v::text LIKE '%\\_x0000\\_%' OR v::text LIKE '%\\_xD800\\_%'"))
				.as(view)
				.isZero();
		}
		assertThat(views.rows("dw.quarantined_file", "file_name || ': ' || reason")).satisfiesExactlyInAnyOrder(
				(row) -> assertThat(row.get(0)).startsWith("label-lines.tsv: ").contains("roadmap.limits.blocks"),
				(row) -> assertThat(row.get(0)).startsWith("merges.xlsx: ")
					.contains("シート「結合」の結合セルの数が上限 (100,000) を超えています")
					.contains("the merged ranges of sheet '結合' are over the limit of 100,000")
					.contains("roadmap.limits.merges"),
				(row) -> assertThat(row.get(0)).startsWith("one-line.tsv: ").contains("roadmap.limits.file-size"));
		assertThat(this.work.resolve("quarantine/one-line.tsv")).exists();

		int next = ChildJvm.run(this.warehouse.database(), this.work.resolve("next.log"), "512m", "run", "--inbox",
				inbox.toString(), "--fiscal-year", "R7");

		assertThat(next).as(Files.readString(this.work.resolve("next.log"))).isEqualTo(ExitCodes.SUCCESS);
		Files.delete(this.work.resolve("quarantine/one-line.tsv"));
	}

	private static int indexOfNul(byte[] bytes) {
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				return i;
			}
		}
		return -1;
	}

}
