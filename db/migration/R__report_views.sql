-- The current definition of every view of the warehouse, each in one place, with its comments beside it
-- (warehouse-contract.md). Flyway runs this file after the versioned migrations whenever its text changes; a
-- versioned migration that changes a column a view reads drops the views first (DROP VIEW … CASCADE), and this file
-- makes them again. afterMigrate.sql then hands them to the loader role and grants the reader role SELECT.
-- Versioned migrations before V22 defined these views as they were then: they are history, not the definition.

DROP VIEW IF EXISTS report.submission_status, report.project_changes, report.finding_history, report.findings,
    report.budget_summary, report.department_progress, report.initiative_years, report.project_organizations,
    report.projects, dw.current_initiative_year, dw.department_latest_file, dw.department_file CASCADE;

-- The rules key their findings by the initiative's match key: read with the initiative-year, not joined again.
CREATE VIEW dw.current_initiative_year AS
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
COMMENT ON VIEW dw.current_initiative_year IS '現在の事業の取組・ロードマップ年度ごとの計画と実績 (点検規則が読む) / Plan and actual of each initiative and roadmap year of the current projects (what the rules read)';

-- Whose file each submission is (gap-rules.md, "whose file"): a department's when it lay in the department's inbox
-- folder or every project in it names the department. A consolidated file of many departments is nobody's: it is
-- neither a department's latest submission nor among the files the department is told it sent.
CREATE VIEW dw.department_file AS
SELECT s.inbox_department AS department, s.submission_id, s.file_name,
       coalesce(s.first_job_execution_id, 0) AS first_run
FROM dw.submission s
WHERE s.inbox_department IS NOT NULL
UNION
SELECT d.department, s.submission_id, s.file_name, coalesce(s.first_job_execution_id, 0)
FROM dw.submission s CROSS JOIN LATERAL unnest(s.owner_departments) AS d (department)
UNION
-- a file loaded before V24 recorded no owners: judged by the project versions it introduced
SELECT d.department, s.submission_id, s.file_name, coalesce(s.first_job_execution_id, 0)
FROM dw.submission s CROSS JOIN LATERAL unnest(s.departments) AS d (department)
WHERE s.owner_departments IS NULL
  AND NOT EXISTS (SELECT 1 FROM dw.project v
                  WHERE v.submission_id = s.submission_id
                    AND NOT EXISTS (SELECT 1 FROM dw.project_organization vo
                                    WHERE vo.project_version_id = v.project_version_id
                                      AND vo.department = d.department));
COMMENT ON VIEW dw.department_file IS '部局ごとの自部局の提出ファイル (部局の受信フォルダにあったか、全事業がその部局のもの) / Each department''s own submitted files (in its inbox folder, or every project names it)';
COMMENT ON COLUMN dw.department_file.department IS '部局 / Department';
COMMENT ON COLUMN dw.department_file.submission_id IS '提出ファイルの ID (dw.submission) / Submission id (dw.submission)';
COMMENT ON COLUMN dw.department_file.file_name IS 'ファイル名 / File name';
COMMENT ON COLUMN dw.department_file.first_run IS 'このファイルを初めて取り込んだ実行 (0 は不明) / The run that first loaded the file (0 when unknown)';

-- A department's latest submission (gap-rules.md): every file of its own first loaded in the latest run that loaded
-- any (a rerun makes no file newer). PROJECT_DROPPED and the marked copies of feedback read it.
CREATE VIEW dw.department_latest_file AS
SELECT department, submission_id, file_name
FROM (SELECT f.department, f.submission_id, f.file_name, f.first_run,
             max(f.first_run) OVER (PARTITION BY f.department) AS latest_run
      FROM dw.department_file f) f
WHERE first_run = latest_run;
COMMENT ON VIEW dw.department_latest_file IS '部局の最新の提出 (その部局のファイルを読み込んだ最後の実行で初めて読み込んだ自部局のファイルすべて) / Each department''s latest submission: its own files first loaded in the latest run that loaded any';
COMMENT ON COLUMN dw.department_latest_file.department IS '部局 / Department';
COMMENT ON COLUMN dw.department_latest_file.submission_id IS '提出ファイルの ID (dw.submission) / Submission id (dw.submission)';
COMMENT ON COLUMN dw.department_latest_file.file_name IS 'ファイル名 / File name';

CREATE VIEW report.projects AS
SELECT p.project_name,
       p.field,
       p.category,
       p.department,
       p.section,
       p.budget_r6_thousand_yen,
       p.budget_note,
       p.is_priority,
       p.is_future_response,
       p.start_fiscal_year,
       p.end_fiscal_year,
       p.is_open_ended,
       (SELECT count(*) FROM dw.initiative i WHERE i.project_version_id = p.project_version_id)::integer
           AS initiative_count,
       s.file_name AS source_file,
       p.source_location,
       p.valid_from AS loaded_at,
       p.budget_fiscal_year,
       p.budget_thousand_yen
FROM dw.project p
JOIN dw.submission s ON s.submission_id = p.submission_id
WHERE p.is_current;
COMMENT ON VIEW report.projects IS 'DX関連事業ロードマップの事業 (最新の提出内容) / Projects of the DX roadmap, current state';
COMMENT ON COLUMN report.projects.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.projects.field IS '分野 / Policy field';
COMMENT ON COLUMN report.projects.category IS '項目 (分野内の区分) / Category within the field';
COMMENT ON COLUMN report.projects.department IS '担当部局 (共同事業は・で連結) / Responsible department(s), joint ones joined by ・';
COMMENT ON COLUMN report.projects.section IS '担当課等 (共同事業は・で連結) / Responsible section(s), joint ones joined by ・';
COMMENT ON COLUMN report.projects.budget_r6_thousand_yen IS '令和6年度の事業費 (千円); 事業費の年度が令和6年度でなければNULL / Budget of Reiwa 6 in thousand yen; NULL when the budget is of another year';
COMMENT ON COLUMN report.projects.budget_note IS '事業費の会計区分など注記 / Accounting note on the budget';
COMMENT ON COLUMN report.projects.is_priority IS '重点枠事業 / Priority-framework project';
COMMENT ON COLUMN report.projects.is_future_response IS '将来対応分 / Marked for future response';
COMMENT ON COLUMN report.projects.start_fiscal_year IS '事業始期 (西暦の年度) / First fiscal year (Gregorian, R7 = 2025)';
COMMENT ON COLUMN report.projects.end_fiscal_year IS '事業終期 (西暦の年度、未定はNULL) / Last fiscal year (Gregorian; NULL when undecided)';
COMMENT ON COLUMN report.projects.is_open_ended IS '事業終期が未定 / Last fiscal year undecided (未定)';
COMMENT ON COLUMN report.projects.initiative_count IS '取組の数 / Number of initiatives';
COMMENT ON COLUMN report.projects.source_file IS '提出ファイル名 / Submission file the current state came from';
COMMENT ON COLUMN report.projects.source_location IS '事業名のセル (シートとセル、または行と列) / Cell of the project name (sheet and cell, or line and column)';
COMMENT ON COLUMN report.projects.loaded_at IS '現在の内容を取り込んだ日時 / When the current state was loaded';
COMMENT ON COLUMN report.projects.budget_fiscal_year IS '事業費の年度 (見出し「R7事業費(千円)」などの年度、西暦) / Fiscal year of the budget, the one its label names (Gregorian)';
COMMENT ON COLUMN report.projects.budget_thousand_yen IS '事業費 (千円、budget_fiscal_year の年度) / Budget in thousand yen, of budget_fiscal_year';

-- report.project_organizations shows the current name of a department whose section moved (a reorganisation on 1 April): when
-- the organisation row a project was loaded with is no longer current, the one current row of the same section
-- names the department now. A section name that several departments use (総務課) is left as submitted.
CREATE VIEW report.project_organizations AS
SELECT p.project_name,
       CASE
           WHEN then_valid.organization_id IS NULL OR then_valid.is_current THEN o.department
           ELSE coalesce((SELECT min(c.department) FROM dw.organization c
                          WHERE c.is_current AND c.section_key = then_valid.section_key
                          HAVING count(DISTINCT c.department_key) = 1), o.department)
       END AS department,
       o.section
FROM dw.project p
JOIN dw.project_organization o ON o.project_version_id = p.project_version_id
LEFT JOIN dw.organization then_valid ON then_valid.organization_id = o.organization_id
WHERE p.is_current;
COMMENT ON VIEW report.project_organizations IS '事業と担当部局・担当課等の組 (共同事業は分割) / Project x department x section, joint names split';
COMMENT ON COLUMN report.project_organizations.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.project_organizations.department IS '担当部局 (組織改編後は現在の名称) / Department (its current name after a reorganisation)';
COMMENT ON COLUMN report.project_organizations.section IS '担当課等 / Section';

CREATE VIEW report.initiative_years AS
SELECT c.project_name,
       c.department,
       c.section,
       c.initiative_name,
       c.initiative_section,
       c.initiative_seq,
       c.fiscal_year,
       y.label AS fiscal_year_label,
       c.plan_text,
       c.plan_text_resolved,
       c.actual_text,
       CASE
           WHEN s.reporting_fiscal_year IS NULL THEN NULL
           WHEN c.has_plan AND c.has_actual THEN 'REPORTED'
           WHEN c.has_plan AND c.fiscal_year <= s.reporting_fiscal_year THEN 'MISSING_ACTUAL'
           WHEN c.has_plan THEN 'PLANNED'
           WHEN c.has_actual THEN 'UNPLANNED_ACTUAL'
           ELSE 'NOT_PLANNED'
       END AS status,
       s.reporting_fiscal_year
FROM dw.current_initiative_year c
JOIN dw.fiscal_year y ON y.fiscal_year = c.fiscal_year
LEFT JOIN dw.check_state s ON true;
COMMENT ON VIEW report.initiative_years IS '取組ごと・ロードマップ期間の年度ごとの計画と実績 / Plan and actual of each initiative and fiscal year of the roadmap period (roadmap.period)';
COMMENT ON COLUMN report.initiative_years.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.initiative_years.department IS '担当部局 / Department(s) of the project';
COMMENT ON COLUMN report.initiative_years.section IS '担当課等 / Section(s) of the project';
COMMENT ON COLUMN report.initiative_years.initiative_name IS '取組名 / Initiative name';
COMMENT ON COLUMN report.initiative_years.initiative_section IS '取組の担当課 (【】タグ) / Section responsible for the initiative (from its 【】 tag)';
COMMENT ON COLUMN report.initiative_years.initiative_seq IS '事業内の取組の順番 / Order of the initiative within its project';
COMMENT ON COLUMN report.initiative_years.fiscal_year IS '年度 (西暦、R7 = 2025) / Fiscal year (Gregorian, R7 = 2025)';
COMMENT ON COLUMN report.initiative_years.fiscal_year_label IS '年度の表記 (R7 など) / Fiscal year label (R7 …)';
COMMENT ON COLUMN report.initiative_years.plan_text IS '計画 (提出どおり、正規化済み) / Plan as submitted, normalised';
COMMENT ON COLUMN report.initiative_years.plan_text_resolved IS '計画 (①などの継続表記を展開) / Plan with item-marker continuations resolved';
COMMENT ON COLUMN report.initiative_years.actual_text IS '実績 / Actual';
COMMENT ON COLUMN report.initiative_years.status IS '状況: REPORTED 報告済, MISSING_ACTUAL 実績未記入, PLANNED 計画のみ (未到来), UNPLANNED_ACTUAL 計画外の実績, NOT_PLANNED 計画なし / Status for the reporting fiscal year';
COMMENT ON COLUMN report.initiative_years.reporting_fiscal_year IS '状況の基準とした報告年度 / Reporting fiscal year the status is for';

-- Departments after splitting joint names: a joint project counts for each of its departments.
CREATE VIEW report.department_progress AS
WITH department_project AS (
    SELECT DISTINCT o.department, o.project_version_id
    FROM dw.project_organization o
    JOIN dw.project p ON p.project_version_id = o.project_version_id AND p.is_current
    WHERE o.department IS NOT NULL
),
cells AS (
    SELECT d.department,
           c.fiscal_year,
           count(*) FILTER (WHERE c.has_plan) AS planned_cells,
           count(*) FILTER (WHERE c.has_plan AND c.has_actual) AS reported_cells,
           count(*) FILTER (WHERE c.has_plan AND NOT c.has_actual) AS unreported_cells
    FROM department_project d
    JOIN dw.current_initiative_year c ON c.project_version_id = d.project_version_id
    GROUP BY d.department, c.fiscal_year
),
projects AS (
    SELECT department, count(*) AS projects FROM department_project GROUP BY department
)
SELECT pr.department,
       y.fiscal_year,
       y.label AS fiscal_year_label,
       pr.projects::integer AS projects,
       coalesce(c.planned_cells, 0)::integer AS planned_cells,
       coalesce(c.reported_cells, 0)::integer AS reported_cells,
       (CASE WHEN y.fiscal_year <= s.reporting_fiscal_year THEN coalesce(c.unreported_cells, 0) ELSE 0 END)::integer
           AS missing_actual_cells,
       CASE
           WHEN s.reporting_fiscal_year IS NULL OR y.fiscal_year > s.reporting_fiscal_year
                OR coalesce(c.planned_cells, 0) = 0 THEN NULL
           ELSE round(c.reported_cells::numeric / c.planned_cells, 4)
       END AS completion_rate
FROM projects pr
CROSS JOIN dw.fiscal_year y
LEFT JOIN cells c ON c.department = pr.department AND c.fiscal_year = y.fiscal_year
LEFT JOIN dw.check_state s ON true
WHERE y.is_roadmap_year;
COMMENT ON VIEW report.department_progress IS '部局別・年度別の実績報告の進捗 / Reporting progress per department and fiscal year';
COMMENT ON COLUMN report.department_progress.department IS '担当部局 (共同事業は分割) / Department, joint names split';
COMMENT ON COLUMN report.department_progress.fiscal_year IS '年度 (西暦) / Fiscal year (Gregorian)';
COMMENT ON COLUMN report.department_progress.fiscal_year_label IS '年度の表記 (R7 など) / Fiscal year label (R7 …)';
COMMENT ON COLUMN report.department_progress.projects IS '部局の事業数 / Number of the department''s projects';
COMMENT ON COLUMN report.department_progress.planned_cells IS '計画のある取組×年度の数 / Initiative-years with a plan';
COMMENT ON COLUMN report.department_progress.reported_cells IS '計画と実績のそろった数 / Initiative-years with plan and actual';
COMMENT ON COLUMN report.department_progress.missing_actual_cells IS '実績未記入の数 (報告年度まで) / Planned initiative-years up to the reporting year without an actual';
COMMENT ON COLUMN report.department_progress.completion_rate IS '報告率 = 報告済 / 計画 (報告年度まで、対象なしはNULL) / reported / planned for years up to the reporting year; NULL where nothing was due';

-- A joint project's budget is counted once, under its departments as written (joined by ・). The budget of a
-- group is that of the period's first year, the year the form's budget label names.
CREATE VIEW report.budget_summary AS
WITH period AS (
    SELECT min(fiscal_year) AS first_fiscal_year FROM dw.fiscal_year WHERE is_roadmap_year
)
SELECT p.field,
       p.category,
       p.department,
       count(*)::integer AS projects,
       (count(*) FILTER (WHERE p.is_priority))::integer AS priority_projects,
       sum(p.budget_r6_thousand_yen) AS budget_r6_thousand_yen,
       min(period.first_fiscal_year) AS budget_fiscal_year,
       sum(p.budget_thousand_yen) FILTER (WHERE p.budget_fiscal_year = period.first_fiscal_year) AS budget_thousand_yen
FROM dw.project p
CROSS JOIN period
WHERE p.is_current
GROUP BY p.field, p.category, p.department;
COMMENT ON VIEW report.budget_summary IS '分野・項目・部局別の事業数と事業費 / Projects and budget per field, category and department';
COMMENT ON COLUMN report.budget_summary.field IS '分野 / Policy field';
COMMENT ON COLUMN report.budget_summary.category IS '項目 / Category';
COMMENT ON COLUMN report.budget_summary.department IS '担当部局 (共同事業は連結のまま、事業費の二重計上なし) / Department as written; joint projects counted once';
COMMENT ON COLUMN report.budget_summary.projects IS '事業数 / Number of projects';
COMMENT ON COLUMN report.budget_summary.priority_projects IS '重点枠事業の数 / Number of priority-framework projects';
COMMENT ON COLUMN report.budget_summary.budget_r6_thousand_yen IS '令和6年度の事業費の合計 (千円、令和6年度の事業費のみ) / Sum of the Reiwa 6 budgets in thousand yen (budgets of that year only)';
COMMENT ON COLUMN report.budget_summary.budget_fiscal_year IS '事業費の年度 (ロードマップ期間の初年度、西暦) / Fiscal year of the budget: the roadmap period''s first (Gregorian)';
COMMENT ON COLUMN report.budget_summary.budget_thousand_yen IS 'budget_fiscal_year の事業費の合計 (千円) / Sum of the budgets of budget_fiscal_year in thousand yen';

-- The latest check's findings: dw.finding lists which, with the state that check found them in; what each says,
-- and when it was seen, is its history row.
CREATE VIEW report.findings AS
SELECT h.finding_type,
       h.severity,
       f.reporting_fiscal_year,
       h.department,
       h.section,
       h.project_name,
       h.initiative_name,
       h.fiscal_year,
       h.message,
       s.file_name AS source_file,
       h.source_location,
       h.detected_at,
       f.finding_key,
       f.state,
       h.first_seen_at,
       s.checksum_sha256 AS source_checksum
FROM dw.finding f
JOIN dw.finding_history h ON h.reporting_fiscal_year = f.reporting_fiscal_year AND h.finding_key = f.finding_key
LEFT JOIN dw.submission s ON s.submission_id = h.submission_id;
COMMENT ON VIEW report.findings IS '最新のチェックで見つかった不備 / Findings of the latest check';
COMMENT ON COLUMN report.findings.finding_type IS '不備の種類 (MISSING_ACTUAL など) / Finding type (MISSING_ACTUAL, …)';
COMMENT ON COLUMN report.findings.severity IS '重大度 (error / warning) / Severity (error or warning)';
COMMENT ON COLUMN report.findings.reporting_fiscal_year IS 'チェックの報告年度 / Reporting fiscal year of the check';
COMMENT ON COLUMN report.findings.department IS '担当部局 / Department';
COMMENT ON COLUMN report.findings.section IS '担当課等 / Section';
COMMENT ON COLUMN report.findings.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.findings.initiative_name IS '取組名 (取組単位の不備) / Initiative name, where the finding concerns one';
COMMENT ON COLUMN report.findings.fiscal_year IS '年度 (年度単位の不備) / Fiscal year, where the finding concerns one';
COMMENT ON COLUMN report.findings.message IS '部局向けの説明と対応 / What is missing, where, and what to do (Japanese)';
COMMENT ON COLUMN report.findings.source_file IS '提出ファイル名 / Submission file';
COMMENT ON COLUMN report.findings.source_location IS 'シートとセル、または行と列 / Sheet and cell, or line and column';
COMMENT ON COLUMN report.findings.detected_at IS 'チェック日時 / When the check ran';
COMMENT ON COLUMN report.findings.finding_key IS '不備の固定キー (種類・報告年度・事業と取組の照合キー・年度などから作成。夜をまたいで同じ不備は同じキー) / Stable key of the finding: the same problem found on two nights has the same key';
COMMENT ON COLUMN report.findings.state IS '状態: new (今回初めて検出) / open (前回から継続) / reopened (解消後に再発) / State: new (first seen by this check), open (seen before), reopened (resolved once and back)';
COMMENT ON COLUMN report.findings.first_seen_at IS '初回検出日時 / When the finding was first seen';
COMMENT ON COLUMN report.findings.source_checksum IS '提出ファイルの SHA-256 (同じ名前の別のファイルと区別する) / SHA-256 of the submitted file (tells apart files of one name)';

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

-- status reads this view on every call: each file's fiscal year is found by its number (April to March), not by a
-- range test against every year, and the open findings are no materialised CTE, so a query that reads no finding
-- count leaves the finding history alone. Both keep the planner's estimate small enough that PostgreSQL does not
-- JIT-compile a status query, which cost more than the query itself.
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
    LEFT JOIN dw.fiscal_year y ON y.fiscal_year = extract(year FROM f.arrived_at::date - interval '3 months')::integer
                             AND f.arrived_at::date BETWEEN y.starts_on AND y.ends_on
    LEFT JOIN project_count c ON c.submission_id = f.submission_id AND c.department = f.department
    GROUP BY 1, 2
),
open_count AS (
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
