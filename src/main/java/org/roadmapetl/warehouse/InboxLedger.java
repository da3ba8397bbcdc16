package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * What the warehouse knows and records of inbox files by their content's checksum:
 * whether a content was loaded, for which departments, whether it was set aside, and the
 * inbox folder that sent it.
 */
public final class InboxLedger {

	private final NamedParameterJdbcTemplate jdbc;

	public InboxLedger(JdbcTemplate jdbc) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
	}

	/**
	 * What the warehouse knows of one content: whether it was loaded, and why it was set
	 * aside as the department's.
	 */
	public record Known(boolean loaded, String setAsideReason) {

		/**
		 * Loaded, or set aside as the department's: a file set aside for an internal
		 * error is not held against it.
		 */
		public boolean isKnown() {
			return this.loaded || this.setAsideReason != null;
		}

	}

	public boolean isLoaded(String checksum) {
		return Boolean.TRUE.equals(
				this.jdbc.queryForObject(WarehouseStatements.IS_LOADED, Map.of("checksum", checksum), Boolean.class));
	}

	/**
	 * One look-up per file for the nightly run, which asks it of every file in the inbox.
	 */
	public Known known(String checksum) {
		return this.jdbc.queryForObject(WarehouseStatements.KNOWN, Map.of("checksum", checksum),
				(row, i) -> new Known(row.getBoolean("loaded"), row.getString("set_aside_reason")));
	}

	/**
	 * Whether the submission with this checksum was loaded and holds a project of the
	 * department.
	 */
	public boolean isLoadedFor(String checksum, String department) {
		List<String> departments = this.jdbc.query(WarehouseStatements.DEPARTMENTS_OF, Map.of("checksum", checksum),
				(row, i) -> row.getString(1));
		return departments.contains(department);
	}

	/** The departments the warehouse has had projects of, in order. */
	public List<String> knownDepartments() {
		return this.jdbc.query(WarehouseStatements.KNOWN_DEPARTMENTS, Map.of(), (row, i) -> row.getString(1));
	}

	/** A file set aside, as the run records it in its chunk's transaction. */
	public record SetAside(String fileName, String checksum, String reason, String movedTo, long jobExecutionId,
			String fault, String inboxDepartment) {
	}

	public static void recordSetAside(Connection connection, SetAside file) {
		chunk(connection).update(WarehouseStatements.RECORD_SET_ASIDE,
				new MapSqlParameterSource().addValue("file_name", file.fileName())
					.addValue("checksum", file.checksum())
					.addValue("reason", file.reason())
					.addValue("moved_to", file.movedTo())
					.addValue("job_execution_id", file.jobExecutionId())
					.addValue("fault", file.fault())
					.addValue("inbox_department", file.inboxDepartment()));
	}

	/**
	 * Who sent each loaded file, in the chunk's transaction.
	 * @param folders the department folder that held each file (null for a file
	 * elsewhere), by checksum
	 */
	public static void recordFolders(Connection connection, Map<String, String> folders) {
		SqlParameterSource[] rows = folders.entrySet()
			.stream()
			.map((folder) -> new MapSqlParameterSource().addValue("checksum", folder.getKey())
				.addValue("inbox_department", folder.getValue()))
			.toArray(SqlParameterSource[]::new);
		chunk(connection).batchUpdate(WarehouseStatements.RECORD_FOLDER, rows);
	}

	private static NamedParameterJdbcTemplate chunk(Connection connection) {
		return new NamedParameterJdbcTemplate(new SingleConnectionDataSource(connection, true));
	}

}
