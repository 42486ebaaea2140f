-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The last staff table import's row-by-row report, kept with the application so that the applicant
-- sees it again on return; a later import replaces it.
CREATE TABLE staff_import_reports (
    application_id  BIGINT       NOT NULL PRIMARY KEY REFERENCES applications (id),
    filename        VARCHAR(300) NOT NULL,
    report          TEXT         NOT NULL,
    imported_by     VARCHAR(100) NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
