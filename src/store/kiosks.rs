//! Kiosks: a tablet staff set up to take a survey's answers while offline, known by the hash
//! of its token, with when it stops taking answers and how many it may send.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{kiosks, receipts};
use super::{Db, StoreError, new_id, new_secret, now};
use crate::codes::sha256_hex;

#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = kiosks)]
pub struct Kiosk {
    pub id: String,
    pub survey_id: String,
    pub expires_at: NaiveDateTime,
    pub response_limit: i32,
}

/// A new kiosk for `survey_id`; returns it and its token (shown only to its device).
pub fn create(
    conn: &mut Db,
    survey_id: &str,
    by: &str,
    expires_at: NaiveDateTime,
    limit: i32,
) -> Result<(Kiosk, String), StoreError> {
    let kiosk = Kiosk { id: new_id(), survey_id: survey_id.to_string(), expires_at, response_limit: limit };
    let token = new_secret();
    diesel::insert_into(kiosks::table)
        .values((
            kiosks::id.eq(&kiosk.id),
            kiosks::survey_id.eq(survey_id),
            kiosks::token_hash.eq(sha256_hex(&token)),
            kiosks::made_by.eq(by),
            kiosks::made_at.eq(now()),
            kiosks::expires_at.eq(expires_at),
            kiosks::response_limit.eq(limit),
        ))
        .execute(conn)?;
    Ok((kiosk, token))
}

pub fn find_by_token(conn: &mut Db, token: &str) -> Result<Option<Kiosk>, StoreError> {
    Ok(kiosks::table
        .filter(kiosks::token_hash.eq(sha256_hex(token)))
        .select(Kiosk::as_select())
        .first(conn)
        .optional()?)
}

/// How many answers the kiosk has sent that were stored.
pub fn received(conn: &mut Db, kiosk_id: &str) -> Result<i64, StoreError> {
    Ok(receipts::table.filter(receipts::kiosk_id.eq(kiosk_id)).count().get_result(conn)?)
}

/// Whether the answer the kiosk named `receipt` was stored already.
pub fn has(conn: &mut Db, receipt: &str) -> Result<bool, StoreError> {
    Ok(receipts::table.find(receipt).count().get_result::<i64>(conn)? > 0)
}
