package org.roadmapetl.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.roadmapetl.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a scheduler or an operator sees from the command line: exit statuses and one clear
 * line on mistakes.
 */
class CommandLineTests {

	@TempDir
	Path inbox;

	@Nested
	class BadUsage {

		@ParameterizedTest
		@CsvSource(delimiter = '|', textBlock = """
				''                                   | no command given
				load                                 | unknown command 'load'
				run --inbx x                         | unexpected argument(s): --inbx x
				run --fiscal-year                    | --fiscal-year needs a value
				run --fiscal-year next               | --fiscal-year 'next' is not a fiscal year
				rerun                                | rerun needs exactly one of --file F, --department D or --all
				rerun --all --department 教育庁      | rerun needs exactly one of --file F, --department D or --all
				rerun --file no-such-file.tsv        | --file no-such-file.tsv: no such file
				run --inbox no-such-directory        | inbox no-such-directory is not a directory
				run                                  | no inbox: give --inbox DIR or set roadmap.inbox
				""")
		void printsWhatIsWrongAndTheUsageAndExitsWithTheUsageStatus(String commandLine, String message) {
			String[] args = commandLine.isEmpty() ? new String[0] : commandLine.split(" ");

			Outcome outcome = launch(args, Map.of());

			assertThat(outcome.status()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
			assertThat(outcome.err()).startsWith("roadmap-etl: " + message).contains("usage: roadmap-etl");
		}

		@Test
		void helpPrintsTheUsageAndSucceeds() {
			Outcome outcome = launch(new String[] { "run", "--help" }, Map.of());

			assertThat(outcome.status()).isEqualTo(ExitCodes.SUCCESS);
			assertThat(outcome.out()).contains("usage: roadmap-etl run [--inbox DIR] [--fiscal-year R7]");
		}

		@Test
		void helpListsEveryOptionOfScheduleAndTheExitStatuses() {
			Outcome outcome = launch(new String[] { "help" }, Map.of());

			assertThat(outcome.status()).isEqualTo(ExitCodes.SUCCESS);
			assertThat(outcome.out()).contains("schedule [--cron EXPR] [--inbox DIR] [--ticks N]")
				.contains("Exit status: 0 done; 1 failed")
				.contains("3 done,\nbut some files were set aside")
				.contains("5 validate found error findings.");
		}

	}

	@Nested
	class BadConfiguration {

		@Test
		void anUnreachableDatabaseIsOneLineAndTheConfigurationStatus() {
			Outcome outcome = launch(new String[] { "run", "--inbox", CommandLineTests.this.inbox.toString() },
					Map.of("spring.datasource.url", "jdbc:postgresql://127.0.0.1:1/roadmap"));

			assertThat(outcome.status()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
			assertThat(outcome.err().strip()).isEqualTo("roadmap-etl: cannot reach PostgreSQL at "
					+ "jdbc:postgresql://127.0.0.1:1/roadmap (is the server running? check SPRING_DATASOURCE_URL)");
		}

		@Test
		void aUrlThatIsNotPostgresIsRefused() {
			Outcome outcome = launch(new String[] { "run", "--inbox", CommandLineTests.this.inbox.toString() },
					Map.of("spring.datasource.url", "jdbc:mysql://localhost/roadmap"));

			assertThat(outcome.status()).isEqualTo(ExitCodes.USAGE_OR_CONFIGURATION);
			assertThat(outcome.err()).contains("is not a PostgreSQL JDBC URL");
		}

		@Test
		void aMissingDatabaseIsCreatedAndMigrated() throws Exception {
			TestDatabase database = TestDatabase.notYetCreated();
			try {
				// a hidden file is skipped; any other file would now be set aside as no
				// roadmap format
				Files.writeString(CommandLineTests.this.inbox.resolve(".keep"), "not a submission");

				Outcome outcome = launch(new String[] { "run", "--inbox", CommandLineTests.this.inbox.toString() },
						database.properties());

				assertThat(outcome.status()).isEqualTo(ExitCodes.SUCCESS);
				assertThat(outcome.err()).contains("created database " + database.name());
				try (var connection = database.connect();
						var statement = connection.createStatement();
						var result = statement.executeQuery("SELECT count(*) FROM report.projects")) {
					result.next();
					assertThat(result.getLong(1)).isZero();
				}
			}
			finally {
				database.close();
			}
		}

	}

	record Outcome(int status, String out, String err) {
	}

	static Outcome launch(String[] args, Map<String, String> properties) {
		PrintStream out = System.out;
		PrintStream err = System.err;
		ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
		ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
		try {
			System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
			System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
			int status = Launcher.launch(args, new HashMap<>(properties));
			return new Outcome(status, outBytes.toString(StandardCharsets.UTF_8),
					errBytes.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

}
