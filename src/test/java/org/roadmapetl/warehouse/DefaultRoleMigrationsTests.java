package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.roadmapetl.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new warehouse on a server leaves the server's roles as it found them, though its
 * applied migrations V6 and V8 name the default roles literally: none is created where
 * the configuration names others, and one that can log in still can. The test makes the
 * default roles only where the server has none, and drops only those.
 */
class DefaultRoleMigrationsTests {

	private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/postgres";

	private static final String PASSWORD = System.getenv("SPRING_DATASOURCE_PASSWORD");

	private final List<String> rolesMade = new ArrayList<>();

	private final List<TestDatabase> databases = new ArrayList<>();

	@AfterEach
	void dropWhatThisTestMade() throws SQLException {
		this.databases.forEach(TestDatabase::close);
		for (String role : this.rolesMade) {
			execute("DROP ROLE IF EXISTS " + role);
		}
	}

	@Test
	void aNewWarehouseCreatesNoDefaultRoleAndLeavesOnesThatLogInAbleTo() throws Exception {
		List<String> missing = new ArrayList<>();
		for (String role : List.of("roadmap_loader", "roadmap_reader")) {
			if (login(role) == null) {
				missing.add(role);
			}
		}
		migrateANewWarehouse();
		for (String role : missing) {
			assertThat(login(role)).as(role + " created by a migration").isNull();
		}

		List<String> before = new ArrayList<>();
		for (String role : List.of("roadmap_loader", "roadmap_reader")) {
			if (login(role) == null) {
				execute("CREATE ROLE " + role + " LOGIN");
				this.rolesMade.add(role);
			}
			before.add(role + " " + login(role));
		}
		TestDatabase second = migrateANewWarehouse();

		List<String> after = new ArrayList<>();
		for (String role : List.of("roadmap_loader", "roadmap_reader")) {
			after.add(role + " " + login(role));
		}
		assertThat(after).isEqualTo(before);
		try (Connection connection = second.connect();
				Statement statement = connection.createStatement();
				ResultSet grants = statement.executeQuery("SELECT count(*) FROM pg_default_acl d "
						+ "WHERE d.defaclrole = 'roadmap_loader'::regrole OR d.defaclacl::text LIKE '%roadmap_reader=%'")) {
			grants.next();
			assertThat(grants.getInt(1)).as("default privileges naming the server's roles").isZero();
		}
	}

	private TestDatabase migrateANewWarehouse() {
		TestDatabase database = TestDatabase.empty();
		this.databases.add(database);
		Flyway.configure()
			.dataSource(database.url(), "postgres", PASSWORD)
			.locations("classpath:db/migration")
			.placeholders(TestDatabase.flywayPlaceholders())
			.callbacks(new DefaultRoleMigrations())
			.load()
			.migrate();
		return database;
	}

	/** Whether the role may log in; null where the server has no such role. */
	private static Boolean login(String role) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", PASSWORD);
				Statement statement = connection.createStatement();
				ResultSet row = statement
					.executeQuery("SELECT rolcanlogin FROM pg_roles WHERE rolname = '" + role + "'")) {
			return row.next() ? row.getBoolean(1) : null;
		}
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(SERVER, "postgres", PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
