//! Paper, for staff: the printable sheet of a survey in any of its languages (marked with the
//! day's print batch), as a page to print or a PDF, and keying its sheets back in (`keying`).

mod keying;
pub mod sheet;

use std::sync::Arc;

use actix_web::{get, post, web};
use maud::{Markup, html};

pub use keying::{key, keying_page, resolve, resolve_page};

use super::auth::{SentForm, Signed, SignedIn, Staff};
use super::{Reply, WebError, attachment, see_other, with_db};
use crate::config::SiteConfig;
use crate::store::Store;
use crate::store::paper::{self, Batch, Progress};
use crate::store::surveys::StoredSurvey;
use crate::survey::{Survey, language_name};
use crate::usecase;

/// On the survey's page for staff: paper in each language, and each batch's keying.
pub(in crate::web) fn section(survey: &Survey, batches: &[(Batch, Progress)]) -> Markup {
    let base = format!("/staff/surveys/{}/paper", survey.slug);
    html! {
        h2 #paper { "On paper" }
        p {
            "A printable A4 version, for young people who answer on paper; its sheets are keyed back in twice. Print it in "
            @for (i, tag) in survey.offered_languages().into_iter().enumerate() {
                @if i > 0 { ", " }
                a href={ (base) "?lang=" (tag) } lang=(tag) { (language_name(tag)) }
            }
            "."
        }
        @if !batches.is_empty() {
            table {
                caption { "Print batches" }
                thead { tr { th scope="col" { "Batch" } th scope="col" { "Printed" } th scope="col" { "Stored" } th scope="col" { "Keyed once" } th scope="col" { "To resolve" } } }
                tbody {
                    @for (batch, progress) in batches {
                        tr {
                            th scope="row" { a href={ "/staff/paper/" (batch.id) } { (batch.id) } " " span.muted { (language_name(&batch.language)) ", " (batch.made_at.format("%-d %b %Y")) } }
                            td { (batch.copies) } td { (progress.done) } td { (progress.waiting.len()) } td { (progress.differ.len()) }
                        }
                    }
                }
            }
        }
    }
}

#[derive(serde::Deserialize)]
pub struct PaperQuery {
    lang: Option<String>,
    /// `pdf` for the sheet as a PDF file.
    format: Option<String>,
}

/// The sheet of `slug` in `?lang=` (English if the survey has no such translation), marked
/// with today's batch for that language; `?format=pdf` makes it a PDF.
#[get("/staff/surveys/{slug}/paper")]
pub async fn sheet_page(
    store: web::Data<Store>,
    site: web::Data<SiteConfig>,
    signed: Signed<Staff>,
    slug: web::Path<String>,
    query: web::Query<PaperQuery>,
) -> Reply {
    let stored = store.survey(&slug).await?.ok_or(WebError::NotFound)?;
    let offered = stored.survey.offered_languages();
    let lang = query.lang.as_deref().filter(|l| offered.contains(l)).unwrap_or("en").to_string();
    // Asked before a batch is made for sheets that could not be printed.
    let printer = match query.format.as_deref() {
        Some("pdf") => match crate::pdf::can_print(&lang) {
            Ok(printer) => Some(printer),
            Err(cannot) => {
                let page =
                    super::layout::message_page("This sheet cannot be made into a PDF here", &cannot.to_string(), "en");
                return Ok(super::html_response(actix_web::http::StatusCode::SERVICE_UNAVAILABLE, page));
            }
        },
        _ => None,
    };
    let (survey_id, by, language) = (stored.id.clone(), signed.user.id.clone(), lang.clone());
    let batch =
        with_db(&store, move |conn| usecase::paper::todays_batch(conn, &survey_id, &language, Some(&by))).await?;
    let keying = format!("{}/staff/paper/{}", site.base(), batch.id);
    if let Some(printer) = printer {
        let html = sheet::render(&stored.survey, &lang, &batch.id, &keying, &site, None).into_string();
        let made = web::block(move || printer.print(&html))
            .await
            .map_err(|_| WebError::Store(crate::store::StoreError::Cancelled))?;
        let pdf = made.map_err(|e| WebError::Export(e.to_string()))?;
        let name = format!("{}-{lang}-{}.pdf", stored.survey.slug, batch.id);
        return Ok(attachment(&name, "application/pdf", pdf));
    }
    let staff = staff_header(&signed, &stored, &batch, &lang);
    let page = sheet::render(&stored.survey, &lang, &batch.id, &keying, &site, Some(staff));
    Ok(super::printable(page))
}

/// Above the sheet on screen: what the batch is, how to print it, how many were printed.
fn staff_header(signed: &SignedIn, stored: &Arc<StoredSurvey>, batch: &Batch, lang: &str) -> Markup {
    let survey = &stored.survey;
    let base = format!("/staff/surveys/{}/paper", survey.slug);
    html! {
        p { a href={ "/staff/surveys/" (survey.slug) } { "Back to the survey" } }
        h1 { "\u{201c}" bdi { (survey.title) } "\u{201d} on paper, in " (language_name(lang)) }
        p {
            "Every sheet printed today in this language carries batch " strong { (batch.id) } ": it names the survey and the printing, never a child. "
            "Print this page on A4 (Ctrl+P), or "
            a href={ (base) "?lang=" (lang) "&format=pdf" } { "download it as a PDF" } ". "
            button.print type="button" hidden { "Print" }
        }
        @if survey.offered_languages().len() > 1 {
            p { "In another language: "
                @for tag in survey.offered_languages().into_iter().filter(|t| *t != lang) {
                    a href={ (base) "?lang=" (tag) } lang=(tag) { (language_name(tag)) } " "
                }
            }
        }
        form method="post" action={ "/staff/paper/" (batch.id) "/copies" } {
            (signed.csrf_field())
            div.field {
                label for="copies" { "Copies printed (" (batch.copies) " so far): add" }
                " " input #copies type="number" name="copies" min="1" max="1000" value="30" required;
                " " button type="submit" { "Add" }
            }
        }
        p { "When sheets come back: " a href={ "/staff/paper/" (batch.id) } { "key them in" } ". Shred each sheet once it is keyed." }
    }
}

#[derive(serde::Deserialize)]
pub struct CopiesForm {
    copies: i32,
}

/// Counts more copies of a batch printed, so staff know when its sheets are all back.
#[post("/staff/paper/{batch}/copies")]
pub async fn add_copies(
    store: web::Data<Store>,
    batch: web::Path<String>,
    SentForm { form, .. }: SentForm<Staff, CopiesForm>,
) -> Reply {
    let copies = form.copies.clamp(1, 1000);
    let id = batch.into_inner();
    let back = with_db(&store, move |conn| {
        let Some(batch) = paper::find_batch(conn, &id)? else { return Ok(None) };
        paper::add_copies(conn, &id, copies)?;
        let slug = crate::store::surveys::slug_of(conn, &batch.survey_id)?;
        Ok(Some(format!("/staff/surveys/{slug}/paper?lang={}", batch.language)))
    })
    .await?
    .ok_or(WebError::NotFound)?;
    Ok(see_other(back))
}
