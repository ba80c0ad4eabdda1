DROP TABLE api_tokens;
DROP TABLE theme_counts;
DROP TABLE answer_counts;
DROP INDEX responses_uncounted;
ALTER TABLE responses DROP COLUMN counted;
