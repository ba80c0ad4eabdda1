//! The text pipeline against labelled answers in tests/data/, written as children write:
//! redaction, words of concern, and priority, each with the target.

use std::io::Write;
use std::process::{Command, Stdio};

use ourvoice::survey::{Keyword, Priority};
use ourvoice::text::TextPipeline;

fn rows(file: &str) -> Vec<(String, String)> {
    let path = format!("{}/tests/data/{file}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let (a, b) = l.split_once('\t').unwrap_or_else(|| panic!("{path}: no tab in {l:?}"));
            (a.to_string(), b.to_string())
        })
        .collect()
}

fn share(hits: usize, of: usize) -> f64 {
    hits as f64 / of as f64
}

#[test]
fn redaction_hides_at_least_95_percent_and_changes_at_most_5_percent_of_clean_text() {
    let pipeline = TextPipeline::embedded();
    let (mut hidden, mut with_pii, mut changed, mut clean) = (0, 0, 0, 0);
    let mut misses = Vec::new();
    for (input, expected) in rows("redaction.tsv") {
        let got = pipeline.analyse(&input, None).text;
        if input == expected {
            clean += 1;
            if got != input {
                changed += 1;
                misses.push(format!("changed: {input:?} -> {got:?}"));
            }
        } else {
            with_pii += 1;
            if got == expected {
                hidden += 1;
            } else {
                misses.push(format!("missed: {input:?} -> {got:?}, expected {expected:?}"));
            }
        }
    }
    let (redacted, altered) = (share(hidden, with_pii), share(changed, clean));
    println!(
        "redaction: {hidden}/{with_pii} = {redacted:.3} redacted; {changed}/{clean} = {altered:.3} clean sentences changed"
    );
    misses.iter().for_each(|m| println!("  {m}"));
    assert!(with_pii >= 50 && clean >= 50, "too few examples to measure");
    assert!(redacted >= 0.95 && altered <= 0.05, "targets: >= 0.95 redacted, <= 0.05 changed");
}

/// Labelled answers in every language: (language, label, batch, text).
fn concern_rows() -> Vec<(String, String, String, String)> {
    let dir = format!("{}/tests/data/concern", env!("CARGO_MANIFEST_DIR"));
    let mut rows = Vec::new();
    for lang in ["en", "ar", "bn", "lt", "pl", "pt", "tr", "zh"] {
        for (label, rest) in self::rows(&format!("concern/{lang}.tsv")) {
            let (batch, text) =
                rest.split_once('\t').unwrap_or_else(|| panic!("{dir}/{lang}.tsv: no batch in {rest:?}"));
            rows.push((lang.to_string(), label, batch.to_string(), text.to_string()));
        }
    }
    rows
}

/// (flagged, concerning, flagged by mistake, ordinary).
type Counts = (usize, usize, usize, usize);

#[test]
fn words_of_concern_flag_at_least_95_percent_and_at_most_10_percent_of_ordinary_answers_in_every_language() {
    let pipeline = TextPipeline::embedded();
    let mut by_language: std::collections::BTreeMap<String, Counts> = Default::default();
    let mut by_batch: std::collections::BTreeMap<(String, String), Counts> = Default::default();
    for (lang, label, batch, text) in concern_rows() {
        let analysis = pipeline.analyse(&text, None);
        for counts in [by_language.entry(lang.clone()).or_default(), by_batch.entry((lang.clone(), batch)).or_default()]
        {
            if label == "1" {
                counts.1 += 1;
                counts.0 += usize::from(analysis.concern);
            } else {
                counts.3 += 1;
                counts.2 += usize::from(analysis.concern);
            }
        }
        match (label.as_str(), analysis.concern) {
            ("1", false) => println!("  {lang}: not flagged: {text:?}"),
            ("0", true) => println!("  {lang}: flagged but ordinary: {text:?} ({})", analysis.why.join("; ")),
            _ => {}
        }
    }
    for ((lang, batch), (flagged, concerning, false_alarms, ordinary)) in &by_batch {
        println!(
            "concern {lang} {batch}: {flagged}/{concerning} flagged, {false_alarms}/{ordinary} ordinary answers flagged"
        );
    }
    for (lang, (flagged, concerning, false_alarms, ordinary)) in &by_language {
        let (recall, alarms) = (share(*flagged, *concerning), share(*false_alarms, *ordinary));
        println!(
            "concern {lang}: {flagged}/{concerning} = {recall:.3} flagged; {false_alarms}/{ordinary} = {alarms:.3} ordinary answers flagged"
        );
        let enough = if lang == "en" { 300 } else { 40 };
        assert!(concerning + ordinary >= enough, "{lang}: at least {enough} labelled answers");
        if lang == "en" {
            assert!(ordinary * 2 >= concerning + ordinary - 20, "about half of the English answers are ordinary");
        }
        assert!(recall >= 0.95 && alarms <= 0.10, "{lang}: targets >= 0.95 flagged, <= 0.10 false alarms");
    }
}

#[test]
fn a_flag_says_why_and_never_repeats_the_childs_words() {
    let pipeline = TextPipeline::embedded();
    let analysis = pipeline.analyse("my name is Jamie and i want to unalive myself", None);
    assert!(analysis.concern);
    assert!(
        analysis.why.iter().any(|w| w.starts_with("self-harm and suicide: ") && w.ends_with("(en)")),
        "{:?}",
        analysis.why
    );
    assert!(analysis.why.iter().all(|w| !w.contains("Jamie")));
    let polish = pipeline.analyse("mój opiekun mnie bije i boję się wracać do domu", None);
    assert!(polish.why.iter().any(|w| w.ends_with("(pl)")), "{:?}", polish.why);
}

#[test]
fn at_least_80_percent_of_answers_go_to_the_priority_a_person_would_pick() {
    let pipeline = TextPipeline::embedded();
    let (mut right, mut total) = (0, 0);
    for (expected, text) in rows("priority.tsv") {
        assert!(Priority::parse(&expected).is_some(), "bad label {expected}");
        let got = pipeline.analyse(&text, None).priority.map(Keyword::as_str);
        total += 1;
        if got == Some(expected.as_str()) {
            right += 1;
        } else {
            println!("  {text:?}: {got:?}, a person would pick {expected}");
        }
    }
    let rate = share(right, total);
    println!("priority: {right}/{total} = {rate:.3} coded as a person would");
    assert!(total >= 100 && rate >= 0.80, "target: >= 0.80");
}

#[test]
fn scan_reads_lines_and_writes_json_lines_without_a_database() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ourvoice"))
        .args(["scan"])
        .env("DATABASE_URL", "/nonexistent/dir/x.db")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"my sister Olivia hits me\nI want my own room\n\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    let lines: Vec<serde_json::Value> =
        String::from_utf8(output.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["text"], "my sister [name] hits me");
    assert_eq!(lines[0]["concern"], true);
    assert_eq!(lines[0]["priority"], "relationships");
    assert_eq!(lines[1]["priority"], "home");
    assert_eq!(lines[1]["themes"][0], "own space");
    assert_eq!(
        lines[0]["why"][0],
        "physical abuse: \u{201c}hit|hits|punch|kick|slap|smack|whack|batter|beat|beats|thump|strangle|choke|grab|shove|push|throw|bite|burn|attack|hurt|hurts me\u{201d} (en)"
    );
    assert_eq!(lines[2], serde_json::json!({"text": "", "concern": false, "why": [], "priority": null, "themes": []}));
}

#[test]
fn staff_can_try_edited_word_lists() {
    let dir = tempfile::tempdir().unwrap();
    let lexicons = format!("{}/lexicons", env!("CARGO_MANIFEST_DIR"));
    for entry in std::fs::read_dir(&lexicons).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
        }
    }
    std::fs::create_dir(dir.path().join("concern")).unwrap();
    for entry in std::fs::read_dir(format!("{lexicons}/concern")).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join("concern").join(path.file_name().unwrap())).unwrap();
    }
    let concern = dir.path().join("concern/en.txt");
    let mut text = std::fs::read_to_string(&concern).unwrap();
    text.push_str("\n[feeling unsafe]\nwobbly stairs\n");
    std::fs::write(&concern, text).unwrap();
    let edited = TextPipeline::from_dir(dir.path()).unwrap();
    assert!(edited.analyse("the wobbly stairs scare me", None).concern);
    assert!(!TextPipeline::embedded().analyse("the wobbly stairs scare me", None).concern);
    std::fs::write(dir.path().join("themes.txt"), "[homes/moving]\nmove\n").unwrap();
    let error = TextPipeline::from_dir(dir.path()).err().unwrap().to_string();
    assert!(error.contains("themes.txt:1: \"homes/moving\" is not \"priority/theme\""), "{error}");
}
