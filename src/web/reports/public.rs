//! The published reports everyone reads, in their language, and the priorities dashboard.

use super::*;

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
pub async fn priorities(Reader(lang): Reader, store: web::Data<Store>) -> Page {
    let lang = &lang;
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
                        @let asked = marked(local.mark(lang, Part::Text(q)), local.text(q));
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
pub async fn public_list(Reader(lang): Reader, store: web::Data<Store>) -> Page {
    let lang = &lang;
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
) -> Page {
    let accept = accept_language(&req).map(String::from);
    let reading = load(&store, id.into_inner(), query.into_inner().lang, accept, Audience::Others).await?;
    if reading.report.status != ReportStatus::Published {
        return Err(WebError::NotFound);
    }
    Ok(public_report(&reading))
}
