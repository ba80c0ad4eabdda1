//! Survey files into the store: check them all, then save each by slug.

use std::path::PathBuf;

use crate::store::Db;
use crate::store::surveys::{self, Saved};
use crate::survey::{Status, load_paths};

/// Why nothing (or not everything) was imported; each line is ready to print.
#[derive(Debug, thiserror::Error)]
#[error("{}", lines.join("\n"))]
pub struct ImportFailed {
    pub lines: Vec<String>,
}

/// Checks every file under `paths`; if all are valid, saves each survey with `status` and
/// returns one line per survey saying what happened. If any is invalid, saves nothing.
pub fn import(conn: &mut Db, paths: &[PathBuf], status: Status) -> Result<Vec<String>, ImportFailed> {
    let loaded = load_paths(paths);
    if !loaded.is_ok() {
        return Err(ImportFailed { lines: loaded.problems });
    }
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for file in &loaded.surveys {
        let slug = &file.survey.slug;
        match surveys::save(conn, &file.survey, status) {
            Ok(Saved::Created) => report.push(format!("{slug}: created ({status}) from {}", file.path.display())),
            Ok(Saved::Updated(changes)) => report.push(format!("{slug}: updated — {}", changes.join("; "))),
            Ok(Saved::Unchanged) => report.push(format!("{slug}: unchanged")),
            Err(e) => failures.push(format!("{}: {e}", file.path.display())),
        }
    }
    if failures.is_empty() {
        Ok(report)
    } else {
        report.extend(failures);
        Err(ImportFailed { lines: report })
    }
}
