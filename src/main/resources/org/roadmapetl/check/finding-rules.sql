-- The finding types of gap-rules.md, one complete statement each (the five of one initiative-year share one scan),
-- over the current state of every project. Each adds its findings to staging.finding. Named parameters: :year (the reporting fiscal year), :period_first and
-- :period_last (the roadmap period's first and last years), :first_label and :period_label (R6, R6〜R10). Each row carries its identity: the match keys of its project and initiative,
-- its fiscal year and, for a value or organisation problem, the name or cell; never its message or a row id.
-- Longest first (at 100,000 projects: 2.8, 1.0, 0.7, 0.6, 0.5, 0.1 and 0.03 s): the check's lanes take them in this
-- order, so the short ones fill in at the end.

-- name: CELL_RULES
-- MISSING_ACTUAL, UNPLANNED_ACTUAL, FUTURE_ACTUAL, PLAN_AFTER_END and PLAN_BEFORE_START, the rules of one
-- initiative-year each, in one scan of the current initiative-years. A start or end year outside dw.fiscal_year
-- has no label and makes no finding.
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
SELECT r.finding_type, r.severity, :year, c.department, coalesce(c.initiative_section, c.section), c.project_name,
       c.initiative_name, c.fiscal_year, r.message, c.submission_id, r.source_location, c.project_key,
       format(E'%s\x1f%s\x1f%s', c.project_key, c.initiative_key, c.fiscal_year)
FROM dw.current_initiative_year c
LEFT JOIN dw.fiscal_year s ON s.fiscal_year = c.start_fiscal_year
LEFT JOIN dw.fiscal_year e ON e.fiscal_year = c.end_fiscal_year
CROSS JOIN LATERAL (
    SELECT 'MISSING_ACTUAL', 'error',
           format('取組「%s」の%s年度の実績が未記入です。計画「%s」に対する実績を記入してください',
                  c.initiative_name, dw.fiscal_year_label(c.fiscal_year), left(c.plan_text_resolved, 60)),
           c.plan_source_location
    WHERE c.has_plan AND NOT c.has_actual AND c.fiscal_year <= :year
    UNION ALL
    SELECT 'UNPLANNED_ACTUAL', 'warning',
           format('取組「%s」の%s年度に計画のない実績「%s」があります。計画を記入するか、実績の年度を確認してください',
                  c.initiative_name, dw.fiscal_year_label(c.fiscal_year), left(c.actual_text_resolved, 60)),
           c.actual_source_location
    WHERE c.has_actual AND NOT c.has_plan
    UNION ALL
    SELECT 'FUTURE_ACTUAL', 'warning',
           format('取組「%s」の%s年度はまだ来ていない年度ですが、実績「%s」が記入されています。年度を確認してください',
                  c.initiative_name, dw.fiscal_year_label(c.fiscal_year), left(c.actual_text_resolved, 60)),
           c.actual_source_location
    WHERE c.has_actual AND c.fiscal_year > :year
    UNION ALL
    SELECT 'PLAN_AFTER_END', 'warning',
           format('取組「%s」の%s年度に計画がありますが、事業終期 (%s) より後の年度です。事業終期か計画の年度を見直してください',
                  c.initiative_name, dw.fiscal_year_label(c.fiscal_year), dw.fiscal_year_label(e.fiscal_year)),
           c.plan_source_location
    WHERE c.has_plan AND NOT c.is_open_ended AND c.fiscal_year > c.end_fiscal_year AND e.fiscal_year IS NOT NULL
    UNION ALL
    SELECT 'PLAN_BEFORE_START', 'warning',
           format('取組「%s」の%s年度に計画がありますが、事業始期 (%s) より前の年度です。事業始期か計画の年度を見直してください',
                  c.initiative_name, dw.fiscal_year_label(c.fiscal_year), dw.fiscal_year_label(s.fiscal_year)),
           c.plan_source_location
    WHERE c.has_plan AND c.fiscal_year < c.start_fiscal_year AND s.fiscal_year IS NOT NULL
) AS r (finding_type, severity, message, source_location)
WHERE c.has_plan OR c.has_actual;

-- name: PROJECT_DROPPED
-- A current project of department D missing from D's latest submission (dw.department_latest_file).
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
WITH latest AS (
    SELECT department, array_agg(submission_id) AS submission_ids,
           string_agg(file_name, '」「' ORDER BY file_name) AS file_names
    FROM dw.department_latest_file
    GROUP BY department
)
SELECT DISTINCT ON (p.project_key) 'PROJECT_DROPPED', 'warning', :year, p.department, p.section, p.project_name, NULL, NULL,
       format('事業「%s」が%sの最新の提出「%s」に含まれていません（事業終期 %s）。事業を終えたのか記載漏れかを確認し、続く事業なら提出に含めてください',
              p.project_name, l.department, l.file_names, CASE WHEN p.is_open_ended THEN '未定' ELSE dw.fiscal_year_label(e.fiscal_year) END),
       p.submission_id, p.source_location, p.project_key, p.project_key
FROM dw.project p
JOIN dw.project_organization o ON o.project_version_id = p.project_version_id
JOIN latest l ON l.department = o.department
LEFT JOIN dw.fiscal_year e ON e.fiscal_year = p.end_fiscal_year
WHERE p.is_current AND (p.is_open_ended OR p.end_fiscal_year >= :year)
  AND NOT (p.submission_id = ANY (l.submission_ids))
  -- the latest submission holds other projects of D
  AND EXISTS (SELECT 1 FROM dw.project w JOIN dw.project_organization wo ON wo.project_version_id = w.project_version_id
              WHERE w.submission_id = ANY (l.submission_ids) AND wo.department = l.department)
  AND NOT EXISTS (SELECT 1 FROM dw.project v WHERE v.project_key = p.project_key AND v.submission_id = ANY (l.submission_ids))
ORDER BY p.project_key, l.department;

-- name: NO_PLAN_IN_ACTIVE_YEAR
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
SELECT 'NO_PLAN_IN_ACTIVE_YEAR', 'error', :year, p.department, p.section, p.project_name, NULL, y.fiscal_year,
       format('事業期間中の%s年度に、どの取組にも計画がありません。%s年度の計画を記入してください', dw.fiscal_year_label(y.fiscal_year), dw.fiscal_year_label(y.fiscal_year)),
       p.submission_id, p.source_location, p.project_key, format(E'%s\x1f\x1f%s', p.project_key, y.fiscal_year)
FROM dw.project p
JOIN dw.fiscal_year y ON y.fiscal_year BETWEEN :period_first AND :period_last
 AND y.fiscal_year >= p.start_fiscal_year
 AND y.fiscal_year <= CASE WHEN p.is_open_ended THEN :period_last ELSE coalesce(p.end_fiscal_year, :period_last) END
WHERE p.is_current AND p.start_fiscal_year IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM dw.initiative i
                  JOIN dw.initiative_year f ON f.initiative_id = i.initiative_id
                  JOIN dw.fiscal_year r ON r.fiscal_year = f.fiscal_year AND r.is_roadmap_year
                  WHERE i.project_version_id = p.project_version_id AND f.fiscal_year = y.fiscal_year
                    AND f.plan_text_resolved <> '');

-- name: PAST_PLAN_CHANGED
-- The plan of a year before the reporting year, as the project's previous version had it and as its current one has.
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
SELECT 'PAST_PLAN_CHANGED', 'warning', :year, c.department, coalesce(c.initiative_section, c.section), c.project_name,
       c.initiative_name, c.fiscal_year,
       format('取組「%s」の%s年度（過去の年度）の計画が前回の提出から変わっています。前回「%s」、今回「%s」。変更の理由を確認してください',
              c.initiative_name, dw.fiscal_year_label(c.fiscal_year), left(o.plan_text, 30), left(c.plan_text, 30)),
       c.submission_id, c.plan_source_location, c.project_key,
       format(E'%s\x1f%s\x1f%s', c.project_key, c.initiative_key, c.fiscal_year)
FROM (SELECT p.project_version_id,
             (SELECT max(q.project_version_id) FROM dw.project q
              WHERE q.project_key = p.project_key AND q.project_version_id < p.project_version_id) AS previous_id
      FROM dw.project p WHERE p.is_current) v
JOIN dw.current_initiative_year c ON c.project_version_id = v.project_version_id
JOIN dw.initiative pi ON pi.project_version_id = v.previous_id AND pi.initiative_key = c.initiative_key
JOIN dw.initiative_year o ON o.initiative_id = pi.initiative_id AND o.fiscal_year = c.fiscal_year
WHERE c.fiscal_year < :year AND o.plan_text <> c.plan_text;

-- name: EMPTY_INITIATIVE
-- An initiative with years of the period, none of them with a plan or an actual; grouped by its id alone.
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
SELECT 'EMPTY_INITIATIVE', 'error', :year, p.department, coalesce(i.initiative_section, p.section), p.project_name,
       i.initiative_name, NULL,
       format('取組「%s」には%sのどの年度にも計画も実績もありません。計画を記入するか、不要な取組を削除してください',
              i.initiative_name, :period_label),
       p.submission_id, p.source_location, p.project_key,
       format(E'%s\x1f%s\x1f', p.project_key, i.initiative_key)
FROM (SELECT c.initiative_id FROM dw.current_initiative_year c
      GROUP BY c.initiative_id HAVING NOT bool_or(c.has_plan OR c.has_actual)) x
JOIN dw.initiative i ON i.initiative_id = x.initiative_id
JOIN dw.project p ON p.project_version_id = i.project_version_id;

-- name: LOAD_PROBLEMS
-- The problems recorded while reading, for the current version of their project (or, for a problem of no
-- project, for a submission that still holds a current project). A value's identity is its text as submitted,
-- an organisation's its name: both stay when rows are inserted above them; a form problem's is its place.
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
SELECT x.problem_type, t.severity, :year, p.department, p.section, coalesce(p.project_name, x.project_name),
       x.initiative_name, x.fiscal_year, x.message, x.submission_id, x.source_location, p.project_key,
       format(E'%s\x1f%s\x1f%s\x1f%s', coalesce(x.project_key, s.file_name), x.initiative_name, x.fiscal_year,
              CASE WHEN x.project_key IS NULL OR x.submitted_text IS NULL THEN x.source_location ELSE x.submitted_text END)
FROM dw.load_problem x
JOIN (VALUES ('UNKNOWN_ORGANIZATION', 'warning'), ('UNREADABLE_VALUE', 'error'), ('UNDEFINED_CONTINUATION', 'warning'),
             ('UNREADABLE_FORM', 'error'), ('OUT_OF_PERIOD', 'warning'), ('CONTROL_CHARACTER', 'warning'))
    AS t (problem_type, severity) ON t.problem_type = x.problem_type
JOIN dw.submission s ON s.submission_id = x.submission_id
LEFT JOIN dw.project p ON p.project_key = x.project_key AND p.is_current
WHERE p.submission_id = x.submission_id
   OR (x.project_key IS NULL AND EXISTS (SELECT 1 FROM dw.project h
                                         WHERE h.submission_id = x.submission_id AND h.is_current));

-- name: MISSING_BUDGET
INSERT INTO staging.finding (finding_type, severity, reporting_fiscal_year, department, section, project_name,
                             initiative_name, fiscal_year, message, submission_id, source_location, project_key, identity)
SELECT 'MISSING_BUDGET', 'error', :year, p.department, p.section, p.project_name, NULL, NULL,
       format('%s事業費(千円) が未記入か読めません。%s年度の事業費を千円単位の数値で記入してください', :first_label, :first_label),
       p.submission_id, p.source_location, p.project_key, p.project_key
FROM dw.project p
WHERE p.is_current AND p.budget_thousand_yen IS NULL;
