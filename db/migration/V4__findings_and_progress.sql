-- Gap checks (gap-rules.md): the findings of the latest check, the reporting year it used, and the views that
-- show statuses, findings, department progress and budgets.

-- Every current initiative x roadmap year with what the checks need; internal, not for BI tools.
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
       f.actual_source_location
FROM dw.project p
JOIN dw.initiative i ON i.project_version_id = p.project_version_id
JOIN dw.initiative_year f ON f.initiative_id = i.initiative_id
WHERE p.is_current
  AND f.fiscal_year BETWEEN 2024 AND 2028;

-- The reporting fiscal year of the latest check (one row at most).
CREATE TABLE dw.check_state (
    singleton              boolean     PRIMARY KEY DEFAULT true CHECK (singleton),
    reporting_fiscal_year  integer     NOT NULL,
    checked_at             timestamptz NOT NULL
);

-- The findings of the latest check, recomputed from scratch by every check.
CREATE TABLE dw.finding (
    finding_id             bigserial   PRIMARY KEY,
    finding_type           text        NOT NULL,
    severity               text        NOT NULL CHECK (severity IN ('error', 'warning')),
    reporting_fiscal_year  integer     NOT NULL,
    department             text,
    section                text,
    project_name           text,
    initiative_name        text,
    fiscal_year            integer,
    message                text        NOT NULL,
    submission_id          bigint      REFERENCES dw.submission,
    source_location        text,
    detected_at            timestamptz NOT NULL
);
CREATE INDEX finding_type ON dw.finding (finding_type);
CREATE INDEX initiative_year_fiscal_year ON dw.initiative_year (fiscal_year);

CREATE OR REPLACE VIEW report.initiative_years AS
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

CREATE VIEW report.findings AS
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
       f.detected_at
FROM dw.finding f
LEFT JOIN dw.submission s ON s.submission_id = f.submission_id;

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

-- A joint project's budget is counted once, under its departments as written (joined by ・).
CREATE VIEW report.budget_summary AS
SELECT p.field,
       p.category,
       p.department,
       count(*)::integer AS projects,
       (count(*) FILTER (WHERE p.is_priority))::integer AS priority_projects,
       sum(p.budget_r6_thousand_yen) AS budget_r6_thousand_yen
FROM dw.project p
WHERE p.is_current
GROUP BY p.field, p.category, p.department;

-- report.project_organizations shows the current name of a department whose section moved (2024-04-01): when
-- the organisation row a project was loaded with is no longer current, the one current row of the same section
-- names the department now. A section name that several departments use (総務課) is left as submitted.
CREATE OR REPLACE VIEW report.project_organizations AS
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
