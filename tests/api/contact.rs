//! "I'd like someone to contact me", emailed through a real SMTP server, and what children
//! write: redacted before storage, concerns listed, help first.

use diesel::prelude::*;
use ourvoice::store::schema::{answers, concerns, contact_requests};
use serde_json::json;

use crate::helpers::{SmtpServer, Visitor, free_port, shipped_surveys, spawn_app, spawn_app_with};

/// A stored free-text answer: its (redacted) value, priority and themes.
type StoredText = (String, Option<String>, Option<String>);

const CONTACT: [(&str, &str); 3] =
    [("name", "Kai"), ("contact", "07700 900456 after school"), ("message", "I want to talk about my placement")];

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
    let thanks = child.post_ok("/s/how-are-things/send", &[]).await;
    assert!(child.get(&thanks).await.body.contains("href=\"/contact\""));
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
        "How to reach them: 07700 900456 after school",
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
    let received = child.post("/contact", &[("name", "Sam"), ("contact", "sam@example.test"), ("message", "")]).await;
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
