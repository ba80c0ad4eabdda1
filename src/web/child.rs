//! The pages around the survey a child may need: the front door, help, the quick exit, and
//! the published reports.

use actix_web::{HttpResponse, get, http::header, web};
use maud::{Markup, html};

use super::{WebError, layout, with_db};
use crate::config::SiteConfig;
use crate::store::{Store, surveys};
use crate::survey::Status;

/// The front door: the surveys open for answers.
#[get("/")]
pub async fn home(store: web::Data<Store>) -> Result<Markup, WebError> {
    let list = with_db(&store, |conn| surveys::list(conn)).await?;
    let open: Vec<_> = list.into_iter().filter(|s| s.status == Status::Open).collect();
    Ok(layout::page(
        "Have your say",
        "en",
        html! {
            h1 { "Have your say" }
            p.lead { "Short surveys written by young people in care, for young people in care. You don't have to give your name." }
            @if open.is_empty() {
                p { "There are no surveys open right now. Please come back soon." }
            } @else {
                ul.surveys {
                    @for s in &open {
                        li {
                            a href={ "/s/" (s.slug) } { (s.title) }
                            @if let Some(summary) = &s.summary { br; span.muted { (summary) } }
                        }
                    }
                }
            }
        },
    ))
}

/// "Get help now": who to call, now, in plain words.
#[get("/help")]
pub async fn help(site: web::Data<SiteConfig>) -> Markup {
    let tel = |number: &str| format!("tel:{}", number.replace(' ', ""));
    layout::page(
        "Get help now",
        "en",
        html! {
            h1 { "Get help now" }
            p.lead { "If you are in danger right now, call " a href="tel:999" { "999" } "." }
            h2 { "Talk to someone" }
            ul.facts {
                li { strong { "Childline" } ": call " a href=(tel("0800 1111")) { "0800 1111" } ". Free, any time, day or night, and it won't show on the phone bill." }
                li { strong { "Always Heard" } " (Coram Voice), for children in care and care leavers who want an advocate: call " a href=(tel("0808 800 5792")) { "0808 800 5792" } "." }
                li { strong { (site.council_name) } ": call " a href=(tel(&site.council_phone)) { (site.council_phone) } " and ask for children's services." }
            }
            p { "You can also tell a teacher, a carer, your social worker or another adult you trust." }
            p { "To go back to your survey, use your browser's back button. Your answers so far are saved." }
        },
    )
}

/// "Leave this site": straight on to a neutral page elsewhere.
#[get("/exit")]
pub async fn exit(site: web::Data<SiteConfig>) -> HttpResponse {
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, site.exit_url.clone()))
        .insert_header((header::REFERRER_POLICY, "no-referrer"))
        .finish()
}
