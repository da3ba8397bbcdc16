-- Finding history says what it means (gap-rules.md "Lifecycle"): every check stores when it saw each finding it
-- found, and a finding is new or reopened for one check only. V17 left a finding seen by the latest check that
-- changed findings without times of its own, for the views to read from dw.check_state.changed_at; those times are
-- stored now, and dw.finding keeps only which findings the latest check found and in which state.
-- The views read the columns changed here: R__report_views.sql makes them again, each in its one definition.
DROP VIEW IF EXISTS report.submission_status, report.project_changes, report.finding_history, report.findings,
    report.budget_summary, report.department_progress, report.initiative_years, report.project_organizations,
    report.projects, dw.current_initiative_year CASCADE;

UPDATE dw.finding_history h
SET detected_at = coalesce(h.detected_at, c.changed_at, h.first_seen_at),
    last_seen_at = coalesce(h.last_seen_at, c.changed_at, h.first_seen_at)
FROM (SELECT max(changed_at) AS changed_at FROM dw.check_state) c
WHERE h.detected_at IS NULL OR h.last_seen_at IS NULL;

ALTER TABLE dw.finding_history ALTER COLUMN detected_at SET NOT NULL, ALTER COLUMN last_seen_at SET NOT NULL;
-- Every check rewrites the rows of what it found (their times): room in each page lets PostgreSQL keep the new
-- version beside the old one (a HOT update: no index entry, the old version pruned without VACUUM).
ALTER TABLE dw.finding_history SET (fillfactor = 70);
ALTER TABLE dw.check_state DROP COLUMN changed_at;
ALTER TABLE dw.finding DROP COLUMN detected_at, DROP COLUMN first_seen_at;

COMMENT ON COLUMN dw.finding_history.detected_at IS '最後に検出したチェックの日時 / When the latest check that found it ran';
COMMENT ON COLUMN dw.finding_history.last_seen_at IS '最後に検出された日時 / When a check last found it';
COMMENT ON COLUMN dw.finding.state IS '最新のチェックでの状態: new 初めて検出, reopened 解消後に再発, open それ以前から継続 / State as the latest check found it: new (first found by it), reopened (found again after resolved), open (found before)';
