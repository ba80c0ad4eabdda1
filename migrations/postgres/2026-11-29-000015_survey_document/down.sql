-- Back to a column per field. SQL cannot read the survey files, so the wording does not come
-- back: each survey keeps its slug, title, summary, threshold and questions' kinds, with
-- placeholders for the rest. Export every survey (`ourvoice export`) before going down.
ALTER TABLE surveys ADD COLUMN audience TEXT NOT NULL DEFAULT 'everyone';
ALTER TABLE surveys ADD COLUMN intro TEXT NOT NULL DEFAULT '';
ALTER TABLE surveys ADD COLUMN thanks TEXT;
ALTER TABLE surveys ADD COLUMN designed_by TEXT NOT NULL DEFAULT '[]';
ALTER TABLE surveys ADD COLUMN access TEXT NOT NULL DEFAULT 'link' CHECK (access IN ('link', 'codes'));
ALTER TABLE surveys ADD COLUMN opens DATE;
ALTER TABLE surveys ADD COLUMN closes DATE;
ALTER TABLE surveys ADD COLUMN languages TEXT NOT NULL DEFAULT '["en"]';
ALTER TABLE questions ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE questions ADD COLUMN hint TEXT;
ALTER TABLE questions ADD COLUMN priority TEXT
    CHECK (priority IN ('home', 'education', 'health', 'relationships', 'independence'));
ALTER TABLE questions ADD COLUMN outcome TEXT;
ALTER TABLE questions ADD COLUMN options TEXT NOT NULL DEFAULT '[]';
ALTER TABLE questions ADD COLUMN labels TEXT;
ALTER TABLE questions ADD COLUMN max_chars INTEGER;
ALTER TABLE questions ADD COLUMN show_if TEXT;
ALTER TABLE questions ADD COLUMN help_if TEXT;

CREATE TABLE survey_translations (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    language TEXT NOT NULL,
    title TEXT NOT NULL,
    intro TEXT NOT NULL,
    thanks TEXT,
    PRIMARY KEY (survey_id, language)
);

CREATE TABLE question_translations (
    survey_id TEXT NOT NULL,
    question_id TEXT NOT NULL,
    language TEXT NOT NULL,
    text TEXT NOT NULL,
    hint TEXT,
    options TEXT,
    labels TEXT,
    PRIMARY KEY (survey_id, question_id, language),
    FOREIGN KEY (survey_id, question_id) REFERENCES questions (survey_id, id) ON DELETE CASCADE,
    FOREIGN KEY (survey_id, language) REFERENCES survey_translations (survey_id, language) ON DELETE CASCADE
);

ALTER TABLE surveys DROP COLUMN document;
