package org.roadmapetl.warehouse;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

import org.roadmapetl.project.ParsedSubmission;

/**
 * A private copy of the warehouse in temporary tables of one session, for
 * {@code validate}: the current projects and what the checks read, under the same names
 * in {@code pg_temp}. Submissions are applied to the copy by the real
 * {@link SubmissionLoader}; nothing of {@code dw} or {@code staging} is written or locked
 * beyond a plain read (the definitions come from the catalog, not from {@code LIKE},
 * which would wait for a run's TRUNCATE). Closing drops the copy; the warehouse is as it
 * was.
 */
public final class ScratchWarehouse implements AutoCloseable {

	/**
	 * Tables of dw, not its functions (the era arithmetic of V10), which the copy calls
	 * where they are.
	 */
	private static final Pattern DW = Pattern.compile("\\bdw\\.(?!(?:reiwa_fiscal_year|fiscal_year_label)\\s*\\()");

	private static final Pattern STAGING = Pattern.compile("\\bstaging\\.");

	private static final Pattern REPORT = Pattern.compile("\\breport\\.");

	/** Maps a statement over the warehouse to the same statement over the copy. */
	public static final UnaryOperator<String> TABLES = (sql) -> REPORT
		.matcher(STAGING.matcher(DW.matcher(sql).replaceAll("pg_temp.")).replaceAll("pg_temp.staging_"))
		.replaceAll("pg_temp.report_");

	/**
	 * What is copied of each table (the rest start empty): the current projects and what
	 * they hang on.
	 */
	private static final Map<String, String> COPIED = Map.of("dw.fiscal_year", "true", "dw.organization", "true",
			"dw.submission_schedule", "true", "dw.check_state", "true", "dw.submission", "true", "dw.project",
			"is_current", "dw.project_organization",
			"project_version_id IN (SELECT project_version_id FROM dw.project WHERE is_current)", "dw.initiative",
			"project_version_id IN (SELECT project_version_id FROM dw.project WHERE is_current)", "dw.initiative_year",
			"initiative_id IN (SELECT i.initiative_id FROM dw.initiative i JOIN dw.project p "
					+ "ON p.project_version_id = i.project_version_id AND p.is_current)",
			"dw.load_problem", "submission_id IN (SELECT submission_id FROM dw.project WHERE is_current)");

	/**
	 * The copy's run: later than every run of the warehouse, so the validated files are
	 * their departments' latest.
	 */
	private static final long VALIDATION_RUN = Long.MAX_VALUE;

	private final Connection connection;

	private ScratchWarehouse(Connection connection) {
		this.connection = connection;
	}

	/**
	 * Copies the warehouse as one snapshot into temporary tables of this connection's
	 * session.
	 */
	public static ScratchWarehouse open(Connection connection) throws SQLException {
		ScratchWarehouse scratch = new ScratchWarehouse(connection);
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try {
			ScratchSchema schema = new ScratchSchema(connection);
			schema.createSequences();
			for (String table : schema.createTables()) {
				String where = COPIED.get(table);
				if (where != null) {
					execute(connection,
							"INSERT INTO " + TABLES.apply(table) + " SELECT * FROM " + table + " WHERE " + where);
				}
			}
			schema.createIndexes();
			schema.createViews();
			connection.commit();
		}
		catch (SQLException | RuntimeException ex) {
			connection.rollback();
			scratch.close();
			throw ex;
		}
		finally {
			connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
		}
		return scratch;
	}

	/**
	 * Applies the submissions to the copy, each becoming current; returns their
	 * submission ids in order.
	 */
	public List<Long> apply(List<ParsedSubmission> submissions) throws SQLException {
		new SubmissionLoader(TABLES).apply(this.connection, submissions, VALIDATION_RUN, true);
		// a file the warehouse loaded before keeps its first run: in the copy it is the
		// latest all the same
		try (PreparedStatement latest = this.connection.prepareStatement(
				"UPDATE pg_temp.submission SET first_job_execution_id = job_execution_id WHERE job_execution_id = ?")) {
			latest.setLong(1, VALIDATION_RUN);
			latest.executeUpdate();
		}
		List<Long> ids = new ArrayList<>();
		try (PreparedStatement statement = this.connection
			.prepareStatement("SELECT submission_id FROM pg_temp.submission WHERE checksum_sha256 = ?")) {
			for (ParsedSubmission submission : submissions) {
				statement.setString(1, submission.file().checksum());
				try (ResultSet result = statement.executeQuery()) {
					result.next();
					ids.add(result.getLong(1));
				}
			}
		}
		this.connection.commit();
		return ids;
	}

	public Connection connection() {
		return this.connection;
	}

	@Override
	public void close() throws SQLException {
		if (!this.connection.getAutoCommit()) {
			this.connection.rollback();
			this.connection.setAutoCommit(true);
		}
		execute(this.connection, "DISCARD TEMP");
	}

	static void execute(Connection connection, String sql) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	static Map<String, String> names(ResultSet result) throws SQLException {
		Map<String, String> names = new LinkedHashMap<>();
		while (result.next()) {
			names.put(result.getString(1), result.getString(2));
		}
		return names;
	}

}
