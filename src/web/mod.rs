//! HTTP: routes by audience, the pages they render, and the one place errors become pages.

mod api;
pub mod auth;
pub mod cards;
mod child;
pub mod codes;
mod concerns;
mod contact;
mod council;
mod designer;
pub(crate) mod form;
mod guard;
pub mod gzip;
mod health;
mod helplines;
pub(crate) mod journey;
mod kiosk;
pub(crate) mod layout;
pub mod limits;
mod live;
mod outbox;
pub mod paper;
mod partners;
mod people;
pub(crate) mod pictures;
pub mod privacy;
mod reports;
mod results;
mod running;
pub(crate) mod staff;
mod staff_page;
mod thanks;
mod themes;
mod work_queue;

use actix_web::http::StatusCode;
use actix_web::{HttpMessage, HttpResponse, ResponseError, web};

use crate::store::responses::SubmitError;
use crate::store::{Conn, Store, StoreError};
use crate::usecase::Refused;

/// The token after `Authorization: Bearer`, for tools (results, metrics).
pub(crate) fn bearer_token(req: &actix_web::HttpRequest) -> Option<String> {
    let header = req.headers().get(actix_web::http::header::AUTHORIZATION)?.to_str().ok()?;
    header.strip_prefix("Bearer ").map(|t| t.trim().to_string())
}

/// A cookie of ours: for the whole site, never read by scripts, not sent from other sites,
/// and over https only when the configured public address is https (never what the request
/// says).
pub(crate) fn our_cookie(
    req: &actix_web::HttpRequest,
    name: &'static str,
    value: String,
    max_age: actix_web::cookie::time::Duration,
) -> actix_web::cookie::Cookie<'static> {
    let https = req.app_data::<web::Data<crate::config::SiteConfig>>().is_some_and(|site| site.https());
    actix_web::cookie::Cookie::build(name, value)
        .path("/")
        .http_only(true)
        .same_site(actix_web::cookie::SameSite::Lax)
        .secure(https)
        .max_age(max_age)
        .finish()
}

pub use guard::guard;

pub fn routes(cfg: &mut web::ServiceConfig) {
    // Forms may be as large as the guard lets through, so no form meets actix's own 413; the
    // API's JSON says what is wrong in words.
    cfg.app_data(web::FormConfig::default().limit(guard::MAX_BODY))
        .app_data(api::json_config())
        .service(health::healthz)
        .service(health::metrics)
        .service(layout::stylesheet)
        .service(layout::exit_script)
        .service(layout::print_script)
        .service(child::home)
        .service(child::help)
        .service(child::exit)
        // A child's journey and the submission API early: routes are tried in order, and each
        // with a {part} in its path is a pattern match.
        .service(journey::intro)
        .service(journey::listen)
        .service(journey::start)
        .service(journey::next)
        .service(journey::question)
        .service(journey::answer)
        .service(journey::check)
        .service(journey::send)
        .service(api::submit)
        .service(reports::public_list)
        .service(reports::priorities)
        .service(reports::read)
        .service(contact::contact_form)
        .service(contact::send_contact)
        .service(contact::handling)
        .service(contact::mark_handled)
        // Before /kiosk/{slug}, which would take "sw.js" for a survey.
        .service(kiosk::script)
        .service(kiosk::setup)
        .service(kiosk::start)
        .service(kiosk::app)
        .service(kiosk::answer)
        .service(paper::sheet_page)
        .service(paper::add_copies)
        .service(paper::keying_page)
        .service(paper::key)
        .service(paper::resolve_page)
        .service(paper::resolve)
        .service(auth::sign_in_form)
        .service(council::start)
        .service(council::back)
        .service(auth::send_link)
        .service(auth::code_form)
        .service(auth::use_code)
        .service(auth::confirm_link)
        .service(auth::use_link)
        .service(auth::sign_out)
        .service(staff::home)
        .service(staff::audit)
        .service(people::list_people)
        .service(people::invite)
        .service(people::make_code)
        .service(people::resend)
        .service(people::change_role)
        .service(people::remove)
        .service(outbox::page)
        .service(outbox::retry)
        .service(partners::list)
        .service(partners::create)
        .service(partners::set_contacts)
        .service(designer::new_survey)
        .service(designer::create)
        .service(designer::overview)
        .service(designer::save_survey)
        .service(designer::add_question)
        .service(designer::question)
        .service(designer::change_question)
        .service(designer::bank)
        .service(designer::add_from_bank)
        .service(designer::translation)
        .service(designer::save_translation)
        .service(designer::preview)
        .service(reports::index)
        .service(reports::create)
        .service(reports::edit)
        .service(reports::add_statement)
        .service(reports::change_statement)
        .service(reports::publish)
        .service(reports::export_html)
        .service(reports::export_csv)
        .service(reports::partner)
        .service(reports::partner_update)
        .service(themes::page)
        .service(themes::board_action)
        .service(concerns::concerns_list)
        .service(concerns::mark_seen)
        .service(results::page)
        .service(results::api)
        .service(results::figures_download)
        .service(results::answers_csv)
        .service(results::answers_xlsx)
        .service(running::survey_view)
        .service(running::change_status)
        .service(running::make_codes)
        .service(running::change_access)
        .service(running::add_comment)
        .service(running::download)
        .default_service(web::to(not_found));
}

async fn not_found() -> Reply {
    Err(WebError::NotFound)
}

/// What a handler answers with: a response (a redirect, a file, a page with its own status)…
pub type Reply = Result<HttpResponse, WebError>;
/// …or a page, sent with 200; either way a [`WebError`] becomes its kind page.
pub type Page = Result<maud::Markup, WebError>;

/// Everything that can go wrong in a request, each with a kind page.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    #[error("page not found")]
    NotFound,
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("too many wrong codes from one client")]
    TooManyTries,
    #[error("signing in is needed")]
    SignInNeeded,
    #[error("not allowed for this account")]
    Forbidden,
    #[error("the export could not be made: {0}")]
    Export(String),
    /// A change that can't be made now, and why, in words for the person who tried.
    #[error("{0}")]
    Conflict(String),
    #[error("the response could not be stored: {0}")]
    Submit(#[from] SubmitError),
    /// A request refused before any handler ran (too large, too slow, or holding a NUL).
    #[error("the request was refused: {0}")]
    Refused(StatusCode),
}

impl ResponseError for WebError {
    fn status_code(&self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::TooManyTries => StatusCode::TOO_MANY_REQUESTS,
            WebError::SignInNeeded => StatusCode::SEE_OTHER,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::Conflict(_) => StatusCode::CONFLICT,
            WebError::Store(_) | WebError::Submit(_) => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Export(_) => StatusCode::INTERNAL_SERVER_ERROR,
            WebError::Refused(status) => *status,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let WebError::SignInNeeded = self {
            return HttpResponse::SeeOther().insert_header((actix_web::http::header::LOCATION, "/sign-in")).finish();
        }
        if let WebError::Conflict(why) = self {
            return html_response(self.status_code(), layout::message_page("That can't be changed now", why, "en"));
        }
        if self.status_code().is_server_error() {
            tracing::error!(error = %self, "request failed");
        }
        let mut response = html_response(self.status_code(), layout::error_page(self.status_code(), "en"));
        response.extensions_mut().insert(ErrorPage);
        response
    }
}

/// Marks a response as the generic error page, which [`errors_in_reader_language`] redraws.
struct ErrorPage;

/// The reader's language, once a handler has worked it out, for an error page later on.
#[derive(Clone)]
struct ReaderLanguage(String);

/// Redraws the generic error page in the reader's language: the one a handler chose (a
/// child's draft), else the link's `?lang=`, else the browser's `Accept-Language`.
pub async fn errors_in_reader_language(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<impl actix_web::body::MessageBody + 'static>,
) -> Result<actix_web::dev::ServiceResponse<impl actix_web::body::MessageBody>, actix_web::Error> {
    let res = next.call(req).await?;
    if res.response().extensions().get::<ErrorPage>().is_none() {
        return Ok(res.map_into_left_body());
    }
    let chosen = res.request().extensions().get::<ReaderLanguage>().cloned();
    let lang = match chosen {
        Some(ReaderLanguage(lang)) => lang,
        None => reader_language(res.request(), asked_language(res.request()).as_deref(), &[]),
    };
    let status = res.status();
    let page = html_response(status, layout::error_page(status, &lang));
    Ok(res.into_response(page).map_into_right_body())
}

/// A file to download, never kept in a cache.
pub fn attachment(name: &str, content_type: &str, body: impl actix_web::body::MessageBody + 'static) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((actix_web::http::header::CONTENT_DISPOSITION, format!("attachment; filename=\"{name}\"")))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(body)
}

/// A CSV download, UTF-8 with a byte-order mark so spreadsheet programs read Arabic, Bengali,
/// Chinese and accented letters right.
pub fn csv_attachment(name: &str, body: Vec<u8>) -> HttpResponse {
    let mut marked = "\u{feff}".as_bytes().to_vec();
    marked.extend(body);
    attachment(name, "text/csv; charset=utf-8", marked)
}

/// The reader's language (see [`crate::locale::choose`]): `asked`, then the browser's
/// `Accept-Language`, then English; `also` adds a survey's translations to ourvoice's own.
/// The choice is remembered for the request, so an error page later on speaks it too.
pub fn reader_language(req: &actix_web::HttpRequest, asked: Option<&str>, also: &[&str]) -> String {
    let lang = crate::locale::choose(asked, accept_language(req), also);
    remember_language(req, &lang);
    lang
}

/// The language of a page any reader may open: `?lang=` if ourvoice speaks it, else the
/// browser's, else English ([`reader_language`]); a query it cannot read is no language asked.
pub struct Reader(pub String);

impl actix_web::FromRequest for Reader {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Reader, actix_web::Error>>;

    fn from_request(req: &actix_web::HttpRequest, _: &mut actix_web::dev::Payload) -> Self::Future {
        std::future::ready(Ok(Reader(reader_language(req, asked_language(req).as_deref(), &[]))))
    }
}

/// The language the link asks for (`?lang=`); a query that cannot be read asks for none.
fn asked_language(req: &actix_web::HttpRequest) -> Option<String> {
    web::Query::<LangQuery>::from_query(req.query_string()).ok().and_then(|q| q.into_inner().lang)
}

/// The browser's `Accept-Language` header, if it sent a readable one.
pub fn accept_language(req: &actix_web::HttpRequest) -> Option<&str> {
    req.headers().get(actix_web::http::header::ACCEPT_LANGUAGE).and_then(|h| h.to_str().ok())
}

/// Keeps `lang` as the request's language for any error page that follows.
pub fn remember_language(req: &actix_web::HttpRequest, lang: &str) {
    req.extensions_mut().insert(ReaderLanguage(lang.to_string()));
}

/// `?lang=` on a child-facing page.
#[derive(serde::Deserialize)]
pub struct LangQuery {
    pub lang: Option<String>,
}

/// Sends the browser on to `location` after a form (303).
pub fn see_other(location: impl Into<String>) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((actix_web::http::header::LOCATION, location.into())).finish()
}

/// A page with its status.
pub fn html_response(status: StatusCode, markup: maud::Markup) -> HttpResponse {
    HttpResponse::build(status).content_type("text/html; charset=utf-8").body(markup.into_string())
}

/// A page made to be printed (a paper sheet, code cards): it carries its own print styles and
/// pictures, and no script but our own print button's; never kept in a cache.
pub fn printable(markup: maud::Markup) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; script-src 'self'",
        ))
        .insert_header((actix_web::http::header::CACHE_CONTROL, "no-store"))
        .body(markup.into_string())
}

/// Runs database work on the blocking pool, never on an async worker.
pub async fn with_db<T, F>(store: &web::Data<Store>, work: F) -> Result<T, WebError>
where
    F: FnOnce(&mut Conn) -> Result<T, StoreError> + Send + 'static,
    T: Send + 'static,
{
    Ok(store.run(work).await?)
}

/// Runs one of the [`usecase`](crate::usecase)s off the async threads; what it refuses becomes
/// the page that says so.
pub async fn act<T, F>(store: &web::Data<Store>, work: F) -> Result<T, WebError>
where
    F: FnOnce(&mut Conn) -> Result<T, Refused> + Send + 'static,
    T: Send + 'static,
{
    Ok(crate::usecase::act(store, work).await?)
}

impl From<Refused> for WebError {
    fn from(refused: Refused) -> Self {
        match refused {
            Refused::NotFound => WebError::NotFound,
            Refused::NotAllowed => WebError::Forbidden,
            Refused::Conflict(why) => WebError::Conflict(why),
            Refused::Store(e) => WebError::Store(e),
        }
    }
}
