-- Paper: a print batch is the short code on every sheet of one printing (never a child); its
-- sheets are keyed twice, and only matching keyings become a response. A sheet's keyed
-- answers are kept only until then: a finished sheet keeps its number and status alone.
CREATE TABLE paper_batches (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys(id),
    language TEXT NOT NULL,
    copies INTEGER NOT NULL,
    made_at TIMESTAMP NOT NULL,
    made_by TEXT REFERENCES users(id)
);
CREATE TABLE paper_sheets (
    batch_id TEXT NOT NULL REFERENCES paper_batches(id),
    sheet INTEGER NOT NULL,
    status TEXT NOT NULL,
    first_by TEXT REFERENCES users(id),
    first_at TIMESTAMP,
    first_answers TEXT,
    second_by TEXT REFERENCES users(id),
    second_answers TEXT,
    PRIMARY KEY (batch_id, sheet)
);
-- Kiosks: a tablet set up by staff to take answers offline, with a token that ends and a
-- limit on how many answers it may send.
CREATE TABLE kiosks (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys(id),
    token_hash TEXT NOT NULL UNIQUE,
    made_by TEXT REFERENCES users(id),
    made_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    response_limit INTEGER NOT NULL
);
-- What has been received, so an answer sent twice (a kiosk's retry, a sheet keyed again) is
-- stored once: written in the same transaction as the response, and never joined to it.
CREATE TABLE receipts (
    id TEXT PRIMARY KEY NOT NULL,
    kiosk_id TEXT REFERENCES kiosks(id)
);
CREATE INDEX receipts_by_kiosk ON receipts (kiosk_id);
