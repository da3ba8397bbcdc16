package org.roadmapetl.job;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FormWorkbooks;
import org.roadmapetl.ReportViews;
import org.roadmapetl.RoadmapEtlApplication;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook of more than 100,000 rows loads end to end through the real job in a JVM held to {@code -Xmx256m}:
 * the readers stream, and nothing holds more than one file's projects.
 */
class LargeWorkbookMemoryTests {

	private static final int ROWS = 100_000;

	@TempDir
	Path inbox;

	@TempDir
	Path logs;

	@Test
	void aWorkbookOfAHundredThousandRowsLoadsUnderA256MegabyteHeap() throws Exception {
		int projects = FormWorkbooks.writeLarge(this.inbox.resolve("large.xlsx"), ROWS);
		try (TestDatabase database = TestDatabase.create()) {
			Path log = this.logs.resolve("child.log");
			long started = System.nanoTime();

			int status = runInChildJvm(database, log, "run", "--inbox", this.inbox.toString());

			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("large workbook: %d rows, %d projects, %d KiB, -Xmx256m, exit %d, %.1f s%n", ROWS,
					projects, Files.size(this.inbox.resolve("large.xlsx")) / 1024, status, seconds);
			assertThat(status).as(Files.readString(log)).isEqualTo(ExitCodes.SUCCESS);
			ReportViews views = new ReportViews(database);
			assertThat(views.count("SELECT count(*) FROM report.projects")).isEqualTo(projects);
			assertThat(views.count("SELECT count(DISTINCT project_name) FROM report.initiative_years")).isEqualTo(projects);
		}
	}

	/**
	 * The test class path without empty entries: surefire's ends in a separator, which a child JVM reads as the
	 * working directory, and the project folder holds a second copy of the migrations.
	 */
	private static String testClassPath() {
		return java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
			.filter((entry) -> !entry.isBlank())
			.collect(java.util.stream.Collectors.joining(File.pathSeparator));
	}

	private static int runInChildJvm(TestDatabase database, Path log, String... args) throws Exception {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-XX:+ExitOnOutOfMemoryError", "-cp", testClassPath(),
				RoadmapEtlApplication.class.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
		Map<String, String> environment = builder.environment();
		database.properties().forEach((key, value) -> environment.put(key.toUpperCase().replace('.', '_'), value));
		Process process = builder.start();
		if (!process.waitFor(5, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not finish in 5 minutes");
		}
		return process.exitValue();
	}

}
