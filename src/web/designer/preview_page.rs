//! The preview: a survey as young people will see it, every question on one page, with the
//! conditional ones labelled.

use maud::{Markup, html};

use super::pages::base;
use crate::survey::{Design, Question, Survey, language_name};
use crate::t;
use crate::web::journey::pages::{intro_text, question_fields};
use crate::web::layout;

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
                    (asked_only_if(survey, q))
                    (question_fields(local.lang, &local, q, &format!("q{}", index + 1), &[], None))
                }
            }
        },
    )
}

/// "Asked only if…" for a conditional question, in the designer's words.
fn asked_only_if(survey: &Survey, q: &Question) -> Markup {
    let Some(show_if) = &q.show_if else { return html! {} };
    let Some(earlier) = survey.question(&show_if.question) else { return html! {} };
    let choices = survey.localized("en").choices(earlier);
    let words: Vec<&str> = show_if
        .condition
        .answers()
        .iter()
        .map(|a| choices.iter().find(|(v, _)| v == a).map_or(a.as_str(), |(_, label)| label.as_str()))
        .collect();
    html! {
        p.tag lang="en" dir="ltr" {
            "Asked only if \u{201c}" (earlier.text) "\u{201d} was answered " (words.join(" or "))
        }
    }
}
