//! Writing a survey back as a file in the same format it was read from.

use super::model::Survey;

/// The survey as a survey file that `parse_survey` reads back to the same survey. This is also
/// the document a survey is stored as.
pub fn to_toml(survey: &Survey) -> String {
    toml::to_string_pretty(survey).expect("a survey always serialises to TOML")
}

/// The survey as the file's tables: what `changes` compares, key by key.
pub(super) fn to_table<T: serde::Serialize>(part: &T) -> toml::Table {
    toml::Table::try_from(part).expect("a survey always serialises to TOML")
}
