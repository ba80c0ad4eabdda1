//! A child answers a survey: intro, one question per page, check answers, send, thank you.
//! Everything works without JavaScript; progress is kept server-side under a random draft id.

use std::sync::Arc;

use actix_web::cookie::{Cookie, time::Duration as CookieDuration};
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, get, post, web};

use super::codes::{CodeCheck, check_code};
use super::form::FieldError;
use super::limits::Limits;
use super::{Reply, WebError, html_response, reader_language, remember_language, see_other, thanks};
use crate::config::SiteConfig;
use crate::store::Store;
use crate::store::drafts::{self, Draft};
use crate::store::responses::SubmitError;
use crate::store::surveys::StoredSurvey;
use crate::survey::{Access, Status, Survey, check_answer, prune, visible_questions};
use crate::t;
use crate::usecase::read_aloud::{self, ReadAloudError};
use crate::usecase::{Intake, Source, accepting};

pub(super) mod pages;

use pages::{check_page, intro_page, not_open_page, problem_words, question_page};

pub(in crate::web) const COOKIE: &str = "ov_draft";

/// How long the draft's cookie lives without activity (the draft itself ends as soon).
fn lifetime() -> CookieDuration {
    CookieDuration::minutes(drafts::IDLE_MINUTES)
}

/// A survey a child may see (open, or closed, which says so kindly) and the child's draft for
/// it if their cookie names one that has not expired: in one trip to the database.
async fn survey_and_draft(
    req: &HttpRequest,
    store: &web::Data<Store>,
    slug: &str,
) -> Result<(Arc<StoredSurvey>, Option<Draft>), WebError> {
    let cookie = req.cookie(COOKIE).map(|c| c.value().to_string());
    let found = store.survey_and_draft(slug, cookie).await?;
    match found {
        Some((stored, draft)) if matches!(stored.status, Status::Open | Status::Closed) => Ok((stored, draft)),
        _ => Err(WebError::NotFound),
    }
}

pub(super) fn base(survey: &Survey) -> String {
    format!("/s/{}", survey.slug)
}

/// The draft's cookie, on every path so that "Leave this site" (`/exit`) can end it.
pub(in crate::web) fn draft_cookie(req: &HttpRequest, value: String, max_age: CookieDuration) -> Cookie<'static> {
    crate::web::our_cookie(req, COOKIE, value, max_age)
}

async fn save_draft(store: &web::Data<Store>, draft: Draft) -> Result<(), WebError> {
    Ok(store.run_journey(move |conn| drafts::save(conn, &draft)).await?)
}

#[derive(serde::Deserialize)]
pub struct IntroQuery {
    lang: Option<String>,
    /// Filled in from the QR code on a card.
    code: Option<String>,
}

/// The survey's first page: what it is about, who wrote it, the languages, and Start.
#[get("/s/{slug}")]
pub async fn intro(
    req: HttpRequest,
    store: web::Data<Store>,
    slug: web::Path<String>,
    query: web::Query<IntroQuery>,
) -> Reply {
    let (stored, draft) = survey_and_draft(&req, &store, &slug).await?;
    let typed = query.code.as_deref().unwrap_or("");
    let offered = stored.survey.offered_languages();
    let lang = reader_language(&req, query.lang.as_deref().or(draft.as_ref().map(|d| d.language.as_str())), &offered);
    if !accepting(&stored, chrono::Utc::now().date_naive()) {
        return Ok(not_open_page(&stored, &lang));
    }
    Ok(html_response(StatusCode::OK, intro_page(&stored, &lang, draft.is_some(), typed, None)))
}

/// A question and its answers read aloud, in a language its survey is read aloud in.
#[get("/s/{slug}/listen/{question}/{lang}.mp3")]
pub async fn listen(store: web::Data<Store>, path: web::Path<(String, String, String)>) -> Reply {
    let (slug, id, lang) = path.into_inner();
    let stored = store.survey(&slug).await?.filter(|s| s.status == Status::Open).ok_or(WebError::NotFound)?;
    let audio = store
        .run(move |conn| {
            let Some(q) = stored.survey.question(&id) else { return Ok(None) };
            read_aloud::audio(conn, &stored.survey, q, &lang).or_else(|e| match e {
                ReadAloudError::Store(e) => Err(e),
                ReadAloudError::Speech(e) => {
                    tracing::error!(slug = stored.survey.slug, error = %e, "a question could not be read aloud");
                    Ok(None)
                }
            })
        })
        .await?
        .ok_or(WebError::NotFound)?;
    Ok(HttpResponse::Ok()
        .content_type("audio/mpeg")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(audio))
}

/// Form fields, allowing a name to repeat (checkboxes).
fn fields(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> Option<&'a str> {
    fields.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// The check of a typed code, in words for a child in `lang`.
async fn child_code(
    req: &HttpRequest,
    store: &web::Data<Store>,
    limits: &Limits,
    stored: &StoredSurvey,
    typed: &str,
    lang: &str,
) -> Result<Result<String, String>, WebError> {
    Ok(match check_code(req, store, limits, &stored.id, Some(typed)).await? {
        CodeCheck::Valid(hash) => Ok(hash),
        CodeCheck::Missing => Err(t!(lang, "code-missing")),
        CodeCheck::Malformed => Err(t!(lang, "code-malformed")),
        CodeCheck::Unknown => Err(t!(lang, "code-unknown")),
    })
}

/// Start (or start again): a new draft, a cookie for it, and on to the first question.
#[post("/s/{slug}/start")]
pub async fn start(
    req: HttpRequest,
    store: web::Data<Store>,
    limits: web::Data<Limits>,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Reply {
    let (stored, old) = survey_and_draft(&req, &store, &slug).await?;
    let form = fields(&body);
    let lang = reader_language(&req, field(&form, "lang"), &stored.survey.offered_languages());
    if !accepting(&stored, chrono::Utc::now().date_naive()) {
        return Ok(not_open_page(&stored, &lang));
    }
    let code_hash = if stored.survey.access == Access::Codes {
        let typed = field(&form, "code").unwrap_or("");
        match child_code(&req, &store, &limits, &stored, typed, &lang).await? {
            Ok(hash) => Some(hash),
            Err(message) => {
                let page = intro_page(&stored, &lang, old.is_some(), typed, Some(&message));
                return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
            }
        }
    } else {
        None
    };
    let survey_id = stored.id.clone();
    let draft = store
        .run_journey(move |conn| {
            if let Some(old) = old {
                drafts::delete(conn, &old.id)?;
            }
            drafts::create(conn, &survey_id, &lang, code_hash)
        })
        .await?;
    let first = &stored.survey.questions[0].id;
    Ok(HttpResponse::SeeOther()
        .cookie(draft_cookie(&req, draft.id, lifetime()))
        .insert_header((header::LOCATION, format!("{}/q/{first}", base(&stored.survey))))
        .finish())
}

/// Everything a journey page needs: the survey and the child's draft.
struct Journey {
    stored: Arc<StoredSurvey>,
    draft: Draft,
}

/// The survey and draft, or where to send a child who has none (the intro page).
async fn journey(
    req: &HttpRequest,
    store: &web::Data<Store>,
    slug: &str,
) -> Result<Result<Journey, HttpResponse>, WebError> {
    let (stored, draft) = survey_and_draft(req, store, slug).await?;
    if !accepting(&stored, chrono::Utc::now().date_naive()) {
        return Ok(Err(not_open_page(&stored, &reader_language(req, None, &stored.survey.offered_languages()))));
    }
    match draft {
        Some(draft) => {
            remember_language(req, &draft.language);
            Ok(Ok(Journey { stored, draft }))
        }
        None => Ok(Err(see_other(base(&stored.survey)))),
    }
}

/// Where to go after the intro when resuming: the first question not yet answered, or the
/// check page.
#[get("/s/{slug}/next")]
pub async fn next(req: HttpRequest, store: web::Data<Store>, slug: web::Path<String>) -> Reply {
    let j = match journey(&req, &store, &slug).await? {
        Ok(j) => j,
        Err(redirect) => return Ok(redirect),
    };
    let visible = visible_questions(&j.stored.survey, &j.draft.answers);
    let target = match visible.iter().find(|q| !j.draft.answers.contains_key(&q.id)) {
        Some(q) => format!("{}/q/{}", base(&j.stored.survey), q.id),
        None => format!("{}/check", base(&j.stored.survey)),
    };
    Ok(see_other(target))
}

#[derive(serde::Deserialize)]
pub struct ChangeQuery {
    change: Option<u8>,
}

#[get("/s/{slug}/q/{question}")]
pub async fn question(
    req: HttpRequest,
    store: web::Data<Store>,
    path: web::Path<(String, String)>,
    query: web::Query<ChangeQuery>,
) -> Reply {
    let (slug, id) = path.into_inner();
    let j = match journey(&req, &store, &slug).await? {
        Ok(j) => j,
        Err(redirect) => return Ok(redirect),
    };
    let visible = visible_questions(&j.stored.survey, &j.draft.answers);
    let Some(q) = visible.iter().find(|q| q.id == id) else {
        // Not asked (or no longer asked, given the answers): carry on from where they are.
        return Ok(see_other(format!("{}/next", base(&j.stored.survey))));
    };
    let given = j.draft.answers.get(&id).cloned().unwrap_or_default();
    let page = question_page(&j, q, &given, None, query.change.is_some());
    Ok(html_response(StatusCode::OK, page))
}

#[post("/s/{slug}/q/{question}")]
pub async fn answer(
    req: HttpRequest,
    store: web::Data<Store>,
    path: web::Path<(String, String)>,
    body: web::Bytes,
) -> Reply {
    let (slug, id) = path.into_inner();
    let mut j = match journey(&req, &store, &slug).await? {
        Ok(j) => j,
        Err(redirect) => return Ok(redirect),
    };
    let stored = j.stored.clone();
    let survey = &stored.survey;
    let before: Vec<String> = visible_questions(survey, &j.draft.answers).iter().map(|q| q.id.clone()).collect();
    let Some(q) = survey.question(&id).filter(|q| before.contains(&q.id)) else {
        return Ok(see_other(format!("{}/next", base(survey))));
    };
    let form = fields(&body);
    let changing = field(&form, "return") == Some("check");
    let values: Vec<String> = form.iter().filter(|(k, _)| k == "answer").map(|(_, v)| v.clone()).collect();
    if field(&form, "action") == Some("skip") {
        j.draft.answers.remove(&id);
    } else {
        match check_answer(q, &values) {
            Ok(Some(values)) => {
                j.draft.answers.insert(id.clone(), values);
            }
            Ok(None) => {
                j.draft.answers.remove(&id);
            }
            Err(problem) => {
                let message = problem_words(&j.draft.language, &problem);
                let page = question_page(&j, q, &values, Some(&message), changing);
                return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
            }
        }
    }
    prune(survey, &mut j.draft.answers);
    let after: Vec<String> = visible_questions(survey, &j.draft.answers).iter().map(|q| q.id.clone()).collect();
    let newly_shown = after.iter().find(|a| !before.contains(a));
    let next_in_order = after.iter().skip_while(|a| **a != id).nth(1);
    // show_if only looks back, so a question this answer revealed comes later in the order.
    let target = match (changing, newly_shown, next_in_order) {
        (true, Some(new), _) => format!("{}/q/{new}?change=1", base(survey)),
        (false, _, Some(following)) => format!("{}/q/{following}", base(survey)),
        _ => format!("{}/check", base(survey)),
    };
    let cookie = draft_cookie(&req, j.draft.id.clone(), lifetime());
    save_draft(&store, j.draft).await?;
    Ok(HttpResponse::SeeOther().cookie(cookie).insert_header((header::LOCATION, target)).finish())
}

#[get("/s/{slug}/check")]
pub async fn check(req: HttpRequest, store: web::Data<Store>, slug: web::Path<String>) -> Reply {
    match journey(&req, &store, &slug).await? {
        Ok(j) => Ok(html_response(StatusCode::OK, check_page(&j, None, ""))),
        Err(redirect) => Ok(redirect),
    }
}

/// Sends the answers: stored durably (and the code used) before the thank-you page shows, on
/// this very response, the same way whether help comes first or not: no address in the
/// history, no status and no redirect tells them apart.
#[post("/s/{slug}/send")]
pub async fn send(
    req: HttpRequest,
    store: web::Data<Store>,
    intake: web::Data<Intake>,
    limits: web::Data<Limits>,
    site: web::Data<SiteConfig>,
    slug: web::Path<String>,
    body: web::Bytes,
) -> Reply {
    let mut j = match journey(&req, &store, &slug).await? {
        Ok(j) => j,
        Err(redirect) => return Ok(redirect),
    };
    let form = fields(&body);
    if let Some(typed) = field(&form, "code") {
        // The child's first code was used meanwhile: they typed another on the check page.
        match child_code(&req, &store, &limits, &j.stored, typed, &j.draft.language).await? {
            Ok(hash) => j.draft.code_hash = Some(hash),
            Err(message) => {
                let problem = FieldError { field: "code".into(), message };
                return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, check_page(&j, Some(&problem), typed)));
            }
        }
    }
    let survey = &j.stored.survey;
    prune(survey, &mut j.draft.answers);
    if j.draft.answers.is_empty() {
        // An empty response would tell nothing, and must never count towards the threshold.
        let problem = FieldError { field: "answers".into(), message: t!(&j.draft.language, "nothing-answered") };
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, check_page(&j, Some(&problem), "")));
    }
    let code_hash = j.draft.code_hash.clone().filter(|_| survey.access == Access::Codes);
    let taken =
        intake.take(&j.stored, j.draft.language.clone(), j.draft.answers.clone(), Source::Online { code_hash }).await;
    let help = match taken {
        Ok(taken) => taken.help,
        Err(SubmitError::CodeUsed) => {
            let problem = FieldError { field: "code".into(), message: t!(&j.draft.language, "code-used") };
            save_draft(&store, j.draft.clone()).await?;
            return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, check_page(&j, Some(&problem), "")));
        }
        Err(SubmitError::NotOpen) => {
            return Ok(not_open_page(&j.stored, &j.draft.language));
        }
        Err(e) => return Err(WebError::Submit(e)),
    };
    let draft_id = j.draft.id.clone();
    store.run_journey(move |conn| drafts::delete(conn, &draft_id)).await?;
    let cleared = draft_cookie(&req, String::new(), CookieDuration::ZERO);
    let page = thanks::page(&j.draft.language, &survey.localized(&j.draft.language), &site, help);
    Ok(HttpResponse::Ok().cookie(cleared).content_type("text/html; charset=utf-8").body(page.into_string()))
}
