//! After sending: thank you, what happens next, and help first when an answer said things
//! are hard.

use actix_web::{get, web};
use maud::{Markup, html};

use super::journey::load;
use super::{WebError, layout};
use crate::store::Store;
use crate::survey::Localized;

#[derive(serde::Deserialize)]
pub struct LangQuery {
    lang: Option<String>,
}

/// The thank-you page; with `help`, help comes first, in plain words.
pub fn page(local: &Localized<'_>, help: bool) -> Markup {
    let default_thanks = vec!["Thank you for telling us what you think. It really matters.".to_string()];
    layout::page(
        "Thank you",
        local.lang,
        html! {
            @if help {
                div.help-first {
                    h1 { "Thank you for telling us" }
                    p.lead { "Some of what you wrote sounds like things might be hard right now. You don't have to deal with it on your own." }
                    ul.facts {
                        li { "If you are in danger now, call " a href="tel:999" { "999" } "." }
                        li { "Talk to Childline, free, any time: " a href="tel:08001111" { "0800 1111" } "." }
                        li { "Always Heard, for children in care and care leavers: " a href="tel:08088005792" { "0808 800 5792" } "." }
                    }
                    p { a href="/help" { "More ways to get help now" } }
                    p {
                        "Your answers don't have your name on them, so we can't find you from them. If you'd like someone to get in touch, "
                        a href="/contact" { "tell us how to reach you" } "."
                    }
                }
                h2 { "Your answers have been sent" }
            } @else {
                div.panel {
                    h1 { "Your answers have been sent" }
                    p { "Thank you." }
                }
            }
            @for paragraph in local.thanks().unwrap_or(default_thanks) { p { (paragraph) } }
            h2 { "What happens next" }
            p { "Promise Ambassadors and the Participation team read what everyone says. Nobody can tell which answers are yours." }
            p { "Then we publish \"You said, we did\": what young people told us, and what is changing because of it." }
            p { a href="/reports" { "Read \"You said, we did\"" } }
            @if !help {
                h2 { "Would you like someone to talk to you?" }
                p { "Your answers are anonymous. If you'd like someone from the council to get in touch, " a href="/contact" { "tell us how to reach you" } "." }
            }
        },
    )
}

#[get("/s/{slug}/thanks")]
pub async fn thanks(
    store: web::Data<Store>,
    slug: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<Markup, WebError> {
    let stored = load(&store, &slug).await?;
    let lang = query.lang.clone().unwrap_or_else(|| "en".into());
    Ok(page(&stored.survey.localized(&lang), false))
}
