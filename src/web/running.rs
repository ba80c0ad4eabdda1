//! Running a survey from its page: review and status steps, and batches of single-use codes.

use actix_web::http::header;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use maud::{Markup, html};

use super::auth::{SignedIn, public_url};
use super::cards::card_sheet;
use super::staff::signed_in_page;
use super::{WebError, with_db};
use crate::accounts::Role;
use crate::config::SiteConfig;
use crate::store::surveys::StoredSurvey;
use crate::store::{Store, accounts, codes, surveys};
use crate::survey::{Access, Keyword, Status};
use crate::workflow;

/// The most codes one batch makes.
const MAX_BATCH: u32 = 1000;

/// Partners see surveys only through reports; everyone else may open a survey's page.
fn may_see(role: Role) -> bool {
    role != Role::Partner
}

async fn load(store: &web::Data<Store>, slug: String) -> Result<StoredSurvey, WebError> {
    with_db(store, move |conn| surveys::find(conn, &slug)).await?.ok_or(WebError::NotFound)
}

fn survey_page(signed: &SignedIn, stored: &StoredSurvey) -> Markup {
    let survey = &stored.survey;
    let base = format!("/staff/surveys/{}", survey.slug);
    signed_in_page(
        signed,
        &survey.title,
        html! {
            h1 { (survey.title) }
            p.lead { "Status: " strong { (stored.status) } }
            @let steps = workflow::steps(stored.status, signed.user.role);
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
            h2 { "Questions" }
            ol { @for q in &survey.questions { li { (q.text) " " span.muted { "(" (q.kind) ")" } } } }
            @if signed.user.role.is_staff() && survey.access == Access::Codes {
                h2 { "Codes for cards" }
                p { "Each code lets one young person answer once. Only a hash of each is kept, so print them now." }
                form method="post" action={ (base) "/codes" } {
                    (signed.csrf_field())
                    div.field { label for="count" { "How many" } input.text-input #count name="count" type="number" min="1" max=(MAX_BATCH) value="30"; }
                    div.actions { button.button type="submit" { "Make printable cards" } }
                }
            }
        },
    )
}

#[get("/staff/surveys/{slug}")]
pub async fn survey_view(
    store: web::Data<Store>,
    signed: SignedIn,
    slug: web::Path<String>,
) -> Result<Markup, WebError> {
    signed.require(may_see)?;
    let stored = load(&store, slug.into_inner()).await?;
    Ok(survey_page(&signed, &stored))
}

#[derive(serde::Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

#[post("/staff/surveys/{slug}/status")]
pub async fn change_status(
    store: web::Data<Store>,
    signed: SignedIn,
    slug: web::Path<String>,
    form: web::Form<StatusForm>,
) -> Result<HttpResponse, WebError> {
    signed.check_csrf(&form.csrf)?;
    let stored = load(&store, slug.into_inner()).await?;
    let (Some(from), Some(to)) = (Status::parse(&form.from), Status::parse(&form.to)) else {
        return Err(WebError::Forbidden);
    };
    if from != stored.status || !workflow::allowed(from, to, signed.user.role) {
        return Err(WebError::Forbidden);
    }
    let (id, slug, by) = (stored.id.clone(), stored.survey.slug.clone(), signed.user.id.clone());
    let moved = with_db(&store, move |conn| {
        let moved = surveys::set_status(conn, &id, from, to)?;
        if moved {
            accounts::audit(conn, Some(&by), "changed a survey's status", &format!("{slug}: {from} → {to}"))?;
        }
        Ok(moved)
    })
    .await?;
    if !moved {
        // Someone else moved it first: show where it is now.
        return Err(WebError::Forbidden);
    }
    Ok(HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/staff/surveys/{}", stored.survey.slug)))
        .finish())
}

#[derive(serde::Deserialize)]
pub struct CodesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    count: u32,
}

/// A batch of codes as printable cards, the same as `ourvoice codes --format html`.
#[post("/staff/surveys/{slug}/codes")]
pub async fn make_codes(
    req: HttpRequest,
    store: web::Data<Store>,
    site: web::Data<SiteConfig>,
    signed: SignedIn,
    slug: web::Path<String>,
    form: web::Form<CodesForm>,
) -> Result<HttpResponse, WebError> {
    signed.require(Role::is_staff)?;
    signed.check_csrf(&form.csrf)?;
    if !(1..=MAX_BATCH).contains(&form.count) {
        return Err(WebError::Forbidden);
    }
    let stored = load(&store, slug.into_inner()).await?;
    let (id, slug, count, by) = (stored.id.clone(), stored.survey.slug.clone(), form.count, signed.user.id.clone());
    let made = with_db(&store, move |conn| {
        let made = codes::create(conn, &id, count as usize)?;
        accounts::audit(conn, Some(&by), "made codes", &format!("{count} for {slug}"))?;
        Ok(made)
    })
    .await?;
    let sheet = card_sheet(&stored.survey.title, &public_url(&req, &site), &stored.survey.slug, &made);
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        // The sheet carries its own print styles; still no script of any kind.
        .insert_header(("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src data:"))
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(sheet.into_string()))
}
