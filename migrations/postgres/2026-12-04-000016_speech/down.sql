DROP TABLE speech;
