-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- Idempotency keys are kept for qualify.idempotency-key-ttl; the periodic purge deletes them by age.
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

-- Failed HTTP Basic logins per username, whether or not an account has that name (a lock-out must
-- not tell which usernames exist): the failures counted since window_start and, once there were too
-- many, until when the username is locked out. In the database, so that every instance counts the
-- same failures. A successful login deletes the row; the periodic purge deletes rows whose window
-- has passed and that lock nothing.
CREATE TABLE login_failures (
    username      VARCHAR(100) NOT NULL PRIMARY KEY,
    failures      INT          NOT NULL,
    window_start  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE
);
CREATE INDEX login_failures_window ON login_failures (window_start);
