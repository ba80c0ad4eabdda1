//! Paper: print batches, and each sheet keyed back in (twice) until it becomes a response;
//! then the sheet keeps only its number and that it is done.

use chrono::{NaiveDateTime, NaiveTime};
use diesel::prelude::*;

use super::schema::paper_batches as batches;
use super::schema::paper_sheets as sheets;
use super::{Db, StoreError, now};
use crate::survey::Answers;

/// A print batch: the code on its sheets, its survey and language, and how many copies staff
/// say they printed.
#[derive(Debug, Clone, PartialEq, Queryable, Selectable)]
#[diesel(table_name = batches)]
pub struct Batch {
    pub id: String,
    pub survey_id: String,
    pub language: String,
    pub copies: i32,
    pub made_at: NaiveDateTime,
}

/// Where a batch has got to: sheets keyed once, keyed twice but different, and done.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Progress {
    pub waiting: Vec<i32>,
    pub differ: Vec<i32>,
    pub done: usize,
}

/// Where one sheet has got to.
#[derive(Debug, Clone, PartialEq)]
pub enum Sheet {
    /// Keyed once, by `by` at `at`.
    Waiting { by: Option<String>, at: NaiveDateTime, answers: Answers },
    /// Keyed twice, differently.
    Differ { first: Answers, second: Answers },
    /// A response now; nothing of its answers is kept here.
    Done,
}

const WAITING: &str = "waiting";
const DIFFER: &str = "differ";
const DONE: &str = "done";

fn to_json(answers: &Answers) -> String {
    serde_json::to_string(answers).expect("answers serialise")
}

fn from_json(text: Option<String>) -> Result<Answers, StoreError> {
    super::surveys::from_json(text.as_deref().unwrap_or("{}"))
}

/// Today's batch of `survey_id` in `language`: one printing's sheets share it, so every print
/// made the same day in the same language is one batch. Made if there is none yet (and then
/// true).
pub fn todays_batch(
    conn: &mut Db,
    survey_id: &str,
    language: &str,
    by: Option<&str>,
) -> Result<(Batch, bool), StoreError> {
    let midnight = now().date().and_time(NaiveTime::MIN);
    let found = batches::table
        .filter(batches::survey_id.eq(survey_id).and(batches::language.eq(language)))
        .filter(batches::made_at.ge(midnight))
        .select(Batch::as_select())
        .first(conn)
        .optional()?;
    if let Some(batch) = found {
        return Ok((batch, false));
    }
    let batch = Batch {
        id: crate::paper::batch_code(),
        survey_id: survey_id.to_string(),
        language: language.to_string(),
        copies: 0,
        made_at: now(),
    };
    diesel::insert_into(batches::table)
        .values((
            batches::id.eq(&batch.id),
            batches::survey_id.eq(&batch.survey_id),
            batches::language.eq(&batch.language),
            batches::copies.eq(0),
            batches::made_at.eq(batch.made_at),
            batches::made_by.eq(by),
        ))
        .execute(conn)?;
    Ok((batch, true))
}

pub fn find_batch(conn: &mut Db, id: &str) -> Result<Option<Batch>, StoreError> {
    Ok(batches::table.find(id).select(Batch::as_select()).first(conn).optional()?)
}

/// Counts `copies` more printed.
pub fn add_copies(conn: &mut Db, id: &str, copies: i32) -> Result<(), StoreError> {
    diesel::update(batches::table.find(id)).set(batches::copies.eq(batches::copies + copies)).execute(conn)?;
    Ok(())
}

/// A survey's batches, newest first.
pub fn batches_of(conn: &mut Db, survey_id: &str) -> Result<Vec<Batch>, StoreError> {
    Ok(batches::table
        .filter(batches::survey_id.eq(survey_id))
        .order(batches::made_at.desc())
        .select(Batch::as_select())
        .load(conn)?)
}

pub fn progress(conn: &mut Db, batch: &str) -> Result<Progress, StoreError> {
    let rows: Vec<(i32, String)> = sheets::table
        .filter(sheets::batch_id.eq(batch))
        .order(sheets::sheet.asc())
        .select((sheets::sheet, sheets::status))
        .load(conn)?;
    let mut progress = Progress::default();
    for (sheet, status) in rows {
        match status.as_str() {
            WAITING => progress.waiting.push(sheet),
            DIFFER => progress.differ.push(sheet),
            _ => progress.done += 1,
        }
    }
    Ok(progress)
}

/// The number the next new sheet of a batch is given.
pub fn next_sheet(conn: &mut Db, batch: &str) -> Result<i32, StoreError> {
    let last: Option<i32> =
        sheets::table.filter(sheets::batch_id.eq(batch)).select(diesel::dsl::max(sheets::sheet)).first(conn)?;
    Ok(last.unwrap_or(0) + 1)
}

pub fn sheet(conn: &mut Db, batch: &str, sheet: i32) -> Result<Option<Sheet>, StoreError> {
    type Row = (String, Option<String>, Option<NaiveDateTime>, Option<String>, Option<String>);
    let row: Option<Row> = sheets::table
        .find((batch, sheet))
        .select((sheets::status, sheets::first_by, sheets::first_at, sheets::first_answers, sheets::second_answers))
        .first(conn)
        .optional()?;
    let Some((status, by, at, first, second)) = row else { return Ok(None) };
    Ok(Some(match status.as_str() {
        WAITING => Sheet::Waiting { by, at: at.unwrap_or_else(now), answers: from_json(first)? },
        DIFFER => Sheet::Differ { first: from_json(first)?, second: from_json(second)? },
        _ => Sheet::Done,
    }))
}

/// A sheet keyed for the first time.
pub fn key_first(conn: &mut Db, batch: &str, sheet: i32, by: &str, answers: &Answers) -> Result<(), StoreError> {
    diesel::insert_into(sheets::table)
        .values((
            sheets::batch_id.eq(batch),
            sheets::sheet.eq(sheet),
            sheets::status.eq(WAITING),
            sheets::first_by.eq(by),
            sheets::first_at.eq(now()),
            sheets::first_answers.eq(to_json(answers)),
        ))
        .execute(conn)?;
    Ok(())
}

/// A second keying that differs from the first, kept beside it to be resolved.
pub fn key_differently(conn: &mut Db, batch: &str, sheet: i32, by: &str, answers: &Answers) -> Result<(), StoreError> {
    diesel::update(sheets::table.find((batch, sheet)))
        .set((sheets::status.eq(DIFFER), sheets::second_by.eq(by), sheets::second_answers.eq(to_json(answers))))
        .execute(conn)?;
    Ok(())
}

/// A sheet now stored as a response: its keyed answers are forgotten.
pub fn finish(conn: &mut Db, batch: &str, sheet: i32) -> Result<(), StoreError> {
    diesel::update(sheets::table.find((batch, sheet)))
        .set((
            sheets::status.eq(DONE),
            sheets::first_answers.eq(None::<String>),
            sheets::second_answers.eq(None::<String>),
        ))
        .execute(conn)?;
    Ok(())
}
