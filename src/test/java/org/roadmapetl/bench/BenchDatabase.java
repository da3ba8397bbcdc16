package org.roadmapetl.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fresh database of the benchmark's own, {@code roadmap_bench_<random>}, on the server
 * that {@code SPRING_DATASOURCE_URL} names (the job's default when unset), with the login
 * of {@code SPRING_DATASOURCE_USERNAME} and {@code _PASSWORD}. Only a database this class
 * created is ever dropped.
 */
final class BenchDatabase implements AutoCloseable {

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]*)(\\?.*)?");

	private final String server;

	private final String query;

	private final String name;

	private final String username;

	private final String password;

	private BenchDatabase(String server, String query, String name, String username, String password) {
		this.server = server;
		this.query = query;
		this.name = name;
		this.username = username;
		this.password = password;
	}

	static BenchDatabase create(Map<String, String> environment) throws SQLException {
		String url = setting(environment, "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:5432/roadmap");
		Matcher parts = POSTGRES_URL.matcher(url);
		if (!parts.matches()) {
			throw new IllegalArgumentException("SPRING_DATASOURCE_URL '" + url + "' is not a PostgreSQL JDBC URL");
		}
		byte[] random = new byte[6];
		ThreadLocalRandom.current().nextBytes(random);
		BenchDatabase database = new BenchDatabase(parts.group(1), (parts.group(3) != null) ? parts.group(3) : "",
				"roadmap_bench_" + HexFormat.of().formatHex(random),
				setting(environment, "SPRING_DATASOURCE_USERNAME", "postgres"),
				setting(environment, "SPRING_DATASOURCE_PASSWORD", null));
		database.onServer("CREATE DATABASE " + database.name);
		return database;
	}

	String name() {
		return this.name;
	}

	String url() {
		return this.server + this.name + this.query;
	}

	/** The environment that points the job at this database. */
	Map<String, String> jobEnvironment() {
		Map<String, String> environment = new HashMap<>();
		environment.put("SPRING_DATASOURCE_URL", url());
		environment.put("SPRING_DATASOURCE_USERNAME", this.username);
		if (this.password != null) {
			environment.put("SPRING_DATASOURCE_PASSWORD", this.password);
		}
		return environment;
	}

	Connection connect() throws SQLException {
		return connect(url());
	}

	@Override
	public void close() throws SQLException {
		onServer("DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)");
	}

	private static String setting(Map<String, String> environment, String name, String fallback) {
		String value = environment.get(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

	private void onServer(String sql) throws SQLException {
		try (Connection connection = connect(this.server + "postgres" + this.query);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private Connection connect(String url) throws SQLException {
		Properties login = new Properties();
		login.setProperty("user", this.username);
		if (this.password != null) {
			login.setProperty("password", this.password);
		}
		return DriverManager.getConnection(url, login);
	}

}
