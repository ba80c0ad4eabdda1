//! The survey designer: Promise Ambassadors and staff build a survey in the browser, one form
//! at a time, without JavaScript. Every save keeps what was typed, problems and all, and
//! `ourvoice check`'s own messages show beside the fields they are about.

mod fields;
mod pages;
mod preview_page;
mod translation_page;

use std::future::Future;
use std::pin::Pin;

use actix_web::http::StatusCode;
use actix_web::{FromRequest, HttpRequest, get, post, web};
use maud::{Markup, html};

use super::auth::{Designers, Fields, SentForm, Signed, SignedIn};
use super::form::{FieldError, error_message, error_summary};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, html_response, see_other, with_db};
use crate::store::designs::{self, Opened};
use crate::store::surveys::SaveError;
use crate::store::{Store, accounts, surveys};
use crate::survey::{Audience, Design, DesignError, Input, Keyword, Kind, Placed, Status, Survey, is_id, slug_from};
use fields::sent;
use pages::base;

async fn open(store: &web::Data<Store>, slug: String) -> Result<Opened, WebError> {
    with_db(store, move |conn| designs::open(conn, &slug)).await?.ok_or(WebError::NotFound)
}

/// The design the path's `{slug}` names, opened for someone signed in to design: what every
/// designer page shows.
pub struct Designing {
    signed: Signed<Designers>,
    opened: Opened,
}

impl FromRequest for Designing {
    type Error = WebError;
    type Future = Pin<Box<dyn Future<Output = Result<Designing, WebError>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let (signed, opening) = (Signed::<Designers>::from_request(req, payload), in_path(req));
        Box::pin(async move {
            let signed = signed.await?;
            let (_, opened) = opening.await?;
            Ok(Designing { opened, signed })
        })
    }
}

/// Opens the design the path's `{slug}` names, once awaited (after whoever sent the request is
/// known to be allowed).
fn in_path(req: &HttpRequest) -> impl Future<Output = Result<(web::Data<Store>, Opened), WebError>> + use<> {
    let store = req.app_data::<web::Data<Store>>().cloned();
    let slug = req.match_info().get("slug").map(String::from);
    async move {
        let (Some(store), Some(slug)) = (store, slug) else { return Err(WebError::NotFound) };
        let opened = open(&store, slug).await?;
        Ok((store, opened))
    }
}

/// A change to the design the path's `{slug}` names: sent by someone signed in to design,
/// with this session's token, to a design that is still a draft.
pub struct Changing {
    store: web::Data<Store>,
    signed: Signed<Designers>,
    design: Design,
    form: Fields,
}

impl FromRequest for Changing {
    type Error = actix_web::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Changing, actix_web::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let (sent, opening) = (SentForm::<Designers, Fields>::from_request(req, payload), in_path(req));
        Box::pin(async move {
            let SentForm { signed, form } = sent.await?;
            let (store, opened) = opening.await?;
            if !opened.editable() {
                return Err(WebError::Conflict(locked_message(&opened)).into());
            }
            Ok(Changing { store, signed, design: opened.design, form })
        })
    }
}

impl Changing {
    /// A field of the form as sent, if it was.
    fn sent(&self, name: &str) -> Option<String> {
        sent(&self.form, name)
    }

    /// Saves the design (as the survey once it checks clean), notes a staff change in the
    /// audit log, and sends the browser to `then`.
    async fn save(self, what: String, then: String) -> Reply {
        let (by, staff, design) = (self.signed.user.id.clone(), self.signed.user.role.is_staff(), self.design);
        let refused = with_db(&self.store, move |conn| {
            match designs::save(conn, &design, &by) {
                Ok(()) => {}
                Err(SaveError::Store(e)) => return Err(e),
                Err(other) => return Ok(Some(other.to_string())),
            }
            if staff {
                accounts::audit(conn, Some(&by), "changed a survey design", &format!("{}: {what}", design.slug()))?;
            }
            Ok(None)
        })
        .await?;
        match refused {
            Some(message) => Err(WebError::Conflict(message)),
            None => Ok(see_other(then)),
        }
    }
}

fn locked_message(opened: &Opened) -> String {
    let status = opened.status.map_or("", |s| s.as_str());
    format!("This survey is {status}, so it can't be changed. Only a draft can change.")
}

/// What is left to fix, in plain words beside each field.
fn problems(design: &Design) -> Vec<Placed> {
    design.check().err().unwrap_or_default().into_iter().map(fields::in_plain_words).collect()
}

#[derive(serde::Deserialize)]
pub struct Done {
    done: Option<String>,
    lang: Option<String>,
    q: Option<String>,
}

impl Done {
    /// Whether the page is the first sight of something just made, before the person has had
    /// a chance to fill it in: its problems wait until they have.
    fn fresh(&self) -> bool {
        matches!(self.done.as_deref(), Some("created" | "added"))
    }

    /// What is left to fix on the page, unless it is fresh.
    fn problems(&self, design: &Design) -> Vec<Placed> {
        if self.fresh() { Vec::new() } else { problems(design) }
    }

    /// The notice after a change, in fixed words (never echoing the query).
    fn notice(&self) -> Option<&'static str> {
        Some(match self.done.as_deref()? {
            "saved" => "Saved.",
            "added" => "Question added and saved. Fill in the rest of it here, then press Save question.",
            "moved" => "Question moved.",
            "removed" => "Question removed.",
            "created" => {
                "Survey started and saved. Next: add its first question below, and make the introduction your own."
            }
            _ => return None,
        })
    }
}

#[get("/staff/surveys/{slug}/design")]
pub async fn overview(d: Designing, done: web::Query<Done>) -> Markup {
    pages::overview(&d.signed, &d.opened, &done.problems(&d.opened.design), done.notice())
}

#[post("/staff/surveys/{slug}/design")]
pub async fn save_survey(mut c: Changing) -> Reply {
    fields::apply(&mut c.design, "", fields::SURVEY, &c.form);
    let then = format!("{}?done=saved", base(&c.design.slug()));
    c.save("the survey's details".into(), then).await
}

#[post("/staff/surveys/{slug}/design/questions")]
pub async fn add_question(mut c: Changing) -> Reply {
    let kind = c.sent("kind").and_then(|k| Kind::parse(&k)).unwrap_or(Kind::Choice);
    let index = c.design.add_question(kind, &c.sent("text").unwrap_or_default());
    let then = format!("{}/q/{}?done=added", base(&c.design.slug()), index + 1);
    c.save(format!("added question {}", index + 1), then).await
}

/// Question `n` (counting from 1) of the design, or not found.
fn index_of(design: &Design, n: usize) -> Result<usize, WebError> {
    (1..=design.question_count()).contains(&n).then(|| n - 1).ok_or(WebError::NotFound)
}

#[get("/staff/surveys/{slug}/design/q/{n}")]
pub async fn question(d: Designing, path: web::Path<(String, usize)>, done: web::Query<Done>) -> Page {
    let index = index_of(&d.opened.design, path.1)?;
    Ok(pages::question(&d.signed, &d.opened, index, &done.problems(&d.opened.design), done.notice()))
}

/// Saves, moves or removes question `n`, as the button pressed says.
#[post("/staff/surveys/{slug}/design/q/{n}")]
pub async fn change_question(mut c: Changing, path: web::Path<(String, usize)>) -> Reply {
    let n = path.1;
    let (design, form) = (&mut c.design, &c.form);
    let index = index_of(design, n)?;
    let base = base(&design.slug());
    let moved = |r: Result<(), DesignError>| r.map_err(|_| WebError::NotFound);
    let (what, then) = match sent(form, "action").as_deref() {
        Some("up") => {
            moved(design.move_question(index, true))?;
            (format!("moved question {n} up"), format!("{base}?done=moved#questions"))
        }
        Some("down") => {
            moved(design.move_question(index, false))?;
            (format!("moved question {n} down"), format!("{base}?done=moved#questions"))
        }
        Some("remove") => {
            moved(design.remove_question(index))?;
            (format!("removed question {n}"), format!("{base}?done=removed#questions"))
        }
        _ => {
            let prefix = format!("questions.{index}.");
            fields::apply(design, &prefix, fields::QUESTION, form);
            if let Some(id) = sent(form, "id") {
                design.rename_question(index, &id);
            }
            if let Some(depends_on) = sent(form, "show_if_question") {
                let mut ticked = sent(form, "show_if_answers").unwrap_or_default();
                if design.show_if(index).0 != depends_on {
                    // Another question: the answers ticked were the last one's.
                    let offered = design.answers_of(&depends_on);
                    ticked =
                        ticked.lines().filter(|a| offered.iter().any(|(v, _)| v == a)).collect::<Vec<_>>().join("\n");
                }
                design.set_show_if(index, &depends_on, &ticked);
            }
            (format!("question {n}"), format!("{base}/q/{n}?done=saved"))
        }
    };
    c.save(what, then).await
}

async fn all_surveys(store: &web::Data<Store>) -> Result<Vec<Survey>, WebError> {
    let all = with_db(store, |conn| surveys::all(conn, Status::ALL)).await?;
    Ok(all.into_iter().map(|s| s.survey).collect())
}

#[get("/staff/surveys/{slug}/design/bank")]
pub async fn bank(store: web::Data<Store>, d: Designing, query: web::Query<Done>) -> Page {
    let all = all_surveys(&store).await?;
    Ok(pages::bank(&d.signed, &d.opened, &all, query.q.as_deref().unwrap_or_default(), None))
}

/// Adds a question from another survey, with its id and translations.
#[post("/staff/surveys/{slug}/design/bank")]
pub async fn add_from_bank(mut c: Changing) -> Reply {
    let (from, id) = (c.sent("from").unwrap_or_default(), c.sent("id").unwrap_or_default());
    let source = with_db(&c.store, move |conn| surveys::find(conn, &from)).await?.ok_or(WebError::NotFound)?.survey;
    let reused = source.question(&id).ok_or(WebError::NotFound)?;
    match c.design.add_from_bank(&source, reused) {
        Ok(index) => {
            let then = format!("{}/q/{}?done=added", base(&c.design.slug()), index + 1);
            c.save(format!("reused \"{id}\" from {}", source.slug), then).await
        }
        Err(e) => {
            let opened = open(&c.store, c.design.slug()).await?;
            let all = all_surveys(&c.store).await?;
            let page = pages::bank(&c.signed, &opened, &all, "", Some(&e.to_string()));
            Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
    }
}

/// The design's languages other than English; `lang` must be one of them.
fn translated(design: &Design, lang: &str) -> Result<(), WebError> {
    let languages = design.get("languages");
    (lang != "en" && languages.lines().any(|l| l == lang)).then_some(()).ok_or(WebError::NotFound)
}

#[get("/staff/surveys/{slug}/design/translations/{lang}")]
pub async fn translation(d: Designing, path: web::Path<(String, String)>, done: web::Query<Done>) -> Page {
    let lang = &path.1;
    translated(&d.opened.design, lang)?;
    Ok(translation_page::translation(&d.signed, &d.opened, lang, &problems(&d.opened.design), done.notice()))
}

#[post("/staff/surveys/{slug}/design/translations/{lang}")]
pub async fn save_translation(mut c: Changing, path: web::Path<(String, String)>) -> Reply {
    let lang = &path.1;
    let design = &mut c.design;
    translated(design, lang)?;
    let ids = design.question_ids();
    for (key, value) in &c.form {
        let parts: Vec<&str> = key.split('.').collect();
        let input = match parts.as_slice() {
            ["title" | "intro" | "thanks"] => Input::Text,
            ["questions", id, "text" | "hint"] if ids.iter().any(|known| known == id) => Input::Text,
            ["questions", id, "options" | "labels"] if ids.iter().any(|known| known == id) => Input::List,
            _ => continue,
        };
        design.set(&format!("translations.{lang}.{key}"), input, value);
    }
    let then = format!("{}/translations/{lang}?done=saved", base(&design.slug()));
    c.save(format!("the {lang} translation"), then).await
}

#[get("/staff/surveys/{slug}/design/preview")]
pub async fn preview(d: Designing, query: web::Query<Done>) -> Markup {
    let (design, lang) = (&d.opened.design, query.lang.as_deref().unwrap_or("en"));
    match design.check() {
        Ok(survey) => preview_page::preview(design, Ok(&survey), lang),
        Err(problems) => preview_page::preview(design, Err(problems.len()), lang),
    }
}

/// What was typed into the new survey form, kept when it is refused.
#[derive(Default)]
struct NewSurvey {
    title: String,
    slug: String,
    audience: String,
    from: String,
    errors: Vec<FieldError>,
}

fn new_survey_page(signed: &SignedIn, surveys: &[(String, String)], typed: &NewSurvey) -> Markup {
    let error = |field: &str| typed.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    signed_in_page(
        signed,
        "A new survey",
        html! {
            (error_summary("en", &typed.errors))
            h1 { "A new survey" }
            form method="post" action="/staff/surveys/new" novalidate {
                (signed.csrf_field())
                div.field {
                    label for="title" { h2 { "Title" } }
                    p.hint #title-hint { "What young people see at the top of every page." }
                    (error_message("en", error("title"), "title"))
                    input.text-input #title name="title" type="text" value=(typed.title) aria-describedby="title-hint";
                }
                div.field {
                    label for="slug" { h2 { "Its link (optional)" } }
                    p.hint #slug-hint { "The end of the link young people open, like my-home. Lower-case letters, digits and dashes. Made from the title if left empty." }
                    (error_message("en", error("slug"), "slug"))
                    input.text-input #slug name="slug" type="text" value=(typed.slug) aria-describedby="slug-hint";
                }
                div.field {
                    label for="audience" { h2 { "Who it is for" } }
                    select #audience name="audience" {
                        @for a in Audience::ALL { option value=(a.as_str()) selected[typed.audience == a.as_str()] { (a.words()) } }
                    }
                }
                div.field {
                    label for="from" { h2 { "Start from an earlier survey (optional)" } }
                    p.hint #from-hint { "Its questions and their short names are copied, so results compare. A new version of an open survey starts here." }
                    select #from name="from" aria-describedby="from-hint" {
                        option value="" { "Start with no questions" }
                        @for (slug, title) in surveys { option value=(slug) selected[typed.from == *slug] { (title) } }
                    }
                }
                div.actions { button.button type="submit" { "Start designing" } }
            }
        },
    )
}

async fn survey_choices(store: &web::Data<Store>) -> Result<Vec<(String, String)>, WebError> {
    let list = with_db(store, |conn| surveys::list(conn)).await?;
    Ok(list.into_iter().map(|s| (s.slug, s.title)).collect())
}

#[get("/staff/surveys/new")]
pub async fn new_survey(store: web::Data<Store>, signed: Signed<Designers>) -> Page {
    Ok(new_survey_page(&signed, &survey_choices(&store).await?, &NewSurvey::default()))
}

#[derive(serde::Deserialize)]
pub struct NewSurveyForm {
    #[serde(default)]
    title: String,
    #[serde(default)]
    slug: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    from: String,
}

#[post("/staff/surveys/new")]
pub async fn create(store: web::Data<Store>, SentForm { signed, form }: SentForm<Designers, NewSurveyForm>) -> Reply {
    let title = form.title.trim().to_string();
    let slug = match form.slug.trim() {
        "" => slug_from(&title).unwrap_or_default(),
        typed => typed.to_string(),
    };
    let mut errors = Vec::new();
    if title.is_empty() {
        errors.push(FieldError { field: "title".into(), message: "Write the survey's title".into() });
    }
    if !is_id(&slug) || !(3..=64).contains(&slug.len()) || slug == "new" {
        let message = "Use 3 to 64 lower-case letters, digits and dashes for the link, like my-home".into();
        errors.push(FieldError { field: "slug".into(), message });
    }
    if errors.is_empty() {
        let from_slug = form.from.clone();
        let from = match from_slug.as_str() {
            "" => None,
            _ => with_db(&store, move |conn| surveys::find(conn, &from_slug)).await?.map(|s| s.survey),
        };
        let design = match &from {
            Some(earlier) => {
                let mut design = Design::new_version(earlier, &slug, &title);
                design.set("audience", Input::Text, &form.audience);
                design
            }
            None => Design::new(&slug, &title, &form.audience),
        };
        let (by, staff) = (signed.user.id.clone(), signed.user.role.is_staff());
        let created = with_db(&store, move |conn| {
            let created = designs::create(conn, &design, &by)?;
            if created && staff {
                accounts::audit(conn, Some(&by), "started a survey", &design.slug())?;
            }
            Ok(created)
        })
        .await?;
        if created {
            let then = format!("{}?done=created", base(&slug));
            return Ok(see_other(then));
        }
        let message = format!("There is already a survey with the link {slug}: choose another");
        errors.push(FieldError { field: "slug".into(), message });
    }
    let typed = NewSurvey { title, slug: form.slug, audience: form.audience, from: form.from, errors };
    let page = new_survey_page(&signed, &survey_choices(&store).await?, &typed);
    Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page))
}
