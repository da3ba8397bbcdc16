-- How one check's findings (staging.finding) meet the history of their reporting year (gap-rules.md "Lifecycle").
-- Named parameter :year, the reporting fiscal year. now() is the check's transaction time.

-- name: CLEAR_FOUND
TRUNCATE staging.finding RESTART IDENTITY;

-- name: KEY_FOUND
-- Two findings of one identity (an initiative named twice in a project) are told apart by their place, in a fixed
-- order; the key itself is a generated column of staging.finding.
UPDATE staging.finding s
SET duplicate = d.n
FROM (SELECT found_id, row_number() OVER (PARTITION BY finding_type, identity
                                          ORDER BY source_location, message, found_id) AS n
      FROM staging.finding
      WHERE (finding_type, identity) IN (SELECT finding_type, identity FROM staging.finding
                                         GROUP BY finding_type, identity HAVING count(*) > 1)) d
WHERE d.found_id = s.found_id AND d.n > 1;

-- name: UNCHANGED
-- Whether this check found exactly what the latest check of the same year found: then it changes nothing.
SELECT EXISTS (SELECT 1 FROM dw.check_state WHERE reporting_fiscal_year = :year)
   AND NOT EXISTS (
       SELECT 1
       FROM staging.finding s
       FULL JOIN dw.finding f ON f.finding_key = s.finding_key
       WHERE s.finding_key IS NULL OR f.finding_key IS NULL
          OR (s.finding_type, s.severity, s.reporting_fiscal_year, s.department, s.section, s.project_name,
              s.initiative_name, s.fiscal_year, s.message, s.submission_id, s.source_location)
             IS DISTINCT FROM
             (f.finding_type, f.severity, f.reporting_fiscal_year, f.department, f.section, f.project_name,
              f.initiative_name, f.fiscal_year, f.message, f.submission_id, f.source_location));

-- name: RESOLVE
-- Open before and not found now, by a check that looked at the finding's project: its current version was checked.
-- A project of no key (a form problem outside any project) was looked at with the submissions that still count.
UPDATE dw.finding_history h
SET state = 'resolved', resolved_at = now()
WHERE h.reporting_fiscal_year = :year AND h.state = 'open'
  AND NOT EXISTS (SELECT 1 FROM staging.finding s WHERE s.finding_key = h.finding_key)
  AND (h.project_key IS NULL OR EXISTS (SELECT 1 FROM dw.project p WHERE p.project_key = h.project_key AND p.is_current));

-- name: RECORD
INSERT INTO dw.finding_history AS h (reporting_fiscal_year, finding_key, finding_type, severity, department, section,
    project_name, initiative_name, fiscal_year, message, submission_id, source_location, project_key, detected_at,
    state, first_seen_at, last_seen_at, resolved_at, times_reopened)
SELECT reporting_fiscal_year, finding_key, finding_type, severity, department, section, project_name, initiative_name,
       fiscal_year, message, submission_id, source_location, project_key, now(), 'open', now(), now(), NULL, 0
FROM staging.finding
ON CONFLICT (reporting_fiscal_year, finding_key) DO UPDATE
SET finding_type = excluded.finding_type, severity = excluded.severity, department = excluded.department,
    section = excluded.section, project_name = excluded.project_name, initiative_name = excluded.initiative_name,
    fiscal_year = excluded.fiscal_year, message = excluded.message, submission_id = excluded.submission_id,
    source_location = excluded.source_location, project_key = excluded.project_key, detected_at = excluded.detected_at,
    last_seen_at = excluded.last_seen_at, state = 'open', resolved_at = NULL,
    times_reopened = h.times_reopened + CASE WHEN h.state = 'resolved' THEN 1 ELSE 0 END;

-- name: CLEAR_LATEST
DELETE FROM dw.finding;

-- name: PUBLISH
-- The latest check's findings with their state, read from the history before this check records itself there.
INSERT INTO dw.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                        initiative_name, fiscal_year, message, submission_id, source_location, detected_at,
                        finding_key, state, first_seen_at, project_key)
SELECT s.finding_type, s.severity, s.reporting_fiscal_year, s.department, s.section, s.project_name,
       s.initiative_name, s.fiscal_year, s.message, s.submission_id, s.source_location, now(), s.finding_key,
       CASE WHEN h.finding_key IS NULL THEN 'new' WHEN h.state = 'resolved' THEN 'reopened' ELSE 'open' END,
       coalesce(h.first_seen_at, now()), s.project_key
FROM staging.finding s
LEFT JOIN dw.finding_history h ON h.reporting_fiscal_year = s.reporting_fiscal_year AND h.finding_key = s.finding_key;

-- name: COUNT_STATES
SELECT count(*) FILTER (WHERE state = 'new') AS added, count(*) FILTER (WHERE state = 'reopened') AS reopened
FROM dw.finding;

-- name: COUNT_TYPES
SELECT finding_type, count(*) AS findings FROM staging.finding GROUP BY finding_type ORDER BY finding_type;

-- name: RECORD_CHECK
INSERT INTO dw.check_state (singleton, reporting_fiscal_year, checked_at) VALUES (true, :year, now())
ON CONFLICT (singleton) DO UPDATE SET reporting_fiscal_year = excluded.reporting_fiscal_year,
                                      checked_at = excluded.checked_at;

-- name: UP_TO_DATE
SELECT EXISTS (SELECT 1 FROM dw.check_state s
               WHERE s.reporting_fiscal_year = :year
                 AND s.checked_at >= coalesce((SELECT max(loaded_at) FROM dw.submission), '-infinity'));

-- name: BY_SEVERITY
SELECT severity, count(*) AS findings FROM dw.finding GROUP BY severity;
