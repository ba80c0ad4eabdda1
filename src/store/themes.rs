//! Free-text answers for the themes board: read with their priority, themes and quote
//! approval; recoded by staff (the running theme totals follow); approved as quotes.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::schema::{answers, questions, quotes, responses, theme_counts, users};
use super::{Db, StoreError, counts, now};

/// One free-text answer (already redacted) and what has been made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct TextAnswer {
    pub response_id: String,
    pub question_id: String,
    pub text: String,
    pub priority: Option<String>,
    pub themes: Vec<String>,
    /// Who approved it as a quote, and when.
    pub quote: Option<(String, NaiveDateTime)>,
}

impl TextAnswer {
    /// The theme it is grouped under and quoted from: its priority and first theme ('' where
    /// there is none).
    pub fn theme(&self) -> (String, String) {
        (self.priority.clone().unwrap_or_default(), self.themes.first().cloned().unwrap_or_default())
    }
}

/// response, question, text, priority, themes (JSON).
type AnswerRow = (String, String, String, Option<String>, Option<String>);

fn themes_of(json: Option<&str>) -> Vec<String> {
    json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default()
}

/// Every free-text answer to a survey, in the order of the responses' random ids.
pub fn text_answers(conn: &mut Db, survey_id: &str) -> Result<Vec<TextAnswer>, StoreError> {
    let rows: Vec<AnswerRow> = answers::table
        .inner_join(responses::table)
        .inner_join(
            questions::table
                .on(questions::survey_id.eq(responses::survey_id).and(questions::id.eq(answers::question_id))),
        )
        .filter(responses::survey_id.eq(survey_id).and(questions::kind.eq("text")))
        .select((answers::response_id, answers::question_id, answers::value, answers::priority, answers::themes))
        .order((answers::response_id.asc(), answers::question_id.asc()))
        .load(conn)?;
    let approved: Vec<(String, String, String, NaiveDateTime)> = quotes::table
        .inner_join(users::table)
        .inner_join(responses::table.on(responses::id.eq(quotes::response_id)))
        .filter(responses::survey_id.eq(survey_id))
        .select((quotes::response_id, quotes::question_id, users::name, quotes::approved_at))
        .load(conn)?;
    let mut approved: HashMap<(String, String), (String, NaiveDateTime)> =
        approved.into_iter().map(|(r, q, by, at)| ((r, q), (by, at))).collect();
    Ok(rows
        .into_iter()
        .map(|(response_id, question_id, text, priority, themes)| TextAnswer {
            quote: approved.remove(&(response_id.clone(), question_id.clone())),
            themes: themes_of(themes.as_deref()),
            response_id,
            question_id,
            text,
            priority,
        })
        .collect())
}

/// The theme an answer is quoted from: its priority and first theme ('' where none).
fn quoted_theme(priority: Option<&str>, themes: Option<&str>) -> (String, String) {
    (priority.unwrap_or("").to_string(), themes_of(themes).into_iter().next().unwrap_or_default())
}

/// How many free-text answers of a survey each (priority, theme) has now.
pub fn theme_sizes(conn: &mut Db, survey_id: &str) -> Result<HashMap<(String, String), u64>, StoreError> {
    counts::add_new_if_any(conn)?;
    let rows: Vec<(String, String, i64)> = theme_counts::table
        .filter(theme_counts::survey_id.eq(survey_id))
        .select((theme_counts::priority, theme_counts::theme, theme_counts::n))
        .load(conn)?;
    Ok(rows.into_iter().map(|(p, t, n)| ((p, t), n.max(0) as u64)).collect())
}

/// Approved quotes: response, question, text, and the theme each is quoted from.
type QuoteRow = (String, String, String, Option<String>, Option<String>);

fn quote_rows(conn: &mut Db, survey_id: &str) -> Result<Vec<QuoteRow>, StoreError> {
    Ok(quotes::table
        .inner_join(
            answers::table
                .on(answers::response_id.eq(quotes::response_id).and(answers::question_id.eq(quotes::question_id))),
        )
        .inner_join(responses::table.on(responses::id.eq(quotes::response_id)))
        .filter(responses::survey_id.eq(survey_id))
        .select((quotes::response_id, quotes::question_id, answers::value, answers::priority, answers::themes))
        .order((quotes::response_id.asc(), quotes::question_id.asc()))
        .load(conn)?)
}

/// The answers of a survey approved as quotes whose theme is still big enough (at least
/// `threshold` answers): response, question and text. Reads the quotes and the theme totals,
/// not every free-text answer, so a report with a large survey behind it stays quick.
pub fn approved_quotes(
    conn: &mut Db,
    survey_id: &str,
    threshold: u64,
) -> Result<Vec<(String, String, String)>, StoreError> {
    let sizes = theme_sizes(conn, survey_id)?;
    Ok(quote_rows(conn, survey_id)?
        .into_iter()
        .filter(|(_, _, _, p, t)| sizes.get(&quoted_theme(p.as_deref(), t.as_deref())).is_some_and(|n| *n >= threshold))
        .map(|(response, question, text, _, _)| (response, question, text))
        .collect())
}

/// Withdraws the approval of every quote of a survey whose theme has become too small (as a
/// report is published); how many were withdrawn.
pub fn withdraw_from_small_themes(conn: &mut Db, survey_id: &str, threshold: u64) -> Result<usize, StoreError> {
    let sizes = theme_sizes(conn, survey_id)?;
    let mut withdrawn = 0;
    for (response, question, _, p, t) in quote_rows(conn, survey_id)? {
        if sizes.get(&quoted_theme(p.as_deref(), t.as_deref())).is_none_or(|n| *n < threshold) {
            withdrawn += diesel::delete(quotes::table.find((&response, &question))).execute(conn)?;
        }
    }
    Ok(withdrawn)
}

/// Each (priority, theme) an answer is coded to; '' where it has none.
fn pairs<'a>(priority: &'a str, themes: &'a [String]) -> Vec<(&'a str, &'a str)> {
    match themes {
        [] => vec![(priority, "")],
        themes => themes.iter().map(|t| (priority, t.as_str())).collect(),
    }
}

/// Codes one answer to `priority` and `theme` (None: no theme), as a member of staff decided;
/// false if there is no such free-text answer in the survey.
pub fn recode(
    conn: &mut Db,
    survey_id: &str,
    response_id: &str,
    question_id: &str,
    priority: Option<&str>,
    theme: Option<&str>,
) -> Result<bool, StoreError> {
    conn.transaction(|conn| {
        let current: Option<(Option<String>, Option<String>, i32)> = answers::table
            .inner_join(responses::table)
            .filter(answers::response_id.eq(response_id).and(answers::question_id.eq(question_id)))
            .filter(responses::survey_id.eq(survey_id))
            .select((answers::priority, answers::themes, responses::counted))
            .first(conn)
            .optional()?;
        let Some((old_priority, old_themes, counted)) = current else { return Ok(false) };
        let new_themes: Vec<String> = theme.map(String::from).into_iter().collect();
        diesel::update(
            answers::table.filter(answers::response_id.eq(response_id).and(answers::question_id.eq(question_id))),
        )
        .set((
            answers::priority.eq(priority),
            answers::themes.eq(serde_json::to_string(&new_themes).expect("a list of strings is JSON")),
        ))
        .execute(conn)?;
        // A quote was approved from the theme it was in: moving it withdraws the approval.
        diesel::delete(quotes::table.find((response_id, question_id))).execute(conn)?;
        // An answer not yet in the running totals is counted, as it now is, on the next read.
        if counted == 1 {
            let old_themes = themes_of(old_themes.as_deref());
            let mut changes: BTreeMap<(&str, &str, &str), i64> = BTreeMap::new();
            for (p, t) in pairs(old_priority.as_deref().unwrap_or(""), &old_themes) {
                *changes.entry((survey_id, p, t)).or_default() -= 1;
            }
            for (p, t) in pairs(priority.unwrap_or(""), &new_themes) {
                *changes.entry((survey_id, p, t)).or_default() += 1;
            }
            counts::add_to_themes(conn, &changes)?;
        }
        Ok(true)
    })
}

/// Approves an answer as a quote reports may use (`by` a user id), or withdraws approval.
pub fn set_quote(conn: &mut Db, response_id: &str, question_id: &str, by: Option<&str>) -> Result<(), StoreError> {
    conn.transaction(|conn| {
        diesel::delete(quotes::table.find((response_id, question_id))).execute(conn)?;
        if let Some(by) = by {
            diesel::insert_into(quotes::table)
                .values((
                    quotes::response_id.eq(response_id),
                    quotes::question_id.eq(question_id),
                    quotes::approved_by.eq(by),
                    quotes::approved_at.eq(now()),
                ))
                .execute(conn)?;
        }
        Ok(())
    })
}
