//! What needs the person signed in, at the top of their home page, with counts and dates:
//! for staff, surveys waiting for review, concerns not yet seen and partners' actions past due;
//! for ambassadors, their surveys sent back to be changed.

use chrono::NaiveDate;
use maud::{Markup, html};

use crate::accounts::Role;
use crate::mail::letters;
use crate::store::surveys::SurveySummary;
use crate::store::{Db, StoreError, concerns, reports};
use crate::survey::Status;

/// One thing waiting: what it is, where to act on it, and since when (if known).
pub struct Waiting {
    pub what: String,
    pub link: String,
    pub since: Option<NaiveDate>,
}

/// What waits for `role`, most pressing first.
pub fn load(
    conn: &mut Db,
    role: Role,
    surveys: &[SurveySummary],
    today: NaiveDate,
) -> Result<Vec<Waiting>, StoreError> {
    let mut waiting = Vec::new();
    if role.is_staff() {
        let unseen = concerns::unseen(conn)?;
        if unseen > 0 {
            let what = format!("{unseen} answer{} of concern not yet seen", if unseen == 1 { "" } else { "s" });
            waiting.push(Waiting { what, link: "/staff/concerns".into(), since: None });
        }
        for s in surveys.iter().filter(|s| s.status == Status::InReview) {
            waiting.push(about(s, "is waiting for your review"));
        }
        let published = reports::published(conn)?;
        let late: usize = letters::overdue(&published, today).iter().map(|(_, items)| items.len()).sum();
        if late > 0 {
            let what = format!("{late} partner action{} past due", if late == 1 { " is" } else { "s are" });
            waiting.push(Waiting { what, link: "/staff/reports".into(), since: None });
        }
    } else if role == Role::Ambassador {
        // Drafts, new or sent back, wait for the designers.
        for s in surveys.iter().filter(|s| s.status == Status::Draft) {
            waiting.push(about(s, "is a draft: change it, then send it for review"));
        }
    }
    Ok(waiting)
}

/// A survey waiting, linked to its page, since it last changed.
fn about(s: &SurveySummary, what: &str) -> Waiting {
    Waiting {
        what: format!("\u{201c}{}\u{201d} {what}", s.title),
        link: format!("/staff/surveys/{}", s.slug),
        since: Some(s.updated_at.date()),
    }
}

pub fn render(waiting: &[Waiting]) -> Markup {
    html! {
        section.work-queue aria-labelledby="queue-heading" {
            h2 #queue-heading { "Needs you" }
            @if waiting.is_empty() {
                p.muted { "Nothing is waiting for you." }
            } @else {
                ul {
                    @for w in waiting {
                        li {
                            a href=(w.link) { (w.what) }
                            @if let Some(since) = w.since { " " span.muted { "(since " (since.format("%-d %B %Y")) ")" } }
                        }
                    }
                }
            }
        }
    }
}
