package org.roadmapetl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OddFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Faults that are nobody's content never stick to it, our own bugs are never dressed up
 * as the department's, and names are data: what IT relies on the morning after.
 */
class ReliabilityTests {

	@TempDir
	Path work;

	private Path inbox;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@BeforeEach
	void createInbox() throws IOException {
		this.inbox = Files.createDirectories(this.work.resolve("inbox"));
		try (InputStream in = getClass().getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, this.inbox.resolve("sample.tsv"));
		}
	}

	@Test
	void aBugInOurOwnRuleSetsThatFileAsideAsAnInternalErrorAndTheRunFails() throws Exception {
		Files.writeString(this.inbox.resolve("second.tsv"), OddFiles.renamedSampleText(" 第2版"));

		CommandLineTests.Outcome outcome = launch(
				Map.of("roadmap-test.file", "second.tsv", "roadmap-test.action", "fail"), "run", "--inbox",
				this.inbox.toString());

		assertThat(outcome.status()).isEqualTo(ExitCodes.FAILED);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(13);
		assertThat(this.warehouse.views().rows("dw.quarantined_file", "file_name, fault"))
			.containsExactly(List.of("second.tsv", "internal"));
		assertThat(this.warehouse.views().rows("dw.quarantined_file", "reason").get(0).get(0))
			.startsWith("roadmap-etl の内部エラー")
			.contains("an internal error of roadmap-etl")
			.doesNotContain("IllegalStateException");
		assertThat(outcome.out()).contains("Internal error while reading second.tsv")
			.contains("java.lang.IllegalStateException: a bug in a rule (caused by the test)");
		assertThat(this.work.resolve("quarantine/second.tsv")).exists();

		Files.move(this.work.resolve("quarantine/second.tsv"), this.inbox.resolve("second.tsv"));
		assertThat(launch(Map.of(), "run", "--inbox", this.inbox.toString()).status()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(26);
	}

	@Test
	void aFileThatVanishesAfterItWasListedIsNotHeldAgainstItsContentAndLoadsWhenPutBack() throws Exception {
		Files.writeString(this.inbox.resolve("second.tsv"), OddFiles.renamedSampleText(" 第2版"));
		Path away = Files.createDirectories(this.work.resolve("away"));

		CommandLineTests.Outcome outcome = launch(Map.of("roadmap-test.file", "second.tsv", "roadmap-test.action",
				"vanish", "roadmap-test.away", away.toString()), "run", "--inbox", this.inbox.toString());

		assertThat(outcome.status()).as(outcome.out()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(outcome.out()).contains("Could not read second.tsv now").contains("to retry next run: second.tsv");
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.quarantined_file")).isZero();
		assertThat(this.work.resolve("quarantine/second.tsv")).doesNotExist();

		Files.move(away.resolve("second.tsv"), this.inbox.resolve("second.tsv"));
		assertThat(launch(Map.of(), "run", "--inbox", this.inbox.toString()).status()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(26);
	}

	@Test
	void aWorkbookStillBeingCopiedIsLeftUntouchedAndLoadsOnceSettled() throws Exception {
		byte[] workbook = Files.readAllBytes(OddFiles.samples().resolve("xlsx/教育庁.xlsx"));
		Path slow = this.inbox.resolve("教育庁.xlsx");
		Files.write(slow, java.util.Arrays.copyOf(workbook, workbook.length / 2));
		OddFiles.age(this.inbox.resolve("sample.tsv"), Duration.ofHours(1));

		CommandLineTests.Outcome outcome = launch(Map.of("roadmap.settle.seconds", "30"), "run", "--inbox",
				this.inbox.toString());

		assertThat(outcome.status()).as(outcome.out()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(outcome.out()).contains("Waiting for 教育庁.xlsx to settle").contains("waiting to settle: 教育庁.xlsx");
		assertThat(Files.readAllBytes(slow)).hasSize(workbook.length / 2);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.quarantined_file")).isZero();
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(13);

		Files.write(slow, workbook);
		OddFiles.age(slow, Duration.ofSeconds(31));
		assertThat(launch(Map.of("roadmap.settle.seconds", "30"), "run", "--inbox", this.inbox.toString()).status())
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.submission")).isEqualTo(2);
	}

	@Test
	void theSummaryCountsEveryFileWaitingToSettleBeyondTheNamesItLists() throws Exception {
		OddFiles.age(this.inbox.resolve("sample.tsv"), Duration.ofHours(1));
		for (int i = 0; i < 230; i++) {
			Files.writeString(this.inbox.resolve(String.format("upload-%03d.tsv", i)), "still being copied");
		}

		CommandLineTests.Outcome outcome = launch(Map.of("roadmap.settle.seconds", "30"), "run", "--inbox",
				this.inbox.toString());

		assertThat(outcome.status()).as(outcome.out()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(outcome.out())
			.contains("1 file(s) loaded, 0 skipped (seen before), 0 set aside, 0 to retry, " + "230 waiting to settle")
			.contains("waiting to settle: 30 more file(s)");
	}

	@Test
	void aFileTheJobMayNotReadIsNamedAndRetriedWhileTheOthersLoad() throws Exception {
		Path locked = this.inbox.resolve("locked.tsv");
		Files.writeString(locked, OddFiles.renamedSampleText(" 第2版"));
		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
		// Root without the capabilities that bypass file permissions: a mode 000 file is
		// as closed to it as to
		// any unprivileged user, while the build's own files (owned by it) stay readable.
		List<String> unprivileged = List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search",
				"--inh-caps=-dac_override,-dac_read_search");
		Path log = this.work.resolve("locked.log");

		Process run = ChildJvm.start(unprivileged, this.warehouse.database(), log, "256m", Map.of(), "run", "--inbox",
				this.inbox.toString());

		assertThat(run.waitFor(3, TimeUnit.MINUTES)).isTrue();
		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(run.exitValue()).as(output).isEqualTo(ExitCodes.SUCCESS);
		assertThat(output).contains("Could not read locked.tsv now").contains("to retry next run: locked.tsv");
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(13);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.quarantined_file")).isZero();
		assertThat(launch(Map.of(), "status").out()).contains("to retry: locked.tsv");

		Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-r--r--"));
		assertThat(launch(Map.of(), "run", "--inbox", this.inbox.toString()).status()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM report.projects")).isEqualTo(26);
	}

	@Test
	void aFileWhoseMoveToQuarantineFailsStaysRecordedAndIsMovedByTheNextRun() throws Exception {
		Files.write(this.inbox.resolve("broken.xlsx"), "not a workbook".getBytes());
		Path blocker = Files.writeString(this.work.resolve("quarantine"), "a file where the folder should be");

		CommandLineTests.Outcome first = launch(Map.of(), "run", "--inbox", this.inbox.toString());

		assertThat(first.status()).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(first.out()).contains("Set aside broken.xlsx (")
			.contains("but could not move it")
			.contains("it stays in the inbox and the next run moves it");
		assertThat(this.inbox.resolve("broken.xlsx")).exists();

		Files.delete(blocker);
		CommandLineTests.Outcome second = launch(Map.of(), "run", "--inbox", this.inbox.toString());

		assertThat(second.status()).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(this.inbox.resolve("broken.xlsx")).doesNotExist();
		assertThat(this.work.resolve("quarantine/broken.xlsx")).exists();
		assertThat(this.work.resolve("quarantine/broken.xlsx.reason.txt")).content().contains("no roadmap form");
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.quarantined_file")).isEqualTo(1);
	}

	@Test
	void namesWithALineBreakOrTooLongForAReasonFileAreSetAsideWithTruthfulEscapedLogLines() throws Exception {
		Files.write(this.inbox.resolve("forged\nINFO  Run 1 COMPLETED.xlsx"), "not a workbook".getBytes());
		String longName = "a".repeat(246) + ".tsv";
		assertThat(longName.getBytes(StandardCharsets.UTF_8)).hasSize(250);
		Files.write(this.inbox.resolve(longName), new byte[] { 0, 1, 2, 3, 0, 0 });

		CommandLineTests.Outcome outcome = launch(Map.of(), "run", "--inbox", this.inbox.toString());

		assertThat(outcome.status()).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		assertThat(outcome.out()).contains("Set aside forged\\nINFO  Run 1 COMPLETED.xlsx (")
			.contains("Set aside " + longName + " (")
			.doesNotContain("could not move")
			.doesNotContain("could not write");
		assertThat(outcome.out().lines()).noneMatch((line) -> line.startsWith("INFO  Run 1 COMPLETED.xlsx"));
		Path quarantine = this.work.resolve("quarantine");
		assertThat(quarantine.resolve(longName)).exists();
		try (Stream<Path> files = Files.list(quarantine)) {
			assertThat(
					files.map((file) -> file.getFileName().toString()).filter((name) -> name.endsWith(".reason.txt")))
				.hasSize(2)
				.allSatisfy(
						(name) -> assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255));
		}
		String status = launch(Map.of(), "status").out();
		assertThat(status).contains("set aside: forged\\nINFO  Run 1 COMPLETED.xlsx: ");
		assertThat(status.lines()).noneMatch((line) -> line.startsWith("INFO  Run 1 COMPLETED.xlsx"));
	}

	private CommandLineTests.Outcome launch(Map<String, String> extra, String... args) {
		Map<String, String> properties = new HashMap<>(this.warehouse.database().properties());
		properties.putAll(extra);
		return CommandLineTests.launch(args, properties);
	}

}
