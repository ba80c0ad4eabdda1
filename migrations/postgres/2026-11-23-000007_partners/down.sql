ALTER TABLE organisations DROP COLUMN contact_emails;
