//! The signed-in side: home and the audit log.

use actix_web::{get, web};
use maud::html;

use super::auth::{Signed, SignedIn, Staff};
use super::staff_page::signed_in_page;
use super::{Page, outbox, with_db, work_queue};
use crate::store::{Store, accounts, designs, surveys};

#[get("/staff")]
pub async fn home(store: web::Data<Store>, signed: SignedIn) -> Page {
    let role = signed.user.role;
    let (list, unfinished, waiting) = with_db(&store, move |conn| {
        let list = surveys::list(conn)?;
        let waiting = work_queue::load(conn, role, &list, chrono::Utc::now().date_naive())?;
        Ok((list, designs::unfinished(conn)?, waiting))
    })
    .await?;
    let designer = signed.user.role.works_on_surveys();
    let (emails, requests) = if signed.user.role.is_staff() { outbox::waiting(&store).await? } else { (0, 0) };
    Ok(signed_in_page(
        &signed,
        "ourvoice",
        html! {
            @if emails + requests > 0 {
                p.notice role="status" {
                    strong { (emails + requests) " email" (if emails + requests == 1 { "" } else { "s" }) " not sent yet. " }
                    a href="/staff/emails" { "See what is waiting and why" }
                }
            }
            h1 { "Home" }
            (work_queue::render(&waiting))
            h2 { "Surveys" }
            @if designer { p { a.button href="/staff/surveys/new" { "Design a new survey" } } }
            ul.surveys {
                @for s in &list {
                    li {
                        @if designer { a href={ "/staff/surveys/" (s.slug) } { (s.title) } } @else { (s.title) }
                        " " span.muted { "(" (s.status.words()) ")" }
                    }
                }
            }
            @if designer && !unfinished.is_empty() {
                h2 { "Being designed" }
                p { "These have things to fix before they can be sent for review." }
                ul.surveys {
                    @for d in &unfinished {
                        li {
                            a href={ "/staff/surveys/" (d.slug) "/design" } { (if d.title.is_empty() { d.slug.as_str() } else { d.title.as_str() }) }
                            " " span.muted { "(last saved " (d.updated_at.format("%-d %B %Y %H:%M")) " UTC)" }
                        }
                    }
                }
            }
            form method="post" action="/sign-out/everywhere" {
                (signed.csrf_field())
                button.button.secondary type="submit" { "Sign out on every device" }
            }
        },
    ))
}

#[get("/staff/audit")]
pub async fn audit(store: web::Data<Store>, signed: Signed<Staff>) -> Page {
    let entries = with_db(&store, |conn| accounts::audit_entries(conn, 500)).await?;
    Ok(signed_in_page(
        &signed,
        "Audit log",
        html! {
            h1 { "Audit log" }
            table {
                caption.visually-hidden { "Every staff and admin action, newest first" }
                thead { tr { th scope="col" { "When (UTC)" } th scope="col" { "Who" } th scope="col" { "What" } th scope="col" { "Detail" } } }
                tbody {
                    @for e in &entries {
                        tr { td { (e.at.format("%Y-%m-%d %H:%M")) } td { (e.who.as_deref().unwrap_or("ourvoice")) } td { (e.action) } td { (e.detail) } }
                    }
                }
            }
        },
    ))
}
