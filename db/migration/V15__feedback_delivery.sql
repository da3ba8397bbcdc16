-- When feedback was last written for each department and reporting year, so that the next workbook can show what
-- is new and what was resolved since. Internal (not a report view); written by feedback and by run.
CREATE TABLE dw.feedback_delivery (
    department             text        NOT NULL,
    reporting_fiscal_year  integer     NOT NULL,
    written_at             timestamptz NOT NULL,
    PRIMARY KEY (department, reporting_fiscal_year)
);
COMMENT ON TABLE dw.feedback_delivery IS '部局ごと・報告年度ごとの前回フィードバック作成日時 / When feedback was last written per department and reporting year';
