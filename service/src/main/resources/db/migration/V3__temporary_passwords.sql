-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A password an administrator set (for a new account or in place of a forgotten one) is temporary:
-- until the account changes it itself (PUT /api/me/password), every request but GET /api/me and the
-- change answers 403 password-change-required. In the database, read with the credentials on every
-- login, so that every instance sees the flag set and cleared at once. Accounts existing before this
-- migration keep working as they are (FALSE): whose last password an administrator set is not known.
ALTER TABLE accounts ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
