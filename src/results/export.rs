//! The figures as words and as CSV, the same for the results page, the figures download and
//! the tests that read them back: nothing here shows a figure the results do not.

use super::{GroupRow, Results};
use crate::spreadsheet::write_row;
use crate::survey::Survey;

/// "12", or "fewer than 5" for a hidden count.
pub fn figure(n: Option<u64>, threshold: u64) -> String {
    n.map_or_else(|| format!("fewer than {threshold}"), |n| n.to_string())
}

/// Several groups or answers counted together: "a + b + c" (a plain "or" would be ambiguous
/// next to answers like "Music or drama").
pub fn pooled(items: &[String]) -> String {
    items.join(" + ")
}

/// Who did not answer the about-you question, as a breakdown's row names them.
pub const DID_NOT_SAY: &str = "didn't say";

/// Who a breakdown's row counts: its group, "didn't say", or the small groups it pools.
pub fn group_words(row: &GroupRow) -> String {
    let names: Vec<String> = row.group.iter().map(|g| g.clone().unwrap_or_else(|| DID_NOT_SAY.into())).collect();
    pooled(&names)
}

/// The figures as CSV: one row per answer, for everyone and for each row of each breakdown,
/// with the question's answered count first (`(answered)`). Hidden counts read
/// "fewer than N"; pooled groups and answers are named together ("14 to 15 + didn't say").
pub fn figures_csv(survey: &Survey, results: &Results) -> Result<Vec<u8>, csv::Error> {
    let threshold = results.threshold;
    let mut csv = csv::Writer::from_writer(Vec::new());
    write_row(&mut csv, ["question", "question text", "group by", "group", "answer", "count"])?;
    match (results.responses, results.responses_rounded) {
        (None, Some(rounded)) => {
            write_row(&mut csv, ["(responses so far, to the nearest 5)", "", "", "", "", &rounded.to_string()])?;
        }
        (Some(responses), _) => write_row(&mut csv, ["(responses)", "", "", "", "", &responses.to_string()])?,
        (None, None) => {}
    }
    for (q, result) in survey.questions.iter().zip(&results.questions).filter(|_| results.responses.is_some()) {
        let row = |csv: &mut csv::Writer<Vec<u8>>, by: &str, group: &str, answer: &str, n: Option<u64>| {
            write_row(csv, [q.id.as_str(), &q.text, by, group, answer, &figure(n, threshold)])
        };
        row(&mut csv, "", "", "(answered)", result.answered)?;
        for c in &result.counts {
            row(&mut csv, "", "", &c.answer, c.n)?;
        }
        for b in &result.breakdowns {
            for g in &b.groups {
                let group = group_words(g);
                row(&mut csv, &b.by, &group, "(answered)", Some(g.answered))?;
                for (column, n) in b.columns.iter().zip(&g.counts) {
                    row(&mut csv, &b.by, &group, &pooled(column), *n)?;
                }
            }
        }
    }
    for t in results.themes.iter() {
        write_row(&mut csv, ["(theme)", "", "", &t.priority, &t.theme, &t.n.to_string()])?;
    }
    csv.into_inner().map_err(|e| e.into_error().into())
}
