//! Surveys, their questions and translations: save from the model, load back to the model.

use std::collections::BTreeMap;

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::schema::{answers, question_translations, questions, responses, survey_translations, surveys};
use super::{Db, StoreError, keyword, new_id, now};
use crate::survey::{self, Keyword, Question, QuestionTranslation, Status, Survey, Translation};

#[derive(Queryable, Selectable, Insertable, AsChangeset)]
#[diesel(table_name = surveys)]
struct SurveyRow {
    id: String,
    slug: String,
    title: String,
    audience: String,
    summary: Option<String>,
    intro: String,
    thanks: Option<String>,
    designed_by: String,
    access: String,
    opens: Option<NaiveDate>,
    closes: Option<NaiveDate>,
    report_threshold: i32,
    languages: String,
    status: String,
    created_at: NaiveDateTime,
    updated_at: NaiveDateTime,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = questions)]
struct QuestionRow {
    survey_id: String,
    id: String,
    position: i32,
    kind: String,
    text: String,
    hint: Option<String>,
    priority: Option<String>,
    outcome: Option<String>,
    options: String,
    labels: Option<String>,
    max_chars: Option<i32>,
    about_you: i32,
    show_if: Option<String>,
    help_if: Option<String>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = survey_translations)]
struct SurveyTranslationRow {
    survey_id: String,
    language: String,
    title: String,
    intro: String,
    thanks: Option<String>,
}

#[derive(Queryable, Selectable, Insertable)]
#[diesel(table_name = question_translations)]
struct QuestionTranslationRow {
    survey_id: String,
    question_id: String,
    language: String,
    text: String,
    hint: Option<String>,
    options: Option<String>,
    labels: Option<String>,
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

fn json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string(value).expect("plain data always serialises to JSON")
}

fn from_json<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, StoreError> {
    serde_json::from_str(text).map_err(|e| StoreError::Corrupt(format!("{e} in {text:?}")))
}

fn optional_keyword<K: Keyword>(text: Option<&str>) -> Result<Option<K>, StoreError> {
    text.map(keyword).transpose()
}

pub fn count(conn: &mut Db) -> Result<i64, StoreError> {
    Ok(surveys::table.count().get_result(conn)?)
}

pub fn response_count(conn: &mut Db, survey_id: &str) -> Result<i64, StoreError> {
    Ok(responses::table.filter(responses::survey_id.eq(survey_id)).count().get_result(conn)?)
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
    let rows: Vec<(String, String, Option<String>, String)> = surveys::table
        .select((surveys::slug, surveys::title, surveys::summary, surveys::status))
        .order(surveys::title.asc())
        .load(conn)?;
    rows.into_iter()
        .map(|(slug, title, summary, status)| Ok(SurveySummary { slug, title, summary, status: keyword(&status)? }))
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
pub struct SurveyCache(
    std::sync::Arc<std::sync::Mutex<std::collections::HashMap<String, (NaiveDateTime, StoredSurvey)>>>,
);

impl SurveyCache {
    fn lock(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, (NaiveDateTime, StoredSurvey)>> {
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// [`find`], from `cache` when the survey has not changed since it was cached: one query
/// instead of four, and no parsing.
pub fn find_cached(conn: &mut Db, cache: &SurveyCache, slug: &str) -> Result<Option<StoredSurvey>, StoreError> {
    let Some(updated) = surveys::table
        .filter(surveys::slug.eq(slug))
        .select(surveys::updated_at)
        .first::<NaiveDateTime>(conn)
        .optional()?
    else {
        return Ok(None);
    };
    if let Some((at, stored)) = cache.lock().get(slug)
        && *at == updated
    {
        return Ok(Some(stored.clone()));
    }
    let stored = find(conn, slug)?;
    if let Some(stored) = &stored {
        cache.lock().insert(slug.to_string(), (stored.updated_at, stored.clone()));
    }
    Ok(stored)
}

pub fn find(conn: &mut Db, slug: &str) -> Result<Option<StoredSurvey>, StoreError> {
    let Some(row) =
        surveys::table.filter(surveys::slug.eq(slug)).select(SurveyRow::as_select()).first(conn).optional()?
    else {
        return Ok(None);
    };
    let question_rows: Vec<QuestionRow> = questions::table
        .filter(questions::survey_id.eq(&row.id))
        .order(questions::position.asc())
        .select(QuestionRow::as_select())
        .load(conn)?;
    let translation_rows: Vec<SurveyTranslationRow> = survey_translations::table
        .filter(survey_translations::survey_id.eq(&row.id))
        .select(SurveyTranslationRow::as_select())
        .load(conn)?;
    let question_translation_rows: Vec<QuestionTranslationRow> = question_translations::table
        .filter(question_translations::survey_id.eq(&row.id))
        .select(QuestionTranslationRow::as_select())
        .load(conn)?;

    let questions = question_rows.into_iter().map(question_from_row).collect::<Result<Vec<_>, _>>()?;
    let mut translations: BTreeMap<String, Translation> = translation_rows
        .into_iter()
        .map(|t| {
            let translation =
                Translation { title: t.title, intro: t.intro, thanks: t.thanks, questions: BTreeMap::new() };
            (t.language, translation)
        })
        .collect();
    for q in question_translation_rows {
        let translated = QuestionTranslation {
            text: q.text,
            hint: q.hint,
            options: q.options.as_deref().map(from_json).transpose()?,
            labels: q.labels.as_deref().map(from_json).transpose()?,
        };
        if let Some(t) = translations.get_mut(&q.language) {
            t.questions.insert(q.question_id, translated);
        }
    }
    let survey = Survey {
        slug: row.slug,
        title: row.title,
        audience: keyword(&row.audience)?,
        summary: row.summary,
        intro: row.intro,
        thanks: row.thanks,
        designed_by: from_json(&row.designed_by)?,
        access: keyword(&row.access)?,
        opens: row.opens,
        closes: row.closes,
        report_threshold: u32::try_from(row.report_threshold).map_err(|e| StoreError::Corrupt(e.to_string()))?,
        languages: from_json(&row.languages)?,
        questions,
        translations,
    };
    let (id, created_at, updated_at) = (row.id, row.created_at, row.updated_at);
    Ok(Some(StoredSurvey { id, status: keyword(&row.status)?, created_at, updated_at, survey }))
}

fn question_from_row(row: QuestionRow) -> Result<Question, StoreError> {
    Ok(Question {
        id: row.id,
        kind: keyword(&row.kind)?,
        text: row.text,
        hint: row.hint,
        priority: optional_keyword(row.priority.as_deref())?,
        outcome: optional_keyword(row.outcome.as_deref())?,
        options: from_json(&row.options)?,
        labels: row.labels.as_deref().map(from_json).transpose()?,
        max_chars: row.max_chars.map(|n| n as u32),
        about_you: row.about_you != 0,
        show_if: row.show_if.as_deref().map(from_json).transpose()?,
        help_if: row.help_if.as_deref().map(from_json).transpose()?.unwrap_or_default(),
    })
}

/// Creates the survey with `status`, or replaces the one with the same slug, which keeps its
/// status, in one transaction. Once a survey has been open its questions cannot change.
pub fn save(conn: &mut Db, survey: &Survey, status: Status) -> Result<Saved, SaveError> {
    conn.transaction(|conn| {
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
            audience: survey.audience.as_str().to_string(),
            summary: survey.summary.clone(),
            intro: survey.intro.clone(),
            thanks: survey.thanks.clone(),
            designed_by: json(&survey.designed_by),
            access: survey.access.as_str().to_string(),
            opens: survey.opens,
            closes: survey.closes,
            report_threshold: survey.report_threshold as i32,
            languages: json(&survey.languages),
            status: status.as_str().to_string(),
            created_at,
            updated_at: now,
        };
        if existing.is_some() {
            diesel::delete(question_translations::table.filter(question_translations::survey_id.eq(&id)))
                .execute(conn)?;
            diesel::delete(survey_translations::table.filter(survey_translations::survey_id.eq(&id))).execute(conn)?;
            diesel::delete(questions::table.filter(questions::survey_id.eq(&id))).execute(conn)?;
            diesel::update(surveys::table.find(&id)).set(&row).execute(conn)?;
        } else {
            diesel::insert_into(surveys::table).values(&row).execute(conn)?;
        }
        insert_questions(conn, &id, survey)?;
        Ok(outcome)
    })
}

fn insert_questions(conn: &mut Db, survey_id: &str, survey: &Survey) -> Result<(), diesel::result::Error> {
    for (position, q) in survey.questions.iter().enumerate() {
        let row = QuestionRow {
            survey_id: survey_id.to_string(),
            id: q.id.clone(),
            position: position as i32,
            kind: q.kind.as_str().to_string(),
            text: q.text.clone(),
            hint: q.hint.clone(),
            priority: q.priority.map(|p| p.as_str().to_string()),
            outcome: q.outcome.map(|o| o.as_str().to_string()),
            options: json(&q.options),
            labels: q.labels.as_ref().map(json),
            max_chars: q.max_chars.map(|n| n as i32),
            about_you: i32::from(q.about_you),
            show_if: q.show_if.as_ref().map(json),
            help_if: (!q.help_if.is_empty()).then(|| json(&q.help_if)),
        };
        diesel::insert_into(questions::table).values(&row).execute(conn)?;
    }
    for (language, t) in &survey.translations {
        let row = SurveyTranslationRow {
            survey_id: survey_id.to_string(),
            language: language.clone(),
            title: t.title.clone(),
            intro: t.intro.clone(),
            thanks: t.thanks.clone(),
        };
        diesel::insert_into(survey_translations::table).values(&row).execute(conn)?;
        for (question_id, q) in &t.questions {
            let row = QuestionTranslationRow {
                survey_id: survey_id.to_string(),
                question_id: question_id.clone(),
                language: language.clone(),
                text: q.text.clone(),
                hint: q.hint.clone(),
                options: q.options.as_ref().map(json),
                labels: q.labels.as_ref().map(json),
            };
            diesel::insert_into(question_translations::table).values(&row).execute(conn)?;
        }
    }
    Ok(())
}

/// Moves a survey to `status` if it is still in `from` (so two people clicking at once can't
/// both move it); true if it moved.
pub fn set_status(conn: &mut Db, survey_id: &str, from: Status, status: Status) -> Result<bool, StoreError> {
    let changed = diesel::update(surveys::table.find(survey_id).filter(surveys::status.eq(from.as_str())))
        .set((surveys::status.eq(status.as_str()), surveys::updated_at.eq(now())))
        .execute(conn)?;
    Ok(changed == 1)
}
