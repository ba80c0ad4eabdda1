//! The pages in a real headless Chromium (tests/browser, run with Node's test runner):
//! keyboard-only journeys with JavaScript off, and axe-core on every page type.

use std::path::Path;
use std::process::Command;

use crate::helpers::{CODES_SURVEY, TestDb, surveys_with};

const CHROMIUM: &str = "/usr/bin/chromium";

/// Whether Debian's Chromium is here; tests that need it say they were skipped otherwise, and
/// fail when OURVOICE_REQUIRE_BROWSER is set (as in CI).
pub fn chromium_available() -> bool {
    let ok = Path::new(CHROMIUM).exists();
    assert!(ok || std::env::var_os("OURVOICE_REQUIRE_BROWSER").is_none(), "Chromium required but missing");
    if !ok {
        eprintln!("skipped: needs Debian's chromium (apt-get install -y chromium)");
    }
    ok
}

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
    // Installed again whenever one of package.json's packages is missing (a new one added).
    let manifest: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("package.json")).unwrap()).unwrap();
    let wanted = manifest["dependencies"].as_object().unwrap();
    if wanted.keys().any(|name| !dir.join("node_modules").join(name).exists()) {
        let installed = Command::new("npm").args(["ci", "--no-audit", "--no-fund"]).current_dir(&dir).status().unwrap();
        assert!(installed.success(), "npm ci in tests/browser failed");
    }
    // Each file at once, each with its own server and database: most of the time is spent
    // waiting on pages, so they overlap well.
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".test.mjs"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no browser test files in {}", dir.display());
    let surveys = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let runs: Vec<(String, TestDb, std::process::Child)> = files
        .into_iter()
        .map(|file| {
            let db = TestDb::for_surveys(surveys.path());
            let child = Command::new("node")
                .args(["--test", "--test-reporter=spec", &file])
                .current_dir(&dir)
                .env("OURVOICE_BIN", env!("CARGO_BIN_EXE_ourvoice"))
                .env("OURVOICE_TEST_DATABASE_URL", &db.url)
                .env("OURVOICE_TEST_SURVEYS", surveys.path())
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap();
            (file, db, child)
        })
        .collect();
    let mut failed = Vec::new();
    for (file, _db, child) in runs {
        let output = child.wait_with_output().unwrap();
        let report = format!("{}{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
        println!("{file}:\n{report}");
        if !output.status.success() {
            failed.push(format!("{file}:\n{report}"));
        }
    }
    assert!(failed.is_empty(), "browser tests failed:\n{}", failed.join("\n"));
}
