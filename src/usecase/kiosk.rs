//! Kiosks: staff start one on a tablet for an open survey (a token that ends, and a limit on
//! how many answers it sends), and every answer a kiosk sends is stored exactly once: a resend
//! of one stored before is "already have it", whatever else has changed since.

use chrono::{Duration, NaiveDateTime};

use super::{Intake, Refused, Source};
use crate::accounts::User;
use crate::store::kiosks::{self, Kiosk};
use crate::store::responses::SubmitError;
use crate::store::surveys::{self, StoredSurvey};
use crate::store::{Db, Store, StoreError, accounts};
use crate::survey::{Answers, Status};

/// The longest a kiosk takes answers for, and the most it may send.
pub const MAX_HOURS: i64 = 72;
pub const MAX_ANSWERS: i32 = 2000;
/// How long after it ends a kiosk may still send the answers it took (it may not have had a
/// network since).
pub const GRACE_DAYS: i64 = 7;

/// Starts a kiosk for `stored`, taking answers for `hours` and sending at most `limit`;
/// returns it and its token.
pub fn start(
    conn: &mut Db,
    by: &User,
    stored: &StoredSurvey,
    hours: i64,
    limit: i32,
) -> Result<(Kiosk, String), Refused> {
    if stored.status != Status::Open {
        return Err(Refused::Conflict("A kiosk takes answers only for an open survey: open it first.".into()));
    }
    if !(1..=MAX_HOURS).contains(&hours) || !(1..=MAX_ANSWERS).contains(&limit) {
        let why = format!("A kiosk runs for 1 to {MAX_HOURS} hours and sends 1 to {MAX_ANSWERS} answers.");
        return Err(Refused::Conflict(why));
    }
    let ends = chrono::Utc::now().naive_utc() + Duration::hours(hours);
    let (kiosk, token) = kiosks::create(conn, &stored.id, &by.id, ends, limit)?;
    let what = format!("{}: until {} UTC, at most {limit} answers", stored.survey.slug, ends.format("%Y-%m-%d %H:%M"));
    accounts::audit(conn, Some(&by.id), "started a kiosk", &what)?;
    Ok((kiosk, token))
}

/// What became of an answer a kiosk sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sent {
    Stored,
    /// Sent before and stored then: nothing is stored twice.
    AlreadyHad,
}

/// Why a kiosk's answer was not stored; the kiosk keeps it.
#[derive(Debug, thiserror::Error)]
pub enum KioskRefused {
    #[error("this device is not a kiosk of ours (its token is unknown)")]
    Unknown,
    #[error("this kiosk ended on {0} UTC, more than {GRACE_DAYS} days ago: its answers can no longer be sent")]
    Ended(NaiveDateTime),
    #[error("this kiosk has sent the {0} answers it was started for")]
    Full(i32),
    #[error("the survey is not open for answers")]
    NotOpen,
    #[error("the answers could not be stored just now")]
    NotNow,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The kiosk whose token this is, with its survey, if there is one.
pub async fn kiosk(store: &Store, token: String) -> Result<Option<(Kiosk, std::sync::Arc<StoredSurvey>)>, StoreError> {
    let found = store
        .run(move |conn| {
            let Some(kiosk) = kiosks::find_by_token(conn, &token)? else { return Ok(None) };
            let slug = surveys::slug_of(conn, &kiosk.survey_id)?;
            Ok(Some((kiosk, slug)))
        })
        .await?;
    let Some((kiosk, slug)) = found else { return Ok(None) };
    Ok(store.survey(&slug).await?.map(|stored| (kiosk, stored)))
}

/// Stores the answer `receipt` the kiosk took, once.
pub async fn receive(
    store: &Store,
    intake: &Intake,
    kiosk: &Kiosk,
    stored: &StoredSurvey,
    receipt: &str,
    language: String,
    answers: Answers,
) -> Result<Sent, KioskRefused> {
    let source = Source::Kiosk { kiosk: kiosk.id.clone(), receipt: receipt.to_string() };
    let named = source.receipt().expect("a kiosk's answer has a receipt").id;
    let id = kiosk.id.clone();
    let (had, received) = store.run(move |conn| Ok((kiosks::has(conn, &named)?, kiosks::received(conn, &id)?))).await?;
    if had {
        return Ok(Sent::AlreadyHad);
    }
    if chrono::Utc::now().naive_utc() > kiosk.expires_at + Duration::days(GRACE_DAYS) {
        return Err(KioskRefused::Ended(kiosk.expires_at));
    }
    if received >= i64::from(kiosk.response_limit) {
        return Err(KioskRefused::Full(kiosk.response_limit));
    }
    match intake.take(stored, language, answers, source).await {
        Ok(_) => Ok(Sent::Stored),
        Err(SubmitError::AlreadyReceived) => Ok(Sent::AlreadyHad),
        Err(SubmitError::NotOpen) => Err(KioskRefused::NotOpen),
        Err(e) => {
            tracing::error!(error = %e, "a kiosk's answer could not be stored");
            Err(KioskRefused::NotNow)
        }
    }
}
