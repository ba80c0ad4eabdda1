//! Single-use codes at the door, for the pages and the API alike: the check, and the limit on
//! guessing (wrong codes counted per client, in memory only: the address is never stored or
//! logged; a client with too many is told to wait).

use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use actix_web::{HttpRequest, web};

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

/// Checks a typed code against a survey's unused codes, without using it. Anything but a valid
/// code counts against the client; a client over the limit gets `TooManyTries`.
pub async fn check_code(
    req: &HttpRequest,
    store: &web::Data<Store>,
    limiter: &CodeLimiter,
    survey_id: &str,
    typed: Option<&str>,
) -> Result<CodeCheck, WebError> {
    if !limiter.allowed(req) {
        return Err(WebError::TooManyTries);
    }
    let typed = typed.unwrap_or("");
    let Some(code) = Code::parse(typed) else {
        limiter.failed(req);
        return Ok(if typed.trim().is_empty() { CodeCheck::Missing } else { CodeCheck::Malformed });
    };
    let survey_id = survey_id.to_string();
    let (hash, unused) = with_db(store, move |conn| {
        let hash = codes::hash_for(conn, &survey_id, &code)?;
        let unused = codes::is_unused(conn, &survey_id, &hash)?;
        Ok((hash, unused))
    })
    .await?;
    if unused {
        Ok(CodeCheck::Valid(hash))
    } else {
        limiter.failed(req);
        Ok(CodeCheck::Unknown)
    }
}

pub struct CodeLimiter {
    max_failures: u32,
    window: Duration,
    failures: Mutex<HashMap<String, (Instant, u32)>>,
}

impl CodeLimiter {
    pub fn new(max_failures: u32, window: Duration) -> CodeLimiter {
        CodeLimiter { max_failures, window, failures: Mutex::new(HashMap::new()) }
    }

    fn client(req: &HttpRequest) -> String {
        req.connection_info().realip_remote_addr().unwrap_or("unknown").to_string()
    }

    /// Whether this client may try another code now.
    pub fn allowed(&self, req: &HttpRequest) -> bool {
        let client = Self::client(req);
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        match failures.get(&client) {
            Some((since, _)) if since.elapsed() > self.window => {
                failures.remove(&client);
                true
            }
            Some((_, count)) => *count < self.max_failures,
            None => true,
        }
    }

    /// Counts a wrong code from this client.
    pub fn failed(&self, req: &HttpRequest) {
        let client = Self::client(req);
        let mut failures = self.failures.lock().unwrap_or_else(|e| e.into_inner());
        // Forget clients whose window has passed, so the map stays small.
        failures.retain(|_, (since, _)| since.elapsed() <= self.window);
        failures.entry(client).or_insert((Instant::now(), 0)).1 += 1;
    }
}

impl Default for CodeLimiter {
    /// Ten wrong codes per client in fifteen minutes.
    fn default() -> Self {
        CodeLimiter::new(10, Duration::from_secs(15 * 60))
    }
}
