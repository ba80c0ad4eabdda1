//! Kiosk mode over HTTP, as a kiosk and an attacker would use it: staff start one (and the
//! device is signed out), its answers are stored once each however often or however many
//! at once they are sent, and a kiosk's limits, end and token hold. (The whole offline story
//! is walked in Chromium: tests/browser/kiosk.test.mjs.)

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::schema::{concerns, kiosks, receipts, responses};
use serde_json::{Value, json};

use crate::helpers::{TestApp, Visitor, csrf, signed_in, spawn_app};

/// Starts a kiosk for `slug` as staff; its token.
async fn start(app: &TestApp, slug: &str, limit: u32) -> String {
    let mut staff = signed_in(app, Role::Staff).await;
    let page = staff.get(&format!("/kiosk/{slug}")).await;
    assert_eq!(page.status, 200);
    let limit = limit.to_string();
    let started =
        staff.post(&format!("/kiosk/{slug}"), &[("csrf", &csrf(&page.body)), ("hours", "8"), ("limit", &limit)]).await;
    assert_eq!((started.status, started.location.as_deref()), (303, Some(format!("/kiosk/{slug}/app").as_str())));
    let cookie = started.set_cookie.iter().find(|c| c.starts_with("ov_kiosk=")).expect("the kiosk's cookie");
    for part in ["Path=/kiosk", "HttpOnly", "SameSite=Strict"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    // The device is signed out of the staff pages, here and on the server.
    let session = started.set_cookie.iter().find(|c| c.starts_with("ov_session=")).expect("the session cookie ended");
    assert!(session.starts_with("ov_session=;") && session.contains("Max-Age=0"), "{session}");
    assert_eq!(staff.get("/staff").await.location.as_deref(), Some("/sign-in"));
    staff.others["ov_kiosk"].clone()
}

/// Sends one answer as the kiosk with `token` would.
async fn send(app: &TestApp, token: &str, slug: &str, body: Value) -> (u16, Value) {
    let mut response = app
        .client
        .post(format!("{}/kiosk/{slug}/answers", app.address))
        .insert_header(("cookie", format!("ov_kiosk={token}")))
        .insert_header(("content-type", "application/json"))
        .send_body(body.to_string())
        .await
        .unwrap();
    let bytes = response.body().await.unwrap();
    (response.status().as_u16(), serde_json::from_slice(&bytes).unwrap_or(Value::Null))
}

fn answer(receipt: &str, wish: &str) -> Value {
    json!({ "receipt": receipt, "language": "en", "answers": { "feel-safe": 4, "one-wish": wish } })
}

async fn count(app: &TestApp) -> i64 {
    app.db(|conn| responses::table.count().get_result(conn).unwrap()).await
}

#[actix_web::test]
async fn each_answer_a_kiosk_sends_is_stored_once_however_often_and_however_many_at_once() {
    let app = spawn_app().await;
    let token = start(&app, "how-are-things", 100).await;
    // The kiosk's page, only on the kiosk.
    let mut kiosk = Visitor::new(&app);
    kiosk.others.insert("ov_kiosk".into(), token.clone());
    let page = kiosk.get("/kiosk/how-are-things/app").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("data-screen=\"question\"") && page.body.contains("/kiosk/kiosk.js"));
    assert_eq!(Visitor::new(&app).get("/kiosk/how-are-things/app").await.status, 403, "not on another device");

    assert_eq!(send(&app, &token, "how-are-things", answer("a-1", "A puppy")).await, (201, json!({ "stored": true })));
    // The answer sent again (its reply was lost): already have it.
    assert_eq!(
        send(&app, &token, "how-are-things", answer("a-1", "A puppy")).await,
        (200, json!({ "stored": true, "already": true }))
    );
    assert_eq!(count(&app).await, 1);

    // Ten copies of one answer at once, as a retry storm might send them: one stored.
    let sends = (0..10).map(|_| send(&app, &token, "how-are-things", answer("a-2", "Same again")));
    let replies = futures_util::future::join_all(sends).await;
    assert!(replies.iter().all(|(status, _)| *status == 200 || *status == 201), "{replies:?}");
    assert_eq!(replies.iter().filter(|(status, _)| *status == 201).count(), 1, "{replies:?}");
    assert_eq!(count(&app).await, 2);

    // What can't be taken is said, and the kiosk keeps it.
    let (status, said) = send(&app, "not-a-kiosk", "how-are-things", answer("a-3", "x")).await;
    assert_eq!(status, 401, "{said}");
    let (status, said) = send(&app, &token, "how-are-things", answer("a 3 <script>", "x")).await;
    assert_eq!(status, 400, "{said}");
    let nothing = json!({ "receipt": "a-4", "language": "en", "answers": {} });
    assert_eq!(send(&app, &token, "how-are-things", nothing).await.0, 422);
    assert_eq!(send(&app, &token, "big-promise", answer("a-5", "x")).await.0, 401, "a kiosk sends only its own survey");

    // A worrying answer from a kiosk goes on the concerns list, saying where it came from.
    let worried = json!({ "receipt": "a-6", "language": "en", "answers": { "trusted-adult": "No" } });
    assert_eq!(send(&app, &token, "how-are-things", worried).await.0, 201);
    let reasons: Vec<Option<String>> =
        app.db(|conn| concerns::table.select(concerns::reason).load(conn).unwrap()).await;
    assert!(reasons.iter().flatten().any(|r| r.contains("from a kiosk")), "{reasons:?}");

    // Receipts name what the kiosk sent, never a response.
    let kept: Vec<String> = app.db(|conn| receipts::table.select(receipts::id).load(conn).unwrap()).await;
    assert_eq!(kept.len(), 3);
    let ids: Vec<String> = app.db(|conn| responses::table.select(responses::id).load(conn).unwrap()).await;
    assert!(kept.iter().all(|r| ids.iter().all(|id| !r.contains(id.as_str()))));
}

#[actix_web::test]
async fn a_kiosk_stops_at_its_limit_and_after_its_end_but_what_it_sent_stays_sent() {
    let app = spawn_app().await;
    let token = start(&app, "how-are-things", 2).await;
    assert_eq!(send(&app, &token, "how-are-things", answer("b-1", "One")).await.0, 201);
    assert_eq!(send(&app, &token, "how-are-things", answer("b-2", "Two")).await.0, 201);
    let (status, said) = send(&app, &token, "how-are-things", answer("b-3", "Three")).await;
    assert_eq!(status, 409);
    assert!(said.to_string().contains("has sent the 2 answers it was started for"), "{said}");
    assert_eq!(send(&app, &token, "how-are-things", answer("b-2", "Two")).await.0, 200, "a resend is still known");

    // Long after it ended (more than the days it has to send what it took): refused.
    app.db(|conn| {
        let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(9);
        diesel::update(kiosks::table)
            .set((kiosks::expires_at.eq(long_ago), kiosks::response_limit.eq(10)))
            .execute(conn)
            .unwrap()
    })
    .await;
    let (status, said) = send(&app, &token, "how-are-things", answer("b-4", "Four")).await;
    assert_eq!(status, 403, "{said}");
    assert_eq!(count(&app).await, 2);

    // Only staff start kiosks, only for an open survey.
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    assert_eq!(ambassador.get("/kiosk/how-are-things").await.status, 403);
    let mut staff = signed_in(&app, Role::Staff).await;
    let page = staff.get("/kiosk/how-are-things").await.body;
    let refused =
        staff.post("/kiosk/how-are-things", &[("csrf", &csrf(&page)), ("hours", "500"), ("limit", "5")]).await;
    assert!(refused.status == 409 && refused.body.contains("1 to 72 hours"), "{}", refused.body);
}
