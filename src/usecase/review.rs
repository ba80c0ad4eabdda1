//! A survey moving through review (sent for review, sent back, approved, opened, closed), each
//! move audited, and the people it concerns told by email (queued: wake the outbox); a survey
//! approved or opened has its read-aloud clips made.

use super::{Refused, read_aloud};
use crate::accounts::{Role, User};
use crate::mail::letters;
use crate::store::{Db, accounts, counts, designs, emails, surveys};
use crate::survey::Status;
use crate::workflow;

const MOVED: &str = "changed a survey's status";

/// Moves the survey `slug` from `from` (as the form saw it) to `to`; returns how many emails
/// were queued: staff are told when one is sent for review, and whoever sent it when it
/// comes back.
pub fn move_survey(
    conn: &mut Db,
    by: &User,
    slug: &str,
    from: Status,
    to: Status,
    base: &str,
) -> Result<usize, Refused> {
    if !workflow::allowed(from, to, by.role) {
        return Err(Refused::NotAllowed);
    }
    let (survey, queued) = conn.write_transaction(|conn| {
        let stored = surveys::find(conn, slug)?.ok_or(Refused::NotFound)?;
        if stored.status != from || !surveys::set_status(conn, &stored.id, from, to)? {
            let now = stored.status.words().to_lowercase();
            return Err(Refused::Conflict(format!("Someone has just moved this survey: it is now {now}.")));
        }
        if from == Status::Draft && designs::has_problems(conn, slug)? {
            let why = "The designer has changes with problems still to fix: fix them, then send it for review.";
            return Err(Refused::Conflict(why.into()));
        }
        accounts::audit(conn, Some(&by.id), MOVED, &format!("{slug}: {from} → {to}"))?;
        if to == Status::Closed {
            // What everyone but staff will see of it, from now on.
            counts::freeze(conn, &stored.id)?;
        }
        let told: Vec<String> = match (from, to) {
            (Status::Draft, Status::InReview) => accounts::addresses_of(conn, &[Role::Staff, Role::Admin])?,
            (Status::InReview, Status::Draft) => {
                let sent = format!("{slug}: {} → {}", Status::Draft, Status::InReview);
                accounts::last_to(conn, MOVED, &sent)?.and_then(|u| u.email).into_iter().collect()
            }
            _ => Vec::new(),
        };
        let title = &stored.survey.title;
        let mut queued = 0;
        for to_address in told.iter().filter(|a| by.email.as_ref() != Some(*a)) {
            let email = letters::survey_moved(to_address, title, slug, &by.name, to, base);
            queued += usize::from(emails::queue(conn, &email)?);
        }
        Ok((stored.survey, queued))
    })?;
    if matches!(to, Status::Approved | Status::Open)
        && let Err(e) = read_aloud::prepare(conn, &survey)
    {
        // Made when a child first asks instead.
        tracing::warn!(slug, error = %e, "read-aloud clips were not made ahead");
    }
    Ok(queued)
}
