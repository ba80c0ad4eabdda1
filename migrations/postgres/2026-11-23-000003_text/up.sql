-- Free-text answers carry what the text pipeline made of them, so staff can correct it.
ALTER TABLE answers ADD COLUMN priority TEXT;
ALTER TABLE answers ADD COLUMN themes TEXT;     -- JSON list of sub-themes

-- Answers with words of concern, for the designated lead: the answer's place and nothing else.
CREATE TABLE concerns (
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    seen INTEGER NOT NULL DEFAULT 0 CHECK (seen IN (0, 1)),
    note TEXT,
    PRIMARY KEY (response_id, question_id)
);

-- "I'd like someone to contact me": not anonymous, and so kept apart from every answer, with
-- no id, survey or time closer than the day that could join the two.
CREATE TABLE contact_requests (
    id TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    contact TEXT NOT NULL,
    message TEXT,
    concern INTEGER NOT NULL DEFAULT 0 CHECK (concern IN (0, 1)),
    received_on DATE NOT NULL,
    sent INTEGER NOT NULL DEFAULT 0 CHECK (sent IN (0, 1)),
    attempts INTEGER NOT NULL DEFAULT 0,
    last_error TEXT
);
