package org.roadmapetl;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A database of the test's own on the local PostgreSQL, created empty and dropped afterwards. Only databases
 * this class created are ever dropped. The server is {@code ROADMAP_TEST_PG} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/}) as {@code postgres}.
 */
public final class TestDatabase implements AutoCloseable {

	private static final String SERVER = System.getenv().getOrDefault("ROADMAP_TEST_PG", "jdbc:postgresql://127.0.0.1:5432/");

	/** The password of {@code postgres}, where the server asks for one (as README.md describes). */
	private static final String PASSWORD = System.getenv("SPRING_DATASOURCE_PASSWORD");

	private final String name;

	private TestDatabase(String name) {
		this.name = name;
	}

	public static TestDatabase create() {
		byte[] random = new byte[6];
		ThreadLocalRandom.current().nextBytes(random);
		TestDatabase database = new TestDatabase("roadmap_test_" + HexFormat.of().formatHex(random));
		database.execute("postgres", "CREATE DATABASE " + database.name);
		return database;
	}

	/** A name for a database that does not exist yet; the test lets the application create it. */
	public static TestDatabase notYetCreated() {
		byte[] random = new byte[6];
		ThreadLocalRandom.current().nextBytes(random);
		return new TestDatabase("roadmap_test_" + HexFormat.of().formatHex(random));
	}

	public String url() {
		return SERVER + this.name;
	}

	public String name() {
		return this.name;
	}

	/**
	 * The properties that point the application at this database; files a test has just written are read at
	 * once (no settle time).
	 */
	public Map<String, String> properties() {
		return (PASSWORD == null)
				? Map.of("spring.datasource.url", url(), "spring.datasource.username", "postgres",
						"roadmap.settle.seconds", "0")
				: Map.of("spring.datasource.url", url(), "spring.datasource.username", "postgres",
						"spring.datasource.password", PASSWORD, "roadmap.settle.seconds", "0");
	}

	public Connection connect() throws SQLException {
		return DriverManager.getConnection(url(), "postgres", PASSWORD);
	}

	@Override
	public void close() {
		execute("postgres", "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private void execute(String database, String sql) {
		try (Connection connection = DriverManager.getConnection(SERVER + database, "postgres", PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot " + sql + ": " + ex.getMessage(), ex);
		}
	}

}
