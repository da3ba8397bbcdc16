package org.roadmapetl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.FreshDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rerun touches only what it names (gap-rules.md, a department's latest submission):
 * rerunning one department's unchanged files of the README's sample inbox —
 * per-department workbooks beside consolidated files — leaves every other department's
 * findings and their states as they were.
 */
class RerunScopeTests {

	private static final String CONTENT = "finding_type, severity, reporting_fiscal_year, department, section, "
			+ "project_name, initiative_name, fiscal_year, message, source_file, source_location, finding_key, state, "
			+ "first_seen_at";

	@TempDir
	Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void rerunOfOneDepartmentLeavesTheOthersFindingsAsTheyWere() throws Exception {
		try (Stream<Path> files = Files.list(Path.of("jobs", "inbox"))) {
			for (Path file : files.toList()) {
				Files.copy(file, this.inbox.resolve(file.getFileName().toString()));
			}
		}
		assertThat(launch("run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		assertThat(launch("check", "--fiscal-year", "R7")).isEqualTo(ExitCodes.SUCCESS);
		String others = "report.findings WHERE department IS DISTINCT FROM '健康福祉部'";
		List<List<String>> before = this.warehouse.views().rows(others, CONTENT);
		assertThat(before).isNotEmpty();

		assertThat(launch("rerun", "--department", "健康福祉部", "--inbox", this.inbox.toString(), "--fiscal-year", "R7"))
			.isEqualTo(ExitCodes.SUCCESS);

		assertThat(this.warehouse.views().rows(others, CONTENT)).isEqualTo(before);
		assertThat(this.warehouse.views().rows("report.findings", "DISTINCT state")).containsExactly(List.of("open"));

		CommandLineTests.Outcome unknown = CommandLineTests.launch(
				new String[] { "rerun", "--department", "存在しない部", "--inbox", this.inbox.toString() },
				this.warehouse.database().properties());
		assertThat(unknown.status()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
		assertThat(unknown.err()).contains("存在しない部").contains("健康福祉部");
	}

	private int launch(String... args) {
		return WarmLauncher.launch(args, this.warehouse.database().properties());
	}

}
