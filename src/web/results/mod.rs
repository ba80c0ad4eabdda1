//! Results for staff and Promise Ambassadors: each question as a chart with its numbers in a
//! table, breakdowns by the about-you questions, summaries per priority and outcome, trends
//! across surveys, themes; the same figures as JSON and CSV, and every answer for staff as
//! CSV or XLSX. Every figure comes through `crate::results` (disclosure control); staff see
//! live figures, everyone else a closed survey's, frozen when it closed.

use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest, HttpResponse, get, web};
use maud::{Markup, html};

use super::auth::SignedIn;
use super::layout::{marked, rich};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, bearer_token, with_db};
use crate::accounts::Role;
use crate::results::{AnswerCount, Audience, QuestionResult, Results, Share, Wave, figure, group_words, pooled};
use crate::store::surveys::StoredSurvey;
use crate::store::{Store, accounts, counts, reports, surveys};
use crate::survey::{Keyword, Kind, Localized, Outcome, Priority, Question, Status, Survey};
use crate::t;

mod exports;
pub use exports::{answers_csv, answers_xlsx, figures_download};

/// A survey with its results.
pub(super) struct Scored {
    pub(super) stored: StoredSurvey,
    pub(super) results: Results,
}

/// What a signed-in person may see of figures: live for staff, frozen at closing for others.
pub(super) fn audience(signed: &SignedIn) -> Audience {
    if signed.user.role.is_staff() { Audience::Staff } else { Audience::Others }
}

async fn scored(store: &web::Data<Store>, slug: String, audience: Audience) -> Result<Scored, WebError> {
    with_db(store, move |conn| {
        let Some(stored) = surveys::find(conn, &slug)? else { return Ok(None) };
        let results = counts::figures(conn, &stored, audience)?;
        Ok(Some(Scored { stored, results }))
    })
    .await?
    .ok_or(WebError::NotFound)
}

/// Every survey in one of `statuses` that `wanted` accepts, with its results as `audience`
/// may see them.
pub(super) async fn scored_surveys(
    store: &web::Data<Store>,
    statuses: &'static [Status],
    audience: Audience,
    wanted: impl Fn(&Survey) -> bool + Send + 'static,
) -> Result<Vec<Scored>, WebError> {
    with_db(store, move |conn| {
        let mut found = Vec::new();
        for stored in surveys::all(conn, statuses)?.into_iter().filter(|s| wanted(&s.survey)) {
            let results = counts::figures(conn, &stored, audience)?;
            found.push(Scored { stored, results });
        }
        Ok(found)
    })
    .await
}

/// Every other survey that has been open and asks one of `survey`'s questions, with results.
async fn other_waves(store: &web::Data<Store>, survey: &Survey, audience: Audience) -> Result<Vec<Scored>, WebError> {
    let (slug, ids): (String, Vec<String>) =
        (survey.slug.clone(), survey.questions.iter().map(|q| q.id.clone()).collect());
    let asks_one = move |other: &Survey| other.slug != slug && other.questions.iter().any(|q| ids.contains(&q.id));
    scored_surveys(store, &[Status::Open, Status::Closed], audience, asks_one).await
}

fn share_words(share: Share) -> String {
    format!("{} in 10 ({}%)", share.in_ten(), share.percent())
}

/// The words for each of a question's answers, in the order of its counts.
fn answer_labels(local: &Localized<'_>, q: &Question) -> Vec<String> {
    local.choices(q).into_iter().map(|(_, label)| label).collect()
}

/// A question's answers as a table with a bar beside each count: labels wrap, so the whole
/// table reads on a phone. The bars repeat the numbers, so screen readers skip them.
fn counts_table(
    caption: &str,
    labels: &[String],
    counts: &[AnswerCount],
    answered: Option<u64>,
    threshold: u64,
) -> Markup {
    let most = counts.iter().filter_map(|c| c.n).max().unwrap_or(0).max(1);
    html! {
        table.counts {
            caption.visually-hidden { (caption) }
            thead { tr { th scope="col" { "Answer" } th scope="col" { "How many" } td.bar {} } }
            tbody {
                @for (label, c) in labels.iter().zip(counts) {
                    tr {
                        th scope="row" { (label) }
                        td { (figure(c.n, threshold)) }
                        td.bar {
                            @if let Some(n) = c.n {
                                svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false" {
                                    rect width=(n * 100 / most) height="10" {}
                                }
                            }
                        }
                    }
                }
            }
            tfoot { tr { th scope="row" { "Answered" } td { (figure(answered, threshold)) } td.bar {} } }
        }
    }
}

/// A table that may be wider than a phone: it scrolls sideways in its own box (which can be
/// reached with the keyboard, and is named by the table's caption, `caption`), never the page.
fn wide(caption: &str, table: Markup) -> Markup {
    html! { div.wide role="region" aria-labelledby=(caption) tabindex="0" { (table) } }
}

/// Each breakdown as a table: a row per group (small groups pooled into one), a column per
/// answer (answers hidden for everyone pooled into one).
fn breakdown_tables(survey: &Survey, q: &Question, result: &QuestionResult, threshold: u64) -> Markup {
    let local = survey.localized("en");
    let label = |answer: &String| -> String {
        local.choices(q).into_iter().find(|(value, _)| value == answer).map_or_else(|| answer.clone(), |(_, l)| l)
    };
    let column_words = |column: &[String]| pooled(&column.iter().map(label).collect::<Vec<_>>());
    html! {
        @for b in &result.breakdowns {
            @let about = survey.question(&b.by);
            @let about_text = about.map_or(b.by.as_str(), |a| a.text.as_str());
            details {
                summary { "By " (about.map_or(b.by.as_str(), |a| local.text(a))) }
                @let caption = format!("by-{}-{}", q.id, b.by);
                (wide(&caption, html! { table {
                    caption.visually-hidden id=(caption) { (q.text) ", by " (about_text) }
                    thead {
                        tr {
                            th scope="col" { (about_text) }
                            th scope="col" { "Answered" }
                            @for column in &b.columns {
                                th scope="col" { (column_words(column)) @if column.len() > 1 { " " span.muted { "(each too few to show alone)" } } }
                            }
                        }
                    }
                    tbody {
                        @for g in &b.groups {
                            tr {
                                th scope="row" { (group_words(g)) @if g.pooled() { " " span.muted { "(each too few to show alone)" } } }
                                td { (g.answered) }
                                @for n in &g.counts { td { (figure(*n, threshold)) } }
                            }
                        }
                    }
                } }))
            }
        }
    }
}

/// A question's figures survey by survey; `linked` links each to its results (for staff).
/// How `q` (worded as `asked`) went across `waves`, in `lang`; `linked` links each survey to
/// its results (for staff). Survey titles are as staff wrote them, in English.
pub(super) fn trend_table(lang: &str, q: &Question, asked: Markup, waves: &[Wave], linked: bool) -> Markup {
    let what = t!(lang, if q.kind == Kind::Scale { "trend-well-scale" } else { "trend-well-yes" });
    let english = (lang != "en").then_some("en");
    let caption = format!("trend-{}", q.id);
    wide(
        &caption,
        html! {
            table {
                caption id=(caption) { (rich(lang, "trend-caption", &[("question", asked)])) }
                thead { tr {
                    th scope="col" { (t!(lang, "trend-survey")) } th scope="col" { (t!(lang, "trend-answered")) }
                    th scope="col" { (what) } th scope="col" { (t!(lang, "trend-change")) }
                } }
                tbody {
                    @for (i, w) in waves.iter().enumerate() {
                        @let before = waves[..i].iter().rev().find_map(|w| w.headline);
                        tr {
                            th scope="row" {
                                @if linked { a href={ "/staff/surveys/" (w.slug) "/results" } { (w.title) } } @else { (marked(english, &w.title)) }
                            }
                            td { (w.answered.map_or_else(|| t!(lang, "trend-too-few"), |n| n.to_string())) }
                            td { (w.headline.map_or("—".to_string(), |s| format!("{}%", s.percent()))) }
                            td {
                                @match (before, w.headline) {
                                    (Some(b), Some(now)) => {
                                        @let change = now.percent() as i64 - b.percent() as i64;
                                        (t!(lang, "trend-points", count = change.abs(), change = format!("{change:+}")))
                                    },
                                    _ => "—",
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

/// Waves of `q` across surveys, oldest first (by opening date, else when each was made).
pub(super) fn waves_of<'s>(q: &Question, surveys: impl IntoIterator<Item = &'s Scored>) -> Vec<Wave> {
    let mut waves: Vec<(chrono::NaiveDate, Wave)> = surveys
        .into_iter()
        .filter_map(|s| {
            let asked = s.stored.survey.question(&q.id).filter(|other| other.kind == q.kind)?;
            let result = s.results.question(&asked.id)?;
            let when = s.stored.survey.opens.unwrap_or(s.stored.created_at.date());
            let wave = Wave {
                slug: s.stored.survey.slug.clone(),
                title: s.stored.survey.title.clone(),
                answered: result.answered,
                headline: result.headline(),
            };
            Some((when, wave))
        })
        .collect();
    waves.sort_by_key(|(when, _)| *when);
    waves.into_iter().map(|(_, w)| w).collect()
}

/// Shares answering well by priority or outcome (`what` names the first column).
fn summary_table(caption: &str, what: &str, rows: Vec<(&str, Option<Share>)>) -> Markup {
    html! {
        table {
            caption { (caption) }
            thead { tr { th scope="col" { (what) } th scope="col" { "Answering 4 or 5 on its scale questions" } } }
            tbody {
                @for (name, share) in rows {
                    tr { th scope="row" { (name) } td { (share.map_or("no results to show".to_string(), share_words)) } }
                }
            }
        }
    }
}

fn results_page(signed: &SignedIn, scored: &Scored, others: &[Scored]) -> Markup {
    let survey = &scored.stored.survey;
    let results = &scored.results;
    let threshold = results.threshold;
    let local = survey.localized("en");
    let base = format!("/staff/surveys/{}", survey.slug);
    signed_in_page(
        signed,
        &format!("Results: {}", survey.title),
        html! { div.results {
            h1 { "Results: " (survey.title) }
            @match (results.responses, results.responses_rounded) {
                (Some(n), _) => p.lead { (n) " responses." },
                (None, Some(about)) => p.lead { "About " (about) " young people have answered so far. The figures show here once the survey has closed, so that no one's answers can be picked out as they come in." },
                (None, None) if scored.stored.status == Status::Closed || signed.user.role.is_staff() => p.lead { "Fewer than " (threshold) " responses. Results show once " (threshold) " young people have answered, so that no one can be picked out." },
                (None, None) => p.lead { "Fewer than " (threshold) " young people have answered so far. The figures show here once the survey has closed, if " (threshold) " or more have." },
            }
            @if signed.user.role.is_staff() {
                p.notice { "You see live figures because staff may read every response. Promise Ambassadors and partners see a survey's figures only once it has closed, as they were when it first closed; while it is open they see how many have answered, to the nearest 5. The public sees figures only in published reports and on the priorities page." }
            }
            p.muted { "Any count below " (threshold) " is hidden (\u{201c}fewer than " (threshold) "\u{201d}), and so are enough others that no hidden count can be worked out from the totals, the groups or any other table here. Groups too small to show alone are shown together, and so are answers too few to show alone." }
            p {
                a href={ (base) "/results.csv" } download { "Download these figures (CSV)" }
                @if signed.user.role.is_staff() && results.responses.is_some() {
                    " · " a href={ (base) "/answers.csv" } download { "Every response (CSV)" }
                    " · " a href={ (base) "/answers.xlsx" } download { "Every response (Excel)" }
                    " · " a href={ (base) "/themes" } { "Themes board" }
                }
                " · " a href=(base) { "The survey's page" }
            }
            @if results.responses.is_some() {
                h2 { "Summary" }
                (summary_table("By priority", "Priority", Priority::ALL.iter().map(|p| (p.words(), results.share_for(survey, Some(*p), None))).collect()))
                (summary_table("By outcome", "Outcome", Outcome::ALL.iter().map(|o| (o.words(), results.share_for(survey, None, Some(*o)))).collect()))
                h2 { "Questions" }
                @for (q, result) in survey.questions.iter().zip(&results.questions) {
                    @let labels = answer_labels(&local, q);
                    section.result {
                        h3 { (q.text) }
                        p.muted {
                            (q.kind.words())
                            @if let Some(p) = q.priority { " · " (p.words()) }
                            @if let Some(o) = q.outcome { " · " (o.words()) }
                            " · answered by " (figure(result.answered, threshold))
                        }
                        @if q.kind == Kind::Text && signed.user.role.is_staff() {
                            p { a href={ (base) "/themes?question=" (q.id) } { "Read what young people wrote, by theme" } }
                        }
                        @if q.kind != Kind::Text {
                            (counts_table(&q.text, &labels, &result.counts, result.answered, threshold))
                        }
                        @if let Some(share) = result.share_answering_well() { p { strong { (share_words(share)) } " answered 4 or 5." } }
                        (breakdown_tables(survey, q, result, threshold))
                        @let waves = waves_of(q, std::iter::once(scored).chain(others));
                        @if waves.len() > 1 && matches!(q.kind, Kind::Scale | Kind::YesNo) { (trend_table("en", q, html! { (q.text) }, &waves, true)) }
                    }
                }
                @if !results.themes.is_empty() || results.other_themes {
                    h2 { "What young people wrote about" }
                    table {
                        caption.visually-hidden { "Free-text answers by priority and theme" }
                        thead { tr { th scope="col" { "Priority" } th scope="col" { "Theme" } th scope="col" { "Answers" } } }
                        tbody {
                            @for t in &results.themes {
                                tr {
                                    td { (Priority::parse(&t.priority).map_or("None found", Priority::words)) }
                                    td { (if t.theme.is_empty() { "General" } else { t.theme.as_str() }) }
                                    td { (t.n) }
                                }
                            }
                        }
                    }
                    @if results.other_themes { p.muted { "Some answers were about other themes, each with too few answers to name." } }
                }
            }
        } },
    )
}

/// Staff and ambassadors see every survey's results; a partner, those of surveys a published
/// report shares with their organisation.
async fn may_see(store: &web::Data<Store>, signed: &SignedIn, slug: &str) -> Result<(), WebError> {
    if signed.user.role.works_on_surveys() {
        return Ok(());
    }
    let (Role::Partner, Some(organisation)) = (signed.user.role, signed.user.organisation_id.clone()) else {
        return Err(WebError::Forbidden);
    };
    let slug = slug.to_string();
    let shared = with_db(store, move |conn| reports::shared_with(conn, &organisation, &slug)).await?;
    if shared { Ok(()) } else { Err(WebError::Forbidden) }
}

#[get("/staff/surveys/{slug}/results")]
pub async fn page(store: web::Data<Store>, signed: SignedIn, slug: web::Path<String>) -> Page {
    may_see(&store, &signed, &slug).await?;
    let audience = audience(&signed);
    let scored = scored(&store, slug.into_inner(), audience).await?;
    let others = if scored.results.responses.is_some() {
        other_waves(&store, &scored.stored.survey, audience).await?
    } else {
        Vec::new()
    };
    Ok(results_page(&signed, &scored, &others))
}

/// Who may read results as JSON: a signed-in member of staff (live figures), or a tool with
/// an API token (what everyone but staff sees: a closed survey's figures, frozen).
async fn api_caller(req: &HttpRequest, store: &web::Data<Store>) -> Result<Audience, WebError> {
    if let Some(token) = bearer_token(req) {
        return match with_db(store, move |conn| accounts::api_token(conn, &token)).await? {
            Some(_) => Ok(Audience::Others),
            None => Err(WebError::Forbidden),
        };
    }
    match SignedIn::extract(req).await {
        Ok(signed) => signed.require(Role::is_staff).map(|_| Audience::Staff),
        // A tool gets a plain refusal, not a sign-in page.
        Err(WebError::SignInNeeded) => Err(WebError::Forbidden),
        Err(other) => Err(other),
    }
}

/// The same JSON as `ourvoice results SLUG`.
#[get("/api/v1/surveys/{slug}/results")]
pub async fn api(req: HttpRequest, store: web::Data<Store>, slug: web::Path<String>) -> Reply {
    let audience = api_caller(&req, &store).await?;
    let scored = scored(&store, slug.into_inner(), audience).await?;
    Ok(HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).json(&scored.results))
}
