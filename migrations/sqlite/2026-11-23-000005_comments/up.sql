-- Review comments on a survey, or on one of its questions; ambassadors read and answer them.
CREATE TABLE survey_comments (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    question_id TEXT,
    user_id TEXT NOT NULL REFERENCES users (id),
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
CREATE INDEX survey_comments_survey ON survey_comments (survey_id, created_at);
