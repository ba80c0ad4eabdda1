//! The designer's working copy of a survey: a survey file edited one field at a time.
//!
//! It is kept as it was typed, problems and all, so no work is ever lost; checking it is
//! `parse_survey` itself, and each problem is placed on the field it is about. Fields are named
//! by dotted paths into the file: `title`, `questions.2.text`, `translations.pl.intro`.

use toml::{Table, Value};

use super::model::{Keyword, Kind, Question, Survey, YES_NO, default_scale_labels};
use super::names::id_from;
use super::placed::{Placed, place};
use super::{is_id, parse_survey, to_toml};

/// The introduction a new survey starts with, for its designers to make their own.
pub const STARTING_INTRO: &str =
    "Thank you for telling us what you think.\n\nYou can skip any question. We never ask your name.";

/// How a form field's text becomes a value in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    /// Text as typed; blank removes the key.
    Text,
    /// A whole number; anything else is kept as text, which `check` then explains.
    Number,
    /// A date such as 2027-01-10; anything else is kept as text, which `check` then explains.
    Date,
    /// One entry per line.
    List,
    /// A ticked box ("true") or nothing.
    Flag,
}

/// Why a change to the design was not made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DesignError {
    #[error("this survey already has a question with the id \"{0}\"")]
    DuplicateId(String),
    #[error("there is no question {0}")]
    NoSuchQuestion(usize),
    #[error("the saved design could not be read: {0}")]
    Unreadable(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Design {
    table: Table,
}

impl Design {
    /// A new survey with what the first form asks for, and words to start from where a
    /// survey needs them (so it opens with nothing wrong but its missing questions).
    pub fn new(slug: &str, title: &str, audience: &str) -> Design {
        let mut table = Table::new();
        table.insert("slug".into(), slug.into());
        let mut design = Design { table };
        design.set("title", Input::Text, title);
        design.set("audience", Input::Text, audience);
        design.set("intro", Input::Text, STARTING_INTRO);
        design.set("access", Input::Text, "link");
        design.set("languages", Input::List, "en");
        design.table.insert("questions".into(), Value::Array(Vec::new()));
        design
    }

    /// A new survey that starts as a copy of `from`: same questions and ids (so results compare),
    /// its own slug and title, and no dates yet.
    pub fn new_version(from: &Survey, slug: &str, title: &str) -> Design {
        let mut design = Design::from_survey(from);
        design.table.insert("slug".into(), slug.into());
        design.set("title", Input::Text, title);
        design.set("opens", Input::Date, "");
        design.set("closes", Input::Date, "");
        design
    }

    pub fn from_survey(survey: &Survey) -> Design {
        Design::parse(&to_toml(survey)).expect("an exported survey is always TOML")
    }

    pub fn parse(source: &str) -> Result<Design, DesignError> {
        source.parse::<Table>().map(|table| Design { table }).map_err(|e| DesignError::Unreadable(e.to_string()))
    }

    /// The design as a survey file.
    pub fn source(&self) -> String {
        toml::to_string_pretty(&self.table).expect("a TOML table always serialises")
    }

    pub fn slug(&self) -> String {
        self.get("slug")
    }

    /// The survey, or `check`'s problems each placed on its field.
    pub fn check(&self) -> Result<Survey, Vec<Placed>> {
        let source = self.source();
        parse_survey(&source).map_err(|problems| place(&source, &problems))
    }

    /// What a form shows for the field at `path`: lists one entry per line; "" if absent.
    pub fn get(&self, path: &str) -> String {
        match self.lookup(path) {
            Some(Value::String(s)) => s.clone(),
            Some(Value::Array(items)) => items.iter().map(display).collect::<Vec<_>>().join("\n"),
            Some(Value::Table(_)) | None => String::new(),
            Some(other) => display(other),
        }
    }

    fn lookup(&self, path: &str) -> Option<&Value> {
        let mut parts = path.split('.');
        let mut value = self.table.get(parts.next()?)?;
        for part in parts {
            value = match value {
                Value::Table(t) => t.get(part)?,
                Value::Array(items) => items.get(part.parse::<usize>().ok()?)?,
                _ => return None,
            };
        }
        Some(value)
    }

    /// Sets the field at `path` from what was typed, making tables on the way; a blank removes
    /// it, and tables left empty go too.
    pub fn set(&mut self, path: &str, input: Input, raw: &str) {
        let parts: Vec<&str> = path.split('.').collect();
        let (last, parents) = parts.split_last().expect("split always yields one part");
        match convert(input, raw) {
            Some(value) => {
                if let Some(table) = table_at(&mut self.table, parents, true) {
                    table.insert(last.to_string(), value);
                }
            }
            None => {
                if let Some(table) = table_at(&mut self.table, parents, false) {
                    table.remove(*last);
                }
                self.prune(parents);
            }
        }
    }

    /// Removes the tables along `parents` that are left empty, deepest first.
    fn prune(&mut self, parents: &[&str]) {
        for depth in (1..=parents.len()).rev() {
            let (last, above) = parents[..depth].split_last().expect("depth is at least one");
            if last.parse::<usize>().is_ok() {
                return; // a question stays, even when empty
            }
            let Some(table) = table_at(&mut self.table, above, false) else { return };
            if table.get(*last).is_some_and(|v| v.as_table().is_some_and(Table::is_empty)) {
                table.remove(*last);
            }
        }
    }

    fn questions_mut(&mut self) -> &mut Vec<Value> {
        let value = self.table.entry("questions").or_insert_with(|| Value::Array(Vec::new()));
        if !value.is_array() {
            *value = Value::Array(Vec::new());
        }
        value.as_array_mut().expect("made an array above")
    }

    pub fn question_count(&self) -> usize {
        self.table.get("questions").and_then(Value::as_array).map_or(0, Vec::len)
    }

    /// The id every question has in this design, in order.
    pub fn question_ids(&self) -> Vec<String> {
        (0..self.question_count()).map(|i| self.get(&format!("questions.{i}.id"))).collect()
    }

    /// The kind of question `index`, if it names a known one.
    pub fn kind(&self, index: usize) -> Option<Kind> {
        Kind::parse(&self.get(&format!("questions.{index}.kind")))
    }

    /// Adds a question at the end with an id made from its text; returns its index. One that
    /// needs a priority starts with the priority of the latest question that has one (a survey
    /// is mostly about one), which its form shows to change.
    pub fn add_question(&mut self, kind: Kind, text: &str) -> usize {
        let id = self.unused_id(text);
        let mut question = Table::new();
        question.insert("id".into(), id.into());
        question.insert("kind".into(), kind.as_str().into());
        if !text.trim().is_empty() {
            question.insert("text".into(), text.trim().into());
        }
        let latest = (0..self.question_count()).rev().map(|i| self.get(&format!("questions.{i}.priority")));
        if let Some(priority) = latest.into_iter().find(|p| !p.is_empty()).filter(|_| kind != Kind::Text) {
            question.insert("priority".into(), priority.into());
        }
        let questions = self.questions_mut();
        questions.push(Value::Table(question));
        questions.len() - 1
    }

    /// An id from the first words of `text` that no question here has yet.
    fn unused_id(&self, text: &str) -> String {
        let stem = id_from(text).unwrap_or_else(|| "question".to_string());
        let taken = self.question_ids();
        std::iter::once(stem.clone())
            .chain((2..).map(|n| format!("{stem}-{n}")))
            .find(|id| !taken.contains(id))
            .expect("an endless list of ids has an unused one")
    }

    /// Adds `question` from an earlier survey, keeping its id (so results compare year on year)
    /// and its translations into this design's languages.
    pub fn add_from_bank(&mut self, from: &Survey, question: &Question) -> Result<usize, DesignError> {
        if self.question_ids().contains(&question.id) {
            return Err(DesignError::DuplicateId(question.id.clone()));
        }
        let exported = Design::from_survey(from);
        let position = from.questions.iter().position(|q| q.id == question.id).expect("the question is from `from`");
        let Some(Value::Table(mut copied)) = exported.lookup(&format!("questions.{position}")).cloned() else {
            unreachable!("an exported question is a table")
        };
        let depends_on = question.show_if.as_ref().map(|s| s.question.clone());
        if depends_on.is_some_and(|id| !self.question_ids().contains(&id)) {
            copied.remove("show_if");
        }
        let languages: Vec<String> = self.get("languages").lines().map(String::from).collect();
        for language in languages.iter().filter(|l| from.translations.contains_key(*l)) {
            let path = format!("translations.{language}.questions.{}", question.id);
            if let Some(Value::Table(translated)) = exported.lookup(&path).cloned()
                && let Some(parent) = table_at(&mut self.table, &["translations", language, "questions"], true)
            {
                parent.insert(question.id.clone(), Value::Table(translated));
            }
        }
        let questions = self.questions_mut();
        questions.push(Value::Table(copied));
        Ok(questions.len() - 1)
    }

    /// Question `index` alone, as a one-question survey in English, for its preview while the rest
    /// of the design may still have problems; None while the question itself has any.
    pub fn question_preview(&self, index: usize) -> Option<Survey> {
        let Some(Value::Table(mut question)) = self.lookup(&format!("questions.{index}")).cloned() else {
            return None;
        };
        question.remove("show_if");
        let mut preview = Design::new("preview", "Preview", "everyone");
        preview.set("intro", Input::Text, "Preview");
        preview.questions_mut().push(Value::Table(question));
        preview.check().ok()
    }

    /// Moves question `index` one place up (towards the start) or down.
    pub fn move_question(&mut self, index: usize, up: bool) -> Result<(), DesignError> {
        let questions = self.questions_mut();
        let other = if up { index.checked_sub(1) } else { Some(index + 1) };
        match other.filter(|o| *o < questions.len()) {
            Some(other) if index < questions.len() => {
                questions.swap(index, other);
                Ok(())
            }
            _ if index < questions.len() => Ok(()), // already first or last
            _ => Err(DesignError::NoSuchQuestion(index + 1)),
        }
    }

    /// Removes question `index` and its translations.
    pub fn remove_question(&mut self, index: usize) -> Result<(), DesignError> {
        let questions = self.questions_mut();
        if index >= questions.len() {
            return Err(DesignError::NoSuchQuestion(index + 1));
        }
        let removed = questions.remove(index);
        if let Some(id) = removed.get("id").and_then(Value::as_str) {
            self.for_each_translation(|questions| {
                questions.remove(id);
            });
        }
        Ok(())
    }

    /// Gives question `index` a new id, carrying its translations over when both ids are its own.
    /// A clash is left for `check` to explain beside the field.
    pub fn rename_question(&mut self, index: usize, new_id: &str) {
        let new_id = new_id.trim();
        let old_id = self.get(&format!("questions.{index}.id"));
        if old_id == new_id || index >= self.question_count() {
            return;
        }
        let ids = self.question_ids();
        let free = !ids.iter().any(|id| id == new_id);
        let shared = ids.iter().filter(|id| **id == old_id).count() > 1;
        self.set(&format!("questions.{index}.id"), Input::Text, new_id);
        if free && !shared && is_id(new_id) {
            self.for_each_translation(|questions| {
                if let Some(translated) = questions.remove(&old_id) {
                    questions.insert(new_id.to_string(), translated);
                }
            });
        }
    }

    fn for_each_translation(&mut self, mut change: impl FnMut(&mut Table)) {
        let Some(Value::Table(translations)) = self.table.get_mut("translations") else { return };
        for (_, translation) in translations.iter_mut() {
            if let Some(Value::Table(questions)) = translation.get_mut("questions") {
                change(questions);
            }
        }
    }

    /// The answers the question `id` offers as the design has it now, each as stored with its
    /// words: its options, yes/no/not sure, or the five faces; none for a question in words.
    pub fn answers_of(&self, id: &str) -> Vec<(String, String)> {
        let Some(index) = self.question_ids().iter().position(|q| q == id) else { return Vec::new() };
        let get = |key: &str| self.get(&format!("questions.{index}.{key}"));
        match self.kind(index) {
            Some(Kind::Choice | Kind::Multi) => {
                get("options").lines().map(|o| (o.to_string(), o.to_string())).collect()
            }
            Some(Kind::YesNo) => YES_NO.iter().map(|a| (a.to_string(), a.to_string())).collect(),
            Some(Kind::Scale) => {
                let typed: Vec<String> = get("labels").lines().map(String::from).collect();
                let labels = if typed.len() == 5 { typed } else { default_scale_labels("en") };
                labels.into_iter().enumerate().map(|(n, label)| ((n + 1).to_string(), label)).collect()
            }
            Some(Kind::Text) | None => Vec::new(),
        }
    }

    /// Question `index`'s show_if: the question it depends on, and the answers that show it.
    pub fn show_if(&self, index: usize) -> (String, Vec<String>) {
        let base = format!("questions.{index}.show_if");
        let question = self.get(&format!("{base}.question"));
        let answers = [self.get(&format!("{base}.is")), self.get(&format!("{base}.any_of"))].join("\n");
        (question, answers.lines().filter(|l| !l.is_empty()).map(String::from).collect())
    }

    /// Sets question `index`'s show_if; no question removes it. One answer is written `is`,
    /// more are `any_of`.
    pub fn set_show_if(&mut self, index: usize, question: &str, answers: &str) {
        let base = format!("questions.{index}.show_if");
        for key in ["question", "is", "any_of"] {
            self.set(&format!("{base}.{key}"), Input::Text, "");
        }
        if question.trim().is_empty() {
            return;
        }
        self.set(&format!("{base}.question"), Input::Text, question);
        let answers: Vec<&str> = answers.lines().map(str::trim).filter(|a| !a.is_empty()).collect();
        match answers.as_slice() {
            [] => {}
            [one] => self.set(&format!("{base}.is"), Input::Text, one),
            many => self.set(&format!("{base}.any_of"), Input::List, &many.join("\n")),
        }
    }
}

fn display(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// What was typed as a value for the file, or None when it is blank.
fn convert(input: Input, raw: &str) -> Option<Value> {
    let raw = raw.replace("\r\n", "\n");
    let text = raw.trim();
    if text.is_empty() {
        return None;
    }
    Some(match input {
        Input::Text => Value::String(text.to_string()),
        Input::Number => text.parse::<i64>().map_or_else(|_| Value::String(text.into()), Value::Integer),
        Input::Date => match text.parse::<toml::value::Datetime>() {
            Ok(date) if date.time.is_none() && date.offset.is_none() => Value::Datetime(date),
            _ => Value::String(text.into()),
        },
        Input::List => {
            let lines = text.lines().map(str::trim).filter(|l| !l.is_empty());
            Value::Array(lines.map(|l| Value::String(l.to_string())).collect())
        }
        Input::Flag => return (text == "true").then_some(Value::Boolean(true)),
    })
}

/// The table at `path` (made on the way when `make`), or None.
fn table_at<'t>(table: &'t mut Table, path: &[&str], make: bool) -> Option<&'t mut Table> {
    let Some((first, rest)) = path.split_first() else { return Some(table) };
    if !table.contains_key(*first) {
        if !make {
            return None;
        }
        table.insert(first.to_string(), Value::Table(Table::new()));
    }
    match table.get_mut(*first)? {
        Value::Array(items) => {
            let index = rest.first()?.parse::<usize>().ok()?;
            table_at(items.get_mut(index)?.as_table_mut()?, &rest[1..], make)
        }
        Value::Table(next) => table_at(next, rest, make),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placed(design: &Design) -> Vec<(String, String)> {
        design.check().unwrap_err().into_iter().map(|p| (p.path, p.message)).collect()
    }

    #[test]
    fn a_new_design_is_kept_and_its_problems_sit_on_their_fields() {
        let mut design = Design::new("my-home", "My home", "11-17");
        let problems = placed(&design);
        assert_eq!(problems.len(), 1, "a new survey lacks only its questions: {problems:?}");
        assert!(problems[0].0 == "questions" && problems[0].1.contains("0 questions"), "{problems:?}");
        assert_eq!(design.check().unwrap_err()[0].said, crate::survey::Said::Missing);

        design.set("intro", Input::Text, "Tell us about home.");
        design.set("report_threshold", Input::Number, "five");
        design.set("opens", Input::Date, "2027-02-30");
        let index = design.add_question(Kind::Choice, "Who do you live with?");
        assert_eq!(design.get("questions.0.id"), "live-with");
        design.set(&format!("questions.{index}.options"), Input::List, "\n  Foster carers \n");
        let problems = placed(&design);
        let paths: Vec<&str> = problems.iter().map(|(p, _)| p.as_str()).collect();
        assert!(paths.contains(&"report_threshold"), "{problems:?}");
        assert!(paths.contains(&"opens"), "{problems:?}");
        assert!(paths.contains(&"questions.0.options"), "{problems:?}");
        assert!(problems.iter().any(|(p, m)| p == "questions.0.priority" && m.contains("missing key")), "{problems:?}");
        // A second question that needs a priority starts with the first one's; one in words, with none.
        design.set("questions.0.priority", Input::Text, "home");
        let scale = design.add_question(Kind::Scale, "Do you feel safe at home?");
        let words = design.add_question(Kind::Text, "Anything else?");
        assert_eq!(design.get(&format!("questions.{scale}.priority")), "home");
        assert_eq!(design.get(&format!("questions.{words}.priority")), "");
        for index in [words, scale] {
            design.remove_question(index).unwrap();
        }
        design.set("questions.0.priority", Input::Text, "");
        // What was typed is all still there, as typed.
        assert_eq!(design.get("report_threshold"), "five");
        assert_eq!(design.get("opens"), "2027-02-30");
        assert_eq!(design.get("questions.0.options"), "Foster carers");

        design.set("report_threshold", Input::Number, "");
        design.set("opens", Input::Date, "2027-02-01");
        design.set("questions.0.options", Input::List, "Foster carers\nFamily\nSomewhere else");
        design.set("questions.0.priority", Input::Text, "home");
        let survey = design.check().expect("now a whole survey");
        assert_eq!(survey.questions[0].options.len(), 3);
        assert_eq!(survey.opens, chrono::NaiveDate::from_ymd_opt(2027, 2, 1));
        assert_eq!(Design::parse(&design.source()).unwrap(), design, "the working copy round-trips");
    }

    #[test]
    fn questions_move_rename_and_leave_with_their_translations() {
        let mut design = Design::new("my-home", "My home", "11-17");
        design.set("languages", Input::List, "en\npl");
        let a = design.add_question(Kind::YesNo, "Do you feel safe?");
        let b = design.add_question(Kind::YesNo, "Do you feel safe?");
        assert_eq!(design.question_ids(), ["feel-safe", "feel-safe-2"]);
        design.set("translations.pl.questions.feel-safe.text", Input::Text, "Czy czujesz się bezpiecznie?");
        design.rename_question(b, "feel-safe");
        assert!(
            design.check().unwrap_err().iter().any(|p| p.path == "questions.1.id" && p.message.contains("used twice"))
        );
        design.rename_question(b, "feel-safe-2");
        design.rename_question(a, "feel-safe");
        assert_eq!(design.get("translations.pl.questions.feel-safe.text"), "Czy czujesz się bezpiecznie?");
        design.move_question(b, true).unwrap();
        assert_eq!(design.question_ids(), ["feel-safe-2", "feel-safe"]);
        design.move_question(0, true).unwrap();
        assert_eq!(design.question_ids(), ["feel-safe-2", "feel-safe"], "the first stays first");
        design.remove_question(1).unwrap();
        assert_eq!(design.get("translations.pl.questions.feel-safe.text"), "");
        assert_eq!(design.remove_question(5), Err(DesignError::NoSuchQuestion(6)));
    }

    #[test]
    fn show_if_takes_one_answer_as_is_and_several_as_any_of() {
        let mut design = Design::new("my-home", "My home", "11-17");
        design.add_question(Kind::YesNo, "Do you have a social worker?");
        design.add_question(Kind::Text, "What could they do better?");
        design.set_show_if(1, "do-you-have-a-social-worker", "Yes\n");
        assert_eq!(design.get("questions.1.show_if.is"), "Yes");
        design.set_show_if(1, "do-you-have-a-social-worker", "Yes\nNot sure");
        assert_eq!(design.show_if(1), ("do-you-have-a-social-worker".into(), vec!["Yes".into(), "Not sure".into()]));
        assert_eq!(design.get("questions.1.show_if.is"), "");
        design.set_show_if(1, "", "");
        assert_eq!(design.lookup("questions.1.show_if"), None);
    }
}
