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

/**
 * What a department's feedback is made of, read from the report views on one connection.
 * The statements go through {@code tables}, so {@code validate} can read the same views
 * over the scratch copy of its own session. A finding names the departments of its
 * project; for an initiative tagged with a section, that section's department only; with
 * no project, the departments of its file.
 */
final class FeedbackSource {

	/**
	 * Findings of a view with the departments they name, set-based (hash joins, no
	 * per-row look-ups): a tagged initiative's section's department, else the project's
	 * departments, else its file's, else the names it carries.
	 */
	private static final String NAMED = """
			WITH found AS (
			    SELECT f.*, p.project_version_id FROM {view} f
			    LEFT JOIN dw.project p ON p.is_current AND p.project_name = f.project_name
			    WHERE f.reporting_fiscal_year = :year),
			tagged AS (
			    SELECT i.project_version_id, i.initiative_name,
			           array_agg(DISTINCT coalesce(o.department, g.department)) AS departments
			    FROM dw.initiative i
			    JOIN dw.project p ON p.project_version_id = i.project_version_id AND p.is_current
			    LEFT JOIN dw.project_organization o ON o.project_version_id = i.project_version_id
			                                       AND o.section = i.initiative_section
			    LEFT JOIN dw.organization g ON o.project_version_id IS NULL AND g.is_current AND g.section = i.initiative_section
			    WHERE i.initiative_section IS NOT NULL AND coalesce(o.department, g.department) IS NOT NULL
			    GROUP BY i.project_version_id, i.initiative_name),
			organisations AS (
			    SELECT o.project_version_id, array_agg(DISTINCT o.department) AS departments
			    FROM dw.project_organization o JOIN dw.project p ON p.project_version_id = o.project_version_id AND p.is_current
			    WHERE o.department IS NOT NULL
			    GROUP BY o.project_version_id)
			SELECT f.* FROM found f
			LEFT JOIN tagged t ON t.project_version_id = f.project_version_id AND t.initiative_name = f.initiative_name
			LEFT JOIN organisations o ON o.project_version_id = f.project_version_id
			LEFT JOIN LATERAL (SELECT s.departments FROM dw.submission s WHERE s.file_name = f.source_file
			                   ORDER BY s.loaded_at DESC LIMIT 1) s ON f.project_version_id IS NULL
			WHERE :department IS NULL
			   OR :department = ANY (coalesce(t.departments, o.departments, s.departments, string_to_array(f.department, '・')))
			""";

	private static final String ORDER = """
			ORDER BY CASE f.severity WHEN 'error' THEN 0 ELSE 1 END, f.project_name NULLS FIRST,
			         f.initiative_name NULLS FIRST, f.fiscal_year NULLS FIRST, f.finding_type, f.source_location""";

	private final NamedParameterJdbcTemplate jdbc;

	private final UnaryOperator<String> tables;

	private final boolean lifecycle;

	FeedbackSource(Connection connection, UnaryOperator<String> tables) {
		JdbcTemplate template = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
		template.setFetchSize(500);
		this.jdbc = new NamedParameterJdbcTemplate(template);
		this.tables = tables;
		this.lifecycle = hasColumns("report.findings", "state", "first_seen_at");
	}

	/**
	 * Every department with a current project or a scheduled or received submission,
	 * after splitting.
	 */
	List<String> departments(int year) {
		String schedule = hasColumns("report.submission_status", "department", "reporting_fiscal_year")
				? " UNION SELECT department FROM report.submission_status WHERE reporting_fiscal_year = :year" : "";
		return this.jdbc.queryForList(sql("""
				SELECT DISTINCT o.department FROM dw.project_organization o
				JOIN dw.project p ON p.project_version_id = o.project_version_id AND p.is_current
				WHERE o.department IS NOT NULL""" + schedule + " ORDER BY 1"), Map.of("year", year), String.class);
	}

	/**
	 * The open findings naming the department (every finding when {@code department} is
	 * null), in sheet order.
	 */
	void findings(int year, String department, Consumer<FindingRow> rows) {
		String lifecycleColumns = this.lifecycle ? "f.state, f.first_seen_at"
				: "NULL::text AS state, f.detected_at AS first_seen_at";
		this.jdbc.query(sql("SELECT f.severity, f.finding_type, " + lifecycleColumns + """
				, f.project_name, f.initiative_name, f.fiscal_year, f.message, f.source_file, f.source_location
				FROM (""" + NAMED.replace("{view}", "report.findings") + ") f\n" + ORDER), parameters(year, department),
				(row) -> {
					rows.accept(row(row));
				});
	}

	/**
	 * The findings resolved since {@code since} (every resolved one when null); none
	 * without a lifecycle.
	 */
	void resolved(int year, String department, OffsetDateTime since, Consumer<FindingRow> rows) {
		if (!hasColumns("report.finding_history", "state", "resolved_at", "first_seen_at")) {
			return;
		}
		MapSqlParameterSource parameters = parameters(year, department).addValue("since",
				(since != null) ? Timestamp.from(since.toInstant()) : new Timestamp(0));
		this.jdbc.query(sql("""
				SELECT f.severity, f.finding_type, f.state, f.first_seen_at, f.project_name, f.initiative_name,
				       f.fiscal_year, f.message, f.source_file, f.source_location
				FROM (""" + NAMED.replace("{view}", "report.finding_history") + """
				) f WHERE f.state = 'resolved' AND f.resolved_at > :since
				""" + ORDER), parameters, (row) -> {
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
		String where = (department == null) ? "" : " WHERE :department = ANY (s.departments)";
		return this.jdbc.query(
				sql("SELECT s.file_name, to_char(s.loaded_at, 'YYYY-MM-DD HH24:MI'), s.project_count "
						+ "FROM dw.submission s" + where + " ORDER BY s.loaded_at, s.file_name"),
				new MapSqlParameterSource("department", department),
				(row, n) -> new Object[] { row.getString(1), row.getString(2), row.getInt(3) });
	}

	/**
	 * The department's state in the submission schedule for the year (on_time, late,
	 * missing …), if recorded.
	 */
	String submissionState(int year, String department) {
		if (department == null || !hasColumns("report.submission_status", "state")) {
			return null;
		}
		List<String> states = this.jdbc.queryForList(
				sql("""
						SELECT state FROM report.submission_status WHERE department = :department AND reporting_fiscal_year = :year"""),
				parameters(year, department), String.class);
		return states.isEmpty() ? null : states.get(0);
	}

	/** Planned, reported and missing cells per fiscal year of the period. */
	List<Object[]> progress(String department) {
		if (department == null) {
			return List.of();
		}
		return this.jdbc.query(sql("""
				SELECT fiscal_year_label, planned_cells, reported_cells, missing_actual_cells
				FROM report.department_progress WHERE department = :department ORDER BY fiscal_year"""),
				new MapSqlParameterSource("department", department),
				(row, n) -> new Object[] { row.getString(1), row.getInt(2), row.getInt(3), row.getInt(4) });
	}

	OffsetDateTime lastDelivery(int year, String department) {
		List<OffsetDateTime> times = this.jdbc.queryForList(
				sql("""
						SELECT written_at FROM dw.feedback_delivery WHERE department = :department AND reporting_fiscal_year = :year"""),
				parameters(year, department), OffsetDateTime.class);
		return times.isEmpty() ? null : times.get(0);
	}

	void recordDelivery(int year, String department) {
		this.jdbc.update(
				sql("""
						INSERT INTO dw.feedback_delivery (department, reporting_fiscal_year, written_at) VALUES (:department, :year, now())
						ON CONFLICT (department, reporting_fiscal_year) DO UPDATE SET written_at = excluded.written_at"""),
				parameters(year, department));
	}

	private MapSqlParameterSource parameters(int year, String department) {
		return new MapSqlParameterSource("year", year).addValue("department", department, java.sql.Types.VARCHAR);
	}

	private boolean hasColumns(String view, String... columns) {
		Integer found = this.jdbc.queryForObject("""
				SELECT count(*) FROM pg_attribute
				WHERE attrelid = to_regclass(:view) AND attname IN (:columns) AND NOT attisdropped""",
				new MapSqlParameterSource("view", sql(view)).addValue("columns", List.of(columns)), Integer.class);
		return found != null && found == columns.length;
	}

	private String sql(String statement) {
		return this.tables.apply(statement);
	}

}
