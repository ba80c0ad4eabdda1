//! The counting rule: which running totals one response adds to.

use crate::survey::{Answers, Keyword, Kind, Priority, Survey};

/// What one response adds to the running totals: the one counting rule, used by the writer for
/// each response in hand and by `store::counts` for responses written any other way.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// (by_question, by_value, question, value), as in [`Count`](super::Count).
    pub counts: Vec<(String, String, String, String)>,
    /// (priority, theme) of each free-text answer, '' where there is none.
    pub themes: Vec<(String, String)>,
}

impl Tally {
    /// `codings` gives each free-text answer's priority and themes, by question id.
    pub fn of(survey: &Survey, answers: &Answers, codings: &[(&str, Option<Priority>, &[String])]) -> Tally {
        if answers.values().all(Vec::is_empty) {
            // A response that answered nothing is not counted at all.
            return Tally::default();
        }
        let mut counts = vec![(String::new(), String::new(), String::new(), String::new())];
        let everyone = (String::new(), String::new());
        let groups: Vec<(String, String)> = answers
            .iter()
            .filter(|(id, _)| survey.question(id).is_some_and(|q| q.about_you))
            .flat_map(|(id, values)| values.iter().map(|v| (id.clone(), v.clone())))
            .collect();
        for (by, group) in std::iter::once(&everyone).chain(&groups) {
            for (id, values) in answers.iter().filter(|(_, values)| !values.is_empty()) {
                let Some(q) = survey.question(id) else { continue };
                counts.push((by.clone(), group.clone(), id.clone(), String::new()));
                if q.kind != Kind::Text {
                    counts.extend(values.iter().map(|v| (by.clone(), group.clone(), id.clone(), v.clone())));
                }
            }
        }
        let mut themes = Vec::new();
        for (id, priority, coded) in codings {
            if answers.get(*id).is_some_and(|v| !v.is_empty()) {
                let priority = priority.map_or(String::new(), |p| p.as_str().to_string());
                match coded {
                    [] => themes.push((priority, String::new())),
                    coded => themes.extend(coded.iter().map(|t| (priority.clone(), t.clone()))),
                }
            }
        }
        Tally { counts, themes }
    }
}
