//! Free-text answers for the themes board: read with their priority, themes, quote approval and
//! whether they are on the concerns list; recoded by staff (the running theme totals follow);
//! approved as quotes. Each answer is known outside by its reference ([`super::refs`]), never
//! by the response id.

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::NaiveDateTime;
use diesel::prelude::*;

use super::refs::AnswerRefs;
use super::schema::{answers, concerns, questions, quotes, responses, theme_counts, users};
use super::{Db, StoreError, counts, now};

/// One free-text answer (already redacted) and what has been made of it.
#[derive(Debug, Clone, PartialEq)]
pub struct TextAnswer {
    /// How staff pages and forms name this answer.
    pub reference: String,
    pub question_id: String,
    pub text: String,
    pub priority: Option<String>,
    pub themes: Vec<String>,
    /// Who approved it as a quote, and when.
    pub quote: Option<(String, NaiveDateTime)>,
    /// On the concerns list: never quoted or published.
    pub flagged: bool,
}

impl TextAnswer {
    /// The theme it is grouped under and quoted from: its priority and first theme ('' where
    /// there is none).
    pub fn theme(&self) -> (String, String) {
        (self.priority.clone().unwrap_or_default(), self.themes.first().cloned().unwrap_or_default())
    }
}

fn themes_of(json: Option<&str>) -> Vec<String> {
    json.and_then(|j| serde_json::from_str(j).ok()).unwrap_or_default()
}

/// (response id, question id, text, priority, themes) as the answer tables hold them.
pub(super) type AnswerRow = (String, String, String, Option<String>, Option<String>);

/// One free-text answer as stored: its response and question, text, priority and themes.
struct Stored {
    response_id: String,
    question_id: String,
    text: String,
    priority: Option<String>,
    themes: Vec<String>,
}

/// Every free-text answer to a survey, in the order of the responses' random ids.
fn stored(conn: &mut Db, survey_id: &str) -> Result<Vec<Stored>, StoreError> {
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
    Ok(rows
        .into_iter()
        .map(|(response_id, question_id, text, priority, themes)| Stored {
            themes: themes_of(themes.as_deref()),
            response_id,
            question_id,
            text,
            priority,
        })
        .collect())
}

/// The (response, question) of every flagged answer to a survey.
fn flagged(conn: &mut Db, survey_id: &str) -> Result<HashSet<(String, String)>, StoreError> {
    let rows: Vec<(String, String)> = concerns::table
        .inner_join(responses::table.on(responses::id.eq(concerns::response_id)))
        .filter(responses::survey_id.eq(survey_id))
        .select((concerns::response_id, concerns::question_id))
        .load(conn)?;
    Ok(rows.into_iter().collect())
}

/// Every free-text answer to a survey, in the order of the responses' random ids.
pub fn text_answers(conn: &mut Db, survey_id: &str) -> Result<Vec<TextAnswer>, StoreError> {
    let refs = AnswerRefs::load(conn)?;
    let flagged = flagged(conn, survey_id)?;
    let approved: Vec<(String, String, String, NaiveDateTime)> = quotes::table
        .inner_join(users::table)
        .inner_join(responses::table.on(responses::id.eq(quotes::response_id)))
        .filter(responses::survey_id.eq(survey_id))
        .select((quotes::response_id, quotes::question_id, users::name, quotes::approved_at))
        .load(conn)?;
    let mut approved: HashMap<(String, String), (String, NaiveDateTime)> =
        approved.into_iter().map(|(r, q, by, at)| ((r, q), (by, at))).collect();
    Ok(stored(conn, survey_id)?
        .into_iter()
        .map(|a| {
            let key = (a.response_id, a.question_id);
            TextAnswer {
                reference: refs.of(&key.0, &key.1),
                quote: approved.remove(&key),
                flagged: flagged.contains(&key),
                question_id: key.1,
                text: a.text,
                priority: a.priority,
                themes: a.themes,
            }
        })
        .collect())
}

/// The answer of a survey that `reference` names, as stored.
fn find(conn: &mut Db, survey_id: &str, reference: &str) -> Result<Option<Stored>, StoreError> {
    let refs = AnswerRefs::load(conn)?;
    Ok(stored(conn, survey_id)?.into_iter().find(|a| refs.of(&a.response_id, &a.question_id) == reference))
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

/// The theme an answer is quoted from: its priority and first theme ('' where none).
fn quoted_theme(priority: Option<&str>, themes: Option<&str>) -> (String, String) {
    (priority.unwrap_or("").to_string(), themes_of(themes).into_iter().next().unwrap_or_default())
}

/// An approved quote: its answer's reference, text and theme (priority, JSON themes), and
/// whether the answer is on the concerns list.
struct QuoteRow {
    reference: String,
    text: String,
    theme: (String, String),
    flagged: bool,
    key: (String, String),
}

fn quote_rows(conn: &mut Db, survey_id: &str) -> Result<Vec<QuoteRow>, StoreError> {
    let refs = AnswerRefs::load(conn)?;
    let flagged = flagged(conn, survey_id)?;
    let rows: Vec<AnswerRow> = quotes::table
        .inner_join(
            answers::table
                .on(answers::response_id.eq(quotes::response_id).and(answers::question_id.eq(quotes::question_id))),
        )
        .inner_join(responses::table.on(responses::id.eq(quotes::response_id)))
        .filter(responses::survey_id.eq(survey_id))
        .select((quotes::response_id, quotes::question_id, answers::value, answers::priority, answers::themes))
        .order((quotes::response_id.asc(), quotes::question_id.asc()))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(response, question, text, priority, themes)| {
            let key = (response, question);
            QuoteRow {
                reference: refs.of(&key.0, &key.1),
                text,
                theme: quoted_theme(priority.as_deref(), themes.as_deref()),
                flagged: flagged.contains(&key),
                key,
            }
        })
        .collect())
}

/// The answers of a survey approved as quotes that may still be quoted — not on the
/// concerns list, and in a theme still big enough (at least `threshold` answers): reference
/// and text. Reads the quotes and the theme totals, not every free-text answer, so a report
/// with a large survey behind it stays quick.
pub fn approved_quotes(conn: &mut Db, survey_id: &str, threshold: u64) -> Result<Vec<(String, String)>, StoreError> {
    let sizes = theme_sizes(conn, survey_id)?;
    Ok(quote_rows(conn, survey_id)?
        .into_iter()
        .filter(|q| !q.flagged && sizes.get(&q.theme).is_some_and(|n| *n >= threshold))
        .map(|q| (q.reference, q.text))
        .collect())
}

/// Withdraws the approval of every quote of a survey that may no longer be quoted (its theme
/// has become too small, or the answer is on the concerns list), as a report is published;
/// how many were withdrawn.
pub fn withdraw_unquotable(conn: &mut Db, survey_id: &str, threshold: u64) -> Result<usize, StoreError> {
    let sizes = theme_sizes(conn, survey_id)?;
    let mut withdrawn = 0;
    for q in quote_rows(conn, survey_id)? {
        if q.flagged || sizes.get(&q.theme).is_none_or(|n| *n < threshold) {
            withdrawn += diesel::delete(quotes::table.find((&q.key.0, &q.key.1))).execute(conn)?;
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

/// Codes the answers `references` name to `priority` and `theme` (None: no theme), as a member
/// of staff decided, all or none, and withdraws their approval as quotes (each was approved
/// from the theme it was in); false, with nothing changed, if one is not a free-text answer
/// of the survey.
pub fn recode(
    conn: &mut Db,
    survey_id: &str,
    references: &[&str],
    priority: Option<&str>,
    theme: Option<&str>,
) -> Result<bool, StoreError> {
    conn.write_transaction(|conn| {
        let refs = AnswerRefs::load(conn)?;
        let mut by_reference: HashMap<String, Stored> =
            stored(conn, survey_id)?.into_iter().map(|a| (refs.of(&a.response_id, &a.question_id), a)).collect();
        let Some(chosen) = references.iter().map(|r| by_reference.remove(*r)).collect::<Option<Vec<Stored>>>() else {
            return Ok(false);
        };
        let new_themes: Vec<String> = theme.map(String::from).into_iter().collect();
        let mut changes: BTreeMap<(&str, &str, &str), i64> = BTreeMap::new();
        for answer in &chosen {
            let key = (answer.response_id.as_str(), answer.question_id.as_str());
            let counted: i32 = responses::table.find(key.0).select(responses::counted).first(conn)?;
            diesel::update(answers::table.filter(answers::response_id.eq(key.0).and(answers::question_id.eq(key.1))))
                .set((
                    answers::priority.eq(priority),
                    answers::themes.eq(serde_json::to_string(&new_themes).expect("a list of strings is JSON")),
                ))
                .execute(conn)?;
            diesel::delete(quotes::table.find(key)).execute(conn)?;
            // An answer not yet in the running totals is counted, as it now is, on the next read.
            if counted == 1 {
                for (p, t) in pairs(answer.priority.as_deref().unwrap_or(""), &answer.themes) {
                    *changes.entry((survey_id, p, t)).or_default() -= 1;
                }
                for (p, t) in pairs(priority.unwrap_or(""), &new_themes) {
                    *changes.entry((survey_id, p, t)).or_default() += 1;
                }
            }
        }
        if !changes.is_empty() {
            counts::add_to_themes(conn, &changes)?;
        }
        Ok(true)
    })
}

/// Approves the answer `reference` names as a quote reports may use (`by` a user id), or
/// withdraws approval; false if there is no such free-text answer in the survey.
pub fn set_quote(conn: &mut Db, survey_id: &str, reference: &str, by: Option<&str>) -> Result<bool, StoreError> {
    conn.write_transaction(|conn| {
        let Some(answer) = find(conn, survey_id, reference)? else { return Ok(false) };
        let key = (answer.response_id.as_str(), answer.question_id.as_str());
        diesel::delete(quotes::table.find(key)).execute(conn)?;
        if let Some(by) = by {
            diesel::insert_into(quotes::table)
                .values((
                    quotes::response_id.eq(key.0),
                    quotes::question_id.eq(key.1),
                    quotes::approved_by.eq(by),
                    quotes::approved_at.eq(now()),
                ))
                .execute(conn)?;
        }
        Ok(true)
    })
}
