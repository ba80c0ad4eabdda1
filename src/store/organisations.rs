//! Partner organisations, their contact addresses, and the partners who belong to them.

use diesel::prelude::*;

use super::schema::{organisations, users};
use super::{Db, StoreError, new_id, now};
use crate::accounts::Organisation;

fn from_row((id, name, contacts): (String, String, String)) -> Result<Organisation, StoreError> {
    let contact_emails = serde_json::from_str(&contacts).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok(Organisation { id, name, contact_emails })
}

fn contacts_json(emails: &[String]) -> String {
    serde_json::to_string(emails).expect("a list of strings is JSON")
}

/// Every organisation, by name.
pub fn list(conn: &mut Db) -> Result<Vec<Organisation>, StoreError> {
    let rows: Vec<(String, String, String)> = organisations::table
        .select((organisations::id, organisations::name, organisations::contact_emails))
        .order(organisations::name.asc())
        .load(conn)?;
    rows.into_iter().map(from_row).collect()
}

pub fn find(conn: &mut Db, id: &str) -> Result<Option<Organisation>, StoreError> {
    let row: Option<(String, String, String)> = organisations::table
        .find(id)
        .select((organisations::id, organisations::name, organisations::contact_emails))
        .first(conn)
        .optional()?;
    row.map(from_row).transpose()
}

/// A new organisation; None if one already has this name (any case).
pub fn create(conn: &mut Db, name: &str, contact_emails: &[String]) -> Result<Option<Organisation>, StoreError> {
    conn.write_transaction(|conn| {
        if list(conn)?.iter().any(|o| o.name.to_lowercase() == name.to_lowercase()) {
            return Ok(None);
        }
        let organisation =
            Organisation { id: new_id(), name: name.to_string(), contact_emails: contact_emails.to_vec() };
        diesel::insert_into(organisations::table)
            .values((
                organisations::id.eq(&organisation.id),
                organisations::name.eq(&organisation.name),
                organisations::contact_emails.eq(contacts_json(contact_emails)),
                organisations::created_at.eq(now()),
            ))
            .execute(conn)?;
        Ok(Some(organisation))
    })
}

pub fn set_contacts(conn: &mut Db, id: &str, contact_emails: &[String]) -> Result<bool, StoreError> {
    let changed = diesel::update(organisations::table.find(id))
        .set(organisations::contact_emails.eq(contacts_json(contact_emails)))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Puts a partner's account in an organisation.
pub fn add_member(conn: &mut Db, user_id: &str, organisation_id: &str) -> Result<(), StoreError> {
    diesel::update(users::table.find(user_id)).set(users::organisation_id.eq(organisation_id)).execute(conn)?;
    Ok(())
}
