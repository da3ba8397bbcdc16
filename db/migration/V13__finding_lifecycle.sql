-- Findings that live from night to night (gap-rules.md "Lifecycle"): every finding has a stable key; the history
-- keeps one row per key and reporting year with its state; each check compares what it found with it.

-- What the running check found, before it is compared with the history. Only the run-lock holder checks.
CREATE UNLOGGED TABLE staging.finding (
    found_id               bigserial PRIMARY KEY,
    finding_type           text    NOT NULL,
    severity               text    NOT NULL,
    reporting_fiscal_year  integer NOT NULL,
    department             text,
    section                text,
    project_name           text,
    initiative_name        text,
    fiscal_year            integer,
    message                text    NOT NULL,
    submission_id          bigint,
    source_location        text,
    project_key            text,
    identity               text    NOT NULL,
    duplicate              integer,
    -- The stable key: type, reporting year, identity; two findings of one identity are told apart by duplicate.
    finding_key            text    GENERATED ALWAYS AS (md5(finding_type || E'\x1f' || reporting_fiscal_year::text
                                   || E'\x1f' || identity || E'\x1f' || coalesce(duplicate::text, ''))) STORED
);

ALTER TABLE dw.finding ADD COLUMN finding_key text;
ALTER TABLE dw.finding ADD COLUMN state text CHECK (state IN ('new', 'open', 'reopened'));
ALTER TABLE dw.finding ADD COLUMN first_seen_at timestamptz;
ALTER TABLE dw.finding ADD COLUMN project_key text;
CREATE INDEX finding_key ON dw.finding (finding_key);
-- BI tools read findings a department at a time.
CREATE INDEX finding_department ON dw.finding (department);

-- One row per finding key ever seen for a reporting year; the columns of its latest sighting.
CREATE TABLE dw.finding_history (
    reporting_fiscal_year  integer     NOT NULL,
    finding_key            text        NOT NULL,
    finding_type           text        NOT NULL,
    severity               text        NOT NULL,
    department             text,
    section                text,
    project_name           text,
    initiative_name        text,
    fiscal_year            integer,
    message                text        NOT NULL,
    submission_id          bigint      REFERENCES dw.submission,
    source_location        text,
    project_key            text,
    detected_at            timestamptz NOT NULL,
    state                  text        NOT NULL CHECK (state IN ('open', 'resolved')),
    first_seen_at          timestamptz NOT NULL,
    last_seen_at           timestamptz NOT NULL,
    resolved_at            timestamptz,
    times_reopened         integer     NOT NULL DEFAULT 0,
    PRIMARY KEY (reporting_fiscal_year, finding_key)
);
-- Open findings per department and severity, read by report.submission_status without touching the rows.
CREATE INDEX finding_history_open ON dw.finding_history (reporting_fiscal_year, department, severity) WHERE state = 'open';
CREATE INDEX finding_history_department ON dw.finding_history (department, reporting_fiscal_year);
CREATE INDEX finding_history_resolved_at ON dw.finding_history (resolved_at) WHERE resolved_at IS NOT NULL;

-- The project versions of one project in order, for the previous version of each.
CREATE INDEX project_key_version ON dw.project (project_key, project_version_id);
CREATE INDEX initiative_version ON dw.initiative (project_version_id);

-- Who sent a file (submission-format.md): a file in a department's subfolder of the inbox belongs to it.
ALTER TABLE dw.submission ADD COLUMN inbox_department text;
ALTER TABLE dw.quarantined_file ADD COLUMN inbox_department text;

-- The submission schedule as configured (roadmap.submission.schedule), replaced by every check.
-- department '*' stands for every department of the organisation master valid on opens_on.
CREATE TABLE dw.submission_schedule (
    department             text    NOT NULL,
    reporting_fiscal_year  integer NOT NULL,
    opens_on               date    NOT NULL,
    due_on                 date    NOT NULL,
    PRIMARY KEY (department, reporting_fiscal_year)
);
