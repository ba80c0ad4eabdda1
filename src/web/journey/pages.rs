//! The journey's pages, as maud markup: intro, one question, check answers, not open.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use maud::{Markup, html};

use super::{Journey, base};
use crate::store::surveys::StoredSurvey;
use crate::survey::{Access, Kind, Localized, Question, Status, Survey, language_name, visible_questions};
use crate::web::form::{FieldError, back_link, choices, error_message, error_summary, textarea};
use crate::web::html_response;
use crate::web::layout;

pub(super) fn not_open_page(stored: &StoredSurvey, lang: &str) -> HttpResponse {
    let local = stored.survey.localized(lang);
    html_response(
        StatusCode::OK,
        layout::page(
            local.title(),
            local.lang,
            html! {
                h1 { (local.title()) }
                p.lead { "This survey isn't open for answers right now. Thank you for wanting to take part." }
                @if let (Some(opens), Status::Open) = (stored.survey.opens, stored.status) {
                    @if chrono::Utc::now().date_naive() < opens { p { "It opens on " (opens.format("%-d %B %Y")) "." } }
                }
                p { a href="/reports" { "See what changed because young people spoke up" } }
            },
        ),
    )
}

pub(super) fn intro_page(
    stored: &StoredSurvey,
    lang: &str,
    resuming: bool,
    typed_code: &str,
    code_error: Option<&str>,
) -> Markup {
    let survey = &stored.survey;
    let local = survey.localized(lang);
    let errors: Vec<FieldError> =
        code_error.map(|m| FieldError { field: "code".into(), message: m.into() }).into_iter().collect();
    layout::page(
        local.title(),
        local.lang,
        html! {
            (error_summary(&errors))
            h1 { (local.title()) }
            @if survey.offered_languages().len() > 1 {
                p.languages {
                    "Choose your language: "
                    @for tag in survey.offered_languages() {
                        @if tag == local.lang {
                            strong lang=(tag) { (language_name(tag)) } " "
                        } @else {
                            a href={ (base(survey)) "?lang=" (tag) } lang=(tag) hreflang=(tag) { (language_name(tag)) } " "
                        }
                    }
                }
            }
            (intro_text(survey, &local))
            @if resuming {
                p { a.button href={ (base(survey)) "/next" } { "Carry on where you left off" } }
                p { "Or start again:" }
            }
            form method="post" action={ (base(survey)) "/start" } novalidate {
                input type="hidden" name="lang" value=(local.lang);
                @if survey.access == Access::Codes {
                    div {
                        label for="code" { h2 { "Your code" } }
                        p.hint #code-hint { "It is on your card, like K7QX-M3PA. Capital letters or not, it doesn't matter." }
                        (error_message(code_error, "code"))
                        input.code #code name="code" type="text" value=(typed_code) autocomplete="off" spellcheck="false"
                            autocapitalize="characters" aria-describedby={ "code-hint" @if code_error.is_some() { " code-error" } };
                    }
                }
                div.actions { button.button type="submit" { @if resuming { "Start again" } @else { "Start" } } }
            }
        },
    )
}

/// The intro's words: what the survey is, how long it takes, who designed it.
pub(in crate::web) fn intro_text(survey: &Survey, local: &Localized<'_>) -> Markup {
    let minutes = survey.questions.len().div_ceil(3).max(1);
    html! {
        @for paragraph in local.intro() { p { (paragraph) } }
        ul.facts {
            li { "It takes about " (minutes) " minute" @if minutes != 1 { "s" } "." }
            li { "You can skip any question." }
            li { "We never ask your name." }
        }
        @if !survey.designed_by.is_empty() {
            p.muted { "Designed by " (survey.designed_by.join(", ")) "." }
        }
    }
}

pub(super) fn question_page(
    j: &Journey,
    q: &Question,
    given: &[String],
    error: Option<&str>,
    changing: bool,
) -> Markup {
    let survey = &j.stored.survey;
    let local = survey.localized(&j.draft.language);
    let visible = visible_questions(survey, &j.draft.answers);
    let position = visible.iter().position(|v| v.id == q.id).unwrap_or(0);
    let back = match (changing, position) {
        (true, _) => format!("{}/check", base(survey)),
        (false, 0) => base(survey),
        (false, n) => format!("{}/q/{}", base(survey), visible[n - 1].id),
    };
    let field_id = match q.kind {
        Kind::Text => "answer".to_string(),
        _ => "answer-1".to_string(),
    };
    let errors: Vec<FieldError> =
        error.map(|m| FieldError { field: field_id.clone(), message: m.into() }).into_iter().collect();
    let text = local.text(q);
    layout::page(
        text,
        local.lang,
        html! {
            (back_link(&back))
            (error_summary(&errors))
            form method="post" novalidate {
                @if changing { input type="hidden" name="return" value="check"; }
                p.caption { "Question " (position + 1) " of " (visible.len()) }
                (question_fields(&local, q, "answer", given, error))
                div.actions {
                    button.button type="submit" name="action" value="continue" { "Continue" }
                    button.button.secondary type="submit" name="action" value="skip" { "Skip this question" }
                }
            }
        },
    )
}

/// The question as a heading with its hint, error and controls; `name` names the answer and
/// starts every id, so the designer's preview can show several on one page.
pub(in crate::web) fn question_fields(
    local: &Localized<'_>,
    q: &Question,
    name: &str,
    given: &[String],
    error: Option<&str>,
) -> Markup {
    let hint = local.hint(q);
    let mut described = Vec::new();
    if hint.is_some() {
        described.push(format!("{name}-hint"));
    }
    if error.is_some() {
        described.push(format!("{name}-error"));
    }
    let count = format!("{name}-count");
    let text_described_by = described.iter().chain([&count]).cloned().collect::<Vec<_>>().join(" ");
    html! {
        @if q.kind == Kind::Text {
            h1 { label for=(name) { (local.text(q)) } }
            @if let Some(hint) = hint { p.hint id={ (name) "-hint" } { (hint) } }
            (error_message(error, name))
            (textarea(name, given.first().map_or("", String::as_str), q.max_chars_or_default(), &text_described_by))
        } @else {
            fieldset aria-describedby=[(!described.is_empty()).then(|| described.join(" "))] {
                legend { h1 { (local.text(q)) } }
                @if let Some(hint) = hint { p.hint id={ (name) "-hint" } { (hint) } }
                (error_message(error, name))
                (choices(name, &local.choices(q), given, q.kind == Kind::Multi, q.kind == Kind::Scale))
            }
        }
    }
}

fn answer_text(local: &Localized<'_>, q: &Question, values: &[String]) -> String {
    if q.kind == Kind::Text {
        return values.join(" ");
    }
    let choices = local.choices(q);
    values
        .iter()
        .map(|v| choices.iter().find(|(value, _)| value == v).map_or(v.as_str(), |(_, label)| label.as_str()))
        .collect::<Vec<_>>()
        .join(", ")
}

pub(super) fn check_page(j: &Journey, code_error: Option<&str>, typed_code: &str) -> Markup {
    let survey = &j.stored.survey;
    let local = survey.localized(&j.draft.language);
    let visible = visible_questions(survey, &j.draft.answers);
    let errors: Vec<FieldError> =
        code_error.map(|m| FieldError { field: "code".into(), message: m.into() }).into_iter().collect();
    let back = visible.last().map_or(base(survey), |q| format!("{}/q/{}", base(survey), q.id));
    layout::page(
        "Check your answers",
        local.lang,
        html! {
            (back_link(&back))
            (error_summary(&errors))
            h1 { "Check your answers" }
            p { "You can change any answer before you send them." }
            dl.summary {
                @for q in &visible {
                    div {
                        dt { (local.text(q)) }
                        dd {
                            @match j.draft.answers.get(&q.id) {
                                Some(values) => (answer_text(&local, q, values)),
                                None => span.muted { "Skipped" },
                            }
                        }
                        dd {
                            a href={ (base(survey)) "/q/" (q.id) "?change=1" } {
                                "Change" span.visually-hidden { " your answer to: " (local.text(q)) }
                            }
                        }
                    }
                }
            }
            form method="post" action={ (base(survey)) "/send" } novalidate {
                @if code_error.is_some() {
                    label for="code" { h2 { "Another code" } }
                    (error_message(code_error, "code"))
                    input.code #code name="code" type="text" value=(typed_code) autocomplete="off" spellcheck="false" aria-describedby="code-error";
                }
                div.actions { button.button type="submit" { "Send my answers" } }
            }
        },
    )
}
