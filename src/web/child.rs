//! The pages around the survey a child may need: the front door, help, the quick exit, and
//! the published reports.

use actix_web::{HttpRequest, HttpResponse, get, http::header, web};
use maud::{Markup, html};

use super::layout::{in_lang, rich};
use super::{LangQuery, WebError, layout, reader_language, with_db};
use crate::config::SiteConfig;
use crate::store::{Store, surveys};
use crate::survey::Status;
use crate::t;

/// The front door: the surveys open for answers, titled in the reader's language where the
/// survey has it.
#[get("/")]
pub async fn home(req: HttpRequest, store: web::Data<Store>, query: web::Query<LangQuery>) -> Result<Markup, WebError> {
    let lang = &reader_language(&req, query.lang.as_deref(), &[]);
    let open = with_db(&store, |conn| surveys::all(conn, &[Status::Open])).await?;
    Ok(layout::page(
        &t!(lang, "home-title"),
        lang,
        html! {
            h1 { (t!(lang, "home-title")) }
            p.lead { (t!(lang, "home-lead")) }
            @if open.is_empty() {
                p { (t!(lang, "home-none-open")) }
            } @else {
                ul.surveys {
                    @for s in &open {
                        @let local = s.survey.localized(lang);
                        li lang=(local.lang) {
                            a href=(in_lang(&format!("/s/{}", s.survey.slug), lang)) { (local.title()) }
                            @if let (Some(summary), "en") = (&s.survey.summary, local.lang) { br; span.muted { (summary) } }
                        }
                    }
                }
            }
        },
    ))
}

/// "Get help now": who to call, now, in plain words.
#[get("/help")]
pub async fn help(req: HttpRequest, site: web::Data<SiteConfig>, query: web::Query<LangQuery>) -> Markup {
    let lang = &reader_language(&req, query.lang.as_deref(), &[]);
    let who = |name: &str, phone: &str| [("name", html! { strong { (name) } }), ("phone", phone_link(phone))];
    layout::page(
        &t!(lang, "help-now"),
        lang,
        html! {
            h1 { (t!(lang, "help-now")) }
            p.lead { (rich(lang, "help-danger", &[("emergency", phone_link("999"))])) }
            h2 { (t!(lang, "help-talk")) }
            ul.facts {
                li { (rich(lang, "help-childline", &who("Childline", "0800 1111"))) }
                li { (rich(lang, "help-always-heard", &who("Always Heard", "0808 800 5792"))) }
                li { (rich(lang, "help-council", &who(&site.council_name, &site.council_phone))) }
            }
            p { (t!(lang, "help-trusted-adult")) }
            p { (t!(lang, "help-back")) }
        },
    )
}

/// A phone number that rings when tapped; digits run left to right in every language.
pub(super) fn phone_link(number: &str) -> Markup {
    html! { a href={ "tel:" (number.replace(' ', "")) } dir="ltr" { (number) } }
}

/// "Leave this site": straight on to a neutral page elsewhere.
#[get("/exit")]
pub async fn exit(site: web::Data<SiteConfig>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, site.exit_url.clone()))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .finish()
}
