//! Surveys: the model, the file format (read, check, write) and what changes between versions.
//! No HTTP and no SQL here.

mod answers;
mod design;
mod diff;
mod export;
mod fields;
mod files;
mod localized;
mod model;
mod names;
mod parse;
mod placed;
mod translations;

pub use answers::{AnswerError, AnswerProblem, Answers, check_answer, check_answers, prune, visible_questions};
pub use design::{Design, DesignError, Input};
pub use diff::changes;
pub use export::to_toml;
pub use fields::{Problem, Said, line_column, render_problems};
pub use files::{Loaded, SurveyFile, load_paths};
pub use localized::{LANGUAGES, Localized, Part, direction, language_name};
pub use model::*;
pub use names::{id_from, slug_from};
pub use parse::{is_id, parse_survey};
pub use placed::Placed;
pub use translations::Untranslated;
