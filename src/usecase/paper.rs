//! Keying paper sheets back in: each sheet is keyed twice, by two people or by one after a
//! break; only matching keyings become a response (through the same intake as every other
//! answer: redaction, concerns with where to find the sheet, counting), and keyings that
//! differ wait to be resolved by someone looking at the sheet.

use chrono::Duration;

use super::{Intake, Refused, Source, act};
use crate::paper::differences;
use crate::store::paper::{self, Batch, Sheet};
use crate::store::responses::SubmitError;
use crate::store::surveys::StoredSurvey;
use crate::store::{Db, Store, StoreError, accounts};
use crate::survey::Answers;

/// How long one person waits before keying a sheet they keyed themselves: a fresh look is what
/// catches a slip.
pub const GAP_MINUTES: i64 = 30;

/// What keying a sheet did.
#[derive(Debug, Clone, PartialEq)]
pub enum Keyed {
    /// The first keying is kept; the sheet is keyed again to become a response.
    First,
    /// Both keyings matched: the sheet is a response now.
    Stored,
    /// The keyings differ on these questions: resolve them looking at the sheet.
    Differ(Vec<String>),
}

/// What to do with a sheet's second keying.
enum Step {
    First,
    Matched,
    Differ(Vec<String>),
}

/// Today's print batch of `survey_id` in `lang` (made now if there is none yet, and audited),
/// for `by` (None: the command line).
pub fn todays_batch(conn: &mut Db, survey_id: &str, lang: &str, by: Option<&str>) -> Result<Batch, StoreError> {
    let (batch, made) = paper::todays_batch(conn, survey_id, lang, by)?;
    if made {
        let what = format!(
            "batch {} of {survey_id} in {lang}{}",
            batch.id,
            if by.is_none() { ", from the command line" } else { "" }
        );
        accounts::audit(conn, by, "made a print batch", &what)?;
    }
    Ok(batch)
}

/// One sheet of a print batch, as someone keyed it.
pub struct KeyedSheet<'a> {
    pub stored: &'a StoredSurvey,
    pub batch: &'a Batch,
    /// The number written on the sheet.
    pub sheet: i32,
    /// Who keyed it.
    pub by: &'a str,
    pub answers: Answers,
}

/// Keys a sheet as it was read.
pub async fn key_sheet(store: &Store, intake: &Intake, keyed: KeyedSheet<'_>) -> Result<Keyed, Refused> {
    let KeyedSheet { stored, batch, sheet, by, answers } = keyed;
    if answers.is_empty() {
        return Err(Refused::Conflict(
            "Nothing was keyed: a blank sheet is not a response. Put it with the sheets to shred.".into(),
        ));
    }
    let (survey, id, who, keyed) = (stored.survey.clone(), batch.id.clone(), by.to_string(), answers.clone());
    let step = act(store, move |conn| {
        conn.write_transaction(|conn| match paper::sheet(conn, &id, sheet)? {
            None => {
                paper::key_first(conn, &id, sheet, &who, &keyed)?;
                Ok(Step::First)
            }
            Some(Sheet::Waiting { by, at, answers: first }) => {
                let since = chrono::Utc::now().naive_utc() - at;
                if by.as_deref() == Some(who.as_str()) && since < Duration::minutes(GAP_MINUTES) {
                    let wait = GAP_MINUTES - since.num_minutes();
                    return Err(Refused::Conflict(format!(
                        "You keyed sheet {sheet} yourself a moment ago. Ask a colleague to key it again, or key it \
                         yourself in {wait} minutes: a second, fresh look is what catches a slip."
                    )));
                }
                let differ = differences(&survey, &first, &keyed);
                if differ.is_empty() {
                    return Ok(Step::Matched);
                }
                paper::key_differently(conn, &id, sheet, &who, &keyed)?;
                Ok(Step::Differ(differ))
            }
            Some(Sheet::Differ { .. }) => Err(Refused::Conflict(format!(
                "Sheet {sheet} was keyed twice, differently: open it from the batch's page to resolve it."
            ))),
            Some(Sheet::Done) => Err(Refused::Conflict(format!(
                "Sheet {sheet} of batch {id} is already in. If this is another sheet, write the next free number on it."
            ))),
        })
    })
    .await?;
    match step {
        Step::First => Ok(Keyed::First),
        Step::Differ(differ) => Ok(Keyed::Differ(differ)),
        Step::Matched => {
            store_sheet(store, intake, stored, batch, sheet, answers).await?;
            Ok(Keyed::Stored)
        }
    }
}

/// Stores a sheet as someone resolved its two differing keyings, looking at it.
pub async fn resolve_sheet(store: &Store, intake: &Intake, resolved: KeyedSheet<'_>) -> Result<(), Refused> {
    let KeyedSheet { stored, batch, sheet, by, answers } = resolved;
    let (id, who) = (batch.id.clone(), by.to_string());
    act(store, move |conn| match paper::sheet(conn, &id, sheet)? {
        Some(Sheet::Differ { .. }) => {
            accounts::audit(conn, Some(&who), "resolved a paper sheet", &format!("batch {id}, sheet {sheet}"))?;
            Ok(())
        }
        _ => Err(Refused::Conflict(format!("Sheet {sheet} has nothing to resolve."))),
    })
    .await?;
    store_sheet(store, intake, stored, batch, sheet, answers).await
}

/// The sheet as a response (once: a sheet stored before, whose marking as done was cut short,
/// is not stored again), then marked done and its keyings forgotten.
async fn store_sheet(
    store: &Store,
    intake: &Intake,
    stored: &StoredSurvey,
    batch: &Batch,
    sheet: i32,
    answers: Answers,
) -> Result<(), Refused> {
    let source = Source::Paper { batch: batch.id.clone(), sheet: sheet as u32 };
    match intake.take(stored, batch.language.clone(), answers, source).await {
        Ok(_) | Err(SubmitError::AlreadyReceived) => {}
        Err(SubmitError::NotOpen) => {
            return Err(Refused::Conflict(
                "The survey is not open, so its sheets cannot be counted now. The keyings are kept; key or \
                 resolve the sheet again once it is open."
                    .into(),
            ));
        }
        Err(e) => {
            tracing::error!(error = %e, "a paper sheet could not be stored");
            return Err(Refused::Conflict("The sheet could not be stored just now. Please key it again.".into()));
        }
    }
    let id = batch.id.clone();
    act(store, move |conn| Ok(paper::finish(conn, &id, sheet)?)).await
}
