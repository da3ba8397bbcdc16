-- The report views BI tools read (warehouse-contract.md). Current state only; names are the contract's.

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
       p.valid_from AS loaded_at
FROM dw.project p
JOIN dw.submission s ON s.submission_id = p.submission_id
WHERE p.is_current;

CREATE VIEW report.project_organizations AS
SELECT p.project_name,
       o.department,
       o.section
FROM dw.project p
JOIN dw.project_organization o ON o.project_version_id = p.project_version_id
WHERE p.is_current;

CREATE VIEW report.initiative_years AS
SELECT p.project_name,
       p.department,
       p.section,
       i.initiative_name,
       i.initiative_section,
       i.initiative_seq,
       f.fiscal_year,
       y.label AS fiscal_year_label,
       f.plan_text,
       f.plan_text_resolved,
       f.actual_text,
       NULL::text AS status,
       NULL::integer AS reporting_fiscal_year
FROM dw.project p
JOIN dw.initiative i ON i.project_version_id = p.project_version_id
JOIN dw.initiative_year f ON f.initiative_id = i.initiative_id
JOIN dw.fiscal_year y ON y.fiscal_year = f.fiscal_year
WHERE p.is_current
  AND y.is_roadmap_year;
