-- Surveys and their questions, as designed; responses and answers, shaped for anonymity:
-- a response holds no IP, no user agent and no time finer than the week it was sent.

CREATE TABLE surveys (
    id TEXT PRIMARY KEY NOT NULL,
    slug TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    audience TEXT NOT NULL,
    summary TEXT,
    intro TEXT NOT NULL,
    thanks TEXT,
    designed_by TEXT NOT NULL,          -- JSON list of names
    access TEXT NOT NULL CHECK (access IN ('link', 'codes')),
    opens DATE,
    closes DATE,
    report_threshold INTEGER NOT NULL CHECK (report_threshold >= 3),
    languages TEXT NOT NULL,            -- JSON list of language tags
    status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'approved', 'open', 'closed')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE questions (
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('scale', 'choice', 'multi', 'yes_no', 'text')),
    text TEXT NOT NULL,
    hint TEXT,
    priority TEXT CHECK (priority IN ('home', 'education', 'health', 'relationships', 'independence')),
    outcome TEXT,
    options TEXT NOT NULL,              -- JSON list, empty unless choice or multi
    labels TEXT,                        -- JSON list of five, scale only
    max_chars INTEGER,
    about_you INTEGER NOT NULL CHECK (about_you IN (0, 1)),
    show_if TEXT,                       -- JSON {"question": id, "is": a} or {"question": id, "any_of": [..]}
    PRIMARY KEY (survey_id, id)
);

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
    options TEXT,                       -- JSON list, same order as the English options
    labels TEXT,                        -- JSON list of five
    PRIMARY KEY (survey_id, question_id, language),
    FOREIGN KEY (survey_id, question_id) REFERENCES questions (survey_id, id) ON DELETE CASCADE,
    FOREIGN KEY (survey_id, language) REFERENCES survey_translations (survey_id, language) ON DELETE CASCADE
);

-- A response: a random id, its survey, the language used, and the Monday of the week it was
-- sent. Nothing else, so nothing here can tell who sent it or in what order.
CREATE TABLE responses (
    id TEXT PRIMARY KEY NOT NULL,
    survey_id TEXT NOT NULL REFERENCES surveys (id) ON DELETE RESTRICT,
    language TEXT NOT NULL,
    week DATE NOT NULL
) WITHOUT ROWID; -- no hidden rowid either: it would record the order responses came in
CREATE INDEX responses_survey ON responses (survey_id);

-- One row per answer; a multi question has one row per option chosen. Values are stored as
-- the English option, "Yes"/"No"/"Not sure", "1"–"5", or the (redacted) text.
CREATE TABLE answers (
    response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE,
    question_id TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (response_id, question_id, value)
    -- No secondary index yet: in a WITHOUT ROWID table each entry would carry the whole key,
    -- value included, and it cost 40% of write throughput. Add one with the queries that need it.
) WITHOUT ROWID;
