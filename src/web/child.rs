//! The pages around the survey a child may need: the front door, help, the quick exit, and
//! the published reports.

use actix_web::{HttpRequest, HttpResponse, get, http::header, web};
use maud::{Markup, html};

use super::helplines::{helplines, phone_link};
use super::layout::{in_lang, rich};
use super::pictures;
use super::{Page, Reader, Reply, journey, layout, with_db};
use crate::config::SiteConfig;
use crate::store::surveys::StoredSurvey;
use crate::store::{Store, drafts, surveys};
use crate::survey::{Audience, Keyword, Status};
use crate::t;

/// The front door: the surveys open for answers, titled in the reader's language where the
/// survey has it.
#[get("/")]
pub async fn home(Reader(lang): Reader, store: web::Data<Store>) -> Page {
    let lang = &lang;
    let open = with_db(&store, |conn| surveys::all(conn, &[Status::Open])).await?;
    Ok(layout::page(
        &t!(lang, "home-title"),
        lang,
        html! {
            h1 { (t!(lang, "home-title")) }
            p.lead { (t!(lang, "home-lead")) }
            @if open.is_empty() {
                p { (t!(lang, "home-none-open")) }
            }
            @for (audience, surveys) in by_audience(&open) {
                section.age-group {
                    h2 { (pictures::audience(audience)) (t!(lang, &format!("for-{}", audience.as_str()))) }
                    ul.surveys {
                        @for s in surveys {
                            @let local = s.survey.localized(lang);
                            li lang=(local.lang) {
                                a.tap href=(in_lang(&format!("/s/{}", s.survey.slug), lang)) { (local.title()) }
                                @if let (Some(summary), "en") = (&s.survey.summary, local.lang) { span.muted { (summary) } }
                            }
                        }
                    }
                }
            }
        },
    ))
}

/// The open surveys grouped by who they are for, youngest first, each group in title order.
fn by_audience(open: &[StoredSurvey]) -> Vec<(Audience, Vec<&StoredSurvey>)> {
    let mut groups: Vec<(Audience, Vec<&StoredSurvey>)> = Vec::new();
    for &audience in Audience::ALL {
        let surveys: Vec<&StoredSurvey> = open.iter().filter(|s| s.survey.audience == audience).collect();
        if !surveys.is_empty() {
            groups.push((audience, surveys));
        }
    }
    groups
}

/// "Leave this site": ends the survey under way on this device (its draft and what was
/// written in it, and the cookie), then straight on to a neutral page elsewhere. A phone may
/// be shared: nothing written can be found again after this.
#[get("/exit")]
pub async fn exit(req: HttpRequest, store: web::Data<Store>, site: web::Data<SiteConfig>) -> Reply {
    if let Some(cookie) = req.cookie(journey::COOKIE) {
        let id = cookie.value().to_string();
        with_db(&store, move |conn| drafts::delete(conn, &id)).await?;
    }
    Ok(HttpResponse::SeeOther()
        .cookie(journey::draft_cookie(&req, String::new(), actix_web::cookie::time::Duration::ZERO))
        .insert_header((header::LOCATION, site.exit_url.clone()))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        // Browsers that know it also forget this site's pages and cookies.
        .insert_header(("Clear-Site-Data", "\"cache\", \"cookies\""))
        .finish())
}

/// "Get help now": who to call, now, in plain words.
#[get("/help")]
pub async fn help(Reader(lang): Reader, site: web::Data<SiteConfig>) -> Markup {
    let lang = &lang;
    let contact = html! { a.tap href=(in_lang("/contact", lang)) { (t!(lang, "contact-link")) } };
    layout::page(
        &t!(lang, "help-now"),
        lang,
        html! {
            h1 { (t!(lang, "help-now")) }
            p.lead { (rich(lang, "help-danger", &[("emergency", phone_link("999"))])) }
            h2 { (t!(lang, "help-talk")) }
            (helplines(lang, &site))
            p { (t!(lang, "help-trusted-adult")) }
            p { (rich(lang, "help-contact", &[("link", contact)])) }
            p { (t!(lang, "help-back")) }
        },
    )
}
