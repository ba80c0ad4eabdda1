ALTER TABLE contact_requests DROP COLUMN handled_on;
