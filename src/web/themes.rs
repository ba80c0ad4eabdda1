//! The themes board (staff): free-text answers grouped by priority and theme, with suppressed
//! counts and the words that recur; staff move an answer to another theme and approve quotes.
//! And the concerns list for the designated lead.

use std::collections::{BTreeMap, HashMap};

use actix_web::{HttpResponse, get, post, web};
use maud::{Markup, html};

use super::auth::SignedIn;
use super::staff_page::signed_in_page;
use super::{WebError, act, see_other, with_db};
use crate::accounts::Role;
use crate::results::disclosure;
use crate::store::themes::TextAnswer;
use crate::store::{Store, concerns, surveys, themes};
use crate::survey::{Keyword, Priority};
use crate::text::{TextPipeline, recurring_words};
use crate::usecase::{self, Refused};

fn group_name(priority: &str, theme: &str) -> String {
    match (priority, theme) {
        ("", _) => "No priority found".to_string(),
        (p, "") => format!("{p}: general"),
        (p, t) => format!("{p}: {t}"),
    }
}

/// What the board shows: the free-text answers (None before the survey has enough responses),
/// and how many answers each theme has in the totals (which decide what may be quoted).
struct Board {
    answers: Option<Vec<TextAnswer>>,
    sizes: HashMap<(String, String), u64>,
}

fn board(
    signed: &SignedIn,
    slug: &str,
    title: &str,
    threshold: u64,
    shown: &Board,
    choices: &[(Priority, String)],
) -> Markup {
    let base = format!("/staff/surveys/{slug}/themes");
    let mut groups: BTreeMap<(String, String), Vec<&TextAnswer>> = BTreeMap::new();
    for a in shown.answers.iter().flatten() {
        groups.entry(a.theme()).or_default().push(a);
    }
    // The groups' sizes are a line like any other: too small ones, and enough others to keep
    // their sum from being worked out, are not counted here.
    let sizes: Vec<u64> = groups.values().map(|members| members.len() as u64).collect();
    let hidden = disclosure::line(&sizes, threshold);
    signed_in_page(
        signed,
        &format!("Themes: {title}"),
        html! {
            h1 { "Themes: " (title) }
            p { a href={ "/staff/surveys/" (slug) "/results" } { "Back to the results" } }
            @if shown.answers.is_none() {
                p.lead { "Fewer than " (threshold) " responses so far. What young people wrote shows once " (threshold) " have answered." }
            }
            p { "What young people wrote, already with names, numbers and addresses taken out, grouped by the priority and theme the text pipeline found. Move an answer if it is in the wrong place. An answer can be approved as a quote for a report once its theme has at least " (threshold) " answers; moving it withdraws the approval. An answer on the concerns list is never quoted." }
            @for (((priority, theme), members), hidden) in groups.iter().zip(hidden) {
                @let size = (!hidden).then_some(members.len() as u64);
                @let quotable = shown.sizes.get(&(priority.clone(), theme.clone())).is_some_and(|n| *n >= threshold);
                @let texts: Vec<&str> = members.iter().map(|a| a.text.as_str()).collect();
                section.theme {
                    h2 {
                        (group_name(priority, theme)) " "
                        span.muted { @match size { Some(n) => { "(" (n) " answers)" }, None => "(not counted here, so that small themes can't be worked out)" } }
                    }
                    @let words = recurring_words(&texts, threshold as usize);
                    @if !words.is_empty() {
                        p { "Words that recur: " (words.iter().map(|(w, n)| format!("{w} ({n})")).collect::<Vec<_>>().join(", ")) }
                    }
                    ul.answers {
                        @for a in members {
                            @let id = &a.reference;
                            li {
                                blockquote { p { (a.text) } }
                                @if a.flagged { p.flag { strong { "On the concerns list" } ": never quoted or published. " a href="/staff/concerns" { "See the concerns list" } } }
                                form.inline method="post" action={ (base) "/move" } {
                                    (signed.csrf_field())
                                    input type="hidden" name="answer" value=(a.reference);
                                    label for={ "to-" (id) } { "Move to " }
                                    select id={ "to-" (id) } name="to" {
                                        option value="" { "No priority" }
                                        @for p in Priority::ALL {
                                            option value=(p.as_str()) selected[priority == p.as_str() && theme.is_empty()] { (p) ": general" }
                                            @for (_, t) in choices.iter().filter(|(cp, _)| cp == p) {
                                                option value={ (p.as_str()) "/" (t) } selected[priority == p.as_str() && theme == t] { (p) ": " (t) }
                                            }
                                        }
                                    }
                                    " " button.button.secondary type="submit" { "Move" }
                                }
                                " "
                                @match (&a.quote, quotable && !a.flagged) {
                                    (Some((by, at)), _) => {
                                        span { "Approved as a quote by " (by) ", " (at.format("%-d %B %Y")) ". " }
                                        (quote_button(signed, &base, a, false))
                                    },
                                    (None, true) => (quote_button(signed, &base, a, true)),
                                    (None, false) if a.flagged => {},
                                    (None, false) => span.muted { "Too few in this theme to quote." },
                                }
                            }
                        }
                    }
                }
            }
        },
    )
}

fn quote_button(signed: &SignedIn, base: &str, a: &TextAnswer, approve: bool) -> Markup {
    html! {
        form.inline method="post" action={ (base) "/quote" } {
            (signed.csrf_field())
            input type="hidden" name="answer" value=(a.reference);
            input type="hidden" name="approve" value=(if approve { "1" } else { "" });
            button.link type="submit" { @if approve { "Approve as a quote" } @else { "Withdraw approval" } }
        }
    }
}

#[get("/staff/surveys/{slug}/themes")]
pub async fn page(
    store: web::Data<Store>,
    pipeline: web::Data<TextPipeline>,
    signed: SignedIn,
    slug: web::Path<String>,
) -> Result<Markup, WebError> {
    signed.require(Role::is_staff)?;
    let slug = slug.into_inner();
    let lookup = slug.clone();
    let (stored, shown) = with_db(&store, move |conn| {
        let Some(stored) = surveys::find(conn, &lookup)? else { return Ok(None) };
        let responses = surveys::response_count(conn, &stored.id)? as u64;
        let shown = responses >= u64::from(stored.survey.report_threshold);
        let answers = if shown { Some(themes::text_answers(conn, &stored.id)?) } else { None };
        let sizes = themes::theme_sizes(conn, &stored.id)?;
        Ok(Some((stored, Board { answers, sizes })))
    })
    .await?
    .ok_or(WebError::NotFound)?;
    let threshold = u64::from(stored.survey.report_threshold);
    Ok(board(&signed, &slug, &stored.survey.title, threshold, &shown, &pipeline.theme_names()))
}

#[derive(serde::Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    csrf: String,
    /// The answer's reference.
    #[serde(default)]
    answer: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    approve: String,
}

/// A themes board's buttons: move an answer to another theme, or approve a quote (or
/// withdraw it). Staff only, with the form's own token.
#[post("/staff/surveys/{slug}/themes/{action}")]
pub async fn board_action(
    store: web::Data<Store>,
    signed: SignedIn,
    path: web::Path<(String, String)>,
    form: web::Form<AnswerForm>,
) -> Result<HttpResponse, WebError> {
    signed.may_send(Role::is_staff, &form.csrf)?;
    let ((slug, action), form, by) = (path.into_inner(), form.into_inner(), signed.user.id.clone());
    let survey = slug.clone();
    act(&store, move |conn| match action.as_str() {
        "move" => usecase::move_answer(conn, &by, &survey, &form.answer, &form.to),
        "quote" => usecase::set_quote(conn, &by, &survey, &form.answer, !form.approve.is_empty()),
        _ => Err(Refused::NotFound),
    })
    .await?;
    Ok(see_other(format!("/staff/surveys/{slug}/themes")))
}

fn concerns_page(signed: &SignedIn, list: &[concerns::Concern]) -> Markup {
    signed_in_page(
        signed,
        "Concerns",
        html! {
            h1 { "Concerns" }
            p { "Answers that may mean a young person is at risk: words of concern in any of the languages ourvoice speaks, or an answer the survey marks as putting help first (feeling unsafe, no adult to trust). Each young person who gave one saw help at once. Answers are anonymous: if one needs action, follow the safeguarding procedure. Mark each one seen, with what you did. None of these answers is ever quoted or published." }
            @if list.is_empty() { p.muted { "No answers have been flagged." } }
            @for c in list {
                @let id = &c.reference;
                section.concern {
                    h2 { (c.survey) " " span.muted { "(week of " (c.week.format("%-d %B %Y")) ")" } }
                    p.muted { (c.question) }
                    blockquote { p { (c.answer) } }
                    @if let Some(reason) = &c.reason { p { strong { "Why: " } (reason) } }
                    @match &c.seen {
                        Some((by, at, note)) => p { "Seen by " (by) ", " (at.format("%-d %B %Y %H:%M")) " UTC" @if let Some(note) = note { ": " (note) } },
                        None => form method="post" action={ "/staff/concerns/" (c.reference) } {
                            (signed.csrf_field())
                            div.field {
                                label for={ "note-" (id) } { "What you did (optional)" }
                                textarea.text id={ "note-" (id) } name="note" rows="2" {}
                            }
                            div.actions { button.button type="submit" { "Mark seen" } }
                        },
                    }
                }
            }
        },
    )
}

#[get("/staff/concerns")]
pub async fn concerns_list(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(Role::is_staff)?;
    let list = with_db(&store, |conn| concerns::list(conn)).await?;
    Ok(concerns_page(&signed, &list))
}

#[derive(serde::Deserialize)]
pub struct SeenForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    note: String,
}

#[post("/staff/concerns/{reference}")]
pub async fn mark_seen(
    store: web::Data<Store>,
    signed: SignedIn,
    reference: web::Path<String>,
    form: web::Form<SeenForm>,
) -> Result<HttpResponse, WebError> {
    signed.may_send(Role::is_staff, &form.csrf)?;
    let reference = reference.into_inner();
    let note = Some(form.note.trim().to_string()).filter(|n| !n.is_empty());
    let by = signed.user.id.clone();
    act(&store, move |conn| usecase::mark_concern_seen(conn, &by, &reference, note.as_deref())).await?;
    Ok(see_other("/staff/concerns"))
}
