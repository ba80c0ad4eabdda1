//! The themes board as staff use it with many answers: a page at a time, searched, filtered
//! by theme, and answers ticked and moved together.

use ourvoice::accounts::Role;
use serde_json::json;

use crate::helpers::{TestApp, csrf, signed_in, spawn_app};

async fn answer(app: &TestApp, wish: &str) {
    let body = json!({ "answers": { "one-wish": wish } }).to_string();
    let (status, reply) = app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body).await;
    assert_eq!(status, 201, "{reply}");
}

/// The references of the answers on a board page, in order.
fn ticks(board: &str) -> Vec<String> {
    board
        .match_indices("type=\"checkbox\" form=\"move\" name=\"answer\" value=\"")
        .map(|(i, m)| board[i + m.len()..].split('"').next().unwrap().to_string())
        .collect()
}

#[actix_web::test]
async fn staff_page_through_search_filter_and_move_ticked_answers_together() {
    let app = spawn_app().await;
    for i in 0..22 {
        answer(&app, &format!("I want my own room with space for my things, number {i}")).await;
    }
    for i in 0..8 {
        answer(&app, &format!("More trips to the seaside in summer {i}")).await;
    }
    let mut staff = signed_in(&app, Role::Staff).await;
    let base = "/staff/surveys/big-promise/themes";
    // From a free-text question's results to what was written, by theme.
    let results = staff.get("/staff/surveys/big-promise/results").await.body;
    assert!(results.contains("href=\"/staff/surveys/big-promise/themes?question=one-wish\""), "{results}");
    assert_eq!(ticks(&staff.get(&format!("{base}?question=one-wish")).await.body).len(), 25);

    // 30 answers: 25 on the first page, 5 on the second, none twice.
    let first = staff.get(base).await.body;
    assert_eq!(ticks(&first).len(), 25);
    assert!(first.contains("Page 1 of 2") && first.contains("rel=\"next\""), "{first}");
    let second = staff.get(&format!("{base}?page=2")).await.body;
    let (one, two) = (ticks(&first), ticks(&second));
    assert_eq!(two.len(), 5);
    assert!(two.iter().all(|r| !one.contains(r)));
    assert_eq!(ticks(&staff.get(&format!("{base}?page=7")).await.body), two, "past the end: the last page");

    // Words in any case find the answers that have them all.
    let found = staff.get(&format!("{base}?q=SEASIDE+summer")).await.body;
    assert_eq!(ticks(&found).len(), 8, "{found}");
    assert!(!found.contains("own room"));
    assert!(staff.get(&format!("{base}?q=zebra")).await.body.contains("No answers match."));

    // Tick three seaside answers and move them together; the board comes back to the same
    // search, saying what happened, and the theme filter finds them in their new theme.
    let chosen: Vec<String> = ticks(&found).into_iter().take(3).collect();
    let token = csrf(&found);
    let mut form = vec![("csrf", token.as_str()), ("q", "SEASIDE summer"), ("to", "health/support")];
    form.extend(chosen.iter().map(|r| ("answer", r.as_str())));
    let back = staff.post_ok(&format!("{base}/move"), &form).await;
    assert_eq!(back, format!("{base}?q=SEASIDE+summer&moved=3"));
    assert!(staff.get(&back).await.body.contains("Moved 3 answers."));
    let moved = staff.get(&format!("{base}?theme=health%2Fsupport")).await.body;
    let mut now_there = ticks(&moved);
    now_there.sort();
    let mut expected = chosen.clone();
    expected.sort();
    assert_eq!(now_there, expected);
    assert!(moved.contains("Health: support"), "{moved}");

    // Nothing ticked: the board again, with why and the search kept; nothing moved.
    let form = [("csrf", token.as_str()), ("q", "own room"), ("to", "education/")];
    let refused = staff.post(&format!("{base}/move"), &form).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("Tick the answers to move first"), "{}", refused.body);
    assert!(refused.body.contains("value=\"own room\""), "the search is kept");
    assert!(staff.get(&format!("{base}?theme=education%2F")).await.body.contains("No answers match."));

    let audit = staff.get("/staff/audit").await.body;
    assert!(audit.contains("big-promise: 3 to health/support"), "{audit}");
}
