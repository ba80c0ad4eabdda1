//! What a request leaves behind (DESIGN.md rules 4, 9 and 10). The access log has the method,
//! the path (never the query string) and the status; for the routes children use, nothing
//! more — no size and no timing, so an answer that got help first looks like any other — and
//! staff routes add how long they took. A secret in a path (a sign-in link) is logged as `…`. Children's pages are never kept in a cache, so Back
//! on a shared phone shows nothing that was written.

use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{CACHE_CONTROL, HeaderValue};
use actix_web::middleware::Next;
use tracing::Instrument;

use crate::metrics::METRICS;

/// Whether children and young people use this route: the front door, help, leaving, the
/// survey journey, contact, the submission API and the published reports.
pub fn for_children(path: &str) -> bool {
    path == "/"
        || path == "/help"
        || path == "/exit"
        || path.starts_with("/s/")
        || path.starts_with("/contact")
        || path.starts_with("/reports")
        || (path.starts_with("/api/v1/surveys/") && path.ends_with("/responses"))
}

/// Paths whose last part is a secret (a sign-in link's token), written in the log as `…`.
const SECRET_PATHS: [&str; 1] = ["/sign-in/link/"];

/// `path` as the log may keep it: a secret in it replaced by `…`.
pub fn loggable(path: &str) -> String {
    match SECRET_PATHS.iter().find(|prefix| path.starts_with(*prefix)) {
        Some(prefix) => format!("{prefix}…"),
        None => path.to_string(),
    }
}

/// The route pattern of each path seen, so that naming a request's route (for its span and the
/// metrics) does not match the path against every route again: actix's own `match_pattern`
/// does, pattern by pattern. Paths that match no route are not kept, and it keeps at most
/// `ROUTES_KEPT` paths (a survey's journey has a few dozen).
struct Routes(std::sync::Mutex<std::collections::HashMap<String, std::sync::Arc<str>>>);

const ROUTES_KEPT: usize = 4096;

static ROUTES: std::sync::LazyLock<Routes> = std::sync::LazyLock::new(|| Routes(Default::default()));

impl Routes {
    fn pattern(&self, req: &ServiceRequest) -> std::sync::Arc<str> {
        let kept = || self.0.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(route) = kept().get(req.path()) {
            return route.clone();
        }
        let Some(route) = req.match_pattern() else { return "(no route)".into() };
        let route: std::sync::Arc<str> = route.into();
        let mut kept = kept();
        if kept.len() < ROUTES_KEPT {
            kept.insert(req.path().to_string(), route.clone());
        }
        route
    }
}

pub async fn access_log(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let (method, path) = (req.method().to_string(), loggable(req.path()));
    let children = for_children(&path);
    let route = ROUTES.pattern(&req);
    // A span per request, named by its route pattern: no path, address, query or answer.
    let span = tracing::info_span!("request", method = %method, route = %route);
    let started = Instant::now();
    let mut res = next.call(req).instrument(span).await?;
    let status = res.status().as_u16();
    METRICS.request(&route, status);
    if children {
        res.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        tracing::info!(target: "access", "{method} {path} {status}");
    } else {
        tracing::info!(target: "access", "{method} {path} {status} {}ms", started.elapsed().as_millis());
    }
    Ok(res)
}

/// Log lines stamped to the second, no finer: a line should not time a child's answer.
pub struct Seconds;

impl tracing_subscriber::fmt::time::FormatTime for Seconds {
    fn format_time(&self, w: &mut tracing_subscriber::fmt::format::Writer<'_>) -> std::fmt::Result {
        write!(w, "{}", chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ"))
    }
}
