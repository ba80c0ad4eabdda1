//! The themes board (staff): the free-text answers themselves (already redacted), theme by
//! theme, a page at a time, searched and filtered by theme and question, with suppressed
//! counts and the words that recur; staff tick answers and move them to another theme at once,
//! and approve quotes.

use std::collections::BTreeMap;

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use maud::{Markup, html};

use super::auth::{Fields, SentForm, Signed, SignedIn, Staff};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, act, html_response, see_other, with_db};
use crate::results::disclosure;
use crate::store::themes::TextAnswer;
use crate::store::{Store, surveys, themes};
use crate::survey::{Keyword, Kind, Priority, Survey};
use crate::text::{TextPipeline, recurring_words};
use crate::usecase::{self, BoardQuery, PER_PAGE, Refused, board_page, theme_key};

fn group_name((priority, theme): &(String, String)) -> String {
    match (Priority::parse(priority), theme.as_str()) {
        (None, _) => "No priority found".to_string(),
        (Some(p), "") => format!("{}: general", p.words()),
        (Some(p), t) => format!("{}: {t}", p.words()),
    }
}

/// What the board is drawn from: the survey, its free-text answers (None before it has
/// enough responses), how many answers each theme has in the totals (which decide what may
/// be quoted), and the themes the text pipeline knows.
struct Board {
    survey: Survey,
    answers: Option<Vec<TextAnswer>>,
    sizes: std::collections::HashMap<(String, String), u64>,
    choices: Vec<(Priority, String)>,
}

impl Board {
    fn threshold(&self) -> u64 {
        u64::from(self.survey.report_threshold)
    }

    fn base(&self) -> String {
        format!("/staff/surveys/{}/themes", self.survey.slug)
    }
}

async fn load(store: &web::Data<Store>, pipeline: &TextPipeline, slug: String) -> Result<Board, WebError> {
    let choices = pipeline.theme_names();
    with_db(store, move |conn| {
        let Some(stored) = surveys::find(conn, &slug)? else { return Ok(None) };
        let responses = surveys::response_count(conn, &stored.id)? as u64;
        let shown = responses >= u64::from(stored.survey.report_threshold);
        let answers = if shown { Some(themes::text_answers(conn, &stored.id)?) } else { None };
        let sizes = themes::theme_sizes(conn, &stored.id)?;
        Ok(Some(Board { survey: stored.survey.clone(), answers, sizes, choices }))
    })
    .await?
    .ok_or(WebError::NotFound)
}

/// Where the board's buttons come back to: the same page of the same filter.
fn board_url(base: &str, query: &BoardQuery, moved: Option<usize>) -> String {
    let mut address = form_urlencoded::Serializer::new(String::new());
    for (key, value) in query.fields().into_iter().filter(|(_, v)| !v.is_empty()) {
        address.append_pair(key, value);
    }
    if let Some(n) = moved {
        address.append_pair("moved", &n.to_string());
    }
    match address.finish() {
        q if q.is_empty() => base.to_string(),
        q => format!("{base}?{q}"),
    }
}

/// The filter, carried by each form so that its button brings the person back to it.
fn kept(query: &BoardQuery) -> Markup {
    html! {
        @for (key, value) in query.fields().into_iter().filter(|(_, v)| !v.is_empty()) {
            input type="hidden" name=(key) value=(value);
        }
    }
}

/// What the board says has just happened, or what went wrong with the move.
enum Said {
    Nothing,
    Moved(usize),
    Problem(String),
}

fn board_page_markup(signed: &SignedIn, board: &Board, query: &BoardQuery, said: &Said) -> Markup {
    let (survey, threshold, base) = (&board.survey, board.threshold(), board.base());
    let all = board.answers.as_deref().unwrap_or_default();
    let mut groups: BTreeMap<(String, String), Vec<&TextAnswer>> = BTreeMap::new();
    for a in all {
        groups.entry(a.theme()).or_default().push(a);
    }
    // The groups' sizes are a line like any other: too small ones, and enough others to keep
    // their sum from being worked out, are not counted here.
    let sizes: Vec<u64> = groups.values().map(|members| members.len() as u64).collect();
    let counted: BTreeMap<&(String, String), Option<u64>> = groups
        .iter()
        .zip(disclosure::line(&sizes, threshold))
        .map(|((key, members), hidden)| (key, (!hidden).then_some(members.len() as u64)))
        .collect();
    let view = board_page(all, query, PER_PAGE);
    // Each answer on the page, and whether it is the first of its theme there (so its heading
    // goes before it).
    let listed: Vec<(bool, &TextAnswer)> =
        view.shown.iter().enumerate().map(|(i, a)| (i == 0 || view.shown[i - 1].theme() != a.theme(), *a)).collect();
    let text_questions: Vec<_> = survey.questions.iter().filter(|q| q.kind == Kind::Text).collect();
    let asked = |id: &str| survey.question(id).map_or(id.to_string(), |q| q.text.clone());
    let filtered = *query != BoardQuery { page: query.page.clone(), ..BoardQuery::default() };
    signed_in_page(
        signed,
        &format!("Themes: {}", survey.title),
        html! { div.board {
            h1 { "Themes: " (survey.title) }
            p { a href={ "/staff/surveys/" (survey.slug) "/results" } { "Back to the results" } }
            @if board.answers.is_none() {
                p.lead { "Fewer than " (threshold) " responses so far. What young people wrote shows once " (threshold) " have answered." }
            }
            p { "What young people wrote, already with names, numbers and addresses taken out, grouped by the priority and theme the text pipeline found. Tick answers in the wrong place and move them together. An answer can be approved as a quote for a report once its theme has at least " (threshold) " answers; moving it withdraws the approval. An answer on the concerns list is never quoted." }
            @match said {
                Said::Moved(n) => p.notice role="status" { "Moved " (n) @if *n == 1 { " answer." } @else { " answers." } " Their quote approvals, if any, were withdrawn." },
                Said::Problem(why) => div.error-summary role="alert" { p { strong { "The answers were not moved. " } (why) } },
                Said::Nothing => {},
            }
            @if !groups.is_empty() {
                h2 { "Themes" }
                ul.themes {
                    @for (key, size) in &counted {
                        li {
                            a href=(board_url(&base, &BoardQuery { theme: theme_key(key), ..BoardQuery::default() }, None)) { (group_name(key)) }
                            " " span.muted { @match size { Some(n) => { "(" (n) ")" }, None => "(not counted, so that small themes can't be worked out)" } }
                        }
                    }
                }
                form.filter method="get" action=(base) role="search" {
                    div.field {
                        label for="q" { "Words in the answer" }
                        input.text type="search" id="q" name="q" value=(query.q);
                    }
                    div.field {
                        label for="theme" { "Theme" }
                        select id="theme" name="theme" {
                            option value="" { "All themes" }
                            @for key in groups.keys() { @let k = theme_key(key); option value=(k) selected[query.theme == k] { (group_name(key)) } }
                        }
                    }
                    @if text_questions.len() > 1 {
                        div.field {
                            label for="question" { "Question" }
                            select id="question" name="question" {
                                option value="" { "All questions" }
                                @for q in &text_questions { option value=(q.id) selected[query.question == q.id] { (q.text) } }
                            }
                        }
                    }
                    div.actions {
                        button.button type="submit" { "Show" }
                        @if filtered { " " a href=(base) { "Show every answer" } }
                    }
                }
                h2 { "Answers" }
                @if view.shown.is_empty() {
                    p { "No answers match. Try fewer words or another theme." }
                } @else {
                    form.move id="move" method="post" action={ (base) "/move" } {
                        (signed.csrf_field())
                        (kept(query))
                        div.field {
                            label for="to" { "Move the ticked answers to" }
                            select id="to" name="to" {
                                option value="" { "No priority" }
                                @for p in Priority::ALL {
                                    option value=(p.as_str()) { (p.words()) ": general" }
                                    @for (_, t) in board.choices.iter().filter(|(cp, _)| cp == p) {
                                        option value={ (p.as_str()) "/" (t) } { (p.words()) ": " (t) }
                                    }
                                }
                            }
                        }
                        div.actions { button.button type="submit" { "Move ticked answers" } }
                    }
                    (pager(&base, query, view.page, view.pages))
                    @for (first, a) in listed {
                        @let key = a.theme();
                        @if first {
                            @let members = &groups[&key];
                            @let texts: Vec<&str> = members.iter().map(|a| a.text.as_str()).collect();
                            @let words = recurring_words(&texts, threshold as usize);
                            h3 { (group_name(&key)) }
                            @if !words.is_empty() {
                                p.muted { "Words that recur: " (words.iter().map(|(w, n)| format!("{w} ({n})")).collect::<Vec<_>>().join(", ")) }
                            }
                        }
                        @let quotable = board.sizes.get(&key).is_some_and(|n| *n >= threshold);
                        (answer_item(signed, &base, query, a, quotable, (query.question.is_empty() && text_questions.len() > 1).then(|| asked(&a.question_id))))
                    }
                    (pager(&base, query, view.page, view.pages))
                }
            }
        } },
    )
}

/// One answer: a box to tick it for moving, its words, and what may be done with it.
fn answer_item(
    signed: &SignedIn,
    base: &str,
    query: &BoardQuery,
    a: &TextAnswer,
    quotable: bool,
    question: Option<String>,
) -> Markup {
    let id = &a.reference;
    html! {
        div.answer {
            div.pick {
                input type="checkbox" form="move" name="answer" value=(id) id={ "pick-" (id) };
                label for={ "pick-" (id) } { "Tick to move" }
            }
            blockquote { p { (a.text) } }
            @if let Some(q) = question { p.muted { "Answer to: " (q) } }
            @if a.flagged { p.flag { strong { "On the concerns list" } ": never quoted or published. " a href="/staff/concerns" { "See the concerns list" } } }
            @match (&a.quote, quotable && !a.flagged) {
                (Some((by, at)), _) => p {
                    "Approved as a quote by " (by) ", " (at.format("%-d %B %Y")) ". "
                    (quote_button(signed, base, query, a, false))
                },
                (None, true) => p { (quote_button(signed, base, query, a, true)) },
                (None, false) if a.flagged => {},
                (None, false) => p.muted { "Too few in this theme to quote." },
            }
        }
    }
}

/// Links to the pages before and after this one, when there is more than one.
fn pager(base: &str, query: &BoardQuery, at_page: usize, pages: usize) -> Markup {
    let at = |n: usize| board_url(base, &BoardQuery { page: n.to_string(), ..query.clone() }, None);
    html! {
        @if pages > 1 {
            nav.pager aria-label="Pages of answers" {
                @if at_page > 1 { a href=(at(at_page - 1)) rel="prev" { "Previous page" } " " }
                span { "Page " (at_page) " of " (pages) }
                @if at_page < pages { " " a href=(at(at_page + 1)) rel="next" { "Next page" } }
            }
        }
    }
}

fn quote_button(signed: &SignedIn, base: &str, query: &BoardQuery, a: &TextAnswer, approve: bool) -> Markup {
    html! {
        form.inline method="post" action={ (base) "/quote" } {
            (signed.csrf_field())
            (kept(query))
            input type="hidden" name="answer" value=(a.reference);
            input type="hidden" name="approve" value=(if approve { "1" } else { "" });
            button.link type="submit" { @if approve { "Approve as a quote" } @else { "Withdraw approval" } }
        }
    }
}

#[derive(serde::Deserialize)]
pub struct MovedNote {
    moved: Option<usize>,
}

#[get("/staff/surveys/{slug}/themes")]
pub async fn page(
    store: web::Data<Store>,
    pipeline: web::Data<TextPipeline>,
    signed: Signed<Staff>,
    slug: web::Path<String>,
    query: web::Query<BoardQuery>,
    note: web::Query<MovedNote>,
) -> Page {
    let board = load(&store, &pipeline, slug.into_inner()).await?;
    let said = note.moved.map_or(Said::Nothing, Said::Moved);
    Ok(board_page_markup(&signed, &board, &query, &said))
}

/// What a board's form sends: the answers ticked (or the one to quote), where to, and the
/// filter to come back to.
struct Sent {
    answers: Vec<String>,
    to: String,
    approve: bool,
    query: BoardQuery,
}

impl Sent {
    fn read(fields: Fields) -> Sent {
        let mut sent = Sent { answers: Vec::new(), to: String::new(), approve: false, query: BoardQuery::default() };
        for (key, value) in fields {
            match key.as_str() {
                "answer" => sent.answers.push(value),
                "to" => sent.to = value,
                "approve" => sent.approve = !value.is_empty(),
                key => {
                    sent.query.set(key, value);
                }
            }
        }
        sent
    }
}

/// A themes board's buttons: move the ticked answers to another theme, or approve a quote (or
/// withdraw it). Staff only, with the form's own token. A move that cannot be done shows the
/// board again with why, and the same answers ticked are still on it.
#[post("/staff/surveys/{slug}/themes/{action}")]
pub async fn board_action(
    store: web::Data<Store>,
    pipeline: web::Data<TextPipeline>,
    path: web::Path<(String, String)>,
    SentForm { signed, form }: SentForm<Staff, Fields>,
) -> Reply {
    let sent = Sent::read(form);
    let ((slug, action), by) = (path.into_inner(), signed.user.id.clone());
    let (survey, answers, to) = (slug.clone(), sent.answers.clone(), sent.to.clone());
    let approve = sent.approve;
    let done = act(&store, move |conn| match action.as_str() {
        "move" => usecase::move_answers(conn, &by, &survey, &answers, &to).map(Some),
        "quote" => {
            let answer = answers.first().ok_or(Refused::NotFound)?;
            usecase::set_quote(conn, &by, &survey, answer, approve).map(|()| None)
        }
        _ => Err(Refused::NotFound),
    })
    .await;
    let base = format!("/staff/surveys/{slug}/themes");
    match done {
        Ok(moved) => Ok(see_other(board_url(&base, &sent.query, moved))),
        Err(WebError::Conflict(why)) => {
            let board = load(&store, &pipeline, slug).await?;
            let again = board_page_markup(&signed, &board, &sent.query, &Said::Problem(why));
            Ok(html_response(StatusCode::CONFLICT, again))
        }
        Err(other) => Err(other),
    }
}
