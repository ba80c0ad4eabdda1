-- Partner organisations (NHS, schools, police, housing, the council's own services) have
-- contact addresses that reports and reminders are sent to, as a JSON list.
ALTER TABLE organisations ADD COLUMN contact_emails TEXT NOT NULL DEFAULT '[]';
