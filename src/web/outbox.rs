//! What ourvoice has not been able to email yet, for staff: queued emails to partners and
//! staff, and contact requests still to reach the duty team. Nothing is dropped; this is
//! where a failing relay shows.

use actix_web::{get, post, web};
use maud::html;

use super::auth::{NoFields, SentForm, Signed, Staff};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, see_other, with_db};
use crate::mail::Outbox;
use crate::store::{Store, contact, emails};

/// How much is waiting, for the notice on the staff home page: emails, then contact requests.
pub(super) async fn waiting(store: &web::Data<Store>) -> Result<(usize, usize), WebError> {
    let (queued, requests) =
        with_db(store, |conn| Ok((emails::unsent_count(conn)?, contact::waiting(conn)?.len()))).await?;
    Ok((usize::try_from(queued).unwrap_or(usize::MAX), requests))
}

#[get("/staff/emails")]
pub async fn page(store: web::Data<Store>, outbox: web::Data<Outbox>, signed: Signed<Staff>) -> Page {
    let (queued, requests) = with_db(&store, |conn| Ok((emails::unsent(conn)?, contact::waiting(conn)?))).await?;
    Ok(signed_in_page(
        &signed,
        "Emails not sent yet",
        html! {
            h1 { "Emails not sent yet" }
            @if outbox.mailer.is_none() {
                p.notice { "Email is not set up (OURVOICE_SMTP_URL), so nothing is sent. Everything below is kept and goes once it is set up and ourvoice restarts." }
            }
            @if queued.is_empty() && requests.is_empty() {
                p { "Every email has been sent." }
            } @else {
                p { "ourvoice tries these again every few minutes and never gives up on them. If they stay here, the email relay or an address may be wrong: the last error says which." }
                form method="post" action="/staff/emails/retry" {
                    (signed.csrf_field())
                    button.button type="submit" { "Try again now" }
                }
            }
            @if !requests.is_empty() {
                h2 { "Requests to be contacted" }
                p { (requests.len()) " request" (if requests.len() == 1 { "" } else { "s" }) " from young people to be contacted " (if requests.len() == 1 { "has" } else { "have" }) " not reached the duty team yet. What they wrote is not shown here." }
                table {
                    caption.visually-hidden { "Contact requests not yet emailed to the duty team, oldest first" }
                    thead { tr { th scope="col" { "Received" } th scope="col" { "Tries" } th scope="col" { "Last error" } } }
                    tbody { @for (on, attempts, error) in &requests {
                        tr { td { (on.format("%-d %B %Y")) } td { (attempts) } td { (error.as_deref().unwrap_or("not tried yet")) } }
                    } }
                }
            }
            @if !queued.is_empty() {
                h2 { "Emails" }
                table {
                    caption.visually-hidden { "Emails not yet sent, oldest first" }
                    thead { tr { th scope="col" { "Queued (UTC)" } th scope="col" { "To" } th scope="col" { "Subject" } th scope="col" { "Tries" } th scope="col" { "Last error" } } }
                    tbody { @for e in &queued {
                        tr {
                            td { (e.queued_at.format("%Y-%m-%d %H:%M")) } td { (e.to) } td { (e.subject) } td { (e.attempts) }
                            td { (e.last_error.as_deref().unwrap_or("not tried yet")) }
                        }
                    } }
                }
            }
        },
    ))
}

/// Staff (their form's token checked) ask for the emails waiting to be tried again now.
#[post("/staff/emails/retry")]
pub async fn retry(outbox: web::Data<Outbox>, _staff: SentForm<Staff, NoFields>) -> Reply {
    outbox.send_soon();
    Ok(see_other("/staff/emails"))
}
