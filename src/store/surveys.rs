//! Surveys: each stored whole as its survey file and read back through the same parser, with
//! question rows beside it only for the counting joins.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{answers, questions, responses, surveys};
use super::{Db, StoreError, keyword, new_id, now};
use crate::survey::{self, Keyword, Question, Status, Survey};

/// A survey's row: its document (the survey file), and beside it only what SQL reads.
#[derive(Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = surveys)]
struct SurveyRow {
    id: String,
    slug: String,
    title: String,
    summary: Option<String>,
    report_threshold: i32,
    status: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
    document: String,
}

/// A question's row, for the counting joins.
#[derive(Insertable)]
#[diesel(table_name = questions)]
struct QuestionRow<'a> {
    survey_id: &'a str,
    id: &'a str,
    position: i32,
    kind: &'static str,
    about_you: i32,
}

/// A survey as stored: its database id and status beside the model.
#[derive(Debug, Clone)]
pub struct StoredSurvey {
    pub id: String,
    pub status: Status,
    pub created_at: NaiveDateTime,
    /// When it was last saved or changed status.
    pub updated_at: NaiveDateTime,
    pub survey: Survey,
}

/// A line for lists of surveys.
#[derive(Debug, Clone, PartialEq)]
pub struct SurveySummary {
    pub slug: String,
    pub title: String,
    pub summary: Option<String>,
    pub status: Status,
    /// When it was last saved or changed status.
    pub updated_at: NaiveDateTime,
}

/// What saving a survey by slug did.
#[derive(Debug, PartialEq)]
pub enum Saved {
    Created,
    Updated(Vec<String>),
    Unchanged,
}

#[derive(Debug, thiserror::Error)]
pub enum SaveError {
    #[error(
        "survey \"{slug}\" is {status}, so its questions cannot change: they are what young people \
         answered ({}). Keep them as they are, or make the new version a new survey with its own slug",
        changes.join("; ")
    )]
    QuestionsLocked { slug: String, status: Status, changes: Vec<String> },
    #[error("survey \"{slug}\" is {status}: only a draft can be changed in the designer (staff can send it back)")]
    NotADraft { slug: String, status: Status },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<diesel::result::Error> for SaveError {
    fn from(e: diesel::result::Error) -> Self {
        SaveError::Store(e.into())
    }
}

pub(super) fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{e} in {text:?}")))
}

pub fn count(conn: &mut Db) -> Result<i64, StoreError> {
    Ok(surveys::table.count().get_result(conn)?)
}

pub fn response_count(conn: &mut Db, survey_id: &str) -> Result<i64, StoreError> {
    Ok(responses::table.filter(responses::survey_id.eq(survey_id)).count().get_result(conn)?)
}

/// How many responses came in each week (the only time a response carries), oldest first.
pub fn responses_by_week(conn: &mut Db, survey_id: &str) -> Result<Vec<(chrono::NaiveDate, i64)>, StoreError> {
    Ok(responses::table
        .filter(responses::survey_id.eq(survey_id))
        .group_by(responses::week)
        .select((responses::week, diesel::dsl::count_star()))
        .order(responses::week.asc())
        .load(conn)?)
}

/// The slug of the survey with this id.
pub fn slug_of(conn: &mut Db, survey_id: &str) -> Result<String, StoreError> {
    Ok(surveys::table.find(survey_id).select(surveys::slug).first(conn)?)
}

/// The smallest group a survey's results may show.
pub fn threshold_of(conn: &mut Db, survey_id: &str) -> Result<u64, StoreError> {
    let threshold: i32 = surveys::table.find(survey_id).select(surveys::report_threshold).first(conn)?;
    Ok(threshold.max(0) as u64)
}

/// Every response to a survey as a row of answers to its `questions` (a multi question's
/// answers in the order of its options, joined by "; "), in the order of their random ids, so
/// not in the order they came.
pub fn answer_rows(conn: &mut Db, survey_id: &str, questions: &[Question]) -> Result<Vec<Vec<String>>, StoreError> {
    let answers: Vec<(String, Option<String>, Option<String>)> = responses::table
        .left_join(answers::table)
        .filter(responses::survey_id.eq(survey_id))
        .select((responses::id, answers::question_id.nullable(), answers::value.nullable()))
        .order(responses::id.asc())
        .load(conn)?;
    let mut rows: Vec<Vec<Vec<String>>> = Vec::new();
    let mut current: Option<&str> = None;
    for (response, question, value) in &answers {
        if current != Some(response.as_str()) {
            rows.push(vec![Vec::new(); questions.len()]);
            current = Some(response);
        }
        let (Some(question), Some(value)) = (question, value) else { continue };
        if let (Some(row), Some(column)) = (rows.last_mut(), questions.iter().position(|q| q.id == *question)) {
            row[column].push(value.clone());
        }
    }
    let order: Vec<Vec<String>> = questions.iter().map(|q| q.fixed_answers().unwrap_or_default()).collect();
    Ok(rows
        .into_iter()
        .map(|row| {
            row.into_iter()
                .zip(&order)
                .map(|(mut values, options)| {
                    values.sort_by_key(|v| options.iter().position(|o| o == v));
                    values.join("; ")
                })
                .collect()
        })
        .collect())
}

pub fn list(conn: &mut Db) -> Result<Vec<SurveySummary>, StoreError> {
    let rows: Vec<(String, String, Option<String>, String, NaiveDateTime)> = surveys::table
        .select((surveys::slug, surveys::title, surveys::summary, surveys::status, surveys::updated_at))
        .order(surveys::title.asc())
        .load(conn)?;
    rows.into_iter()
        .map(|(slug, title, summary, status, updated_at)| {
            Ok(SurveySummary { slug, title, summary, status: keyword(&status)?, updated_at })
        })
        .collect()
}

/// Every survey in one of `statuses`, whole, by title.
pub fn all(conn: &mut Db, statuses: &[Status]) -> Result<Vec<StoredSurvey>, StoreError> {
    let mut found = Vec::new();
    for summary in list(conn)?.into_iter().filter(|s| statuses.contains(&s.status)) {
        found.extend(find(conn, &summary.slug)?);
    }
    Ok(found)
}

/// Surveys as last read, by slug, each with the `updated_at` it was read at. Every save and
/// status change sets `updated_at`, so one small query tells whether a cached survey is still
/// the one in the database, across every process sharing it.
#[derive(Clone, Default)]
pub struct SurveyCache(Arc<Mutex<CachedSurveys>>);

type CachedSurveys = HashMap<String, (NaiveDateTime, Arc<StoredSurvey>)>;

impl SurveyCache {
    fn lock(&self) -> MutexGuard<'_, CachedSurveys> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// [`find`], from `cache` when the survey has not changed since it was cached: one query
/// instead of four, no parsing, and no copy (every request shares the one read).
pub fn find_cached(conn: &mut Db, cache: &SurveyCache, slug: &str) -> Result<Option<Arc<StoredSurvey>>, StoreError> {
    let Some(updated) = surveys::table
        .filter(surveys::slug.eq(slug))
        .select(surveys::updated_at)
        .first::<NaiveDateTime>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    cached(conn, cache, slug, updated)
}

/// The survey `slug`, last changed at `updated` (as the database says now): from `cache` if
/// it holds that version, else read and kept there.
pub(super) fn cached(
    conn: &mut Db,
    cache: &SurveyCache,
    slug: &str,
    updated: NaiveDateTime,
) -> Result<Option<Arc<StoredSurvey>>, StoreError> {
    if let Some((at, stored)) = cache.lock().get(slug)
        && *at == updated
    {
        return Ok(Some(stored.clone()));
    }
    let stored = find(conn, slug)?.map(Arc::new);
    if let Some(stored) = &stored {
        cache.lock().insert(slug.to_string(), (stored.updated_at, stored.clone()));
    }
    Ok(stored)
}

/// Surveys read once each, by slug, for work that meets the same few surveys over many rows.
#[derive(Default)]
pub(super) struct ReadOnce(HashMap<String, Option<StoredSurvey>>);

impl ReadOnce {
    /// The survey `slug` names, read from the database the first time it is asked for.
    pub(super) fn find(&mut self, conn: &mut Db, slug: &str) -> Result<Option<&StoredSurvey>, StoreError> {
        if !self.0.contains_key(slug) {
            let found = find(conn, slug)?;
            self.0.insert(slug.to_string(), found);
        }
        Ok(self.0[slug].as_ref())
    }
}

pub fn find(conn: &mut Db, slug: &str) -> Result<Option<StoredSurvey>, StoreError> {
    let Some(row) =
        surveys::table.filter(surveys::slug.eq(slug)).select(SurveyRow::as_select()).first(conn).optional()?
    else {
        return Ok(None);
    };
    let survey = read_document(&row.slug, &row.document)?;
    let (id, created_at, updated_at) = (row.id, row.created_at, row.updated_at);
    Ok(Some(StoredSurvey { id, status: keyword(&row.status)?, created_at, updated_at, survey }))
}

/// A stored document, through the parser that reads survey files.
fn read_document(slug: &str, document: &str) -> Result<Survey, StoreError> {
    survey::parse_survey(document).map_err(|problems| {
        let problems: Vec<String> = problems.iter().map(|p| p.message.clone()).collect();
        StoreError::Corrupt(format!("the stored survey \"{slug}\" does not read back: {}", problems.join("; ")))
    })
}

/// Creates the survey with `status`, or replaces the one with the same slug, which keeps its
/// status, in one transaction. Once a survey has been open its questions cannot change.
pub fn save(conn: &mut Db, survey: &Survey, status: Status) -> Result<Saved, SaveError> {
    conn.write_transaction(|conn| {
        let existing = find(conn, &survey.slug)?;
        let now = now();
        let (id, status, created_at, outcome) = match &existing {
            None => (new_id(), status, now, Saved::Created),
            Some(old) => {
                let changes = survey::changes(&old.survey, survey);
                if changes.is_empty() {
                    return Ok(Saved::Unchanged);
                }
                let asked_the_same = old.survey.questions.len() == survey.questions.len()
                    && old.survey.questions.iter().zip(&survey.questions).all(|(a, b)| a.asks_as(b));
                if matches!(old.status, Status::Open | Status::Closed) && !asked_the_same {
                    let changes = changes.into_iter().filter(|c| c.starts_with("question")).collect();
                    return Err(SaveError::QuestionsLocked { slug: survey.slug.clone(), status: old.status, changes });
                }
                let created_at: NaiveDateTime = surveys::table.find(&old.id).select(surveys::created_at).first(conn)?;
                (old.id.clone(), old.status, created_at, Saved::Updated(changes))
            }
        };
        let row = SurveyRow {
            id: id.clone(),
            slug: survey.slug.clone(),
            title: survey.title.clone(),
            summary: survey.summary.clone(),
            report_threshold: survey.report_threshold as i32,
            status: status.as_str().to_string(),
            created_at,
            updated_at: now,
            document: survey::to_toml(survey),
        };
        if existing.is_some() {
            diesel::delete(questions::table.filter(questions::survey_id.eq(&id))).execute(conn)?;
            diesel::update(surveys::table.find(&id)).set(&row).execute(conn)?;
        } else {
            diesel::insert_into(surveys::table).values(&row).execute(conn)?;
        }
        for (position, q) in survey.questions.iter().enumerate() {
            let row = QuestionRow {
                survey_id: &id,
                id: &q.id,
                position: position as i32,
                kind: q.kind.as_str(),
                about_you: i32::from(q.about_you),
            };
            diesel::insert_into(questions::table).values(&row).execute(conn)?;
        }
        Ok(outcome)
    })
}

/// Rewrites surveys stored before documents (gathered into JSON by the migration that added
/// them) as their survey files, each checked by the parser; returns how many. A survey that
/// does not read back stops the start with its problems, so nothing is silently lost.
pub fn upgrade_documents(conn: &mut Db) -> Result<usize, StoreError> {
    let old: Vec<(String, String)> =
        surveys::table.filter(surveys::document.like("{%")).select((surveys::id, surveys::document)).load(conn)?;
    for (id, json) in &old {
        let mut value: serde_json::Value = from_json(json)?;
        tidy(&mut value);
        let mut table = toml::Table::try_from(&value).map_err(|e| StoreError::Corrupt(e.to_string()))?;
        for key in ["opens", "closes"] {
            if let Some(toml::Value::String(date)) = table.get(key) {
                let date = date.parse().map_err(|e| StoreError::Corrupt(format!("{key}: {e}")))?;
                table.insert(key.to_string(), toml::Value::Datetime(date));
            }
        }
        let document = table.to_string();
        let slug = table.get("slug").and_then(toml::Value::as_str).unwrap_or(id);
        read_document(slug, &document)?;
        diesel::update(surveys::table.find(id)).set(surveys::document.eq(&document)).execute(conn)?;
    }
    Ok(old.len())
}

/// Leaves out what a survey file leaves out: nulls, empty lists and empty tables.
fn tidy(value: &mut serde_json::Value) {
    use serde_json::Value;
    let empty = |v: &Value| match v {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        Value::Object(fields) => fields.is_empty(),
        _ => false,
    };
    match value {
        Value::Object(fields) => {
            fields.values_mut().for_each(tidy);
            fields.retain(|_, v| !empty(v));
        }
        Value::Array(items) => items.iter_mut().for_each(tidy),
        _ => {}
    }
}

/// Moves a survey to `status` if it is still in `from` (so two people clicking at once can't
/// both move it); true if it moved.
pub fn set_status(conn: &mut Db, survey_id: &str, from: Status, status: Status) -> Result<bool, StoreError> {
    let changed = diesel::update(surveys::table.find(survey_id).filter(surveys::status.eq(from.as_str())))
        .set((surveys::status.eq(status.as_str()), surveys::updated_at.eq(now())))
        .execute(conn)?;
    Ok(changed == 1)
}
