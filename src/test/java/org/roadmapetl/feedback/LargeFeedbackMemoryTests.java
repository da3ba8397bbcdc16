package org.roadmapetl.feedback;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.ExportBuilder;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department workbook of 20,000 findings is written by {@code feedback} in a JVM held
 * to a heap far smaller than the workbook would take in memory: the rows stream from the
 * database cursor through SXSSF's window to disk.
 */
class LargeFeedbackMemoryTests {

	private static final int INITIATIVES = 10_000;

	@TempDir
	Path work;

	@Test
	void twentyThousandFindingsAreWrittenUnderASmallHeap() throws Exception {
		ExportBuilder export = new ExportBuilder().project("大量の取組がある事業", "1,000", "R6", "R7", "医療薬務課");
		for (int i = 1; i <= INITIATIVES; i++) {
			export.initiative(String.format("取組%05d", i), ExportBuilder.years("計画あり", "計画あり", "", "", ""),
					ExportBuilder.none());
		}
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		export.write(inbox.resolve("large.tsv"));
		try (TestDatabase database = TestDatabase.create()) {
			assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
					database.properties()))
				.isEqualTo(ExitCodes.SUCCESS);
			Path out = this.work.resolve("feedback");
			long started = System.nanoTime();

			int status = ChildJvm.run(database, this.work.resolve("feedback.log"), "96m", "feedback", "--out",
					out.toString(), "--fiscal-year", "R7");

			System.out.printf("feedback of %d findings under -Xmx96m: exit %d, %.1f s, %d KiB%n", 2 * INITIATIVES,
					status, (System.nanoTime() - started) / 1e9, Files.size(out.resolve("健康福祉部.xlsx")) / 1024);
			assertThat(status).as(Files.readString(this.work.resolve("feedback.log"))).isEqualTo(ExitCodes.SUCCESS);
			assertThat(rowsOfSheet(out.resolve("健康福祉部.xlsx"), "xl/worksheets/sheet2.xml"))
				.isEqualTo(2 * INITIATIVES + 1);
		}
	}

	/** Counts the rows of a sheet in the file's XML, without loading the workbook. */
	private static int rowsOfSheet(Path workbook, String part) throws Exception {
		try (ZipFile zip = new ZipFile(workbook.toFile())) {
			ZipEntry entry = zip.getEntry(part);
			int rows = 0;
			try (InputStream in = zip.getInputStream(entry)) {
				byte[] buffer = new byte[1 << 16];
				byte[] tag = "<row ".getBytes(StandardCharsets.US_ASCII);
				int matched = 0;
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					for (int i = 0; i < n; i++) {
						matched = (buffer[i] == tag[matched]) ? matched + 1 : (buffer[i] == tag[0] ? 1 : 0);
						if (matched == tag.length) {
							rows++;
							matched = 0;
						}
					}
				}
			}
			return rows;
		}
	}

}
