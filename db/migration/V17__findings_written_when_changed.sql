-- A check writes only the findings that changed (check/finding-lifecycle.sql): a finding seen by the latest check
-- that changed its year's findings carries no time of its own; the views read that check's time from check_state.

-- When the latest check that changed the findings ran (a check that finds what the one before found changes nothing).
ALTER TABLE dw.check_state ADD COLUMN changed_at timestamptz;
UPDATE dw.check_state SET changed_at = coalesce((SELECT max(f.detected_at) FROM dw.finding f), checked_at);

-- NULL: seen by the check of dw.check_state.changed_at (an open finding of dw.check_state's reporting year).
ALTER TABLE dw.finding_history ALTER COLUMN detected_at DROP NOT NULL, ALTER COLUMN last_seen_at DROP NOT NULL;
UPDATE dw.finding_history h SET detected_at = NULL, last_seen_at = NULL
FROM dw.check_state c
WHERE h.state = 'open' AND h.reporting_fiscal_year = c.reporting_fiscal_year AND h.last_seen_at = c.changed_at;

-- Findings are met with the history by hash joins; no statement looks one finding up by its key in dw.finding.
DROP INDEX dw.finding_key;

CREATE OR REPLACE VIEW report.findings AS
SELECT f.finding_type,
       f.severity,
       f.reporting_fiscal_year,
       f.department,
       f.section,
       f.project_name,
       f.initiative_name,
       f.fiscal_year,
       f.message,
       s.file_name AS source_file,
       f.source_location,
       coalesce(c.changed_at, f.detected_at) AS detected_at,
       f.finding_key,
       f.state,
       f.first_seen_at
FROM dw.finding f
LEFT JOIN dw.submission s ON s.submission_id = f.submission_id
LEFT JOIN dw.check_state c ON true;

CREATE OR REPLACE VIEW report.finding_history AS
SELECT h.finding_type,
       h.severity,
       h.reporting_fiscal_year,
       h.department,
       h.section,
       h.project_name,
       h.initiative_name,
       h.fiscal_year,
       h.message,
       s.file_name AS source_file,
       h.source_location,
       coalesce(h.detected_at, c.changed_at) AS detected_at,
       h.finding_key,
       h.state,
       h.first_seen_at,
       coalesce(h.last_seen_at, c.changed_at) AS last_seen_at,
       h.resolved_at,
       h.times_reopened
FROM dw.finding_history h
LEFT JOIN dw.submission s ON s.submission_id = h.submission_id
LEFT JOIN dw.check_state c ON true;

-- The rules key their findings by the initiative's match key: read with the initiative-year, not joined again.
CREATE OR REPLACE VIEW dw.current_initiative_year AS
SELECT p.project_version_id,
       p.project_key,
       p.project_name,
       p.department,
       p.section,
       p.start_fiscal_year,
       p.end_fiscal_year,
       p.is_open_ended,
       p.submission_id,
       p.source_location AS project_source_location,
       i.initiative_id,
       i.initiative_seq,
       i.initiative_name,
       i.initiative_section,
       f.fiscal_year,
       f.plan_text,
       f.plan_text_resolved,
       f.actual_text,
       f.actual_text_resolved,
       f.plan_text_resolved <> '' AS has_plan,
       f.actual_text_resolved <> '' AS has_actual,
       f.plan_source_location,
       f.actual_source_location,
       i.initiative_key
FROM dw.project p
JOIN dw.initiative i ON i.project_version_id = p.project_version_id
JOIN dw.initiative_year f ON f.initiative_id = i.initiative_id
JOIN dw.fiscal_year y ON y.fiscal_year = f.fiscal_year AND y.is_roadmap_year
WHERE p.is_current;

-- The first check after this migration reads which findings were last seen by the latest check.
ANALYZE dw.finding_history;
