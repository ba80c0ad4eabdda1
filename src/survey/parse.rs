//! The survey file format (`shared/SURVEY_FORMAT.md`): TOML text in, a [`Survey`] or every
//! problem with its place out.

use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::fields::{Fields, KeyHelp, Problem, Said, describe};
use super::model::*;
use super::translations::read_translations;

const SLUG: &str = "3 to 64 characters: lower-case letters a–z, digits and dashes, e.g. \"my-home\"";

const SURVEY_KEYS: KeyHelp = &[
    ("slug", SLUG),
    ("title", "the survey's title as text, at most 120 characters"),
    ("audience", "one of \"4-7\", \"8-11\", \"11-17\", \"care-leavers\", \"everyone\""),
    ("summary", "one line of text, at most 200 characters"),
    ("intro", "text shown before the first question (blank line = new paragraph)"),
    ("thanks", "text shown after sending"),
    ("designed_by", "a list of names in quotes, e.g. [\"Promise Ambassadors\"]"),
    ("access", "\"link\" or \"codes\""),
    ("opens", "a date without quotes, e.g. opens = 2027-01-10"),
    ("closes", "a date without quotes, e.g. closes = 2027-03-31"),
    ("report_threshold", "a whole number of at least 3 (the default is 5)"),
    ("read_aloud", "true or false: whether each question and its answers can be heard"),
    ("languages", "a list of language tags, e.g. [\"en\", \"pl\"]"),
    ("questions", "between 1 and 60 [[questions]] tables"),
    ("translations", "a table per language, e.g. [translations.pl]"),
];

const QUESTION_KEYS: KeyHelp = &[
    ("id", "an id of at most 64 characters: lower-case letters a–z, digits and dashes, e.g. \"feel-safe\""),
    ("kind", "one of \"scale\", \"choice\", \"multi\", \"yes_no\", \"text\""),
    ("text", "the question as a child reads it, at most 300 characters"),
    ("hint", "a line of text under the question, at most 300 characters"),
    (
        "priority",
        "one of \"home\", \"education\", \"health\", \"relationships\", \"independence\" (a \"text\" or about_you question may have none)",
    ),
    ("outcome", "one of the seven outcome keys"),
    ("options", "a list of 2 to 12 answers in quotes"),
    ("picture", "one of the picture names, e.g. \"home\""),
    ("pictures", "a list of picture names, one for each option, e.g. [\"sport\", \"music\"]"),
    ("labels", "a list of exactly 5 words for the scale, worst first"),
    ("max_chars", "a whole number from 1 to 2000"),
    ("about_you", "true or false"),
    ("help_if", "a list of this question's answers that put help first, e.g. [\"1\", \"2\"] or [\"No\"]"),
    (
        "show_if",
        "{ question = \"<earlier id>\", is = \"<answer>\" } or { question = \"<earlier id>\", any_of = [\"<a>\", \"<b>\"] }",
    ),
];

const SHOW_IF_KEYS: KeyHelp = &[
    ("question", "the id of an earlier question, in quotes"),
    ("is", "one answer of that question, in quotes"),
    ("any_of", "a list of answers of that question, in quotes"),
];

pub const MAX_QUESTIONS: usize = 60;

/// Parses and checks one survey file. On failure, every problem found, in file order.
pub fn parse_survey(source: &str) -> Result<Survey, Vec<Problem>> {
    let (document, syntax) = DeTable::parse_recoverable(source);
    if !syntax.is_empty() {
        return Err(syntax
            .iter()
            .map(|e| Problem {
                span: e.span().unwrap_or(0..0),
                message: format!("TOML syntax: {}", e.message().trim().replace('\n', "; ")),
                missing: None,
                said: Said::Other,
            })
            .collect());
    }
    let mut problems = Vec::new();
    let survey = read_survey(document.get_ref(), &mut problems);
    problems.sort_by_key(|p| p.span.start);
    match survey {
        Some(survey) if problems.is_empty() => Ok(survey),
        _ => Err(problems),
    }
}

pub fn is_id(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

fn read_survey(table: &DeTable<'_>, problems: &mut Vec<Problem>) -> Option<Survey> {
    let mut f = Fields::new(table, 0..0, String::new(), SURVEY_KEYS, problems);
    let slug = f.string("slug", true, None);
    if let Some(slug) = &slug {
        let length = slug.get_ref().chars().count();
        if !is_id(slug.get_ref()) || !(3..=64).contains(&length) {
            f.problem(slug.span(), format!("slug \"{}\" is not allowed — use {SLUG}", slug.get_ref()));
        }
    }
    let title = f.string("title", true, Some(120));
    let audience = f.keyword::<Audience>("audience", true, "audience");
    let summary = f.string("summary", false, Some(200));
    let intro = f.string("intro", true, None);
    let thanks = f.string("thanks", false, None);
    let designed_by = f.strings("designed_by", None);
    let access = if f.has("access") { f.keyword::<Access>("access", true, "access") } else { Some(Access::Link) };
    let opens = f.date("opens");
    let closes = f.date("closes");
    if let (Some(opens), Some(closes)) = (&opens, &closes)
        && closes.get_ref() < opens.get_ref()
    {
        let message = format!(
            "\"closes\" ({}) is before \"opens\" ({}) — a survey must open before it closes",
            closes.get_ref(),
            opens.get_ref()
        );
        f.problem(closes.span(), message);
    }
    let threshold = if f.has("report_threshold") {
        f.integer("report_threshold", 3..1_000_000).map(|n| n.into_inner() as u32)
    } else {
        Some(DEFAULT_REPORT_THRESHOLD)
    };
    let read_aloud = f.has("read_aloud").then(|| f.boolean("read_aloud"));
    let languages = read_languages(&mut f);
    let questions = read_questions(&mut f);
    let translations = match (&languages, &questions) {
        (Some(languages), Some(questions)) => read_translations(&mut f, languages, questions),
        _ => None,
    };
    Some(Survey {
        slug: slug?.into_inner(),
        title: title?.into_inner(),
        audience: audience?,
        summary: summary.map(Spanned::into_inner),
        intro: intro?.into_inner(),
        thanks: thanks.map(Spanned::into_inner),
        designed_by: designed_by.map(unspan).unwrap_or_default(),
        access: access?,
        opens: opens.map(Spanned::into_inner),
        closes: closes.map(Spanned::into_inner),
        report_threshold: threshold?,
        read_aloud: read_aloud.unwrap_or(Some(false))?,
        languages: languages?,
        questions: questions?,
        translations: translations?,
    })
}

pub(super) fn unspan(list: Spanned<Vec<Spanned<String>>>) -> Vec<String> {
    list.into_inner().into_iter().map(Spanned::into_inner).collect()
}

fn read_languages(f: &mut Fields<'_, '_>) -> Option<Vec<String>> {
    if !f.has("languages") {
        return Some(vec!["en".to_string()]);
    }
    let list = f.strings("languages", None)?;
    let mut good = true;
    for tag in list.get_ref() {
        if !is_language_tag(tag.get_ref()) {
            let message = format!(
                "\"{}\" is not a language tag — use a short lower-case tag such as \"en\", \"pl\", \"ar\" or \"pt-BR\"",
                tag.get_ref()
            );
            f.problem(tag.span(), message);
            good = false;
        }
    }
    if list.get_ref().is_empty() {
        f.problem(list.span(), "\"languages\" is empty — list at least \"en\"");
        good = false;
    }
    good.then(|| unspan(list))
}

fn read_questions(f: &mut Fields<'_, '_>) -> Option<Vec<Question>> {
    let Some(value) = f.get("questions") else {
        f.missing("questions");
        return None;
    };
    let items = match value.get_ref() {
        DeValue::Array(items) => items,
        other => {
            let message =
                format!("\"questions\" is {}, but should be {}", describe(other), "a list of [[questions]] tables");
            f.problem(value.span(), message);
            return None;
        }
    };
    if items.is_empty() || items.len() > MAX_QUESTIONS {
        let message =
            format!("the survey has {} questions — it should have between 1 and {MAX_QUESTIONS}", items.len());
        let said = if items.is_empty() { Said::Missing } else { Said::Other };
        f.problem_said(value.span(), said, message);
    }
    let mut questions: Vec<Question> = Vec::new();
    // Ids of earlier questions that had problems of their own: a show_if pointing at one of
    // them is not reported again.
    let mut broken: Vec<String> = Vec::new();
    let mut good = true;
    for (index, item) in items.iter().enumerate() {
        let DeValue::Table(table) = item.get_ref() else {
            let message =
                format!("question {} is {}, but should be a [[questions]] table", index + 1, describe(item.get_ref()));
            f.problem(item.span(), message);
            good = false;
            continue;
        };
        let context = match table.get("id").and_then(|v| v.get_ref().as_str()) {
            Some(id) => format!("question \"{id}\": "),
            None => format!("question {}: ", index + 1),
        };
        let before = f.problem_count();
        let question = read_question(&mut f.child(table, item.span(), &context, QUESTION_KEYS), &questions, &broken);
        good &= f.problem_count() == before;
        if question.is_none() {
            broken.extend(table.get("id").and_then(|v| v.get_ref().as_str()).map(String::from));
        }
        if let Some(question) = question {
            if questions.iter().any(|earlier| earlier.id == question.id) {
                let span = table.get("id").map_or(item.span(), |v| v.span());
                f.problem(span, format!("question id \"{}\" is used twice — every id must be different", question.id));
                good = false;
            }
            questions.push(question);
        } else {
            good = false;
        }
    }
    (good && !items.is_empty() && items.len() <= MAX_QUESTIONS).then_some(questions)
}

fn read_question(q: &mut Fields<'_, '_>, earlier: &[Question], broken: &[String]) -> Option<Question> {
    let id = q.string("id", true, None);
    if let Some(id) = &id
        && (!is_id(id.get_ref()) || id.get_ref().chars().count() > 64)
    {
        let message = format!("id \"{}\" is not allowed — use {}", id.get_ref(), QUESTION_KEYS[0].1);
        q.problem(id.span(), message);
    }
    let kind = q.keyword::<Kind>("kind", true, "kind");
    let text = q.string("text", true, Some(300));
    let hint = q.string("hint", false, Some(300));
    let about_you = q.boolean("about_you").unwrap_or(false);
    // A general question in the young person's own words needs none: each answer is sorted
    // under the priority its words are about.
    let general = about_you || kind == Some(Kind::Text);
    let priority = q.keyword::<Priority>("priority", !general, "priority");
    let outcome = q.keyword::<Outcome>("outcome", false, "outcome");
    if about_you && kind.is_some_and(|k| !matches!(k, Kind::Choice | Kind::YesNo)) {
        let span = q.key_span("about_you");
        q.problem(span, "\"about_you\" questions must be of kind \"choice\" or \"yes_no\", so results can be broken down by their answers");
    }
    let kind = kind?;
    let options = read_options(q, kind);
    let labels = if kind == Kind::Scale {
        read_labels(q, "labels")
    } else {
        q.forbid("labels", "only \"scale\" questions have labels");
        Some(None)
    };
    let max_chars = if kind == Kind::Text {
        q.has("max_chars").then(|| q.integer("max_chars", 1..2001).map(|n| n.into_inner() as u32))
    } else {
        q.forbid("max_chars", "only \"text\" questions have a character limit");
        None
    };
    let picture =
        if q.has("picture") { q.keyword::<Picture>("picture", true, "picture").map(Some) } else { Some(None) };
    let pictures = read_pictures(q, kind, options.as_deref());
    let show_if = read_show_if(q, earlier, broken, id.as_ref().map(|id| id.get_ref().as_str()));
    let help_if = read_help_if(q, kind, options.as_deref());
    Some(Question {
        id: id?.into_inner(),
        kind,
        text: text?.into_inner(),
        hint: hint.map(Spanned::into_inner),
        priority,
        outcome,
        options: options?,
        picture: picture?,
        pictures: pictures?,
        labels: labels?,
        max_chars: match max_chars {
            Some(value) => Some(value?),
            None => None,
        },
        about_you,
        show_if: show_if?,
        help_if: help_if?,
    })
}

/// Answers that put help first: each one of the question's own answers.
fn read_help_if(q: &mut Fields<'_, '_>, kind: Kind, options: Option<&[String]>) -> Option<Vec<String>> {
    if !q.has("help_if") {
        return Some(Vec::new());
    }
    if kind == Kind::Text {
        q.forbid("help_if", "a text question's words are read for concern anyway; help_if is for fixed answers");
        return Some(Vec::new());
    }
    let answers: Vec<String> = match kind {
        Kind::Scale => (1..=5).map(|n| n.to_string()).collect(),
        Kind::YesNo => YES_NO.iter().map(|s| s.to_string()).collect(),
        _ => options?.to_vec(),
    };
    let given = q.strings("help_if", Some(300))?;
    let mut good = true;
    for value in given.get_ref() {
        if !answers.contains(value.get_ref()) {
            let message = format!(
                "help_if: \"{}\" is not one of this question's answers — expected some of: {}",
                value.get_ref(),
                answers.join(", ")
            );
            q.problem(value.span(), message);
            good = false;
        }
    }
    good.then(|| unspan(given))
}

fn read_options(q: &mut Fields<'_, '_>, kind: Kind) -> Option<Vec<String>> {
    if !matches!(kind, Kind::Choice | Kind::Multi) {
        q.forbid("options", "only \"choice\" and \"multi\" questions have options");
        return Some(Vec::new());
    }
    if !q.has("options") {
        q.missing("options");
        return None;
    }
    let options = q.strings("options", Some(300))?;
    let count = options.get_ref().len();
    if !(2..=12).contains(&count) {
        let message = format!("\"options\" has {count} entries — a {kind} question needs between 2 and 12");
        q.problem(options.span(), message);
        return None;
    }
    Some(unspan(options))
}

/// Pictures for a choice's options: none, or one picture name for each option.
fn read_pictures(q: &mut Fields<'_, '_>, kind: Kind, options: Option<&[String]>) -> Option<Vec<Picture>> {
    if !matches!(kind, Kind::Choice | Kind::Multi) {
        q.forbid("pictures", "only \"choice\" and \"multi\" questions have a picture for each option");
        return Some(Vec::new());
    }
    if !q.has("pictures") {
        return Some(Vec::new());
    }
    let names = q.strings("pictures", None)?;
    let mut pictures = Vec::new();
    for name in names.get_ref() {
        match Picture::parse(name.get_ref()) {
            Some(picture) => pictures.push(picture),
            None => {
                let message =
                    format!("unknown picture \"{}\" — expected one of {}", name.get_ref(), Picture::expected());
                q.problem_said(name.span(), Said::NotAChoice, message);
            }
        }
    }
    let wanted = options?.len();
    if pictures.len() != names.get_ref().len() {
        return None;
    }
    if pictures.len() != wanted {
        let message = format!(
            "\"pictures\" has {} entries — give one for each of the {wanted} options, in order",
            pictures.len()
        );
        q.problem(names.span(), message);
        return None;
    }
    Some(pictures)
}

/// Scale labels: absent, or exactly five.
pub(super) fn read_labels(q: &mut Fields<'_, '_>, key: &str) -> Option<Option<Vec<String>>> {
    if !q.has(key) {
        return Some(None);
    }
    let labels = q.strings(key, Some(60))?;
    if labels.get_ref().len() != 5 {
        let message =
            format!("\"{key}\" has {} entries — a scale needs exactly 5, worst first", labels.get_ref().len());
        q.problem(labels.span(), message);
        return None;
    }
    Some(Some(unspan(labels)))
}

fn read_show_if(
    q: &mut Fields<'_, '_>,
    earlier: &[Question],
    broken: &[String],
    own_id: Option<&str>,
) -> Option<Option<ShowIf>> {
    if !q.has("show_if") {
        return Some(None);
    }
    let (table, span) = q.table("show_if")?;
    let before = q.problem_count();
    let result = read_condition(&mut q.child(table, span, "show_if: ", SHOW_IF_KEYS), earlier, broken, own_id);
    if q.problem_count() == before { result.map(Some) } else { None }
}

fn read_condition(
    s: &mut Fields<'_, '_>,
    earlier: &[Question],
    broken: &[String],
    own_id: Option<&str>,
) -> Option<ShowIf> {
    let target = s.string("question", true, None)?;
    let condition = match (s.has("is"), s.has("any_of")) {
        (true, false) => Condition::Is(s.string("is", true, None)?.into_inner()),
        (false, true) => {
            let list = s.strings("any_of", None)?;
            if list.get_ref().is_empty() {
                s.problem(list.span(), "\"any_of\" is empty — list at least one answer");
                return None;
            }
            Condition::AnyOf(unspan(list))
        }
        (true, true) => {
            let span = s.key_span("any_of");
            s.problem(span, "use either \"is\" or \"any_of\", not both");
            return None;
        }
        (false, false) => {
            s.problem(
                s.span(),
                "missing \"is\" or \"any_of\" — say which answer of the earlier question shows this one",
            );
            return None;
        }
    };
    if broken.contains(target.get_ref()) {
        return None;
    }
    let Some(question) = earlier.iter().find(|q| q.id == *target.get_ref()) else {
        let message = if own_id == Some(target.get_ref().as_str()) {
            format!("\"{}\" is this question itself — show_if must point to an earlier question", target.get_ref())
        } else {
            let ids: Vec<&str> = earlier.iter().map(|q| q.id.as_str()).collect();
            format!(
                "there is no earlier question \"{}\" — show_if may only point backwards, to one of: {}",
                target.get_ref(),
                if ids.is_empty() { "(none: this is the first question)".to_string() } else { ids.join(", ") }
            )
        };
        s.problem(target.span(), message);
        return None;
    };
    let Some(allowed) = question.fixed_answers() else {
        s.problem(
            target.span(),
            format!(
                "question \"{}\" is a text question — show_if can only depend on a question with fixed answers",
                question.id
            ),
        );
        return None;
    };
    let key = match condition {
        Condition::Is(_) => "is",
        Condition::AnyOf(_) => "any_of",
    };
    let value_span = s.get(key).map_or(s.span(), |v| v.span());
    let mut good = true;
    for answer in condition.answers() {
        if !allowed.contains(answer) {
            let quoted: Vec<String> = allowed.iter().map(|a| format!("\"{a}\"")).collect();
            let message = format!(
                "\"{answer}\" is not an answer of question \"{}\" — expected one of {}",
                question.id,
                quoted.join(", ")
            );
            s.problem(value_span.clone(), message);
            good = false;
        }
    }
    good.then(|| ShowIf { question: question.id.clone(), condition })
}
