package org.roadmapetl.cli;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.roadmapetl.warehouse.WarehouseDatabase;

/**
 * Checks before start-up that the warehouse database can be reached, and creates it when
 * it is missing and the login may. Every failure becomes one line that says what is
 * wrong, not a stack trace.
 */
final class DatabasePreflight {

	private static final Pattern POSTGRES_URL = Pattern.compile("(jdbc:postgresql://[^/?]*/)([^?]+)(\\?.*)?");

	private DatabasePreflight() {
	}

	static void ensureDatabase(DatabaseSettings settings) {
		Matcher url = POSTGRES_URL.matcher(settings.url());
		if (!url.matches()) {
			throw new UsageException("SPRING_DATASOURCE_URL '" + settings.url()
					+ "' is not a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/database)");
		}
		try (Connection connection = connect(settings, settings.url())) {
			return;
		}
		catch (SQLException ex) {
			if (!"3D000".equals(ex.getSQLState())) {
				throw configurationError(settings, ex);
			}
		}
		String database = url.group(2);
		if (!WarehouseDatabase.isPlainName(database)) {
			throw new UsageException("database '" + database + "' does not exist; create it first");
		}
		String maintenance = url.group(1) + "postgres" + ((url.group(3) != null) ? url.group(3) : "");
		try (Connection connection = connect(settings, maintenance)) {
			WarehouseDatabase.create(connection, database);
			System.err.println("roadmap-etl: created database " + database);
		}
		catch (SQLException ex) {
			if (!"42P04".equals(ex.getSQLState())) {
				throw new UsageException("database '" + database + "' does not exist and " + settings.username()
						+ " may not create it (" + firstLine(ex) + "); create it first");
			}
		}
	}

	static Connection connect(DatabaseSettings settings, String url) throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", settings.username());
		if (settings.password() != null) {
			properties.setProperty("password", settings.password());
		}
		properties.setProperty("connectTimeout", "10");
		return DriverManager.getConnection(url, properties);
	}

	private static UsageException configurationError(DatabaseSettings settings, SQLException ex) {
		return new UsageException(describe(settings.url(), settings.username(), ex));
	}

	/**
	 * One line for a refused connection; a refused login is never reported as an
	 * unreachable server.
	 */
	static String describe(String url, String username, SQLException ex) {
		String state = (ex.getSQLState() != null) ? ex.getSQLState() : "";
		String message = String.valueOf(ex.getMessage());
		if (message.contains("no password was provided")) {
			return "PostgreSQL refused the login as " + username + ": it asks for a password and none was given "
					+ "(set SPRING_DATASOURCE_PASSWORD)";
		}
		return switch (state) {
			case "28P01" -> "PostgreSQL refused the login as " + username + ": wrong password "
					+ "(check SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD)";
			case "28000" -> "PostgreSQL refused the login as " + username + " (" + firstLine(ex)
					+ "; check SPRING_DATASOURCE_USERNAME, and that the role may log in)";
			case "08001", "08004", "08006" ->
				"cannot reach PostgreSQL at " + url + " (is the server running? check SPRING_DATASOURCE_URL)";
			default -> "cannot connect to " + url + ": " + firstLine(ex);
		};
	}

	private static String firstLine(SQLException ex) {
		String message = String.valueOf(ex.getMessage());
		int newline = message.indexOf('\n');
		return (newline >= 0) ? message.substring(0, newline) : message;
	}

}
