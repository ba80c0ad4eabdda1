//! "I'd like someone to contact me": kept apart from every answer, with the day it came and
//! whether the duty team has been emailed.

use chrono::NaiveDate;
use diesel::prelude::*;

use super::schema::contact_requests;
use super::{Db, StoreError, new_id};

#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = contact_requests)]
pub struct ContactRequest {
    pub id: String,
    pub name: String,
    pub contact: String,
    pub message: Option<String>,
    pub concern: i32,
    pub received_on: NaiveDate,
    pub attempts: i32,
}

/// What a young person asked for, before it is stored.
pub struct NewContact {
    pub name: String,
    pub contact: String,
    pub message: Option<String>,
    pub concern: bool,
}

pub fn insert(conn: &mut Db, request: &NewContact, today: NaiveDate) -> Result<ContactRequest, StoreError> {
    let stored = ContactRequest {
        id: new_id(),
        name: request.name.clone(),
        contact: request.contact.clone(),
        message: request.message.clone(),
        concern: i32::from(request.concern),
        received_on: today,
        attempts: 0,
    };
    diesel::insert_into(contact_requests::table)
        .values((
            contact_requests::id.eq(&stored.id),
            contact_requests::name.eq(&stored.name),
            contact_requests::contact.eq(&stored.contact),
            contact_requests::message.eq(&stored.message),
            contact_requests::concern.eq(stored.concern),
            contact_requests::received_on.eq(stored.received_on),
        ))
        .execute(conn)?;
    Ok(stored)
}

/// Requests not yet emailed, oldest day first.
pub fn unsent(conn: &mut Db) -> Result<Vec<ContactRequest>, StoreError> {
    Ok(contact_requests::table
        .filter(contact_requests::sent.eq(0))
        .order(contact_requests::received_on.asc())
        .select(ContactRequest::as_select())
        .load(conn)?)
}

/// Takes this attempt at sending a request; false if another process took it first (the
/// attempt count moved on) or it has been sent.
pub fn claim(conn: &mut Db, request: &ContactRequest) -> Result<bool, StoreError> {
    let changed = diesel::update(
        contact_requests::table
            .find(&request.id)
            .filter(contact_requests::sent.eq(0).and(contact_requests::attempts.eq(request.attempts))),
    )
    .set(contact_requests::attempts.eq(request.attempts + 1))
    .execute(conn)?;
    Ok(changed == 1)
}

/// Records how an attempt went: sent, or the error to retry after.
pub fn record_attempt(conn: &mut Db, id: &str, outcome: Result<(), String>) -> Result<(), StoreError> {
    let target = contact_requests::table.find(id);
    match outcome {
        Ok(()) => diesel::update(target)
            .set((contact_requests::sent.eq(1), contact_requests::last_error.eq(None::<String>)))
            .execute(conn)?,
        Err(e) => diesel::update(target).set(contact_requests::last_error.eq(Some(e))).execute(conn)?,
    };
    Ok(())
}

/// For staff, without what the young person wrote: when each unsent request came, how many
/// times it was tried, and the last error.
pub fn waiting(conn: &mut Db) -> Result<Vec<(NaiveDate, i32, Option<String>)>, StoreError> {
    Ok(contact_requests::table
        .filter(contact_requests::sent.eq(0))
        .order(contact_requests::received_on.asc())
        .select((contact_requests::received_on, contact_requests::attempts, contact_requests::last_error))
        .load(conn)?)
}
