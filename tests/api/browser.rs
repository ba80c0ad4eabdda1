//! The pages in a real headless Chromium (tests/browser, run with Node's test runner):
//! keyboard-only journeys with JavaScript off, and axe-core on every page type.

use std::path::Path;
use std::process::Command;

use crate::helpers::{CODES_SURVEY, TestDb, surveys_with};

const CHROMIUM: &str = "/usr/bin/chromium";

#[test]
fn pages_work_in_headless_chromium() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser");
    let node = Command::new("node").arg("--version").output().is_ok_and(|o| o.status.success());
    if !node || !Path::new(CHROMIUM).exists() {
        let why = "needs Node.js and Debian's chromium (apt-get install -y nodejs chromium)";
        assert!(std::env::var_os("OURVOICE_REQUIRE_BROWSER").is_none(), "browser tests required but {why}");
        eprintln!("skipped: the browser tests {why}");
        return;
    }
    if !dir.join("node_modules/playwright-core").exists() {
        let installed = Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir).status().unwrap();
        assert!(installed.success(), "npm ci in tests/browser failed");
    }
    let db = TestDb::new();
    let surveys = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let output = Command::new("node")
        // One file at a time: each starts its own server on the one test database.
        .args(["--test", "--test-concurrency=1", "--test-reporter=spec"])
        .current_dir(&dir)
        .env("OURVOICE_BIN", env!("CARGO_BIN_EXE_ourvoice"))
        .env("OURVOICE_TEST_DATABASE_URL", &db.url)
        .env("OURVOICE_TEST_SURVEYS", surveys.path())
        .output()
        .unwrap();
    let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    println!("{report}");
    assert!(output.status.success(), "browser tests failed:\n{report}");
}
