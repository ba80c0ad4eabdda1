//! Staff at work on a survey's free-text answers: moving an answer to another theme, approving
//! a quote, and the designated lead marking a concern seen.

use super::Refused;
use crate::store::{Db, accounts, concerns, surveys, themes};
use crate::survey::{Keyword, Priority};

fn survey_id(conn: &mut Db, slug: &str) -> Result<String, Refused> {
    Ok(surveys::find(conn, slug)?.ok_or(Refused::NotFound)?.id)
}

/// "priority/theme" as the board names a theme ("" for none): the priority and the theme.
fn coding(value: &str) -> (Option<&str>, Option<&str>) {
    let (priority, theme) = value.split_once('/').unwrap_or((value, ""));
    (Some(priority).filter(|p| Priority::parse(p).is_some()), Some(theme).filter(|t| !t.is_empty()))
}

/// Moves the answer `reference` names to the theme `to` ("priority/theme", "" for none).
pub fn move_answer(conn: &mut Db, by: &str, slug: &str, reference: &str, to: &str) -> Result<(), Refused> {
    let id = survey_id(conn, slug)?;
    let (priority, theme) = coding(to);
    if !themes::recode(conn, &id, reference, priority, theme)? {
        return Err(Refused::NotFound);
    }
    let to = if to.is_empty() { "no priority" } else { to };
    accounts::audit(conn, Some(by), "moved an answer to another theme", &format!("{slug}: to {to}"))?;
    Ok(())
}

/// Approves the answer `reference` names as a quote (or withdraws it): only an answer not on
/// the concerns list, in a theme at least as big as the survey's threshold.
pub fn set_quote(conn: &mut Db, by: &str, slug: &str, reference: &str, approve: bool) -> Result<(), Refused> {
    let id = survey_id(conn, slug)?;
    let answers = themes::text_answers(conn, &id)?;
    let answer = answers.iter().find(|a| a.reference == reference).ok_or(Refused::NotFound)?;
    let threshold = surveys::threshold_of(conn, &id)?;
    let size = themes::theme_sizes(conn, &id)?.get(&answer.theme()).copied().unwrap_or(0);
    if approve && answer.flagged {
        let why = "This answer is on the concerns list, so it is never quoted or published.";
        return Err(Refused::Conflict(why.into()));
    }
    if approve && size < threshold {
        let why = format!("This theme has fewer than {threshold} answers, so none of them can be quoted yet.");
        return Err(Refused::Conflict(why));
    }
    themes::set_quote(conn, &id, reference, approve.then_some(by))?;
    let what = if approve { "approved a quote" } else { "withdrew a quote's approval" };
    accounts::audit(conn, Some(by), what, slug)?;
    Ok(())
}

/// The designated lead marks the concern `reference` names seen, with a note.
pub fn mark_concern_seen(conn: &mut Db, by: &str, reference: &str, note: Option<&str>) -> Result<(), Refused> {
    if !concerns::mark_seen(conn, reference, by, note)? {
        return Err(Refused::NotFound);
    }
    accounts::audit(conn, Some(by), "marked a concern seen", note.unwrap_or(""))?;
    Ok(())
}
