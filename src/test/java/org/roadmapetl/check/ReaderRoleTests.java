package org.roadmapetl.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.roadmapetl.SampleFiles;
import org.roadmapetl.TestDatabase;
import org.roadmapetl.cli.ExitCodes;
import org.roadmapetl.cli.WarmLauncher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a BI tool logged in as the reader role (roadmap_reader unless configured) may do:
 * read every report view, with a Japanese and an English description on each view and
 * column, and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderRoleTests {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

	private static final Pattern ENGLISH = Pattern.compile("[A-Za-z]{3,}");

	@TempDir
	static java.nio.file.Path inbox;

	private TestDatabase database;

	@BeforeAll
	void loadTheSample() throws Exception {
		this.database = TestDatabase.create();
		SampleFiles.copyInto(inbox, SampleFiles.EXPORT);
		assertThat(WarmLauncher.launch(new String[] { "run", "--inbox", inbox.toString(), "--fiscal-year", "R7" },
				this.database.properties()))
			.isEqualTo(ExitCodes.SUCCESS);
	}

	@AfterAll
	void drop() {
		this.database.close();
	}

	@ParameterizedTest
	@ValueSource(strings = { "report.projects", "report.project_organizations", "report.initiative_years",
			"report.findings", "report.department_progress", "report.budget_summary", "report.finding_history",
			"report.project_changes", "report.submission_status" })
	void readsEveryRowOfEveryReportView(String view) throws SQLException {
		long asOwner = Long.parseLong(strings("SELECT count(*) FROM " + view).get(0));
		try (Connection connection = asReader();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT count(*) FROM " + view)) {
			result.next();
			assertThat(result.getLong(1)).isEqualTo(asOwner).isPositive();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "SELECT * FROM dw.project", "SELECT * FROM dw.initiative_year", "SELECT * FROM dw.finding",
			"SELECT * FROM staging.project", "SELECT * FROM batch.batch_job_execution",
			"SELECT * FROM flyway_schema_history", "DELETE FROM report.findings",
			"UPDATE report.projects SET field = 'x'", "INSERT INTO report.budget_summary (field) VALUES ('x')",
			"CREATE TABLE report.mine (i int)", "CREATE TABLE public.mine (i int)", "CREATE TABLE dw.mine (i int)",
			"CREATE TEMP TABLE mine (i int)", "CREATE SCHEMA mine", "REFRESH MATERIALIZED VIEW report.projects" })
	void isRefusedEverythingElse(String sql) throws SQLException {
		try (Connection connection = asReader(); Statement statement = connection.createStatement()) {
			assertThatThrownBy(() -> statement.execute(sql)).isInstanceOf(SQLException.class)
				.satisfies((ex) -> assertThat(((SQLException) ex).getSQLState()).isIn("42501", "42809", "55000"));
		}
	}

	@Test
	void holdsNoWritePrivilegeOnAnyReportView() throws SQLException {
		assertThat(strings("""
				SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'report'
				WHERE has_table_privilege('%s', c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')"""
			.formatted(TestDatabase.readerRole()))).isEmpty();
	}

	@Test
	void theLoaderRoleOwnsEveryWarehouseObject() throws SQLException {
		assertThat(strings("""
				SELECT n.nspname || '.' || c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE n.nspname IN ('dw', 'staging', 'report', 'batch') AND c.relkind IN ('r', 'v', 'S')
				  AND pg_get_userbyid(c.relowner) <> '%s'""".formatted(TestDatabase.loaderRole()))).isEmpty();
		assertThat(strings("SELECT nspname FROM pg_namespace WHERE nspname IN ('dw', 'staging', 'report', 'batch') "
				+ "AND pg_get_userbyid(nspowner) <> '" + TestDatabase.loaderRole() + "'"))
			.isEmpty();
	}

	@Test
	void everyReportViewAndColumnHasAJapaneseAndAnEnglishComment() throws SQLException {
		List<String> described = strings("""
				SELECT c.relname || coalesce('.' || a.attname, '') || ' = ' ||
				       coalesce(CASE WHEN a.attname IS NULL THEN obj_description(c.oid, 'pg_class')
				                     ELSE col_description(c.oid, a.attnum) END, '')
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = 'report'
				LEFT JOIN LATERAL (SELECT NULL::name AS attname, NULL::int2 AS attnum
				                   UNION ALL
				                   SELECT attname, attnum FROM pg_attribute
				                   WHERE attrelid = c.oid AND attnum > 0 AND NOT attisdropped) a ON true
				WHERE c.relkind = 'v'""");
		assertThat(described).hasSizeGreaterThan(60);
		assertThat(described).allSatisfy((line) -> {
			String comment = line.substring(line.indexOf(" = ") + 3);
			assertThat(JAPANESE.matcher(comment).find()).as(line).isTrue();
			assertThat(ENGLISH.matcher(comment).find()).as(line).isTrue();
		});
	}

	/**
	 * A connection with exactly the reader role's privileges (SET ROLE needs no password
	 * of its own).
	 */
	private Connection asReader() throws SQLException {
		Connection connection = this.database.connect();
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET ROLE " + TestDatabase.readerRole());
		}
		return connection;
	}

	private List<String> strings(String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				values.add(result.getString(1));
			}
		}
		return values;
	}

}
