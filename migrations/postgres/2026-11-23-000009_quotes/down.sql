ALTER TABLE concerns DROP COLUMN seen_at;
ALTER TABLE concerns DROP COLUMN seen_by;
DROP TABLE quotes;
