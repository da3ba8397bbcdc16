package org.roadmapetl.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FreshDatabase;
import org.roadmapetl.SampleFiles;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code roadmap.feedback.dir} set, the job's last step writes one workbook per
 * department after its check: {@code run}, {@code rerun} and a tick of {@code schedule}
 * alike.
 */
class PublishFeedbackTests {

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void runRerunAndScheduleEachWriteTheFeedbackFolder() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		SampleFiles.copyInto(inbox, SampleFiles.EXPORT);
		Path folder = this.work.resolve("feedback");
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.put("roadmap.feedback.dir", folder.toString());

		assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
				properties))
			.isEqualTo(ExitCodes.SUCCESS);
		List<String> written = workbooks(folder);
		assertThat(written).as("one per department with findings or submissions due")
			.contains("健康福祉部.xlsx", "教育庁.xlsx", "病院局.xlsx");
		try (Workbook workbook = WorkbookFactory.create(folder.resolve(written.get(0)).toFile())) {
			assertThat(workbook.getNumberOfSheets()).isPositive();
		}

		clear(folder);
		assertThat(WarmLauncher
			.launch(new String[] { "rerun", "--all", "--inbox", inbox.toString(), "--fiscal-year", "R7" }, properties))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(workbooks(folder)).isEqualTo(written);

		clear(folder);
		Files.copy(Path.of("jobs", "inbox", "教育庁.xlsx"), inbox.resolve("教育庁.xlsx"));
		assertThat(WarmLauncher.launch(
				new String[] { "schedule", "--cron", "* * * * * *", "--ticks", "1", "--inbox", inbox.toString() },
				properties))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(workbooks(folder)).isEqualTo(written);
		assertThat(markedCopies(folder)).as("教育庁 sent a file of its own: it comes back marked in red")
			.containsExactly("教育庁_指摘入り.xlsx");

		clear(folder);
		assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
				properties))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(workbooks(folder)).as("nothing loaded, the findings as they stood: no new delivery").isEmpty();
	}

	private static List<String> workbooks(Path folder) throws Exception {
		return xlsx(folder).stream().filter((name) -> !name.endsWith("_指摘入り.xlsx")).toList();
	}

	private static List<String> markedCopies(Path folder) throws Exception {
		return xlsx(folder).stream().filter((name) -> name.endsWith("_指摘入り.xlsx")).toList();
	}

	private static List<String> xlsx(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.getFileName().toString())
				.filter((name) -> name.endsWith(".xlsx"))
				.sorted()
				.toList();
		}
	}

	private static void clear(Path folder) throws Exception {
		try (Stream<Path> files = Files.list(folder)) {
			for (Path file : files.toList()) {
				Files.delete(file);
			}
		}
	}

}
