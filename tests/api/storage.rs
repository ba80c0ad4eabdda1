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
