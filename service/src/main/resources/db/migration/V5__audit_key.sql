-- The audit trail's key (service/README.md, "The audit trail"). Each entry gets its authentication
-- code: HMAC-SHA256 of its hash under a key kept outside the database, so whoever can write to the
-- database alone cannot forge or rewrite an entry unnoticed. Entries written before the key existed
-- keep a null code; the first checkpoint of the chain's head, taken when the key came, holds them.
-- The key's id (a MAC of a fixed text, not the key) goes on the chain head, so an instance given
-- another key refuses to start instead of appending entries that no one can verify.
ALTER TABLE audit_log ADD COLUMN mac CHAR(64);
ALTER TABLE audit_head ADD COLUMN key_id CHAR(32);
