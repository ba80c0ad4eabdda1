//! A report as one HTML file and its statements as CSV, for the Corporate Parenting Board.

use super::*;

/// The report as one HTML file with its styles inside, for the Corporate Parenting Board.
#[get("/staff/reports/{id}/report.html")]
pub async fn export_html(
    store: web::Data<Store>,
    _: Signed<Designers>,
    id: web::Path<String>,
    query: web::Query<LangQuery>,
) -> Reply {
    let reading = load(&store, id.into_inner(), query.into_inner().lang, None, Audience::Others).await?;
    let page = layout::standalone(&reading.report.title, &reading.lang, report_body(&reading));
    Ok(attachment("you-said-we-did.html", "text/html; charset=utf-8", page.into_string().into_bytes()))
}

/// Every statement and its action as CSV, evidence in words.
#[get("/staff/reports/{id}/statements.csv")]
pub async fn export_csv(store: web::Data<Store>, _: Signed<Designers>, id: web::Path<String>) -> Reply {
    let Reading { report, evidence, .. } = load(&store, id.into_inner(), None, None, Audience::Others).await?;
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
