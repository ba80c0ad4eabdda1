use actix_web::{HttpResponse, get, web};

use crate::store::Store;

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
