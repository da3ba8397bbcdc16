-- The submission schedule as configured, replaced by every check.

-- name: CLEAR
DELETE FROM dw.submission_schedule;

-- name: ADD
-- A department named twice for one year keeps its latest line.
INSERT INTO dw.submission_schedule (department, reporting_fiscal_year, opens_on, due_on)
VALUES (:department, :year, :opens_on, :due_on)
ON CONFLICT (department, reporting_fiscal_year) DO UPDATE SET opens_on = excluded.opens_on, due_on = excluded.due_on;

-- name: MISSING_LATE_SET_ASIDE
SELECT state, department, due_on
FROM report.submission_status
WHERE reporting_fiscal_year = :year AND state IN ('missing', 'late', 'set_aside_only')
ORDER BY state, department;

-- name: REPORTING_YEAR
SELECT reporting_fiscal_year FROM dw.check_state;

-- name: ANY_FILE
-- Whether the warehouse has loaded any file, or set any aside: an empty warehouse owes no list of the missing.
SELECT EXISTS (SELECT 1 FROM dw.submission) OR EXISTS (SELECT 1 FROM dw.quarantined_file);
