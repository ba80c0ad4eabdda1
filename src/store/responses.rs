//! Responses: stored with a random id, the survey, the language and the week only, and
//! written by one thread that commits many at once (group commit), so every acknowledged
//! response is on disk without paying one fsync each.

use std::thread;

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use tokio::sync::{mpsc, oneshot};

use super::checkpoints::Checkpoints;
use super::connection::on_inner;
use super::schema::{answers, concerns, receipts, responses};
use super::{DatabaseUrl, Db, StoreError, codes, counts, new_id};
use crate::metrics::METRICS;
use crate::results::Tally;
use crate::survey::{Answers, Keyword};
use crate::text::TextReading;

/// The most responses committed together.
const BATCH: usize = 256;

/// A response ready to store: already checked against its survey.
#[derive(Debug, Clone)]
pub struct NewResponse {
    pub survey_id: String,
    pub language: String,
    pub answers: Answers,
    /// The hash of the single-use code to redeem in the same transaction, if the survey needs one.
    pub code_hash: Option<String>,
    /// What names this response wherever it came from, so that sent again it is stored once.
    pub receipt: Option<Receipt>,
    /// What the text pipeline made of the free-text answers (already redacted in `answers`).
    pub readings: Vec<TextReading>,
    /// Answers that put help first, each with why: (question id, reason).
    pub concerns: Vec<(String, String)>,
    /// What it adds to the running totals.
    pub tally: Tally,
}

impl NewResponse {
    /// Whether an answer holds words of concern or is one that puts help first, so help
    /// comes first.
    pub fn needs_help(&self) -> bool {
        !self.concerns.is_empty()
    }
}

/// A name for a response given where it was made (a kiosk's random id for each answer, a
/// paper sheet's batch and number), kept apart from the response and never joined to it.
#[derive(Debug, Clone, PartialEq)]
pub struct Receipt {
    pub id: String,
    /// The kiosk that sent it, whose sends are counted against its limit.
    pub kiosk: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("this response was received before")]
    AlreadyReceived,
    #[error("the code has already been used")]
    CodeUsed,
    #[error("the survey is not taking answers")]
    NotOpen,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the response writer has stopped")]
    WriterGone,
    #[error("the database did not commit the response: {0}")]
    NotCommitted(String),
}

/// The Monday of the week `day` falls in: the only time a response carries.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

#[derive(Insertable)]
#[diesel(table_name = responses)]
struct ResponseRow<'a> {
    id: String,
    survey_id: &'a str,
    language: &'a str,
    week: NaiveDate,
    /// Counted as it is written, from its tally.
    counted: i32,
}

// None is NULL (not SQL's DEFAULT, which SQLite's VALUES cannot hold): so a batch's rows go in
// as one multi-row INSERT, not one by one inside a savepoint.
#[derive(Insertable)]
#[diesel(table_name = answers, treat_none_as_null = true)]
struct AnswerRow<'a> {
    response_id: &'a str,
    question_id: &'a str,
    value: &'a str,
    priority: Option<&'static str>,
    themes: Option<String>,
}

#[derive(Insertable)]
#[diesel(table_name = receipts, treat_none_as_null = true)]
struct ReceiptRow<'a> {
    id: &'a str,
    kiosk_id: Option<&'a str>,
}

#[derive(Insertable)]
#[diesel(table_name = concerns)]
struct ConcernRow<'a> {
    response_id: &'a str,
    question_id: &'a str,
    reason: &'a str,
}

/// Rows per multi-row INSERT: well under both backends' limits on bound parameters.
const ROWS_PER_INSERT: usize = 1000;

/// Inserts `rows` into `table` with multi-row INSERTs. Diesel's two-backend connection has no
/// batch insert, so the statement (the same for both) goes to the inner connection.
macro_rules! insert_chunked {
    ($conn:expr, $table:expr, $rows:expr) => {
        for chunk in $rows.chunks(ROWS_PER_INSERT) {
            on_inner!($conn, |c| diesel::insert_into($table).values(chunk).execute(c)?);
        }
    };
}

fn insert_rows(
    conn: &mut Db,
    response_rows: &[ResponseRow<'_>],
    answer_rows: &[AnswerRow<'_>],
    concern_rows: &[ConcernRow<'_>],
    receipt_rows: &[ReceiptRow<'_>],
) -> QueryResult<()> {
    insert_chunked!(conn, responses::table, response_rows);
    insert_chunked!(conn, answers::table, answer_rows);
    insert_chunked!(conn, concerns::table, concern_rows);
    insert_chunked!(conn, receipts::table, receipt_rows);
    Ok(())
}

type Reply = oneshot::Sender<Result<String, SubmitError>>;

/// The one writer of responses. Cheap to clone; every clone sends to the same thread.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<(NewResponse, Reply)>,
    /// While any clone lives, SQLite's checkpoints run on their own thread (see [`Checkpoints`]).
    _checkpoints: Option<std::sync::Arc<std::sync::mpsc::Sender<()>>>,
}

impl Writer {
    /// Opens the writer's own connection and starts its thread.
    pub fn start(url: &DatabaseUrl) -> anyhow::Result<Writer> {
        let mut conn = url.connect()?;
        if let Db::Sqlite(c) = &mut conn {
            // Room for the pages its inserts land on (responses' keys are random, so anywhere).
            diesel::connection::SimpleConnection::batch_execute(c, "PRAGMA cache_size = -65536")?;
        }
        let checkpoints = Checkpoints::start(url)?;
        let alive = checkpoints.as_ref().map(|c| c.alive.clone());
        let (jobs, mut queue) = mpsc::channel::<(NewResponse, Reply)>(4 * BATCH);
        let url = url.clone();
        thread::Builder::new().name("response-writer".into()).spawn(move || {
            while let Some(first) = queue.blocking_recv() {
                let mut batch = vec![first];
                while batch.len() < BATCH {
                    match queue.try_recv() {
                        Ok(job) => batch.push(job),
                        Err(_) => break,
                    }
                }
                METRICS.queue_depth.set(queue.len() as i64);
                let (size, started) = (batch.len(), std::time::Instant::now());
                let written = write_batch(&mut conn, batch);
                METRICS.batch(size, started.elapsed());
                if let Err(e) = written {
                    tracing::error!(error = %e, "a batch of responses could not be committed; reconnecting");
                    match url.connect() {
                        Ok(fresh) => conn = fresh,
                        Err(e) => tracing::error!(error = %e, "reconnecting the response writer failed"),
                    }
                }
                if let Some(checkpoints) = &checkpoints {
                    checkpoints.restart_if_due(&mut conn);
                }
            }
        })?;
        Ok(Writer { jobs, _checkpoints: alive })
    }

    /// Stores a response durably; returns its id once it is committed.
    pub async fn submit(&self, response: NewResponse) -> Result<String, SubmitError> {
        let (reply, answer) = oneshot::channel();
        self.jobs.send((response, reply)).await.map_err(|_| SubmitError::WriterGone)?;
        answer.await.map_err(|_| SubmitError::WriterGone)?
    }
}

/// Commits a batch in one transaction and replies only after the commit. When the batch
/// fails, each of its responses is committed alone, so one response the database refuses
/// never fails the others.
fn write_batch(conn: &mut Db, batch: Vec<(NewResponse, Reply)>) -> Result<(), StoreError> {
    let responses: Vec<&NewResponse> = batch.iter().map(|(response, _)| response).collect();
    let failed = match commit(conn, &responses) {
        Ok(results) => {
            for ((_, reply), result) in batch.into_iter().zip(results) {
                let _ = reply.send(result);
            }
            return Ok(());
        }
        Err(e) if batch.len() == 1 => e,
        Err(e) => {
            tracing::warn!(error = %e, size = batch.len(), "a batch of responses failed; committing them one by one");
            let mut failed = None;
            for (response, reply) in batch {
                let _ = reply.send(match commit(conn, &[&response]) {
                    Ok(mut results) => results.remove(0),
                    Err(e) => {
                        let refused = Err(SubmitError::NotCommitted(e.to_string()));
                        failed = Some(e);
                        refused
                    }
                });
            }
            return failed.map_or(Ok(()), Err);
        }
    };
    for (_, reply) in batch {
        let _ = reply.send(Err(SubmitError::NotCommitted(failed.to_string())));
    }
    Err(failed)
}

/// One transaction: a response received before is refused (a second send, or a second of
/// the same in this batch), each response's code is redeemed (a used code fails only its own
/// response), then every response, answer and receipt goes in with a few multi-row inserts.
fn commit(conn: &mut Db, batch: &[&NewResponse]) -> Result<Vec<Result<String, SubmitError>>, StoreError> {
    let week = week_of(chrono::Utc::now().date_naive());
    conn.write_transaction::<_, StoreError, _>(|conn| {
        let named: Vec<&str> = batch.iter().filter_map(|r| r.receipt.as_ref()).map(|r| r.id.as_str()).collect();
        let mut received: Vec<String> = if named.is_empty() {
            Vec::new()
        } else {
            receipts::table.filter(receipts::id.eq_any(&named)).select(receipts::id).load(conn)?
        };
        let mut results: Vec<Result<String, SubmitError>> = Vec::with_capacity(batch.len());
        let mut response_rows = Vec::with_capacity(batch.len());
        let mut receipt_rows = Vec::new();
        let mut stored: Vec<&NewResponse> = Vec::with_capacity(batch.len());
        for response in batch {
            if let Some(receipt) = &response.receipt {
                if received.contains(&receipt.id) {
                    results.push(Err(SubmitError::AlreadyReceived));
                    continue;
                }
                received.push(receipt.id.clone());
            }
            let redeemed = match &response.code_hash {
                Some(hash) => codes::redeem(conn, &response.survey_id, hash)?,
                None => true,
            };
            if redeemed {
                receipt_rows
                    .extend(response.receipt.as_ref().map(|r| ReceiptRow { id: &r.id, kiosk_id: r.kiosk.as_deref() }));
                let row = ResponseRow {
                    id: new_id(),
                    survey_id: &response.survey_id,
                    language: &response.language,
                    week,
                    counted: 1,
                };
                results.push(Ok(row.id.clone()));
                response_rows.push(row);
                stored.push(response);
            } else {
                results.push(Err(SubmitError::CodeUsed));
            }
        }
        let mut answer_rows = Vec::new();
        let mut concern_rows: Vec<ConcernRow<'_>> = Vec::new();
        for (row, response) in response_rows.iter().zip(&stored) {
            for (question, values) in &response.answers {
                let reading = response.readings.iter().find(|r| r.question == *question);
                for value in values {
                    answer_rows.push(AnswerRow {
                        response_id: &row.id,
                        question_id: question,
                        value,
                        priority: reading.and_then(|r| r.priority).map(Keyword::as_str),
                        themes: reading.map(|r| serde_json::to_string(&r.themes).expect("themes serialise")),
                    });
                }
            }
            for (question, reason) in &response.concerns {
                if !concern_rows.iter().any(|c| c.response_id == row.id && c.question_id == question) {
                    concern_rows.push(ConcernRow { response_id: &row.id, question_id: question, reason });
                }
            }
        }
        insert_rows(conn, &response_rows, &answer_rows, &concern_rows, &receipt_rows)?;
        counts::add(conn, &stored.iter().map(|r| (r.survey_id.as_str(), &r.tally)).collect::<Vec<_>>())?;
        Ok(results)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_week_is_its_monday() {
        let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap();
        assert_eq!(week_of(day(23)), day(23)); // a Monday
        assert_eq!(week_of(day(29)), day(23)); // the Sunday after
        assert_eq!(week_of(day(22)), day(16)); // the Sunday before
    }
}
