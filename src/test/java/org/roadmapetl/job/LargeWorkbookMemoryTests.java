package org.roadmapetl.job;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.FormWorkbooks;
import org.roadmapetl.ReportViews;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workbook of 50,000 rows (6,700 projects) loads end to end through the real job in a
 * JVM held to {@code -Xmx128m}: the readers stream, and nothing holds more than one
 * file's projects.
 */
class LargeWorkbookMemoryTests {

	private static final int ROWS = 50_000;

	@TempDir
	Path inbox;

	@TempDir
	Path logs;

	@Test
	void aWorkbookOfFiftyThousandRowsLoadsUnderA128MegabyteHeap() throws Exception {
		int projects = FormWorkbooks.writeLarge(this.inbox.resolve("large.xlsx"), ROWS);
		try (TestDatabase database = TestDatabase.create()) {
			Path log = this.logs.resolve("child.log");
			long started = System.nanoTime();

			int status = ChildJvm.run(database, log, "128m", "run", "--inbox", this.inbox.toString());

			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf("large workbook: %d rows, %d projects, %d KiB, -Xmx128m, exit %d, %.1f s%n", ROWS,
					projects, Files.size(this.inbox.resolve("large.xlsx")) / 1024, status, seconds);
			assertThat(status).as(Files.readString(log)).isEqualTo(ExitCodes.SUCCESS);
			ReportViews views = new ReportViews(database);
			assertThat(views.count("SELECT count(*) FROM report.projects")).isEqualTo(projects);
			assertThat(views.count("SELECT count(DISTINCT project_name) FROM report.initiative_years"))
				.isEqualTo(projects);
		}
	}

}
