package org.roadmapetl.cli;

import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.roadmapetl.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command starts without Flyway only when the database holds exactly this build's
 * migrations, each with the checksum Flyway recorded for it: an empty database, a changed
 * migration, one not applied yet or views of another text leave it to Flyway.
 */
class SchemaCurrencyTests {

	private TestDatabase database;

	private DatabaseSettings settings;

	@BeforeEach
	void createDatabase() {
		this.database = TestDatabase.empty();
		this.settings = new DatabaseSettings(this.database.url(), "postgres",
				System.getenv("SPRING_DATASOURCE_PASSWORD"));
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void onlyTheSchemaFlywayLeftIsCurrentAndAChangedOrMissingMigrationIsNot() throws Exception {
		assertThat(SchemaCurrency.isCurrent(this.settings, TestDatabase.flywayPlaceholders())).as("empty database")
			.isFalse();

		assertThat(Launcher.launch(new String[] { "status" }, this.database.properties())).isEqualTo(ExitCodes.SUCCESS);
		assertThat(SchemaCurrency.isCurrent(this.settings, TestDatabase.flywayPlaceholders())).as("as Flyway left it")
			.isTrue();
		assertThat(Launcher.launch(new String[] { "status" }, this.database.properties())).isEqualTo(ExitCodes.SUCCESS);

		try (Connection connection = this.database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version = '2'");
			assertThat(SchemaCurrency.isCurrent(this.settings, TestDatabase.flywayPlaceholders()))
				.as("a changed migration")
				.isFalse();
			statement.execute("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version = '2'");
			statement.execute("UPDATE flyway_schema_history SET checksum = checksum + 1 WHERE version IS NULL");
			assertThat(SchemaCurrency.isCurrent(this.settings, TestDatabase.flywayPlaceholders()))
				.as("views of another text")
				.isFalse();
			statement.execute("UPDATE flyway_schema_history SET checksum = checksum - 1 WHERE version IS NULL");
			assertThat(SchemaCurrency.isCurrent(this.settings, TestDatabase.flywayPlaceholders())).as("as it was")
				.isTrue();
			statement.execute("DELETE FROM flyway_schema_history WHERE installed_rank = "
					+ "(SELECT max(installed_rank) FROM flyway_schema_history WHERE version IS NOT NULL)");
		}
		assertThat(SchemaCurrency.isCurrent(this.settings, TestDatabase.flywayPlaceholders()))
			.as("a migration not applied")
			.isFalse();
	}

}
