//! Results to take away: the figures as CSV for partners' spreadsheets, and every response
//! (staff only, audited) as CSV or Excel.

use actix_web::{get, web};

use super::super::auth::SignedIn;
use super::super::{Reply, WebError, attachment, csv_attachment, with_db};
use super::{audience, may_see, scored};
use crate::accounts::Role;
use crate::results::{Audience, figures_csv};
use crate::spreadsheet::write_row;
use crate::store::{Store, accounts, surveys};
use crate::survey::{Kind, Survey};

/// The figures, one row per answer (and per group), for partners' spreadsheets: what the
/// results page shows this reader, and nothing more.
#[get("/staff/surveys/{slug}/results.csv")]
pub async fn figures_download(store: web::Data<Store>, signed: SignedIn, slug: web::Path<String>) -> Reply {
    may_see(&store, &signed, &slug).await?;
    let scored = scored(&store, slug.into_inner(), audience(&signed)).await?;
    let body = figures_csv(&scored.stored.survey, &scored.results).map_err(|e| WebError::Export(e.to_string()))?;
    Ok(csv_attachment(&format!("{}-results.csv", scored.stored.survey.slug), body))
}

/// Every response as a row and every question as a column, in no order that follows when
/// they came; staff only, once the survey has enough responses, and noted in the audit log.
async fn every_response(
    store: &web::Data<Store>,
    signed: &SignedIn,
    slug: String,
    format: &'static str,
) -> Result<(Survey, Vec<Vec<String>>), WebError> {
    signed.require(Role::is_staff)?;
    let scored = scored(store, slug, Audience::Staff).await?;
    if scored.results.responses.is_none() {
        let why =
            format!("There are fewer than {} responses, so no answers can be shown yet.", scored.results.threshold);
        return Err(WebError::Conflict(why));
    }
    let (id, by, detail) =
        (scored.stored.id.clone(), signed.user.id.clone(), format!("{} as {format}", scored.stored.survey.slug));
    let survey = scored.stored.survey;
    let questions = survey.questions.clone();
    let rows = with_db(store, move |conn| {
        accounts::audit(conn, Some(&by), "downloaded every response", &detail)?;
        surveys::answer_rows(conn, &id, &questions)
    })
    .await?;
    Ok((survey, rows))
}

#[get("/staff/surveys/{slug}/answers.csv")]
pub async fn answers_csv(store: web::Data<Store>, signed: SignedIn, slug: web::Path<String>) -> Reply {
    let (survey, rows) = every_response(&store, &signed, slug.into_inner(), "CSV").await?;
    let fail = |e: csv::Error| WebError::Export(e.to_string());
    let mut csv = csv::Writer::from_writer(Vec::new());
    // One header row, the question ids (as in the results JSON), for tools; the Excel file has
    // the questions' words for people.
    write_row(&mut csv, survey.questions.iter().map(|q| q.id.as_str())).map_err(fail)?;
    for row in &rows {
        write_row(&mut csv, row).map_err(fail)?;
    }
    let body = csv.into_inner().map_err(|e| WebError::Export(e.to_string()))?;
    Ok(csv_attachment(&format!("{}-answers.csv", survey.slug), body))
}

#[get("/staff/surveys/{slug}/answers.xlsx")]
pub async fn answers_xlsx(store: web::Data<Store>, signed: SignedIn, slug: web::Path<String>) -> Reply {
    let (survey, rows) = every_response(&store, &signed, slug.into_inner(), "XLSX").await?;
    let body = xlsx(&survey, &rows).map_err(|e| WebError::Export(e.to_string()))?;
    let kind = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    Ok(attachment(&format!("{}-answers.xlsx", survey.slug), kind, body))
}

fn xlsx(survey: &Survey, rows: &[Vec<String>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name("Answers")?;
    let bold = rust_xlsxwriter::Format::new().set_bold();
    for (col, q) in survey.questions.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, &q.text, &bold)?;
        sheet.set_column_width(col as u16, 30)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (col, (value, q)) in row.iter().zip(&survey.questions).enumerate() {
            let (r, col) = (r as u32 + 1, col as u16);
            // A face on a scale is a number (1 is the worst), so a spreadsheet can average it.
            match value.parse::<f64>() {
                Ok(number) if q.kind == Kind::Scale => sheet.write_number(r, col, number)?,
                _ => sheet.write_string(r, col, value)?,
            };
        }
    }
    book.save_to_buffer()
}
