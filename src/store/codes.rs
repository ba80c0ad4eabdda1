//! Single-use codes, stored only as salted hashes with a "used" mark.

use diesel::prelude::*;

use super::schema::{codes, surveys};
use super::{Db, StoreError, new_id};
use crate::codes::Code;

/// The survey's code salt, made the first time it is needed.
pub fn salt(conn: &mut Db, survey_id: &str) -> Result<String, StoreError> {
    diesel::update(surveys::table.find(survey_id).filter(surveys::code_salt.is_null()))
        .set(surveys::code_salt.eq(new_id()))
        .execute(conn)?;
    let salt: Option<String> = surveys::table.find(survey_id).select(surveys::code_salt).first(conn)?;
    salt.ok_or_else(|| StoreError::Corrupt(format!("survey {survey_id} has no code salt")))
}

/// Makes `count` new codes for a survey, stores their hashes, and returns them (the only time
/// they exist in the clear).
pub fn create(conn: &mut Db, survey_id: &str, count: usize) -> Result<Vec<Code>, StoreError> {
    conn.write_transaction(|conn| {
        let salt = salt(conn, survey_id)?;
        let mut made = Vec::with_capacity(count);
        while made.len() < count {
            let code = Code::generate();
            let row = (codes::hash.eq(code.hash(&salt)), codes::survey_id.eq(survey_id), codes::used.eq(0));
            // A repeat of an existing code (1 in 800 billion) is simply drawn again.
            if codes::table.find(code.hash(&salt)).count().get_result::<i64>(conn)? == 0 {
                diesel::insert_into(codes::table).values(row).execute(conn)?;
                made.push(code);
            }
        }
        Ok(made)
    })
}

/// The hash under which `code` would be stored for this survey.
pub fn hash_for(conn: &mut Db, survey_id: &str, code: &Code) -> Result<String, StoreError> {
    Ok(code.hash(&salt(conn, survey_id)?))
}

/// Whether a code exists for this survey and has not been used. Does not use it.
pub fn is_unused(conn: &mut Db, survey_id: &str, hash: &str) -> Result<bool, StoreError> {
    let n: i64 = codes::table
        .filter(codes::hash.eq(hash).and(codes::survey_id.eq(survey_id)).and(codes::used.eq(0)))
        .count()
        .get_result(conn)?;
    Ok(n == 1)
}

/// Marks a code used; true only for the one caller that found it unused. Atomic on both
/// backends and across processes: the row changes from unused to used exactly once.
pub fn redeem(conn: &mut Db, survey_id: &str, hash: &str) -> Result<bool, StoreError> {
    let changed = diesel::update(
        codes::table.filter(codes::hash.eq(hash).and(codes::survey_id.eq(survey_id)).and(codes::used.eq(0))),
    )
    .set(codes::used.eq(1))
    .execute(conn)?;
    Ok(changed == 1)
}

/// How many of a survey's codes were made, and how many of them have been used.
pub fn made_and_used(conn: &mut Db, survey_id: &str) -> Result<(i64, i64), StoreError> {
    let made: i64 = codes::table.filter(codes::survey_id.eq(survey_id)).count().get_result(conn)?;
    let used: i64 =
        codes::table.filter(codes::survey_id.eq(survey_id).and(codes::used.eq(1))).count().get_result(conn)?;
    Ok((made, used))
}
