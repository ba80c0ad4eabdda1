//! What may come in, checked before any handler runs: a form comes from our own pages (its
//! origin), a body is read whole within a size and a time, and the address, query and body
//! hold no NUL (which PostgreSQL cannot store and SQLite
//! would keep), so bad input is refused the same way on both databases with a kind page (JSON
//! for the API) and never reaches a transaction it could fail for others.

use std::time::Duration;

use actix_web::body::MessageBody;
use actix_web::dev::{Payload, ServiceRequest, ServiceResponse};
use actix_web::http::{Method, StatusCode, header};
use actix_web::middleware::Next;
use actix_web::web::{Bytes, BytesMut};
use actix_web::{HttpMessage, ResponseError};
use futures_util::StreamExt;

use super::WebError;
use super::api::ApiError;

/// The largest body any form or the API may send (a survey file pasted into the designer is
/// the largest there is).
pub const MAX_BODY: usize = 256 * 1024;

/// How long a client has to send its whole body, however slowly it trickles.
pub const BODY_SECONDS: u64 = 10;

/// Why a request was refused at the door.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Refusal {
    TooLarge,
    TooSlow,
    Unreadable,
    /// A form sent from another site (login CSRF and the like).
    Foreign,
}

impl Refusal {
    fn status(self) -> StatusCode {
        match self {
            Refusal::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            Refusal::TooSlow => StatusCode::REQUEST_TIMEOUT,
            Refusal::Unreadable => StatusCode::BAD_REQUEST,
            Refusal::Foreign => StatusCode::FORBIDDEN,
        }
    }

    fn api_message(self) -> String {
        match self {
            Refusal::TooLarge => format!("The request body is larger than {} KiB.", MAX_BODY / 1024),
            Refusal::TooSlow => format!("The request body did not arrive within {BODY_SECONDS} seconds."),
            Refusal::Unreadable => {
                "The request holds a NUL character (\\u0000), which cannot be stored. Remove it and send again.".into()
            }
            Refusal::Foreign => "This request came from another site.".into(),
        }
    }
}

/// Whether percent-encoded text (a path, a query, a form body) decodes to a NUL.
fn encoded_nul(text: &[u8]) -> bool {
    text.windows(3).any(|w| w.eq_ignore_ascii_case(b"%00"))
}

/// Whether a body holds a NUL: as a byte, percent-encoded in a form, or escaped in JSON.
fn body_has_nul(body: &[u8], content_type: &str) -> bool {
    body.contains(&0)
        || (content_type == "application/x-www-form-urlencoded" && encoded_nul(body))
        || (content_type == "application/json" && body.windows(6).any(|w| w.eq_ignore_ascii_case(b"\\u0000")))
}

async fn read_body(payload: &mut Payload) -> Result<Bytes, Refusal> {
    let read = async {
        let mut body = BytesMut::new();
        while let Some(chunk) = payload.next().await {
            let chunk = chunk.map_err(|_| Refusal::Unreadable)?;
            if body.len() + chunk.len() > MAX_BODY {
                return Err(Refusal::TooLarge);
            }
            body.extend_from_slice(&chunk);
        }
        Ok(body.freeze())
    };
    actix_web::rt::time::timeout(Duration::from_secs(BODY_SECONDS), read).await.map_err(|_| Refusal::TooSlow)?
}

/// The scheme, host and port of a URL (`https://example.org:8443`), lower case.
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| format!("{scheme}://{host}").to_ascii_lowercase())
}

/// Whether a form may come from `origin`: ours, or on a loopback address, the same port on any
/// loopback name (a developer may open `localhost` for `127.0.0.1`).
fn same_site(origin: &str, ours: &str) -> bool {
    let loopback = |o: &str| -> Option<String> {
        let rest = o.strip_prefix("http://")?;
        let (host, port) = rest.rsplit_once(':').unwrap_or((rest, "80"));
        ["127.0.0.1", "localhost", "[::1]"].contains(&host).then(|| port.to_string())
    };
    origin == ours || loopback(origin).is_some_and(|port| loopback(ours) == Some(port))
}

/// A POST must come from our own pages: its `Origin`, or without one its `Referer`, must be ours
/// (`null` is another site's sandbox). With neither, it passes on its CSRF token alone. The API
/// is for other programs, which send no cookies, so it is not checked.
fn from_our_pages(req: &ServiceRequest) -> bool {
    let Some(site) = req.app_data::<actix_web::web::Data<crate::config::SiteConfig>>() else { return true };
    let Some(ours) = origin_of(site.base()) else { return true };
    let header = |name| req.headers().get(name).and_then(|v| v.to_str().ok());
    match (header(header::ORIGIN), header(header::REFERER)) {
        (Some(origin), _) => origin_of(origin).is_some_and(|o| same_site(&o, &ours)),
        (None, Some(referer)) => origin_of(referer).is_some_and(|o| same_site(&o, &ours)),
        (None, None) => true,
    }
}

async fn check(req: &mut ServiceRequest) -> Result<(), Refusal> {
    if encoded_nul(req.uri().path().as_bytes()) || encoded_nul(req.query_string().as_bytes()) {
        return Err(Refusal::Unreadable);
    }
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS) {
        return Ok(());
    }
    if !req.path().starts_with("/api/") && !from_our_pages(req) {
        return Err(Refusal::Foreign);
    }
    let declared = req.headers().get(header::CONTENT_LENGTH).and_then(|v| v.to_str().ok()?.parse::<usize>().ok());
    if declared.is_some_and(|n| n > MAX_BODY) {
        return Err(Refusal::TooLarge);
    }
    let body = read_body(&mut req.take_payload()).await?;
    if body_has_nul(&body, &req.content_type().to_ascii_lowercase()) {
        return Err(Refusal::Unreadable);
    }
    req.set_payload(Payload::from(body));
    Ok(())
}

/// The middleware: refuses what [`check`] finds, else passes the request on with its body.
pub async fn guard(
    mut req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    match check(&mut req).await {
        Ok(()) => Ok(next.call(req).await?.map_into_left_body()),
        Err(refusal) => {
            let response = if req.path().starts_with("/api/") {
                ApiError::new(refusal.status(), refusal.api_message()).error_response()
            } else {
                WebError::Refused(refusal.status()).error_response()
            };
            Ok(req.into_response(response).map_into_right_body())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nul_is_found_however_it_is_written() {
        assert!(encoded_nul(b"/s/big%00x") && encoded_nul(b"a=%00") && !encoded_nul(b"a=%20%0A"));
        assert!(body_has_nul(b"email=a%00b", "application/x-www-form-urlencoded"));
        assert!(body_has_nul(br#"{"a":"a\u0000b"}"#, "application/json"));
        assert!(body_has_nul(b"a\0b", "text/plain"));
        assert!(!body_has_nul(br#"{"a":"100%00"}"#, "application/json"), "%00 is only a NUL in a form");
    }

    #[test]
    fn origins_are_compared_by_scheme_host_and_port() {
        let ours = origin_of("https://ourvoice.example.gov.uk").unwrap();
        assert_eq!(origin_of("https://OurVoice.example.gov.uk/staff?x=1").unwrap(), ours);
        assert!(!same_site(&origin_of("https://evil.example").unwrap(), &ours));
        assert!(!same_site(&origin_of("http://ourvoice.example.gov.uk").unwrap(), &ours), "another scheme");
        assert!(origin_of("null").is_none());
        let local = origin_of("http://127.0.0.1:8080").unwrap();
        assert!(same_site("http://localhost:8080", &local));
        assert!(!same_site("http://localhost:9090", &local));
    }
}
