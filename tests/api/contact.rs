//! "I'd like someone to contact me", emailed through a real SMTP server, and what children
//! write: redacted before storage, concerns listed, help first.

use diesel::prelude::*;
use ourvoice::store::schema::{answers, concerns, contact_requests};
use serde_json::json;

use crate::helpers::{Mail, SmtpServer, Visitor, free_port, shipped_surveys, spawn_app, spawn_app_with};

/// A stored free-text answer: its (redacted) value, priority and themes.
type StoredText = (String, Option<String>, Option<String>);

const CONTACT: [(&str, &str); 6] = [
    ("name", "Kai"),
    ("contact", "07700 900456"),
    ("safe", "call"),
    ("safe", "text"),
    ("when", "after 4pm"),
    ("message", "I want to talk about my placement"),
];

#[actix_web::test]
async fn a_contact_request_is_emailed_to_the_duty_team_and_kept_apart_from_answers() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    let mut child = Visitor::new(&app);
    // First the child sends a survey, then asks to be contacted.
    let first = child.post_ok("/s/how-are-things/start", &[("lang", "en")]).await;
    child.post_ok(&first, &[("answer", "4"), ("action", "continue")]).await;
    let thanks = child.post_page("/s/how-are-things/send", &[]).await;
    assert!(thanks.contains("href=\"/contact\""));
    let form = child.get("/contact").await.body;
    assert!(form.contains("This is not anonymous."));
    let received = child.post("/contact", &CONTACT).await;
    assert_eq!(received.status, 200);
    assert!(received.body.contains("We've got your message"));

    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1, "one email to the duty team");
    let email = &messages[0];
    assert!(email.contains("To: duty-team@council.test"));
    assert!(email.contains("Subject: ourvoice: a young person asked to be contacted"));
    for expected in [
        "Name: Kai",
        "How to reach them: 07700 900456",
        "Safe ways to reach them (use only these): call, text",
        "A good, safe time: after 4pm",
        "What they said: I want to talk about my placement",
        "not linked to any survey answers",
    ] {
        assert!(email.contains(expected), "{expected} missing from\n{email}");
    }
    let mut sent = 0;
    for _ in 0..100 {
        sent = app.db(|conn| contact_requests::table.select(contact_requests::sent).first::<i32>(conn).unwrap()).await;
        if sent == 1 {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(sent, 1, "marked as sent");
    let leaked: i64 = app
        .db(|conn| {
            answers::table
                .filter(answers::value.like("%Kai%").or(answers::value.like("%07700%")))
                .count()
                .get_result(conn)
                .unwrap()
        })
        .await;
    assert_eq!(leaked, 0);
}

#[actix_web::test]
async fn when_email_fails_the_request_is_kept_and_sent_later() {
    if !SmtpServer::available() {
        return;
    }
    let port = free_port();
    let app = spawn_app_with(&shipped_surveys(), SmtpServer::config_for(port)).await;
    let mut child = Visitor::new(&app);
    let sam = [("name", "Sam"), ("contact", "sam@example.test"), ("safe", "email"), ("message", "")];
    let received = child.post("/contact", &sam).await;
    assert_eq!(received.status, 200, "the young person is told it was received");
    // Nothing listens yet: the request waits, with the error, and is tried again.
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1500)).await;
    let (sent, attempts, error): (i32, i32, Option<String>) = app
        .db(|conn| {
            contact_requests::table
                .select((contact_requests::sent, contact_requests::attempts, contact_requests::last_error))
                .first(conn)
                .unwrap()
        })
        .await;
    assert_eq!(sent, 0);
    assert!(attempts >= 1 && error.is_some(), "attempts {attempts}, error {error:?}");
    // The SMTP server comes up on that port: the next retry delivers it.
    let smtp = SmtpServer::start_on(port);
    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1);
    assert!(messages[0].contains("Name: Sam"));
}

#[actix_web::test]
async fn the_contact_form_keeps_what_was_typed_when_something_is_missing() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    let reply = child.post("/contact", &[("name", ""), ("contact", ""), ("message", "please call")]).await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("Tell us what to call you"));
    assert!(reply.body.contains("Tell us how we can reach you"));
    assert!(reply.body.contains(">please call</textarea>"));
    let stored: i64 = app.db(|conn| contact_requests::table.count().get_result(conn).unwrap()).await;
    assert_eq!(stored, 0);
}

#[actix_web::test]
async fn free_text_is_redacted_before_storage_and_concerns_put_help_first() {
    let app = spawn_app().await;
    let body = json!({"answers": {"one-wish": "my foster carer Karen hits me, call me on 07700 900123"}});
    let (status, reply) =
        app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body.to_string()).await;
    assert_eq!(status, 201);
    assert_eq!(reply["help"], true);
    let body = json!({"answers": {"one-wish": "more trips to the beach"}});
    let (_, reply) = app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body.to_string()).await;
    assert_eq!(reply["help"], false);

    let mut child = Visitor::new(&app);
    let first = child.post_ok("/s/how-are-things/start", &[("lang", "en")]).await;
    assert!(first.ends_with("/q/feel-safe"));
    child.post_ok("/s/how-are-things/q/one-wish", &[("answer", "I want to kill myself"), ("action", "continue")]).await;
    let page = child.post("/s/how-are-things/send", &[]).await;
    assert_eq!(page.status, 200, "help is shown at once, on this page");
    assert!(page.body.contains("Thank you for telling us"));
    assert!(page.body.contains("0800 1111") && page.body.contains("999"));
    assert!(
        page.body.find("0800 1111").unwrap() < page.body.find("Your answers have been sent").unwrap(),
        "help comes first"
    );

    let (stored, flagged): (Vec<StoredText>, i64) = app
        .db(|conn| {
            let stored = answers::table
                .filter(answers::question_id.eq("one-wish"))
                .select((answers::value, answers::priority, answers::themes))
                .order(answers::value)
                .load(conn)
                .unwrap();
            (stored, concerns::table.count().get_result(conn).unwrap())
        })
        .await;
    let values: Vec<&str> = stored.iter().map(|(v, _, _)| v.as_str()).collect();
    assert_eq!(
        values,
        ["I want to kill myself", "more trips to the beach", "my foster carer [name] hits me, call me on [phone]"]
    );
    assert_eq!(stored[1].1.as_deref(), Some("health"));
    assert_eq!(stored[1].2.as_deref(), Some("[\"activities\"]"));
    assert_eq!(flagged, 2, "both concerning answers are on the list");
}

#[actix_web::test]
async fn the_contact_page_asks_what_is_safe_and_says_when_and_is_a_tap_from_help() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    assert!(child.get("/help").await.body.contains("href=\"/contact\""), "linked from Get help now");
    let form = child.get("/contact").await.body;
    for expected in [
        "This is not anonymous.",
        "How is it safe for us to get in touch?",
        "Call you",
        "Send you a text",
        "Email you",
        "Meet you in person",
        "When is a good, safe time?",
        "within 2 working days",
    ] {
        assert!(form.contains(expected), "{expected} missing from the contact page");
    }
    assert!(!form.contains("We never ask your name") && !form.contains("your school or your home"), "{form}");
    // Nothing ticked: asked kindly, and everything typed is kept.
    let reply = child.post("/contact", &[("name", "Kai"), ("contact", "07700 900456"), ("when", "after 4pm")]).await;
    assert_eq!(reply.status, 422);
    assert!(reply.body.contains("Tick at least one way that is safe for us to get in touch"));
    assert!(reply.body.contains("value=\"Kai\"") && reply.body.contains("value=\"after 4pm\""));
}

#[actix_web::test]
async fn each_request_is_emailed_exactly_once_however_many_senders_race() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    // Fourteen young people ask at once (each from their own browser)...
    let asks = (0..14).map(|i| {
        let app = &app;
        async move {
            let mut child = Visitor::new(app);
            let name = format!("Young person {i}");
            let form = [("name", name.as_str()), ("contact", "07700 900456"), ("safe", "text"), ("message", "")];
            assert_eq!(child.post("/contact", &form).await.status, 200);
        }
    });
    // ...while four more senders try to deliver everything waiting, beside the server's own.
    let mailer = ourvoice::mail::Mailer::from_config(&smtp.config(), &app.address).unwrap().unwrap();
    let senders = (0..4).map(|_| ourvoice::mail::deliver_pending(&app.store, &mailer));
    let (_, delivered) =
        futures_util::future::join(futures_util::future::join_all(asks), futures_util::future::join_all(senders)).await;
    assert!(delivered.iter().all(Result::is_ok));
    smtp.wait_for(14).await;
    // Retries run every second: give any second copy time to arrive.
    actix_web::rt::time::sleep(std::time::Duration::from_millis(2500)).await;
    let messages: Vec<String> = smtp.messages().into_iter().filter(|m| m.contains("asked to be contacted")).collect();
    let mut names: Vec<String> = messages
        .iter()
        .map(|m| Mail::parse(m).text.lines().find(|l| l.starts_with("Name: ")).unwrap().to_string())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!((messages.len(), names.len()), (14, 14), "each of 14 requests emailed once");
}

#[actix_web::test]
async fn repeated_posts_from_one_browser_are_limited_kindly() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    for i in 0..12 {
        let message = format!("please call me {i}");
        let form = [("name", "Kai"), ("contact", "07700 900456"), ("safe", "call"), ("message", message.as_str())];
        let reply = child.post("/contact", &form).await;
        assert_eq!(reply.status, 200, "never an error for a child");
        if i >= 3 {
            assert!(reply.body.contains("they have all reached the duty team"), "{}", reply.body);
        }
    }
    let stored: i64 = app.db(|conn| contact_requests::table.count().get_result(conn).unwrap()).await;
    assert_eq!(stored, 3, "three from one browser in an hour, then a kind word instead");
    // The same request sent twice (a double tap on Send) is stored once.
    let mut other = Visitor::new(&app);
    let form = [("name", "Sam"), ("contact", "sam@example.test"), ("safe", "email"), ("message", "hello")];
    other.post("/contact", &form).await;
    other.others.clear();
    other.post("/contact", &form).await;
    let stored: i64 = app.db(|conn| contact_requests::table.count().get_result(conn).unwrap()).await;
    assert_eq!(stored, 4);
}
