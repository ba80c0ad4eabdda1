DROP TABLE drafts;
DROP TABLE codes;
ALTER TABLE surveys DROP COLUMN code_salt;
