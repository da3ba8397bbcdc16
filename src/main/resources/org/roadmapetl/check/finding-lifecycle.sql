-- How one check's findings (staging.finding) meet the history of their reporting year (gap-rules.md "Lifecycle").
-- Named parameter :year, the reporting fiscal year. now() is the check's transaction time: every finding a check
-- finds is stored as seen at that time, and is new or reopened for that check only.

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

-- name: RESOLVE
-- Open before and not found now, by a check that looked at the finding's project: its current version was checked.
-- A project of no key (a form problem outside any project) was looked at with the submissions that still count.
-- Findings of another reporting year, or of a project this check could not look at, stay as they are.
UPDATE dw.finding_history h
SET state = 'resolved', resolved_at = now()
WHERE h.reporting_fiscal_year = :year AND h.state = 'open'
  AND (h.project_key IS NULL OR EXISTS (SELECT 1 FROM dw.project p WHERE p.project_key = h.project_key AND p.is_current))
  AND NOT EXISTS (SELECT 1 FROM staging.finding s
                  WHERE s.reporting_fiscal_year = h.reporting_fiscal_year AND s.finding_key = h.finding_key);

-- name: RECORD
-- Every finding found now is open and seen now, described as found now; one resolved before is reopened once more.
MERGE INTO dw.finding_history h
USING staging.finding s ON h.reporting_fiscal_year = s.reporting_fiscal_year AND h.finding_key = s.finding_key
WHEN MATCHED THEN
    UPDATE SET finding_type = s.finding_type, severity = s.severity, department = s.department, section = s.section,
               project_name = s.project_name, initiative_name = s.initiative_name, fiscal_year = s.fiscal_year,
               message = s.message, submission_id = s.submission_id, source_location = s.source_location,
               project_key = s.project_key, detected_at = now(), last_seen_at = now(), state = 'open',
               resolved_at = NULL, times_reopened = h.times_reopened + CASE WHEN h.state = 'resolved' THEN 1 ELSE 0 END
WHEN NOT MATCHED THEN
    INSERT (reporting_fiscal_year, finding_key, finding_type, severity, department, section, project_name,
            initiative_name, fiscal_year, message, submission_id, source_location, project_key, detected_at, state,
            first_seen_at, last_seen_at, resolved_at, times_reopened)
    VALUES (s.reporting_fiscal_year, s.finding_key, s.finding_type, s.severity, s.department, s.section,
            s.project_name, s.initiative_name, s.fiscal_year, s.message, s.submission_id, s.source_location,
            s.project_key, now(), 'open', now(), now(), NULL, 0);

-- name: CLEAR_LATEST
-- The latest findings no longer found (another year's, or resolved).
DELETE FROM dw.finding f
WHERE NOT EXISTS (SELECT 1 FROM staging.finding s WHERE s.finding_key = f.finding_key);

-- name: PUBLISH
-- The latest check's findings with their state, read from the history before this check records itself there: new
-- when it has no history row, reopened when its row was resolved, open otherwise. A row already so stays as it is.
MERGE INTO dw.finding f
USING (SELECT s.reporting_fiscal_year, s.finding_key,
              CASE WHEN h.finding_key IS NULL THEN 'new' WHEN h.state = 'resolved' THEN 'reopened' ELSE 'open' END AS state
       FROM staging.finding s
       LEFT JOIN dw.finding_history h ON h.reporting_fiscal_year = s.reporting_fiscal_year AND h.finding_key = s.finding_key
      ) n ON f.finding_key = n.finding_key
WHEN MATCHED AND (f.reporting_fiscal_year, f.state) IS DISTINCT FROM (n.reporting_fiscal_year, n.state) THEN
    UPDATE SET reporting_fiscal_year = n.reporting_fiscal_year, state = n.state
WHEN NOT MATCHED THEN
    INSERT (reporting_fiscal_year, finding_key, state) VALUES (n.reporting_fiscal_year, n.finding_key, n.state);

-- name: ANALYSE_FINDINGS
-- After the check wrote them: the next check's plans read these tables' sizes (a fresh warehouse's history
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

-- name: UP_TO_DATE
SELECT EXISTS (SELECT 1 FROM dw.check_state s
               WHERE s.reporting_fiscal_year = :year
                 AND s.checked_at >= coalesce((SELECT max(loaded_at) FROM dw.submission), '-infinity'));

-- name: BY_SEVERITY
SELECT h.severity, count(*) AS findings
FROM dw.finding f
JOIN dw.finding_history h ON h.reporting_fiscal_year = f.reporting_fiscal_year AND h.finding_key = f.finding_key
GROUP BY h.severity;
