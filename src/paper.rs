//! Paper surveys: the mark on every printed sheet, and what staff type when they key a sheet
//! back in (digits for faces and choices, y/n/u for yes or no) read into answers, checked
//! against the survey as any child's answers are. Two keyings of one sheet are compared;
//! only matching ones become a response. No HTTP, no SQL.

use rand::Rng;

use crate::codes::ALPHABET;
use crate::survey::{Answers, Kind, Question, Survey, YES_NO, check_answer, prune};

/// A print batch's code: six letters and digits no one can misread, on every sheet of one
/// printing. It names the survey's batch, never a child.
pub fn batch_code() -> String {
    let mut rng = rand::rng();
    (0..6).map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char).collect()
}

/// What a keyer types for a question: the form field's name.
pub fn field(q: &Question) -> String {
    format!("q-{}", q.id)
}

/// How to key `q`, in a few words beside its box.
pub fn how_to_key(q: &Question, labels: &[(String, String)]) -> String {
    let numbered = || {
        labels.iter().enumerate().map(|(i, (_, label))| format!("{} {label}", i + 1)).collect::<Vec<_>>().join(" · ")
    };
    match q.kind {
        Kind::Scale | Kind::Choice => format!("{}; x if more than one is ticked", numbered()),
        Kind::Multi => format!("{}; as many as are ticked, e.g. 1 3", numbered()),
        Kind::YesNo => "y Yes · n No · u Not sure; x if more than one is ticked".into(),
        Kind::Text => "what is written, as it is written".into(),
    }
}

/// One question keyed wrongly: which, and what would be right.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyingError {
    pub question: String,
    pub message: String,
}

/// Reads what was keyed for each question (`typed` gives a field's text) into answers: blank
/// or `x` (a spoilt answer: more than one box ticked where one is asked) is no answer. Answers
/// to a follow-up that the sheet's earlier answers would not have asked are dropped, as on
/// the pages. Every mistake is reported, not only the first.
pub fn read_keyed<'a>(survey: &Survey, typed: impl Fn(&str) -> Option<&'a str>) -> Result<Answers, Vec<KeyingError>> {
    let mut answers = Answers::new();
    let mut errors = Vec::new();
    for q in &survey.questions {
        let text = typed(&field(q)).unwrap_or("").trim();
        if text.is_empty() || text.eq_ignore_ascii_case("x") {
            continue;
        }
        match read_one(q, text) {
            Ok(values) => {
                answers.insert(q.id.clone(), values);
            }
            Err(message) => errors.push(KeyingError { question: q.id.clone(), message }),
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    prune(survey, &mut answers);
    Ok(answers)
}

fn read_one(q: &Question, text: &str) -> Result<Vec<String>, String> {
    let values: Vec<String> = match q.kind {
        Kind::Text => vec![text.to_string()],
        Kind::YesNo => {
            let value = match text.to_lowercase().as_str() {
                "y" | "yes" => YES_NO[0],
                "n" | "no" => YES_NO[1],
                "u" | "?" | "not sure" => YES_NO[2],
                _ => return Err(format!("\u{201c}{text}\u{201d}: type y, n or u (or x if more than one is ticked)")),
            };
            vec![value.to_string()]
        }
        Kind::Scale | Kind::Choice | Kind::Multi => {
            let answers = q.fixed_answers().unwrap_or_default();
            let numbers = numbers(text, answers.len(), q.kind == Kind::Multi)
                .ok_or_else(|| format!("\u{201c}{text}\u{201d}: type a number from 1 to {}", answers.len()))?;
            numbers.iter().map(|n| answers[n - 1].clone()).collect()
        }
    };
    check_answer(q, &values).map(Option::unwrap_or_default).map_err(|problem| problem.to_string())
}

/// The numbers typed, each from 1 to `count`: one, or for a question taking several, as many
/// as are typed, apart or (with fewer than ten answers) run together, as "13".
fn numbers(text: &str, count: usize, several: bool) -> Option<Vec<usize>> {
    let parts: Vec<&str> = text.split([' ', ',', ';', '+']).filter(|p| !p.is_empty()).collect();
    let parts: Vec<String> = if several && count < 10 && parts.len() == 1 {
        parts[0].chars().map(String::from).collect()
    } else {
        parts.iter().map(|p| p.to_string()).collect()
    };
    if parts.len() > 1 && !several {
        return None;
    }
    parts.iter().map(|p| p.parse::<usize>().ok().filter(|n| (1..=count).contains(n))).collect()
}

/// The questions two keyings of one sheet disagree on (free text compared with its spaces
/// evened out), in the survey's order.
pub fn differences(survey: &Survey, first: &Answers, second: &Answers) -> Vec<String> {
    let even = |values: Option<&Vec<String>>| -> Vec<String> {
        values.map_or(Vec::new(), |v| v.iter().map(|s| s.split_whitespace().collect::<Vec<_>>().join(" ")).collect())
    };
    survey
        .questions
        .iter()
        .filter(|q| even(first.get(&q.id)) != even(second.get(&q.id)))
        .map(|q| q.id.clone())
        .collect()
}

/// The answers as a keyer would have typed them, for a form filled in again.
pub fn as_typed(q: &Question, values: &[String]) -> String {
    match q.kind {
        Kind::Text => values.join(" "),
        Kind::YesNo => values
            .iter()
            .map(|v| match YES_NO.iter().position(|a| a == v) {
                Some(0) => "y",
                Some(1) => "n",
                _ => "u",
            })
            .collect(),
        _ => {
            let answers = q.fixed_answers().unwrap_or_default();
            let numbers: Vec<String> = values
                .iter()
                .filter_map(|v| answers.iter().position(|a| a == v))
                .map(|i| (i + 1).to_string())
                .collect();
            numbers.join(" ")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::parse_survey;

    fn survey() -> Survey {
        parse_survey(
            "slug = \"paper\"\ntitle = \"Paper\"\naudience = \"8-11\"\nintro = \"Hi.\"\n\n\
             [[questions]]\nid = \"safe\"\nkind = \"scale\"\npriority = \"home\"\ntext = \"Safe?\"\n\n\
             [[questions]]\nid = \"moved\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Moved?\"\n\n\
             [[questions]]\nid = \"why\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Told why?\"\n\
             show_if = { question = \"moved\", is = \"Yes\" }\n\n\
             [[questions]]\nid = \"fun\"\nkind = \"multi\"\npriority = \"health\"\ntext = \"Fun?\"\n\
             options = [\"Sport\", \"Music\", \"Art\"]\n\n\
             [[questions]]\nid = \"wish\"\nkind = \"text\"\npriority = \"home\"\ntext = \"Wish?\"\n",
        )
        .unwrap()
    }

    fn keyed(fields: &[(&str, &'static str)]) -> Result<Answers, Vec<KeyingError>> {
        read_keyed(&survey(), |name| fields.iter().find(|(f, _)| *f == name).map(|(_, v)| *v))
    }

    fn answers(pairs: &[(&str, &[&str])]) -> Answers {
        pairs.iter().map(|(q, v)| (q.to_string(), v.iter().map(|s| s.to_string()).collect())).collect()
    }

    #[test]
    fn digits_and_letters_become_the_answers_as_any_child_gives_them() {
        let got = keyed(&[("q-safe", "4"), ("q-moved", "Y"), ("q-why", "u"), ("q-fun", "13"), ("q-wish", " A dog ")]);
        let want = answers(&[
            ("safe", &["4"]),
            ("moved", &["Yes"]),
            ("why", &["Not sure"]),
            ("fun", &["Sport", "Art"]),
            ("wish", &["A dog"]),
        ]);
        assert_eq!(got.unwrap(), want);
        assert_eq!(keyed(&[("q-fun", "3, 1")]).unwrap(), answers(&[("fun", &["Art", "Sport"])]));
        // Blank and x (two faces ticked) are no answer; a follow-up the sheet would not ask is dropped.
        assert_eq!(
            keyed(&[("q-safe", "x"), ("q-moved", "n"), ("q-why", "y")]).unwrap(),
            answers(&[("moved", &["No"])])
        );
    }

    #[test]
    fn every_mistake_is_said_with_what_would_be_right() {
        let errors = keyed(&[("q-safe", "6"), ("q-moved", "maybe"), ("q-fun", "14")]).unwrap_err();
        let said: Vec<(&str, &str)> = errors.iter().map(|e| (e.question.as_str(), e.message.as_str())).collect();
        assert_eq!(
            said,
            [
                ("safe", "\u{201c}6\u{201d}: type a number from 1 to 5"),
                ("moved", "\u{201c}maybe\u{201d}: type y, n or u (or x if more than one is ticked)"),
                ("fun", "\u{201c}14\u{201d}: type a number from 1 to 3"),
            ]
        );
    }

    #[test]
    fn two_keyings_differ_only_where_their_answers_do() {
        let survey = survey();
        let first = answers(&[("safe", &["4"]), ("wish", &["A  dog"])]);
        let second = answers(&[("safe", &["5"]), ("wish", &["A dog"]), ("moved", &["No"])]);
        assert_eq!(differences(&survey, &first, &second), ["safe", "moved"]);
        assert!(differences(&survey, &first, &first).is_empty());
    }

    #[test]
    fn answers_are_typed_back_as_they_were_keyed() {
        let survey = survey();
        let keyed = answers(&[("safe", &["4"]), ("moved", &["Yes"]), ("fun", &["Sport", "Art"]), ("wish", &["A dog"])]);
        for (id, values) in &keyed {
            let q = survey.question(id).unwrap();
            assert_eq!(read_one(q, &as_typed(q, values)).as_ref(), Ok(values), "{id}");
        }
        assert_eq!(batch_code().len(), 6);
    }
}
