//! References to one answer that staff pages, forms and reports use instead of a response's
//! id (which the young person's device was told, and the API returned): a keyed hash of the
//! response and question, so nobody holding a response id can find its answers on a staff
//! page, and nobody seeing a reference can find the response id.

use diesel::prelude::*;
use sha2::{Digest, Sha256};

use super::schema::settings;
use super::{Db, StoreError, new_secret};

const KEY: &str = "answer-references";

pub struct AnswerRefs {
    key: String,
}

impl AnswerRefs {
    /// The database's key, made the first time it is needed (two processes racing both
    /// read the one that was stored first).
    pub fn load(conn: &mut Db) -> Result<AnswerRefs, StoreError> {
        let read = |conn: &mut Db| -> Result<Option<String>, StoreError> {
            Ok(settings::table.find(KEY).select(settings::value).first(conn).optional()?)
        };
        if let Some(key) = read(conn)? {
            return Ok(AnswerRefs { key });
        }
        // A second process may have stored one meanwhile: its insert wins, ours is refused.
        let _ = diesel::insert_into(settings::table)
            .values((settings::name.eq(KEY), settings::value.eq(new_secret())))
            .execute(conn);
        let key = read(conn)?.ok_or(StoreError::Query(diesel::result::Error::NotFound))?;
        Ok(AnswerRefs { key })
    }

    /// The reference of one answer.
    pub fn of(&self, response_id: &str, question_id: &str) -> String {
        let digest = Sha256::new()
            .chain_update(self.key.as_bytes())
            .chain_update([0])
            .chain_update(response_id.as_bytes())
            .chain_update([0])
            .chain_update(question_id.as_bytes())
            .finalize();
        digest.iter().take(13).map(|b| format!("{b:02x}")).collect()
    }
}
