//! The journey's pages, as maud markup: intro, one question, check answers, not open.

use actix_web::HttpResponse;
use actix_web::http::StatusCode;
use maud::{Markup, html};

use super::{Journey, base};
use crate::locale;
use crate::speech;
use crate::store::surveys::StoredSurvey;
use crate::survey::{
    Access, AnswerProblem, Audience, Kind, Localized, Part, Question, Status, Survey, direction, language_name,
    visible_questions,
};
use crate::t;
use crate::web::form::{FieldError, back_link, choices, error_message, error_summary, textarea};
use crate::web::html_response;
use crate::web::layout;
use crate::web::layout::{in_lang, marked, rich};
use crate::web::pictures;

pub(super) fn not_open_page(stored: &StoredSurvey, lang: &str) -> HttpResponse {
    let local = stored.survey.localized(lang);
    html_response(
        StatusCode::OK,
        layout::page(
            local.title(),
            lang,
            html! {
                @let title = local.mark(lang, Part::Title);
                h1 lang=[title] dir=[title.map(direction)] { (local.title()) }
                p.lead { (t!(lang, "not-open")) }
                @if let (Some(opens), Status::Open) = (stored.survey.opens, stored.status) {
                    @if chrono::Utc::now().date_naive() < opens { p { (t!(lang, "opens-on", date = locale::date(lang, opens))) } }
                }
                p { a href=(in_lang("/reports", lang)) { (t!(lang, "see-changes")) } }
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
    let words = local.other_than(lang);
    let errors: Vec<FieldError> =
        code_error.map(|m| FieldError { field: "code".into(), message: m.into() }).into_iter().collect();
    let young = survey.audience == Audience::Age4To7;
    layout::page(
        local.title(),
        lang,
        html! {
            (error_summary(lang, &errors))
            @let title = local.mark(lang, Part::Title);
            h1 lang=[title] dir=[title.map(direction)] { (local.title()) }
            @if survey.offered_languages().len() > 1 {
                p.languages {
                    (t!(lang, "choose-language")) " "
                    @for tag in survey.offered_languages() {
                        @if tag == local.lang {
                            strong lang=(tag) { (language_name(tag)) } " "
                        } @else {
                            a href={ (base(survey)) "?lang=" (tag) } lang=(tag) hreflang=(tag) { (language_name(tag)) } " "
                        }
                    }
                }
            }
            @if words.is_some() { p.notice { (t!(lang, "questions-in-english")) } }
            @if young { (helper_guidance(lang)) }
            (intro_text(lang, survey, &local))
            @if resuming {
                p { a.button href={ (base(survey)) "/next" } { (t!(lang, "carry-on")) } }
                p { (t!(lang, "or-start-again")) }
            }
            form method="post" action={ (base(survey)) "/start" } novalidate {
                input type="hidden" name="lang" value=(lang);
                @if survey.access == Access::Codes {
                    div {
                        label for="code" { h2 { (t!(lang, "your-code")) } }
                        p.hint #code-hint { (t!(lang, "code-hint")) }
                        (error_message(lang, code_error, "code"))
                        input.code #code name="code" type="text" value=(typed_code) autocomplete="off" spellcheck="false"
                            autocapitalize="characters" dir="ltr" aria-describedby={ "code-hint" @if code_error.is_some() { " code-error" } };
                    }
                }
                @let start = match (resuming, young) { (true, _) => "start-again", (false, true) => "helper-ready", _ => "start" };
                div.actions { button.button type="submit" { (t!(lang, start)) } }
            }
        },
    )
}

/// What the grown-up helping a 4-to-7-year-old reads before they start together: who may
/// help, how to help without leading, and what to do if the child says something worrying.
pub(in crate::web) fn helper_guidance(lang: &str) -> Markup {
    html! {
        section.helper aria-labelledby="helper" {
            h2 #helper { (t!(lang, "helper-heading")) }
            p { (t!(lang, "helper-who")) }
            p { (t!(lang, "helper-how")) }
            p { (t!(lang, "helper-worry")) }
        }
    }
}

/// The intro's words: what the survey is, how long it takes, who designed it.
pub(in crate::web) fn intro_text(lang: &str, survey: &Survey, local: &Localized<'_>) -> Markup {
    let minutes = survey.questions.len().div_ceil(3).max(1);
    html! {
        @let intro = local.mark(lang, Part::Intro);
        @for paragraph in local.intro() { p lang=[intro] dir=[intro.map(direction)] { (paragraph) } }
        ul.facts {
            li { (t!(lang, "takes-minutes", minutes = minutes)) }
            li { (t!(lang, "can-skip")) }
            li { (t!(lang, "never-name")) }
        }
        @if !survey.designed_by.is_empty() {
            // The names are as the survey file has them: isolated, so they read right in any direction.
            p.muted { (rich(lang, "designed-by", &[("names", html! { bdi { (survey.designed_by.join(", ")) } })])) }
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
    let lang = j.draft.language.as_str();
    let local = survey.localized(lang);
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
        lang,
        html! {
            (back_link(lang, &back))
            (error_summary(lang, &errors))
            form method="post" novalidate {
                @if changing { input type="hidden" name="return" value="check"; }
                (progress(lang, position, visible.len(), "answer"))
                (listen(lang, &local, q, "answer"))
                (question_fields(lang, &local, q, "answer", given, error))
                div.actions {
                    button.button type="submit" name="action" value="continue" { (t!(lang, "continue")) }
                    button.button.secondary type="submit" name="action" value="skip" { (t!(lang, "skip-question")) }
                }
            }
        },
    )
}

/// The question and its answers read aloud, where the survey is (no script: the browser's
/// own audio control, which loads nothing until it is played); `name` starts its id, as in
/// [`question_fields`].
pub(in crate::web) fn listen(lang: &str, local: &Localized<'_>, q: &Question, name: &str) -> Markup {
    html! {
        @if let Some(clip) = speech::clip(local, q) {
            div.listen {
                p id={ (name) "-listen" } { (t!(lang, "listen")) }
                audio controls preload="none" aria-labelledby={ (name) "-listen" } src=(listen_path(local.survey, q, &clip.lang)) {}
            }
        }
    }
}

/// Where a question's read-aloud audio is.
pub(in crate::web) fn listen_path(survey: &Survey, q: &Question, lang: &str) -> String {
    format!("{}/listen/{}/{lang}.mp3", base(survey), q.id)
}

/// How far along the survey a child is, in words and as a bar, with a little encouragement
/// halfway and at the last question; `name` starts its id, as in [`question_fields`].
pub(in crate::web) fn progress(lang: &str, position: usize, total: usize, name: &str) -> Markup {
    let cheer = match position + 1 {
        n if n == total && total > 2 => Some("cheer-last"),
        n if total >= 6 && n == total.div_ceil(2) => Some("cheer-half"),
        _ => None,
    };
    html! {
        div.progress {
            p.caption id={ (name) "-progress" } { (t!(lang, "question-of", number = position + 1, total = total)) }
            progress max=(total) value=(position + 1) aria-labelledby={ (name) "-progress" } {}
            @if let Some(cheer) = cheer { p.cheer { (t!(lang, cheer)) } }
        }
    }
}

/// The question as a heading with its hint, error and controls; `name` names the answer and
/// starts every id, so the designer's preview can show several on one page. The question's
/// words are in the survey's language (`local`), the rest in the reader's (`lang`).
pub(in crate::web) fn question_fields(
    lang: &str,
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
    let (words, hint_words) = (local.mark(lang, Part::Text(q)), local.mark(lang, Part::Hint(q)));
    let answer_words = local.mark(lang, Part::Choices(q));
    html! {
        @if q.kind == Kind::Text {
            @if let Some(picture) = q.picture { (pictures::question(picture)) }
            h1 lang=[words] dir=[words.map(direction)] { label for=(name) { (local.text(q)) } }
            @if let Some(hint) = hint { p.hint id={ (name) "-hint" } lang=[hint_words] dir=[hint_words.map(direction)] { (hint) } }
            (error_message(lang, error, name))
            (textarea(lang, name, given.first().map_or("", String::as_str), q.max_chars_or_default(), &text_described_by))
        } @else {
            fieldset aria-describedby=[(!described.is_empty()).then(|| described.join(" "))] {
                legend lang=[words] dir=[words.map(direction)] {
                    @if let Some(picture) = q.picture { (pictures::question(picture)) }
                    h1 { (local.text(q)) }
                }
                @if let Some(hint) = hint { p.hint id={ (name) "-hint" } lang=[hint_words] dir=[hint_words.map(direction)] { (hint) } }
                (error_message(lang, error, name))
                @let controls = choices(name, &local.choices(q), given, q.kind == Kind::Multi, &pictures::answers(q));
                @if let Some(tag) = answer_words { div lang=(tag) dir=(direction(tag)) { (controls) } } @else { (controls) }
            }
        }
    }
}

/// The answers given, in the question's own language.
fn answer_text(local: &Localized<'_>, q: &Question, values: &[String]) -> String {
    if q.kind == Kind::Text {
        return values.join(" ");
    }
    let choices = local.choices(q);
    values
        .iter()
        .map(|v| choices.iter().find(|(value, _)| value == v).map_or(v.as_str(), |(_, label)| label.as_str()))
        .collect::<Vec<_>>()
        .join(&t!(local.lang, "list-separator"))
}

/// The check page; `problem` is what stopped the answers being sent: a code (its field asks
/// for another) or nothing answered.
pub(super) fn check_page(j: &Journey, problem: Option<&FieldError>, typed_code: &str) -> Markup {
    let survey = &j.stored.survey;
    let lang = j.draft.language.as_str();
    let local = survey.localized(lang);
    let visible = visible_questions(survey, &j.draft.answers);
    let errors: Vec<FieldError> = problem.into_iter().cloned().collect();
    let code_error = problem.filter(|p| p.field == "code").map(|p| p.message.as_str());
    let back = visible.last().map_or(base(survey), |q| format!("{}/q/{}", base(survey), q.id));
    layout::page(
        &t!(lang, "check-title"),
        lang,
        html! {
            (back_link(lang, &back))
            (error_summary(lang, &errors))
            h1 { (t!(lang, "check-title")) }
            p { (t!(lang, "check-lead")) }
            dl.summary #answers {
                @for q in &visible {
                    div {
                        @let words = local.mark(lang, Part::Text(q));
                        dt lang=[words] dir=[words.map(direction)] { (local.text(q)) }
                        dd {
                            @match j.draft.answers.get(&q.id) {
                                Some(values) => (marked(local.mark(lang, Part::Choices(q)).filter(|_| q.kind != Kind::Text), &answer_text(&local, q, values))),
                                None => span.muted { (t!(lang, "skipped")) },
                            }
                        }
                        dd {
                            a.tap href={ (base(survey)) "/q/" (q.id) "?change=1" } {
                                (t!(lang, "change")) span.visually-hidden { " " (t!(lang, "change-which", question = local.text(q))) }
                            }
                        }
                    }
                }
            }
            form method="post" action={ (base(survey)) "/send" } novalidate {
                @if code_error.is_some() {
                    label for="code" { h2 { (t!(lang, "another-code")) } }
                    (error_message(lang, code_error, "code"))
                    input.code #code name="code" type="text" value=(typed_code) autocomplete="off" spellcheck="false" dir="ltr" aria-describedby="code-error";
                }
                div.actions { button.button type="submit" { (t!(lang, "send-answers")) } }
            }
        },
    )
}

/// What is wrong with an answer, in the reader's language.
pub(super) fn problem_words(lang: &str, problem: &AnswerProblem) -> String {
    match problem {
        AnswerProblem::NotOneText => t!(lang, "answer-one-text"),
        AnswerProblem::TooLong { length, max } => t!(lang, "answer-too-long", length = *length, max = *max),
        AnswerProblem::NotJustOne => t!(lang, "answer-just-one"),
        AnswerProblem::NotOffered { .. } => t!(lang, "answer-not-offered"),
    }
}
