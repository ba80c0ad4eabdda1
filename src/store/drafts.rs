//! A child's progress through a survey, kept under a random id until they send it.

use chrono::{Duration, NaiveDateTime, Timelike};
use diesel::prelude::*;

use std::sync::Arc;

use super::connection::on_inner;
use super::schema::{drafts, surveys};
use super::surveys::{StoredSurvey, SurveyCache};
use super::{Db, StoreError, new_id, now};
use crate::survey::Answers;

/// How long a draft (and its cookie) lives after the child last answered: a phone may be
/// shared, and nothing written should wait for the next person to find it.
pub const IDLE_MINUTES: i64 = 30;

#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: String,
    pub survey_id: String,
    pub language: String,
    pub answers: Answers,
    pub code_hash: Option<String>,
}

/// The expiry, to the minute.
fn expiry() -> NaiveDateTime {
    let at = now() + Duration::minutes(IDLE_MINUTES);
    at.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(at)
}

pub fn create(conn: &mut Db, survey_id: &str, language: &str, code_hash: Option<String>) -> Result<Draft, StoreError> {
    let draft = Draft {
        id: new_id(),
        survey_id: survey_id.to_string(),
        language: language.to_string(),
        answers: Answers::new(),
        code_hash,
    };
    diesel::insert_into(drafts::table)
        .values((
            drafts::id.eq(&draft.id),
            drafts::survey_id.eq(&draft.survey_id),
            drafts::language.eq(&draft.language),
            drafts::answers.eq("{}"),
            drafts::code_hash.eq(&draft.code_hash),
            drafts::expires_at.eq(expiry()),
        ))
        .execute(conn)?;
    Ok(draft)
}

/// A survey, and a child's draft for it if they have one.
pub type SurveyAndDraft = (Arc<StoredSurvey>, Option<Draft>);

/// The survey `slug` (from `cache` while it is unchanged) and the draft `id` for it, if that
/// has not expired: one query for both, as every page of a child's journey needs them.
pub fn find_with_survey(
    conn: &mut Db,
    cache: &SurveyCache,
    slug: &str,
    id: &str,
) -> Result<Option<SurveyAndDraft>, StoreError> {
    type Row = (NaiveDateTime, String, Option<String>, Option<String>, Option<String>, Option<String>);
    let this_draft = drafts::survey_id.eq(surveys::id).and(drafts::id.eq(id)).and(drafts::expires_at.gt(now()));
    let query = surveys::table.left_join(drafts::table.on(this_draft)).filter(surveys::slug.eq(slug)).select((
        surveys::updated_at,
        surveys::id,
        drafts::id.nullable(),
        drafts::language.nullable(),
        drafts::answers.nullable(),
        drafts::code_hash.nullable(),
    ));
    // On the backend's own connection, diesel finds the prepared statement by the query's type
    // instead of writing its SQL out again to look it up: every page of a journey asks this.
    let row: Option<Row> = on_inner!(conn, |c| query.first(c).optional())?;
    let Some((updated, survey_id, draft_id, language, answers, code_hash)) = row else { return Ok(None) };
    let Some(stored) = super::surveys::cached(conn, cache, slug, updated)? else { return Ok(None) };
    let draft = match (draft_id, language, answers) {
        (Some(id), Some(language), Some(answers)) => {
            let answers = serde_json::from_str(&answers).map_err(|e| StoreError::Corrupt(e.to_string()))?;
            Some(Draft { id, survey_id, language, answers, code_hash })
        }
        _ => None,
    };
    Ok(Some((stored, draft)))
}

/// Saves the draft's answers, and gives it another [`IDLE_MINUTES`]. The journey writes
/// drafts on connections that do not wait for the disk ([`super::Manager::relaxed`]): a power
/// cut may lose the last answer of a draft not yet sent, never a response, which the response
/// writer commits with a full sync.
pub fn save(conn: &mut Db, draft: &Draft) -> Result<(), StoreError> {
    let answers = serde_json::to_string(&draft.answers).expect("answers serialise");
    let update = diesel::update(drafts::table.find(&draft.id)).set((
        drafts::answers.eq(&answers),
        drafts::language.eq(&draft.language),
        drafts::code_hash.eq(&draft.code_hash),
        drafts::expires_at.eq(expiry()),
    ));
    on_inner!(conn, |c| update.execute(c))?;
    Ok(())
}

pub fn delete(conn: &mut Db, id: &str) -> Result<(), StoreError> {
    diesel::delete(drafts::table.find(id)).execute(conn)?;
    Ok(())
}

/// Removes every expired draft; returns how many.
pub fn purge_expired(conn: &mut Db) -> Result<usize, StoreError> {
    Ok(diesel::delete(drafts::table.filter(drafts::expires_at.le(now()))).execute(conn)?)
}
