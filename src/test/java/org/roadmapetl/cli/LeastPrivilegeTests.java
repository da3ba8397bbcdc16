package org.roadmapetl.cli;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.roadmapetl.ReportViews;
import org.roadmapetl.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Least privilege as README.md documents it: the migrations create the configured roles
 * NOLOGIN; after a first migration by {@code postgres} and the README's administrator
 * step, the nightly commands work as the loader role; a database an administrator created
 * owned by the loader role is migrated by its first run. Roles are shared by the whole
 * server: this test works on its JVM's own roles ({@link TestDatabase#loaderRole()}) and
 * leaves every other role as it found it.
 */
class LeastPrivilegeTests {

	private static final String PASSWORD = "loader-secret-" + System.nanoTime();

	private static final String LOADER = TestDatabase.loaderRole();

	@TempDir
	Path inbox;

	/**
	 * Every role the server had before, with whether it may log in and its password's
	 * hash.
	 */
	private static final String OTHER_ROLES = "SELECT rolname || ' ' || rolcanlogin || ' ' || coalesce(rolpassword, '') "
			+ "FROM pg_authid WHERE rolname NOT LIKE 'roadmap\\_test\\_%' ORDER BY rolname";

	private final TestDatabase migrated = TestDatabase.empty();

	private List<String> rolesBefore;

	@BeforeEach
	void migrateAsPostgres() throws Exception {
		this.rolesBefore = strings(OTHER_ROLES);
		try (InputStream in = getClass().getResourceAsStream("/samples/roadmap-export-sample.tsv")) {
			Files.copy(in, this.inbox.resolve("sample.tsv"));
		}
		resetLoader();
		assertThat(Launcher.launch(new String[] { "check", "--fiscal-year", "R7" }, this.migrated.properties()))
			.isEqualTo(ExitCodes.SUCCESS);
	}

	@AfterEach
	void leaveTheRolesAsTheyWere() throws SQLException {
		resetLoader();
		// a first migration may create roadmap_loader and roadmap_reader where the server
		// has none; it alters none
		assertThat(strings(OTHER_ROLES)).as("the server's own roles").containsAll(this.rolesBefore);
		this.migrated.close();
	}

	@Test
	void afterTheReadmeStepTheNightlyCommandsWorkAsTheLoaderRole() throws Exception {
		assertThat(strings("SELECT rolcanlogin FROM pg_roles WHERE rolname IN ('" + LOADER + "', '"
				+ TestDatabase.readerRole() + "')"))
			.containsExactly("false", "false");

		runReadmeStep();

		assertThat(strings("SELECT rolcanlogin || ' ' || (rolpassword LIKE 'SCRAM-SHA-256$%') FROM pg_authid "
				+ "WHERE rolname = '" + LOADER + "'"))
			.containsExactly("true true");
		Map<String, String> loader = asLoader(this.migrated);
		assertThat(Launcher.launch(new String[] { "run", "--inbox", this.inbox.toString() }, loader))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(Launcher.launch(new String[] { "rerun", "--all", "--inbox", this.inbox.toString() }, loader))
			.isEqualTo(ExitCodes.SUCCESS);
		assertThat(Launcher.launch(new String[] { "check", "--fiscal-year", "R7" }, loader))
			.isEqualTo(ExitCodes.SUCCESS);
		CommandLineTests.Outcome status = CommandLineTests.launch(new String[] { "status" }, loader);
		assertThat(status.status()).as(status.err()).isEqualTo(ExitCodes.SUCCESS);
		assertThat(status.out()).contains("COMPLETED").doesNotContain("permission denied");
		CommandLineTests.Outcome validate = CommandLineTests.launch(
				new String[] { "validate", this.inbox.resolve("sample.tsv").toString(), "--fiscal-year", "R7" },
				loader);
		assertThat(validate.status()).as(validate.err()).isEqualTo(ExitCodes.ERROR_FINDINGS);
		assertThat(new ReportViews(this.migrated).count("SELECT count(*) FROM report.projects")).isEqualTo(13);
	}

	@Test
	void theReadmeStepRefusesAnUnsetOrShortPasswordAndChangesNothing() throws Exception {
		String reader = "SELECT rolcanlogin || ' ' || (rolpassword IS NULL) FROM pg_authid WHERE rolname = '"
				+ TestDatabase.readerRole() + "'";
		List<String> before = strings(reader);

		ReadmeStep unset = readmeStep("ROADMAP_READER_PASSWORD", null);
		ReadmeStep shortOne = readmeStep("ROADMAP_READER_PASSWORD", "short");

		assertThat(unset.status()).as(unset.output()).isNotZero();
		assertThat(unset.output()).contains("ROADMAP_READER_PASSWORD is unset or too short: nothing changed");
		assertThat(shortOne.status()).as(shortOne.output()).isNotZero();
		assertThat(strings(reader)).isEqualTo(before).containsExactly("false true");
	}

	@Test
	void aDatabaseTheLoaderOwnsIsMigratedByItsFirstRun() throws Exception {
		runReadmeStep();
		TestDatabase owned = TestDatabase.notYetCreated();
		execute(this.migrated, "CREATE DATABASE " + owned.name() + " OWNER " + LOADER);
		try {
			assertThat(Launcher.launch(new String[] { "run", "--inbox", this.inbox.toString() }, asLoader(owned)))
				.isEqualTo(ExitCodes.SUCCESS);
			assertThat(new ReportViews(owned).count("SELECT count(*) FROM report.projects")).isEqualTo(13);
			assertThat(new ReportViews(owned).count("SELECT count(*) FROM pg_class c JOIN pg_namespace n "
					+ "ON n.oid = c.relnamespace WHERE n.nspname IN ('dw', 'staging', 'report', 'batch') "
					+ "AND pg_get_userbyid(c.relowner) <> '" + LOADER + "'"))
				.isZero();
		}
		finally {
			owned.close();
		}
	}

	/**
	 * The administrator's step exactly as README.md writes it, run by bash with the
	 * password in the environment.
	 */
	private void runReadmeStep() throws Exception {
		ReadmeStep step = readmeStep("ROADMAP_LOADER_PASSWORD", PASSWORD);
		assertThat(step.status()).as(step.output()).isZero();
	}

	/**
	 * The README's step for one role's password, on this JVM's roles:
	 * {@code sudo -u postgres psql -d roadmap} becomes a login as postgres to the test's
	 * database. {@code password} null leaves the variable unset.
	 */
	private ReadmeStep readmeStep(String variable, String password) throws Exception {
		String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
		int start = readme
			.indexOf("    sudo -u postgres psql -d roadmap -v ON_ERROR_STOP=1 -v pw=\"$" + variable + "\"");
		assertThat(start).as("the README's step for " + variable).isNotNegative();
		int end = readme.indexOf("    SQL\n", start) + "    SQL\n".length();
		String step = readme.substring(start, end)
			.replace("\n    ", "\n")
			.substring(4)
			.replace("sudo -u postgres psql -d roadmap",
					"psql -X -q -h 127.0.0.1 -U postgres -d " + this.migrated.name())
			.replace("roadmap_loader", LOADER)
			.replace("roadmap_reader", TestDatabase.readerRole());
		ProcessBuilder bash = new ProcessBuilder("bash", "-c", step).redirectErrorStream(true);
		bash.environment().remove(variable);
		if (password != null) {
			bash.environment().put(variable, password);
		}
		if (System.getenv("SPRING_DATASOURCE_PASSWORD") != null) {
			bash.environment().put("PGPASSWORD", System.getenv("SPRING_DATASOURCE_PASSWORD"));
		}
		Process process = bash.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
		return new ReadmeStep(process.exitValue(), step + "\n" + output);
	}

	private record ReadmeStep(int status, String output) {
	}

	private static Map<String, String> asLoader(TestDatabase database) {
		Map<String, String> properties = new HashMap<>(database.properties());
		properties.put("spring.datasource.username", LOADER);
		properties.put("spring.datasource.password", PASSWORD);
		return properties;
	}

	/**
	 * This JVM's loader role only, back to NOLOGIN and no password: what the migrations
	 * leave.
	 */
	private void resetLoader() throws SQLException {
		execute(this.migrated, "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + LOADER + "') THEN "
				+ "ALTER ROLE " + LOADER + " NOLOGIN PASSWORD NULL; END IF; END $$");
	}

	private List<String> strings(String sql) throws SQLException {
		return new ReportViews(this.migrated).rows("(" + sql + ") q", "*").stream().map((row) -> row.get(0)).toList();
	}

	private static void execute(TestDatabase database, String sql) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
