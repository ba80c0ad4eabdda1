//! Running totals of answers, so reading a survey's results never scans its answers. The
//! response writer adds each batch's tallies in the same transaction as the answers; responses
//! written any other way (`counted = 0`) are tallied from their stored answers before the next
//! read. Either way by one rule, [`Tally::of`].

use std::collections::{BTreeMap, HashMap};

use diesel::prelude::*;

use diesel::sql_query;
use diesel::upsert::excluded;

use super::connection::on_inner;
use super::schema::{answer_counts, answers, frozen_results, responses, surveys, theme_counts};
use super::surveys::{ReadOnce, StoredSurvey, from_json};
use super::themes::AnswerRow;
use super::{Db, StoreError, keyword, now};
use crate::results::{Audience, Count, Results, Tally, ThemeTotal};
use crate::survey::{Answers, Kind, Priority, Status, Survey};

/// Adds every response not yet counted to the totals by the one counting rule, [`Tally::of`],
/// worked out from its stored answers; on PostgreSQL it takes a lock so that two processes
/// never count the same response twice. Run in a transaction.
pub fn add_new(conn: &mut Db) -> Result<(), StoreError> {
    if let Db::Pg(c) = conn {
        sql_query("LOCK TABLE answer_counts IN SHARE ROW EXCLUSIVE MODE").execute(c)?;
    }
    let new: Vec<(String, String, String)> = responses::table
        .inner_join(surveys::table)
        .filter(responses::counted.eq(0))
        .select((responses::id, responses::survey_id, surveys::slug))
        .load(conn)?;
    let rows: Vec<AnswerRow> = answers::table
        .inner_join(responses::table)
        .filter(responses::counted.eq(0))
        .select((answers::response_id, answers::question_id, answers::value, answers::priority, answers::themes))
        .load(conn)?;
    let mut given: HashMap<&str, Vec<&AnswerRow>> = HashMap::new();
    for row in &rows {
        given.entry(row.0.as_str()).or_default().push(row);
    }
    let mut surveys_read = ReadOnce::default();
    let mut tallies: Vec<(&str, Tally)> = Vec::new();
    for (response, survey_id, slug) in &new {
        let stored = surveys_read.find(conn, slug)?;
        let survey = &stored.ok_or_else(|| StoreError::Corrupt(format!("no survey \"{slug}\"")))?.survey;
        let mut answers = Answers::new();
        let mut codings = Vec::new();
        for (_, question, value, priority, themes) in given.remove(response.as_str()).unwrap_or_default() {
            answers.entry(question.clone()).or_default().push(value.clone());
            if survey.question(question).is_some_and(|q| q.kind == Kind::Text) {
                let priority = priority.as_deref().map(keyword::<Priority>).transpose()?;
                let themes: Vec<String> = themes.as_deref().map(from_json).transpose()?.unwrap_or_default();
                codings.push((question.as_str(), priority, themes));
            }
        }
        let codings: Vec<_> = codings.iter().map(|(q, p, t)| (*q, *p, t.as_slice())).collect();
        tallies.push((survey_id, Tally::of(survey, &answers, &codings)));
    }
    let tallies: Vec<(&str, &Tally)> = tallies.iter().map(|(s, t)| (*s, t)).collect();
    add(conn, &tallies)?;
    for chunk in new.chunks(500) {
        let ids = chunk.iter().map(|(id, _, _)| id);
        diesel::update(responses::table.filter(responses::id.eq_any(ids)))
            .set(responses::counted.eq(1))
            .execute(conn)?;
    }
    Ok(())
}

/// Adds the tallies of responses just written (with `counted` already set) to the totals, a
/// few multi-row upserts per batch. Rows go in key order, so that two processes writing at once
/// lock them in the same order and never deadlock.
pub fn add(conn: &mut Db, tallies: &[(&str, &Tally)]) -> Result<(), StoreError> {
    // Summed in a hash map (a batch has thousands of counts, a few hundred of them distinct),
    // then put in key order once.
    let mut counts: rustc_hash::FxHashMap<(&str, &str, &str, &str, &str), i64> = Default::default();
    let mut themes: BTreeMap<(&str, &str, &str), i64> = BTreeMap::new();
    for (survey, tally) in tallies {
        for (by, group, question, value) in &tally.counts {
            *counts.entry((survey, by, group, question, value)).or_default() += 1;
        }
        for (priority, theme) in &tally.themes {
            *themes.entry((survey, priority, theme)).or_default() += 1;
        }
    }
    let mut counts: Vec<_> = counts.into_iter().collect();
    counts.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let count_rows: Vec<_> = counts
        .into_iter()
        .map(|((survey, by, group, question, value), n)| {
            (
                answer_counts::survey_id.eq(survey),
                answer_counts::by_question.eq(by),
                answer_counts::by_value.eq(group),
                answer_counts::question_id.eq(question),
                answer_counts::value.eq(value),
                answer_counts::n.eq(n),
            )
        })
        .collect();
    on_inner!(conn, |c| {
        for chunk in count_rows.chunks(500) {
            diesel::insert_into(answer_counts::table)
                .values(chunk)
                .on_conflict((
                    answer_counts::survey_id,
                    answer_counts::by_question,
                    answer_counts::by_value,
                    answer_counts::question_id,
                    answer_counts::value,
                ))
                .do_update()
                .set(answer_counts::n.eq(answer_counts::n + excluded(answer_counts::n)))
                .execute(c)?;
        }
    });
    add_to_themes(conn, &themes)
}

/// Adds `changes` — (survey, priority, theme) and how many more (or fewer) free-text answers
/// it has — to the theme totals, in key order like [`add`].
pub fn add_to_themes(conn: &mut Db, changes: &BTreeMap<(&str, &str, &str), i64>) -> Result<(), StoreError> {
    let rows: Vec<_> = changes
        .iter()
        .map(|((survey, priority, theme), n)| {
            (
                theme_counts::survey_id.eq(*survey),
                theme_counts::priority.eq(*priority),
                theme_counts::theme.eq(*theme),
                theme_counts::n.eq(*n),
            )
        })
        .collect();
    on_inner!(conn, |c| {
        for chunk in rows.chunks(500) {
            diesel::insert_into(theme_counts::table)
                .values(chunk)
                .on_conflict((theme_counts::survey_id, theme_counts::priority, theme_counts::theme))
                .do_update()
                .set(theme_counts::n.eq(theme_counts::n + excluded(theme_counts::n)))
                .execute(c)?;
        }
    });
    Ok(())
}

/// Whether any response is not yet counted (written by other means than the writer).
fn any_new(conn: &mut Db) -> Result<bool, StoreError> {
    Ok(diesel::select(diesel::dsl::exists(responses::table.filter(responses::counted.eq(0)))).get_result(conn)?)
}

/// Adds responses written by other means than the writer to the totals, if there are any.
pub fn add_new_if_any(conn: &mut Db) -> Result<(), StoreError> {
    if any_new(conn)? {
        conn.write_transaction(add_new)?;
    }
    Ok(())
}

/// A survey's totals, brought up to date first.
fn for_survey(conn: &mut Db, survey_id: &str) -> Result<(Vec<Count>, Vec<ThemeTotal>), StoreError> {
    add_new_if_any(conn)?;
    // Both read at one moment, so the themes agree with the counts.
    conn.write_transaction(|conn| {
        let rows: Vec<(String, String, String, String, i64)> = answer_counts::table
            .filter(answer_counts::survey_id.eq(survey_id))
            .select((
                answer_counts::by_question,
                answer_counts::by_value,
                answer_counts::question_id,
                answer_counts::value,
                answer_counts::n,
            ))
            .load(conn)?;
        let counts = rows
            .into_iter()
            .map(|(by_question, by_value, question, value, n)| Count {
                by_question,
                by_value,
                question,
                value,
                n: n as u64,
            })
            .collect();
        let themes: Vec<(String, String, i64)> = theme_counts::table
            .filter(theme_counts::survey_id.eq(survey_id))
            .select((theme_counts::priority, theme_counts::theme, theme_counts::n))
            .order((theme_counts::priority.asc(), theme_counts::n.desc()))
            .load(conn)?;
        Ok((
            counts,
            themes.into_iter().map(|(priority, theme, n)| ThemeTotal { priority, theme, n: n as u64 }).collect(),
        ))
    })
}

/// A survey's results as they may be shown, from its totals brought up to date.
pub fn results(conn: &mut Db, survey_id: &str, survey: &Survey) -> Result<Results, StoreError> {
    let (totals, themes) = for_survey(conn, survey_id)?;
    Ok(Results::build(survey, &totals, &themes))
}

/// A survey's figures as `audience` may see them (DESIGN.md rule 6): staff see live results;
/// everyone else sees a closed survey's results as they were when it first closed, and of any
/// other only how many have answered, to the nearest 5.
pub fn figures(conn: &mut Db, stored: &StoredSurvey, audience: Audience) -> Result<Results, StoreError> {
    match (audience, stored.status) {
        (Audience::Staff, _) => results(conn, &stored.id, &stored.survey),
        (Audience::Others, Status::Closed) => {
            let (totals, themes) = frozen(conn, &stored.id)?;
            Ok(Results::build(&stored.survey, &totals, &themes))
        }
        (Audience::Others, _) => {
            let (totals, _) = for_survey(conn, &stored.id)?;
            let responses =
                totals.iter().find(|c| c.question.is_empty() && c.by_question.is_empty()).map_or(0, |c| c.n);
            Ok(Results::in_progress(&stored.survey, responses))
        }
    }
}

/// A survey's totals as they were when it first closed, as stored.
#[derive(serde::Serialize, serde::Deserialize)]
struct Frozen {
    counts: Vec<Count>,
    themes: Vec<ThemeTotal>,
}

/// Keeps a survey's totals as they are now, for everyone but staff to see from now on, unless
/// it has been frozen before (a survey opened again keeps the figures of its first closing,
/// so no later look can be subtracted from an earlier one).
pub fn freeze(conn: &mut Db, survey_id: &str) -> Result<(), StoreError> {
    let (counts, themes) = for_survey(conn, survey_id)?;
    let totals = serde_json::to_string(&Frozen { counts, themes }).expect("totals serialise");
    conn.write_transaction(|conn| {
        let exists: i64 =
            frozen_results::table.filter(frozen_results::survey_id.eq(survey_id)).count().get_result(conn)?;
        if exists == 0 {
            diesel::insert_into(frozen_results::table)
                .values((
                    frozen_results::survey_id.eq(survey_id),
                    frozen_results::totals.eq(totals),
                    frozen_results::frozen_at.eq(now()),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}

/// The totals frozen when the survey closed (frozen now, for a survey closed before ourvoice
/// kept them).
fn frozen(conn: &mut Db, survey_id: &str) -> Result<(Vec<Count>, Vec<ThemeTotal>), StoreError> {
    let read = |conn: &mut Db| -> Result<Option<String>, StoreError> {
        Ok(frozen_results::table
            .filter(frozen_results::survey_id.eq(survey_id))
            .select(frozen_results::totals)
            .first(conn)
            .optional()?)
    };
    let totals = match read(conn)? {
        Some(totals) => totals,
        None => {
            freeze(conn, survey_id)?;
            read(conn)?.ok_or(StoreError::Query(diesel::result::Error::NotFound))?
        }
    };
    let Frozen { counts, themes } = serde_json::from_str(&totals).map_err(|e| StoreError::Corrupt(e.to_string()))?;
    Ok((counts, themes))
}
