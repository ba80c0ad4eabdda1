//! After sending: thank you, what happens next, and help first when an answer said things
//! are hard.

use actix_web::{HttpRequest, get, web};
use maud::{Markup, html};

use super::child::phone_link;
use super::journey::load;
use super::layout::{in_lang, rich};
use super::{LangQuery, WebError, layout, reader_language};
use crate::store::Store;
use crate::survey::Localized;
use crate::t;

/// The thank-you page in `lang` (the survey's own words in its translation, if it has one);
/// with `help`, help comes first, in plain words.
pub fn page(lang: &str, local: &Localized<'_>, help: bool) -> Markup {
    let contact = html! { a href=(in_lang("/contact", lang)) { (t!(lang, "contact-link")) } };
    layout::page(
        &t!(lang, "thanks-title"),
        lang,
        html! {
            @if help {
                div.help-first {
                    h1 { (t!(lang, "thanks-help-heading")) }
                    p.lead { (t!(lang, "thanks-help-lead")) }
                    ul.facts {
                        li { (rich(lang, "thanks-danger", &[("emergency", phone_link("999"))])) }
                        li { (rich(lang, "thanks-childline", &[("phone", phone_link("0800 1111"))])) }
                        li { (rich(lang, "thanks-always-heard", &[("phone", phone_link("0808 800 5792"))])) }
                    }
                    p { a href=(in_lang("/help", lang)) { (t!(lang, "thanks-more-help")) } }
                    p { (rich(lang, "thanks-help-contact", &[("link", contact.clone())])) }
                }
                h2 { (t!(lang, "thanks-sent")) }
            } @else {
                div.panel {
                    h1 { (t!(lang, "thanks-sent")) }
                    p { (t!(lang, "thanks-thank-you")) }
                }
            }
            @match local.thanks() {
                Some(paragraphs) => @for p in paragraphs { p lang=[local.other_than(lang)] { (p) } },
                None => p { (t!(lang, "thanks-default")) },
            }
            h2 { (t!(lang, "thanks-next")) }
            p { (t!(lang, "thanks-next-read")) }
            p { (t!(lang, "thanks-next-publish")) }
            p { a href=(in_lang("/reports", lang)) { (t!(lang, "thanks-read-reports")) } }
            @if !help {
                h2 { (t!(lang, "thanks-talk-heading")) }
                p { (rich(lang, "thanks-talk", &[("link", contact)])) }
            }
        },
    )
}

#[get("/s/{slug}/thanks")]
pub async fn thanks(
    req: HttpRequest,
    store: web::Data<Store>,
    slug: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<Markup, WebError> {
    let stored = load(&store, &slug).await?;
    let lang = &reader_language(&req, query.lang.as_deref(), &stored.survey.offered_languages());
    Ok(page(lang, &stored.survey.localized(lang), false))
}
