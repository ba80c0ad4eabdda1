//! Responses: stored with a random id, the survey, the language and the week only, and
//! written by one thread that commits many at once (group commit), so every acknowledged
//! response is on disk without paying one fsync each.

use std::thread;

use chrono::{Datelike, Duration, NaiveDate};
use diesel::prelude::*;
use tokio::sync::{mpsc, oneshot};

use super::schema::{answers, responses};
use super::{DatabaseUrl, Db, StoreError, codes, new_id};
use crate::survey::Answers;

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
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("the code has already been used")]
    CodeUsed,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("the response writer has stopped")]
    WriterGone,
}

/// The Monday of the week `day` falls in: the only time a response carries.
pub fn week_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// Stores one response (redeeming its code first, if any). Run inside a transaction.
fn insert(conn: &mut Db, response: &NewResponse, week: NaiveDate) -> Result<String, SubmitError> {
    if let Some(hash) = &response.code_hash
        && !codes::redeem(conn, &response.survey_id, hash)?
    {
        return Err(SubmitError::CodeUsed);
    }
    let id = new_id();
    diesel::insert_into(responses::table)
        .values((
            responses::id.eq(&id),
            responses::survey_id.eq(&response.survey_id),
            responses::language.eq(&response.language),
            responses::week.eq(week),
        ))
        .execute(conn)
        .map_err(StoreError::from)?;
    for (question, values) in &response.answers {
        for value in values {
            diesel::insert_into(answers::table)
                .values((
                    answers::response_id.eq(&id),
                    answers::question_id.eq(question),
                    answers::value.eq(value),
                ))
                .execute(conn)
                .map_err(StoreError::from)?;
        }
    }
    Ok(id)
}

type Reply = oneshot::Sender<Result<String, SubmitError>>;

/// The one writer of responses. Cheap to clone; every clone sends to the same thread.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<(NewResponse, Reply)>,
}

impl Writer {
    /// Opens the writer's own connection and starts its thread.
    pub fn start(url: &DatabaseUrl) -> anyhow::Result<Writer> {
        let mut conn = url.connect()?;
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
                if let Err(e) = write_batch(&mut conn, batch) {
                    tracing::error!(error = %e, "a batch of responses could not be committed; reconnecting");
                    match url.connect() {
                        Ok(fresh) => conn = fresh,
                        Err(e) => tracing::error!(error = %e, "reconnecting the response writer failed"),
                    }
                }
            }
        })?;
        Ok(Writer { jobs })
    }

    /// Stores a response durably; returns its id once it is committed.
    pub async fn submit(&self, response: NewResponse) -> Result<String, SubmitError> {
        let (reply, answer) = oneshot::channel();
        self.jobs
            .send((response, reply))
            .await
            .map_err(|_| SubmitError::WriterGone)?;
        answer.await.map_err(|_| SubmitError::WriterGone)?
    }
}

/// Commits a batch in one transaction, each response in a savepoint of its own so a used code
/// fails only its own response. Replies only after the commit.
fn write_batch(conn: &mut Db, batch: Vec<(NewResponse, Reply)>) -> Result<(), StoreError> {
    let week = week_of(chrono::Utc::now().date_naive());
    let outcome = conn.transaction::<_, diesel::result::Error, _>(|conn| {
        let mut results = Vec::with_capacity(batch.len());
        for (response, _) in &batch {
            let result = conn.transaction::<_, diesel::result::Error, _>(|conn| {
                insert(conn, response, week).map_err(|e| match e {
                    SubmitError::Store(StoreError::Query(e)) => e,
                    other => {
                        results.push(Err(other));
                        diesel::result::Error::RollbackTransaction
                    }
                })
            });
            match result {
                Ok(id) => results.push(Ok(id)),
                Err(diesel::result::Error::RollbackTransaction) => {}
                Err(e) => results.push(Err(SubmitError::Store(StoreError::Query(e)))),
            }
        }
        Ok(results)
    });
    match outcome {
        Ok(results) => {
            for ((_, reply), result) in batch.into_iter().zip(results) {
                let _ = reply.send(result);
            }
            Ok(())
        }
        Err(e) => {
            let message = e.to_string();
            for (_, reply) in batch {
                let _ = reply.send(Err(SubmitError::Store(StoreError::Corrupt(
                    message.clone(),
                ))));
            }
            Err(StoreError::Query(e))
        }
    }
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
