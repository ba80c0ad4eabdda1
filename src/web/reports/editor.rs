//! The staff and ambassadors' editor: start a report, write its statements, publish it.

use super::*;

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

fn reports_page(signed: &SignedIn, list: &[ReportLine], answerable: &[(String, String)], typed: &Typed) -> Markup {
    signed_in_page(
        signed,
        "Reports",
        html! {
            (error_summary("en", &typed.errors))
            h1 { "You said, we did" }
            ul.surveys {
                @for (id, title, status, _) in list { li { a href={ "/staff/reports/" (id) } { (title) } " " span.muted { "(" (status.words()) ")" } } }
            }
            h2 { "Start a report" }
            @if answerable.is_empty() {
                p { "A report answers surveys that are open or have closed; there are none yet." }
            } @else {
                p { "You can start a report while its surveys are still open. It is published once they have all closed, so its figures are final." }
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
                        @for (id, title) in answerable {
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

/// The surveys a report may answer, open or closed (id, and title with where it is).
async fn answerable_surveys(store: &web::Data<Store>) -> Result<Vec<(String, String)>, WebError> {
    let found = with_db(store, |conn| surveys::all(conn, &[Status::Open, Status::Closed])).await?;
    Ok(found
        .into_iter()
        .map(|s| {
            let title = match (s.status, s.survey.closes) {
                (Status::Closed, _) => s.survey.title,
                (_, Some(closes)) => format!("{} (open until {})", s.survey.title, closes.format("%-d %B %Y")),
                (_, None) => format!("{} (still open)", s.survey.title),
            };
            (s.id, title)
        })
        .collect())
}

#[get("/staff/reports")]
pub async fn index(store: web::Data<Store>, signed: Signed<Designers>) -> Page {
    let list = with_db(&store, |conn| reports::list(conn, false)).await?;
    Ok(reports_page(&signed, &list, &answerable_surveys(&store).await?, &Typed::default()))
}

#[post("/staff/reports")]
pub async fn create(store: web::Data<Store>, SentForm { signed, form }: SentForm<Designers, Fields>) -> Reply {
    let answerable = answerable_surveys(&store).await?;
    let chosen: Vec<String> = form
        .iter()
        .filter(|(k, v)| k == "survey" && answerable.iter().any(|(id, _)| id == v))
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
        let page = reports_page(&signed, &list, &answerable, &Typed { form, errors });
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
            @let reason_problem = typed.and_then(|t| t.errors.iter().find(|e| e.field == "reason")).map(|e| e.message.as_str());
            (status_fields(&id, &status, &value("reason", s.and_then(|s| s.reason.clone()).unwrap_or_default()), reason_problem))
            div.actions { button.button type="submit" { @if s.is_some() { "Save statement" } @else { "Add statement" } } }
        }
    }
}

struct Editor<'a> {
    report: &'a Report,
    still_open: &'a [(String, Option<chrono::NaiveDate>)],
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
            p.lead { "Status: " strong { (report.status.words()) } " · answers " (report.surveys.iter().map(|(_, t)| t.as_str()).collect::<Vec<_>>().join(", ")) }
            p {
                @if report.status == ReportStatus::Published { a href={ "/reports/" (report.id) } { "Read it as young people do" } " · " }
                a href={ (base) "/report.html" } download { "Download as a web page" } " · "
                a href={ (base) "/statements.csv" } download { "Download statements and actions (CSV)" }
            }
            @if report.status == ReportStatus::Draft && !e.still_open.is_empty() {
                div.notice #still-open {
                    p { "This report can be published once every survey it answers has closed, so that its figures are final:" }
                    ul { @for (title, closes) in e.still_open {
                        li { (title) @match closes { Some(d) => { ", open until " (d.format("%-d %B %Y")) }, None => ", still open" } }
                    } }
                    @if signed.user.role.is_staff() {
                        p { "Until then, the figures below are live and only staff see them; the report shows each as it was when its survey closed." }
                    } @else {
                        p { "Until then, a survey's figures are not offered as evidence; approved quotes are." }
                    }
                }
            } @else if report.status == ReportStatus::Draft && signed.user.role.is_staff() {
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

async fn editor_page(store: &web::Data<Store>, signed: &SignedIn, id: String, typed: Option<(&str, &Typed)>) -> Page {
    let Reading { report, evidence, still_open, .. } = load(store, id, None, None, results::audience(signed)).await?;
    let report_id = report.id.clone();
    let (partners, history) =
        with_db(store, move |conn| Ok((organisations::list(conn)?, reports::changes(conn, &report_id)?))).await?;
    let e = Editor {
        report: &report,
        still_open: &still_open,
        evidence: &evidence,
        partners: &partners,
        history: &history,
        typed,
    };
    Ok(editor(signed, &e))
}

#[get("/staff/reports/{id}")]
pub async fn edit(store: web::Data<Store>, signed: Signed<Designers>, id: web::Path<String>) -> Page {
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

async fn save_statement(
    store: web::Data<Store>,
    SentForm { signed, form }: SentForm<Designers, Fields>,
    report_id: String,
    statement_id: Option<String>,
) -> Reply {
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
    act(&store, move |conn| {
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
        usecase::save_statement(conn, &by, staff, &id, statement_id.as_deref(), &fields)
    })
    .await?;
    Ok(see_other(format!("/staff/reports/{report_id}")))
}

#[post("/staff/reports/{id}/statements")]
pub async fn add_statement(store: web::Data<Store>, id: web::Path<String>, sent: SentForm<Designers, Fields>) -> Reply {
    save_statement(store, sent, id.into_inner(), None).await
}

#[post("/staff/reports/{id}/statements/{statement}")]
pub async fn change_statement(
    store: web::Data<Store>,
    path: web::Path<(String, String)>,
    sent: SentForm<Designers, Fields>,
) -> Reply {
    let (id, statement) = path.into_inner();
    save_statement(store, sent, id, Some(statement)).await
}

/// Publishes a draft, and queues in the same transaction the email telling each partner named
/// in it what it is responsible for.
#[post("/staff/reports/{id}/publish")]
pub async fn publish(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    id: web::Path<String>,
    SentForm { signed, .. }: SentForm<Staff, NoFields>,
) -> Reply {
    let (id, by, base) = (id.into_inner(), signed.user.id.clone(), site.base().to_string());
    let report_id = id.clone();
    act(&store, move |conn| usecase::publish(conn, &by, &report_id, &base)).await?;
    outbox.send_soon();
    Ok(see_other(format!("/staff/reports/{id}")))
}
