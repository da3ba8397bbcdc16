package org.roadmapetl.check;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import org.roadmapetl.normalise.RoadmapPeriod;
import org.roadmapetl.warehouse.NamedStatements;

/**
 * The check of {@link FindingsCheck} — the same rule statements — over a private copy of
 * the warehouse whose tables {@code tables} names ({@code validate}). Its findings are
 * published to the copy's findings and recorded in the copy's history, all new: a copy
 * has no history to meet.
 */
public final class ScratchFindings {

	private static final NamedStatements RULES = NamedStatements.load(ScratchFindings.class, "finding-rules.sql");

	private static final NamedStatements LIFECYCLE = NamedStatements.load(ScratchFindings.class,
			"finding-lifecycle.sql");

	private ScratchFindings() {
	}

	public static void find(Connection connection, UnaryOperator<String> tables, RoadmapPeriod period,
			int reportingFiscalYear) {
		JdbcClient jdbc = JdbcClient.create(new SingleConnectionDataSource(connection, true));
		Map<String, Object> parameters = FindingsCheck.parameters(period, reportingFiscalYear);
		jdbc.sql(tables.apply(LIFECYCLE.get("CLEAR_FOUND"))).params(parameters).update();
		RULES.all().values().forEach((rule) -> jdbc.sql(tables.apply(rule)).params(parameters).update());
		jdbc.sql(KEY_BY_PLACE).update();
		for (String statement : new String[] { "CLEAR_LATEST", "PUBLISH", "RECORD", "RECORD_CHECK" }) {
			jdbc.sql(tables.apply(LIFECYCLE.get(statement))).params(parameters).update();
		}
	}

	/**
	 * The copy's finding keys: its findings meet no history, so each is keyed by its
	 * place in the copy's table (the copy has the key column but not its expression,
	 * which the catalog only gives with a lock on the table).
	 */
	private static final String KEY_BY_PLACE = "UPDATE pg_temp.staging_finding SET finding_key = found_id::text";

	private static final String FINDINGS_OF_SUBMISSION = """
			SELECT f.finding_type, f.severity, f.project_name, f.initiative_name, f.fiscal_year, f.message, f.source_location
			FROM pg_temp.finding_history f
			WHERE f.finding_key IN (SELECT finding_key FROM pg_temp.finding) AND (f.submission_id = :submission_id
			   OR (f.finding_type = 'PROJECT_DROPPED' AND EXISTS (
			       SELECT 1 FROM pg_temp.project p JOIN pg_temp.project_organization o ON o.project_version_id = p.project_version_id
			       WHERE p.project_key = f.project_key AND p.is_current
			         AND o.department IN (SELECT unnest(s.departments) FROM pg_temp.submission s WHERE s.submission_id = :submission_id))))
			ORDER BY CASE f.severity WHEN 'error' THEN 0 ELSE 1 END, f.project_name, f.initiative_name NULLS FIRST,
			         f.fiscal_year NULLS FIRST, f.finding_type, f.source_location""";

	private static final String DEPARTMENTS = """
			SELECT DISTINCT department FROM pg_temp.report_findings WHERE department IS NOT NULL ORDER BY 1""";

	private static final String KEEP_ONLY_SUBMISSIONS = """
			DELETE FROM pg_temp.finding d USING pg_temp.finding_history f
			WHERE f.reporting_fiscal_year = d.reporting_fiscal_year AND f.finding_key = d.finding_key
			  AND NOT (f.submission_id = ANY (:submission_ids))
			  AND NOT (f.finding_type = 'PROJECT_DROPPED' AND EXISTS (
			      SELECT 1 FROM pg_temp.project p JOIN pg_temp.project_organization o ON o.project_version_id = p.project_version_id
			      JOIN pg_temp.submission s ON o.department = ANY (s.departments) AND s.submission_id = ANY (:submission_ids)
			      WHERE p.project_key = f.project_key AND p.is_current))""";

	/**
	 * The copy's findings of one validated file (and the projects its departments
	 * dropped), in report order.
	 */
	public static <T> List<T> ofSubmission(Connection connection, long submissionId, RowMapper<T> mapper) {
		return client(connection).sql(FINDINGS_OF_SUBMISSION).param("submission_id", submissionId).query(mapper).list();
	}

	/**
	 * The departments of the findings left in the copy (after
	 * {@link #keepOnlySubmissions}: the validated files').
	 */
	public static List<String> departments(Connection connection) {
		return client(connection).sql(DEPARTMENTS).query(String.class).list();
	}

	/**
	 * Drops the copy's findings of everything but these submissions (and the projects
	 * their departments dropped).
	 */
	public static void keepOnlySubmissions(Connection connection, List<Long> submissionIds) throws SQLException {
		client(connection).sql(KEEP_ONLY_SUBMISSIONS)
			.param("submission_ids", connection.createArrayOf("bigint", submissionIds.toArray()))
			.update();
	}

	private static JdbcClient client(Connection connection) {
		return JdbcClient.create(new SingleConnectionDataSource(connection, true));
	}

}
