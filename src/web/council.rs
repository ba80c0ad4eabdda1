//! Council sign-in (OpenID Connect): off to the council's provider and back, signed in as an
//! account the allow-list or a group lets in. Magic links and codes stay for everyone else.

use actix_web::cookie::time::Duration as CookieDuration;
use actix_web::http::StatusCode;
use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, web};
use maud::html;

use super::auth::signed_in_response;
use super::{Reply, WebError, act, html_response, layout, our_cookie};
use crate::oidc::{Pending, Provider, SignInError};
use crate::store::Store;
use crate::usecase::people;

/// Keeps the sign-in's state, PKCE verifier and nonce while the browser is at the provider.
const PENDING: &str = "ov_council";

/// A page saying why the sign-in did not work, with the other ways in.
fn refused(status: StatusCode, why: &str) -> HttpResponse {
    html_response(
        status,
        layout::page(
            "You have not been signed in",
            "en",
            html! {
                h1 { "You have not been signed in" }
                p.lead { (why) }
                p { a href="/sign-in" { "Back to sign-in" } ", where you can also ask for a link by email." }
            },
        ),
    )
}

/// Off to the council's provider, with what the return must bring back kept in a cookie.
#[get("/sign-in/council")]
pub async fn start(req: HttpRequest, council: Option<web::Data<Provider>>) -> Reply {
    let council = council.ok_or(WebError::NotFound)?;
    match council.start().await {
        Ok((url, pending)) => Ok(HttpResponse::SeeOther()
            .cookie(our_cookie(&req, PENDING, pending.to_cookie(), CookieDuration::minutes(10)))
            .insert_header((header::LOCATION, url))
            .finish()),
        Err(e) => {
            tracing::warn!(error = ?e, "council sign-in could not start");
            Ok(refused(StatusCode::SERVICE_UNAVAILABLE, &e.to_string()))
        }
    }
}

#[derive(serde::Deserialize)]
pub struct Back {
    #[serde(default)]
    code: String,
    #[serde(default)]
    state: String,
    #[serde(default)]
    error: String,
}

/// Back from the provider: the code exchanged, the ID token checked, and the person signed in
/// if the allow-list or a group lets them in.
#[get("/sign-in/council/back")]
pub async fn back(
    req: HttpRequest,
    store: web::Data<Store>,
    council: Option<web::Data<Provider>>,
    query: web::Query<Back>,
) -> Reply {
    let council = council.ok_or(WebError::NotFound)?;
    let forget = our_cookie(&req, PENDING, String::new(), CookieDuration::ZERO);
    let with_forget = |mut response: HttpResponse| {
        let _ = response.add_cookie(&forget);
        response
    };
    if !query.error.is_empty() {
        let why = "The council's sign-in was cancelled or refused, so you have not been signed in.";
        return Ok(with_forget(refused(StatusCode::FORBIDDEN, why)));
    }
    let Some(pending) = req.cookie(PENDING).and_then(|c| Pending::from_cookie(c.value())) else {
        return Ok(with_forget(refused(StatusCode::BAD_REQUEST, &SignInError::Mismatch.to_string())));
    };
    let person = match council.finish(&pending, &query.state, &query.code).await {
        Ok(person) => person,
        Err(e) => {
            tracing::warn!(error = ?e, "a council sign-in was not accepted");
            return Ok(with_forget(refused(StatusCode::FORBIDDEN, &e.to_string())));
        }
    };
    let config = council.config().clone();
    match act(&store, move |conn| people::council_sign_in(conn, &config, &person)).await {
        Ok((user, session)) => Ok(with_forget(signed_in_response(&req, session, user.role))),
        Err(WebError::Conflict(why)) => Ok(with_forget(refused(StatusCode::FORBIDDEN, &why))),
        Err(other) => Err(other),
    }
}
