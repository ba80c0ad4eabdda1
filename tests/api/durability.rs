//! Nothing accepted is lost, and a code works once, even across several server processes.

use std::collections::HashSet;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use diesel::prelude::*;
use ourvoice::store::schema::{codes, responses};
use ourvoice::store::{Store, open_one, surveys};
use serde_json::json;

use crate::helpers::{CODES_SURVEY, ServerProcess, TestDb, surveys_with};

/// Sends submissions from `clients` tasks until the server stops answering; returns the ids
/// it acknowledged with 201.
async fn burst(address: String, clients: usize, acknowledged: Arc<Mutex<Vec<String>>>) {
    let mut tasks = Vec::new();
    for n in 0..clients {
        let address = address.clone();
        let acknowledged = acknowledged.clone();
        tasks.push(actix_web::rt::spawn(async move {
            let client = awc::Client::builder().timeout(Duration::from_secs(5)).finish();
            let body = json!({"answers": {"feel-safe": 1 + n % 5, "one-wish": format!("wish {n}")}}).to_string();
            let started = Instant::now();
            while started.elapsed() < Duration::from_secs(20) {
                let sent = client
                    .post(format!("{address}/api/v1/surveys/big-promise/responses"))
                    .content_type("application/json")
                    .send_body(body.clone())
                    .await;
                let Ok(mut response) = sent else { break };
                if response.status().as_u16() != 201 {
                    break;
                }
                let Ok(reply) = response.json::<serde_json::Value>().await else {
                    break;
                };
                acknowledged.lock().unwrap().push(reply["id"].as_str().unwrap().to_string());
            }
        }));
    }
    for task in tasks {
        let _ = task.await;
    }
}

#[actix_web::test]
async fn every_acknowledged_response_survives_sigkill_mid_burst() {
    let db = TestDb::with_shipped_surveys();
    let mut server = ServerProcess::start(&db.url, &[]);
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let load = actix_web::rt::spawn(burst(server.address.clone(), 16, acknowledged.clone()));
    let started = Instant::now();
    while acknowledged.lock().unwrap().len() < 300 && started.elapsed() < Duration::from_secs(15) {
        actix_web::rt::time::sleep(Duration::from_millis(10)).await;
    }
    server.kill(); // SIGKILL, mid-burst
    load.await.unwrap();
    let acked: Vec<String> = acknowledged.lock().unwrap().clone();
    assert!(acked.len() >= 300, "the burst was too small to mean anything: {}", acked.len());

    let url = db.url.clone();
    let stored: HashSet<String> = actix_web::web::block(move || {
        let mut conn = open_one(&url).unwrap();
        responses::table.select(responses::id).load::<String>(&mut conn).unwrap().into_iter().collect()
    })
    .await
    .unwrap();
    let lost: Vec<&String> = acked.iter().filter(|id| !stored.contains(*id)).collect();
    assert!(lost.is_empty(), "{} of {} acknowledged responses were lost", lost.len(), acked.len());

    // And the service comes back on the same data.
    let restarted = ServerProcess::start(&db.url, &[]);
    let client = awc::Client::default();
    assert_eq!(client.get(format!("{}/healthz", restarted.address)).send().await.unwrap().status().as_u16(), 200);
}

/// The checkpoint sequence in the header of SQLite's write-ahead log, which goes up each time
/// the log starts again from its beginning, and the log's size; None while it has no header.
fn log_header(path: &str) -> Option<(u32, u64)> {
    use std::io::Read;
    let mut file = std::fs::File::open(path).ok()?;
    let mut header = [0u8; 16];
    file.read_exact(&mut header).ok()?;
    Some((u32::from_be_bytes(header[12..16].try_into().unwrap()), file.metadata().ok()?.len()))
}

/// Under a steady stream of responses, SQLite's write-ahead log starts again from its
/// beginning, instead of growing for as long as they come: it grew by a gigabyte a minute,
/// and writing past its end was half of the response writer's time.
#[actix_web::test]
async fn the_write_ahead_log_starts_again_while_responses_keep_coming() {
    let db = TestDb::with_shipped_surveys();
    if db.is_postgres() {
        return; // PostgreSQL recycles its own log
    }
    let mut server = ServerProcess::start(&db.url, &[]);
    let acknowledged = Arc::new(Mutex::new(Vec::new()));
    let load = actix_web::rt::spawn(burst(server.address.clone(), 16, acknowledged.clone()));
    let log = format!("{}-wal", db.url);
    let (mut sequence, mut restarts, mut largest) = (None, 0, 0);
    let started = Instant::now();
    // Only restarts once the log is past the 16 MB at which the server makes it start again:
    // a log that a pause let start again by itself says nothing.
    while restarts < 3 && started.elapsed() < Duration::from_secs(18) {
        actix_web::rt::time::sleep(Duration::from_millis(20)).await;
        let Some((now, size)) = log_header(&log) else { continue };
        largest = largest.max(size);
        if sequence.is_some_and(|before| before != now) && largest > 16 << 20 {
            restarts += 1;
        }
        sequence = Some(now);
    }
    server.kill();
    load.await.unwrap();
    let acked = acknowledged.lock().unwrap().len();
    assert!(
        restarts >= 3,
        "the log did not start again while {acked} responses came in {:?}: it grew to {} MB",
        started.elapsed(),
        largest >> 20
    );
}

#[actix_web::test]
async fn racing_phones_get_one_success_per_code_across_two_servers() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let db = TestDb::for_surveys(dir.path());
    let first = ServerProcess::start_with_surveys(&db.url, &[], dir.path());
    let second = ServerProcess::start_with_surveys(&db.url, &[], dir.path());
    let url = db.url.clone();
    let made: Vec<String> = actix_web::web::block(move || {
        let store = Store::open(&url).unwrap();
        let mut conn = store.conn().unwrap();
        let survey = surveys::find(&mut conn, "kiosk").unwrap().unwrap();
        ourvoice::store::codes::create(&mut conn, &survey.id, 8).unwrap().iter().map(ToString::to_string).collect()
    })
    .await
    .unwrap();

    let mut attempts = Vec::new();
    for code in &made {
        for n in 0..6 {
            let address = if n % 2 == 0 { first.address.clone() } else { second.address.clone() };
            let body = json!({"code": code, "answers": {"feel-safe": 3}}).to_string();
            let code = code.clone();
            attempts.push(actix_web::rt::spawn(async move {
                let mut response = awc::Client::default()
                    .post(format!("{address}/api/v1/surveys/kiosk/responses"))
                    .content_type("application/json")
                    .send_body(body)
                    .await
                    .unwrap();
                let _ = response.body().await;
                (code, response.status().as_u16())
            }));
        }
    }
    let mut wins: Vec<String> = Vec::new();
    for attempt in attempts {
        let (code, status) = attempt.await.unwrap();
        assert!(matches!(status, 201 | 403 | 429), "unexpected {status}");
        if status == 201 {
            wins.push(code);
        }
    }
    wins.sort();
    let mut expected = made.clone();
    expected.sort();
    assert_eq!(wins, expected, "exactly one success per code");

    let url = db.url.clone();
    let (stored, unused) = actix_web::web::block(move || {
        let mut conn = open_one(&url).unwrap();
        let stored: i64 = responses::table.count().get_result(&mut conn).unwrap();
        let unused: i64 = codes::table.filter(codes::used.eq(0)).count().get_result(&mut conn).unwrap();
        (stored, unused)
    })
    .await
    .unwrap();
    assert_eq!((stored, unused), (made.len() as i64, 0));
}

/// One child's browser with JavaScript off, talking to whichever server it is given.
struct Phone {
    client: awc::Client,
    cookie: String,
}

impl Phone {
    fn new() -> Phone {
        Phone { client: awc::Client::builder().disable_redirects().finish(), cookie: String::new() }
    }

    async fn post(&mut self, server: &ServerProcess, path: &str, form: &str) -> (u16, String) {
        let mut request = self.client.post(format!("{}{path}", server.address));
        if !self.cookie.is_empty() {
            request = request.insert_header(("cookie", self.cookie.clone()));
        }
        let mut reply =
            request.content_type("application/x-www-form-urlencoded").send_body(form.to_string()).await.unwrap();
        if let Some(set) = reply.headers().get("set-cookie").and_then(|v| v.to_str().ok()) {
            self.cookie = set.split(';').next().unwrap().to_string();
        }
        let body = String::from_utf8(reply.body().await.unwrap().to_vec()).unwrap();
        (reply.status().as_u16(), body)
    }
}

#[actix_web::test]
async fn a_journey_goes_across_three_servers_and_a_code_still_works_once() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let db = TestDb::for_surveys(dir.path());
    let servers: Vec<ServerProcess> =
        (0..3).map(|_| ServerProcess::start_with_surveys(&db.url, &[], dir.path())).collect();
    let url = db.url.clone();
    let code: String = actix_web::web::block(move || {
        let store = Store::open(&url).unwrap();
        let mut conn = store.conn().unwrap();
        let survey = surveys::find(&mut conn, "kiosk").unwrap().unwrap();
        ourvoice::store::codes::create(&mut conn, &survey.id, 1).unwrap()[0].to_string()
    })
    .await
    .unwrap();

    // Starts on the first, answers on the second, checks and sends on the third.
    let mut phone = Phone::new();
    let (status, _) = phone.post(&servers[0], "/s/kiosk/start", &format!("lang=en&code={code}")).await;
    assert_eq!(status, 303);
    assert_eq!(phone.post(&servers[1], "/s/kiosk/q/feel-safe", "answer=4").await.0, 303);
    // A second phone with the same code, on another server, before the first has sent.
    let mut other = Phone::new();
    let (status, _) = other.post(&servers[2], "/s/kiosk/start", &format!("lang=en&code={code}")).await;
    assert_eq!(status, 303, "not used yet: it may start too");
    assert_eq!(other.post(&servers[0], "/s/kiosk/q/feel-safe", "answer=2").await.0, 303);
    let (status, thanks) = phone.post(&servers[2], "/s/kiosk/send", "").await;
    assert_eq!(status, 200, "{thanks}");
    let (status, refused) = other.post(&servers[1], "/s/kiosk/send", "").await;
    assert_eq!(status, 422, "the code was used meanwhile, on another server");
    assert!(refused.contains("already been used") || refused.contains("used"), "{refused}");

    let url = db.url.clone();
    let stored = actix_web::web::block(move || {
        let mut conn = open_one(&url).unwrap();
        responses::table.count().get_result::<i64>(&mut conn).unwrap()
    })
    .await
    .unwrap();
    assert_eq!(stored, 1, "one response for one code, whichever servers the phones used");
}
