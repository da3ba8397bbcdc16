package org.roadmapetl.cli;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ChildJvm;
import org.roadmapetl.CsvRows;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.OddFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Other readers' test files beside the samples, in one run of the real command line under
 * {@code -Xmx512m}: the samples load, every other file is set aside with a reason file a
 * clerk can read (Japanese first, the name it was sent under, no server path or Java
 * class), none as an internal error, and the run finishes with exit 3.
 */
class PeerSuitesInboxTests {

	@TempDir
	Path work;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	@Test
	void everyPeerFileIsSetAsideWithAReasonAndTheSamplesLoad() throws Exception {
		Path inbox = Files.createDirectories(this.work.resolve("inbox"));
		OddFiles.copySamples(inbox);
		List<Path> fixtures = fixtures();
		for (Path fixture : fixtures) {
			Path copy = inbox.resolve(fixture.getFileName().toString());
			Files.copy(fixture, copy);
			OddFiles.age(copy, Duration.ofHours(1));
		}
		Path log = this.work.resolve("run.log");

		int status = ChildJvm.run(this.warehouse.database(), log, "512m", "run", "--inbox", inbox.toString(),
				"--fiscal-year", "R7");

		String output = Files.readString(log, StandardCharsets.UTF_8);
		assertThat(status).as(output).isEqualTo(ExitCodes.FINISHED_WITH_QUARANTINE);
		List<String> sampleNames = CsvRows.read("/samples/expected/projects.csv")
			.stream()
			.map((row) -> row.get(0))
			.toList();
		assertThat(this.warehouse.views().rows("report.projects", "project_name").stream().map((row) -> row.get(0)))
			.containsExactlyInAnyOrderElementsOf(sampleNames);
		assertThat(this.warehouse.views().count("SELECT count(*) FROM dw.quarantined_file WHERE fault <> 'department'"))
			.isZero();
		assertThat(output).doesNotContain("Internal error while reading");
		for (Path fixture : fixtures) {
			String name = fixture.getFileName().toString();
			Path reasonFile = this.work.resolve("quarantine").resolve(name + ".reason.txt");
			assertThat(this.work.resolve("quarantine").resolve(name)).as(name).exists();
			assertThat(reasonFile).as(name).exists();
			String reason = Files.readString(reasonFile, StandardCharsets.UTF_8);
			assertThat(reason).as(name)
				.startsWith("ファイル / File: " + name + "\n理由: ")
				.containsPattern("理由: .*[\\u3040-\\u30FF\\u4E00-\\u9FFF]")
				.contains("\nReason: ")
				.doesNotContain(this.work.toString())
				.doesNotContainPattern("[A-Za-z]+(Exception|Error)\\b")
				.doesNotContainPattern("\\b(java|javax|org\\.apache)\\.");
		}
	}

	private static List<Path> fixtures() throws IOException, URISyntaxException {
		Path root = Path.of(PeerSuitesInboxTests.class.getResource("/peer-suites").toURI());
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter((file) -> !file.getFileName().toString().equals("README.md"))
				.sorted()
				.toList();
		}
	}

}
