-- The designer's working copy of a survey while it still has problems: a survey file, kept as
-- typed so no work is lost. Once it checks clean it is saved as the survey and this row goes.
CREATE TABLE designs (
    slug TEXT PRIMARY KEY NOT NULL,
    source TEXT NOT NULL,
    updated_by TEXT REFERENCES users (id),
    updated_at TIMESTAMP NOT NULL
);
