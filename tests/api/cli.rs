//! The command line, run as a person would run it.

use std::time::{Duration, Instant};

use ourvoice::store::{Store, surveys};
use ourvoice::survey::{Status, parse_survey};

use crate::helpers::{TestDb, ourvoice, shipped_surveys, text};

#[test]
fn help_lists_every_command() {
    let out = ourvoice("unused.db", &["--help"]);
    let help = text(&out.stdout);
    for command in ["serve", "check", "import", "export-survey", "migrate"] {
        assert!(help.contains(command), "{command} missing from:\n{help}");
        let sub = ourvoice("unused.db", &[command, "--help"]);
        assert!(sub.status.success(), "{command} --help failed");
    }
}

#[test]
fn shipped_surveys_all_pass_check() {
    let out = ourvoice("unused.db", &["check", shipped_surveys().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("9 survey file(s) OK"), "{}", text(&out.stdout));
}

#[test]
fn check_warns_of_a_partial_translation_and_passes_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("partial.toml");
    let source = std::fs::read_to_string(shipped_surveys().join("big-promise.toml")).unwrap();
    let at = source.find("[translations.").expect("big-promise is translated");
    std::fs::write(&path, &source[..at]).unwrap();
    let out = ourvoice("unused.db", &["check", path.to_str().unwrap()]);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        stderr.contains(
            "partial.toml: warning: the introduction has no Polski (pl) translation yet, so it is shown in English"
        ),
        "{stderr}"
    );
}

#[test]
fn check_refuses_a_broken_file_with_its_place_and_needs_no_database() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("broken.toml");
    let source = std::fs::read_to_string(shipped_surveys().join("my-home.toml")).unwrap();
    std::fs::write(&path, source.replacen("priority = \"home\"", "priority = \"homes\"", 1)).unwrap();
    let missing_db = dir.path().join("no-such-dir/x.db");
    let out = ourvoice(missing_db.to_str().unwrap(), &["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    let line = source.lines().position(|l| l.contains("priority = \"home\"")).unwrap() + 1;
    assert!(
        stderr.contains(&format!("broken.toml:{line}:12: question \"feel-safe\": unknown priority \"homes\"")),
        "{stderr}"
    );
    assert!(!missing_db.exists());
}

#[test]
fn import_then_export_round_trips_and_updates_say_what_changed() {
    let db = TestDb::new();
    let out = ourvoice(&db.url, &["import", shipped_surveys().to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("my-home: created (open)"), "{}", text(&out.stdout));

    for file in std::fs::read_dir(shipped_surveys()).unwrap() {
        let path = file.unwrap().path();
        let original = parse_survey(&std::fs::read_to_string(&path).unwrap()).unwrap();
        let out = ourvoice(&db.url, &["export-survey", &original.slug]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let exported = text(&out.stdout);
        assert_eq!(parse_survey(&exported).unwrap(), original, "{} did not round-trip", path.display());
    }

    let dir = tempfile::tempdir().unwrap();
    let edited = dir.path().join("my-home.toml");
    let source = std::fs::read_to_string(shipped_surveys().join("my-home.toml")).unwrap();
    std::fs::write(&edited, source.replace("title = \"My home\"", "title = \"Where I live\"")).unwrap();
    let out = ourvoice(&db.url, &["import", "--draft", edited.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("my-home: updated — title changed"), "{said}");
    assert!(!said.contains("status"), "a survey already there keeps its status: {said}");
    let out = ourvoice(&db.url, &["import", "--draft", edited.to_str().unwrap()]);
    assert!(text(&out.stdout).contains("my-home: unchanged"));
}

#[test]
fn an_open_survey_keeps_its_questions() {
    let db = TestDb::with_shipped_surveys();
    let dir = tempfile::tempdir().unwrap();
    let edited = dir.path().join("my-home.toml");
    let source = std::fs::read_to_string(shipped_surveys().join("my-home.toml")).unwrap();
    std::fs::write(&edited, source.replace("own-space", "private-space")).unwrap();
    let out = ourvoice(&db.url, &["import", edited.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("survey \"my-home\" is open, so its questions cannot change"), "{stderr}");
    assert!(stderr.contains("question \"own-space\" removed") && stderr.contains("its own slug"), "{stderr}");
    let store = Store::open(&db.url).unwrap();
    let kept = surveys::find(&mut store.conn().unwrap(), "my-home").unwrap().unwrap();
    assert!(kept.survey.question("own-space").is_some());
    assert_eq!(kept.status, Status::Open);

    // Which answers put help first is about care, not what is asked: it may change while open.
    std::fs::write(&edited, source.replace("help_if = [\"1\", \"2\"]", "help_if = [\"1\", \"2\", \"3\"]")).unwrap();
    let out = ourvoice(&db.url, &["import", edited.to_str().unwrap()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("my-home: updated") && said.contains("help_if"), "{said}");
    let kept = surveys::find(&mut store.conn().unwrap(), "my-home").unwrap().unwrap();
    assert_eq!(kept.survey.question("feel-safe").unwrap().help_if, ["1", "2", "3"]);
}

#[test]
fn import_of_a_broken_folder_imports_nothing() {
    let db = TestDb::new();
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(shipped_surveys().join("my-home.toml"), dir.path().join("a.toml")).unwrap();
    std::fs::write(dir.path().join("b.toml"), "slug = \"b\"\n").unwrap();
    let out = ourvoice(&db.url, &["import", dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("b.toml:1:1: missing key \"title\""), "{}", text(&out.stderr));
    let store = Store::open(&db.url).unwrap();
    assert_eq!(surveys::count(&mut store.conn().unwrap()).unwrap(), 0);
}

#[test]
fn migrate_and_export_of_an_unknown_survey() {
    let db = TestDb::new();
    let out = ourvoice(&db.url, &["migrate"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = ourvoice(&db.url, &["export-survey", "nope"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("there is no survey \"nope\""));
}

#[test]
fn an_unreachable_database_fails_fast_with_the_real_reason() {
    let started = Instant::now();
    let out = ourvoice("postgres://ourvoice:secret@127.0.0.1:1/nowhere", &["migrate"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = text(&out.stderr);
    assert!(
        stderr.contains("cannot open the PostgreSQL database at postgres://ourvoice:***@127.0.0.1:1/nowhere"),
        "{stderr}"
    );
    assert!(stderr.contains("Connection refused") || stderr.contains("connection"), "{stderr}");
    assert!(!stderr.contains("secret"));
    assert!(started.elapsed() < Duration::from_secs(10));
}

#[actix_web::test]
async fn the_bare_command_serves_the_shipped_surveys_and_prints_its_address() {
    let db = TestDb::new();
    let server = crate::helpers::ServerProcess::start(&db.url, &[]);
    assert!(server.stdout.iter().any(|l| l.starts_with("imported big-promise: created (open)")), "{:?}", server.stdout);
    assert!(server.address.starts_with("http://127.0.0.1:"));
    let client = awc::Client::default();
    let health = client.get(format!("{}/healthz", server.address)).send().await.unwrap();
    assert_eq!(health.status().as_u16(), 200);
    let mut page = client.get(format!("{}/s/big-promise", server.address)).send().await.unwrap();
    assert_eq!(page.status().as_u16(), 200);
    let body = page.body().await.unwrap();
    assert!(String::from_utf8_lossy(&body).contains("The Big Promise"));
}
