package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

import org.springframework.stereotype.Component;

/**
 * Keeps two applied migrations, which name the default roles literally, off the roles a
 * server already had. V6 creates {@code roadmap_loader} and {@code roadmap_reader} LOGIN
 * where missing and grants them this database; V8 turns such roles NOLOGIN. On a new
 * database both run in one migration, and then the roles they find belong to someone else
 * (another warehouse, an administrator's setup): whatever V6 and V8 changed on a role
 * that existed before is put back, and a role V6 created that the configuration does not
 * name ({@code roadmap.roles.*}) is dropped again. A database migrated past V6 earlier is
 * left to V8 as written. (The files themselves stay as applied: Flyway checks them
 * against every warehouse's history.)
 */
@Component
public class DefaultRoleMigrations extends BaseCallback {

	private static final MigrationVersion CREATES_ROLES = MigrationVersion.fromVersion("6");

	private static final MigrationVersion TURNS_ROLES_NOLOGIN = MigrationVersion.fromVersion("8");

	private static final Set<String> DEFAULT_ROLES = Set.of("roadmap_loader", "roadmap_reader");

	/**
	 * The default roles that existed before V6 ran in this migration, and their LOGIN.
	 */
	private Map<String, Boolean> before;

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.BEFORE_MIGRATE || event == Event.BEFORE_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE;
	}

	@Override
	public void handle(Event event, Context context) {
		if (event == Event.BEFORE_MIGRATE) {
			this.before = null;
			return;
		}
		MigrationVersion version = context.getMigrationInfo().getVersion();
		try {
			if (event == Event.BEFORE_EACH_MIGRATE && CREATES_ROLES.equals(version)) {
				this.before = loginOf(context.getConnection());
			}
			else if (event == Event.AFTER_EACH_MIGRATE && CREATES_ROLES.equals(version) && this.before != null) {
				undoRolesCreated(context);
			}
			else if (event == Event.AFTER_EACH_MIGRATE && TURNS_ROLES_NOLOGIN.equals(version) && this.before != null) {
				undoLoginTurnedOff(context);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("cannot keep migration " + version + " off the server's roles", ex);
		}
	}

	private void undoRolesCreated(Context context) throws SQLException {
		Connection connection = context.getConnection();
		Set<String> configured = configuredRoles(context.getConfiguration());
		for (String role : loginOf(connection).keySet()) {
			if (configured.contains(role)) {
				continue;
			}
			execute(connection, "REVOKE CONNECT ON DATABASE " + quoted(connection, currentDatabase(connection))
					+ " FROM " + quoted(connection, role));
			if (!this.before.containsKey(role)) {
				execute(connection, "DROP ROLE " + quoted(connection, role));
			}
		}
	}

	private void undoLoginTurnedOff(Context context) throws SQLException {
		Connection connection = context.getConnection();
		if (!isSuperuser(connection)) {
			// V8 changes nothing then
			return;
		}
		Map<String, Boolean> now = loginOf(connection);
		for (Map.Entry<String, Boolean> role : this.before.entrySet()) {
			if (role.getValue() && Boolean.FALSE.equals(now.get(role.getKey()))) {
				execute(connection, "ALTER ROLE " + quoted(connection, role.getKey()) + " LOGIN");
			}
		}
		Set<String> configured = configuredRoles(context.getConfiguration());
		if (now.size() == 2 && !configured.containsAll(DEFAULT_ROLES)) {
			execute(connection, "ALTER DEFAULT PRIVILEGES FOR ROLE roadmap_loader IN SCHEMA report "
					+ "REVOKE SELECT ON TABLES FROM roadmap_reader");
		}
	}

	private static Map<String, Boolean> loginOf(Connection connection) throws SQLException {
		Map<String, Boolean> roles = new HashMap<>();
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT rolname, rolcanlogin FROM pg_roles WHERE rolname = ANY (?)")) {
			statement.setArray(1, connection.createArrayOf("text", DEFAULT_ROLES.toArray()));
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					roles.put(rows.getString(1), rows.getBoolean(2));
				}
			}
		}
		return roles;
	}

	private static boolean isSuperuser(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
			return row.next() && row.getBoolean(1);
		}
	}

	private static Set<String> configuredRoles(Configuration configuration) {
		Map<String, String> placeholders = configuration.getPlaceholders();
		return Set.of(placeholders.getOrDefault("loader_role", "roadmap_loader"),
				placeholders.getOrDefault("reader_role", "roadmap_reader"));
	}

	private static String currentDatabase(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("SELECT current_database()")) {
			row.next();
			return row.getString(1);
		}
	}

	private static String quoted(Connection connection, String identifier) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT quote_ident(?)")) {
			statement.setString(1, identifier);
			try (ResultSet row = statement.executeQuery()) {
				row.next();
				return row.getString(1);
			}
		}
	}

	private static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
