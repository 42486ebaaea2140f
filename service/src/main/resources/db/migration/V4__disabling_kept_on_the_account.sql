-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- Why, by whom and when an account was disabled, on the account itself: an administrator looking
-- at a disabled account sees the reason without searching the audit trail (which keeps every
-- disabling and enabling with its reason as before). Cleared when the account is enabled again.
-- Accounts disabled before this migration have no recorded reason here (the audit trail has it).
ALTER TABLE accounts ADD COLUMN disabled_reason VARCHAR(2000);
ALTER TABLE accounts ADD COLUMN disabled_by VARCHAR(100);
ALTER TABLE accounts ADD COLUMN disabled_at TIMESTAMP WITH TIME ZONE;
