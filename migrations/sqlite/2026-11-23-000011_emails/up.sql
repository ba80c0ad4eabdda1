-- Email to staff and partners, queued in the same transaction as what caused it, sent by the
-- outbox and retried until it goes. `dedupe` (when set) makes a second queueing of the same
-- email (a reminder run twice in a week) a no-op.
CREATE TABLE emails (
    id TEXT PRIMARY KEY NOT NULL,
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    text_body TEXT NOT NULL,
    html_body TEXT,
    dedupe TEXT UNIQUE,
    queued_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
CREATE INDEX emails_unsent ON emails (sent_at, queued_at);
