-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A document is bound to one slot of the requirement it proves (core's Evidence: need-<n> for a
-- need, doc-<code> for a listed document); only a bound file counts as evidence.
ALTER TABLE documents ADD COLUMN slot VARCHAR(200);
ALTER TABLE documents ADD CONSTRAINT documents_slot_with_requirement
    CHECK (slot IS NULL OR requirement_id IS NOT NULL);

-- A document replaced or deleted while the application is a draft or returned is not forgotten:
-- an earlier filing's receipt lists it with its hash, and its bytes stay in the store.
ALTER TABLE documents ADD COLUMN removed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE documents ADD COLUMN replaced_by BIGINT REFERENCES documents (id);
CREATE INDEX documents_application_current ON documents (application_id, removed_at);
