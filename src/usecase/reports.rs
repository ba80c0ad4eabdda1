//! "You said, we did" reports: publishing one (its quotes checked again, each partner named in
//! it emailed), and keeping its statements up to date, by staff and ambassadors in the editor
//! or by a partner for its own actions.

use super::Refused;
use crate::mail;
use crate::reports::{ActionStatus, ReportStatus, check_status};
use crate::store::reports::StatementFields;
use crate::store::{Db, accounts, reports, surveys, themes};
use crate::survey::Status;

/// Publishes the draft report `report_id`, in one transaction with the emails telling each
/// partner named in it what it is responsible for; returns how many were queued (wake the
/// outbox to send them).
pub fn publish(conn: &mut Db, by: &str, report_id: &str, base: &str) -> Result<usize, Refused> {
    conn.write_transaction(|conn| {
        let report = reports::find(conn, report_id)?.ok_or(Refused::NotFound)?;
        for (slug, title) in &report.surveys {
            if surveys::find(conn, slug)?.is_some_and(|s| s.status != Status::Closed) {
                let why = format!(
                    "\u{201c}{title}\u{201d} is still open. A report is published once every survey it answers has \
                     closed, so that its figures are final and no one's answers can be picked out as they come in."
                );
                return Err(Refused::Conflict(why));
            }
        }
        if !reports::publish(conn, report_id)? {
            return Err(Refused::Conflict("This report is already published.".into()));
        }
        // A quote keeps its approval only while its theme is big enough and the answer is not
        // on the concerns list: checked again now.
        for (slug, _) in &report.surveys {
            if let Some(stored) = surveys::find(conn, slug)? {
                let threshold = u64::from(stored.survey.report_threshold);
                let withdrawn = themes::withdraw_unquotable(conn, &stored.id, threshold)?;
                if withdrawn > 0 {
                    let why = format!("{slug}: {withdrawn} from themes now too small, or on the concerns list");
                    accounts::audit(conn, Some(by), "withdrew quotes' approval", &why)?;
                }
            }
        }
        reports::record_change(conn, report_id, Some(by), "published")?;
        accounts::audit(conn, Some(by), "published a report", report_id)?;
        let queued = mail::queue_published(conn, &report, base)?;
        accounts::audit(conn, Some(by), "emailed partners about a report", &format!("{queued} emails queued"))?;
        Ok(queued)
    })
}

/// Adds a statement to a report, or (with `statement_id`) changes one of its statements. Once
/// published, what partners and children have read is changed by staff only, and each change
/// goes in the report's history.
pub fn save_statement(
    conn: &mut Db,
    by: &str,
    staff: bool,
    report_id: &str,
    statement_id: Option<&str>,
    fields: &StatementFields,
) -> Result<(), Refused> {
    let report = reports::find(conn, report_id)?.ok_or(Refused::NotFound)?;
    if report.status == ReportStatus::Published && !staff {
        return Err(Refused::NotAllowed);
    }
    if reports::save_statement(conn, report_id, statement_id, fields)?.is_none() {
        // Not this report's statement, or no such partner: nothing changes, no history.
        return Err(Refused::NotFound);
    }
    let what = format!(
        "{} \u{201c}{}\u{201d}: {}",
        if statement_id.is_some() { "changed" } else { "added" },
        fields.you_said,
        fields.status.words("en")
    );
    if report.status == ReportStatus::Published {
        reports::record_change(conn, report_id, Some(by), &what)?;
    }
    if staff {
        accounts::audit(conn, Some(by), "changed a report", &format!("{}: {what}", report.title))?;
    }
    Ok(())
}

/// A partner's update to one of its own organisation's actions in a published report, noted
/// in the report's history.
pub fn update_action(
    conn: &mut Db,
    by: &str,
    organisation_id: &str,
    statement_id: &str,
    action: &str,
    status: ActionStatus,
    reason: Option<&str>,
) -> Result<(), Refused> {
    check_status(status, reason.unwrap_or("")).map_err(Refused::Conflict)?;
    let mine = reports::published_for(conn, organisation_id)?;
    let report = mine.iter().find(|r| r.statements.iter().any(|s| s.id == statement_id)).ok_or(Refused::NotFound)?;
    if !reports::update_action(conn, statement_id, organisation_id, action, status, reason)? {
        return Err(Refused::NotFound);
    }
    reports::record_change(conn, &report.id, Some(by), &format!("{}: {}", status.words("en"), action))?;
    Ok(())
}
