DROP TABLE report_changes;
DROP TABLE statements;
DROP TABLE report_surveys;
DROP TABLE reports;
