//! Kiosk mode: a tablet set up by staff while online that then takes a survey's answers with
//! no network. The page and what it loads are kept by a service worker; each child's answers
//! wait on the device (IndexedDB), each under a random id made there, and are sent when the
//! network is back; the server stores each id once (`usecase::kiosk`). The kiosk needs
//! JavaScript; the ordinary journey never does.

mod shell;

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use maud::{Markup, html};
use serde::Deserialize;
use serde_json::{Value, json};

use super::api::{ApiError, checked_answers};
use super::auth::{SentForm, Signed, SignedIn, Staff};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, act};
use crate::config::SiteConfig;
use crate::store::{Store, accounts};
use crate::usecase::Intake;
use crate::usecase::kiosk::{self, GRACE_DAYS, KioskRefused, MAX_ANSWERS, MAX_HOURS, Sent};

/// The kiosk's token, sent only to the kiosk's own pages.
const COOKIE: &str = "ov_kiosk";

const KIOSK_SCRIPT: &str = include_str!("kiosk.js");
const WORKER_SCRIPT: &str = include_str!("sw.js");

/// A staff page: what kiosk mode is, and starting it on this device.
fn setup_page(signed: &SignedIn, slug: &str, title: &str) -> Markup {
    signed_in_page(
        signed,
        "Kiosk mode",
        html! {
            p { a href={ "/staff/surveys/" (slug) } { "Back to the survey" } }
            h1 { "Kiosk mode for \u{201c}" bdi { (title) } "\u{201d}" }
            p { "For a tablet where there may be no signal: a residential home, a holiday activity, an event in a village hall. Start it here while online; then the tablet takes answers with no network, one young person after another, and sends them when the network is back. Nothing of one young person's answers is shown to the next." }
            ul {
                li { "This device is signed out of the staff pages as the kiosk starts, so no young person can reach them." }
                li { "Answers wait on the tablet until they are sent; its page says how many wait. Keep the tablet, and don't clear its browser data, until none wait: a browser may clear a site's storage when space runs low, so the kiosk asks to keep it." }
                li { "The kiosk stops taking answers when its time ends or its number is reached; what it took can still be sent for " (GRACE_DAYS) " days." }
            }
            form method="post" novalidate {
                (signed.csrf_field())
                div.field {
                    label for="hours" { "Take answers for (hours)" }
                    input #hours type="number" name="hours" min="1" max=(MAX_HOURS) value="8";
                }
                div.field {
                    label for="limit" { "At most this many answers" }
                    input #limit type="number" name="limit" min="1" max=(MAX_ANSWERS) value="200";
                }
                div.actions { button.button type="submit" { "Start the kiosk on this device" } }
            }
        },
    )
}

#[get("/kiosk/{slug}")]
pub async fn setup(store: web::Data<Store>, signed: Signed<Staff>, slug: web::Path<String>) -> Page {
    let stored = store.survey(&slug).await?.ok_or(WebError::NotFound)?;
    Ok(setup_page(&signed, &stored.survey.slug, &stored.survey.title))
}

#[derive(Deserialize)]
pub struct StartForm {
    hours: i64,
    limit: i32,
}

/// Starts a kiosk: its token in a cookie for the kiosk's pages only, and this device signed out
/// of the staff pages.
#[post("/kiosk/{slug}")]
pub async fn start(
    req: HttpRequest,
    store: web::Data<Store>,
    slug: web::Path<String>,
    SentForm { signed, form }: SentForm<Staff, StartForm>,
) -> Reply {
    let stored = store.survey(&slug).await?.ok_or(WebError::NotFound)?;
    let (by, hours, limit, survey, secret) =
        (signed.user.clone(), form.hours, form.limit, stored.clone(), signed.secret.clone());
    let token = act(&store, move |conn| {
        let (_, token) = kiosk::start(conn, &by, &survey, hours, limit)?;
        accounts::end_session(conn, &secret)?;
        Ok(token)
    })
    .await?;
    let https = req.app_data::<web::Data<SiteConfig>>().is_some_and(|site| site.https());
    let kiosk_cookie = Cookie::build(COOKIE, token)
        .path("/kiosk")
        .http_only(true)
        .same_site(SameSite::Strict)
        .secure(https)
        .max_age(CookieDuration::hours(hours) + CookieDuration::days(GRACE_DAYS))
        .finish();
    Ok(HttpResponse::SeeOther()
        .cookie(kiosk_cookie)
        .cookie(super::auth::session_cookie(&req, String::new(), CookieDuration::ZERO))
        .insert_header((header::LOCATION, format!("/kiosk/{}/app", stored.survey.slug)))
        .finish())
}

#[derive(Deserialize)]
pub struct AppQuery {
    lang: Option<String>,
}

/// The kiosk's page in `?lang=`, on a device that is this survey's kiosk.
#[get("/kiosk/{slug}/app")]
pub async fn app(
    req: HttpRequest,
    store: web::Data<Store>,
    site: web::Data<SiteConfig>,
    slug: web::Path<String>,
    query: web::Query<AppQuery>,
) -> Reply {
    let token = req.cookie(COOKIE).map(|c| c.value().to_string()).ok_or(WebError::Forbidden)?;
    let (found, stored) = kiosk::kiosk(&store, token).await?.ok_or(WebError::Forbidden)?;
    if stored.survey.slug != *slug {
        return Err(WebError::NotFound);
    }
    let offered = stored.survey.offered_languages();
    let lang = query.lang.as_deref().filter(|l| offered.contains(l)).unwrap_or(offered[0]);
    let page = shell::render(&stored.survey, lang, &found, &site);
    // Kept by the kiosk's worker for when there is no network; asked for afresh when there is.
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .body(page.into_string()))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KioskAnswer {
    /// The random id the kiosk gave this answer.
    receipt: String,
    language: String,
    answers: serde_json::Map<String, Value>,
}

/// An answer the kiosk took: 201 when stored now, 200 when it was stored before ("already have
/// it"), and otherwise why not, in words, so the kiosk keeps it and says so.
#[post("/kiosk/{slug}/answers")]
pub async fn answer(
    req: HttpRequest,
    store: web::Data<Store>,
    intake: web::Data<Intake>,
    slug: web::Path<String>,
    sent: web::Json<KioskAnswer>,
) -> Result<HttpResponse, ApiError> {
    let sent = sent.into_inner();
    let unknown = || ApiError::new(StatusCode::UNAUTHORIZED, KioskRefused::Unknown.to_string());
    let token = req.cookie(COOKIE).map(|c| c.value().to_string()).ok_or_else(unknown)?;
    let (found, stored) = kiosk::kiosk(&store, token).await.map_err(WebError::from)?.ok_or_else(unknown)?;
    if stored.survey.slug != *slug {
        return Err(unknown());
    }
    let receipt = sent.receipt.trim();
    if receipt.is_empty() || receipt.len() > 64 || !receipt.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            "\"receipt\" must be the kiosk's id for the answer: up to 64 letters, digits and dashes.",
        ));
    }
    if !stored.survey.offered_languages().contains(&sent.language.as_str()) {
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("This survey has no \"{}\" version.", sent.language),
        ));
    }
    let answers = checked_answers(&stored.survey, &sent.answers)?;
    let received = kiosk::receive(&store, &intake, &found, &stored, receipt, sent.language, answers).await;
    let status = match received {
        Ok(Sent::Stored) => return Ok(HttpResponse::Created().json(json!({ "stored": true }))),
        Ok(Sent::AlreadyHad) => return Ok(HttpResponse::Ok().json(json!({ "stored": true, "already": true }))),
        Err(KioskRefused::Unknown) => StatusCode::UNAUTHORIZED,
        Err(KioskRefused::Ended(_)) => StatusCode::FORBIDDEN,
        Err(KioskRefused::Full(_) | KioskRefused::NotOpen) => StatusCode::CONFLICT,
        Err(KioskRefused::NotNow | KioskRefused::Store(_)) => StatusCode::SERVICE_UNAVAILABLE,
    };
    Err(ApiError::new(status, received.err().map(|e| e.to_string()).unwrap_or_default()))
}

/// The kiosk's script, and its worker (which may only look after pages under /kiosk/).
#[get("/kiosk/{file:kiosk|sw}.js")]
pub async fn script(file: web::Path<String>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-cache"))
        .body(if file.as_str() == "sw" { WORKER_SCRIPT } else { KIOSK_SCRIPT })
}

/// Whether staff pages link here: the survey's page names kiosk mode for open surveys.
pub(in crate::web) fn link(slug: &str) -> Markup {
    html! {
        h2 #kiosk { "Kiosk mode" }
        p { "Answers on a tablet with no signal, sent when the network is back: " a href={ "/kiosk/" (slug) } { "start a kiosk" } "." }
    }
}
