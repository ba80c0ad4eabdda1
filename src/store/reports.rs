//! Reports, their statements and the dated history of changes once published.

use chrono::{NaiveDate, NaiveDateTime};
use diesel::prelude::*;

use super::refs::AnswerRefs;
use super::schema::{organisations, report_changes, report_surveys, reports, statements, surveys, users};
use super::{Db, StoreError, keyword, new_id, now};
use crate::reports::{ActionStatus, Report, ReportStatus, Statement};
use crate::survey::{Keyword, Priority};

/// A new draft report answering `survey_ids`.
pub fn create(conn: &mut Db, title: &str, intro: &str, survey_ids: &[String]) -> Result<String, StoreError> {
    let id = new_id();
    conn.write_transaction(|conn| {
        diesel::insert_into(reports::table)
            .values((
                reports::id.eq(&id),
                reports::title.eq(title),
                reports::intro.eq(intro),
                reports::status.eq(ReportStatus::Draft.as_str()),
                reports::created_at.eq(now()),
            ))
            .execute(conn)?;
        for survey in survey_ids {
            diesel::insert_into(report_surveys::table)
                .values((report_surveys::report_id.eq(&id), report_surveys::survey_id.eq(survey)))
                .execute(conn)?;
        }
        Ok(id.clone())
    })
}

type StatementRow =
    (String, String, String, String, String, Option<String>, Option<String>, Option<NaiveDate>, String, Option<String>);

/// A statement as read; quotes kept as evidence before answers had references
/// ("quote:{response}:{question}") are read as their references.
fn statement_from(row: StatementRow, refs: &AnswerRefs) -> Result<Statement, StoreError> {
    let (id, priority, you_said, evidence, action, organisation_id, organisation, due, status, reason) = row;
    let evidence: Vec<String> = serde_json::from_str(&evidence).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    let evidence = evidence
        .into_iter()
        .map(|key| match key.strip_prefix("quote:").and_then(|k| k.split_once(':')) {
            Some((response, question)) => format!("quote:{}", refs.of(response, question)),
            None => key,
        })
        .collect();
    Ok(Statement {
        id,
        priority: keyword::<Priority>(&priority)?,
        you_said,
        evidence,
        action,
        organisation: organisation_id.zip(organisation),
        due,
        status: keyword::<ActionStatus>(&status)?,
        reason,
    })
}

pub fn find(conn: &mut Db, id: &str) -> Result<Option<Report>, StoreError> {
    let row: Option<(String, String, String, String, Option<NaiveDateTime>)> = reports::table
        .find(id)
        .select((reports::id, reports::title, reports::intro, reports::status, reports::published_at))
        .first(conn)
        .optional()?;
    let Some((id, title, intro, status, published_at)) = row else { return Ok(None) };
    let surveys: Vec<(String, String)> = report_surveys::table
        .inner_join(surveys::table.on(surveys::id.eq(report_surveys::survey_id)))
        .filter(report_surveys::report_id.eq(&id))
        .select((surveys::slug, surveys::title))
        .order(surveys::title.asc())
        .load(conn)?;
    let rows: Vec<StatementRow> = statements::table
        .left_join(organisations::table.on(organisations::id.nullable().eq(statements::organisation_id)))
        .filter(statements::report_id.eq(&id))
        .select((
            statements::id,
            statements::priority,
            statements::you_said,
            statements::evidence,
            statements::action,
            statements::organisation_id,
            organisations::name.nullable(),
            statements::due,
            statements::status,
            statements::reason,
        ))
        .order(statements::position.asc())
        .load(conn)?;
    let refs = AnswerRefs::load(conn)?;
    let statements = rows.into_iter().map(|row| statement_from(row, &refs)).collect::<Result<_, _>>()?;
    Ok(Some(Report { id, title, intro, status: keyword(&status)?, published_at, surveys, statements }))
}

/// A line for lists of reports: id, title, status, and when it was published.
pub type ReportLine = (String, String, ReportStatus, Option<NaiveDateTime>);

/// Every report (published only, if asked), newest first.
pub fn list(conn: &mut Db, published_only: bool) -> Result<Vec<ReportLine>, StoreError> {
    let mut query = reports::table
        .select((reports::id, reports::title, reports::status, reports::published_at))
        .order(reports::created_at.desc())
        .into_boxed();
    if published_only {
        query = query.filter(reports::status.eq(ReportStatus::Published.as_str()));
    }
    let rows: Vec<(String, String, String, Option<NaiveDateTime>)> = query.load(conn)?;
    rows.into_iter().map(|(id, title, status, at)| Ok((id, title, keyword(&status)?, at))).collect()
}

/// A statement's fields as a form gives them.
pub struct StatementFields<'a> {
    pub priority: Priority,
    pub you_said: &'a str,
    pub evidence: &'a [String],
    pub action: &'a str,
    pub organisation_id: Option<&'a str>,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    pub reason: Option<&'a str>,
}

/// Adds a statement at the end of the report, or (with `id`) replaces one of its statements.
pub fn save_statement(
    conn: &mut Db,
    report_id: &str,
    id: Option<&str>,
    fields: &StatementFields<'_>,
) -> Result<Option<String>, StoreError> {
    let evidence = serde_json::to_string(fields.evidence).expect("a list of strings is JSON");
    let values = (
        statements::priority.eq(fields.priority.as_str()),
        statements::you_said.eq(fields.you_said),
        statements::evidence.eq(evidence),
        statements::action.eq(fields.action),
        statements::organisation_id.eq(fields.organisation_id),
        statements::due.eq(fields.due),
        statements::status.eq(fields.status.as_str()),
        statements::reason.eq(fields.reason),
    );
    conn.write_transaction(|conn| {
        if let Some(organisation) = fields.organisation_id {
            let known: i64 = organisations::table.find(organisation).count().get_result(conn)?;
            if known == 0 {
                return Ok(None);
            }
        }
        match id {
            Some(id) => {
                let changed = diesel::update(statements::table.find(id).filter(statements::report_id.eq(report_id)))
                    .set(values)
                    .execute(conn)?;
                Ok((changed == 1).then(|| id.to_string()))
            }
            None => {
                let position: Option<i32> = statements::table
                    .filter(statements::report_id.eq(report_id))
                    .select(diesel::dsl::max(statements::position))
                    .first(conn)?;
                let id = new_id();
                diesel::insert_into(statements::table)
                    .values((
                        statements::id.eq(&id),
                        statements::report_id.eq(report_id),
                        statements::position.eq(position.map_or(0, |p| p + 1)),
                        values,
                    ))
                    .execute(conn)?;
                Ok(Some(id))
            }
        }
    })
}

/// A partner's update to an action of its own organisation; false if it is not theirs.
pub fn update_action(
    conn: &mut Db,
    statement_id: &str,
    organisation_id: &str,
    action: &str,
    status: ActionStatus,
    reason: Option<&str>,
) -> Result<bool, StoreError> {
    let changed =
        diesel::update(statements::table.find(statement_id).filter(statements::organisation_id.eq(organisation_id)))
            .set((statements::action.eq(action), statements::status.eq(status.as_str()), statements::reason.eq(reason)))
            .execute(conn)?;
    Ok(changed == 1)
}

pub fn publish(conn: &mut Db, id: &str) -> Result<bool, StoreError> {
    let changed = diesel::update(reports::table.find(id).filter(reports::status.eq(ReportStatus::Draft.as_str())))
        .set((reports::status.eq(ReportStatus::Published.as_str()), reports::published_at.eq(now())))
        .execute(conn)?;
    Ok(changed == 1)
}

/// Notes a change to a report, dated, with who made it.
pub fn record_change(conn: &mut Db, report_id: &str, by: Option<&str>, what: &str) -> Result<(), StoreError> {
    diesel::insert_into(report_changes::table)
        .values((
            report_changes::id.eq(new_id()),
            report_changes::report_id.eq(report_id),
            report_changes::user_id.eq(by),
            report_changes::at.eq(now()),
            report_changes::what.eq(what),
        ))
        .execute(conn)?;
    Ok(())
}

/// A report's history, oldest first: when, who, what.
pub fn changes(conn: &mut Db, report_id: &str) -> Result<Vec<(NaiveDateTime, Option<String>, String)>, StoreError> {
    Ok(report_changes::table
        .left_join(users::table)
        .filter(report_changes::report_id.eq(report_id))
        .select((report_changes::at, users::name.nullable(), report_changes::what))
        .order(report_changes::at.asc())
        .load(conn)?)
}

/// Every published report, whole.
pub fn published(conn: &mut Db) -> Result<Vec<Report>, StoreError> {
    let ids = list(conn, true)?;
    ids.iter().filter_map(|(id, ..)| find(conn, id).transpose()).collect()
}

/// The published reports with a statement for `organisation_id`.
pub fn published_for(conn: &mut Db, organisation_id: &str) -> Result<Vec<Report>, StoreError> {
    let ids: Vec<String> = statements::table
        .inner_join(reports::table.on(reports::id.eq(statements::report_id)))
        .filter(statements::organisation_id.eq(organisation_id))
        .filter(reports::status.eq(ReportStatus::Published.as_str()))
        .select(reports::id)
        .distinct()
        .load(conn)?;
    ids.iter().filter_map(|id| find(conn, id).transpose()).collect()
}

/// Whether a published report on `survey_slug` has an action for `organisation_id`, so its
/// partners may see that survey's results.
pub fn shared_with(conn: &mut Db, organisation_id: &str, survey_slug: &str) -> Result<bool, StoreError> {
    Ok(published_for(conn, organisation_id)?.iter().any(|r| r.surveys.iter().any(|(slug, _)| slug == survey_slug)))
}
