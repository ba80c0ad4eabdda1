//! The shipped surveys as a set: the shared core (DESIGN.md: the youngest version's questions
//! appear in every older one) is asked in every survey for 8 and over, in the same way, and in
//! every language a survey offers.

use ourvoice::survey::{Audience, Kind, Survey, parse_survey};

use crate::helpers::shipped_surveys;

/// The core every survey for 8 and over asks, by id.
const CORE: [&str; 5] = ["feel-safe", "feel-happy", "trusted-adult", "see-family", "one-wish"];

fn shipped() -> Vec<Survey> {
    let mut all: Vec<Survey> = std::fs::read_dir(shipped_surveys())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .map(|p| {
            parse_survey(&std::fs::read_to_string(&p).unwrap()).unwrap_or_else(|e| panic!("{}: {e:?}", p.display()))
        })
        .collect();
    all.sort_by(|a, b| a.slug.cmp(&b.slug));
    all
}

#[test]
fn every_survey_for_8_and_over_asks_the_core_the_same_way_in_each_of_its_languages() {
    let all = shipped();
    let youngest = all.iter().find(|s| s.audience == Audience::Age8To11).expect("a survey for 8 to 11");
    let kind_of =
        |id: &str| youngest.question(id).map(|q| q.kind).unwrap_or_else(|| panic!("{id} not in {}", youngest.slug));
    let mut missing = Vec::new();
    for survey in all.iter().filter(|s| s.audience != Audience::Age4To7) {
        for id in CORE {
            match survey.question(id) {
                None => missing.push(format!("{} does not ask {id}", survey.slug)),
                Some(q) if q.kind != kind_of(id) => missing.push(format!("{} asks {id} as {}", survey.slug, q.kind)),
                Some(q) if q.kind != Kind::Text && q.priority.is_none() => {
                    missing.push(format!("{}: {id} has no priority", survey.slug))
                }
                Some(_) => {}
            }
        }
        for gap in survey.untranslated() {
            if CORE.iter().any(|id| gap.path.contains(&format!(".questions.{id}."))) {
                missing.push(format!("{}: {} is not translated ({})", survey.slug, gap.path, gap.what));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn a_question_asked_in_several_surveys_for_the_same_ages_is_worded_the_same() {
    // Figures are compared survey by survey by question id, so one id must be one question.
    let all = shipped();
    let mut differ = Vec::new();
    for (i, a) in all.iter().enumerate() {
        for b in all.iter().skip(i + 1).filter(|b| b.audience == a.audience) {
            for q in &a.questions {
                if let Some(other) = b.question(&q.id)
                    && (other.text != q.text || other.kind != q.kind || other.options != q.options)
                {
                    differ.push(format!("{} in {} and {}", q.id, a.slug, b.slug));
                }
            }
        }
    }
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn every_question_for_8_to_11_is_asked_in_the_big_promise_for_11_to_17_with_the_same_answers() {
    // The younger survey's words may be simpler; its answers must add up with the older one's.
    let all = shipped();
    let younger = all.iter().find(|s| s.slug == "how-are-things").unwrap();
    let older = all.iter().find(|s| s.slug == "big-promise").unwrap();
    let differ: Vec<String> = younger
        .questions
        .iter()
        .filter_map(|q| match older.question(&q.id) {
            None => Some(format!("{} is not in big-promise", q.id)),
            Some(o) if o.kind != q.kind || o.options != q.options => Some(format!("{} has other answers", q.id)),
            Some(_) => None,
        })
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn questions_about_the_child_come_after_every_other_question() {
    for survey in shipped() {
        let first_about = survey.questions.iter().position(|q| q.about_you);
        if let Some(first) = first_about {
            assert!(
                survey.questions[first..].iter().all(|q| q.about_you),
                "{}: a question follows the questions about the child",
                survey.slug
            );
        }
    }
}

#[test]
fn every_question_for_4_to_7_is_asked_for_8_to_11_with_the_same_answers_and_pictured_and_read_aloud() {
    // DESIGN.md: the youngest version's questions appear in every older one.
    let all = shipped();
    let older = all.iter().find(|s| s.audience == Audience::Age8To11).unwrap();
    let mut wrong = Vec::new();
    for young in all.iter().filter(|s| s.audience == Audience::Age4To7) {
        if !young.read_aloud {
            wrong.push(format!("{} is not read aloud", young.slug));
        }
        for q in &young.questions {
            match older.question(&q.id) {
                None => wrong.push(format!("{}: {} is not in {}", young.slug, q.id, older.slug)),
                Some(o) if o.kind != q.kind || o.options != q.options => {
                    wrong.push(format!("{}: {} has other answers than in {}", young.slug, q.id, older.slug))
                }
                Some(_) => {}
            }
            if q.picture.is_none() {
                wrong.push(format!("{}: {} has no picture", young.slug, q.id));
            }
            if matches!(q.kind, Kind::Choice | Kind::Multi) && q.pictures.len() != q.options.len() {
                wrong.push(format!("{}: {} has no picture for each answer", young.slug, q.id));
            }
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn every_shipped_survey_is_in_all_eight_languages_with_nothing_left_in_english() {
    let mut gaps = Vec::new();
    for survey in shipped() {
        let offered = survey.offered_languages();
        for tag in ourvoice::locale::LANGUAGES {
            if !offered.contains(&tag) {
                gaps.push(format!("{} is not in {tag}", survey.slug));
            }
        }
        gaps.extend(
            survey.untranslated().into_iter().map(|gap| format!("{}: {} ({})", survey.slug, gap.path, gap.what)),
        );
    }
    assert!(gaps.is_empty(), "{gaps:#?}");
}
