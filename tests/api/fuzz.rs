//! A fuzzing pass (issue 16): the survey parser, the text pipeline and the submission decoders
//! are given random and mangled input. Nothing may panic, and no request may get a 5xx.

use ourvoice::survey::{parse_survey, render_problems, to_toml};
use ourvoice::text::TextPipeline;
use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::TestRunner;

use crate::helpers::{Visitor, shipped_surveys, spawn_app};

fn cases() -> u32 {
    std::env::var("OURVOICE_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(300)
}

/// The shipped survey files' text.
fn shipped() -> Vec<String> {
    let mut files: Vec<_> = std::fs::read_dir(shipped_surveys()).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    files.iter().map(|p| std::fs::read_to_string(p).unwrap()).collect()
}

/// A shipped file with one random edit: a piece cut out, random text put in, or a line doubled.
fn mangled() -> impl Strategy<Value = String> {
    let files = shipped();
    (0..files.len(), any::<prop::sample::Index>(), any::<prop::sample::Index>(), ".{0,12}", 0..3u8).prop_map(
        move |(file, at, len, insert, how)| {
            let text = &files[file];
            let mut at = at.index(text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let mut end = (at + len.index(40)).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            match how {
                0 => format!("{}{}", &text[..at], &text[end..]),
                1 => format!("{}{insert}{}", &text[..at], &text[at..]),
                _ => {
                    let line = text[at..].lines().next().unwrap_or("");
                    format!("{}{line}\n{}", &text[..at], &text[at..])
                }
            }
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn the_survey_parser_never_panics_and_what_it_accepts_reads_back_the_same(source in prop_oneof![mangled(), ".*"]) {
        match parse_survey(&source) {
            Ok(survey) => prop_assert_eq!(parse_survey(&to_toml(&survey)).ok(), Some(survey)),
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                for line in render_problems("fuzz.toml", &source, &problems) {
                    prop_assert!(line.starts_with("fuzz.toml:"), "{}", line);
                }
            }
        }
    }

    #[test]
    fn the_text_pipeline_reads_anything(text in prop_oneof![".*", "[a-zA-Z0-9 @._'’\\-]{0,80}", "\\PC{0,60}"]) {
        let analysis = TextPipeline::embedded().analyse(&text, None);
        prop_assert_eq!(analysis.concern, !analysis.why.is_empty());
        prop_assert!(!analysis.text.contains(|c: char| c.is_control() && !matches!(c, '\n' | '\t' | '\r')));
    }
}

/// Random JSON: answers of every shape, under the survey's own question ids and others.
fn json_value() -> impl Strategy<Value = serde_json::Value> {
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        any::<f64>().prop_map(|f| serde_json::json!(f)),
        ".{0,20}".prop_map(serde_json::Value::from),
        prop::sample::select(vec!["Yes", "No", "Not sure", "Sport", "11 to 13", "3", "5"])
            .prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(serde_json::Value::from),
            prop::collection::btree_map(
                prop_oneof![
                    prop::sample::select(vec![
                        "feel-safe",
                        "activities",
                        "one-wish",
                        "age-band",
                        "answers",
                        "language",
                        "code"
                    ])
                    .prop_map(String::from),
                    ".{0,8}"
                ],
                inner,
                0..5
            )
            .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    })
}

#[actix_web::test]
async fn no_submission_however_mangled_gets_a_5xx() {
    let app = spawn_app().await;
    let mut runner = TestRunner::deterministic();
    let bodies = prop_oneof![
        json_value().prop_map(|v| v.to_string()),
        json_value().prop_map(|v| serde_json::json!({"language": "en", "answers": v}).to_string()),
        ".{0,60}",
    ];
    let forms = prop::collection::vec(
        (prop::sample::select(vec!["answer", "csrf", "lang", "code", "skip", "x"]), ".{0,30}"),
        0..4,
    );
    for _ in 0..cases() {
        let body = bodies.new_tree(&mut runner).unwrap().current();
        let (status, reply) =
            app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body.clone()).await;
        assert!(status < 500, "{status} for {body:?}: {reply}");

        let form = forms.new_tree(&mut runner).unwrap().current();
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let mut child = Visitor::new(&app);
        child.get("/s/big-promise").await;
        for path in
            ["/s/big-promise/start", "/s/big-promise/q/feel-safe", "/s/big-promise/q/activities", "/s/big-promise/send"]
        {
            let reply = child.post(path, &form).await;
            assert!(reply.status < 500, "{} for POST {path} {form:?}", reply.status);
        }
    }
}
