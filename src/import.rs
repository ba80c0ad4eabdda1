//! Survey files into the store: check them all, then save each by slug.

use std::path::PathBuf;

use crate::store::Db;
use crate::store::designs;
use crate::store::surveys::{self, Saved};
use crate::survey::{Status, load_paths};
use crate::usecase::read_aloud;

/// Why nothing (or not everything) was imported; each line is ready to print.
#[derive(Debug, thiserror::Error)]
#[error("{}", lines.join("\n"))]
pub struct ImportFailed {
    pub lines: Vec<String>,
}

/// Checks every file under `paths`; if all are valid, saves each survey (a new one with
/// `status`; one already there keeps its own) and returns one line per survey saying what happened. If any is invalid, saves nothing.
pub fn import(conn: &mut Db, paths: &[PathBuf], status: Status) -> Result<Vec<String>, ImportFailed> {
    let loaded = load_paths(paths);
    if !loaded.is_ok() {
        return Err(ImportFailed { lines: loaded.problems });
    }
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for file in &loaded.surveys {
        let slug = &file.survey.slug;
        let saved = surveys::save(conn, &file.survey, status).map_err(|e| e.to_string()).and_then(|saved| {
            let replaced = designs::discard(conn, slug).map_err(|e| e.to_string())?;
            Ok((saved, replaced))
        });
        match saved {
            Ok((saved, replaced)) => {
                let what = match saved {
                    Saved::Created => format!("created ({status}) from {}", file.path.display()),
                    Saved::Updated(changes) => format!("updated — {}", changes.join("; ")),
                    Saved::Unchanged => "unchanged".to_string(),
                };
                let note = if replaced { " (this file replaced the designer's unfinished changes)" } else { "" };
                report.push(format!("{slug}: {what}{note}"));
            }
            Err(e) => failures.push(format!("{}: {e}", file.path.display())),
        }
    }
    if failures.is_empty() {
        report.extend(loaded.surveys.iter().filter_map(|file| read_aloud::prepare_and_tell(conn, &file.survey)));
        Ok(report)
    } else {
        report.extend(failures);
        Err(ImportFailed { lines: report })
    }
}
