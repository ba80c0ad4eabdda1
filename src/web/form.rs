//! Form parts in the GOV.UK Design System's patterns: error summary, radios, checkboxes,
//! text area, buttons. Every control has a real label and a 44 px target.

use maud::{Markup, html};

use crate::t;

/// One problem with what was sent, and the field it belongs to.
#[derive(Debug, Clone)]
pub struct FieldError {
    pub field: String,
    pub message: String,
}

pub fn error_summary(lang: &str, errors: &[FieldError]) -> Markup {
    html! {
        @if !errors.is_empty() {
            div.error-summary role="alert" tabindex="-1" aria-labelledby="error-summary-title" {
                h2 #error-summary-title { (t!(lang, "error-summary")) }
                ul {
                    @for e in errors {
                        li { a href={ "#" (e.field) } { (e.message) } }
                    }
                }
            }
        }
    }
}

pub fn error_message(lang: &str, field_error: Option<&str>, id: &str) -> Markup {
    html! {
        @if let Some(message) = field_error {
            p.error-message id={ (id) "-error" } { span.visually-hidden { (t!(lang, "error-prefix")) " " } (message) }
        }
    }
}

/// Radio buttons (one answer) or checkboxes (`multiple`), each with its own label, and
/// before each label its picture where `pictures` has one.
pub fn choices(
    name: &str,
    options: &[(String, String)],
    selected: &[String],
    multiple: bool,
    pictures: &[Markup],
) -> Markup {
    let kind = if multiple { "checkbox" } else { "radio" };
    html! {
        div.choices {
            @for (i, (value, label)) in options.iter().enumerate() {
                @let id = format!("{name}-{}", i + 1);
                div.choice {
                    input type=(kind) id=(id) name=(name) value=(value) checked[selected.contains(value)];
                    label for=(id) {
                        @if let Some(picture) = pictures.get(i) { (picture) }
                        (label)
                    }
                }
            }
        }
    }
}

pub fn textarea(lang: &str, name: &str, value: &str, max_chars: u32, described_by: &str) -> Markup {
    html! {
        textarea.text id=(name) name=(name) rows="6" maxlength=(max_chars) aria-describedby=(described_by) { (value) }
        p.hint id={ (name) "-count" } { (t!(lang, "write-up-to", max = max_chars)) }
    }
}

pub fn back_link(lang: &str, href: &str) -> Markup {
    html! { a.back href=(href) { (t!(lang, "back")) } }
}
