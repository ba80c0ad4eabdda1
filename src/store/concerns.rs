//! Answers of concern, for the designated safeguarding lead: words of concern, or an answer
//! the survey marks as putting help first; each with why, listed unseen first, and marked seen
//! with a note. Each is known outside by its answer's reference, never by the response id.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::refs::AnswerRefs;
use super::schema::{answers, concerns, responses, surveys, users};
use super::surveys::ReadOnce;
use super::{Db, StoreError, now};

/// A flagged answer (already redacted) and where it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Concern {
    /// How the concerns list names it.
    pub reference: String,
    pub survey: String,
    pub question: String,
    /// What was written, or the answers chosen.
    pub answer: String,
    /// Why it is here: the phrase of concern found, or the worrying answer.
    pub reason: Option<String>,
    pub week: chrono::NaiveDate,
    /// Who marked it seen, when, and their note.
    pub seen: Option<(String, NaiveDateTime, Option<String>)>,
}

type Row = (
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    chrono::NaiveDate,
    i32,
    Option<String>,
    Option<String>,
    Option<NaiveDateTime>,
);

/// Every flagged answer, the ones not yet seen first, newest week first.
pub fn list(conn: &mut Db) -> Result<Vec<Concern>, StoreError> {
    let refs = AnswerRefs::load(conn)?;
    let rows: Vec<Row> = concerns::table
        .inner_join(
            answers::table
                .on(answers::response_id.eq(concerns::response_id).and(answers::question_id.eq(concerns::question_id))),
        )
        .inner_join(responses::table.on(responses::id.eq(concerns::response_id)))
        .inner_join(surveys::table.on(surveys::id.eq(responses::survey_id)))
        .left_join(users::table.on(users::id.nullable().eq(concerns::seen_by)))
        .select((
            concerns::response_id,
            concerns::question_id,
            surveys::title,
            surveys::slug,
            answers::value,
            concerns::reason,
            responses::week,
            concerns::seen,
            concerns::note,
            users::name.nullable(),
            concerns::seen_at,
        ))
        .order((concerns::seen.asc(), responses::week.desc(), concerns::response_id.asc(), answers::value.asc()))
        .load(conn)?;
    let mut list: Vec<Concern> = Vec::new();
    let mut surveys_read = ReadOnce::default();
    for (response, question_id, survey, slug, value, reason, week, seen, note, by, at) in rows {
        let reference = refs.of(&response, &question_id);
        // A question with several answers comes once, its answers together.
        if let Some(same) = list.iter_mut().find(|c| c.reference == reference) {
            same.answer = format!("{}; {value}", same.answer);
            continue;
        }
        let stored = surveys_read.find(conn, &slug)?;
        let question = (stored.and_then(|s| s.survey.question(&question_id))).map_or(question_id, |q| q.text.clone());
        list.push(Concern {
            reference,
            survey,
            question,
            answer: value,
            reason,
            week,
            seen: (seen == 1).then(|| (by.unwrap_or_default(), at.unwrap_or_default(), note)),
        });
    }
    Ok(list)
}

/// Marks the concern `reference` names seen by `by` (a user id) with a note; false if there
/// is no such concern.
pub fn mark_seen(conn: &mut Db, reference: &str, by: &str, note: Option<&str>) -> Result<bool, StoreError> {
    let refs = AnswerRefs::load(conn)?;
    let keys: Vec<(String, String)> =
        concerns::table.select((concerns::response_id, concerns::question_id)).load(conn)?;
    let Some((response, question)) = keys.into_iter().find(|(r, q)| refs.of(r, q) == reference) else {
        return Ok(false);
    };
    diesel::update(concerns::table.find((response, question)))
        .set((concerns::seen.eq(1), concerns::note.eq(note), concerns::seen_by.eq(by), concerns::seen_at.eq(now())))
        .execute(conn)?;
    Ok(true)
}

/// How many concerns have come in since the designated lead was last told, now counted as
/// told: each concern is counted once, even with several server processes.
pub fn take_new(conn: &mut Db) -> Result<usize, StoreError> {
    Ok(diesel::update(concerns::table.filter(concerns::notified.eq(0))).set(concerns::notified.eq(1)).execute(conn)?)
}

/// How many concerns no one has marked seen yet.
pub fn unseen(conn: &mut Db) -> Result<i64, StoreError> {
    Ok(concerns::table.filter(concerns::seen.eq(0)).count().get_result(conn)?)
}
