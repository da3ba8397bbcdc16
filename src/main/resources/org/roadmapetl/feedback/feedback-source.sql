-- What the department documents read (FeedbackSource): the report views, and dw.feedback_delivery, which feedback
-- owns (V15). Named parameters :year, :department (null: every department), :resolved and :since.

-- name: DEPARTMENTS
-- Every department with a current project or a scheduled or received submission, after splitting joint names.
SELECT DISTINCT o.department FROM dw.project_organization o
JOIN dw.project p ON p.project_version_id = o.project_version_id AND p.is_current
WHERE o.department IS NOT NULL
UNION
SELECT department FROM report.submission_status WHERE reporting_fiscal_year = :year
ORDER BY 1;

-- name: FINDINGS
-- The open findings (:resolved false) or those resolved since :since (:resolved true) naming the department,
-- set-based (hash joins, no per-row look-ups): a tagged initiative's section's department, else the project's
-- departments, else its file's, else the names it carries. In sheet order.
WITH found AS (
    SELECT f.*, p.project_version_id
    FROM (SELECT severity, finding_type, state, first_seen_at, project_name, initiative_name, fiscal_year, message,
                 source_file, source_location, department, reporting_fiscal_year
          FROM report.findings
          WHERE NOT :resolved
          UNION ALL
          SELECT severity, finding_type, state, first_seen_at, project_name, initiative_name, fiscal_year, message,
                 source_file, source_location, department, reporting_fiscal_year
          FROM report.finding_history
          WHERE :resolved AND state = 'resolved' AND resolved_at > :since) f
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
SELECT f.severity, f.finding_type, f.state, f.first_seen_at, f.project_name, f.initiative_name, f.fiscal_year,
       f.message, f.source_file, f.source_location
FROM found f
LEFT JOIN tagged t ON t.project_version_id = f.project_version_id AND t.initiative_name = f.initiative_name
LEFT JOIN organisations o ON o.project_version_id = f.project_version_id
LEFT JOIN LATERAL (SELECT s.departments FROM dw.submission s WHERE s.file_name = f.source_file
                   ORDER BY s.loaded_at DESC LIMIT 1) s ON f.project_version_id IS NULL
WHERE CAST(:department AS text) IS NULL
   OR :department = ANY (coalesce(t.departments, o.departments, s.departments, string_to_array(f.department, '・')))
ORDER BY CASE f.severity WHEN 'error' THEN 0 ELSE 1 END, f.project_name NULLS FIRST,
         f.initiative_name NULLS FIRST, f.fiscal_year NULLS FIRST, f.finding_type, f.source_location;

-- name: SUBMISSIONS
-- The department's own files (dw.department_file: a consolidated file of many departments is not among them; every
-- submission when :department is null).
SELECT s.file_name, to_char(s.loaded_at, 'YYYY-MM-DD HH24:MI'), s.project_count
FROM dw.submission s
WHERE CAST(:department AS text) IS NULL
   OR s.submission_id IN (SELECT f.submission_id FROM dw.department_file f WHERE f.department = :department)
ORDER BY s.loaded_at, s.file_name;

-- name: SUBMISSION_STATE
SELECT state FROM report.submission_status WHERE department = :department AND reporting_fiscal_year = :year;

-- name: PROGRESS
SELECT fiscal_year_label, planned_cells, reported_cells, missing_actual_cells
FROM report.department_progress WHERE department = :department ORDER BY fiscal_year;

-- name: LAST_DELIVERY
SELECT written_at FROM dw.feedback_delivery WHERE department = :department AND reporting_fiscal_year = :year;

-- name: RECORD_DELIVERY
INSERT INTO dw.feedback_delivery (department, reporting_fiscal_year, written_at) VALUES (:department, :year, now())
ON CONFLICT (department, reporting_fiscal_year) DO UPDATE SET written_at = excluded.written_at;

-- name: LATEST_FILES
-- The department's latest submission, with the department folder of the inbox that held each file, to find the file
-- again for its marked copy.
SELECT s.file_name, s.checksum_sha256, s.inbox_department
FROM dw.department_latest_file l JOIN dw.submission s ON s.submission_id = l.submission_id
WHERE l.department = :department
ORDER BY s.file_name;

-- name: FILE_FINDINGS
-- The open findings of one submitted file, for its marked copy: the file by its content (two files may share a name).
SELECT severity, finding_type, state, first_seen_at, project_name, initiative_name, fiscal_year, message, source_file,
       source_location
FROM report.findings
WHERE reporting_fiscal_year = :year AND source_checksum = :checksum
ORDER BY source_location, finding_type;
