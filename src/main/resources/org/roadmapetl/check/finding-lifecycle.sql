-- How one check's findings (staging.finding) meet the history of their reporting year (gap-rules.md "Lifecycle").
-- Named parameter :year, the reporting fiscal year. now() is the check's transaction time.

-- name: CLEAR_FOUND
TRUNCATE staging.finding RESTART IDENTITY;

-- name: KEY_FOUND
-- The stable key: type, reporting year and identity; two findings of one identity (an initiative named twice in a
-- project) are told apart by their place, in a fixed order.
UPDATE staging.finding s
SET finding_key = md5(format(E'%s\x1f%s\x1f%s\x1f%s', s.finding_type, s.reporting_fiscal_year, s.identity,
                             CASE WHEN d.n > 1 THEN d.n END))
FROM (SELECT found_id, row_number() OVER (PARTITION BY finding_type, identity
                                          ORDER BY source_location, message, found_id) AS n
      FROM staging.finding) d
WHERE d.found_id = s.found_id;

-- name: UNCHANGED
-- Whether this check found exactly what the latest check of the same year found: then it changes nothing.
SELECT EXISTS (SELECT 1 FROM dw.check_state WHERE reporting_fiscal_year = :year)
   AND NOT EXISTS (
       (SELECT finding_key, finding_type, severity, reporting_fiscal_year, department, section, project_name,
               initiative_name, fiscal_year, message, submission_id, source_location FROM staging.finding
        EXCEPT
        SELECT finding_key, finding_type, severity, reporting_fiscal_year, department, section, project_name,
               initiative_name, fiscal_year, message, submission_id, source_location FROM dw.finding)
       UNION ALL
       (SELECT finding_key, finding_type, severity, reporting_fiscal_year, department, section, project_name,
               initiative_name, fiscal_year, message, submission_id, source_location FROM dw.finding
        EXCEPT
        SELECT finding_key, finding_type, severity, reporting_fiscal_year, department, section, project_name,
               initiative_name, fiscal_year, message, submission_id, source_location FROM staging.finding));

-- name: STATE_FOUND
UPDATE staging.finding s
SET state = CASE WHEN h.state = 'resolved' THEN 'reopened' ELSE 'open' END,
    first_seen_at = h.first_seen_at
FROM dw.finding_history h
WHERE h.reporting_fiscal_year = s.reporting_fiscal_year AND h.finding_key = s.finding_key;

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
INSERT INTO dw.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                        initiative_name, fiscal_year, message, submission_id, source_location, detected_at,
                        finding_key, state, first_seen_at, project_key)
SELECT finding_type, severity, reporting_fiscal_year, department, section, project_name, initiative_name,
       fiscal_year, message, submission_id, source_location, now(), finding_key, state,
       coalesce(first_seen_at, now()), project_key
FROM staging.finding;

-- name: COUNT_STATES
SELECT count(*) FILTER (WHERE state = 'new') AS added, count(*) FILTER (WHERE state = 'reopened') AS reopened
FROM staging.finding;

-- name: COUNT_TYPES
SELECT finding_type, count(*) AS findings FROM staging.finding GROUP BY finding_type;

-- name: RECORD_CHECK
INSERT INTO dw.check_state (singleton, reporting_fiscal_year, checked_at) VALUES (true, :year, now())
ON CONFLICT (singleton) DO UPDATE SET reporting_fiscal_year = excluded.reporting_fiscal_year,
                                      checked_at = excluded.checked_at;

-- name: PERIOD
SELECT min(fiscal_year) AS period_first, max(fiscal_year) AS period_last FROM dw.fiscal_year WHERE is_roadmap_year;

-- name: UP_TO_DATE
SELECT EXISTS (SELECT 1 FROM dw.check_state s
               WHERE s.reporting_fiscal_year = :year
                 AND s.checked_at >= coalesce((SELECT max(loaded_at) FROM dw.submission), '-infinity'));

-- name: BY_SEVERITY
SELECT severity, count(*) AS findings FROM dw.finding GROUP BY severity;
