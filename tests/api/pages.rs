//! The service over HTTP, as a browser sees it.

use crate::helpers::{spawn_app, spawn_app_with_surveys};

#[actix_web::test]
async fn healthz_answers_when_the_database_does() {
    let app = spawn_app().await;
    let page = app.get("/healthz").await;
    assert_eq!(page.status, 200);
    assert_eq!(page.body, "ok\n");
}

#[actix_web::test]
async fn healthz_is_503_when_the_database_cannot_answer() {
    let app = spawn_app().await;
    if app.db.is_postgres() {
        // A real outage: the database refuses connections and drops the ones it has.
        let name = app.db.name();
        app.db.admin_sql(&format!(
            "ALTER DATABASE {name} ALLOW_CONNECTIONS false; \
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}';"
        ));
    } else {
        // The file is there but its tables are gone: the database no longer answers queries.
        let store = app.store.clone();
        actix_web::web::block(move || store.conn().unwrap().revert_all().unwrap()).await.unwrap();
    }
    let page = app.get("/healthz").await;
    assert_eq!(page.status, 503, "{}", page.body);
}

#[actix_web::test]
async fn start_up_imports_the_shipped_surveys_and_serves_their_intro_pages() {
    let app = spawn_app().await;
    let page = app.get("/s/my-home").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("<h1>My home</h1>"), "{}", page.body);
    assert!(
        page.body.contains("<p>This survey is about where you live. It was written by the Promise Ambassadors.</p>")
    );
    assert!(page.body.contains("Designed by <bdi>Promise Ambassadors</bdi>."));
    assert!(page.body.contains("lang=\"en\""));
    for slug in
        ["big-promise", "how-are-things", "school-and-learning", "feeling-well", "people-who-matter", "getting-ready"]
    {
        assert_eq!(app.get(&format!("/s/{slug}")).await.status, 200, "{slug}");
    }
    let home = app.get("/").await;
    assert!(home.body.contains("href=\"/s/big-promise\""));
}

#[actix_web::test]
async fn an_unknown_survey_gets_a_friendly_404() {
    let app = spawn_app().await;
    for path in ["/s/no-such-survey", "/nothing/here"] {
        let page = app.get(path).await;
        assert_eq!(page.status, 404);
        assert!(page.body.contains("We can't find that page"), "{}", page.body);
        assert!(page.body.contains("href=\"/\""));
    }
}

#[actix_web::test]
async fn text_typed_by_people_is_escaped() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("x.toml"),
        "slug = \"esc\"\ntitle = \"Fish & chips <3 > everything\"\naudience = \"everyone\"\nintro = \"a & b\"\n\n[[questions]]\nid = \"q\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Q?\"\n",
    )
    .unwrap();
    let app = spawn_app_with_surveys(dir.path()).await;
    let page = app.get("/s/esc").await;
    assert!(page.body.contains("<h1>Fish &amp; chips &lt;3 &gt; everything</h1>"), "{}", page.body);
    assert!(page.body.contains("a &amp; b"));
}

#[actix_web::test]
async fn a_survey_outside_its_dates_says_kindly_it_is_not_open() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("x.toml"),
        "slug = \"later\"\ntitle = \"Later\"\naudience = \"everyone\"\nintro = \"Hi\"\nopens = 2099-01-10\n\n[[questions]]\nid = \"q\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Q?\"\n",
    )
    .unwrap();
    let app = spawn_app_with_surveys(dir.path()).await;
    let page = app.get("/s/later").await;
    assert_eq!(page.status, 200);
    assert!(page.body.contains("isn't open for answers right now"));
    assert!(page.body.contains("It opens on 10 January 2099."));
}

#[actix_web::test]
async fn every_response_carries_the_security_headers() {
    let app = spawn_app().await;
    for path in ["/", "/s/my-home", "/help", "/no-such-page", "/assets/site.css", "/healthz"] {
        let response = app.client.get(format!("{}{path}", app.address)).send().await.unwrap();
        let header =
            |name: &str| response.headers().get(name).map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
        let csp = header("content-security-policy");
        assert!(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), "{path}: {csp}");
        assert!(!csp.contains("unsafe-inline"), "{path}: {csp}");
        assert_eq!(header("x-content-type-options"), "nosniff", "{path}");
        assert_eq!(header("referrer-policy"), "same-origin", "{path}");
    }
}

#[actix_web::test]
async fn metrics_are_for_a_token_holder_and_name_routes_never_paths() {
    let app = spawn_app().await;
    assert_eq!(app.get("/s/big-promise").await.status, 200);
    let body = serde_json::json!({"answers": {"feel-safe": 4}}).to_string();
    assert_eq!(app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body).await.0, 201);
    assert_eq!(app.get("/metrics").await.status, 403, "no token");
    let token = app.db(|conn| ourvoice::store::accounts::create_api_token(conn, "prometheus").unwrap()).await;
    let scrape = |token: String| {
        app.client
            .get(format!("{}/metrics", app.address))
            .insert_header(("authorization", format!("Bearer {token}")))
            .send()
    };
    assert_eq!(scrape("wrong".into()).await.unwrap().status(), 403);
    let mut reply = scrape(token).await.unwrap();
    assert_eq!(reply.status(), 200);
    let text = String::from_utf8(reply.body().await.unwrap().to_vec()).unwrap();
    for needle in [
        "ourvoice_http_requests_total{route=\"/s/{slug}\",status=\"200\"}",
        "ourvoice_http_requests_total{route=\"/api/v1/surveys/{slug}/responses\",status=\"201\"}",
        "ourvoice_response_batch_size_count",
        "ourvoice_response_commit_seconds_bucket",
        "ourvoice_response_queue_depth",
        "ourvoice_sqlite_wal_pages",
        "ourvoice_emails_waiting",
        "ourvoice_db_connections_in_use",
    ] {
        assert!(text.contains(needle), "{needle} missing from\n{text}");
    }
    assert!(!text.contains("big-promise"), "a path or a slug is never a label");
}
