-- Descriptions of every report view and column, in Japanese and English; Metabase and Superset import them
-- as table and field descriptions.

COMMENT ON VIEW report.projects IS 'DX関連事業ロードマップの事業 (最新の提出内容) / Projects of the DX roadmap, current state';
COMMENT ON COLUMN report.projects.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.projects.field IS '分野 / Policy field';
COMMENT ON COLUMN report.projects.category IS '項目 (分野内の区分) / Category within the field';
COMMENT ON COLUMN report.projects.department IS '担当部局 (共同事業は・で連結) / Responsible department(s), joint ones joined by ・';
COMMENT ON COLUMN report.projects.section IS '担当課等 (共同事業は・で連結) / Responsible section(s), joint ones joined by ・';
COMMENT ON COLUMN report.projects.budget_r6_thousand_yen IS 'R6 (2024年度) 事業費 (千円) / FY2024 budget in thousand yen';
COMMENT ON COLUMN report.projects.budget_note IS '事業費の会計区分など注記 / Accounting note on the budget';
COMMENT ON COLUMN report.projects.is_priority IS '重点枠事業 / Priority-framework project';
COMMENT ON COLUMN report.projects.is_future_response IS '将来対応分 / Marked for future response';
COMMENT ON COLUMN report.projects.start_fiscal_year IS '事業始期 (西暦の年度) / First fiscal year (Gregorian, R6 = 2024)';
COMMENT ON COLUMN report.projects.end_fiscal_year IS '事業終期 (西暦の年度、未定はNULL) / Last fiscal year (Gregorian; NULL when undecided)';
COMMENT ON COLUMN report.projects.is_open_ended IS '事業終期が未定 / Last fiscal year undecided (未定)';
COMMENT ON COLUMN report.projects.initiative_count IS '取組の数 / Number of initiatives';
COMMENT ON COLUMN report.projects.source_file IS '提出ファイル名 / Submission file the current state came from';
COMMENT ON COLUMN report.projects.source_location IS '事業名のセル (シートとセル、または行と列) / Cell of the project name (sheet and cell, or line and column)';
COMMENT ON COLUMN report.projects.loaded_at IS '現在の内容を取り込んだ日時 / When the current state was loaded';

COMMENT ON VIEW report.project_organizations IS '事業と担当部局・担当課等の組 (共同事業は分割) / Project x department x section, joint names split';
COMMENT ON COLUMN report.project_organizations.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.project_organizations.department IS '担当部局 (組織改編後は現在の名称) / Department (its current name after a reorganisation)';
COMMENT ON COLUMN report.project_organizations.section IS '担当課等 / Section';

COMMENT ON VIEW report.initiative_years IS '取組ごと・年度ごとの計画と実績 (R6〜R10) / Plan and actual of each initiative and fiscal year 2024-2028';
COMMENT ON COLUMN report.initiative_years.project_name IS '事業名 / Project name';
COMMENT ON COLUMN report.initiative_years.department IS '担当部局 / Department(s) of the project';
COMMENT ON COLUMN report.initiative_years.section IS '担当課等 / Section(s) of the project';
COMMENT ON COLUMN report.initiative_years.initiative_name IS '取組名 / Initiative name';
COMMENT ON COLUMN report.initiative_years.initiative_section IS '取組の担当課 (【】タグ) / Section responsible for the initiative (from its 【】 tag)';
COMMENT ON COLUMN report.initiative_years.initiative_seq IS '事業内の取組の順番 / Order of the initiative within its project';
COMMENT ON COLUMN report.initiative_years.fiscal_year IS '年度 (西暦、R6 = 2024) / Fiscal year (Gregorian, R6 = 2024)';
COMMENT ON COLUMN report.initiative_years.fiscal_year_label IS '年度の表記 (R6〜R10) / Fiscal year label (R6-R10)';
COMMENT ON COLUMN report.initiative_years.plan_text IS '計画 (提出どおり、正規化済み) / Plan as submitted, normalised';
COMMENT ON COLUMN report.initiative_years.plan_text_resolved IS '計画 (①などの継続表記を展開) / Plan with item-marker continuations resolved';
COMMENT ON COLUMN report.initiative_years.actual_text IS '実績 / Actual';
COMMENT ON COLUMN report.initiative_years.status IS '状況: REPORTED 報告済, MISSING_ACTUAL 実績未記入, PLANNED 計画のみ (未到来), UNPLANNED_ACTUAL 計画外の実績, NOT_PLANNED 計画なし / Status for the reporting fiscal year';
COMMENT ON COLUMN report.initiative_years.reporting_fiscal_year IS '状況の基準とした報告年度 / Reporting fiscal year the status is for';

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

COMMENT ON VIEW report.department_progress IS '部局別・年度別の実績報告の進捗 / Reporting progress per department and fiscal year';
COMMENT ON COLUMN report.department_progress.department IS '担当部局 (共同事業は分割) / Department, joint names split';
COMMENT ON COLUMN report.department_progress.fiscal_year IS '年度 (西暦) / Fiscal year (Gregorian)';
COMMENT ON COLUMN report.department_progress.fiscal_year_label IS '年度の表記 (R6〜R10) / Fiscal year label';
COMMENT ON COLUMN report.department_progress.projects IS '部局の事業数 / Number of the department''s projects';
COMMENT ON COLUMN report.department_progress.planned_cells IS '計画のある取組×年度の数 / Initiative-years with a plan';
COMMENT ON COLUMN report.department_progress.reported_cells IS '計画と実績のそろった数 / Initiative-years with plan and actual';
COMMENT ON COLUMN report.department_progress.missing_actual_cells IS '実績未記入の数 (報告年度まで) / Planned initiative-years up to the reporting year without an actual';
COMMENT ON COLUMN report.department_progress.completion_rate IS '報告率 = 報告済 / 計画 (報告年度まで、対象なしはNULL) / reported / planned for years up to the reporting year; NULL where nothing was due';

COMMENT ON VIEW report.budget_summary IS '分野・項目・部局別の事業数と事業費 / Projects and budget per field, category and department';
COMMENT ON COLUMN report.budget_summary.field IS '分野 / Policy field';
COMMENT ON COLUMN report.budget_summary.category IS '項目 / Category';
COMMENT ON COLUMN report.budget_summary.department IS '担当部局 (共同事業は連結のまま、事業費の二重計上なし) / Department as written; joint projects counted once';
COMMENT ON COLUMN report.budget_summary.projects IS '事業数 / Number of projects';
COMMENT ON COLUMN report.budget_summary.priority_projects IS '重点枠事業の数 / Number of priority-framework projects';
COMMENT ON COLUMN report.budget_summary.budget_r6_thousand_yen IS 'R6事業費の合計 (千円) / Sum of FY2024 budgets in thousand yen';
