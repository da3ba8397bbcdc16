-- The warehouse: a star schema of projects, organisations and fiscal years around one fact per
-- initiative x fiscal year. Dimensions keep history (a changed project or organisation gets a new row, the
-- old one is closed); every fact keeps lineage back to its submission file and cell.

CREATE SCHEMA dw;
CREATE SCHEMA staging;
CREATE SCHEMA report;

CREATE TABLE dw.fiscal_year (
    fiscal_year      integer PRIMARY KEY,
    label            text    NOT NULL,
    japanese_label   text    NOT NULL,
    starts_on        date    NOT NULL,
    ends_on          date    NOT NULL,
    is_roadmap_year  boolean NOT NULL
);

INSERT INTO dw.fiscal_year (fiscal_year, label, japanese_label, starts_on, ends_on, is_roadmap_year)
SELECT y,
       CASE WHEN y >= 2019 THEN 'R' || (y - 2018) ELSE 'H' || (y - 1988) END,
       CASE WHEN y = 2019 THEN '令和元年度' WHEN y > 2019 THEN '令和' || (y - 2018) || '年度'
            WHEN y = 1989 THEN '平成元年度' ELSE '平成' || (y - 1988) || '年度' END,
       make_date(y, 4, 1), make_date(y + 1, 3, 31), y BETWEEN 2024 AND 2028
FROM generate_series(1989, 2060) AS y;

-- The organisation master, one row per (department, section) and validity period.
CREATE TABLE dw.organization (
    organization_id  bigserial PRIMARY KEY,
    department       text    NOT NULL,
    section          text    NOT NULL,
    department_key   text    NOT NULL,
    section_key      text    NOT NULL,
    valid_from       date    NOT NULL DEFAULT '-infinity',
    valid_to         date,
    is_current       boolean NOT NULL DEFAULT true,
    UNIQUE (department_key, section_key, valid_from)
);

-- One row per submission file, identified by its content checksum.
CREATE TABLE dw.submission (
    submission_id    bigserial PRIMARY KEY,
    file_name        text        NOT NULL,
    checksum_sha256  text        NOT NULL UNIQUE,
    format           text        NOT NULL,
    size_bytes       bigint      NOT NULL,
    departments      text[]      NOT NULL DEFAULT '{}',
    project_count    integer     NOT NULL DEFAULT 0,
    first_loaded_at  timestamptz NOT NULL,
    loaded_at        timestamptz NOT NULL,
    job_execution_id bigint
);

-- The project dimension, one row per version of a project; the current version has is_current.
CREATE TABLE dw.project (
    project_version_id          bigserial PRIMARY KEY,
    project_key                 text        NOT NULL,
    project_name                text        NOT NULL,
    field                       text        NOT NULL,
    category                    text        NOT NULL,
    department                  text        NOT NULL,
    section                     text        NOT NULL,
    budget_r6_thousand_yen      bigint,
    budget_note                 text,
    is_priority                 boolean,
    is_future_response          boolean,
    start_fiscal_year           integer,
    start_fiscal_year_submitted text,
    end_fiscal_year             integer,
    is_open_ended               boolean     NOT NULL,
    overview                    text        NOT NULL,
    content_hash                text        NOT NULL,
    submission_id               bigint      NOT NULL REFERENCES dw.submission,
    source_location             text        NOT NULL,
    valid_from                  timestamptz NOT NULL,
    valid_to                    timestamptz,
    is_current                  boolean     NOT NULL
);
CREATE UNIQUE INDEX project_current_key ON dw.project (project_key) WHERE is_current;
CREATE INDEX project_submission ON dw.project (submission_id);

-- A project's departments and sections after splitting joint names, each linked to the master row that was
-- valid when the project version was loaded (NULL for a name the master does not know).
CREATE TABLE dw.project_organization (
    project_version_id bigint  NOT NULL REFERENCES dw.project,
    ordinal            integer NOT NULL,
    department         text,
    section            text,
    organization_id    bigint REFERENCES dw.organization,
    PRIMARY KEY (project_version_id, ordinal)
);

CREATE TABLE dw.initiative (
    initiative_id      bigserial PRIMARY KEY,
    project_version_id bigint  NOT NULL REFERENCES dw.project,
    initiative_seq     integer NOT NULL,
    initiative_name    text    NOT NULL,
    initiative_key     text    NOT NULL,
    initiative_section text,
    source_location    text,
    UNIQUE (project_version_id, initiative_seq)
);

-- The fact: one initiative in one fiscal year, its plan and actual as submitted, canonical and resolved.
CREATE TABLE dw.initiative_year (
    initiative_id          bigint  NOT NULL REFERENCES dw.initiative,
    fiscal_year            integer NOT NULL REFERENCES dw.fiscal_year,
    plan_text_submitted    text    NOT NULL,
    plan_text              text    NOT NULL,
    plan_text_resolved     text    NOT NULL,
    plan_source_location   text,
    actual_text_submitted  text    NOT NULL,
    actual_text            text    NOT NULL,
    actual_text_resolved   text    NOT NULL,
    actual_source_location text,
    submission_id          bigint  NOT NULL REFERENCES dw.submission,
    PRIMARY KEY (initiative_id, fiscal_year)
);

-- What reading a submission found (unreadable values, undefined continuations, unknown organisations…),
-- replaced each time the submission is applied. The checks turn these into findings.
CREATE TABLE dw.load_problem (
    problem_id      bigserial PRIMARY KEY,
    submission_id   bigint      NOT NULL REFERENCES dw.submission,
    problem_type    text        NOT NULL,
    project_key     text,
    project_name    text,
    initiative_name text,
    fiscal_year     integer,
    submitted_text  text,
    message         text        NOT NULL,
    suggestion      text,
    source_location text,
    detected_at     timestamptz NOT NULL
);
CREATE INDEX load_problem_submission ON dw.load_problem (submission_id);

-- Staging: the rows of one chunk of submissions arrive here by COPY, keys already drawn from the warehouse's
-- sequences, and go on to the dimension and fact tables by plain INSERT ... SELECT in the same transaction,
-- which then empties staging again. Only the run holding the run lock uses these tables.
CREATE UNLOGGED TABLE staging.project (
    project_version_id bigint NOT NULL, submission_id bigint NOT NULL, project_key text NOT NULL,
    project_name text NOT NULL, field text NOT NULL, category text NOT NULL, department text NOT NULL,
    section text NOT NULL, budget_r6_thousand_yen bigint, budget_note text, is_priority boolean,
    is_future_response boolean, start_fiscal_year integer, start_fiscal_year_submitted text, end_fiscal_year integer,
    is_open_ended boolean NOT NULL, overview text NOT NULL, content_hash text NOT NULL, source_location text NOT NULL
);
CREATE UNLOGGED TABLE staging.project_organization (
    project_version_id bigint NOT NULL, ordinal integer NOT NULL, department text, section text,
    department_key text, section_key text
);
CREATE UNLOGGED TABLE staging.initiative (
    initiative_id bigint NOT NULL, project_version_id bigint NOT NULL, initiative_seq integer NOT NULL,
    initiative_name text NOT NULL, initiative_key text NOT NULL, initiative_section text, source_location text
);
CREATE UNLOGGED TABLE staging.initiative_year (
    initiative_id bigint NOT NULL, fiscal_year integer NOT NULL, submission_id bigint NOT NULL,
    plan_text_submitted text NOT NULL, plan_text text NOT NULL, plan_text_resolved text NOT NULL,
    plan_source_location text, actual_text_submitted text NOT NULL, actual_text text NOT NULL,
    actual_text_resolved text NOT NULL, actual_source_location text
);
CREATE UNLOGGED TABLE staging.load_problem (
    submission_id bigint NOT NULL, problem_type text NOT NULL, project_key text, project_name text,
    initiative_name text, fiscal_year integer, submitted_text text, message text NOT NULL, suggestion text,
    source_location text
);
