ALTER TABLE emails DROP COLUMN lease_until;
ALTER TABLE contact_requests DROP COLUMN lease_until;
ALTER TABLE contact_requests DROP COLUMN good_time;
ALTER TABLE contact_requests DROP COLUMN safe_ways;
DROP TABLE settings;
ALTER TABLE concerns DROP COLUMN notified;
ALTER TABLE concerns DROP COLUMN reason;
ALTER TABLE questions DROP COLUMN help_if;
