DROP TABLE contact_requests;
DROP TABLE concerns;
ALTER TABLE answers DROP COLUMN themes;
ALTER TABLE answers DROP COLUMN priority;
