//! Keying paper sheets back in, keyboard first: the sheet's questions in order, each a small
//! box for digits (faces and choices), y/n/u (yes or no) or words, so one sheet takes under a
//! minute. Each sheet is keyed twice; keyings that differ come back side by side to resolve.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use maud::{Markup, html};

use super::super::auth::{SentForm, Signed, SignedIn, Staff};
use super::super::staff_page::signed_in_page;
use super::super::{Page, Reply, WebError, html_response, with_db};
use crate::paper::{KeyingError, as_typed, differences, field, how_to_key, read_keyed};
use crate::store::Store;
use crate::store::paper::{self, Batch, Progress, Sheet};
use crate::store::surveys::{self, StoredSurvey};
use crate::survey::{Answers, Kind, language_name};
use crate::usecase::paper::{Keyed, KeyedSheet, key_sheet, resolve_sheet};
use crate::usecase::{Intake, Refused};

/// A batch with its survey and how far its keying has got.
struct Loaded {
    batch: Batch,
    stored: Arc<StoredSurvey>,
    progress: Progress,
    next: i32,
}

impl Loaded {
    /// Sheet `sheet` of this batch as `signed` keyed it.
    fn sheet<'a>(&'a self, sheet: i32, signed: &'a SignedIn, answers: Answers) -> KeyedSheet<'a> {
        KeyedSheet { stored: &self.stored, batch: &self.batch, sheet, by: &signed.user.id, answers }
    }
}

async fn load(store: &web::Data<Store>, id: String) -> Result<Loaded, WebError> {
    let found = with_db(store, move |conn| {
        let Some(batch) = paper::find_batch(conn, &id)? else { return Ok(None) };
        let slug = surveys::slug_of(conn, &batch.survey_id)?;
        let progress = paper::progress(conn, &id)?;
        let next = paper::next_sheet(conn, &id)?;
        Ok(Some((batch, slug, progress, next)))
    })
    .await?;
    let (batch, slug, progress, next) = found.ok_or(WebError::NotFound)?;
    let stored = store.survey(&slug).await?.ok_or(WebError::NotFound)?;
    Ok(Loaded { batch, stored, progress, next })
}

/// What the keyer typed, each field as sent.
type Typed = Vec<(String, String)>;

fn typed_value<'a>(typed: &'a Typed, name: &str) -> Option<&'a str> {
    typed.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

/// What happened, said above the page: a note, or a problem.
enum Said {
    Note(Markup),
    Problem(Vec<String>),
}

fn page(
    signed: &SignedIn,
    l: &Loaded,
    said: Option<Said>,
    sheet: i32,
    typed: &Typed,
    resolving: Option<&(Answers, Answers)>,
) -> Markup {
    let survey = &l.stored.survey;
    let local = survey.localized(&l.batch.language);
    let differ: Vec<String> = resolving.map_or(Vec::new(), |(a, b)| differences(survey, a, b));
    let title = match resolving {
        Some(_) => format!("Resolve sheet {sheet} of batch {}", l.batch.id),
        None => format!("Key sheets of batch {}", l.batch.id),
    };
    let action = match resolving {
        Some(_) => format!("/staff/paper/{}/sheets/{sheet}", l.batch.id),
        None => format!("/staff/paper/{}/key", l.batch.id),
    };
    let p = &l.progress;
    signed_in_page(
        signed,
        &title,
        html! {
            p { a href={ "/staff/surveys/" (survey.slug) "/paper?lang=" (l.batch.language) } { "The printable sheet" } }
            h1 { (title) }
            @match said {
                Some(Said::Note(note)) => div.notice role="status" { (note) },
                Some(Said::Problem(problems)) => div.error-summary role="alert" tabindex="-1" {
                    h2 { "This keying was not saved" }
                    ul { @for problem in problems { li { (problem) } } }
                },
                None => {},
            }
            p {
                "\u{201c}" bdi { (survey.title) } "\u{201d} in " (language_name(&l.batch.language)) ", printed " (l.batch.made_at.format("%-d %B %Y")) ": "
                (l.batch.copies) " copies printed; " strong { (p.done) " sheets stored" }
                @if !p.waiting.is_empty() { "; waiting for a second keying: " (join(&p.waiting)) }
                "."
            }
            @if !p.differ.is_empty() {
                p { "Keyed twice, differently (look at the sheet and resolve): "
                    @for n in &p.differ { a href={ "/staff/paper/" (l.batch.id) "/sheets/" (n) } { "sheet " (n) } " " }
                }
            }
            @if l.batch.copies > 0 && p.done >= l.batch.copies as usize && p.waiting.is_empty() && p.differ.is_empty() {
                p.notice { "Every printed sheet of this batch is in. Shred them: what they said is stored, anonymously." }
            }
            @if let Some((first, second)) = resolving {
                table {
                    caption { "Where the two keyings differ" }
                    thead { tr { th scope="col" { "Question" } th scope="col" { "First keying" } th scope="col" { "Second keying" } } }
                    tbody {
                        @for q in survey.questions.iter().filter(|q| differ.contains(&q.id)) {
                            @let shown = |a: &Answers| a.get(&q.id).map_or("(blank)".to_string(), |v| as_typed(q, v));
                            tr { th scope="row" { (number(survey, &q.id)) ". " (local.text(q)) } td { (shown(first)) } td { (shown(second)) } }
                        }
                    }
                }
                p { "Key the whole sheet once more below, looking at it: what the two keyings agree on is filled in." }
            }
            form method="post" action=(action) novalidate {
                (signed.csrf_field())
                @if resolving.is_none() {
                    div.field {
                        label for="sheet" { "Sheet number" }
                        p.hint #sheet-hint { "Write it in the sheet's corner as you key it (next new sheet: " (l.next) "). To key a sheet a second time, type the number written on it." }
                        input #sheet type="number" name="sheet" min="1" value=(sheet) aria-describedby="sheet-hint" autocomplete="off";
                    }
                }
                @for (i, q) in survey.questions.iter().enumerate() {
                    @let name = field(q);
                    @let value = typed_value(typed, &name).unwrap_or("");
                    div.field.keyed {
                        label for=(name) { (i + 1) ". " span lang=(local.lang) { (local.text(q)) } }
                        p.hint id={ (name) "-hint" } lang=(local.lang) { (how_to_key(q, &local.choices(q))) }
                        @if q.kind == Kind::Text {
                            textarea.text id=(name) name=(name) rows="2" aria-describedby={ (name) "-hint" } { (value) }
                        } @else {
                            input.keyed id=(name) name=(name) type="text" value=(value) autocomplete="off" spellcheck="false"
                                inputmode=[(q.kind != Kind::YesNo).then_some("numeric")] size="6" aria-describedby={ (name) "-hint" };
                        }
                    }
                }
                div.actions { button.button type="submit" { @if resolving.is_some() { "Store this sheet" } @else { "Save this keying" } } }
            }
        },
    )
}

fn join(sheets: &[i32]) -> String {
    sheets.iter().map(|n| n.to_string()).collect::<Vec<_>>().join(", ")
}

fn number(survey: &crate::survey::Survey, id: &str) -> usize {
    survey.questions.iter().position(|q| q.id == id).map_or(0, |i| i + 1)
}

#[get("/staff/paper/{batch}")]
pub async fn keying_page(store: web::Data<Store>, signed: Signed<Staff>, batch: web::Path<String>) -> Page {
    let loaded = load(&store, batch.into_inner()).await?;
    let next = loaded.next;
    Ok(page(&signed, &loaded, None, next, &Vec::new(), None))
}

/// The keyed answers, or the page again (to send as 422) with every mistake said and
/// everything typed kept.
fn answers_or_page(
    signed: &SignedIn,
    l: &Loaded,
    sheet: i32,
    typed: &Typed,
    resolving: Option<&(Answers, Answers)>,
) -> Result<Answers, Markup> {
    read_keyed(&l.stored.survey, |name| typed_value(typed, name)).map_err(|errors: Vec<KeyingError>| {
        let said = errors
            .iter()
            .map(|e| format!("Question {}: {}", number(&l.stored.survey, &e.question), e.message))
            .collect();
        page(signed, l, Some(Said::Problem(said)), sheet, typed, resolving)
    })
}

/// What a refusal says on the page, or the error it is.
fn refusal(refused: Refused) -> Result<Vec<String>, WebError> {
    match refused {
        Refused::Conflict(why) => Ok(vec![why]),
        other => Err(other.into()),
    }
}

#[post("/staff/paper/{batch}/key")]
pub async fn key(
    store: web::Data<Store>,
    intake: web::Data<Intake>,
    batch: web::Path<String>,
    SentForm { signed, form: typed }: SentForm<Staff, Typed>,
) -> Reply {
    let mut loaded = load(&store, batch.into_inner()).await?;
    let sheet = typed_value(&typed, "sheet").and_then(|s| s.trim().parse::<i32>().ok()).filter(|n| *n >= 1);
    let Some(sheet) = sheet else {
        let said = Said::Problem(vec!["Type the number written on the sheet (1 or more).".into()]);
        return Ok(html_response(
            StatusCode::UNPROCESSABLE_ENTITY,
            page(&signed, &loaded, Some(said), 0, &typed, None),
        ));
    };
    let answers = match answers_or_page(&signed, &loaded, sheet, &typed, None) {
        Ok(answers) => answers,
        Err(page) => return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page)),
    };
    let keyed = key_sheet(&store, &intake, loaded.sheet(sheet, &signed, answers)).await;
    let note = match keyed {
        Ok(Keyed::First) => {
            html! { "Sheet " (sheet) " keyed once. It is stored when it is keyed again (by someone else, or by you after a break)." }
        }
        Ok(Keyed::Stored) => {
            html! { "Sheet " (sheet) " matched its first keying: it is stored as a response. It can be shredded." }
        }
        Ok(Keyed::Differ(differ)) => html! {
            "Sheet " (sheet) " was keyed differently from its first keying, on question "
            (differ.iter().map(|id| number(&loaded.stored.survey, id).to_string()).collect::<Vec<_>>().join(", "))
            ". " a href={ "/staff/paper/" (loaded.batch.id) "/sheets/" (sheet) } { "Resolve it, looking at the sheet" } "."
        },
        Err(refused) => {
            let said = Said::Problem(refusal(refused)?);
            return Ok(html_response(StatusCode::CONFLICT, page(&signed, &loaded, Some(said), sheet, &typed, None)));
        }
    };
    loaded = load(&store, loaded.batch.id.clone()).await?;
    let next = loaded.next;
    Ok(html_response(StatusCode::OK, page(&signed, &loaded, Some(Said::Note(note)), next, &Vec::new(), None)))
}

/// The sheet's two keyings, if they differ.
async fn differing(store: &web::Data<Store>, batch: &str, sheet: i32) -> Result<(Answers, Answers), WebError> {
    let id = batch.to_string();
    match with_db(store, move |conn| paper::sheet(conn, &id, sheet)).await? {
        Some(Sheet::Differ { first, second }) => Ok((first, second)),
        _ => Err(WebError::NotFound),
    }
}

/// What the two keyings agree on, as typed; blank where they differ.
fn agreed(l: &Loaded, keyings: &(Answers, Answers)) -> Typed {
    let differ = differences(&l.stored.survey, &keyings.0, &keyings.1);
    l.stored
        .survey
        .questions
        .iter()
        .filter(|q| !differ.contains(&q.id))
        .filter_map(|q| keyings.0.get(&q.id).map(|v| (field(q), as_typed(q, v))))
        .collect()
}

#[get("/staff/paper/{batch}/sheets/{sheet}")]
pub async fn resolve_page(store: web::Data<Store>, signed: Signed<Staff>, path: web::Path<(String, i32)>) -> Page {
    let (batch, sheet) = path.into_inner();
    let loaded = load(&store, batch).await?;
    let keyings = differing(&store, &loaded.batch.id, sheet).await?;
    Ok(page(&signed, &loaded, None, sheet, &agreed(&loaded, &keyings), Some(&keyings)))
}

#[post("/staff/paper/{batch}/sheets/{sheet}")]
pub async fn resolve(
    store: web::Data<Store>,
    intake: web::Data<Intake>,
    path: web::Path<(String, i32)>,
    SentForm { signed, form: typed }: SentForm<Staff, Typed>,
) -> Reply {
    let (batch, sheet) = path.into_inner();
    let loaded = load(&store, batch).await?;
    let keyings = differing(&store, &loaded.batch.id, sheet).await?;
    let answers = match answers_or_page(&signed, &loaded, sheet, &typed, Some(&keyings)) {
        Ok(answers) => answers,
        Err(page) => return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page)),
    };
    if let Err(refused) = resolve_sheet(&store, &intake, loaded.sheet(sheet, &signed, answers)).await {
        let said = Said::Problem(refusal(refused)?);
        return Ok(html_response(
            StatusCode::CONFLICT,
            page(&signed, &loaded, Some(said), sheet, &typed, Some(&keyings)),
        ));
    }
    let loaded = load(&store, loaded.batch.id).await?;
    let next = loaded.next;
    let note = html! { "Sheet " (sheet) " is resolved and stored as a response. It can be shredded." };
    Ok(html_response(StatusCode::OK, page(&signed, &loaded, Some(Said::Note(note)), next, &Vec::new(), None)))
}
