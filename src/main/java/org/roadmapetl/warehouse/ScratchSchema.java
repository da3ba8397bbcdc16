package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recreates the warehouse's tables, sequences, unique indexes and views in
 * {@code pg_temp} from the system catalog, which takes no lock on them (defaults are
 * deparsed without their table, which would be locked, so a generated column, whose
 * expression names other columns, becomes a plain one: validate needs no finding keys):
 * columns with their types, NOT NULL and defaults (sequences pointed at copies that
 * continue the originals' numbers), and views whose text names the copies.
 */
final class ScratchSchema {

	private static final String SCHEMAS = "('dw', 'staging')";

	private final Connection connection;

	ScratchSchema(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Staging's sequences are not read: a run truncating staging restarts them under an
	 * exclusive lock.
	 */
	void createSequences() throws SQLException {
		Map<String, String> sequences = query("""
				SELECT n.nspname || '.' || c.relname,
				       CASE WHEN n.nspname = 'dw' THEN coalesce(pg_sequence_last_value(c.oid), 0) + 1 ELSE 1 END
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE c.relkind = 'S' AND n.nspname IN """ + SCHEMAS);
		for (Map.Entry<String, String> sequence : sequences.entrySet()) {
			execute("CREATE TEMP SEQUENCE "
					+ ScratchWarehouse.TABLES.apply(sequence.getKey()).substring("pg_temp.".length()) + " START "
					+ sequence.getValue());
		}
	}

	/**
	 * @return the tables created, by their warehouse names
	 */
	List<String> createTables() throws SQLException {
		Map<String, List<String>> tables = new LinkedHashMap<>();
		try (Statement statement = this.connection.createStatement(); ResultSet columns = statement.executeQuery("""
				SELECT n.nspname || '.' || c.relname, quote_ident(a.attname), format_type(a.atttypid, a.atttypmod),
				       a.attnotnull, CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0) END
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
				LEFT JOIN pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum
				WHERE c.relkind IN ('r', 'p') AND n.nspname IN """ + SCHEMAS + """

				ORDER BY n.nspname, c.relname, a.attnum""")) {
			while (columns.next()) {
				String column = columns.getString(2) + " " + columns.getString(3)
						+ (columns.getBoolean(4) ? " NOT NULL" : "") + ((columns.getString(5) != null)
								? " DEFAULT " + ScratchWarehouse.TABLES.apply(columns.getString(5)) : "");
				tables.computeIfAbsent(columns.getString(1), (name) -> new ArrayList<>()).add(column);
			}
		}
		for (Map.Entry<String, List<String>> table : tables.entrySet()) {
			execute("CREATE TEMP TABLE " + ScratchWarehouse.TABLES.apply(table.getKey()).substring("pg_temp.".length())
					+ " (" + String.join(", ", table.getValue()) + ")");
		}
		return new ArrayList<>(tables.keySet());
	}

	/**
	 * The unique indexes of dw, which ON CONFLICT clauses need; the copy is small enough
	 * to need no others.
	 */
	void createIndexes() throws SQLException {
		Map<String, String> indexes = query("""
				SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
				FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE (i.indisunique OR i.indisprimary) AND n.nspname = 'dw'""");
		for (String definition : indexes.values()) {
			execute(ScratchWarehouse.TABLES.apply(definition).replaceFirst(" INDEX \\S+ ON ", " INDEX ON "));
		}
	}

	/**
	 * The views of dw and report over the copies, created in an order that puts every
	 * view after its sources.
	 */
	void createViews() throws SQLException {
		Map<String, String> views = query("""
				SELECT n.nspname || '.' || c.relname, pg_get_viewdef(c.oid)
				FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
				WHERE c.relkind = 'v' AND n.nspname IN ('dw', 'report') ORDER BY c.oid""");
		List<String> pending = new ArrayList<>(views.keySet());
		while (!pending.isEmpty()) {
			List<String> failed = new ArrayList<>();
			SQLException last = null;
			for (String view : pending) {
				var savepoint = this.connection.setSavepoint();
				try {
					execute("CREATE TEMP VIEW " + ScratchWarehouse.TABLES.apply(view).substring("pg_temp.".length())
							+ " AS " + ScratchWarehouse.TABLES.apply(views.get(view)));
					this.connection.releaseSavepoint(savepoint);
				}
				catch (SQLException ex) {
					this.connection.rollback(savepoint);
					failed.add(view);
					last = ex;
				}
			}
			if (failed.size() == pending.size()) {
				throw last;
			}
			pending = failed;
		}
	}

	private Map<String, String> query(String sql) throws SQLException {
		try (Statement statement = this.connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			return ScratchWarehouse.names(result);
		}
	}

	private void execute(String sql) throws SQLException {
		ScratchWarehouse.execute(this.connection, sql);
	}

}
