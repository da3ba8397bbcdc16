-- The roadmap period as data (roadmap.period): every run sets dw.fiscal_year.is_roadmap_year from the
-- configuration (warehouse/FiscalYearDimension), and the views and checks read the flags instead of fixed years.
-- The budget keeps the year its label names (R7事業費(千円) → 2025).

-- Era arithmetic of SQL, the one place that knows the Reiwa and Heisei offsets (in Java: normalise/FiscalYear).
CREATE FUNCTION dw.reiwa_fiscal_year(reiwa_year integer) RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN reiwa_year + 2018;

CREATE FUNCTION dw.fiscal_year_label(fiscal_year integer) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE WHEN fiscal_year IS NULL THEN NULL
                WHEN fiscal_year > 2018 THEN 'R' || (fiscal_year - 2018)
                WHEN fiscal_year > 1988 THEN 'H' || (fiscal_year - 1988)
                ELSE fiscal_year::text END;

COMMENT ON COLUMN dw.fiscal_year.is_roadmap_year IS
    'ロードマップの期間 (roadmap.period) の年度; 実行ごとに設定 / Year of the roadmap period, set from configuration by every run';

ALTER TABLE dw.project ADD COLUMN budget_thousand_yen bigint, ADD COLUMN budget_fiscal_year integer;
UPDATE dw.project SET budget_thousand_yen = budget_r6_thousand_yen,
                      budget_fiscal_year = dw.reiwa_fiscal_year(6)
WHERE budget_r6_thousand_yen IS NOT NULL;
COMMENT ON COLUMN dw.project.budget_r6_thousand_yen IS 'budget_thousand_yen when budget_fiscal_year is Reiwa 6 (dw.reiwa_fiscal_year(6)), else NULL';

ALTER TABLE staging.project RENAME COLUMN budget_r6_thousand_yen TO budget_thousand_yen;
ALTER TABLE staging.project ADD COLUMN budget_fiscal_year integer;

-- Every current initiative x year of the roadmap period with what the checks need; internal, not for BI tools.
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
       f.actual_source_location
FROM dw.project p
JOIN dw.initiative i ON i.project_version_id = p.project_version_id
JOIN dw.initiative_year f ON f.initiative_id = i.initiative_id
JOIN dw.fiscal_year y ON y.fiscal_year = f.fiscal_year AND y.is_roadmap_year
WHERE p.is_current;

CREATE OR REPLACE VIEW report.projects AS
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

-- A joint project's budget is counted once, under its departments as written (joined by ・). The budget of a
-- group is that of the period's first year, the year the form's budget label names.
CREATE OR REPLACE VIEW report.budget_summary AS
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

COMMENT ON COLUMN report.projects.budget_r6_thousand_yen IS
    '令和6年度の事業費 (千円); 事業費の年度が令和6年度でなければNULL / Budget of Reiwa 6 in thousand yen; NULL when the budget is of another year';
COMMENT ON COLUMN report.projects.budget_fiscal_year IS
    '事業費の年度 (見出し「R7事業費(千円)」などの年度、西暦) / Fiscal year of the budget, the one its label names (Gregorian)';
COMMENT ON COLUMN report.projects.budget_thousand_yen IS
    '事業費 (千円、budget_fiscal_year の年度) / Budget in thousand yen, of budget_fiscal_year';
COMMENT ON VIEW report.initiative_years IS
    '取組ごと・ロードマップ期間の年度ごとの計画と実績 / Plan and actual of each initiative and fiscal year of the roadmap period (roadmap.period)';
COMMENT ON COLUMN report.initiative_years.fiscal_year_label IS '年度の表記 (R7 など) / Fiscal year label (R7 …)';
COMMENT ON COLUMN report.department_progress.fiscal_year_label IS '年度の表記 (R7 など) / Fiscal year label (R7 …)';
COMMENT ON COLUMN report.budget_summary.budget_fiscal_year IS
    '事業費の年度 (ロードマップ期間の初年度、西暦) / Fiscal year of the budget: the roadmap period''s first (Gregorian)';
COMMENT ON COLUMN report.budget_summary.budget_thousand_yen IS
    'budget_fiscal_year の事業費の合計 (千円) / Sum of the budgets of budget_fiscal_year in thousand yen';
