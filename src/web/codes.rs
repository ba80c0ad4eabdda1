//! Single-use codes at the door, for the pages and the API alike: each try counts against the
//! client's guessing limit ([`Limits`]).

use actix_web::{HttpRequest, web};

use super::limits::Limits;
use super::{WebError, with_db};
use crate::codes::Code;
use crate::store::{Store, codes};

/// What a typed code turned out to be.
pub enum CodeCheck {
    /// Unused, for this survey: its hash, to redeem when the answers are sent.
    Valid(String),
    /// Nothing typed.
    Missing,
    /// Not the shape of a code.
    Malformed,
    /// Not one of this survey's codes, or used already.
    Unknown,
}

/// Checks a typed code against a survey's unused codes, without using it. Every try counts
/// against the client; a client over the limit gets `TooManyTries`.
pub async fn check_code(
    req: &HttpRequest,
    store: &web::Data<Store>,
    limits: &Limits,
    survey_id: &str,
    typed: Option<&str>,
) -> Result<CodeCheck, WebError> {
    limits.try_secret(req)?;
    let typed = typed.unwrap_or("");
    let Some(code) = Code::parse(typed) else {
        return Ok(if typed.trim().is_empty() { CodeCheck::Missing } else { CodeCheck::Malformed });
    };
    let survey_id = survey_id.to_string();
    let (hash, unused) = with_db(store, move |conn| {
        let hash = codes::hash_for(conn, &survey_id, &code)?;
        let unused = codes::is_unused(conn, &survey_id, &hash)?;
        Ok((hash, unused))
    })
    .await?;
    Ok(if unused { CodeCheck::Valid(hash) } else { CodeCheck::Unknown })
}
