-- "You said, we did": a report answers one or more closed surveys.
CREATE TABLE reports (
    id TEXT PRIMARY KEY NOT NULL,
    title TEXT NOT NULL,
    intro TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'published')),
    created_at TIMESTAMP NOT NULL,
    published_at TIMESTAMP
);

CREATE TABLE report_surveys (
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    survey_id TEXT NOT NULL REFERENCES surveys (id),
    PRIMARY KEY (report_id, survey_id)
);

-- "You said" with its evidence (a JSON list of keys: figures and approved quotes), and "we
-- did / we will": the action, the partner responsible, when, and how it is going.
CREATE TABLE statements (
    id TEXT PRIMARY KEY NOT NULL,
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    priority TEXT NOT NULL CHECK (priority IN ('home', 'education', 'health', 'relationships', 'independence')),
    you_said TEXT NOT NULL,
    evidence TEXT NOT NULL,
    action TEXT NOT NULL,
    organisation_id TEXT REFERENCES organisations (id),
    due DATE,
    status TEXT NOT NULL CHECK (status IN ('planned', 'in_progress', 'done', 'not_possible')),
    reason TEXT
);
CREATE INDEX statements_report ON statements (report_id, position);

-- Every change to a report once it is published, dated, with who made it.
CREATE TABLE report_changes (
    id TEXT PRIMARY KEY NOT NULL,
    report_id TEXT NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
    user_id TEXT REFERENCES users (id),
    at TIMESTAMP NOT NULL,
    what TEXT NOT NULL
);
CREATE INDEX report_changes_report ON report_changes (report_id, at);
