package org.roadmapetl.job;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.util.IOUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.CsvRows;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OddFiles;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.submission.PoiLimits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An ordinary large legacy workbook (8 sheets of 15,000 rows of 10 numbers, 25 MB) beside
 * the samples, in one run of the real command line held to {@code -Xmx128m}: the heap the
 * 98 MB workbook of the file limit gets at {@code -Xmx512m}, in proportion, where POI's
 * whole-workbook reader ran out of memory. The .xls is streamed from its records, so it
 * is read (and set aside for holding no roadmap form) and every sample loads.
 */
class LargeLegacyWorkbookTests {

	private static final int SHEETS = 8;

	private static final int ROWS = 15_000;

	private static final int COLUMNS = 10;

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void aLargeLegacyWorkbookBesideTheSamplesLoadsUnderAHeapFiveTimesItsSize() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		OddFiles.copySamples(inbox);
		Path large = inbox.resolve("large.xls");
		writeNumbers(large);
		OddFiles.age(large, Duration.ofHours(1));
		Path log = this.work.resolve("run.log");

		int status = ChildJvm.run(this.warehouse.database(), log, "128m", "run", "--inbox", inbox.toString(),
				"--fiscal-year", "R7");

		String output = Files.readString(log);
		System.out.println("large .xls: " + Files.size(this.work.resolve("quarantine/large.xls")) / (1024 * 1024)
				+ " MiB, exit " + status + "; "
				+ output.lines().filter((line) -> line.contains("peak heap")).findFirst().orElse(""));
		assertThat(status).as(output).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		List<String> sampleNames = CsvRows.read("/samples/expected/projects.csv")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(this.warehouse.views().rows("report.projects", "project_name").stream().map((row) -> row.get(0)))
			.containsExactlyInAnyOrderElementsOf(sampleNames);
		assertThat(this.warehouse.views().rows("dw.quarantined_file", "file_name, fault"))
			.containsExactly(List.of("large.xls", "department"));
		assertThat(this.work.resolve("quarantine/large.xls.reason.txt")).content().contains("ロードマップの様式");
	}

	private static void writeNumbers(Path file) throws Exception {
		try (HSSFWorkbook workbook = new HSSFWorkbook()) {
			for (int s = 0; s < SHEETS; s++) {
				HSSFSheet sheet = workbook.createSheet("数値" + (s + 1));
				for (int r = 0; r < ROWS; r++) {
					HSSFRow row = sheet.createRow(r);
					for (int c = 0; c < COLUMNS; c++) {
						row.createCell(c).setCellValue(r * 0.5 + c);
					}
				}
			}
			// The test JVM may hold the application's POI limit already; writing a 98 MB
			// stream needs POI's default.
			IOUtils.setByteArrayMaxOverride(-1);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
			finally {
				IOUtils.setByteArrayMaxOverride(PoiLimits.BYTE_ARRAY_MAX);
			}
		}
		assertThat(Files.size(file)).isGreaterThan(20L * 1024 * 1024).isLessThan(26L * 1024 * 1024);
	}

}
