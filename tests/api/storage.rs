//! The database itself: migrations both ways, and the shape anonymity needs.

use std::collections::HashSet;

use ourvoice::store::{DatabaseUrl, Store, new_id, surveys};
use ourvoice::survey::Status;

use crate::helpers::{TestDb, shipped_surveys};

#[test]
fn migrations_run_up_down_and_up_again() {
    let db = TestDb::new();
    let store = Store::open(&db.url).unwrap();
    let mut conn = store.conn().unwrap();
    conn.revert_all().unwrap();
    assert!(surveys::count(&mut conn).is_err(), "tables should be gone");
    assert!(!conn.migrate().unwrap().is_empty());
    assert_eq!(surveys::count(&mut conn).unwrap(), 0);
}

#[test]
fn a_saved_survey_loads_back_exactly() {
    let db = TestDb::new();
    let store = Store::open(&db.url).unwrap();
    let mut conn = store.conn().unwrap();
    let loaded = ourvoice::survey::load_paths(&[shipped_surveys()]);
    for file in &loaded.surveys {
        surveys::save(&mut conn, &file.survey, Status::InReview).unwrap();
        let back = surveys::find(&mut conn, &file.survey.slug).unwrap().unwrap();
        assert_eq!(back.survey, file.survey);
        assert_eq!(back.status, Status::InReview);
    }
    assert_eq!(surveys::list(&mut conn).unwrap().len(), loaded.surveys.len());
}

/// A database made before surveys were stored as documents (one column per field, translations
/// in tables of their own) keeps every survey, exactly, through the upgrade.
#[test]
fn surveys_stored_before_documents_are_upgraded_exactly() {
    use diesel::connection::SimpleConnection;
    let db = TestDb::new();
    let store = Store::open(&db.url).unwrap();
    let mut conn = store.conn().unwrap();
    conn.revert_through("2026-11-29-000015").unwrap();
    // What surveys were then: without the fields that came later (pictures, read-aloud).
    let shipped = ourvoice::survey::load_paths(&[shipped_surveys()]).surveys.into_iter().map(|file| {
        let mut survey = file.survey;
        survey.read_aloud = false;
        for q in &mut survey.questions {
            (q.picture, q.pictures) = (None, Vec::new());
        }
        survey
    });
    let surveys: Vec<ourvoice::survey::Survey> = shipped.collect();
    assert!(surveys.iter().any(|s| !s.translations.is_empty()), "a survey with translations");
    for survey in &surveys {
        conn.batch_execute(&legacy_inserts(survey)).unwrap();
    }
    conn.migrate().unwrap();
    for survey in &surveys {
        let back = surveys::find(&mut conn, &survey.slug).unwrap().unwrap();
        assert_eq!(back.survey, *survey, "{} after the upgrade", survey.slug);
        assert_eq!(back.status, Status::Open);
    }
    assert_eq!(conn.migrate().unwrap(), Vec::<String>::new(), "a second start has nothing to do");
}

/// How the column-per-field schema stored `survey`, as SQL.
fn legacy_inserts(survey: &ourvoice::survey::Survey) -> String {
    use ourvoice::survey::Keyword;
    fn text(s: &str) -> String {
        format!("'{}'", s.replace('\'', "''"))
    }
    fn maybe(s: Option<&str>) -> String {
        s.map_or("NULL".to_string(), text)
    }
    fn json<T: serde::Serialize + ?Sized>(value: &T) -> String {
        text(&serde_json::to_string(value).unwrap())
    }
    let date = |d: Option<chrono::NaiveDate>| maybe(d.map(|d| d.to_string()).as_deref());
    let id = new_id();
    let mut sql = format!(
        "INSERT INTO surveys (id, slug, title, audience, summary, intro, thanks, designed_by, access, opens, closes, \
         report_threshold, languages, status, created_at, updated_at) VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, \
         {}, {}, {}, 'open', '2026-11-01 10:00:00', '2026-11-01 10:00:00');\n",
        text(&id),
        text(&survey.slug),
        text(&survey.title),
        text(survey.audience.as_str()),
        maybe(survey.summary.as_deref()),
        text(&survey.intro),
        maybe(survey.thanks.as_deref()),
        json(&survey.designed_by),
        text(survey.access.as_str()),
        date(survey.opens),
        date(survey.closes),
        survey.report_threshold,
        json(&survey.languages),
    );
    for (position, q) in survey.questions.iter().enumerate() {
        sql += &format!(
            "INSERT INTO questions (survey_id, id, position, kind, text, hint, priority, outcome, options, labels, \
             max_chars, about_you, show_if, help_if) VALUES ({}, {}, {position}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {});\n",
            text(&id),
            text(&q.id),
            text(q.kind.as_str()),
            text(&q.text),
            maybe(q.hint.as_deref()),
            maybe(q.priority.map(|p| p.as_str())),
            maybe(q.outcome.map(|o| o.as_str())),
            json(&q.options),
            q.labels.as_ref().map_or("NULL".to_string(), json),
            q.max_chars.map_or("NULL".to_string(), |n| n.to_string()),
            i32::from(q.about_you),
            q.show_if.as_ref().map_or("NULL".to_string(), json),
            if q.help_if.is_empty() { "NULL".to_string() } else { json(&q.help_if) },
        );
    }
    for (language, t) in &survey.translations {
        sql += &format!(
            "INSERT INTO survey_translations (survey_id, language, title, intro, thanks) VALUES ({}, {}, {}, {}, {});\n",
            text(&id),
            text(language),
            text(t.title.as_deref().expect("shipped translations are whole")),
            text(t.intro.as_deref().expect("shipped translations are whole")),
            maybe(t.thanks.as_deref()),
        );
        for (question, q) in &t.questions {
            sql += &format!(
                "INSERT INTO question_translations (survey_id, question_id, language, text, hint, options, labels) \
                 VALUES ({}, {}, {}, {}, {}, {}, {});\n",
                text(&id),
                text(question),
                text(language),
                text(q.text.as_deref().expect("shipped translations are whole")),
                maybe(q.hint.as_deref()),
                q.options.as_ref().map_or("NULL".to_string(), json),
                q.labels.as_ref().map_or("NULL".to_string(), json),
            );
        }
    }
    sql
}

#[test]
fn ids_are_random_not_sequential() {
    let ids: Vec<String> = (0..1000).map(|_| new_id()).collect();
    assert_eq!(ids.iter().collect::<HashSet<_>>().len(), ids.len());
    assert!(
        ids.iter()
            .all(|id| { id.len() == 26 && id.bytes().all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b)) })
    );
    let mut sorted = ids.clone();
    sorted.sort();
    assert_ne!(sorted, ids, "ids come out in order");
}

#[test]
fn database_urls_pick_the_backend() {
    assert_eq!(DatabaseUrl::parse("ourvoice.db"), DatabaseUrl::Sqlite("ourvoice.db".into()));
    assert_eq!(DatabaseUrl::parse("sqlite:///var/lib/ov.db"), DatabaseUrl::Sqlite("/var/lib/ov.db".into()));
    assert_eq!(DatabaseUrl::parse("postgres://u@h/db"), DatabaseUrl::Postgres("postgres://u@h/db".into()));
    assert_eq!(DatabaseUrl::parse("postgresql://u:pw@h/db").redacted(), "postgresql://u:***@h/db");
}

#[test]
fn the_postgres_suite_runs_when_configured() {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(url) => {
            let db = TestDb::new();
            assert!(db.is_postgres(), "TEST_DATABASE_URL={url} should select PostgreSQL");
            Store::open(&db.url).expect("PostgreSQL is reachable");
        }
        Err(_) => eprintln!(
            "skipped: TEST_DATABASE_URL is not set, so this run used SQLite only \
             (set TEST_DATABASE_URL=postgres://postgres@127.0.0.1/test to run the suite on PostgreSQL)"
        ),
    }
}

#[actix_web::test]
async fn a_cached_survey_is_read_again_when_another_process_changes_it() {
    let db = TestDb::with_shipped_surveys();
    let server = crate::helpers::ServerProcess::start(&db.url, &[]);
    let client = awc::Client::default();
    let post = || {
        client
            .post(format!("{}/api/v1/surveys/big-promise/responses", server.address))
            .content_type("application/json")
            .send_body(r#"{"answers":{"feel-safe":4}}"#)
    };
    assert_eq!(post().await.unwrap().status(), 201, "open, and now cached");
    // Another process (this test) closes it in the shared database.
    let store = Store::open(&db.url).unwrap();
    let closed = actix_web::web::block(move || {
        let mut conn = store.conn().unwrap();
        let id = surveys::find(&mut conn, "big-promise").unwrap().unwrap().id;
        surveys::set_status(&mut conn, &id, Status::Open, Status::Closed).unwrap()
    })
    .await
    .unwrap();
    assert!(closed);
    assert_eq!(post().await.unwrap().status(), 409, "the server sees it closed at once");
}

#[derive(diesel::QueryableByName)]
struct Synchronous {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    synchronous: i32,
}

#[derive(diesel::QueryableByName)]
struct SynchronousCommit {
    #[diesel(sql_type = diesel::sql_types::Text)]
    synchronous_commit: String,
}

/// Whether a connection waits for the disk on every commit (SQLite FULL is 2).
fn full_sync(conn: &mut ourvoice::store::Db) -> bool {
    use diesel::RunQueryDsl;
    match conn {
        ourvoice::store::Db::Sqlite(c) => {
            diesel::sql_query("PRAGMA synchronous").get_result::<Synchronous>(c).unwrap().synchronous == 2
        }
        ourvoice::store::Db::Pg(c) => {
            diesel::sql_query("SHOW synchronous_commit").get_result::<SynchronousCommit>(c).unwrap().synchronous_commit
                == "on"
        }
    }
}

#[actix_web::test]
async fn responses_and_staff_work_wait_for_the_disk_and_only_a_journey_connection_does_not() {
    let db = TestDb::with_shipped_surveys();
    // The connection the response writer opens, as it opens it.
    let mut writer = DatabaseUrl::parse(&db.url).connect().unwrap();
    assert!(full_sync(&mut writer), "the response writer must wait for the disk");
    let store = Store::open(&db.url).unwrap();
    assert!(full_sync(&mut store.conn().unwrap()), "staff work must wait for the disk");
    let survey = store.survey("big-promise").await.unwrap().unwrap();
    let (relaxed, draft) = store
        .run_journey(move |conn| {
            let mut draft = ourvoice::store::drafts::create(conn, &survey.id, "en", None)?;
            draft.answers.insert("feel-safe".into(), vec!["4".into()]);
            ourvoice::store::drafts::save(conn, &draft)?;
            Ok((!full_sync(conn), draft))
        })
        .await
        .unwrap();
    assert!(relaxed, "a child's journey writes drafts without waiting for the disk");
    // The draft is there for the next page, with its survey.
    let (_, found) = store.survey_and_draft("big-promise", Some(draft.id.clone())).await.unwrap().unwrap();
    assert_eq!(found.unwrap().answers, draft.answers);
    // Not for another survey, nor once it has expired.
    let (_, other) = store.survey_and_draft("my-home", Some(draft.id.clone())).await.unwrap().unwrap();
    assert!(other.is_none(), "a draft belongs to its survey");
}

/// Two connections write at once, one of them having read first: the second waits its turn
/// instead of overtaking the first, whose write would then be refused ("database is locked"
/// on SQLite, as a deferred transaction's snapshot is stale by then).
#[test]
fn a_transaction_that_reads_then_writes_is_not_overtaken() {
    use diesel::RunQueryDsl;
    use diesel::connection::SimpleConnection;
    let db = TestDb::new();
    let url = DatabaseUrl::parse(&db.url);
    let mut first = url.connect().unwrap();
    first.batch_execute("CREATE TABLE marks (n INTEGER NOT NULL)").unwrap();
    let written = first.write_transaction::<_, diesel::result::Error, _>(|conn| {
        diesel::sql_query("SELECT COUNT(*) FROM marks").execute(conn)?;
        let url = url.clone();
        let second = std::thread::spawn(move || {
            let mut conn = url.connect().unwrap();
            conn.write_transaction::<_, diesel::result::Error, _>(|conn| {
                diesel::sql_query("INSERT INTO marks (n) VALUES (2)").execute(conn)
            })
        });
        // Long enough for the second to have committed, were it not waiting for this one.
        std::thread::sleep(std::time::Duration::from_millis(300));
        diesel::sql_query("INSERT INTO marks (n) VALUES (1)").execute(conn)?;
        Ok(second)
    });
    let second = written.expect("the first transaction, which read before it wrote, commits");
    assert_eq!(second.join().unwrap().expect("the second commits after it"), 1);
    assert_eq!(diesel::sql_query("DELETE FROM marks").execute(&mut first).unwrap(), 2, "both rows are there");
}

#[derive(diesel::QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

/// SQLite is built with its query-planner stability guarantee (`.cargo/config.toml`): without
/// it every statement with `LIMIT ?` (diesel's `.first()`) is compiled again each time it runs,
/// which was a sixth of a child's page's server time.
#[test]
fn sqlite_is_built_to_keep_its_prepared_statements() {
    use diesel::{Connection, RunQueryDsl};
    let mut c = diesel::SqliteConnection::establish(":memory:").unwrap();
    let built =
        diesel::sql_query("SELECT count(*) AS n FROM pragma_compile_options WHERE compile_options = 'ENABLE_QPSG'")
            .get_result::<Count>(&mut c)
            .unwrap();
    assert_eq!(built.n, 1, "build SQLite with LIBSQLITE3_FLAGS=-DSQLITE_ENABLE_QPSG (see .cargo/config.toml)");
}
