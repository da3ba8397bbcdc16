package org.roadmapetl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The options of validate, feedback and export-roadmap; mistakes are usage errors naming
 * what is wrong.
 */
class FeedbackLoopOptionsTests {

	private final CommandLineParser parser = new CommandLineParser(Path.of("."), "0 0 2 * * *");

	@TempDir
	Path work;

	@Test
	void validateTakesFilesAndItsOptionsInAnyOrder() throws Exception {
		Path a = Files.writeString(this.work.resolve("a.tsv"), "x");
		Path b = Files.writeString(this.work.resolve("b.xlsx"), "x");

		Command command = this.parser.parse(new String[] { "validate", a.toString(), "--json", "--fiscal-year", "令和7年度",
				b.toString(), "--feedback", "out.xlsx" });

		assertThat(command).isEqualTo(new Command.Validate(List.of(a, b), 2025, true, Path.of("out.xlsx")));
	}

	@Test
	void feedbackAndExportRoadmapReadTheirOptions() {
		assertThat(
				this.parser.parse(new String[] { "feedback", "--out", "fb", "--department", "教育庁", "--format", "csv" }))
			.isEqualTo(new Command.Feedback(null, Path.of("fb"), "教育庁", "csv", null));
		assertThat(this.parser.parse(new String[] { "export-roadmap", "--fiscal-year", "R7" }))
			.isEqualTo(new Command.ExportRoadmap(2025, Path.of("roadmap.xlsx")));
	}

	@Test
	void mistakesAreUsageErrors() {
		assertThatExceptionOfType(UsageException.class).isThrownBy(() -> this.parser.parse(new String[] { "validate" }))
			.withMessage("validate needs at least one file");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> this.parser.parse(new String[] { "validate", "no-such-file.xlsx" }))
			.withMessage("no-such-file.xlsx: no such file");
		assertThatExceptionOfType(UsageException.class)
			.isThrownBy(() -> this.parser.parse(new String[] { "feedback", "--format", "pdf" }))
			.withMessage("--format must be xlsx or csv, not 'pdf'");
		assertThat(Launcher.launch(new String[] { "export-roadmap", "--bogus" }, java.util.Map.of()))
			.isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
	}

	@Test
	void helpNamesTheThreeCommands() {
		assertThat(((Command.Help) this.parser.parse(new String[] { "help" })).text()).contains("validate FILE...")
			.contains("feedback [--fiscal-year R7]")
			.contains("export-roadmap");
		assertThat(((Command.Help) this.parser.parse(new String[] { "validate", "--help" })).text())
			.contains("Exit status: 0 no error findings, 5 error findings");
	}

}
