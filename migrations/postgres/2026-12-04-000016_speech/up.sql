-- Read-aloud audio, made ahead of time: one clip per words and voice (see src/speech.rs),
-- kept by a hash of them, so the same words asked in two surveys are made once.
CREATE TABLE speech (
    key TEXT PRIMARY KEY NOT NULL,
    audio BYTEA NOT NULL
);
