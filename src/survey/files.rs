//! Survey files on disk: find them, read them, check them, and say plainly what is wrong.

use std::path::PathBuf;

use super::fields::{line_column, render_problems};
use super::model::Survey;
use super::parse::parse_survey;

/// A survey file that passed every check.
#[derive(Debug, Clone)]
pub struct SurveyFile {
    pub path: PathBuf,
    pub survey: Survey,
}

/// What loading some paths found: the good surveys, and one line per problem.
#[derive(Debug, Default)]
pub struct Loaded {
    pub surveys: Vec<SurveyFile>,
    pub problems: Vec<String>,
}

/// Expands folders to the `*.toml` files directly inside them, sorted by name.
fn survey_paths(paths: &[PathBuf], problems: &mut Vec<String>) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            match std::fs::read_dir(path) {
                Ok(entries) => {
                    let mut files: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| p.extension().is_some_and(|ext| ext == "toml") && p.is_file())
                        .collect();
                    files.sort();
                    if files.is_empty() {
                        problems.push(format!("{}: no survey files (*.toml) in this folder", path.display()));
                    }
                    out.extend(files);
                }
                Err(e) => problems.push(format!("{}: cannot read this folder: {e}", path.display())),
            }
        } else {
            out.push(path.clone());
        }
    }
    out
}

/// Reads and checks every survey file under `paths` (files or folders), and checks that no
/// two share a slug.
pub fn load_paths(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    for path in survey_paths(paths, &mut loaded.problems) {
        let shown = path.display().to_string();
        let source = match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(text) => text,
                Err(e) => {
                    let (line, column) =
                        line_column(&String::from_utf8_lossy(e.as_bytes()), e.utf8_error().valid_up_to());
                    loaded
                        .problems
                        .push(format!("{shown}:{line}:{column}: the file is not valid UTF-8 text — save it as UTF-8"));
                    continue;
                }
            },
            Err(e) => {
                loaded.problems.push(format!("{shown}: cannot read this file: {e}"));
                continue;
            }
        };
        match parse_survey(&source) {
            Ok(survey) => {
                if let Some(first) = loaded.surveys.iter().find(|f| f.survey.slug == survey.slug) {
                    let (line, column) = slug_position(&source);
                    loaded.problems.push(format!(
                        "{shown}:{line}:{column}: slug \"{}\" is already used by {} — every survey needs its own slug",
                        survey.slug,
                        first.path.display()
                    ));
                    continue;
                }
                loaded.surveys.push(SurveyFile { path, survey });
            }
            Err(problems) => loaded.problems.extend(render_problems(&shown, &source, &problems)),
        }
    }
    loaded
}

/// Where the top-level `slug` key stands in a file that parsed.
fn slug_position(source: &str) -> (usize, usize) {
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        let trimmed = line.trim_start();
        if trimmed.starts_with("slug") && trimmed["slug".len()..].trim_start().starts_with('=') {
            return line_column(source, offset + line.len() - trimmed.len());
        }
        offset += line.len();
    }
    (1, 1)
}

impl Loaded {
    pub fn is_ok(&self) -> bool {
        self.problems.is_empty()
    }
}
