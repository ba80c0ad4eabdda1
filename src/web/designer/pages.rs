//! The designer's pages: the survey and its questions, one question, translations side by
//! side, the question bank, and the preview as a child sees it.

use maud::{Markup, html};

use super::fields::{self, Field, control, kind_label};
use crate::store::designs::Opened;
use crate::survey::{Design, Keyword, Kind, Placed, Survey, language_name};
use crate::t;
use crate::web::auth::SignedIn;
use crate::web::form::{FieldError, back_link, error_summary};
use crate::web::journey::pages::{intro_text, question_fields};
use crate::web::layout;
use crate::web::staff_page::signed_in_page;

pub fn base(slug: &str) -> String {
    format!("/staff/surveys/{slug}/design")
}

/// `check`'s messages about the field at `path` (or anything inside it).
fn messages<'a>(problems: &'a [Placed], path: &str) -> Vec<&'a str> {
    problems
        .iter()
        .filter(|p| p.path == path || p.path.strip_prefix(path).is_some_and(|rest| rest.starts_with('.')))
        .map(|p| p.message.as_str())
        .collect()
}

/// Where a problem is fixed: the page and the field's id there.
fn fix_link(slug: &str, path: &str) -> String {
    let parts: Vec<&str> = path.split('.').collect();
    match parts.as_slice() {
        [""] => format!("{}#problems", base(slug)),
        ["questions"] => format!("{}#questions", base(slug)),
        ["questions", n, rest @ ..] => {
            let index = n.parse::<usize>().unwrap_or(0);
            let anchor = rest.first().map_or(String::new(), |k| format!("#{k}"));
            format!("{}/q/{}{anchor}", base(slug), index + 1)
        }
        ["translations", lang, rest @ ..] => format!("{}/translations/{lang}#{}", base(slug), translation_id(rest)),
        [key, ..] => format!("{}#{key}", base(slug)),
        [] => base(slug),
    }
}

fn translation_id(rest: &[&str]) -> String {
    match rest {
        ["questions", id, key, ..] => format!("q-{id}-{key}"),
        [key, ..] => (*key).to_string(),
        [] => "translation".to_string(),
    }
}

fn problem_list(slug: &str, problems: &[Placed]) -> Markup {
    html! {
        @if problems.is_empty() {
            p { "No problems: this survey is ready to send for review." }
        } @else {
            div.problems #problems {
                h2 { (problems.len()) " thing" @if problems.len() != 1 { "s" } " to fix before it can be sent for review" }
                p { "Your work is saved as it is. These are the same checks as " code { "ourvoice check" } "." }
                ul { @for p in problems { li { a href=(fix_link(slug, &p.path)) { (p.message) } } } }
            }
        }
    }
}

fn locked_notice(opened: &Opened) -> Markup {
    html! {
        @if let Some(status) = opened.status.filter(|_| !opened.editable()) {
            div.notice {
                p { "This survey is " strong { (status) } ", so it can't be changed here. Only a draft can change: staff can send a survey in review back to its designers." }
                p { "Once a survey has been open its questions stay the same, so answers compare. A new version is a new survey: start one from this survey on the new survey page." }
            }
        }
    }
}

fn notice(saved: Option<&str>) -> Markup {
    html! { @if let Some(text) = saved { div.notice role="status" { p { (text) } } } }
}

/// The survey's own fields, its questions, and what is left to fix.
pub fn overview(signed: &SignedIn, opened: &Opened, problems: &[Placed], saved: Option<&str>) -> Markup {
    let design = &opened.design;
    let slug = design.slug();
    let base = base(&slug);
    let editable = opened.editable();
    let title = design.get("title");
    let languages: Vec<String> = design.get("languages").lines().filter(|l| *l != "en").map(String::from).collect();
    signed_in_page(
        signed,
        &format!("Design: {title}"),
        html! {
            div.designer {
                h1 { "Design: " (title) }
                (notice(saved))
                (locked_notice(opened))
                p {
                    "Link for young people: " code { "/s/" (slug) } " · "
                    a href={ (base) "/preview" } { "Preview as a young person sees it" } " · "
                    @if opened.status.is_some() { a href={ "/staff/surveys/" (slug) } { "Review, comments and status" } }
                    @else { "Review opens once it has no problems" }
                }
                (problem_list(&slug, problems))
                h2 #questions { "Questions" }
                @for p in problems.iter().filter(|p| p.path == "questions") { p.error-message { (p.message) } }
                @let ids = design.question_ids();
                @if ids.is_empty() { p.muted { "No questions yet. Add the first one below." } }
                ol.questions {
                    @for (index, id) in ids.iter().enumerate() {
                        @let n = index + 1;
                        @let count = messages(problems, &format!("questions.{index}")).len();
                        li {
                            a href={ (base) "/q/" (n) } { (or_untitled(&design.get(&format!("questions.{index}.text")))) }
                            " " span.muted { "(" (id) ", " (design.get(&format!("questions.{index}.kind"))) ")" }
                            @if count > 0 { " " strong.error-text { (count) " to fix" } }
                            @if editable {
                                " "
                                (move_button(signed, &base, n, "up", index > 0))
                                (move_button(signed, &base, n, "down", n < ids.len()))
                            }
                        }
                    }
                }
                @if editable {
                    form method="post" action={ (base) "/questions" } novalidate {
                        (signed.csrf_field())
                        h3 { "Add a question" }
                        div.field {
                            label for="new-kind" { "Kind of question" }
                            select #new-kind name="kind" {
                                @for k in Kind::ALL { option value=(k.as_str()) { (kind_label(*k)) } }
                            }
                        }
                        div.field {
                            label for="new-text" { "Question" }
                            p.hint #new-text-hint { "You can change it, and everything else about it, on the next page." }
                            input.text-input #new-text name="text" type="text" aria-describedby="new-text-hint";
                        }
                        div.actions {
                            button.button type="submit" { "Add question" }
                            a href={ (base) "/bank" } { "Or reuse a question from an earlier survey" }
                        }
                    }
                }
                @if !languages.is_empty() {
                    h2 { "Translations" }
                    ul {
                        @for lang in &languages {
                            li { a href={ (base) "/translations/" (lang) } { (language_name(lang)) " (" (lang) ")" } }
                        }
                    }
                }
                h2 { "About the survey" }
                form method="post" action=(base) novalidate {
                    (signed.csrf_field())
                    @for f in fields::SURVEY {
                        (control(f, f.key, &design.get(f.key), &messages(problems, f.key), !editable))
                    }
                    @if editable { div.actions { button.button type="submit" { "Save" } } }
                }
            }
        },
    )
}

fn or_untitled(text: &str) -> &str {
    if text.is_empty() { "(no question written yet)" } else { text }
}

fn move_button(signed: &SignedIn, base: &str, n: usize, direction: &str, possible: bool) -> Markup {
    html! {
        @if possible {
            form.inline method="post" action={ (base) "/q/" (n) } {
                (signed.csrf_field())
                button.link type="submit" name="action" value=(direction) {
                    "Move " (direction) span.visually-hidden { ": question " (n) }
                }
            }
            " "
        }
    }
}

/// One question's fields, with its preview beside them.
pub fn question(signed: &SignedIn, opened: &Opened, index: usize, problems: &[Placed], saved: Option<&str>) -> Markup {
    let design = &opened.design;
    let slug = design.slug();
    let base = base(&slug);
    let editable = opened.editable();
    let n = index + 1;
    let prefix = format!("questions.{index}.");
    let value = |key: &str| design.get(&format!("{prefix}{key}"));
    let kind = design.kind(index);
    let own: Vec<&Placed> =
        problems.iter().filter(|p| p.path == prefix.trim_end_matches('.') || p.path.starts_with(&prefix)).collect();
    let errors: Vec<FieldError> = own
        .iter()
        .map(|p| FieldError {
            field: p.path.strip_prefix(&prefix).and_then(|k| k.split('.').next()).unwrap_or("question").to_string(),
            message: p.message.clone(),
        })
        .collect();
    let earlier: Vec<(String, String)> = (0..index)
        .map(|i| (design.get(&format!("questions.{i}.id")), design.get(&format!("questions.{i}.text"))))
        .collect();
    let (show_if_question, show_if_answers) = design.show_if(index);
    let id_messages = messages(problems, &format!("{prefix}id"));
    let show_if_messages = messages(problems, &format!("{prefix}show_if"));
    signed_in_page(
        signed,
        &format!("Question {n}"),
        html! {
            div.designer {
                (back_link("en", &base))
                (error_summary("en", &errors))
                h1 #question { "Question " (n) ": " (or_untitled(&value("text"))) }
                (notice(saved))
                (locked_notice(opened))
                div.side-by-side {
                    form method="post" action={ (base) "/q/" (n) } novalidate {
                        (signed.csrf_field())
                        @for f in fields::QUESTION.iter().filter(|f| f.shown(kind, &value(f.key))) {
                            (control(f, f.key, &value(f.key), &messages(problems, &format!("{prefix}{}", f.key)), !editable))
                        }
                        (id_field(&value("id"), &id_messages, !editable))
                        (show_if_field(&earlier, &show_if_question, &show_if_answers, &show_if_messages, !editable))
                        @if editable {
                            div.actions {
                                button.button type="submit" name="action" value="save" { "Save question" }
                                button.button.secondary type="submit" name="action" value="remove" { "Remove this question" }
                            }
                        }
                    }
                    section.preview aria-labelledby="preview-title" {
                        h2 #preview-title { "How it looks to a young person" }
                        @match design.question_preview(index) {
                            Some(survey) => div.phone { (question_fields("en", &survey.localized("en"), &survey.questions[0], "preview", &[], None)) },
                            None => p.muted { "The preview shows once this question has no problems." },
                        }
                    }
                }
            }
        },
    )
}

fn id_field(id: &str, messages: &[&str], disabled: bool) -> Markup {
    let f = Field {
        key: "id",
        label: "Short name (id)",
        hint: "Lower-case letters, digits and dashes. Results compare across surveys by this name, so keep the one an earlier survey used for the same question.",
        control: fields::Control::Line,
        kinds: &[],
    };
    control(&f, "id", id, messages, disabled)
}

fn show_if_field(
    earlier: &[(String, String)],
    question: &str,
    answers: &[String],
    messages: &[&str],
    disabled: bool,
) -> Markup {
    html! {
        fieldset.field #show_if aria-describedby="show_if-hint" {
            legend { h2 { "Only ask this question if… (optional)" } }
            p.hint #show_if-hint { "Ask it only when an earlier question was answered a certain way, one answer per line." }
            @if !messages.is_empty() {
                div.error-message { @for m in messages { p { span.visually-hidden { "Error: " } (m) } } }
            }
            div.field {
                label for="show_if_question" { "The earlier question" }
                select #show_if_question name="show_if_question" disabled[disabled] {
                    option value="" selected[question.is_empty()] { "Always ask it" }
                    @for (id, text) in earlier { option value=(id) selected[question == id] { (or_untitled(text)) } }
                    @if !question.is_empty() && !earlier.iter().any(|(id, _)| id == question) {
                        option value=(question) selected { (question) " (not an earlier question)" }
                    }
                }
            }
            div.field {
                label for="show_if_answers" { "Its answers that show this one" }
                textarea.text #show_if_answers name="show_if_answers" rows="3" disabled[disabled] { (answers.join("\n")) }
            }
        }
    }
}

/// The survey's words in English beside a translation's fields.
pub fn translation(signed: &SignedIn, opened: &Opened, lang: &str, problems: &[Placed], saved: Option<&str>) -> Markup {
    let design = &opened.design;
    let slug = design.slug();
    let base = base(&slug);
    let editable = opened.editable();
    let name = language_name(lang);
    let prefix = format!("translations.{lang}.");
    let mut rows: Vec<(String, String, &str, bool)> = vec![
        ("title".into(), design.get("title"), "Title", false),
        ("intro".into(), design.get("intro"), "Introduction", true),
        ("thanks".into(), design.get("thanks"), "Thank-you words", true),
    ];
    for (index, id) in design.question_ids().iter().enumerate() {
        let q = |key: &str| design.get(&format!("questions.{index}.{key}"));
        rows.push((format!("questions.{id}.text"), q("text"), "Question", true));
        if !q("hint").is_empty() {
            rows.push((format!("questions.{id}.hint"), q("hint"), "Hint", false));
        }
        if !q("options").is_empty() {
            rows.push((
                format!("questions.{id}.options"),
                q("options"),
                "Answers, one per line in the same order",
                true,
            ));
        }
        if q("kind") == Kind::Scale.as_str() && !q("labels").is_empty() {
            rows.push((format!("questions.{id}.labels"), q("labels"), "Words for the five faces, one per line", true));
        }
    }
    let on_a_field = |path: &str| rows.iter().any(|(key, ..)| path.starts_with(&format!("{prefix}{key}")));
    let general: Vec<&str> = problems
        .iter()
        .filter(|p| (p.path == prefix.trim_end_matches('.') || p.path.starts_with(&prefix)) && !on_a_field(&p.path))
        .map(|p| p.message.as_str())
        .collect();
    signed_in_page(
        signed,
        &format!("{name} translation"),
        html! {
            div.designer {
                (back_link("en", &base))
                h1 { (name) " translation" }
                (notice(saved))
                (locked_notice(opened))
                @if !general.is_empty() {
                    div.problems #translation {
                        h2 { "To fix" }
                        ul { @for m in &general { li { (m) } } }
                    }
                }
                p { "English on the left, " (name) " on the right. Leave a box empty where there is no translation yet." }
                form method="post" action={ (base) "/translations/" (lang) } novalidate {
                    (signed.csrf_field())
                    @for (key, english, what, long) in &rows {
                        @let id = translation_id(&key.split('.').collect::<Vec<_>>());
                        @let value = design.get(&format!("{prefix}{key}"));
                        @let errors = messages(problems, &format!("{prefix}{key}"));
                        div.side-by-side.translation {
                            div { p.caption #{ (id) "-en" } { (what) " in English" } p.source lang="en" { (english) } }
                            div.field {
                                label for=(id) { (what) " in " (name) }
                                @if !errors.is_empty() {
                                    div.error-message id={ (id) "-error" } { @for m in &errors { p { (m) } } }
                                }
                                @if *long {
                                    textarea.text #(id) name=(key) rows=(value.lines().count().clamp(2, 12)) lang=(lang) dir="auto" disabled[!editable] aria-describedby={ (id) "-en" } { (value) }
                                } @else {
                                    input.text-input #(id) name=(key) type="text" value=(value) lang=(lang) dir="auto" disabled[!editable] aria-describedby={ (id) "-en" };
                                }
                            }
                        }
                    }
                    @if editable { div.actions { button.button type="submit" { "Save translation" } } }
                }
            }
        },
    )
}

/// Questions from other surveys, to reuse with their ids.
pub fn bank(signed: &SignedIn, opened: &Opened, surveys: &[Survey], search: &str, refused: Option<&str>) -> Markup {
    let design = &opened.design;
    let slug = design.slug();
    let base = base(&slug);
    let have = design.question_ids();
    let needle = search.trim().to_lowercase();
    let matches =
        |text: &str, id: &str| needle.is_empty() || text.to_lowercase().contains(&needle) || id.contains(&needle);
    signed_in_page(
        signed,
        "Question bank",
        html! {
            div.designer {
                (back_link("en", &base))
                @if let Some(message) = refused {
                    (error_summary("en", &[FieldError { field: "search".into(), message: message.into() }]))
                }
                h1 { "Question bank" }
                p { "Questions from earlier surveys. Reusing one keeps its short name (id), so its results compare year on year." }
                form method="get" action={ (base) "/bank" } {
                    div.field {
                        label for="search" { "Find a question" }
                        input.text-input #search name="q" type="search" value=(search);
                    }
                    div.actions { button.button.secondary type="submit" { "Search" } }
                }
                @for survey in surveys.iter().filter(|s| s.slug != slug) {
                    @let found: Vec<_> = survey.questions.iter().filter(|q| matches(&q.text, &q.id)).collect();
                    @if !found.is_empty() {
                        h2 { (survey.title) }
                        ul.surveys {
                            @for q in found {
                                li {
                                    (q.text) " " span.muted { "(" (q.id) ", " (q.kind) @if let Some(p) = q.priority { ", " (p) } ")" }
                                    @if have.contains(&q.id) {
                                        " " strong { "Already in this survey" }
                                    } @else if opened.editable() {
                                        form.inline method="post" action={ (base) "/bank" } {
                                            (signed.csrf_field())
                                            input type="hidden" name="from" value=(survey.slug);
                                            input type="hidden" name="id" value=(q.id);
                                            " "
                                            button.link type="submit" { "Add" span.visually-hidden { ": " (q.text) } }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// The whole survey as a young person sees it, every question on one page.
pub fn preview(design: &Design, survey: Result<&Survey, usize>, lang: &str) -> Markup {
    let slug = design.slug();
    let base = base(&slug);
    let Ok(survey) = survey else {
        let count = survey.err().unwrap_or_default();
        return layout::page(
            "Preview",
            "en",
            html! {
                h1 { "Preview" }
                p.lead { "The preview shows once the survey has no problems. There " @if count == 1 { "is 1 thing" } @else { "are " (count) " things" } " to fix." }
                p { a href=(base) { "Back to the designer" } }
            },
        );
    };
    let local = survey.localized(lang);
    layout::page(
        &format!("Preview: {}", local.title()),
        local.lang,
        html! {
            div.notice lang="en" dir="ltr" {
                p { strong { "Preview." } " This is how young people will see the survey, one question per page. Nothing here is sent." }
                p {
                    a href=(base) { "Back to the designer" }
                    @for tag in survey.offered_languages().into_iter().filter(|t| *t != local.lang) {
                        " · " a href={ (base) "/preview?lang=" (tag) } lang=(tag) hreflang=(tag) { (language_name(tag)) }
                    }
                }
            }
            h1 { (local.title()) }
            (intro_text(local.lang, survey, &local))
            @for (index, q) in survey.questions.iter().enumerate() {
                section.preview-question {
                    p.caption { (t!(local.lang, "question-of", number = index + 1, total = survey.questions.len())) }
                    (question_fields(local.lang, &local, q, &format!("q{}", index + 1), &[], None))
                }
            }
        },
    )
}
