//! "You said, we did": reports that answer what young people said. Statements grouped by the
//! five priorities, each backed by evidence from the results (suppressed figures, approved
//! quotes) and answered by an action with the partner responsible. No HTTP and no SQL here.

use chrono::{NaiveDate, NaiveDateTime};
use serde::Serialize;

use crate::locale;
use crate::results::Results;
use crate::survey::{Keyword, Kind, Priority, Survey, keywords};

keywords!(
    /// Where a report is: being written, or published for everyone.
    ReportStatus {
        Draft => "draft" as "Draft, not published yet",
        Published => "published" as "Published",
    }
);

keywords!(
    /// How an action is going.
    ActionStatus {
        Planned => "planned",
        InProgress => "in_progress",
        Done => "done",
        NotPossible => "not_possible",
    }
);

impl ActionStatus {
    /// In words a child understands, in `lang`.
    pub fn words(self, lang: &str) -> String {
        let id = match self {
            ActionStatus::Planned => "status-planned",
            ActionStatus::InProgress => "status-in-progress",
            ActionStatus::Done => "status-done",
            ActionStatus::NotPossible => "status-not-possible",
        };
        locale::text(lang, id, &[])
    }
}

/// A priority's heading in words a child understands, in `lang`.
pub fn priority_heading(lang: &str, priority: Priority) -> String {
    locale::text(lang, &format!("priority-{}", priority.as_str()), &[])
}

/// A figure that may back a statement: "7 in 10 of you …", only from counts that are shown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figure {
    /// "figure:{survey slug}:{question id}", as stored with a statement.
    pub key: String,
    pub words: String,
}

/// The figures a survey's results offer as evidence: the headline share of each scale and
/// yes/no question whose counts are shown, worded in `lang` (the question as the survey's
/// translation asks it, where it has one).
pub fn figures(lang: &str, survey: &Survey, results: &Results) -> Vec<Figure> {
    let local = survey.localized(lang);
    survey
        .questions
        .iter()
        .filter_map(|q| {
            let share = results.question(&q.id)?.headline()?;
            let labels = local.choices(q);
            let answer = match q.kind {
                Kind::Scale => locale::text(
                    lang,
                    "figure-either",
                    &[("good", labels[3].1.clone().into()), ("best", labels[4].1.clone().into())],
                ),
                Kind::YesNo => locale::text(lang, "figure-yes", &[("answer", labels[0].1.clone().into())]),
                _ => return None,
            };
            let words = locale::text(
                lang,
                "figure-said",
                &[("count", share.in_ten().into()), ("answer", answer.into()), ("question", local.text(q).into())],
            );
            Some(Figure { key: format!("figure:{}:{}", survey.slug, q.id), words })
        })
        .collect()
}

/// One "You said" and what was done about it.
#[derive(Debug, Clone, PartialEq)]
pub struct Statement {
    pub id: String,
    pub priority: Priority,
    pub you_said: String,
    /// Keys of figures ("figure:…") and approved quotes ("quote:{answer reference}").
    pub evidence: Vec<String>,
    pub action: String,
    /// The partner responsible: id and name.
    pub organisation: Option<(String, String)>,
    pub due: Option<NaiveDate>,
    pub status: ActionStatus,
    pub reason: Option<String>,
}

impl Statement {
    /// Past its due date and not finished either way.
    pub fn overdue(&self, today: NaiveDate) -> bool {
        self.due.is_some_and(|due| due < today)
            && matches!(self.status, ActionStatus::Planned | ActionStatus::InProgress)
    }
}

/// Why an action's status can't be saved as given.
pub fn check_status(status: ActionStatus, reason: &str) -> Result<(), String> {
    if status == ActionStatus::NotPossible && reason.trim().is_empty() {
        return Err("Say why it could not be done: young people will read this".into());
    }
    Ok(())
}

#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub id: String,
    pub title: String,
    pub intro: String,
    pub status: ReportStatus,
    pub published_at: Option<NaiveDateTime>,
    /// The surveys it answers: slug and title.
    pub surveys: Vec<(String, String)>,
    pub statements: Vec<Statement>,
}

impl Report {
    /// The statements under one priority, in order.
    pub fn under(&self, priority: Priority) -> Vec<&Statement> {
        self.statements.iter().filter(|s| s.priority == priority).collect()
    }

    /// The statements a partner organisation is responsible for, in order.
    pub fn for_partner<'a>(&'a self, organisation_id: &'a str) -> impl Iterator<Item = &'a Statement> + 'a {
        self.statements.iter().filter(move |s| s.organisation.as_ref().is_some_and(|(id, _)| id == organisation_id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_possible_needs_a_reason_and_only_unfinished_actions_are_overdue() {
        assert!(check_status(ActionStatus::NotPossible, " ").is_err());
        assert!(check_status(ActionStatus::NotPossible, "The budget was cut").is_ok());
        assert!(check_status(ActionStatus::Done, "").is_ok());
        let day = |d| NaiveDate::from_ymd_opt(2027, 1, d).unwrap();
        let mut s = Statement {
            id: "s".into(),
            priority: Priority::Home,
            you_said: "x".into(),
            evidence: vec![],
            action: "y".into(),
            organisation: None,
            due: Some(day(10)),
            status: ActionStatus::Planned,
            reason: None,
        };
        assert!(s.overdue(day(11)) && !s.overdue(day(10)));
        s.status = ActionStatus::Done;
        assert!(!s.overdue(day(11)));
    }
}
