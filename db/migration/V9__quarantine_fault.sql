-- Whose fault a set-aside file was: 'department' (its content cannot be read; not tried again until it changes)
-- or 'internal' (an error of roadmap-etl; never held against the content, loaded once it is put back).
ALTER TABLE dw.quarantined_file
    ADD COLUMN fault text NOT NULL DEFAULT 'department' CHECK (fault IN ('department', 'internal'));
