-- The salt for a survey's single-use codes, made when its first codes are.
ALTER TABLE surveys ADD COLUMN code_salt TEXT;

-- A single-use code, only as a salted SHA-256 hash, with a "used" mark. Nothing records when
-- it was used or which response it unlocked.
CREATE TABLE codes (
    hash TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;
CREATE INDEX codes_survey ON codes (survey_id);

-- A child's answers while they go through a survey, under the random id in their cookie.
-- Deleted when they send, and purged once expired (within a day).
CREATE TABLE drafts (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    answers TEXT NOT NULL,              -- JSON {question id: [values]}
    code_hash TEXT,                     -- the code checked at the start, redeemed on sending
    expires_at TIMESTAMP NOT NULL
);
CREATE INDEX drafts_expiry ON drafts (expires_at);
