package org.roadmapetl.warehouse;

/**
 * Every statement of the warehouse package, with named parameters. The ones that apply
 * one chunk of submissions first: which projects get a new version is decided in Java
 * before the chunk's rows are copied with their keys, so every statement looks up rows by
 * key or reads the chunk's own rows: the work grows with the chunk, never with the
 * warehouse. {@code now()} is the transaction's start, so every row a chunk writes
 * carries the same time.
 */
final class WarehouseStatements {

	private WarehouseStatements() {
	}

	/**
	 * Every file of a chunk in one statement, in the chunk's order so that a later file
	 * gets the larger id. A file's departments travel as one text joined by U+001F, which
	 * no stored text holds (T9 removes it).
	 */
	static final String UPSERT_SUBMISSIONS = """
			INSERT INTO dw.submission AS s (file_name, checksum_sha256, format, size_bytes, departments, owner_departments,
			                                project_count, first_loaded_at, loaded_at, job_execution_id,
			                                first_job_execution_id)
			SELECT f.file_name, f.checksum, f.format, f.size_bytes,
			       CASE WHEN f.departments = '' THEN '{}'::text[] ELSE string_to_array(f.departments, E'\\x1f') END,
			       CASE WHEN f.owners = '' THEN '{}'::text[] ELSE string_to_array(f.owners, E'\\x1f') END,
			       f.project_count, now(), now(), CAST(:job_execution_id AS bigint), CAST(:job_execution_id AS bigint)
			FROM unnest(CAST(:file_names AS text[]), CAST(:checksums AS text[]), CAST(:formats AS text[]),
			            CAST(:sizes AS bigint[]), CAST(:departments AS text[]), CAST(:owners AS text[]),
			            CAST(:project_counts AS integer[]))
			     WITH ORDINALITY AS f (file_name, checksum, format, size_bytes, departments, owners, project_count,
			                           position)
			ORDER BY f.position
			ON CONFLICT (checksum_sha256) DO UPDATE
			SET file_name = excluded.file_name, format = excluded.format, departments = excluded.departments,
			    owner_departments = excluded.owner_departments,
			    project_count = excluded.project_count, loaded_at = now(), job_execution_id = excluded.job_execution_id
			RETURNING checksum_sha256, submission_id""";

	static final String CURRENT_VERSIONS = """
			SELECT project_key, project_version_id, content_hash, submission_id
			FROM dw.project WHERE is_current AND project_key = ANY (:project_keys)""";

	static final String NEXT_PROJECT_IDS = "SELECT nextval('dw.project_project_version_id_seq') FROM generate_series(1, :count)";

	static final String NEXT_INITIATIVE_IDS = "SELECT nextval('dw.initiative_initiative_id_seq') FROM generate_series(1, :count)";

	static final String CLOSE_VERSIONS = """
			UPDATE dw.project SET is_current = false, valid_to = now() WHERE project_version_id = ANY (:project_version_ids)""";

	/**
	 * The chunk's transaction time as PostgreSQL writes it: new versions are valid from
	 * it, and the versions they replace, closed with {@code now()}, valid until it.
	 */
	static final String TRANSACTION_TIME = "SELECT CAST(now() AS text)";

	/**
	 * The organisation rows valid now, by which a chunk's project organisations are
	 * linked (OrganisationLinks).
	 */
	static final String CURRENT_ORGANISATIONS = """
			SELECT organization_id, department_key, section_key FROM dw.organization
			WHERE is_current ORDER BY organization_id""";

	/** The problems of each submission of the chunk replace the ones it had before. */
	static final String REPLACE_PROBLEMS = """
			WITH gone AS (
			    DELETE FROM dw.load_problem WHERE submission_id = ANY (:submission_ids)
			)
			INSERT INTO dw.load_problem (submission_id, problem_type, project_key, project_name, initiative_name,
			    fiscal_year, submitted_text, message, suggestion, source_location, detected_at)
			SELECT submission_id, problem_type, project_key, project_name, initiative_name, fiscal_year,
			       submitted_text, message, suggestion, source_location, now()
			FROM staging.load_problem""";

	/**
	 * Staging is emptied in the same transaction; TRUNCATE leaves no dead rows for the
	 * next chunk to scan.
	 */
	static final String CLEAR_STAGING = """
			TRUNCATE staging.load_problem""";

	/**
	 * After a run has loaded: the planner's statistics of the tables it wrote, which the
	 * check then reads whole. A fresh warehouse is still at "empty" when the check starts
	 * (autovacuum analyses at most once a minute), and a plan for 100 rows over 100,000
	 * is a nested loop. Only the columns the check filters and joins on: the long texts
	 * would cost more to sample than the rest together.
	 */
	static final String ANALYSE_LOADED = """
			ANALYZE dw.submission (submission_id, checksum_sha256, loaded_at),
			        dw.project (project_version_id, project_key, is_current, submission_id, start_fiscal_year,
			                    end_fiscal_year, is_open_ended, budget_thousand_yen),
			        dw.project_organization (project_version_id, department),
			        dw.initiative (initiative_id, project_version_id, initiative_key),
			        dw.initiative_year (initiative_id, fiscal_year, plan_text_resolved, actual_text_resolved),
			        dw.load_problem (submission_id, project_key, problem_type)""";

	static final String COUNT_ORGANISATIONS = "SELECT count(*) FROM dw.organization";

	static final String OPEN_ORGANISATIONS = """
			SELECT organization_id, department_key, section_key FROM dw.organization WHERE valid_to IS NULL""";

	static final String CLOSE_ORGANISATION = """
			UPDATE dw.organization SET valid_to = :valid_to, is_current = false WHERE organization_id = :organization_id""";

	/**
	 * The master row of a department, section and valid-from date (none: the open row of
	 * no valid-from date).
	 */
	private static final String SAME_ORGANISATION_ROW = """
			WHERE department_key = :department_key AND section_key = :section_key
			  AND (valid_from = coalesce(CAST(:valid_from AS date), '-infinity'::date)
			       OR (valid_to IS NULL AND CAST(:valid_from AS date) IS NULL))""";

	static final String COUNT_ORGANISATION_ROWS = "SELECT count(*) FROM dw.organization\n" + SAME_ORGANISATION_ROW;

	static final String UPDATE_ORGANISATION = """
			UPDATE dw.organization SET department = :department, section = :section, valid_to = :valid_to,
			                           is_current = :is_current
			""" + SAME_ORGANISATION_ROW;

	static final String INSERT_ORGANISATION = """
			INSERT INTO dw.organization (department, section, department_key, section_key, valid_from, valid_to,
			                             is_current)
			VALUES (:department, :section, :department_key, :section_key,
			        coalesce(CAST(:from_date AS date), '-infinity'::date), :valid_to, :is_current)""";

	/**
	 * The roadmap period's flags on the fiscal-year dimension (views cannot take
	 * parameters).
	 */
	static final String MARK_PERIOD = """
			UPDATE dw.fiscal_year
			SET is_roadmap_year = (fiscal_year BETWEEN :first_year AND :last_year)
			WHERE is_roadmap_year IS DISTINCT FROM (fiscal_year BETWEEN :first_year AND :last_year)""";

	static final String COUNT_PERIOD_YEARS = """
			SELECT count(*) FROM dw.fiscal_year WHERE fiscal_year BETWEEN :first_year AND :last_year""";

	static final String IS_LOADED = "SELECT EXISTS (SELECT 1 FROM dw.submission WHERE checksum_sha256 = :checksum)";

	/**
	 * Whether a content was loaded, and the latest reason it was set aside as the
	 * department's fault.
	 */
	static final String KNOWN = """
			SELECT EXISTS (SELECT 1 FROM dw.submission WHERE checksum_sha256 = :checksum) AS loaded,
			       (SELECT reason FROM dw.quarantined_file WHERE checksum_sha256 = :checksum AND fault = 'department'
			        ORDER BY quarantined_file_id DESC LIMIT 1) AS set_aside_reason""";

	static final String DEPARTMENTS_OF = "SELECT unnest(departments) FROM dw.submission WHERE checksum_sha256 = :checksum";

	/**
	 * The departments a rerun --department can name: those of the loaded files' projects,
	 * as the rerun matches them.
	 */
	static final String KNOWN_DEPARTMENTS = "SELECT DISTINCT unnest(departments) AS d FROM dw.submission ORDER BY d";

	static final String RECORD_FOLDER = """
			UPDATE dw.submission SET inbox_department = :inbox_department WHERE checksum_sha256 = :checksum""";

	static final String RECORD_SET_ASIDE = """
			INSERT INTO dw.quarantined_file (file_name, checksum_sha256, format, reason, moved_to, job_execution_id,
			                                 quarantined_at, fault, inbox_department)
			VALUES (:file_name, :checksum, NULL, :reason, :moved_to, :job_execution_id, now(), :fault, :inbox_department)""";

}
