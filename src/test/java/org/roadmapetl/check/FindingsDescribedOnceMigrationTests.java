package org.roadmapetl.check;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.roadmapetl.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * V21 moves what a latest finding says into its history row: a warehouse of V20 reads the
 * same findings after it, a latest finding whose history row was missing or stale
 * included.
 */
class FindingsDescribedOnceMigrationTests {

	private static final String FINDINGS = """
			SELECT finding_type, severity, reporting_fiscal_year, department, section, project_name, initiative_name,
			       fiscal_year, message, source_file, source_location, detected_at, finding_key, state, first_seen_at
			FROM report.findings ORDER BY finding_key""";

	private TestDatabase database;

	@BeforeEach
	void create() {
		this.database = TestDatabase.empty();
	}

	@AfterEach
	void drop() {
		this.database.close();
	}

	@Test
	void theLatestFindingsReadTheSameAfterTheMigration() throws SQLException {
		migrate("20");
		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(
					"""
							INSERT INTO dw.check_state (singleton, reporting_fiscal_year, checked_at, changed_at)
							VALUES (true, 2025, '2026-06-01 02:00+09', '2026-06-01 02:00+09');
							INSERT INTO dw.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
							                        initiative_name, fiscal_year, message, source_location, detected_at,
							                        finding_key, state, first_seen_at, project_key)
							VALUES ('MISSING_ACTUAL', 'error', 2025, '総務部', '情報政策課', '事業A', '取組1', 2025, '実績が未記入です',
							        '''S''!E12', '2026-06-01 02:00+09', 'described', 'open', '2026-05-01 02:00+09', 'pa'),
							       ('MISSING_BUDGET', 'error', 2025, '総務部', NULL, '事業B', NULL, NULL, '事業費が未記入です',
							        '''S''!C3', '2026-06-01 02:00+09', 'stale', 'new', '2026-06-01 02:00+09', 'pb'),
							       ('PROJECT_DROPPED', 'warning', 2025, '土木部', NULL, '事業C', NULL, NULL, '事業が含まれていません',
							        NULL, '2026-06-01 02:00+09', 'missing', 'reopened', '2026-04-01 02:00+09', 'pc');
							INSERT INTO dw.finding_history (reporting_fiscal_year, finding_key, finding_type, severity, department,
							                                project_name, initiative_name, fiscal_year, message, source_location,
							                                project_key, state, first_seen_at)
							SELECT reporting_fiscal_year, finding_key, finding_type, severity, department, project_name,
							       initiative_name, fiscal_year, message, source_location, project_key, 'open', first_seen_at
							FROM dw.finding WHERE finding_key = 'described';
							INSERT INTO dw.finding_history (reporting_fiscal_year, finding_key, finding_type, severity, message,
							                                state, first_seen_at)
							VALUES (2025, 'stale', 'MISSING_BUDGET', 'error', '古い文面', 'open', '2026-06-01 02:00+09');
							""");
		}
		List<List<String>> before = findings();

		migrate(null);

		assertThat(findings()).hasSize(3).isEqualTo(before);
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet history = statement.executeQuery("""
						SELECT count(*), count(*) FILTER (WHERE message = '事業費が未記入です')
						FROM dw.finding_history WHERE reporting_fiscal_year = 2025""")) {
			history.next();
			assertThat(history.getInt(1)).as("the missing history row added").isEqualTo(3);
			assertThat(history.getInt(2)).as("the stale one described as the latest check found it").isEqualTo(1);
		}
	}

	private List<List<String>> findings() throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		try (Connection connection = this.database.connect();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(FINDINGS)) {
			int columns = result.getMetaData().getColumnCount();
			while (result.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= columns; i++) {
					row.add(result.getString(i));
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private void migrate(String target) {
		var configuration = Flyway.configure()
			.dataSource(this.database.url(), "postgres", System.getenv("SPRING_DATASOURCE_PASSWORD"))
			.locations("classpath:db/migration")
			.placeholders(TestDatabase.flywayPlaceholders())
			.callbacks(new org.roadmapetl.warehouse.DefaultRoleMigrations());
		if (target != null) {
			// a warehouse of V20 was made before the views moved to R__report_views.sql:
			// without it
			configuration.target(target).repeatableSqlMigrationPrefix("NOT_YET__");
		}
		configuration.load().migrate();
	}

}
