-- The views of findings that live from night to night, changes between submissions and who has submitted
-- (warehouse-contract.md). afterMigrate.sql grants roadmap_reader SELECT on them.

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
       f.detected_at,
       f.finding_key,
       f.state,
       f.first_seen_at
FROM dw.finding f
LEFT JOIN dw.submission s ON s.submission_id = f.submission_id;

CREATE VIEW report.finding_history AS
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
       h.detected_at,
       h.finding_key,
       h.state,
       h.first_seen_at,
       h.last_seen_at,
       h.resolved_at,
       h.times_reopened
FROM dw.finding_history h
LEFT JOIN dw.submission s ON s.submission_id = h.submission_id;

-- Each version of a project against the one before it (by version id within its project key). Correlated
-- subqueries rather than CTEs, so that a filter on project_name or changed_at reaches dw.project first.
CREATE VIEW report.project_changes AS
SELECT v.project_name,
       v.department,
       v.valid_from AS changed_at,
       s.file_name AS source_file,
       c.change_type,
       c.initiative_name,
       c.fiscal_year,
       c.old_value,
       c.new_value
FROM dw.project v
JOIN dw.submission s ON s.submission_id = v.submission_id
LEFT JOIN dw.project o ON o.project_version_id = (SELECT max(q.project_version_id) FROM dw.project q
                                                  WHERE q.project_key = v.project_key
                                                    AND q.project_version_id < v.project_version_id)
CROSS JOIN LATERAL (
    SELECT 'added', NULL::text, NULL::integer, NULL::text, NULL::text
    WHERE o.project_version_id IS NULL
    UNION ALL
    SELECT x.change_type, NULL, NULL, x.old_value, x.new_value
    FROM (VALUES
        ('field', '分野: ' || o.field, '分野: ' || v.field),
        ('field', '項目: ' || o.category, '項目: ' || v.category),
        ('field', '担当部局: ' || o.department, '担当部局: ' || v.department),
        ('field', '担当課等: ' || o.section, '担当課等: ' || v.section),
        ('field', '重点枠事業: ' || coalesce(o.is_priority::text, ''), '重点枠事業: ' || coalesce(v.is_priority::text, '')),
        ('field', '将来対応分: ' || coalesce(o.is_future_response::text, ''),
                  '将来対応分: ' || coalesce(v.is_future_response::text, '')),
        ('field', '概要: ' || o.overview, '概要: ' || v.overview),
        ('budget', o.budget_thousand_yen::text, v.budget_thousand_yen::text),
        ('start_fiscal_year', o.start_fiscal_year::text, v.start_fiscal_year::text),
        ('end_fiscal_year', CASE WHEN o.is_open_ended THEN '未定' ELSE o.end_fiscal_year::text END,
                            CASE WHEN v.is_open_ended THEN '未定' ELSE v.end_fiscal_year::text END)
    ) AS x (change_type, old_value, new_value)
    WHERE o.project_version_id IS NOT NULL AND x.old_value IS DISTINCT FROM x.new_value
    UNION ALL
    SELECT 'initiative_added', n.initiative_name, NULL, NULL, n.initiative_name
    FROM dw.initiative n
    WHERE n.project_version_id = v.project_version_id AND o.project_version_id IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM dw.initiative p
                      WHERE p.project_version_id = o.project_version_id AND p.initiative_key = n.initiative_key)
    UNION ALL
    SELECT 'initiative_removed', p.initiative_name, NULL, p.initiative_name, NULL
    FROM dw.initiative p
    WHERE p.project_version_id = o.project_version_id
      AND NOT EXISTS (SELECT 1 FROM dw.initiative n
                      WHERE n.project_version_id = v.project_version_id AND n.initiative_key = p.initiative_key)
    UNION ALL
    SELECT x.change_type, ni.initiative_name, ny.fiscal_year, x.old_value, x.new_value
    FROM dw.initiative ni
    JOIN dw.initiative pi ON pi.project_version_id = o.project_version_id AND pi.initiative_key = ni.initiative_key
    JOIN dw.initiative_year ny ON ny.initiative_id = ni.initiative_id
    JOIN dw.initiative_year py ON py.initiative_id = pi.initiative_id AND py.fiscal_year = ny.fiscal_year
    CROSS JOIN LATERAL (VALUES ('plan', py.plan_text, ny.plan_text), ('actual', py.actual_text, ny.actual_text))
        AS x (change_type, old_value, new_value)
    WHERE ni.project_version_id = v.project_version_id AND x.old_value IS DISTINCT FROM x.new_value
) AS c (change_type, initiative_name, fiscal_year, old_value, new_value);

-- Who has submitted. A file belongs to its inbox subfolder's department, else to the departments of its projects;
-- it counts for the scheduled reporting year whose window had opened when it arrived, or, for a department with no
-- such window, for the latest fiscal year that had ended then.
CREATE VIEW report.submission_status AS
WITH schedule AS (
    SELECT DISTINCT ON (e.department, e.reporting_fiscal_year) e.department, e.reporting_fiscal_year, e.opens_on, e.due_on
    FROM (SELECT s.department, s.reporting_fiscal_year, s.opens_on, s.due_on, 0 AS precedence
          FROM dw.submission_schedule s WHERE s.department <> '*'
          UNION ALL
          SELECT o.department, s.reporting_fiscal_year, s.opens_on, s.due_on, 1
          FROM dw.submission_schedule s
          JOIN dw.organization o ON o.valid_from <= s.opens_on AND (o.valid_to IS NULL OR o.valid_to >= s.opens_on)
          WHERE s.department = '*') e
    ORDER BY e.department, e.reporting_fiscal_year, e.precedence
),
schedule_window AS (
    SELECT w.*, lead(w.opens_on) OVER (PARTITION BY w.department ORDER BY w.opens_on) AS next_opens_on
    FROM schedule w
),
project_count AS (
    SELECT p.submission_id, coalesce(s.inbox_department, o.department) AS department,
           count(DISTINCT p.project_key) AS projects
    FROM dw.project p
    JOIN dw.submission s ON s.submission_id = p.submission_id
    JOIN dw.project_organization o ON o.project_version_id = p.project_version_id
    WHERE p.is_current
    GROUP BY 1, 2
),
file AS (
    SELECT d.department, s.first_loaded_at AS arrived_at, s.submission_id
    FROM dw.submission s
    CROSS JOIN LATERAL unnest(CASE WHEN s.inbox_department IS NOT NULL THEN ARRAY[s.inbox_department]
                                   ELSE s.departments END) AS d (department)
    UNION ALL
    SELECT q.inbox_department, q.quarantined_at, NULL
    FROM dw.quarantined_file q
    WHERE q.inbox_department IS NOT NULL
),
submitted AS (
    SELECT f.department,
           coalesce(w.reporting_fiscal_year, y.fiscal_year - 1) AS reporting_fiscal_year,
           min(f.arrived_at) AS first_submitted_at,
           max(f.arrived_at) AS last_submitted_at,
           min(f.arrived_at) FILTER (WHERE f.submission_id IS NOT NULL) AS first_loaded_at,
           count(*) FILTER (WHERE f.submission_id IS NOT NULL) AS files_loaded,
           count(*) FILTER (WHERE f.submission_id IS NULL) AS files_set_aside,
           coalesce(sum(c.projects), 0) AS projects
    FROM file f
    LEFT JOIN schedule_window w ON w.department = f.department AND w.opens_on <= f.arrived_at
                      AND (w.next_opens_on IS NULL OR f.arrived_at < w.next_opens_on)
    LEFT JOIN dw.fiscal_year y ON f.arrived_at::date BETWEEN y.starts_on AND y.ends_on
    LEFT JOIN project_count c ON c.submission_id = f.submission_id AND c.department = f.department
    GROUP BY 1, 2
),
open_count AS MATERIALIZED (
    SELECT h.department, h.reporting_fiscal_year,
           count(*) FILTER (WHERE h.severity = 'error') AS errors,
           count(*) FILTER (WHERE h.severity = 'warning') AS warnings
    FROM dw.finding_history h
    WHERE h.state = 'open'
    GROUP BY h.department, h.reporting_fiscal_year
),
open_finding AS (
    -- Joint names are split after counting: a few distinct names, not every finding.
    SELECT d.department, g.reporting_fiscal_year, sum(g.errors) AS errors, sum(g.warnings) AS warnings
    FROM open_count g
    CROSS JOIN LATERAL unnest(string_to_array(g.department, '・')) AS d (department)
    GROUP BY d.department, g.reporting_fiscal_year
),
status AS (
    SELECT coalesce(w.department, u.department) AS department,
           coalesce(w.reporting_fiscal_year, u.reporting_fiscal_year) AS reporting_fiscal_year,
           w.opens_on, w.due_on, u.first_submitted_at, u.last_submitted_at, u.first_loaded_at,
           coalesce(u.files_loaded, 0) AS files_loaded, coalesce(u.files_set_aside, 0) AS files_set_aside,
           coalesce(u.projects, 0) AS projects, w.department IS NOT NULL AS scheduled
    FROM schedule w
    FULL JOIN submitted u ON u.department = w.department AND u.reporting_fiscal_year = w.reporting_fiscal_year
)
SELECT t.department,
       t.reporting_fiscal_year,
       t.opens_on,
       t.due_on,
       t.first_submitted_at,
       t.last_submitted_at,
       t.files_loaded::integer AS files_loaded,
       t.files_set_aside::integer AS files_set_aside,
       t.projects::integer AS projects,
       CASE
           WHEN NOT t.scheduled THEN 'unexpected'
           WHEN t.first_loaded_at < t.due_on + 1 THEN 'on_time'
           WHEN t.first_loaded_at IS NOT NULL THEN 'late'
           WHEN t.files_set_aside > 0 THEN 'set_aside_only'
           WHEN t.due_on < current_date THEN 'missing'
           ELSE 'awaiting'
       END AS state,
       coalesce(f.errors, 0)::integer AS open_errors,
       coalesce(f.warnings, 0)::integer AS open_warnings
FROM status t
LEFT JOIN open_finding f ON f.department = t.department AND f.reporting_fiscal_year = t.reporting_fiscal_year;

COMMENT ON COLUMN report.findings.finding_key IS '不備の固定キー (種類・報告年度・事業と取組の照合キー・年度などから作成。夜をまたいで同じ不備は同じキー) / Stable key of the finding: the same problem found on two nights has the same key';
COMMENT ON COLUMN report.findings.state IS '状態: new (今回初めて検出) / open (前回から継続) / reopened (解消後に再発) / State: new (first seen by this check), open (seen before), reopened (resolved once and back)';
COMMENT ON COLUMN report.findings.first_seen_at IS '初回検出日時 / When the finding was first seen';

COMMENT ON VIEW report.finding_history IS '報告年度ごとに、これまで検出したすべての不備 (キーごとに1行) / Every finding ever seen for a reporting year, one row per key';
COMMENT ON COLUMN report.finding_history.finding_type IS '不備の種類 (MISSING_ACTUAL など) / Finding type (MISSING_ACTUAL, …)';
COMMENT ON COLUMN report.finding_history.severity IS '重大度 (error / warning) / Severity (error or warning)';
COMMENT ON COLUMN report.finding_history.reporting_fiscal_year IS 'チェックの報告年度 / Reporting fiscal year of the checks';
COMMENT ON COLUMN report.finding_history.department IS '担当部局 / Department';
COMMENT ON COLUMN report.finding_history.section IS '担当課等 / Section';
COMMENT ON COLUMN report.finding_history.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.finding_history.initiative_name IS '取組名 (取組単位の不備) / Initiative name, where the finding concerns one';
COMMENT ON COLUMN report.finding_history.fiscal_year IS '年度 (年度単位の不備) / Fiscal year, where the finding concerns one';
COMMENT ON COLUMN report.finding_history.message IS '最後に検出したときの説明と対応 / What is missing and what to do, as last found (Japanese)';
COMMENT ON COLUMN report.finding_history.source_file IS '最後に検出した提出ファイル名 / Submission file where last found';
COMMENT ON COLUMN report.finding_history.source_location IS 'シートとセル、または行と列 / Sheet and cell, or line and column, where last found';
COMMENT ON COLUMN report.finding_history.detected_at IS '最後に検出したチェックの日時 / When the check that last found it ran';
COMMENT ON COLUMN report.finding_history.finding_key IS '不備の固定キー / Stable key of the finding';
COMMENT ON COLUMN report.finding_history.state IS '状態: open (未解消) / resolved (解消済み) / State: open or resolved';
COMMENT ON COLUMN report.finding_history.first_seen_at IS '初回検出日時 / When the finding was first seen';
COMMENT ON COLUMN report.finding_history.last_seen_at IS '最後に検出された日時 / When a check last found it';
COMMENT ON COLUMN report.finding_history.resolved_at IS '解消日時 (未解消なら空) / When it was resolved; empty while open';
COMMENT ON COLUMN report.finding_history.times_reopened IS '解消後に再発した回数 / How many times it came back after being resolved';

COMMENT ON VIEW report.project_changes IS '事業の新しい版と前の版の違い (1件1行) / Each difference between a project''s new version and its previous one';
COMMENT ON COLUMN report.project_changes.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.project_changes.department IS '担当部局 (新しい版) / Department, as the new version has it';
COMMENT ON COLUMN report.project_changes.changed_at IS '新しい版を取り込んだ日時 / When the new version was loaded';
COMMENT ON COLUMN report.project_changes.source_file IS '新しい版の提出ファイル名 / Submission file of the new version';
COMMENT ON COLUMN report.project_changes.change_type IS '変更の種類: added, field, budget, start_fiscal_year, end_fiscal_year, initiative_added, initiative_removed, plan, actual / Kind of change';
COMMENT ON COLUMN report.project_changes.initiative_name IS '取組名 (取組の変更) / Initiative name, for a change of an initiative';
COMMENT ON COLUMN report.project_changes.fiscal_year IS '年度 (計画・実績の変更) / Fiscal year, for a change of a plan or an actual';
COMMENT ON COLUMN report.project_changes.old_value IS '前の版の値 (項目の変更は「項目名: 値」) / Value in the previous version (a header field as "label: value")';
COMMENT ON COLUMN report.project_changes.new_value IS '新しい版の値 (項目の変更は「項目名: 値」) / Value in the new version (a header field as "label: value")';

COMMENT ON VIEW report.submission_status IS '部局・報告年度ごとの提出状況 (提出予定または提出のあったもの) / Submission state per department and reporting year that is scheduled or has submitted';
COMMENT ON COLUMN report.submission_status.department IS '担当部局 / Department';
COMMENT ON COLUMN report.submission_status.reporting_fiscal_year IS '報告年度 (西暦) / Reporting fiscal year (Gregorian)';
COMMENT ON COLUMN report.submission_status.opens_on IS '提出受付開始日 (予定外なら空) / First day submissions are expected; empty when not scheduled';
COMMENT ON COLUMN report.submission_status.due_on IS '提出期限 (予定外なら空) / Due date; empty when not scheduled';
COMMENT ON COLUMN report.submission_status.first_submitted_at IS '最初にファイルが届いた日時 (読めなかったものを含む) / When the first file arrived, unreadable ones included';
COMMENT ON COLUMN report.submission_status.last_submitted_at IS '最後にファイルが届いた日時 / When the latest file arrived';
COMMENT ON COLUMN report.submission_status.files_loaded IS '取り込んだファイル数 / Files loaded';
COMMENT ON COLUMN report.submission_status.files_set_aside IS '読めずに隔離したファイル数 / Files set aside as unreadable';
COMMENT ON COLUMN report.submission_status.projects IS '取り込んだファイルから現在の版となっている事業数 / Current projects that come from the loaded files';
COMMENT ON COLUMN report.submission_status.state IS '状態: on_time (期限内) / late (期限後) / missing (未提出・期限切れ) / awaiting (未提出・期限前) / set_aside_only (読めないファイルのみ) / unexpected (予定外の提出) / Submission state';
COMMENT ON COLUMN report.submission_status.open_errors IS '未解消の不備 (error) の数 / Open findings of severity error';
COMMENT ON COLUMN report.submission_status.open_warnings IS '未解消の不備 (warning) の数 / Open findings of severity warning';
