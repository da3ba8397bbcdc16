-- A department's latest submission is every file of that department first loaded in the latest run that loaded
-- any (gap-rules.md, PROJECT_DROPPED): a rerun loads files again without making them any newer. job_execution_id
-- is the run that loaded a file last; the run that loaded it first is kept beside it. A file loaded before this
-- migration keeps its last run as its first, the best the warehouse knows.
ALTER TABLE dw.submission ADD COLUMN first_job_execution_id bigint;
UPDATE dw.submission SET first_job_execution_id = job_execution_id;
COMMENT ON COLUMN dw.submission.first_job_execution_id IS
    '初めて読み込んだ実行 (batch.batch_job_execution) / The run that first loaded the file';
