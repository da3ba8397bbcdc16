package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

/**
 * The warehouse's database itself, created on a first run where it is missing and the
 * login may.
 */
public final class WarehouseDatabase {

	private static final NamedStatements SQL = NamedStatements.load(WarehouseDatabase.class, "database.sql");

	/** A name that needs no quoting: the only kind created here. */
	private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private WarehouseDatabase() {
	}

	public static boolean isPlainName(String name) {
		return PLAIN_NAME.matcher(name).matches();
	}

	/**
	 * @param maintenance a connection to another database of the server (postgres)
	 */
	public static void create(Connection maintenance, String name) throws SQLException {
		if (!isPlainName(name)) {
			throw new IllegalArgumentException("not a plain database name: " + name);
		}
		try (Statement statement = maintenance.createStatement()) {
			statement.execute(SQL.get("CREATE").formatted(name));
		}
	}

}
