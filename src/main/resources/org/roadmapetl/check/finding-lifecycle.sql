-- How one check's findings (staging.finding) meet the history of their reporting year (gap-rules.md "Lifecycle").
-- Named parameter :year, the reporting fiscal year. now() is the check's transaction time. A check writes only what
-- changed; a finding seen by the latest check that changed findings has no times of its own (V17): the views read
-- dw.check_state.changed_at.

-- name: TUNE
-- For this transaction only: the check's joins and sorts of every finding fit in memory, and JIT compiling its
-- statements costs more than it saves.
SELECT set_config('work_mem', '64MB', true), set_config('jit', 'off', true);

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
       FULL JOIN (dw.finding f JOIN dw.finding_history h ON h.reporting_fiscal_year = f.reporting_fiscal_year
                                                       AND h.finding_key = f.finding_key)
              ON f.finding_key = s.finding_key
       WHERE s.finding_key IS NULL OR f.finding_key IS NULL
          OR (s.finding_type, s.severity, s.reporting_fiscal_year, s.department, s.section, s.project_name,
              s.initiative_name, s.fiscal_year, s.message, s.submission_id, s.source_location, s.project_key)
             IS DISTINCT FROM
             (h.finding_type, h.severity, h.reporting_fiscal_year, h.department, h.section, h.project_name,
              h.initiative_name, h.fiscal_year, h.message, h.submission_id, h.source_location, h.project_key));

-- name: RESOLVE
-- Open before and not found now, by a check that looked at the finding's project: its current version was checked.
-- A project of no key (a form problem outside any project) was looked at with the submissions that still count.
-- Any finding not found now that the latest check which changed findings saw (of another reporting year, of a
-- project this check could not look at, or resolved now) keeps that check's time as its own.
UPDATE dw.finding_history h
SET detected_at = coalesce(h.detected_at, c.changed_at), last_seen_at = coalesce(h.last_seen_at, c.changed_at),
    state = CASE WHEN h.reporting_fiscal_year = :year AND h.state = 'open' AND (h.project_key IS NULL OR EXISTS (
                          SELECT 1 FROM dw.project p WHERE p.project_key = h.project_key AND p.is_current))
                 THEN 'resolved' ELSE h.state END,
    resolved_at = CASE WHEN h.reporting_fiscal_year = :year AND h.state = 'open' AND (h.project_key IS NULL OR EXISTS (
                                SELECT 1 FROM dw.project p WHERE p.project_key = h.project_key AND p.is_current))
                       THEN now() ELSE h.resolved_at END
FROM (SELECT max(changed_at) AS changed_at FROM dw.check_state) c
WHERE (h.last_seen_at IS NULL
       OR h.reporting_fiscal_year = :year AND h.state = 'open' AND (h.project_key IS NULL OR EXISTS (
              SELECT 1 FROM dw.project p WHERE p.project_key = h.project_key AND p.is_current)))
  AND NOT EXISTS (SELECT 1 FROM staging.finding s
                  WHERE s.reporting_fiscal_year = h.reporting_fiscal_year AND s.finding_key = h.finding_key);

-- name: RECORD
-- Only what differs is written: a finding open and seen by the latest check that changed findings, as found now, stays.
MERGE INTO dw.finding_history h
USING staging.finding s ON h.reporting_fiscal_year = s.reporting_fiscal_year AND h.finding_key = s.finding_key
WHEN MATCHED AND (h.finding_type, h.severity, h.department, h.section, h.project_name, h.initiative_name,
                  h.fiscal_year, h.message, h.submission_id, h.source_location, h.project_key, h.state,
                  h.last_seen_at IS NULL)
                 IS DISTINCT FROM
                 (s.finding_type, s.severity, s.department, s.section, s.project_name, s.initiative_name,
                  s.fiscal_year, s.message, s.submission_id, s.source_location, s.project_key, 'open', true) THEN
    UPDATE SET finding_type = s.finding_type, severity = s.severity, department = s.department, section = s.section,
               project_name = s.project_name, initiative_name = s.initiative_name, fiscal_year = s.fiscal_year,
               message = s.message, submission_id = s.submission_id, source_location = s.source_location,
               project_key = s.project_key, detected_at = NULL, last_seen_at = NULL, state = 'open', resolved_at = NULL,
               times_reopened = h.times_reopened + CASE WHEN h.state = 'resolved' THEN 1 ELSE 0 END
WHEN NOT MATCHED THEN
    INSERT (reporting_fiscal_year, finding_key, finding_type, severity, department, section, project_name,
            initiative_name, fiscal_year, message, submission_id, source_location, project_key, detected_at, state,
            first_seen_at, last_seen_at, resolved_at, times_reopened)
    VALUES (s.reporting_fiscal_year, s.finding_key, s.finding_type, s.severity, s.department, s.section,
            s.project_name, s.initiative_name, s.fiscal_year, s.message, s.submission_id, s.source_location,
            s.project_key, NULL, 'open', now(), NULL, NULL, 0);

-- name: CLEAR_LATEST
-- The latest findings no longer found (another year's, or resolved).
DELETE FROM dw.finding f
WHERE NOT EXISTS (SELECT 1 FROM staging.finding s WHERE s.finding_key = f.finding_key);

-- name: PUBLISH
-- The latest check's findings with their state, read from the history before this check records itself there;
-- a finding published as it is now stays as it is. What each one says is in its history row (RECORD).
MERGE INTO dw.finding f
USING (SELECT s.reporting_fiscal_year, s.finding_key,
              CASE WHEN h.finding_key IS NULL THEN 'new' WHEN h.state = 'resolved' THEN 'reopened' ELSE 'open' END AS state,
              coalesce(h.first_seen_at, now()) AS first_seen_at
       FROM staging.finding s
       LEFT JOIN dw.finding_history h ON h.reporting_fiscal_year = s.reporting_fiscal_year AND h.finding_key = s.finding_key
      ) n ON f.finding_key = n.finding_key
WHEN MATCHED AND (f.reporting_fiscal_year, f.state, f.first_seen_at)
                 IS DISTINCT FROM (n.reporting_fiscal_year, n.state, n.first_seen_at) THEN
    UPDATE SET reporting_fiscal_year = n.reporting_fiscal_year, detected_at = now(), state = n.state,
               first_seen_at = n.first_seen_at
WHEN NOT MATCHED THEN
    INSERT (reporting_fiscal_year, detected_at, finding_key, state, first_seen_at)
    VALUES (n.reporting_fiscal_year, now(), n.finding_key, n.state, n.first_seen_at);

-- name: ANALYSE_FINDINGS
-- After a check that changed them: the next check's plans read these tables' sizes (a fresh warehouse's history
-- was planned as empty, and RESOLVE's plan depends on how many rows it has); ANALYZE counts this transaction's rows.
-- Only the columns the check filters and joins on: the messages would cost more to sample than the rest together.
ANALYZE dw.finding (reporting_fiscal_year, finding_key, state),
        dw.finding_history (reporting_fiscal_year, finding_key, state, last_seen_at, project_key, department);

-- name: COUNT_STATES
SELECT count(*) FILTER (WHERE state = 'new') AS added, count(*) FILTER (WHERE state = 'reopened') AS reopened,
       (SELECT count(*) FROM dw.finding_history WHERE resolved_at = now()) AS resolved
FROM dw.finding;

-- name: COUNT_TYPES
SELECT finding_type, count(*) AS findings FROM staging.finding GROUP BY finding_type ORDER BY finding_type;

-- name: RECORD_CHECK
INSERT INTO dw.check_state (singleton, reporting_fiscal_year, checked_at) VALUES (true, :year, now())
ON CONFLICT (singleton) DO UPDATE SET reporting_fiscal_year = excluded.reporting_fiscal_year,
                                      checked_at = excluded.checked_at;

-- name: ANALYSE_CHECK_STATE
-- After RECORD_CHECK: views join the one row of dw.check_state, and a singleton never analysed is planned as a
-- thousand rows, multiplying every estimate (and turning JIT compiling on) for the BI tools' queries.
ANALYZE dw.check_state;

-- name: RECORD_CHANGE
-- After RECORD_CHECK, by a check that changed the findings: the time its findings were seen.
UPDATE dw.check_state SET changed_at = now();

-- name: UP_TO_DATE
SELECT EXISTS (SELECT 1 FROM dw.check_state s
               WHERE s.reporting_fiscal_year = :year
                 AND s.checked_at >= coalesce((SELECT max(loaded_at) FROM dw.submission), '-infinity'));

-- name: BY_SEVERITY
SELECT h.severity, count(*) AS findings
FROM dw.finding f
JOIN dw.finding_history h ON h.reporting_fiscal_year = f.reporting_fiscal_year AND h.finding_key = f.finding_key
GROUP BY h.severity;
