-- Free-text answers a member of staff approved as quotes that reports may use: who, and when.
CREATE TABLE quotes (
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    approved_by TEXT NOT NULL REFERENCES users (id),
    approved_at TIMESTAMP NOT NULL,
    PRIMARY KEY (response_id, question_id)
);

-- Who marked a concern seen, and when.
ALTER TABLE concerns ADD COLUMN seen_by TEXT REFERENCES users (id);
ALTER TABLE concerns ADD COLUMN seen_at TIMESTAMP;
