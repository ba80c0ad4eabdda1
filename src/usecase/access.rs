//! Who may answer a survey: anyone with its link, or only with a single-use code from a card.
//! Staff change it; it changes who gets in, never what was asked.

use super::Refused;
use crate::store::surveys::{self, SaveError};
use crate::store::{Db, accounts};
use crate::survey::Access;

/// The access mode in words, for the people who run a survey.
pub fn access_words(access: Access) -> &'static str {
    match access {
        Access::Link => "Anyone with the link can answer, once per visit: cards carry the link and its QR code.",
        Access::Codes => {
            "Only with a single-use code: each card carries its own code, which works once, so each young person answers once."
        }
    }
}

/// Sets who may answer the survey `slug`, with its audit record.
pub fn set_access(conn: &mut Db, by: &str, slug: &str, access: Access) -> Result<(), Refused> {
    let stored = surveys::find(conn, slug)?.ok_or(Refused::NotFound)?;
    if stored.survey.access == access {
        return Ok(());
    }
    let mut survey = stored.survey;
    survey.access = access;
    match surveys::save(conn, &survey, stored.status) {
        Ok(_) => {}
        Err(SaveError::Store(e)) => return Err(Refused::Store(e)),
        Err(refused) => return Err(Refused::Conflict(refused.to_string())),
    }
    accounts::audit(conn, Some(by), "changed who can answer", &format!("{slug}: {access}"))?;
    Ok(())
}
