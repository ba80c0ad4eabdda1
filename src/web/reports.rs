//! "You said, we did": staff and Promise Ambassadors build a report from closed surveys'
//! results; staff publish it; partners update the actions that are theirs; everyone reads the
//! published report at /reports.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use diesel::Connection;
use maud::{Markup, html};

use super::auth::SignedIn;
use super::form::{FieldError, error_summary};
use super::layout::{in_lang, marked, rich};
use super::staff::signed_in_page;
use super::{
    LangQuery, WebError, accept_language, attachment, csv_attachment, html_response, layout, reader_language, results,
    see_other, with_db,
};
use crate::accounts::{Organisation, Role};
use crate::config::SiteConfig;
use crate::locale;
use crate::mail::{self, Outbox};
use crate::reports::{ActionStatus, Report, ReportStatus, Statement, check_status, figures, priority_heading};
use crate::results::Audience;
use crate::spreadsheet::write_row;
use crate::store::reports::{ReportLine, StatementFields};
use crate::store::surveys::StoredSurvey;
use crate::store::{Db, Store, StoreError, accounts, counts, organisations, reports, surveys, themes};
use crate::survey::language_name;
use crate::survey::{Keyword, Kind, Priority, Question, Status, Survey};
use crate::t;

/// What each evidence key of the report's surveys says, in `lang`: figures as everyone but
/// staff sees them (a closed survey's, frozen when it closed), and the quotes staff approved
/// from themes still big enough. A key missing here (a quote withdrawn, a figure now hidden)
/// is not shown.
fn evidence(conn: &mut Db, lang: &str, surveys: &[StoredSurvey]) -> Result<Vec<(String, String)>, StoreError> {
    let mut found = Vec::new();
    for stored in surveys {
        let results = counts::figures(conn, stored, Audience::Others)?;
        found.extend(figures(lang, &stored.survey, &results).into_iter().map(|f| (f.key, f.words)));
        if results.responses.is_some() {
            for (reference, text) in themes::approved_quotes(conn, &stored.id, results.threshold)? {
                found.push((format!("quote:{reference}"), format!("\u{201c}{text}\u{201d}")));
            }
        }
    }
    Ok(found)
}

/// A report as it is read: its evidence in the reader's language, and the languages it is
/// offered in (English, and each its surveys were translated into).
struct Reading {
    report: Report,
    evidence: Vec<(String, String)>,
    lang: String,
    languages: Vec<String>,
}

/// The report, read in `asked` (else the browser's `accept`ed language) where its surveys have
/// that translation, else English. Staff pages ask for neither, so read English.
async fn load(
    store: &web::Data<Store>,
    id: String,
    asked: Option<String>,
    accept: Option<String>,
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
        let evidence = evidence(conn, &lang, &surveys)?;
        Ok(Some(Reading { report, evidence, lang, languages }))
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

fn statement_card(lang: &str, s: &Statement, evidence: &HashMap<&str, &str>) -> Markup {
    let people = (lang != "en").then_some("en");
    html! {
        article.statement {
            h3 { (t!(lang, "you-said")) " " (marked(people, &s.you_said)) }
            @let backing: Vec<&str> = s.evidence.iter().filter_map(|k| evidence.get(k.as_str()).copied()).collect();
            @if !backing.is_empty() { ul.evidence { @for e in backing { li { (e) } } } }
            p { strong { (t!(lang, if s.status == ActionStatus::Done { "we-did" } else { "we-will" })) " " } (marked(people, &s.action)) }
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

fn public_report(r: &Reading) -> Markup {
    let lang = r.lang.as_str();
    layout::page(
        &r.report.title,
        lang,
        html! {
            p.nav-back { a href=(in_lang("/reports", lang)) { (t!(lang, "all-reports")) } }
            (language_links(&format!("/reports/{}", r.report.id), lang, &r.languages))
            (report_body(r))
        },
    )
}

/// For each priority, how its key questions (scale and yes/no) changed across the closed
/// surveys that asked them, oldest first; every figure suppressed. Each question reads as the
/// newest survey asked it, in the reader's language where that survey has it.
#[get("/reports/priorities")]
pub async fn priorities(
    req: HttpRequest,
    store: web::Data<Store>,
    query: web::Query<LangQuery>,
) -> Result<Markup, WebError> {
    let lang = &reader_language(&req, query.lang.as_deref(), &[]);
    let closed = results::scored_surveys(&store, &[Status::Closed], Audience::Others, |_| true).await?;
    Ok(layout::page(
        &t!(lang, "dashboard-title"),
        lang,
        html! {
            p.nav-back { a href=(in_lang("/reports", lang)) { (t!(lang, "all-reports")) } }
            h1 { (t!(lang, "dashboard-title")) }
            p.lead { (t!(lang, "dashboard-lead")) }
            @for p in Priority::ALL {
                section.priority {
                    h2 { (icon(*p)) " " (priority_heading(lang, *p)) }
                    @let trends: Vec<_> = key_questions(&closed, *p)
                        .into_iter()
                        .map(|(survey, q)| (survey, q, results::waves_of(q, &closed)))
                        .filter(|(_, _, waves)| waves.iter().any(|w| w.headline.is_some()))
                        .collect();
                    @for (survey, q, waves) in &trends {
                        @let local = survey.localized(lang);
                        @let asked = marked(local.other_than(lang), local.text(q));
                        (results::trend_table(lang, q, asked, waves, false))
                    }
                    @if trends.is_empty() { p.muted { (t!(lang, "dashboard-none")) } }
                }
            }
        },
    ))
}

/// The scale and yes/no questions of `priority` across `surveys`, each id once, with the
/// newest survey that asked it.
fn key_questions(surveys: &[results::Scored], priority: Priority) -> Vec<(&Survey, &Question)> {
    let mut newest: Vec<(chrono::NaiveDate, &Survey, &Question)> = Vec::new();
    for s in surveys {
        let survey = &s.stored.survey;
        let when = survey.opens.unwrap_or(s.stored.created_at.date());
        let key = |q: &&Question| q.priority == Some(priority) && matches!(q.kind, Kind::Scale | Kind::YesNo);
        for q in survey.questions.iter().filter(key) {
            match newest.iter_mut().find(|(_, _, known)| known.id == q.id) {
                Some(entry) if entry.0 < when => *entry = (when, survey, q),
                Some(_) => {}
                None => newest.push((when, survey, q)),
            }
        }
    }
    newest.into_iter().map(|(_, survey, q)| (survey, q)).collect()
}

#[get("/reports")]
pub async fn public_list(
    req: HttpRequest,
    store: web::Data<Store>,
    query: web::Query<LangQuery>,
) -> Result<Markup, WebError> {
    let lang = &reader_language(&req, query.lang.as_deref(), &[]);
    let list = with_db(&store, |conn| reports::list(conn, true)).await?;
    Ok(layout::page(
        &t!(lang, "reports-title"),
        lang,
        html! {
            h1 { (t!(lang, "reports-title")) }
            p.lead { (t!(lang, "reports-lead")) }
            @if list.is_empty() {
                p { (t!(lang, "reports-none")) }
            } @else {
                ul.surveys { @for (id, title, _, at) in &list {
                    li {
                        a href=(in_lang(&format!("/reports/{id}"), lang)) lang="en" { (title) }
                        @if let Some(at) = at { " " span.muted { "(" (t!(lang, "published-on", date = locale::date(lang, at.date()))) ")" } }
                    }
                } }
            }
        },
    ))
}

#[get("/reports/{id}")]
pub async fn read(
    req: HttpRequest,
    store: web::Data<Store>,
    id: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<Markup, WebError> {
    let accept = accept_language(&req).map(String::from);
    let reading = load(&store, id.into_inner(), query.into_inner().lang, accept).await?;
    if reading.report.status != ReportStatus::Published {
        return Err(WebError::NotFound);
    }
    Ok(public_report(&reading))
}

/// What was typed into a refused form, and why.
#[derive(Default)]
struct Typed {
    form: Vec<(String, String)>,
    errors: Vec<FieldError>,
}

impl Typed {
    fn get(&self, key: &str) -> &str {
        self.form.iter().find(|(k, _)| k == key).map_or("", |(_, v)| v.as_str())
    }
}

fn reports_page(signed: &SignedIn, list: &[ReportLine], closed: &[(String, String)], typed: &Typed) -> Markup {
    signed_in_page(
        signed,
        "Reports",
        html! {
            (error_summary("en", &typed.errors))
            h1 { "You said, we did" }
            ul.surveys {
                @for (id, title, status, _) in list { li { a href={ "/staff/reports/" (id) } { (title) } " " span.muted { "(" (status) ")" } } }
            }
            h2 { "Start a report" }
            @if closed.is_empty() {
                p { "A report answers closed surveys; there are none yet." }
            } @else {
                form method="post" action="/staff/reports" novalidate {
                    (signed.csrf_field())
                    div.field {
                        label for="title" { "Title" }
                        input.text-input #title name="title" type="text" value=(typed.get("title"));
                    }
                    div.field {
                        label for="intro" { "A few words to start (optional)" }
                        textarea.text #intro name="intro" rows="3" { (typed.get("intro")) }
                    }
                    fieldset.field #surveys {
                        legend { "The surveys it answers" }
                        @for (id, title) in closed {
                            div.choice {
                                input type="checkbox" id={ "survey-" (id) } name="survey" value=(id) checked[typed.form.iter().any(|(k, v)| k == "survey" && v == id)];
                                label for={ "survey-" (id) } { (title) }
                            }
                        }
                    }
                    div.actions { button.button type="submit" { "Start the report" } }
                }
            }
        },
    )
}

async fn closed_surveys(store: &web::Data<Store>) -> Result<Vec<(String, String)>, WebError> {
    let closed = with_db(store, |conn| surveys::all(conn, &[Status::Closed])).await?;
    Ok(closed.into_iter().map(|s| (s.id, s.survey.title)).collect())
}

#[get("/staff/reports")]
pub async fn index(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(Role::works_on_surveys)?;
    let list = with_db(&store, |conn| reports::list(conn, false)).await?;
    Ok(reports_page(&signed, &list, &closed_surveys(&store).await?, &Typed::default()))
}

type Form = web::Form<Vec<(String, String)>>;

fn field(form: &[(String, String)], key: &str) -> String {
    form.iter().find(|(k, _)| k == key).map_or(String::new(), |(_, v)| v.trim().to_string())
}

#[post("/staff/reports")]
pub async fn create(store: web::Data<Store>, signed: SignedIn, form: Form) -> Result<HttpResponse, WebError> {
    signed.require(Role::works_on_surveys)?;
    signed.check_csrf(&field(&form, "csrf"))?;
    let closed = closed_surveys(&store).await?;
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, v)| k == "survey" && closed.iter().any(|(id, _)| id == v))
        .map(|(_, v)| v.clone())
        .collect();
    let (title, intro) = (field(&form, "title"), field(&form, "intro"));
    let mut errors = Vec::new();
    if title.is_empty() {
        errors.push(FieldError { field: "title".into(), message: "Give the report a title".into() });
    }
    if chosen.is_empty() {
        errors.push(FieldError { field: "surveys".into(), message: "Choose at least one survey it answers".into() });
    }
    if !errors.is_empty() {
        let list = with_db(&store, |conn| reports::list(conn, false)).await?;
        let page = reports_page(&signed, &list, &closed, &Typed { form: form.into_inner(), errors });
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    let by = signed.user.id.clone();
    let staff = signed.user.role.is_staff();
    let id = with_db(&store, move |conn| {
        let id = reports::create(conn, &title, &intro, &chosen)?;
        if staff {
            accounts::audit(conn, Some(&by), "started a report", &title)?;
        }
        Ok(id)
    })
    .await?;
    Ok(see_other(format!("/staff/reports/{id}")))
}

fn statement_form(
    signed: &SignedIn,
    action: &str,
    s: Option<&Statement>,
    evidence: &[(String, String)],
    partners: &[Organisation],
    typed: Option<&Typed>,
) -> Markup {
    let id = s.map_or("new".to_string(), |s| s.id.clone());
    let value = |key: &str, saved: String| typed.map_or(saved, |t| t.get(key).to_string());
    let priority = value("priority", s.map_or(String::new(), |s| s.priority.as_str().to_string()));
    let status = value("status", s.map_or("planned".to_string(), |s| s.status.as_str().to_string()));
    let organisation = value("organisation", s.and_then(|s| s.organisation.clone()).map_or(String::new(), |o| o.0));
    let chosen: Vec<String> = match typed {
        Some(t) => t.form.iter().filter(|(k, _)| k == "evidence").map(|(_, v)| v.clone()).collect(),
        None => s.map_or(Vec::new(), |s| s.evidence.clone()),
    };
    html! {
        form.statement-form method="post" action=(action) novalidate {
            (signed.csrf_field())
            div.field {
                label for={ "priority-" (id) } { "Priority" }
                select id={ "priority-" (id) } name="priority" {
                    @for p in Priority::ALL { option value=(p.as_str()) selected[priority == p.as_str()] { (priority_heading("en", *p)) } }
                }
            }
            div.field {
                label for={ "you_said-" (id) } { "You said" }
                textarea.text id={ "you_said-" (id) } name="you_said" rows="2" { (value("you_said", s.map_or(String::new(), |s| s.you_said.clone()))) }
            }
            fieldset.field {
                legend { "Evidence from the results" }
                @if evidence.is_empty() { p.muted { "No figures or approved quotes to show yet." } }
                @for (n, (key, words)) in evidence.iter().enumerate() {
                    div.choice {
                        input type="checkbox" id={ "evidence-" (id) "-" (n) } name="evidence" value=(key) checked[chosen.contains(key)];
                        label for={ "evidence-" (id) "-" (n) } { (words) }
                    }
                }
            }
            div.field {
                label for={ "action-" (id) } { "We did / we will" }
                textarea.text id={ "action-" (id) } name="action" rows="2" { (value("action", s.map_or(String::new(), |s| s.action.clone()))) }
            }
            div.field {
                label for={ "organisation-" (id) } { "Partner responsible" }
                select id={ "organisation-" (id) } name="organisation" {
                    option value="" { "None yet" }
                    @for o in partners { option value=(o.id) selected[organisation == o.id] { (o.name) } }
                }
            }
            div.field {
                label for={ "due-" (id) } { "Due (optional)" }
                input.text-input.short id={ "due-" (id) } name="due" type="date" value=(value("due", s.and_then(|s| s.due).map_or(String::new(), |d| d.to_string())));
            }
            (status_fields(&id, &status, &value("reason", s.and_then(|s| s.reason.clone()).unwrap_or_default())))
            div.actions { button.button type="submit" { @if s.is_some() { "Save statement" } @else { "Add statement" } } }
        }
    }
}

fn status_fields(id: &str, status: &str, reason: &str) -> Markup {
    html! {
        div.field {
            label for={ "status-" (id) } { "Status" }
            select id={ "status-" (id) } name="status" {
                @for st in ActionStatus::ALL { option value=(st.as_str()) selected[status == st.as_str()] { (st.words("en")) } }
            }
        }
        div.field {
            label for={ "reason-" (id) } { "If it could not be done, why" }
            textarea.text id={ "reason-" (id) } name="reason" rows="2" { (reason) }
        }
    }
}

struct Editor<'a> {
    report: &'a Report,
    evidence: &'a [(String, String)],
    partners: &'a [Organisation],
    history: &'a [(chrono::NaiveDateTime, Option<String>, String)],
    typed: Option<(&'a str, &'a Typed)>,
}

fn editor(signed: &SignedIn, e: &Editor<'_>) -> Markup {
    let report = e.report;
    let base = format!("/staff/reports/{}", report.id);
    let typed_for = |id: &str| e.typed.filter(|(t, _)| *t == id).map(|(_, t)| t);
    let errors = e.typed.map_or(&[][..], |(_, t)| t.errors.as_slice());
    signed_in_page(
        signed,
        &report.title,
        html! {
            (error_summary("en", errors))
            h1 { (report.title) }
            p.lead { "Status: " strong { (report.status) } " · answers " (report.surveys.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(", ")) }
            p {
                @if report.status == ReportStatus::Published { a href={ "/reports/" (report.id) } { "Read it as young people do" } " · " }
                a href={ (base) "/report.html" } download { "Download as a web page" } " · "
                a href={ (base) "/statements.csv" } download { "Download statements and actions (CSV)" }
            }
            @if report.status == ReportStatus::Draft && signed.user.role.is_staff() {
                form method="post" action={ (base) "/publish" } {
                    (signed.csrf_field())
                    button.button type="submit" { "Publish" }
                }
            }
            @for s in &report.statements {
                section.statement-edit {
                    h2 { (priority_heading("en", s.priority)) ": " (s.you_said) }
                    (statement_form(signed, &format!("{base}/statements/{}", s.id), Some(s), e.evidence, e.partners, typed_for(&s.id)))
                }
            }
            h2 { "Add a statement" }
            (statement_form(signed, &format!("{base}/statements"), None, e.evidence, e.partners, typed_for("new")))
            @if !e.history.is_empty() {
                h2 { "Changes since it was published" }
                ul { @for (at, who, what) in e.history { li { (at.format("%-d %B %Y %H:%M")) " UTC, " (who.as_deref().unwrap_or("ourvoice")) ": " (what) } } }
            }
        },
    )
}

async fn editor_page(
    store: &web::Data<Store>,
    signed: &SignedIn,
    id: String,
    typed: Option<(&str, &Typed)>,
) -> Result<Markup, WebError> {
    let Reading { report, evidence, .. } = load(store, id, None, None).await?;
    let report_id = report.id.clone();
    let (partners, history) =
        with_db(store, move |conn| Ok((organisations::list(conn)?, reports::changes(conn, &report_id)?))).await?;
    Ok(editor(signed, &Editor { report: &report, evidence: &evidence, partners: &partners, history: &history, typed }))
}

#[get("/staff/reports/{id}")]
pub async fn edit(store: web::Data<Store>, signed: SignedIn, id: web::Path<String>) -> Result<Markup, WebError> {
    signed.require(Role::works_on_surveys)?;
    editor_page(&store, &signed, id.into_inner(), None).await
}

/// The statement a form describes, or what is wrong with it (field, message).
fn read_statement(
    form: &[(String, String)],
) -> Result<(Priority, ActionStatus, Option<chrono::NaiveDate>), Vec<FieldError>> {
    let mut errors = Vec::new();
    let priority = Priority::parse(&field(form, "priority"));
    let status = ActionStatus::parse(&field(form, "status"));
    if field(form, "you_said").is_empty() {
        errors.push(FieldError { field: "you_said".into(), message: "Write what young people said".into() });
    }
    if field(form, "action").is_empty() {
        errors.push(FieldError { field: "action".into(), message: "Write what was done, or what will be".into() });
    }
    let due = match field(form, "due").as_str() {
        "" => None,
        typed => match typed.parse() {
            Ok(date) => Some(date),
            Err(_) => {
                errors.push(FieldError { field: "due".into(), message: "Give the date like 2027-03-31".into() });
                None
            }
        },
    };
    if let Some(status) = status
        && let Err(message) = check_status(status, &field(form, "reason"))
    {
        errors.push(FieldError { field: "reason".into(), message });
    }
    match (priority, status, errors.is_empty()) {
        (Some(p), Some(s), true) => Ok((p, s, due)),
        _ if errors.is_empty() => {
            Err(vec![FieldError { field: "priority".into(), message: "Choose a priority and a status".into() }])
        }
        _ => Err(errors),
    }
}

/// How saving a statement went.
enum Saving {
    Done,
    NotFound,
    StaffOnly,
}

async fn save_statement(
    store: web::Data<Store>,
    signed: SignedIn,
    report_id: String,
    statement_id: Option<String>,
    form: Vec<(String, String)>,
) -> Result<HttpResponse, WebError> {
    signed.require(Role::works_on_surveys)?;
    signed.check_csrf(&field(&form, "csrf"))?;
    let (priority, status, due) = match read_statement(&form) {
        Ok(parts) => parts,
        Err(errors) => {
            let typed = Typed { form, errors };
            let which = statement_id.clone().unwrap_or_else(|| "new".into());
            let page = editor_page(&store, &signed, report_id, Some((&which, &typed))).await?;
            return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
        }
    };
    let (by, staff) = (signed.user.id.clone(), signed.user.role.is_staff());
    let id = report_id.clone();
    let saved = with_db(&store, move |conn| {
        let Some(report) = reports::find(conn, &id)? else { return Ok(Saving::NotFound) };
        if report.status == ReportStatus::Published && !staff {
            // What partners and children have read is changed by staff only.
            return Ok(Saving::StaffOnly);
        }
        let evidence: Vec<String> = form.iter().filter(|(k, _)| k == "evidence").map(|(_, v)| v.clone()).collect();
        let (you_said, action, organisation, reason) =
            (field(&form, "you_said"), field(&form, "action"), field(&form, "organisation"), field(&form, "reason"));
        let fields = StatementFields {
            priority,
            you_said: &you_said,
            evidence: &evidence,
            action: &action,
            organisation_id: Some(organisation.as_str()).filter(|o| !o.is_empty()),
            due,
            status,
            reason: Some(reason.as_str()).filter(|r| !r.is_empty()),
        };
        if reports::save_statement(conn, &id, statement_id.as_deref(), &fields)?.is_none() {
            // Not this report's statement, or no such partner: nothing changes, no history.
            return Ok(Saving::NotFound);
        }
        let what = format!(
            "{} \u{201c}{you_said}\u{201d}: {}",
            if statement_id.is_some() { "changed" } else { "added" },
            status.words("en")
        );
        if report.status == ReportStatus::Published {
            reports::record_change(conn, &id, Some(&by), &what)?;
        }
        if staff {
            accounts::audit(conn, Some(&by), "changed a report", &format!("{}: {what}", report.title))?;
        }
        Ok(Saving::Done)
    })
    .await?;
    match saved {
        Saving::Done => Ok(see_other(format!("/staff/reports/{report_id}"))),
        Saving::NotFound => Err(WebError::NotFound),
        Saving::StaffOnly => Err(WebError::Forbidden),
    }
}

#[post("/staff/reports/{id}/statements")]
pub async fn add_statement(
    store: web::Data<Store>,
    signed: SignedIn,
    id: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, WebError> {
    save_statement(store, signed, id.into_inner(), None, form.into_inner()).await
}

#[post("/staff/reports/{id}/statements/{statement}")]
pub async fn change_statement(
    store: web::Data<Store>,
    signed: SignedIn,
    path: web::Path<(String, String)>,
    form: Form,
) -> Result<HttpResponse, WebError> {
    let (id, statement) = path.into_inner();
    save_statement(store, signed, id, Some(statement), form.into_inner()).await
}

/// Publishes a draft, and queues in the same transaction the email telling each partner named
/// in it what it is responsible for.
#[post("/staff/reports/{id}/publish")]
pub async fn publish(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    signed: SignedIn,
    id: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, WebError> {
    signed.require(Role::is_staff)?;
    signed.check_csrf(&field(&form, "csrf"))?;
    let (id, by, base) = (id.into_inner(), signed.user.id.clone(), site.base().to_string());
    let report_id = id.clone();
    let published = with_db(&store, move |conn| {
        conn.transaction(|conn| {
            if !reports::publish(conn, &report_id)? {
                return Ok(false);
            }
            // A quote keeps its approval only while its theme is big enough and the answer is
            // not on the concerns list: checked again now.
            let report = reports::find(conn, &report_id)?.ok_or(StoreError::Query(diesel::result::Error::NotFound))?;
            for (slug, _) in &report.surveys {
                if let Some(stored) = surveys::find(conn, slug)? {
                    let threshold = u64::from(stored.survey.report_threshold);
                    let withdrawn = themes::withdraw_unquotable(conn, &stored.id, threshold)?;
                    if withdrawn > 0 {
                        let why = format!("{slug}: {withdrawn} from themes now too small, or on the concerns list");
                        accounts::audit(conn, Some(&by), "withdrew quotes' approval", &why)?;
                    }
                }
            }
            reports::record_change(conn, &report_id, Some(&by), "published")?;
            accounts::audit(conn, Some(&by), "published a report", &report_id)?;
            let queued = mail::queue_published(conn, &report, &base)?;
            accounts::audit(conn, Some(&by), "emailed partners about a report", &format!("{queued} emails queued"))?;
            Ok(true)
        })
    })
    .await?;
    if !published {
        return Err(WebError::Conflict("This report is already published.".into()));
    }
    outbox.send_soon();
    Ok(see_other(format!("/staff/reports/{id}")))
}

/// A partner's own actions, in published reports, to keep up to date.
#[get("/staff/partner")]
pub async fn partner(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(|r| r == Role::Partner)?;
    let organisation = signed.user.organisation_id.clone().unwrap_or_default();
    let mine = organisation.clone();
    let list = with_db(&store, move |conn| reports::published_for(conn, &mine)).await?;
    Ok(signed_in_page(
        &signed,
        "Your actions",
        html! {
            h1 { "Your actions" }
            p { "What young people said, and what your organisation is doing about it. Keep these up to date: young people read them." }
            @if organisation.is_empty() {
                p { "Your account is not linked to an organisation yet. Ask the Participation team to link it." }
            } @else if list.is_empty() {
                p.muted { "No published report has an action for your organisation yet." }
            }
            @for report in &list {
                h2 { a href={ "/reports/" (report.id) } { (report.title) } }
                p { "Results: " @for (i, (slug, title)) in report.surveys.iter().enumerate() {
                    @if i > 0 { ", " } a href={ "/staff/surveys/" (slug) "/results" } { (title) }
                } }
                @for s in report.statements.iter().filter(|s| s.organisation.as_ref().is_some_and(|(id, _)| *id == organisation)) {
                    section.statement-edit {
                        h3 { "You said: " (s.you_said) }
                        @if let Some(due) = s.due { p.muted { "Due " (due.format("%-d %B %Y")) } }
                        form method="post" action={ "/staff/partner/statements/" (s.id) } novalidate {
                            (signed.csrf_field())
                            div.field {
                                label for={ "action-" (s.id) } { "What you did, or will do" }
                                textarea.text id={ "action-" (s.id) } name="action" rows="2" { (s.action) }
                            }
                            (status_fields(&s.id, s.status.as_str(), s.reason.as_deref().unwrap_or("")))
                            div.actions { button.button type="submit" { "Save" } }
                        }
                    }
                }
            }
        },
    ))
}

#[post("/staff/partner/statements/{id}")]
pub async fn partner_update(
    store: web::Data<Store>,
    signed: SignedIn,
    id: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, WebError> {
    signed.require(|r| r == Role::Partner)?;
    signed.check_csrf(&field(&form, "csrf"))?;
    let organisation = signed.user.organisation_id.clone().ok_or(WebError::Forbidden)?;
    let status = ActionStatus::parse(&field(&form, "status")).ok_or(WebError::Forbidden)?;
    let (action, reason) = (field(&form, "action"), field(&form, "reason"));
    if let Err(message) = check_status(status, &reason) {
        return Err(WebError::Conflict(message));
    }
    let (statement, by) = (id.into_inner(), signed.user.id.clone());
    let updated = with_db(&store, move |conn| {
        let reason = Some(reason.as_str()).filter(|r| !r.is_empty());
        let mine = reports::published_for(conn, &organisation)?;
        let Some(report) = mine.iter().find(|r| r.statements.iter().any(|s| s.id == statement)) else {
            return Ok(false);
        };
        if !reports::update_action(conn, &statement, &organisation, &action, status, reason)? {
            return Ok(false);
        }
        reports::record_change(conn, &report.id, Some(&by), &format!("{}: {}", status.words("en"), action))?;
        Ok(true)
    })
    .await?;
    if !updated {
        return Err(WebError::NotFound);
    }
    Ok(see_other("/staff/partner"))
}

/// The report as one HTML file with its styles inside, for the Corporate Parenting Board.
#[get("/staff/reports/{id}/report.html")]
pub async fn export_html(
    store: web::Data<Store>,
    signed: SignedIn,
    id: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Result<HttpResponse, WebError> {
    signed.require(Role::works_on_surveys)?;
    let reading = load(&store, id.into_inner(), query.into_inner().lang, None).await?;
    let page = layout::standalone(&reading.report.title, &reading.lang, report_body(&reading));
    Ok(attachment("you-said-we-did.html", "text/html; charset=utf-8", page.into_string().into_bytes()))
}

/// Every statement and its action as CSV, evidence in words.
#[get("/staff/reports/{id}/statements.csv")]
pub async fn export_csv(
    store: web::Data<Store>,
    signed: SignedIn,
    id: web::Path<String>,
) -> Result<HttpResponse, WebError> {
    signed.require(Role::works_on_surveys)?;
    let Reading { report, evidence, .. } = load(&store, id.into_inner(), None, None).await?;
    let words: HashMap<&str, &str> = evidence.iter().map(|(k, w)| (k.as_str(), w.as_str())).collect();
    let fail = |e: csv::Error| WebError::Export(e.to_string());
    let mut csv = csv::Writer::from_writer(Vec::new());
    write_row(&mut csv, ["priority", "you said", "evidence", "we did or will", "partner", "due", "status", "why not"])
        .map_err(fail)?;
    for s in &report.statements {
        let backing: Vec<&str> = s.evidence.iter().filter_map(|k| words.get(k.as_str()).copied()).collect();
        write_row(
            &mut csv,
            [
                priority_heading("en", s.priority).as_str(),
                &s.you_said,
                &backing.join(" | "),
                &s.action,
                s.organisation.as_ref().map_or("", |(_, name)| name.as_str()),
                &s.due.map_or(String::new(), |d| d.to_string()),
                &s.status.words("en"),
                s.reason.as_deref().unwrap_or(""),
            ],
        )
        .map_err(fail)?;
    }
    let body = csv.into_inner().map_err(|e| WebError::Export(e.to_string()))?;
    Ok(csv_attachment("you-said-we-did.csv", body))
}
