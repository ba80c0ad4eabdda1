//! What people read, pinned: a child's pages in three languages, the results JSON and a
//! published report. A change shows up as a changed snapshot to review (`cargo insta review`,
//! or `INSTA_UPDATE=always cargo test` then `git diff`). The emails are pinned beside their
//! letters in `src/mail/letters.rs`.

use ourvoice::accounts::Role;
use ourvoice::reports::ActionStatus;
use ourvoice::store::reports::StatementFields;
use ourvoice::store::{accounts, organisations, reports, surveys};
use ourvoice::survey::{Priority, Status};
use regex::Regex;

use crate::helpers::{TestApp, Visitor, signed_in, spawn_app};

/// The page with what changes from run to run (ids, tokens, dates, asset versions) replaced
/// by names, one tag per line so a change reads as a small diff.
fn steady(page: &str) -> String {
    let rules = [
        (r"[a-z2-7]{26}", "<id>"),
        (r"\?v=[0-9a-f]+", "?v=<version>"),
        (r"\d{4}-\d{2}-\d{2}", "<date>"),
        (
            r"\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}",
            "<date>",
        ),
    ];
    let mut page = page.replace("><", ">\n<");
    for (pattern, name) in rules {
        page = Regex::new(pattern).unwrap().replace_all(&page, name).into_owned();
    }
    page
}

async fn pages_in(app: &TestApp, lang: &str) -> Vec<(String, String)> {
    let mut child = Visitor::new(app);
    let mut seen = Vec::new();
    seen.push(("intro".to_string(), child.get(&format!("/s/big-promise?lang={lang}")).await.body));
    let first = child.post_ok("/s/big-promise/start", &[("lang", lang)]).await;
    seen.push(("first question".to_string(), child.get(&first).await.body));
    let mut next = child.post_ok(&first, &[("answer", "4"), ("action", "continue")]).await;
    while !next.ends_with("/check") {
        next = child.post_ok(&next, &[("action", "skip")]).await;
    }
    seen.push(("check".to_string(), child.get(&next).await.body));
    seen.push(("thanks".to_string(), child.post_page("/s/big-promise/send", &[]).await));
    seen
}

#[actix_web::test]
async fn a_childs_pages_in_english_polish_and_arabic() {
    let app = spawn_app().await;
    for lang in ["en", "pl", "ar"] {
        for (page, body) in pages_in(&app, lang).await {
            insta::assert_snapshot!(format!("journey-{lang}-{}", page.replace(' ', "-")), steady(&body));
        }
    }
}

#[actix_web::test]
async fn the_results_json_and_a_published_report() {
    let app = spawn_app().await;
    crate::results::plant(&app).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let results: serde_json::Value =
        serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    insta::assert_snapshot!("results-json", steady(&serde_json::to_string_pretty(&results).unwrap()));

    let report = app
        .db(|conn| {
            let stored = surveys::find(conn, "big-promise").unwrap().unwrap();
            surveys::set_status(conn, &stored.id, Status::Open, Status::Closed).unwrap();
            let staff = accounts::create_user(conn, Some("sam@council.example"), "Sam", Role::Staff).unwrap();
            let nhs = organisations::create(conn, "NHS Cumbria", &["camhs@nhs.example".into()]).unwrap().unwrap();
            let report = reports::create(conn, "Spring", "What you told us, and what we did.", &[stored.id]).unwrap();
            let fields = StatementFields {
                priority: Priority::Home,
                you_said: "More trips out at the weekend",
                evidence: &[],
                action: "A weekend trip each month",
                organisation_id: Some(&nhs.id),
                due: None,
                status: ActionStatus::InProgress,
                reason: None,
            };
            ourvoice::usecase::save_statement(conn, &staff.id, true, &report, None, &fields).unwrap();
            ourvoice::usecase::publish(conn, &staff.id, &report, "http://127.0.0.1").unwrap();
            report
        })
        .await;
    let page = Visitor::new(&app).get(&format!("/reports/{report}")).await;
    assert_eq!(page.status, 200);
    // An action under way reads as one: not "We will:" (as it did) but "We are doing:".
    assert!(page.body.contains("We are doing:") && !page.body.contains("We will:"), "{}", page.body);
    insta::assert_snapshot!("report-page", steady(&page.body));
}
