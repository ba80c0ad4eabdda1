//! The pages a child sees.

use actix_web::{get, web};
use maud::{Markup, html};

use super::{WebError, layout, with_db};
use crate::store::{Store, surveys};
use crate::survey::Status;

/// The front door: the surveys open for answers.
#[get("/")]
pub async fn home(store: web::Data<Store>) -> Result<Markup, WebError> {
    let list = with_db(&store, |conn| surveys::list(conn)).await?;
    let open: Vec<_> = list
        .into_iter()
        .filter(|s| s.status == Status::Open)
        .collect();
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

/// A survey's first page: what it is about, who wrote it.
#[get("/s/{slug}")]
pub async fn survey_intro(
    store: web::Data<Store>,
    slug: web::Path<String>,
) -> Result<Markup, WebError> {
    let slug = slug.into_inner();
    let stored = with_db(&store, move |conn| surveys::find(conn, &slug))
        .await?
        .ok_or(WebError::NotFound)?;
    let survey = &stored.survey;
    let today = chrono::Utc::now().date_naive();
    let open = stored.status == Status::Open && survey.dates_allow(today);
    if !matches!(stored.status, Status::Open | Status::Closed) {
        return Err(WebError::NotFound);
    }
    Ok(layout::page(
        &survey.title,
        "en",
        html! {
            h1 { (survey.title) }
            @for paragraph in survey.intro_paragraphs() {
                p { (paragraph) }
            }
            @if !survey.designed_by.is_empty() {
                p.muted { "Designed by " (survey.designed_by.join(", ")) "." }
            }
            @if !open {
                p.lead { "This survey isn't open for answers right now. Thank you for wanting to take part." }
                @if let (Some(opens), true) = (survey.opens, stored.status == Status::Open) {
                    @if today < opens { p { "It opens on " (opens.format("%-d %B %Y")) "." } }
                }
            }
        },
    ))
}
