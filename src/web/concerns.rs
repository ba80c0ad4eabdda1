//! The concerns list for the designated lead: answers that may mean a young person is at
//! risk, each marked seen with what was done.

use actix_web::{get, post, web};
use maud::{Markup, html};

use super::auth::{SentForm, Signed, SignedIn, Staff};
use super::staff_page::signed_in_page;
use super::{Page, Reply, act, see_other, with_db};
use crate::store::{Store, concerns};
use crate::usecase;

fn concerns_page(signed: &SignedIn, list: &[concerns::Concern]) -> Markup {
    signed_in_page(
        signed,
        "Concerns",
        html! {
            h1 { "Concerns" }
            p { "Answers that may mean a young person is at risk: words of concern in any of the languages ourvoice speaks, or an answer the survey marks as putting help first (feeling unsafe, no adult to trust). Each young person who gave one online saw help at once; an answer from paper or a kiosk says so, with the batch and sheet to find before it is shredded. Answers are anonymous: if one needs action, follow the safeguarding procedure. Mark each one seen, with what you did. None of these answers is ever quoted or published." }
            @if list.is_empty() { p.muted { "No answers have been flagged." } }
            @for c in list {
                @let id = &c.reference;
                section.concern {
                    h2 { (c.survey) " " span.muted { "(week of " (c.week.format("%-d %B %Y")) ")" } }
                    p.muted { (c.question) }
                    blockquote { p { (c.answer) } }
                    @if let Some(reason) = &c.reason { p { strong { "Why: " } (reason) } }
                    @match &c.seen {
                        Some((by, at, note)) => p { "Seen by " (by) ", " (at.format("%-d %B %Y %H:%M")) " UTC" @if let Some(note) = note { ": " (note) } },
                        None => form method="post" action={ "/staff/concerns/" (c.reference) } {
                            (signed.csrf_field())
                            div.field {
                                label for={ "note-" (id) } { "What you did (optional)" }
                                textarea.text id={ "note-" (id) } name="note" rows="2" {}
                            }
                            div.actions { button.button type="submit" { "Mark seen" } }
                        },
                    }
                }
            }
        },
    )
}

#[get("/staff/concerns")]
pub async fn concerns_list(store: web::Data<Store>, signed: Signed<Staff>) -> Page {
    let list = with_db(&store, |conn| concerns::list(conn)).await?;
    Ok(concerns_page(&signed, &list))
}

#[derive(serde::Deserialize)]
pub struct SeenForm {
    #[serde(default)]
    note: String,
}

#[post("/staff/concerns/{reference}")]
pub async fn mark_seen(
    store: web::Data<Store>,
    reference: web::Path<String>,
    SentForm { signed, form }: SentForm<Staff, SeenForm>,
) -> Reply {
    let reference = reference.into_inner();
    let note = Some(form.note.trim().to_string()).filter(|n| !n.is_empty());
    let by = signed.user.id.clone();
    act(&store, move |conn| usecase::mark_concern_seen(conn, &by, &reference, note.as_deref())).await?;
    Ok(see_other("/staff/concerns"))
}
