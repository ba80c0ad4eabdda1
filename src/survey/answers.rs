//! Answers: which questions a child is shown, and what a valid answer to each one is.
//! One set of rules for the pages, the API and the store.

use std::collections::BTreeMap;

use super::model::{Kind, Question, Survey, YES_NO};

/// A child's answers so far: question id → the values given, stored as English (options,
/// "Yes"/"No"/"Not sure", "1"–"5", or text). A `multi` question may have several values.
/// A question with no entry was skipped.
pub type Answers = BTreeMap<String, Vec<String>>;

/// One answer that cannot be taken, said so a child (or a developer) knows what to do.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AnswerError {
    pub question: String,
    pub message: String,
}

/// Why one question's answer can't be taken. Shown in English to API callers (`Display`) and
/// in the child's language on the pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerProblem {
    /// A text question was sent several pieces of text.
    NotOneText,
    TooLong {
        length: usize,
        max: usize,
    },
    /// Several answers to a question that takes one.
    NotJustOne,
    /// A value that is not one of the question's answers.
    NotOffered {
        value: String,
        allowed: Vec<String>,
    },
}

impl std::fmt::Display for AnswerProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerProblem::NotOneText => write!(f, "Please send one piece of text for this question."),
            AnswerProblem::TooLong { length, max } => {
                write!(f, "Your answer is {length} characters long. Please keep it to {max} characters or fewer.")
            }
            AnswerProblem::NotJustOne => write!(f, "Please choose just one answer."),
            AnswerProblem::NotOffered { value, allowed } => {
                write!(f, "\"{value}\" isn't one of the answers. Choose from: {}.", list(allowed))
            }
        }
    }
}

/// Whether `question` is asked, given the answers to the questions before it.
fn shown(question: &Question, answers: &Answers, visible: &[&Question]) -> bool {
    let Some(show_if) = &question.show_if else {
        return true;
    };
    visible.iter().any(|q| q.id == show_if.question)
        && answers
            .get(&show_if.question)
            .is_some_and(|given| given.iter().any(|v| show_if.condition.answers().contains(v)))
}

/// The questions asked, in order, given the answers so far (a question whose condition no
/// longer holds is not asked, and neither is anything that depends on it).
pub fn visible_questions<'a>(survey: &'a Survey, answers: &Answers) -> Vec<&'a Question> {
    let mut visible: Vec<&Question> = Vec::new();
    for question in &survey.questions {
        if shown(question, answers, &visible) {
            visible.push(question);
        }
    }
    visible
}

/// Drops answers to questions that are no longer asked.
pub fn prune(survey: &Survey, answers: &mut Answers) {
    let visible: Vec<String> = visible_questions(survey, answers).iter().map(|q| q.id.clone()).collect();
    answers.retain(|id, _| visible.contains(id));
}

fn list(values: &[String]) -> String {
    values.join(", ")
}

/// Checks the values given to one question. `Ok(None)` means skipped (nothing to store).
pub fn check_answer(question: &Question, values: &[String]) -> Result<Option<Vec<String>>, AnswerProblem> {
    let values: Vec<&str> = values.iter().map(|v| v.trim()).filter(|v| !v.is_empty()).collect();
    if values.is_empty() {
        return Ok(None);
    }
    let allowed: Vec<String> = match question.kind {
        Kind::Scale => (1..=5).map(|n| n.to_string()).collect(),
        Kind::Choice | Kind::Multi => question.options.clone(),
        Kind::YesNo => YES_NO.iter().map(|s| s.to_string()).collect(),
        Kind::Text => {
            let [text] = values[..] else {
                return Err(AnswerProblem::NotOneText);
            };
            let length = text.chars().count();
            let max = question.max_chars_or_default() as usize;
            if length > max {
                return Err(AnswerProblem::TooLong { length, max });
            }
            return Ok(Some(vec![text.to_string()]));
        }
    };
    if question.kind != Kind::Multi && values.len() > 1 {
        return Err(AnswerProblem::NotJustOne);
    }
    let mut out: Vec<String> = Vec::new();
    for value in values {
        if !allowed.iter().any(|a| a == value) {
            return Err(AnswerProblem::NotOffered { value: value.to_string(), allowed });
        }
        if !out.iter().any(|v| v == value) {
            out.push(value.to_string());
        }
    }
    Ok(Some(out))
}

/// Checks a whole set of answers sent at once (the API): every id must be a question that is
/// asked given the other answers, and every answer must be valid. Returns the answers to store.
pub fn check_answers(survey: &Survey, given: &Answers) -> Result<Answers, Vec<AnswerError>> {
    let mut errors = Vec::new();
    let mut checked = Answers::new();
    for (id, values) in given {
        let Some(question) = survey.question(id) else {
            errors.push(AnswerError {
                question: id.clone(),
                message: format!("There is no question \"{id}\" in this survey."),
            });
            continue;
        };
        match check_answer(question, values) {
            Ok(Some(values)) => {
                checked.insert(id.clone(), values);
            }
            Ok(None) => {}
            Err(problem) => errors.push(AnswerError { question: id.clone(), message: problem.to_string() }),
        }
    }
    let visible: Vec<&str> = visible_questions(survey, &checked).iter().map(|q| q.id.as_str()).collect();
    for id in checked.keys().filter(|id| !visible.contains(&id.as_str())) {
        let show_if = survey.question(id).and_then(|q| q.show_if.as_ref());
        let message = match show_if {
            Some(s) => format!(
                "This question is only asked when \"{}\" is answered {}.",
                s.question,
                list(s.condition.answers())
            ),
            None => "This question is not asked.".to_string(),
        };
        errors.push(AnswerError { question: id.clone(), message });
    }
    if errors.is_empty() { Ok(checked) } else { Err(errors) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::parse_survey;

    fn survey() -> Survey {
        parse_survey(
            r#"slug = "t-1"
title = "T"
audience = "everyone"
intro = "Hi"
questions = [
  { id = "moved", kind = "yes_no", priority = "home", text = "Moved?" },
  { id = "why", kind = "choice", priority = "home", text = "Why?", options = ["A", "B"], show_if = { question = "moved", is = "Yes" } },
  { id = "b-more", kind = "multi", priority = "home", text = "More?", options = ["X", "Y"], show_if = { question = "why", is = "B" } },
  { id = "feel", kind = "scale", priority = "home", text = "Feel?" },
  { id = "say", kind = "text", priority = "home", text = "Say?", max_chars = 5 },
]
"#,
        )
        .unwrap()
    }

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        pairs.iter().map(|(k, v)| (k.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
    }

    fn ids(qs: Vec<&Question>) -> Vec<&str> {
        qs.into_iter().map(|q| q.id.as_str()).collect()
    }

    #[test]
    fn show_if_holds_both_ways_and_chains() {
        let s = survey();
        assert_eq!(ids(visible_questions(&s, &answers(&[]))), ["moved", "feel", "say"]);
        let mut a = answers(&[("moved", &["Yes"]), ("why", &["B"]), ("b-more", &["X"])]);
        assert_eq!(ids(visible_questions(&s, &a)), ["moved", "why", "b-more", "feel", "say"]);
        a.insert("moved".into(), vec!["No".into()]);
        assert_eq!(ids(visible_questions(&s, &a)), ["moved", "feel", "say"]);
        prune(&s, &mut a);
        assert_eq!(a, answers(&[("moved", &["No"])]));
    }

    #[test]
    fn each_kind_takes_only_its_answers() {
        let s = survey();
        let q = |id| s.question(id).unwrap();
        assert_eq!(check_answer(q("feel"), &["4".into()]), Ok(Some(vec!["4".into()])));
        assert!(check_answer(q("feel"), &["6".into()]).is_err());
        assert!(check_answer(q("moved"), &["Maybe".into()]).unwrap_err().to_string().contains("Yes, No, Not sure"));
        assert!(check_answer(q("why"), &["A".into(), "B".into()]).is_err());
        assert_eq!(
            check_answer(q("b-more"), &["X".into(), "Y".into(), "X".into()]),
            Ok(Some(vec!["X".into(), "Y".into()]))
        );
        assert_eq!(check_answer(q("say"), &["  ".into()]), Ok(None));
        assert!(check_answer(q("say"), &["toolong".into()]).unwrap_err().to_string().contains("7 characters long"));
        assert_eq!(check_answer(q("say"), &["héllo".into()]), Ok(Some(vec!["héllo".into()])));
    }

    #[test]
    fn a_whole_set_names_every_bad_answer() {
        let s = survey();
        let given = answers(&[("moved", &["No"]), ("why", &["A"]), ("feel", &["9"]), ("nope", &["x"])]);
        let errors = check_answers(&s, &given).unwrap_err();
        let questions: Vec<&str> = errors.iter().map(|e| e.question.as_str()).collect();
        assert_eq!(questions, ["feel", "nope", "why"]);
        assert!(errors[2].message.contains("only asked when \"moved\" is answered Yes"));
    }
}
