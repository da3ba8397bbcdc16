-- New project versions are copied straight into dw.project (valid from the loading transaction's time, read once
-- per chunk): their staging table is unused.
DROP TABLE staging.project;
