DROP TABLE survey_comments;
