-- Files that could not be read at all, set aside (moved to the quarantine folder beside the inbox, never deleted)
-- with the reason; a file with the same content is not tried again until it changes.
CREATE TABLE dw.quarantined_file (
    quarantined_file_id bigserial   PRIMARY KEY,
    file_name           text        NOT NULL,
    checksum_sha256     text        NOT NULL,
    format              text,
    reason              text        NOT NULL,
    moved_to            text,
    job_execution_id    bigint,
    quarantined_at      timestamptz NOT NULL
);
CREATE INDEX quarantined_file_checksum ON dw.quarantined_file (checksum_sha256);
