package org.roadmapetl.feedback;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.roadmapetl.warehouse.NamedStatements;

/**
 * What a department's feedback is made of, read from the report views on one connection.
 * The statements go through {@code tables}, so {@code validate} can read the same views
 * over the scratch copy of its own session. A finding names the departments of its
 * project; for an initiative tagged with a section, that section's department only; with
 * no project, the departments of its file.
 */
final class FeedbackSource {

	private static final NamedStatements SQL = NamedStatements.load(FeedbackSource.class, "feedback-source.sql");

	private final NamedParameterJdbcTemplate jdbc;

	private final UnaryOperator<String> tables;

	FeedbackSource(Connection connection, UnaryOperator<String> tables) {
		JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		template.setFetchSize(500);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.tables = tables;
	}

	/**
	 * Every department with a current project or a scheduled or received submission,
	 * after splitting.
	 */
	List<String> departments(int year) {
		return this.jdbc.queryForList(sql("DEPARTMENTS"), Map.of("year", year), String.class);
	}

	/**
	 * The open findings naming the department (every finding when {@code department} is
	 * null), in sheet order.
	 */
	void findings(int year, String department, Consumer<FindingRow> rows) {
		MapSqlParameterSource parameters = parameters(year, department).addValue("resolved", false)
			.addValue("since", new Timestamp(0));
		this.jdbc.query(sql("FINDINGS"), parameters, (row) -> {
			rows.accept(row(row));
		});
	}

	/**
	 * The open findings of one submitted file, whichever departments they name: the file
	 * by its content.
	 */
	void fileFindings(int year, String checksum, Consumer<FindingRow> rows) {
		this.jdbc.query(sql("FILE_FINDINGS"), new MapSqlParameterSource("year", year).addValue("checksum", checksum),
				(row) -> {
					rows.accept(row(row));
				});
	}

	/** The findings resolved since {@code since} (every resolved one when null). */
	void resolved(int year, String department, OffsetDateTime since, Consumer<FindingRow> rows) {
		MapSqlParameterSource parameters = parameters(year, department).addValue("resolved", true)
			.addValue("since", (since != null) ? Timestamp.from(since.toInstant()) : new Timestamp(0));
		this.jdbc.query(sql("FINDINGS"), parameters, (row) -> {
			rows.accept(row(row));
		});
	}

	/**
	 * Columns: severity, type, state, first seen, project, initiative, year, message,
	 * file, location.
	 */
	private static FindingRow row(ResultSet row) throws SQLException {
		Timestamp firstSeen = row.getTimestamp(4);
		int year = row.getInt(7);
		Integer fiscalYear = row.wasNull() ? null : year;
		return new FindingRow(row.getString(1), row.getString(2), row.getString(3), row.getString(5), row.getString(6),
				fiscalYear, row.getString(8), row.getString(9), row.getString(10),
				(firstSeen != null) ? firstSeen.toInstant() : null);
	}

	/** The submissions holding the department's projects: file, loaded at, projects. */
	List<Object[]> submissions(String department) {
		return this.jdbc.query(sql("SUBMISSIONS"), parameters(0, department),
				(row, n) -> new Object[] { row.getString(1), row.getString(2), row.getInt(3) });
	}

	/**
	 * The department's state in the submission schedule for the year (on_time, late,
	 * missing …), if recorded.
	 */
	String submissionState(int year, String department) {
		if (department == null) {
			return null;
		}
		List<String> states = this.jdbc.queryForList(sql("SUBMISSION_STATE"), parameters(year, department),
				String.class);
		return states.isEmpty() ? null : states.get(0);
	}

	/** Planned, reported and missing cells per fiscal year of the period. */
	List<Object[]> progress(String department) {
		if (department == null) {
			return List.of();
		}
		return this.jdbc.query(sql("PROGRESS"), parameters(0, department),
				(row, n) -> new Object[] { row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4) });
	}

	/**
	 * The department's latest submission: file name, checksum and the inbox's department
	 * folder that held it (null for the inbox itself).
	 */
	List<String[]> latestFiles(String department) {
		return this.jdbc.query(sql("LATEST_FILES"), parameters(0, department),
				(row, n) -> new String[] { row.getString(1), row.getString(2), row.getString(3) });
	}

	OffsetDateTime lastDelivery(int year, String department) {
		List<OffsetDateTime> times = this.jdbc.queryForList(sql("LAST_DELIVERY"), parameters(year, department),
				OffsetDateTime.class);
		return times.isEmpty() ? null : times.get(0);
	}

	void recordDelivery(int year, String department) {
		this.jdbc.update(sql("RECORD_DELIVERY"), parameters(year, department));
	}

	private MapSqlParameterSource parameters(int year, String department) {
		return new MapSqlParameterSource("year", year).addValue("department", department, java.sql.Types.VARCHAR);
	}

	/** The named statement, over the validated copy's tables where this reads one. */
	private String sql(String name) {
		return this.tables.apply(SQL.get(name));
	}

}
