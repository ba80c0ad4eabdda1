//! "You said, we did": staff and Promise Ambassadors build a report from surveys' results,
//! starting while they are open (ambassadors see a survey's figures once it has closed), and
//! staff publish it once they have all closed; partners update the actions that are theirs;
//! everyone reads the published report at /reports. One module per audience: `public` (everyone), `editor`
//! (staff and ambassadors), `partner_area` (partners), `exports` (the board's copies).

mod editor;
mod exports;
mod partner_area;
mod public;

pub use editor::{add_statement, change_statement, create, edit, index, publish};
pub use exports::{export_csv, export_html};
pub use partner_area::{partner, partner_update};
pub use public::{priorities, public_list, read};

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, get, post, web};
use maud::{Markup, html};

use super::auth::{Designers, Fields, NoFields, Partner, SentForm, Signed, SignedIn, Staff};
use super::form::{FieldError, error_message, error_summary};
use super::layout::{in_lang, marked, rich};
use super::staff_page::signed_in_page;
use super::{
    LangQuery, Page, Reader, Reply, WebError, accept_language, act, attachment, csv_attachment, html_response, layout,
    results, see_other, with_db,
};
use crate::accounts::Organisation;
use crate::config::SiteConfig;
use crate::locale;
use crate::mail::Outbox;
use crate::reports::{ActionStatus, Report, ReportStatus, Statement, check_status, figures, priority_heading};
use crate::results::Audience;
use crate::spreadsheet::write_row;
use crate::store::reports::{ReportLine, StatementFields};
use crate::store::surveys::StoredSurvey;
use crate::store::{Db, Store, StoreError, accounts, counts, organisations, reports, surveys, themes};
use crate::survey::language_name;
use crate::survey::{Keyword, Kind, Part, Priority, Question, Status, Survey};
use crate::t;
use crate::usecase;

/// What each evidence key of the report's surveys says, in `lang`: figures as `audience` sees
/// them (for everyone but staff, a closed survey's, frozen when it closed; nothing of one still
/// open), and the quotes staff approved from themes still big enough. A key missing here (a
/// quote withdrawn, a figure now hidden) is not shown.
fn evidence(
    conn: &mut Db,
    lang: &str,
    surveys: &[StoredSurvey],
    audience: Audience,
) -> Result<Vec<(String, String)>, StoreError> {
    let mut found = Vec::new();
    for stored in surveys {
        let results = counts::figures(conn, stored, audience)?;
        found.extend(figures(lang, &stored.survey, &results).into_iter().map(|f| (f.key, f.words)));
        if results.responses.is_some() {
            for (reference, text) in themes::approved_quotes(conn, &stored.id, results.threshold)? {
                found.push((format!("quote:{reference}"), format!("\u{201c}{text}\u{201d}")));
            }
        }
    }
    Ok(found)
}

/// A report as it is read: its evidence in the reader's language, the languages it is
/// offered in (English, and each its surveys were translated into), and the surveys it answers
/// that have not closed yet (title and closing date), which keep it from being published.
struct Reading {
    report: Report,
    evidence: Vec<(String, String)>,
    lang: String,
    languages: Vec<String>,
    still_open: Vec<(String, Option<chrono::NaiveDate>)>,
}

/// The report, read in `asked` (else the browser's `accept`ed language) where its surveys have
/// that translation, else English, with its figures as `audience` may see them. Staff pages ask
/// for neither language, so read English.
async fn load(
    store: &web::Data<Store>,
    id: String,
    asked: Option<String>,
    accept: Option<String>,
    audience: Audience,
) -> Result<Reading, WebError> {
    with_db(store, move |conn| {
        let Some(report) = reports::find(conn, &id)? else { return Ok(None) };
        let mut surveys = Vec::new();
        for (slug, _) in &report.surveys {
            surveys.extend(surveys::find(conn, slug)?);
        }
        let mut languages: Vec<String> = vec!["en".into()];
        for tag in surveys.iter().flat_map(|s| s.survey.offered_languages()) {
            if !languages.iter().any(|l| l == tag) {
                languages.push(tag.to_string());
            }
        }
        let offered: Vec<&str> = languages.iter().map(String::as_str).collect();
        let lang = locale::choose(asked.as_deref(), accept.as_deref(), &offered);
        let lang = if offered.contains(&lang.as_str()) { lang } else { "en".to_string() };
        let evidence = evidence(conn, &lang, &surveys, audience)?;
        let still_open = surveys
            .iter()
            .filter(|s| s.status != Status::Closed)
            .map(|s| (s.survey.title.clone(), s.survey.closes))
            .collect();
        Ok(Some(Reading { report, evidence, lang, languages, still_open }))
    })
    .await?
    .ok_or(WebError::NotFound)
}

/// A small drawing for each priority, so the page can be read at a glance.
fn icon(priority: Priority) -> Markup {
    let path = match priority {
        Priority::Home => "M4 12 12 4l8 8v8h-5v-5H9v5H4z",
        Priority::Education => "M3 6l9-3 9 3-9 3zm3 2v6c3 2 9 2 12 0V8l-6 2z",
        Priority::Health => "M12 20s-8-5-8-11a4 4 0 0 1 8-1 4 4 0 0 1 8 1c0 6-8 11-8 11z",
        Priority::Relationships => {
            "M8 11a3 3 0 1 0 0-6 3 3 0 0 0 0 6zm8 0a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20c0-4 3-6 6-6s6 2 6 6zm10 0c0-3 1-5 4-6 3 0 6 2 6 6z"
        }
        Priority::Independence => {
            "M14 3a5 5 0 0 0-4.6 7L3 16.4V21h4v-2h2v-2h2l1.6-1.6A5 5 0 1 0 14 3zm2 5a1.5 1.5 0 1 1 0-3 1.5 1.5 0 0 1 0 3z"
        }
    };
    html! { svg.icon viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false" { path d=(path) fill="#005a7a" {} } }
}

/// How a statement's action is introduced, by how it is going: "We will:", "We are doing:",
/// "We did:" or "We could not:".
fn lead_in(status: ActionStatus) -> &'static str {
    match status {
        ActionStatus::Planned => "we-will",
        ActionStatus::InProgress => "we-are-doing",
        ActionStatus::Done => "we-did",
        ActionStatus::NotPossible => "we-could-not",
    }
}

fn statement_card(lang: &str, s: &Statement, evidence: &HashMap<&str, &str>) -> Markup {
    let people = (lang != "en").then_some("en");
    html! {
        article.statement {
            h3 { (t!(lang, "you-said")) " " (marked(people, &s.you_said)) }
            @let backing: Vec<&str> = s.evidence.iter().filter_map(|k| evidence.get(k.as_str()).copied()).collect();
            @if !backing.is_empty() { ul.evidence { @for e in backing { li { (e) } } } }
            p { strong { (t!(lang, lead_in(s.status))) " " } (marked(people, &s.action)) }
            p.muted {
                (s.status.words(lang))
                @if let Some((_, name)) = &s.organisation { " · " (marked(people, name)) }
                @if let Some(due) = s.due { " · " (t!(lang, "by-date", date = locale::date(lang, due))) }
            }
            @if let (ActionStatus::NotPossible, Some(reason)) = (s.status, &s.reason) {
                p { (t!(lang, "why-not")) " " (marked(people, reason)) }
            }
        }
    }
}

/// Links to the report in each language it is offered in.
fn language_links(path: &str, current: &str, languages: &[String]) -> Markup {
    html! {
        @if languages.len() > 1 {
            p.languages {
                @for tag in languages {
                    @if tag == current { strong lang=(tag) { (language_name(tag)) } " " }
                    @else { a href=(in_lang(path, tag)) lang=(tag) hreflang=(tag) { (language_name(tag)) } " " }
                }
            }
        }
    }
}

/// The published report in words a child understands, grouped by the five priorities.
fn report_body(r: &Reading) -> Markup {
    let (report, lang) = (&r.report, r.lang.as_str());
    let evidence: HashMap<&str, &str> = r.evidence.iter().map(|(k, w)| (k.as_str(), w.as_str())).collect();
    let people = (lang != "en").then_some("en");
    html! {
            h1 lang=[people] { (report.title) }
            @if let Some(at) = report.published_at { p.muted { (t!(lang, "published-on", date = locale::date(lang, at.date()))) } }
            @if people.is_some() { p.notice { (t!(lang, "written-in-english")) } }
            div lang=[people] { @for paragraph in crate::survey::paragraphs(&report.intro) { p.lead { (paragraph) } } }
            @for p in Priority::ALL {
                @let under = report.under(*p);
                @if !under.is_empty() {
                    section.priority {
                        h2 { (icon(*p)) " " (priority_heading(lang, *p)) }
                        @for s in under { (statement_card(lang, s, &evidence)) }
                    }
                }
            }
            @let titles = report.surveys.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(", ");
            p.muted { (rich(lang, "report-answers", &[("surveys", marked(people, &titles))])) }
    }
}

/// A form's field, trimmed; empty when not given.
fn field(form: &[(String, String)], key: &str) -> String {
    form.iter().find(|(k, _)| k == key).map_or(String::new(), |(_, v)| v.trim().to_string())
}

/// An action's status and, if it could not be done, why: in the editor and the partner area.
fn status_fields(id: &str, status: &str, reason: &str, problem: Option<&str>) -> Markup {
    html! {
        div.field {
            label for={ "status-" (id) } { "Status" }
            select id={ "status-" (id) } name="status" {
                @for st in ActionStatus::ALL { option value=(st.as_str()) selected[status == st.as_str()] { (st.words("en")) } }
            }
        }
        @let reason_id = format!("reason-{id}");
        div.field.error[problem.is_some()] {
            label for=(reason_id) { "If it could not be done, why" }
            (error_message("en", problem, &reason_id))
            textarea.text id=(reason_id) name="reason" rows="2" aria-describedby=[problem.map(|_| format!("{reason_id}-error"))] { (reason) }
        }
    }
}
