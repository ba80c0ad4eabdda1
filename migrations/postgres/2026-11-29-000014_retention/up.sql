-- When the duty team marked a contact request handled; a set time after it, the young
-- person's name and details are erased (the row stays, so requests can still be counted).
ALTER TABLE contact_requests ADD COLUMN handled_on DATE;
