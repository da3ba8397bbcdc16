package org.roadmapetl.warehouse;

/**
 * The set-based statements that apply one staged submission to the warehouse. Each takes the submission id
 * and the load id as parameters; {@code now()} is the transaction's start, so every row one submission writes
 * carries the same time and the new project versions can be told from the unchanged ones.
 */
final class ApplyStatements {

	private ApplyStatements() {
	}

	static final String UPSERT_SUBMISSION = """
			INSERT INTO dw.submission AS s (file_name, checksum_sha256, format, size_bytes, departments, project_count,
			                                first_loaded_at, loaded_at, job_execution_id)
			VALUES (?, ?, ?, ?, ?, ?, now(), now(), ?)
			ON CONFLICT (checksum_sha256) DO UPDATE
			SET file_name = excluded.file_name, format = excluded.format, departments = excluded.departments,
			    project_count = excluded.project_count, loaded_at = now(), job_execution_id = excluded.job_execution_id
			RETURNING submission_id""";

	/**
	 * Closes the current version of every staged project that changed, unless a later submission holds it:
	 * of two submissions of one project, the later one stays current, also when both are loaded again.
	 */
	static final String CLOSE_CHANGED_PROJECTS = """
			UPDATE dw.project p
			SET is_current = false, valid_to = now()
			FROM staging.project s
			WHERE s.load_id = ? AND p.project_key = s.project_key AND p.is_current
			  AND p.submission_id <= ?
			  AND NOT (p.content_hash = s.content_hash AND p.submission_id = ?)""";

	static final String INSERT_PROJECTS = """
			INSERT INTO dw.project (project_key, project_name, field, category, department, section,
			    budget_r6_thousand_yen, budget_note, is_priority, is_future_response, start_fiscal_year,
			    start_fiscal_year_submitted, end_fiscal_year, is_open_ended, overview, content_hash, submission_id,
			    source_location, valid_from, valid_to, is_current)
			SELECT s.project_key, s.project_name, s.field, s.category, s.department, s.section,
			    s.budget_r6_thousand_yen, s.budget_note, s.is_priority, s.is_future_response, s.start_fiscal_year,
			    s.start_fiscal_year_submitted, s.end_fiscal_year, s.is_open_ended, s.overview, s.content_hash, ?,
			    s.source_location, now(), NULL, true
			FROM staging.project s
			WHERE s.load_id = ?
			  AND NOT EXISTS (SELECT 1 FROM dw.project p WHERE p.project_key = s.project_key AND p.is_current)""";

	/** The versions this transaction has just inserted, joined to their staging rows by project key. */
	private static final String NEW_VERSION = """
			JOIN dw.project p ON p.project_key = x.project_key AND p.is_current AND p.valid_from = now()
			                 AND p.submission_id = ?""";

	static final String INSERT_ORGANISATIONS = """
			INSERT INTO dw.project_organization (project_version_id, ordinal, department, section, organization_id)
			SELECT p.project_version_id, x.ordinal, x.department, x.section,
			       (SELECT o.organization_id FROM dw.organization o
			        WHERE o.is_current AND o.section_key = x.section_key
			          AND (x.department_key IS NULL OR o.department_key = x.department_key)
			        ORDER BY o.organization_id LIMIT 1)
			FROM staging.project_organization x
			""" + NEW_VERSION + """

			WHERE x.load_id = ?""";

	static final String INSERT_INITIATIVES = """
			INSERT INTO dw.initiative (project_version_id, initiative_seq, initiative_name, initiative_key,
			                           initiative_section, source_location)
			SELECT p.project_version_id, x.initiative_seq, x.initiative_name, x.initiative_key, x.initiative_section,
			       x.source_location
			FROM staging.initiative x
			""" + NEW_VERSION + """

			WHERE x.load_id = ?""";

	static final String INSERT_INITIATIVE_YEARS = """
			INSERT INTO dw.initiative_year (initiative_id, fiscal_year, plan_text_submitted, plan_text,
			    plan_text_resolved, plan_source_location, actual_text_submitted, actual_text, actual_text_resolved,
			    actual_source_location, submission_id)
			SELECT i.initiative_id, x.fiscal_year, x.plan_text_submitted, x.plan_text, x.plan_text_resolved,
			       x.plan_source_location, x.actual_text_submitted, x.actual_text, x.actual_text_resolved,
			       x.actual_source_location, p.submission_id
			FROM staging.initiative_year x
			""" + NEW_VERSION + """

			JOIN dw.initiative i ON i.project_version_id = p.project_version_id AND i.initiative_seq = x.initiative_seq
			JOIN dw.fiscal_year y ON y.fiscal_year = x.fiscal_year
			WHERE x.load_id = ?""";

	static final String DELETE_PROBLEMS = "DELETE FROM dw.load_problem WHERE submission_id = ?";

	static final String INSERT_PROBLEMS = """
			INSERT INTO dw.load_problem (submission_id, problem_type, project_key, project_name, initiative_name,
			    fiscal_year, submitted_text, message, suggestion, source_location, detected_at)
			SELECT ?, x.problem_type, x.project_key, x.project_name, x.initiative_name, x.fiscal_year,
			       x.submitted_text, x.message, x.suggestion, x.source_location, now()
			FROM staging.load_problem x
			WHERE x.load_id = ?""";

	static final String[] CLEAR_STAGING = {
			"DELETE FROM staging.project WHERE load_id = ?",
			"DELETE FROM staging.project_organization WHERE load_id = ?",
			"DELETE FROM staging.initiative WHERE load_id = ?",
			"DELETE FROM staging.initiative_year WHERE load_id = ?",
			"DELETE FROM staging.load_problem WHERE load_id = ?" };

}
