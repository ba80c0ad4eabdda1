//! What changed between two versions of a survey, in words for the person importing it.

use std::collections::BTreeSet;

use toml::Table;

use super::export::to_table;
use super::model::Survey;

/// One line per change from `old` to `new`; empty when nothing changed. Fields are compared as
/// the survey file writes them, so a new field is compared without a change here.
pub fn changes(old: &Survey, new: &Survey) -> Vec<String> {
    let mut out: Vec<String> = changed_keys(&to_table(old), &to_table(new), &["slug", "questions", "translations"])
        .into_iter()
        .map(|key| format!("{key} changed"))
        .collect();
    for q in &new.questions {
        match old.question(&q.id) {
            None => out.push(format!("question \"{}\" added", q.id)),
            Some(before) if before != q => {
                let fields = changed_keys(&to_table(before), &to_table(q), &[]).join(", ");
                out.push(format!("question \"{}\" changed ({fields})", q.id))
            }
            Some(_) => {}
        }
    }
    for q in removed_questions(old, new) {
        out.push(format!("question \"{q}\" removed"));
    }
    let order = |s: &Survey| {
        s.questions
            .iter()
            .map(|q| q.id.clone())
            .filter(|id| old.question(id).is_some() && new.question(id).is_some())
            .collect::<Vec<_>>()
    };
    if order(old) != order(new) {
        out.push("questions reordered".to_string());
    }
    if old.translations != new.translations {
        out.push("translations changed".to_string());
    }
    out
}

/// The keys whose values differ between `a` and `b` (one having it and the other not counts),
/// in key order, leaving out `skip`.
fn changed_keys<'t>(a: &'t Table, b: &'t Table, skip: &[&str]) -> Vec<&'t str> {
    let keys: BTreeSet<&str> = a.keys().chain(b.keys()).map(String::as_str).collect();
    keys.into_iter().filter(|key| !skip.contains(key) && a.get(*key) != b.get(*key)).collect()
}

/// Ids of questions in `old` that `new` no longer has.
fn removed_questions<'a>(old: &'a Survey, new: &Survey) -> Vec<&'a str> {
    old.questions.iter().filter(|q| new.question(&q.id).is_none()).map(|q| q.id.as_str()).collect()
}
