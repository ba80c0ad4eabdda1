-- What those who may not see live figures (Promise Ambassadors, partners, the public, tools
-- with a token) see of a closed survey: its running totals as they were when it first closed,
-- so two looks at different times can never be subtracted to find one child's answers.
CREATE TABLE frozen_results (
    survey_id TEXT PRIMARY KEY NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    totals TEXT NOT NULL,
    frozen_at TIMESTAMP NOT NULL
);

-- A response that answered nothing tells nothing and must never count towards a survey's
-- threshold (it would make differences easier to read): such responses are removed, and the
-- running totals are counted again from the answers on the next read.
DELETE FROM responses WHERE NOT EXISTS (SELECT 1 FROM answers a WHERE a.response_id = responses.id);
DELETE FROM answer_counts;
DELETE FROM theme_counts;
UPDATE responses SET counted = 0;
