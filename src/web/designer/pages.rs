//! The designer's pages: the survey and its questions, one question, translations side by
//! side, the question bank, and the preview as a child sees it.

use maud::{Markup, html};

use super::fields::{self, Field, control, kind_label};
use crate::store::designs::Opened;
use crate::survey::{Design, Keyword, Kind, Placed, Survey, language_name};
use crate::web::auth::SignedIn;
use crate::web::form::{FieldError, back_link, error_summary};
use crate::web::journey::pages::question_fields;
use crate::web::staff_page::signed_in_page;

pub fn base(slug: &str) -> String {
    format!("/staff/surveys/{slug}/design")
}

/// `check`'s messages about the field at `path` (or anything inside it).
pub(super) fn messages<'a>(problems: &'a [Placed], path: &str) -> Vec<&'a str> {
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

pub(super) fn translation_id(rest: &[&str]) -> String {
    match rest {
        ["questions", id, key, ..] => format!("q-{id}-{key}"),
        [key, ..] => (*key).to_string(),
        [] => "translation".to_string(),
    }
}

/// What is left to fix; nothing at all while problems wait for the person to have typed.
fn problem_list(design: &Design, problems: &[Placed]) -> Markup {
    let slug = design.slug();
    let slug = slug.as_str();
    html! {
        @if problems.is_empty() {
            @if design.check().is_ok() { p { "No problems: this survey is ready to send for review." } }
        } @else {
            div.problems #problems {
                h2 { (problems.len()) " thing" @if problems.len() != 1 { "s" } " to fix before it can be sent for review" }
                p { "Your work is saved as it is. Each one links to where it is fixed." }
                ul { @for p in problems { li { a href=(fix_link(slug, &p.path)) { (p.message) } } } }
            }
        }
    }
}

/// The words the translations do not have yet: a warning, never a block.
fn untranslated_list(design: &Design) -> Markup {
    let Ok(survey) = design.check() else { return html! {} };
    let gaps = survey.untranslated();
    let slug = design.slug();
    html! {
        @if !gaps.is_empty() {
            div.notice #untranslated {
                h2 { "Not translated yet" }
                p { "Young people who read these languages see English in these places. This does not stop review: translations can be added until the survey opens." }
                @for lang in survey.languages.iter().filter(|l| gaps.iter().any(|g| &g.lang == *l)) {
                    h3 { (language_name(lang)) " (" (lang) ")" }
                    ul { @for g in gaps.iter().filter(|g| &g.lang == lang) { li { a href=(fix_link(&slug, &g.path)) { (g.what) } } } }
                }
            }
        }
    }
}

pub(super) fn locked_notice(opened: &Opened) -> Markup {
    html! {
        @if let Some(status) = opened.status.filter(|_| !opened.editable()) {
            div.notice {
                p { "This survey is " strong { (status) } ", so it can't be changed here. Only a draft can change: staff can send a survey in review back to its designers." }
                p { "Once a survey has been open its questions stay the same, so answers compare. A new version is a new survey: start one from this survey on the new survey page." }
            }
        }
    }
}

pub(super) fn notice(saved: Option<&str>) -> Markup {
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
                (problem_list(design, problems))
                (untranslated_list(design))
                h2 #questions { "Questions" }
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
                        (show_if_field(design, index, &show_if_messages, !editable))
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

/// "Only ask if…": the earlier question picked from a list, then its answers ticked (they show
/// once the question is chosen and saved: no script needed).
fn show_if_field(design: &Design, index: usize, messages: &[&str], disabled: bool) -> Markup {
    let (question, answers) = design.show_if(index);
    let earlier: Vec<(String, String)> = (0..index)
        .map(|i| (design.get(&format!("questions.{i}.id")), design.get(&format!("questions.{i}.text"))))
        .filter(|(id, _)| !design.answers_of(id).is_empty())
        .collect();
    let offered = design.answers_of(&question);
    let strays: Vec<&String> = answers.iter().filter(|a| !offered.iter().any(|(v, _)| v == *a)).collect();
    html! {
        fieldset.field #show_if aria-describedby="show_if-hint" {
            legend { h2 { "Only ask this question if… (optional)" } }
            p.hint #show_if-hint { "Ask it only to young people who answered an earlier question a certain way." }
            @if !messages.is_empty() {
                div.error-message { @for m in messages { p { span.visually-hidden { "Error: " } (m) } } }
            }
            div.field {
                label for="show_if_question" { "The earlier question" }
                select #show_if_question name="show_if_question" disabled[disabled] {
                    option value="" selected[question.is_empty()] { "Always ask it" }
                    @for (id, text) in &earlier { option value=(id) selected[question == *id] { (or_untitled(text)) } }
                    @if !question.is_empty() && !earlier.iter().any(|(id, _)| *id == question) {
                        option value=(question) selected { (question) " (not an earlier question with answers to pick)" }
                    }
                }
            }
            @if question.is_empty() {
                p.hint { "Choose the earlier question and press Save question: its answers then show here to tick." }
            } @else {
                fieldset.field {
                    legend { "Ask this one when they answered" }
                    input type="hidden" name="show_if_answers" value="";
                    @for (n, (value, label)) in offered.iter().enumerate() {
                        div.choice {
                            input id={ "show_if_answer-" (n) } type="checkbox" name="show_if_answers" value=(value) checked[answers.contains(value)] disabled[disabled];
                            label for={ "show_if_answer-" (n) } { (label) }
                        }
                    }
                    @for (n, value) in strays.iter().enumerate() {
                        div.choice {
                            input id={ "show_if_stray-" (n) } type="checkbox" name="show_if_answers" value=(value) checked disabled[disabled];
                            label for={ "show_if_stray-" (n) } { (value) " (not one of its answers: untick it)" }
                        }
                    }
                }
            }
        }
    }
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
