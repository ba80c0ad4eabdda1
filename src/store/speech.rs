//! Read-aloud audio, kept by its clip's key (see [`crate::speech`]).

use diesel::prelude::*;
use diesel::result::{DatabaseErrorKind, Error};

use super::schema::speech;
use super::{Db, StoreError};

pub fn find(conn: &mut Db, key: &str) -> Result<Option<Vec<u8>>, StoreError> {
    Ok(speech::table.find(key).select(speech::audio).first(conn).optional()?)
}

/// Which of `keys` have no audio yet.
pub fn missing(conn: &mut Db, keys: &[&str]) -> Result<Vec<String>, StoreError> {
    let have: Vec<String> = speech::table.filter(speech::key.eq_any(keys)).select(speech::key).load(conn)?;
    Ok(keys.iter().filter(|k| !have.iter().any(|h| h == *k)).map(|k| k.to_string()).collect())
}

/// Keeps `audio` for `key`; if another process kept the same clip first, that is as good.
pub fn save(conn: &mut Db, key: &str, audio: &[u8]) -> Result<(), StoreError> {
    match diesel::insert_into(speech::table).values((speech::key.eq(key), speech::audio.eq(audio))).execute(conn) {
        Ok(_) | Err(Error::DatabaseError(DatabaseErrorKind::UniqueViolation, _)) => Ok(()),
        Err(e) => Err(e.into()),
    }
}
