-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- The statutory clock on every filing (docs/PROCEDURE.md). A filing starts the terms of the Law
-- "On licensing" on the licensor's day it arrived (Astana time); a resubmission after a return starts
-- them afresh. The last day of the completeness check and of the decision are kept with the filing,
-- so that queues sort by them in the database; where a term stands today is computed on reading.
ALTER TABLE submissions ADD COLUMN filed_on DATE;
ALTER TABLE submissions ADD COLUMN check_due DATE;
ALTER TABLE submissions ADD COLUMN decision_due DATE;

-- The latest filing's day and deadlines, on the application itself: what queues sort and filter by.
-- An application never filed has no filed_on: it is the applicant's draft, which officers never see.
ALTER TABLE applications ADD COLUMN filed_on DATE;
ALTER TABLE applications ADD COLUMN first_filed_on DATE;
ALTER TABLE applications ADD COLUMN check_due DATE;
ALTER TABLE applications ADD COLUMN decision_due DATE;
-- How many times it was filed: from the second filing on, a filing is a resubmission.
ALTER TABLE applications ADD COLUMN filings INT DEFAULT 0 NOT NULL;

-- Filings made before this migration: their day (in the database session's time zone, close enough
-- for the past); the deadlines are computed from it at the next start (DeadlineBackfill).
UPDATE submissions SET filed_on = CAST(submitted_at AS DATE);
UPDATE applications SET
    filed_on = (SELECT MAX(s.filed_on) FROM submissions s WHERE s.application_id = applications.id),
    first_filed_on = (SELECT MIN(s.filed_on) FROM submissions s WHERE s.application_id = applications.id),
    filings = (SELECT COUNT(*) FROM submissions s WHERE s.application_id = applications.id);
CREATE INDEX applications_decision_due ON applications (decision_due);
