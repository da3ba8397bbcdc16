-- A project's organisations are linked to the organisation dimension as they are copied (the loader reads the
-- current rows once per chunk) and go straight into dw.project_organization: their staging table is unused.
DROP TABLE staging.project_organization;
