-- A survey is stored whole, as its survey file (`document`), and read back through the same
-- parser as a file. Columns stay only where SQL needs them: the slug, title and summary to list
-- surveys, the report threshold, and each question's kind and about_you for the counting joins.
--
-- Surveys saved before this are gathered into a JSON document here; on the first start after
-- it, ourvoice rewrites each one as its survey file, checked by the parser (store::surveys::
-- upgrade_documents).
ALTER TABLE surveys ADD COLUMN document TEXT NOT NULL DEFAULT '';

UPDATE surveys SET document = json_object(
    'slug', slug, 'title', title, 'audience', audience, 'summary', summary, 'intro', intro,
    'thanks', thanks, 'designed_by', json(designed_by), 'access', access, 'opens', opens,
    'closes', closes, 'report_threshold', report_threshold, 'languages', json(languages),
    'questions', (
        SELECT json_group_array(json_object(
            'id', q.id, 'kind', q.kind, 'about_you', json(CASE q.about_you WHEN 1 THEN 'true' ELSE 'false' END),
            'priority', q.priority, 'outcome', q.outcome, 'text', q.text, 'hint', q.hint,
            'options', json(q.options), 'labels', json(q.labels), 'max_chars', q.max_chars,
            'show_if', json(q.show_if), 'help_if', json(q.help_if)))
        FROM (SELECT * FROM questions WHERE survey_id = surveys.id ORDER BY position) q),
    'translations', (
        SELECT json_group_object(t.language, json_object(
            'title', t.title, 'intro', t.intro, 'thanks', t.thanks,
            'questions', (
                SELECT json_group_object(qt.question_id, json_object(
                    'text', qt.text, 'hint', qt.hint, 'options', json(qt.options), 'labels', json(qt.labels)))
                FROM question_translations qt
                WHERE qt.survey_id = t.survey_id AND qt.language = t.language)))
        FROM survey_translations t WHERE t.survey_id = surveys.id)
);

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
