-- Portable SQL: runs on PostgreSQL 15 and on H2 in PostgreSQL mode.

-- A notice's e-mail is kept until it is sent: mail_due_at is when the next try is due (null: nothing to
-- send, sent, or given up), mail_attempts how many tries failed, mail_error the last failure's reason.
-- A mail the SMTP server refused is tried again with a growing pause, a bounded number of times.
ALTER TABLE notifications ADD COLUMN mail_due_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notifications ADD COLUMN mail_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE notifications ADD COLUMN mail_error VARCHAR(500);
CREATE INDEX notifications_mail_due ON notifications (mail_due_at);
