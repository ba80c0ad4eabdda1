DROP TABLE answers;
DROP TABLE responses;
DROP TABLE question_translations;
DROP TABLE survey_translations;
DROP TABLE questions;
DROP TABLE surveys;
