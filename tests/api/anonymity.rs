//! DESIGN.md's anonymity rules, each checked against the real database and the real log.

use diesel::prelude::*;
use diesel::sql_types::Text;
use ourvoice::store::Db;
use ourvoice::store::schema::{answers, codes, drafts, responses};
use serde_json::json;

use crate::helpers::{CODES_SURVEY, ServerProcess, TestDb, Visitor, spawn_app_with_surveys, surveys_with};

const AGENT: &str = "Mozilla/5.0 (Linux; Android 9; TraceableTestPhone-4242)";

#[derive(QueryableByName)]
struct Column {
    #[diesel(sql_type = Text)]
    name: String,
}

fn columns(conn: &mut Db, table: &str) -> Vec<String> {
    let rows: Vec<Column> = match conn {
        Db::Sqlite(c) => diesel::sql_query(format!("SELECT name FROM pragma_table_info('{table}') ORDER BY cid")).load(c),
        Db::Pg(c) => diesel::sql_query(format!(
            "SELECT column_name::text AS name FROM information_schema.columns WHERE table_name = '{table}' ORDER BY ordinal_position"
        ))
        .load(c),
    }
    .unwrap();
    rows.into_iter().map(|c| c.name).collect()
}

/// Every value in the tables a child's visit touches, as one string to search.
fn everything_stored(conn: &mut Db) -> String {
    let r: Vec<(String, String, String, chrono::NaiveDate, i32)> = responses::table.load(conn).unwrap();
    let a: Vec<(String, String, String)> =
        answers::table.select((answers::response_id, answers::question_id, answers::value)).load(conn).unwrap();
    let c: Vec<(String, String, i32)> = codes::table.load(conn).unwrap();
    let d: Vec<(String, String, String, String, Option<String>, chrono::NaiveDateTime)> =
        drafts::table.load(conn).unwrap();
    format!("{r:?}{a:?}{c:?}{d:?}")
}

#[actix_web::test]
async fn nothing_stored_or_logged_can_identify_a_child() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let codes_made = app.make_codes("kiosk", 3).await;

    // A child through the pages, with a telling user agent and a forwarded address.
    let mut child = Visitor::new(&app);
    child.user_agent = AGENT.into();
    child.get(&format!("/s/kiosk?code={}", codes_made[0])).await;
    let first = child.post_ok("/s/kiosk/start", &[("lang", "en"), ("code", &codes_made[0])]).await;
    child.post_ok(&first, &[("answer", "4"), ("action", "continue")]).await;
    child.post_page("/s/kiosk/send", &[]).await;
    // And one through the API; and one child left half-way (a draft).
    let body = json!({"code": codes_made[1], "answers": {"feel-safe": 2}}).to_string();
    assert_eq!(app.post_json("/api/v1/surveys/kiosk/responses", "application/json", body).await.0, 201);
    let mut halfway = Visitor::new(&app);
    halfway.post_ok("/s/kiosk/start", &[("lang", "en"), ("code", &codes_made[2])]).await;

    let (response_columns, code_columns, stored) =
        app.db(|conn| (columns(conn, "responses"), columns(conn, "codes"), everything_stored(conn))).await;
    // 1. No IP, no user agent, no time finer than the week: a response is four things, and
    // whether it is in the running totals yet (which every one is, once committed).
    assert_eq!(response_columns, ["id", "survey_id", "language", "week", "counted"]);
    let counted: Vec<i32> = app.db(|conn| responses::table.select(responses::counted).load(conn).unwrap()).await;
    assert!(counted.iter().all(|c| *c == 1), "{counted:?}");
    assert!(!stored.contains("127.0.0.1") && !stored.contains("TraceableTestPhone"), "{stored}");
    let weeks: Vec<chrono::NaiveDate> =
        app.db(|conn| responses::table.select(responses::week).load(conn).unwrap()).await;
    let monday = ourvoice::store::responses::week_of(chrono::Utc::now().date_naive());
    assert!(weeks.iter().all(|w| *w == monday), "{weeks:?}");
    // 2. Response ids are random (26 base32 characters, 130 bits): checked in storage.rs too.
    // 3. Codes: only a salted hash and a used mark, nothing that joins one to a response.
    assert_eq!(code_columns, ["hash", "survey_id", "used"]);
    for code in &codes_made {
        assert!(
            !stored.contains(code.as_str()) && !stored.contains(&code.replace('-', "")),
            "{code} stored in the clear"
        );
        let unsalted = ourvoice::codes::Code::parse(code).unwrap().hash("");
        assert!(!stored.contains(&unsalted), "codes must be salted");
    }
    let used: Vec<i32> = app.db(|conn| codes::table.select(codes::used).order(codes::used).load(conn).unwrap()).await;
    assert_eq!(used, [0, 1, 1]);

    // The SQLite file itself, every byte of it and its write-ahead log.
    if !app.db.is_postgres() {
        let mut raw = std::fs::read(&app.db.url).unwrap();
        raw.extend(std::fs::read(format!("{}-wal", app.db.url)).unwrap_or_default());
        let raw = String::from_utf8_lossy(&raw);
        assert!(!raw.contains("TraceableTestPhone") && !raw.contains("127.0.0.1"));
        for code in &codes_made {
            assert!(!raw.contains(code.as_str()) && !raw.contains(&code.replace('-', "")));
        }
    }
}

#[actix_web::test]
async fn the_access_log_has_no_address_code_query_or_agent() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let db = TestDb::for_surveys(dir.path());
    let mut server = ServerProcess::start_with_surveys(&db.url, &[], dir.path());
    let client = awc::Client::builder().disable_redirects().finish();
    let code = "K7QX-M3PA";
    let get =
        client.get(format!("{}/s/kiosk?code={code}&lang=en", server.address)).insert_header(("user-agent", AGENT));
    assert_eq!(get.send().await.unwrap().status().as_u16(), 200);
    let post = client
        .post(format!("{}/s/kiosk/start", server.address))
        .insert_header(("user-agent", AGENT))
        .insert_header(("x-forwarded-for", "203.0.113.9"))
        .content_type("application/x-www-form-urlencoded");
    assert_eq!(post.send_body(format!("lang=en&code={code}")).await.unwrap().status().as_u16(), 422);
    let api = client
        .post(format!("{}/api/v1/surveys/kiosk/responses?token=secret", server.address))
        .insert_header(("user-agent", AGENT))
        .content_type("application/json");
    assert_eq!(
        api.send_body(json!({"code": code, "answers": {"feel-safe": 3}}).to_string()).await.unwrap().status().as_u16(),
        403
    );
    // A request is logged as its response finishes, which may be just after the client has it.
    let is_access = |l: &&str| l.contains(" /s/") || l.contains(" /api/v1/surveys/");
    for _ in 0..50 {
        if server.log().lines().filter(is_access).count() >= 3 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    server.kill();

    let log = server.log();
    let access: Vec<&str> = log.lines().filter(is_access).collect();
    assert_eq!(access.len(), 3, "one access line per request:\n{log}");
    for line in access {
        for secret in
            ["127.0.0.1", "203.0.113.9", code, "K7QXM3PA", "?", "lang=", "token", "TraceableTestPhone", "Mozilla"]
        {
            assert!(!line.contains(secret), "access log line {line:?} contains {secret:?}");
        }
    }
}
