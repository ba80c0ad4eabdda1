//! Answers with words of concern, for the designated safeguarding lead: listed unseen first,
//! and marked seen with a note.

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{answers, concerns, questions, responses, surveys, users};
use super::{Db, StoreError, now};

/// A flagged answer (already redacted) and where it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Concern {
    pub response_id: String,
    pub question_id: String,
    pub survey: String,
    pub question: String,
    pub text: String,
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
    chrono::NaiveDate,
    i32,
    Option<String>,
    Option<String>,
    Option<NaiveDateTime>,
);

/// Every flagged answer, the ones not yet seen first, newest week first.
pub fn list(conn: &mut Db) -> Result<Vec<Concern>, StoreError> {
    let rows: Vec<Row> = concerns::table
        .inner_join(
            answers::table
                .on(answers::response_id.eq(concerns::response_id).and(answers::question_id.eq(concerns::question_id))),
        )
        .inner_join(responses::table.on(responses::id.eq(concerns::response_id)))
        .inner_join(surveys::table.on(surveys::id.eq(responses::survey_id)))
        .inner_join(
            questions::table
                .on(questions::survey_id.eq(responses::survey_id).and(questions::id.eq(concerns::question_id))),
        )
        .left_join(users::table.on(users::id.nullable().eq(concerns::seen_by)))
        .select((
            concerns::response_id,
            concerns::question_id,
            surveys::title,
            questions::text,
            answers::value,
            responses::week,
            concerns::seen,
            concerns::note,
            users::name.nullable(),
            concerns::seen_at,
        ))
        .order((concerns::seen.asc(), responses::week.desc(), concerns::response_id.asc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(response_id, question_id, survey, question, text, week, seen, note, by, at)| Concern {
            seen: (seen == 1).then(|| (by.unwrap_or_default(), at.unwrap_or_default(), note)),
            response_id,
            question_id,
            survey,
            question,
            text,
            week,
        })
        .collect())
}

/// Marks a concern seen by `by` (a user id) with a note; false if there is no such concern.
pub fn mark_seen(
    conn: &mut Db,
    response_id: &str,
    question_id: &str,
    by: &str,
    note: Option<&str>,
) -> Result<bool, StoreError> {
    let changed = diesel::update(concerns::table.find((response_id, question_id)))
        .set((concerns::seen.eq(1), concerns::note.eq(note), concerns::seen_by.eq(by), concerns::seen_at.eq(now())))
        .execute(conn)?;
    Ok(changed == 1)
}
