//! `POST /api/v1/surveys/{slug}/responses`: every answer the issue names.

use diesel::prelude::*;
use ourvoice::store::schema::{answers, responses};
use serde_json::json;

use crate::helpers::{CODES_SURVEY, TestApp, spawn_app, spawn_app_with_surveys, surveys_with};

const URL: &str = "/api/v1/surveys/big-promise/responses";

async fn counts(app: &TestApp) -> (i64, i64) {
    app.db(|conn| {
        let r = responses::table.count().get_result(conn).unwrap();
        let a = answers::table.count().get_result(conn).unwrap();
        (r, a)
    })
    .await
}

async fn post(app: &TestApp, body: serde_json::Value) -> (u16, serde_json::Value) {
    app.post_json(URL, "application/json", body.to_string()).await
}

#[actix_web::test]
async fn a_good_submission_is_stored_and_answered_201() {
    let app = spawn_app().await;
    let body = json!({"language": "en", "answers": {
        "feel-safe": 4, "activities": ["Sport", "Gaming"], "moved-recently": "Yes",
        "move-explained": "Not sure", "see-family": "Too little", "one-wish": "More time with my sister",
        "age-band": null
    }});
    let (status, reply) = post(&app, body).await;
    assert_eq!(status, 201, "{reply}");
    assert_eq!(reply["id"].as_str().unwrap().len(), 26);
    assert_eq!(reply["help"], json!(false));
    assert_eq!(counts(&app).await, (1, 7));
}

#[actix_web::test]
async fn every_bad_answer_is_named_and_nothing_is_stored() {
    let app = spawn_app().await;
    let body = json!({"answers": {
        "feel-safe": 7, "activities": ["Sport", "Knitting"], "see-family": "Loads",
        "move-explained": "Yes", "nope": "x", "one-wish": "a".repeat(1001), "trusted-adult": true,
        "feel-happy": 2.5
    }});
    let (status, reply) = post(&app, body).await;
    assert_eq!(status, 400);
    let named: Vec<&str> =
        reply["errors"].as_array().unwrap().iter().map(|e| e["question"].as_str().unwrap()).collect();
    for id in
        ["feel-safe", "activities", "see-family", "move-explained", "nope", "one-wish", "trusted-adult", "feel-happy"]
    {
        assert!(named.contains(&id), "{id} not named in {reply}");
    }
    assert!(reply.to_string().contains("Knitting"));
    assert_eq!(counts(&app).await, (0, 0), "never a partial response");
}

#[actix_web::test]
async fn malformed_bodies_get_clear_errors_never_500() {
    let app = spawn_app().await;
    let cases: Vec<(&str, Vec<u8>, u16, &str)> = vec![
        ("application/json", b"{\"answers\": ".to_vec(), 400, "not the JSON expected"),
        ("application/json", b"[1, 2]".to_vec(), 400, "not the JSON expected"),
        ("application/json", b"{\"answers\": {}, \"name\": \"Sam\"}".to_vec(), 400, "unknown field `name`"),
        (
            "application/json",
            b"{\"answers\": {\"one-wish\": \"\xff\xfe\"}}".to_vec(),
            400,
            "invalid unicode code point",
        ),
        ("application/json", b"{\"language\": \"xx\", \"answers\": {}}".to_vec(), 400, "no \\\"xx\\\" version"),
        ("text/plain", b"{\"answers\": {}}".to_vec(), 415, "Content-Type: application/json"),
        ("application/x-www-form-urlencoded", b"answers=1".to_vec(), 415, "application/json"),
        ("application/json", vec![b' '; 64 * 1024 + 1], 413, "larger than 64 KiB"),
    ];
    for (content_type, body, expected, needle) in cases {
        let (status, reply) = app.post_json(URL, content_type, body).await;
        assert_eq!(status, expected, "{content_type}: {reply}");
        assert!(reply.to_string().contains(needle), "{reply} lacks {needle}");
    }
    let (status, reply) = app.post_json(URL, "application/json; charset=utf-8", "{\"answers\": {}}").await;
    assert_eq!(status, 422, "charset parameter is fine; an empty response is refused: {reply}");
    let (status, _) = app.post_json(URL, "application/json; charset=utf-8", "{\"answers\": {\"feel-safe\": 3}}").await;
    assert_eq!(status, 201, "charset parameter is fine");
    assert_eq!(counts(&app).await, (1, 1));
}

#[actix_web::test]
async fn unknown_and_closed_surveys() {
    let dir = surveys_with(&[(
        "closed.toml",
        "slug = \"was-open\"\ntitle = \"Old\"\naudience = \"everyone\"\nintro = \"Hi\"\nopens = 2020-01-01\ncloses = 2020-02-01\n[[questions]]\nid = \"q\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Q?\"\n",
    )]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let (status, _) = app.post_json("/api/v1/surveys/nope/responses", "application/json", "{\"answers\": {}}").await;
    assert_eq!(status, 404);
    let (status, reply) = app
        .post_json("/api/v1/surveys/was-open/responses", "application/json", "{\"answers\": {\"q\": \"Yes\"}}")
        .await;
    assert_eq!(status, 409, "{reply}");
}

#[actix_web::test]
async fn codes_are_needed_used_once_and_guessing_is_limited() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let codes = app.make_codes("kiosk", 2).await;
    let url = "/api/v1/surveys/kiosk/responses";
    let send = |code: Option<&str>| {
        let body = match code {
            Some(c) => json!({"code": c, "answers": {"feel-safe": 3}}),
            None => json!({"answers": {"feel-safe": 3}}),
        };
        app.post_json(url, "application/json", body.to_string())
    };
    assert_eq!(send(None).await.0, 403);
    assert_eq!(send(Some(&codes[0].to_lowercase())).await.0, 201, "any case, with the dash");
    let (status, reply) = send(Some(&codes[0])).await;
    assert_eq!(status, 403, "{reply}");
    assert!(reply.to_string().contains("already been used"));
    // Thirty tries in a quarter of an hour (the three above count), then the client must
    // wait, even with a good code.
    for _ in 3..ourvoice::web::limits::TRIES {
        assert_eq!(send(Some("ABCD-EFGH")).await.0, 403);
    }
    let (status, reply) = send(Some(&codes[1])).await;
    assert_eq!(status, 429, "{reply}");
    // Open-link surveys are never limited (a kiosk at an event is never blocked).
    for _ in 0..30 {
        assert_eq!(app.post_json(URL, "application/json", "{\"answers\": {\"feel-safe\": 2}}").await.0, 201);
    }
}
