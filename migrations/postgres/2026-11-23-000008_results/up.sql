-- Results are read from running totals, kept in step with the answers in the same
-- transaction, so a survey of any size reads in milliseconds. A response is counted once:
-- `counted` marks the ones already added (rows written by other means are added on the next
-- write or read).
ALTER TABLE responses ADD COLUMN counted INTEGER NOT NULL DEFAULT 0 CHECK (counted IN (0, 1));
CREATE INDEX responses_uncounted ON responses (survey_id) WHERE counted = 0;

-- How many chose each answer, for everyone (by_question = '') and within each group of an
-- about-you question (by_question, by_value). value = '' counts the responses that answered
-- question_id at all; question_id = value = '' counts the responses.
CREATE TABLE answer_counts (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    by_question TEXT NOT NULL,
    by_value TEXT NOT NULL,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (survey_id, by_question, by_value, question_id, value)
);

-- Free-text answers by the priority and theme the text pipeline (or staff) gave them; ''
-- where there is none.
CREATE TABLE theme_counts (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    priority TEXT NOT NULL,
    theme TEXT NOT NULL,
    n BIGINT NOT NULL,
    PRIMARY KEY (survey_id, priority, theme)
);

-- Tokens for tools that read results (GET /api/v1/surveys/{slug}/results): only a SHA-256
-- of each is kept.
CREATE TABLE api_tokens (
    hash TEXT PRIMARY KEY NOT NULL,
    name TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL
);
