//! "I'd like someone to contact me": kept apart from every answer, with the day it came and
//! whether the duty team has been emailed.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::contact_requests;
use super::{Db, StoreError, new_id, now};

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
    /// Which ways of reaching them are safe, as the form said them ("call, text").
    pub safe_ways: Option<String>,
    pub good_time: Option<String>,
}

/// What a young person asked for, before it is stored.
pub struct NewContact {
    pub name: String,
    pub contact: String,
    pub message: Option<String>,
    pub concern: bool,
    pub safe_ways: Vec<String>,
    pub good_time: Option<String>,
}

/// Stores a request, unless the same one came today already (a second press of Send); true
/// if it was new.
pub fn insert(conn: &mut Db, request: &NewContact, today: NaiveDate) -> Result<bool, StoreError> {
    let same: Vec<Option<String>> = contact_requests::table
        .filter(contact_requests::received_on.eq(today))
        .filter(contact_requests::name.eq(&request.name).and(contact_requests::contact.eq(&request.contact)))
        .select(contact_requests::message)
        .load(conn)?;
    if same.contains(&request.message) {
        return Ok(false);
    }
    diesel::insert_into(contact_requests::table)
        .values((
            contact_requests::id.eq(new_id()),
            contact_requests::name.eq(&request.name),
            contact_requests::contact.eq(&request.contact),
            contact_requests::message.eq(&request.message),
            contact_requests::concern.eq(i32::from(request.concern)),
            contact_requests::received_on.eq(today),
            contact_requests::safe_ways.eq(Some(request.safe_ways.join(", ")).filter(|w| !w.is_empty())),
            contact_requests::good_time.eq(&request.good_time),
        ))
        .execute(conn)?;
    Ok(true)
}

/// Requests not yet emailed, oldest day first.
pub fn unsent(conn: &mut Db) -> Result<Vec<ContactRequest>, StoreError> {
    Ok(contact_requests::table
        .filter(contact_requests::sent.eq(0))
        .order(contact_requests::received_on.asc())
        .select(ContactRequest::as_select())
        .load(conn)?)
}

/// Takes this attempt at sending a request, with a lease no other attempt can take until it
/// ends: each request is emailed once, however many senders race. False if another attempt
/// holds it or it has been sent.
pub fn claim(conn: &mut Db, request: &ContactRequest) -> Result<bool, StoreError> {
    let free = contact_requests::lease_until.is_null().or(contact_requests::lease_until.lt(now()));
    let changed =
        diesel::update(contact_requests::table.find(&request.id).filter(contact_requests::sent.eq(0).and(free)))
            .set((
                contact_requests::attempts.eq(contact_requests::attempts + 1),
                contact_requests::lease_until.eq(Some(super::lease())),
            ))
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
        Err(e) => diesel::update(target)
            .set((contact_requests::last_error.eq(Some(e)), contact_requests::lease_until.eq(None::<NaiveDateTime>)))
            .execute(conn)?,
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

/// A request as the duty team's list shows it: a reference, when it came, whether it was
/// emailed and when it was marked handled. Never what the young person wrote.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = contact_requests)]
pub struct Handling {
    pub id: String,
    pub received_on: NaiveDate,
    pub sent: i32,
    pub handled_on: Option<NaiveDate>,
}

impl Handling {
    /// The reference in the duty team's email and on the list: the first eight letters of the id.
    pub fn reference(&self) -> String {
        reference(&self.id)
    }
}

/// A request's reference, for people: the first eight letters of its id, in capitals.
pub fn reference(id: &str) -> String {
    id.chars().take(8).collect::<String>().to_uppercase()
}

/// Every request, newest first, for the duty team to mark handled.
pub fn handling(conn: &mut Db) -> Result<Vec<Handling>, StoreError> {
    Ok(contact_requests::table
        .order((contact_requests::received_on.desc(), contact_requests::id.asc()))
        .select(Handling::as_select())
        .load(conn)?)
}

/// Marks a request handled on `today`; false if there is no such request or it was already.
pub fn mark_handled(conn: &mut Db, id: &str, today: NaiveDate) -> Result<bool, StoreError> {
    let changed = diesel::update(contact_requests::table.find(id).filter(contact_requests::handled_on.is_null()))
        .set(contact_requests::handled_on.eq(Some(today)))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Erases the name and details of every request handled before `before`: the young person's
/// name, how to reach them, what they wrote, and when and how it is safe. Returns how many.
pub fn erase_handled(conn: &mut Db, before: NaiveDate) -> Result<usize, StoreError> {
    Ok(diesel::update(
        contact_requests::table.filter(contact_requests::handled_on.lt(before).and(contact_requests::name.ne(""))),
    )
    .set((
        contact_requests::name.eq(""),
        contact_requests::contact.eq(""),
        contact_requests::message.eq(None::<String>),
        contact_requests::safe_ways.eq(None::<String>),
        contact_requests::good_time.eq(None::<String>),
    ))
    .execute(conn)?)
}
