-- A survey is stored whole, as its survey file (`document`), and read back through the same
-- parser as a file. Columns stay only where SQL needs them: the slug, title and summary to list
-- surveys, the report threshold, and each question's kind and about_you for the counting joins.
--
-- Surveys saved before this are gathered into a JSON document here; on the first start after
-- it, ourvoice rewrites each one as its survey file, checked by the parser (store::surveys::
-- upgrade_documents).
ALTER TABLE surveys ADD COLUMN document TEXT NOT NULL DEFAULT '';

UPDATE surveys s SET document = json_build_object(
    'slug', s.slug, 'title', s.title, 'audience', s.audience, 'summary', s.summary, 'intro', s.intro,
    'thanks', s.thanks, 'designed_by', s.designed_by::json, 'access', s.access, 'opens', s.opens,
    'closes', s.closes, 'report_threshold', s.report_threshold, 'languages', s.languages::json,
    'questions', (
        SELECT json_agg(json_build_object(
            'id', q.id, 'kind', q.kind, 'about_you', q.about_you = 1,
            'priority', q.priority, 'outcome', q.outcome, 'text', q.text, 'hint', q.hint,
            'options', q.options::json, 'labels', q.labels::json, 'max_chars', q.max_chars,
            'show_if', q.show_if::json, 'help_if', q.help_if::json) ORDER BY q.position)
        FROM questions q WHERE q.survey_id = s.id),
    'translations', (
        SELECT json_object_agg(t.language, json_build_object(
            'title', t.title, 'intro', t.intro, 'thanks', t.thanks,
            'questions', (
                SELECT json_object_agg(qt.question_id, json_build_object(
                    'text', qt.text, 'hint', qt.hint, 'options', qt.options::json, 'labels', qt.labels::json))
                FROM question_translations qt
                WHERE qt.survey_id = t.survey_id AND qt.language = t.language)))
        FROM survey_translations t WHERE t.survey_id = s.id)
)::text;
ALTER TABLE surveys ALTER COLUMN document DROP DEFAULT;

DROP TABLE question_translations;
DROP TABLE survey_translations;
ALTER TABLE questions DROP COLUMN text;
ALTER TABLE questions DROP COLUMN hint;
ALTER TABLE questions DROP COLUMN priority;
ALTER TABLE questions DROP COLUMN outcome;
ALTER TABLE questions DROP COLUMN options;
ALTER TABLE questions DROP COLUMN labels;
ALTER TABLE questions DROP COLUMN max_chars;
ALTER TABLE questions DROP COLUMN show_if;
ALTER TABLE questions DROP COLUMN help_if;
ALTER TABLE surveys DROP COLUMN audience;
ALTER TABLE surveys DROP COLUMN intro;
ALTER TABLE surveys DROP COLUMN thanks;
ALTER TABLE surveys DROP COLUMN designed_by;
ALTER TABLE surveys DROP COLUMN access;
ALTER TABLE surveys DROP COLUMN opens;
ALTER TABLE surveys DROP COLUMN closes;
ALTER TABLE surveys DROP COLUMN languages;
