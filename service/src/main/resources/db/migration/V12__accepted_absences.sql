-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- Where the law makes a need conditional on a fact the dossier cannot settle ("при их
-- использовании"), the officer may accept that it is absent, with no document behind it: one row per
-- need of a filing, with the officer's reason. A filing's acceptances end with it (a resubmission is
-- a new filing and is reviewed anew).
CREATE TABLE accepted_absences (
    submission_id   BIGINT       NOT NULL REFERENCES submissions (id),
    requirement_id  VARCHAR(100) NOT NULL,
    slot            VARCHAR(200) NOT NULL,
    reason          TEXT         NOT NULL,
    officer         VARCHAR(100) NOT NULL,
    accepted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT accepted_absences_need PRIMARY KEY (submission_id, requirement_id, slot)
);
