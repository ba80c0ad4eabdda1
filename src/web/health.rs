//! Is it up, and what is it doing: `/healthz` for the load balancer, `/metrics` for Prometheus.

use actix_web::{HttpRequest, HttpResponse, get, web};

use super::{Reply, WebError, bearer_token, with_db};
use crate::metrics::METRICS;
use crate::store::{Store, accounts, emails};

/// 200 when the database answers a real query, 503 otherwise.
#[get("/healthz")]
pub async fn healthz(store: web::Data<Store>) -> HttpResponse {
    let store = store.clone();
    let healthy = web::block(move || store.healthy()).await.unwrap_or(false);
    if healthy {
        HttpResponse::Ok().content_type("text/plain").body("ok\n")
    } else {
        HttpResponse::ServiceUnavailable().content_type("text/plain").body("database unavailable\n")
    }
}

/// The metrics in Prometheus' text format, for a scraper holding an API token
/// (`ourvoice admin create-token`): `Authorization: Bearer <token>`.
#[get("/metrics")]
pub async fn metrics(req: HttpRequest, store: web::Data<Store>) -> Reply {
    let token = bearer_token(&req).ok_or(WebError::Forbidden)?;
    let waiting =
        with_db(&store, move |conn| accounts::api_token(conn, &token)?.map(|_| emails::unsent_count(conn)).transpose())
            .await?
            .ok_or(WebError::Forbidden)?;
    METRICS.emails_waiting.set(waiting);
    let (in_use, idle) = store.connections();
    METRICS.connections_in_use.set(i64::from(in_use));
    METRICS.connections_idle.set(i64::from(idle));
    Ok(HttpResponse::Ok().content_type("text/plain; version=0.0.4").body(METRICS.render()))
}
