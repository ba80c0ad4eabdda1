//! The email queue: what ourvoice has to send to staff and partners, kept until it is sent.
//! An email is queued in the same transaction as what caused it, so it can't be lost between
//! the two; the outbox sends it and records each attempt.

use chrono::NaiveDateTime;
use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::schema::emails;
use super::{Db, StoreError, new_id, now};

/// An email to send: plain text, and HTML when there is a richer version.
#[derive(Debug, Clone, PartialEq)]
pub struct Email {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
    /// Set for an email that must go once only (a week's reminder): queueing it again is a no-op.
    pub dedupe: Option<String>,
}

/// An email waiting in the queue, with how its attempts went.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = emails)]
pub struct Queued {
    pub id: String,
    #[diesel(column_name = to_address)]
    pub to: String,
    pub subject: String,
    #[diesel(column_name = text_body)]
    pub text: String,
    #[diesel(column_name = html_body)]
    pub html: Option<String>,
    pub queued_at: NaiveDateTime,
    pub attempts: i32,
    pub last_error: Option<String>,
}

/// Queues an email; false if one with the same `dedupe` key was queued before.
pub fn queue(conn: &mut Db, email: &Email) -> Result<bool, StoreError> {
    // A savepoint of its own, so a duplicate key leaves the caller's transaction usable.
    let inserted = conn.write_transaction(|conn| {
        diesel::insert_into(emails::table)
            .values((
                emails::id.eq(new_id()),
                emails::to_address.eq(&email.to),
                emails::subject.eq(&email.subject),
                emails::text_body.eq(&email.text),
                emails::html_body.eq(&email.html),
                emails::dedupe.eq(&email.dedupe),
                emails::queued_at.eq(now()),
            ))
            .execute(conn)
    });
    match inserted {
        Ok(_) => Ok(true),
        Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) if email.dedupe.is_some() => Ok(false),
        Err(e) => Err(e.into()),
    }
}

/// Emails not yet sent, oldest first.
pub fn unsent(conn: &mut Db) -> Result<Vec<Queued>, StoreError> {
    Ok(emails::table
        .filter(emails::sent_at.is_null())
        .order(emails::queued_at.asc())
        .select(Queued::as_select())
        .load(conn)?)
}

/// How many emails are not yet sent.
pub fn unsent_count(conn: &mut Db) -> Result<i64, StoreError> {
    Ok(emails::table.filter(emails::sent_at.is_null()).count().get_result(conn)?)
}

/// No attempt holds the email: it never had a lease, or its lease has ended.
#[diesel::dsl::auto_type]
fn lease_free() -> _ {
    let until: NaiveDateTime = now();
    emails::lease_until.is_null().or(emails::lease_until.lt(until))
}

/// Unsent emails no one is sending at this moment: those another process holds the lease of
/// are on their way (or back here, with their error, once that attempt ends).
pub fn unclaimed_count(conn: &mut Db) -> Result<i64, StoreError> {
    Ok(emails::table.filter(emails::sent_at.is_null().and(lease_free())).count().get_result(conn)?)
}

/// Takes this attempt at sending, with a lease no other attempt can take until it ends; false
/// if another attempt holds it or it has gone.
pub fn claim(conn: &mut Db, email: &Queued) -> Result<bool, StoreError> {
    let changed = diesel::update(emails::table.find(&email.id).filter(emails::sent_at.is_null().and(lease_free())))
        .set((emails::attempts.eq(emails::attempts + 1), emails::lease_until.eq(Some(super::lease()))))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Records how an attempt went: sent, or the error to retry after.
pub fn record_attempt(conn: &mut Db, id: &str, outcome: Result<(), String>) -> Result<(), StoreError> {
    let target = emails::table.find(id);
    match outcome {
        Ok(()) => diesel::update(target)
            .set((emails::sent_at.eq(Some(now())), emails::last_error.eq(None::<String>)))
            .execute(conn)?,
        Err(e) => diesel::update(target)
            .set((emails::last_error.eq(Some(e)), emails::lease_until.eq(None::<NaiveDateTime>)))
            .execute(conn)?,
    };
    Ok(())
}

/// How many emails with `subject` were queued to `to` in the last `within`.
pub fn queued_within(conn: &mut Db, to: &str, subject: &str, within: chrono::Duration) -> Result<i64, StoreError> {
    Ok(emails::table
        .filter(emails::to_address.eq(to).and(emails::subject.eq(subject)).and(emails::queued_at.gt(now() - within)))
        .count()
        .get_result(conn)?)
}
