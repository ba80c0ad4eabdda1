//! Running a survey from its page: review and status steps, and batches of single-use codes.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use maud::{Markup, html};

use super::auth::{Anyone, Designers, SentForm, Signed, SignedIn, Staff};
use super::cards::{Cards, Sheet};
use super::form::{FieldError, error_message, error_summary};
use super::live::{self, Live};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, act, attachment, html_response, see_other, with_db};
use crate::config::SiteConfig;
use crate::mail::Outbox;
use crate::results::rounded;
use crate::store::comments::{self, Comment};
use crate::store::paper::{self, Batch, Progress};
use crate::store::surveys::StoredSurvey;
use crate::store::{Store, accounts, codes, designs, surveys};
use crate::survey::{Access, Keyword, Status, language_name, to_toml};
use crate::usecase::{self, access_words};
use crate::workflow::{self, what_happens_next};

/// The most codes one batch makes.
const MAX_BATCH: u32 = 1000;
/// The longest comment.
const MAX_COMMENT: usize = 2000;

async fn load(store: &web::Data<Store>, slug: String) -> Result<Arc<StoredSurvey>, WebError> {
    store.survey(&slug).await?.ok_or(WebError::NotFound)
}

/// A comment that was refused: what was typed and why.
struct Refused<'a> {
    question: &'a str,
    body: &'a str,
    message: &'a str,
}

/// What the survey page shows besides the survey: its comments, whether its design still has
/// problems, and how many have answered.
struct Around {
    comments: Vec<Comment>,
    unfinished: bool,
    live: Live,
    batches: Vec<(Batch, Progress)>,
}

async fn around(store: &web::Data<Store>, stored: &StoredSurvey) -> Result<Around, WebError> {
    let (id, slug) = (stored.id.clone(), stored.survey.slug.clone());
    let (codes_asked, closes) = (stored.survey.access == Access::Codes, stored.survey.closes);
    with_db(store, move |conn| {
        let live = Live {
            responses: surveys::response_count(conn, &id)? as u64,
            codes: if codes_asked { Some(codes::made_and_used(conn, &id)?) } else { None },
            by_week: surveys::responses_by_week(conn, &id)?,
            closes,
        };
        let batches = paper::batches_of(conn, &id)?
            .into_iter()
            .map(|b| paper::progress(conn, &b.id).map(|p| (b, p)))
            .collect::<Result<_, _>>()?;
        Ok(Around {
            comments: comments::for_survey(conn, &id)?,
            unfinished: designs::has_problems(conn, &slug)?,
            live,
            batches,
        })
    })
    .await
}

fn survey_page(signed: &SignedIn, stored: &StoredSurvey, around: &Around, refused: Option<&Refused<'_>>) -> Markup {
    let comments = &around.comments;
    let errors: Vec<FieldError> =
        refused.map(|r| FieldError { field: "body".into(), message: r.message.into() }).into_iter().collect();
    let survey = &stored.survey;
    let base = format!("/staff/surveys/{}", survey.slug);
    signed_in_page(
        signed,
        &survey.title,
        html! {
            (error_summary("en", &errors))
            h1 { (survey.title) }
            p.lead { "Status: " strong { (stored.status.words()) } }
            p { (what_happens_next(stored.status)) }
            @if matches!(stored.status, Status::Open | Status::Closed) {
                @if signed.user.role.is_staff() {
                    (live::panel(&around.live, chrono::Utc::now().date_naive()))
                    p { a href={ (base) "/results" } { "See the results" } }
                } @else {
                    p {
                        @let threshold = u64::from(survey.report_threshold);
                        @match rounded(around.live.responses, threshold) {
                            Some(about) => { "About " (about) " responses so far. " }
                            None => { "Fewer than " (threshold) " responses so far. " }
                        }
                        a href={ (base) "/results" } { "See the results" }
                    }
                }
            }
            p {
                a href={ (base) "/design" } { @if stored.status == Status::Draft { "Change it in the designer" } @else { "See it in the designer" } }
                " · " a href={ (base) "/design/preview" } { "Preview as a young person sees it" }
            }
            @if around.unfinished {
                div.notice { p { "The designer has changes with problems still to fix. " a href={ (base) "/design" } { "Fix them" } " before sending it for review." } }
            }
            @let steps = if around.unfinished { Vec::new() } else { workflow::steps(stored.status, signed.user.role) };
            @if !steps.is_empty() {
                div.actions {
                    @for step in &steps {
                        form.inline method="post" action={ (base) "/status" } {
                            (signed.csrf_field())
                            input type="hidden" name="from" value=(stored.status.as_str());
                            input type="hidden" name="to" value=(step.to.as_str());
                            button.button type="submit" { (step.label) }
                        }
                    }
                }
            }
            p { a href={ (base) "/survey.toml" } download { "Download the survey file" } " (the same file as " code { "ourvoice export-survey" } ")" }
            h2 { "Questions" }
            ol {
                @for q in &survey.questions {
                    li {
                        (q.text) " " span.muted { "(" (q.kind) ")" }
                        @for c in comments.iter().filter(|c| c.question_id.as_deref() == Some(q.id.as_str())) {
                            (comment(c))
                        }
                    }
                }
            }
            h2 { "Comments" }
            @for c in comments.iter().filter(|c| c.question_id.is_none()) { (comment(c)) }
            @if comments.is_empty() { p.muted { "No comments yet." } }
            form method="post" action={ (base) "/comments" } {
                (signed.csrf_field())
                div.field {
                    label for="question" { "About" }
                    select #question name="question" {
                        option value="" { "The whole survey" }
                        @for (n, q) in survey.questions.iter().enumerate() {
                            option value=(q.id) selected[refused.is_some_and(|r| r.question == q.id)] { "Question " (n + 1) ": " (q.text) }
                        }
                    }
                }
                div.field {
                    label for="body" { "Your comment" }
                    (error_message("en", refused.map(|r| r.message), "body"))
                    textarea.text #body name="body" rows="4" maxlength=(MAX_COMMENT) required { (refused.map_or("", |r| r.body)) }
                }
                div.actions { button.button type="submit" { "Add comment" } }
            }
            @if signed.user.role.is_staff() {
                h2 #cards { "Who can answer, and cards" }
                p { (access_words(survey.access)) }
                form method="post" action={ (base) "/access" } {
                    (signed.csrf_field())
                    @let other = if survey.access == Access::Codes { Access::Link } else { Access::Codes };
                    input type="hidden" name="access" value=(other);
                    div.actions {
                        button.button.secondary type="submit" {
                            @if other == Access::Codes { "Ask for a single-use code instead" } @else { "Let anyone with the link answer instead" }
                        }
                    }
                }
                p {
                    @if survey.access == Access::Codes { "Each code lets one young person answer once. Only a hash of each is kept, so print them now." }
                    @else { "Cards to hand out, each with the survey's link and its QR code." }
                }
                form method="post" action={ (base) "/codes" } {
                    (signed.csrf_field())
                    div.field { label for="count" { "How many cards" } input.text-input #count name="count" type="number" min="1" max=(MAX_BATCH) value="30"; }
                    @let languages = survey.offered_languages();
                    @if languages.len() > 1 {
                        div.field {
                            label for="card-lang" { "Language of the cards" }
                            select #card-lang name="lang" {
                                @for tag in &languages { option value=(tag) { (language_name(tag)) } }
                            }
                        }
                    }
                    div.actions { button.button type="submit" { "Make printable cards" } }
                }
                (super::paper::section(survey, &around.batches))
                @if stored.status == Status::Open { (super::kiosk::link(&survey.slug)) }
            }
        },
    )
}

fn comment(c: &Comment) -> Markup {
    html! {
        blockquote.comment {
            p { (c.body) }
            footer { (c.by) ", " (c.at.format("%-d %B %Y %H:%M")) " UTC" }
        }
    }
}

#[get("/staff/surveys/{slug}")]
pub async fn survey_view(store: web::Data<Store>, signed: Signed<Designers>, slug: web::Path<String>) -> Page {
    let stored = load(&store, slug.into_inner()).await?;
    let around = around(&store, &stored).await?;
    Ok(survey_page(&signed, &stored, &around, None))
}

#[derive(serde::Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    question: String,
    #[serde(default)]
    body: String,
}

/// A review comment on the survey or one question; reviewers write them, ambassadors answer.
#[post("/staff/surveys/{slug}/comments")]
pub async fn add_comment(
    store: web::Data<Store>,
    slug: web::Path<String>,
    SentForm { signed, form }: SentForm<Designers, CommentForm>,
) -> Reply {
    let stored = load(&store, slug.into_inner()).await?;
    let body = form.body.trim().to_string();
    let question = Some(form.question.clone()).filter(|q| !q.is_empty());
    if question.as_deref().is_some_and(|q| stored.survey.question(q).is_none()) {
        return Err(WebError::NotFound);
    }
    let length = body.chars().count();
    let problem = if body.is_empty() {
        Some("Write your comment first".to_string())
    } else if length > MAX_COMMENT {
        Some(format!("Please keep comments to {MAX_COMMENT} characters or fewer (this one is {length})"))
    } else {
        None
    };
    if let Some(message) = problem {
        let around = around(&store, &stored).await?;
        let refused = Refused { question: &form.question, body: &form.body, message: &message };
        let page = survey_page(&signed, &stored, &around, Some(&refused));
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    let (id, slug, by, staff) =
        (stored.id.clone(), stored.survey.slug.clone(), signed.user.id.clone(), signed.user.role.is_staff());
    with_db(&store, move |conn| {
        comments::add(conn, &id, question.as_deref(), &by, &body)?;
        if staff {
            accounts::audit(conn, Some(&by), "commented", &format!("on {slug}"))?;
        }
        Ok(())
    })
    .await?;
    Ok(see_other(format!("/staff/surveys/{}", stored.survey.slug)))
}

/// The survey as a survey file, exactly as `ourvoice export-survey` writes it.
#[get("/staff/surveys/{slug}/survey.toml")]
pub async fn download(store: web::Data<Store>, _: Signed<Designers>, slug: web::Path<String>) -> Reply {
    let stored = load(&store, slug.into_inner()).await?;
    Ok(attachment(&format!("{}.toml", stored.survey.slug), "application/toml; charset=utf-8", to_toml(&stored.survey)))
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

#[post("/staff/surveys/{slug}/status")]
pub async fn change_status(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    slug: web::Path<String>,
    SentForm { signed, form }: SentForm<Anyone, StatusForm>,
) -> Reply {
    let (Some(from), Some(to)) = (Status::parse(&form.from), Status::parse(&form.to)) else {
        return Err(WebError::Forbidden);
    };
    let (slug, by, base) = (slug.into_inner(), signed.user.clone(), site.base().to_string());
    let moved = slug.clone();
    if act(&store, move |conn| usecase::move_survey(conn, &by, &moved, from, to, &base)).await? > 0 {
        outbox.send_soon();
    }
    Ok(see_other(format!("/staff/surveys/{slug}")))
}

#[derive(serde::Deserialize)]
pub struct CodesForm {
    #[serde(default)]
    count: u32,
    #[serde(default)]
    lang: String,
}

#[derive(serde::Deserialize)]
pub struct AccessForm {
    #[serde(default)]
    access: String,
}

/// Staff change who may answer: anyone with the link, or only with a code from a card.
#[post("/staff/surveys/{slug}/access")]
pub async fn change_access(
    store: web::Data<Store>,
    slug: web::Path<String>,
    SentForm { signed, form }: SentForm<Staff, AccessForm>,
) -> Reply {
    let access = Access::parse(&form.access).ok_or(WebError::NotFound)?;
    let (slug, by) = (slug.into_inner(), signed.user.id.clone());
    let survey = slug.clone();
    act(&store, move |conn| usecase::set_access(conn, &by, &survey, access)).await?;
    Ok(see_other(format!("/staff/surveys/{slug}#cards")))
}

/// A batch of codes as printable cards, the same as `ourvoice codes --format html`.
#[post("/staff/surveys/{slug}/codes")]
pub async fn make_codes(
    store: web::Data<Store>,
    site: web::Data<SiteConfig>,
    slug: web::Path<String>,
    SentForm { signed, form }: SentForm<Staff, CodesForm>,
) -> Reply {
    if !(1..=MAX_BATCH).contains(&form.count) {
        return Err(WebError::Forbidden);
    }
    let stored = load(&store, slug.into_inner()).await?;
    let survey = &stored.survey;
    let lang = if survey.offered_languages().contains(&form.lang.as_str()) { form.lang.as_str() } else { "en" };
    let (id, slug, count, by) = (stored.id.clone(), survey.slug.clone(), form.count, signed.user.id.clone());
    let codes = survey.access == Access::Codes;
    let made = with_db(&store, move |conn| {
        if !codes {
            return Ok(Vec::new());
        }
        let made = codes::create(conn, &id, count as usize)?;
        accounts::audit(conn, Some(&by), "made codes", &format!("{count} for {slug}"))?;
        Ok(made)
    })
    .await?;
    let back = format!("/staff/surveys/{}#cards", survey.slug);
    let sheet = Sheet {
        title: survey.localized(lang).title(),
        lang,
        base_url: site.base(),
        slug: &survey.slug,
        cards: if codes { Cards::Codes(&made) } else { Cards::Link(count as usize) },
        back: Some(&back),
    }
    .render();
    Ok(super::printable(sheet))
}
