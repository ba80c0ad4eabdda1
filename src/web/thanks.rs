//! After sending: thank you, what happens next, and help first when an answer said things are
//! hard. The page is the answer to the send itself, the same way in both cases.

use maud::{Markup, html};

use super::helplines::{helplines, phone_link};
use super::layout;
use super::layout::{in_lang, rich};
use crate::config::SiteConfig;
use crate::survey::{Localized, Part, direction};
use crate::t;

/// The thank-you page in `lang` (the survey's own words in its translation, if it has one);
/// with `help`, help comes first, in plain words: who to call now, in and out of hours, and
/// nothing about who will read the answers (for a child who is unsafe with their carer, that
/// would frighten).
pub fn page(lang: &str, local: &Localized<'_>, site: &SiteConfig, help: bool) -> Markup {
    layout::page(&t!(lang, "thanks-title"), lang, content(lang, local, site, help, true))
}

/// What the thank-you page says; `online` adds the ways on from it (asking to be contacted,
/// reading "You said, we did"), which a kiosk without a network leaves out.
pub fn content(lang: &str, local: &Localized<'_>, site: &SiteConfig, help: bool, online: bool) -> Markup {
    let contact = html! { a.tap href=(in_lang("/contact", lang)) { (t!(lang, "contact-link")) } };
    html! {
        @if help {
            div.help-first {
                h1 { (t!(lang, "thanks-help-heading")) }
                p.lead { (t!(lang, "thanks-help-lead")) }
                p { strong { (rich(lang, "thanks-danger", &[("emergency", phone_link("999"))])) } }
                (helplines(lang, site))
                @if online { p { (rich(lang, "thanks-help-contact", &[("link", contact)])) } }
            }
            h2 { (t!(lang, "thanks-sent")) }
            p { (t!(lang, "thanks-help-sent")) }
        } @else {
            div.panel {
                h1 { (t!(lang, "thanks-sent")) }
                p { (t!(lang, "thanks-thank-you")) }
            }
            @match local.thanks() {
                Some(paragraphs) => {
                    @let words = local.mark(lang, Part::Thanks);
                    @for p in paragraphs { p lang=[words] dir=[words.map(direction)] { (p) } }
                },
                None => p { (t!(lang, "thanks-default")) },
            }
            h2 { (t!(lang, "thanks-next")) }
            p { (t!(lang, "thanks-next-read")) }
            p { (t!(lang, "thanks-next-publish")) }
            @if online {
                p { a href=(in_lang("/reports", lang)) { (t!(lang, "thanks-read-reports")) } }
                h2 { (t!(lang, "thanks-talk-heading")) }
                p { (rich(lang, "thanks-talk", &[("link", contact)])) }
            }
        }
    }
}
