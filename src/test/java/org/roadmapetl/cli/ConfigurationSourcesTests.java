package org.roadmapetl.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.ChildJvm;
import org.roadmapetl.FreshDatabase;
import org.roadmapetl.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line in a process of its own, started in a working folder as a user would:
 * the database and the inbox come from Spring Boot's own sources, and the pre-flight
 * checks the database the application then opens.
 */
class ConfigurationSourcesTests {

	private static final String PASSWORD = System.getenv("SPRING_DATASOURCE_PASSWORD");

	@TempDir
	Path folder;

	@RegisterExtension
	final FreshDatabase warehouse = new FreshDatabase();

	private Path inbox;

	@BeforeEach
	void sampleInbox() throws Exception {
		this.inbox = Files.createDirectories(this.folder.resolve("inbox"));
		SampleFiles.copyInto(this.inbox, SampleFiles.EXPORT);
	}

	@Test
	void configApplicationPropertiesOfTheWorkingFolderNameTheDatabaseAndTheInbox() throws Exception {
		Files.createDirectories(this.folder.resolve("config"));
		Files.writeString(this.folder.resolve("config/application.properties"),
				"spring.datasource.url=" + this.warehouse.database().url() + "\nspring.datasource.username=postgres\n"
						+ "roadmap.inbox=" + this.inbox.toString().replace("\\", "\\\\") + "\n"
						+ "roadmap.settle.seconds=0\n",
				StandardCharsets.UTF_8);

		Result result = run("run", "--fiscal-year", "R7");

		assertThat(result.status()).as(result.err()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(projectsIn(this.warehouse.database())).isEqualTo(13);
	}

	@Test
	void aDatasourceArgumentNamesTheDatabase() throws Exception {
		TestDatabase missing = TestDatabase.notYetCreated();
		try {
			Result result = run("run", "--inbox", this.inbox.toString(), "--spring.datasource.url=" + missing.url(),
					"--roadmap.settle.seconds=0", "--fiscal-year", "R7");

			assertThat(result.status()).as(result.err()).isEqualTo(ExitCodes.SUCCESS);
			assertThat(result.err()).contains("created database " + missing.name());
			assertThat(projectsIn(missing)).isEqualTo(13);
		}
		finally {
			missing.close();
		}
	}

	@Test
	void statusPrintsItsTableAndNoLogLine() throws Exception {
		String url = "--spring.datasource.url=" + this.warehouse.database().url();
		assertThat(Launcher.launch(new String[] { "run", "--inbox", this.inbox.toString(), "--fiscal-year", "R7" },
				this.warehouse.database().properties()))
			.isEqualTo(ExitCodes.SUCCESS);

		Result status = run("status", url);

		assertThat(status.status()).isEqualTo(ExitCodes.SUCCESS);
		List<String> lines = status.out().lines().toList();
		// The table, then the run's finding changes and the submissions still owed (issue
		// 13): no log line.
		assertThat(lines).noneMatch((line) -> line.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*"));
		assertThat(lines.get(2)).contains("findings: ");
		assertThat(lines.get(3)).startsWith("Submissions for reporting year ");
		assertThat(lines.get(0))
			.matches("\\s+id\\s+command\\s+year\\s+started\\s+ended\\s+status\\s+loaded\\s+skipped\\s+set aside.*");
		// the columns line up in a terminal, where 年 and 度 take two columns each
		java.util.regex.Matcher started = java.util.regex.Pattern.compile("\\d{4}-\\d\\d-\\d\\d \\d\\d:")
			.matcher(lines.get(1));
		assertThat(started.find()).isTrue();
		String before = lines.get(1).substring(0, started.start());
		assertThat(before.length() + before.replaceAll("[^年度]", "").length())
			.isEqualTo(lines.get(0).indexOf("started"));
		assertThat(lines.get(1)).matches("\\s+\\d+\\s+run\\s+.*COMPLETED\\s+1\\s+0\\s+0\\s+\\d+\\s+\\d+");
		assertThat(status.err()).isEmpty();

		Result verbose = run("status", url, "--verbose");
		assertThat(verbose.out()).containsPattern("(?m)^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO ");
	}

	private record Result(int status, String out, String err) {
	}

	private Result run(String... args) throws Exception {
		Map<String, String> environment = new HashMap<>(Map.of("ROADMAP_ROLES_LOADER", TestDatabase.loaderRole(),
				"ROADMAP_ROLES_READER", TestDatabase.readerRole()));
		if (PASSWORD != null) {
			environment.put("SPRING_DATASOURCE_PASSWORD", PASSWORD);
		}
		Path out = Files.createTempFile(this.folder, "out", ".txt");
		Path err = Files.createTempFile(this.folder, "err", ".txt");
		Process process = ChildJvm.startIn(this.folder, environment, out, err, args);
		if (!process.waitFor(3, TimeUnit.MINUTES)) {
			process.destroyForcibly();
			throw new AssertionError("the child JVM did not finish in 3 minutes");
		}
		return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
	}

	private static long projectsIn(TestDatabase database) throws Exception {
		try (var connection = database.connect();
				var statement = connection.createStatement();
				var result = statement.executeQuery("SELECT count(*) FROM report.projects")) {
			result.next();
			return result.getLong(1);
		}
	}

}
