-- Answers that put help first (a survey file's help_if), as JSON: a response that gives one
-- gets help at once and goes on the concerns list.
ALTER TABLE questions ADD COLUMN help_if TEXT;

-- Why each answer is on the concerns list (the list, category and phrase of concern, or the
-- worrying answer chosen), for the designated lead; and whether the lead has been told.
ALTER TABLE concerns ADD COLUMN reason TEXT;
ALTER TABLE concerns ADD COLUMN notified INTEGER NOT NULL DEFAULT 0 CHECK (notified IN (0, 1));
UPDATE concerns SET notified = 1;

-- Settings ourvoice makes for itself: the secret that turns an answer into the reference staff
-- pages use for it (never the response id a young person's device was told).
CREATE TABLE settings (
    name TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);

-- A contact request says which ways of reaching the young person are safe (call, text, email,
-- in person) and when is a good time.
ALTER TABLE contact_requests ADD COLUMN safe_ways TEXT;
ALTER TABLE contact_requests ADD COLUMN good_time TEXT;

-- An attempt at sending holds a lease: another process (or a second attempt in this one) can
-- take it only after the lease ends, so an email in flight is never sent twice.
ALTER TABLE contact_requests ADD COLUMN lease_until TIMESTAMP;
ALTER TABLE emails ADD COLUMN lease_until TIMESTAMP;
