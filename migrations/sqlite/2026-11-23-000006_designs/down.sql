DROP TABLE designs;
