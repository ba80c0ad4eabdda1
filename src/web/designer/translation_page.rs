//! A translation, side by side with the English it translates; what is left empty shows in
//! English until it is written.

use maud::{Markup, html};

use super::pages::{base, locked_notice, messages, notice, translation_id};
use crate::store::designs::Opened;
use crate::survey::{Keyword, Kind, Placed, language_name};
use crate::web::auth::SignedIn;
use crate::web::form::back_link;
use crate::web::staff_page::signed_in_page;

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
                p { "English on the left, " (name) " on the right. Leave a box empty where there is no translation yet: young people see the English there until it is written, and it does not stop review." }
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
