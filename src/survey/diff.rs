//! What changed between two versions of a survey, in words for the person importing it.

use super::model::{Question, Survey};

/// One line per change from `old` to `new`; empty when nothing changed.
pub fn changes(old: &Survey, new: &Survey) -> Vec<String> {
    let mut out = Vec::new();
    let fields: [(&str, String, String); 10] = [
        ("title", old.title.clone(), new.title.clone()),
        ("audience", old.audience.to_string(), new.audience.to_string()),
        ("summary", format!("{:?}", old.summary), format!("{:?}", new.summary)),
        ("intro", old.intro.clone(), new.intro.clone()),
        ("thanks", format!("{:?}", old.thanks), format!("{:?}", new.thanks)),
        ("designed_by", old.designed_by.join(", "), new.designed_by.join(", ")),
        ("access", old.access.to_string(), new.access.to_string()),
        ("dates", format!("{:?}–{:?}", old.opens, old.closes), format!("{:?}–{:?}", new.opens, new.closes)),
        ("report_threshold", old.report_threshold.to_string(), new.report_threshold.to_string()),
        ("languages", old.languages.join(", "), new.languages.join(", ")),
    ];
    for (name, before, after) in fields {
        if before != after {
            out.push(format!("{name} changed"));
        }
    }
    for q in &new.questions {
        match old.question(&q.id) {
            None => out.push(format!("question \"{}\" added", q.id)),
            Some(before) if before != q => {
                out.push(format!("question \"{}\" changed ({})", q.id, question_changes(before, q)))
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

/// Ids of questions in `old` that `new` no longer has.
fn removed_questions<'a>(old: &'a Survey, new: &Survey) -> Vec<&'a str> {
    old.questions.iter().filter(|q| new.question(&q.id).is_none()).map(|q| q.id.as_str()).collect()
}

fn question_changes(a: &Question, b: &Question) -> String {
    let mut parts = Vec::new();
    let checks: [(&str, bool); 11] = [
        ("kind", a.kind != b.kind),
        ("text", a.text != b.text),
        ("hint", a.hint != b.hint),
        ("priority", a.priority != b.priority),
        ("outcome", a.outcome != b.outcome),
        ("options", a.options != b.options),
        ("labels", a.labels != b.labels),
        ("max_chars", a.max_chars != b.max_chars),
        ("about_you", a.about_you != b.about_you),
        ("show_if", a.show_if != b.show_if),
        ("help_if", a.help_if != b.help_if),
    ];
    for (name, changed) in checks {
        if changed {
            parts.push(name);
        }
    }
    parts.join(", ")
}
