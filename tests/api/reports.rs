//! "You said, we did": staff build a report from a closed survey's results, publish it,
//! partners update their own actions, and everyone reads it at /reports.

use actix_web::web;
use ourvoice::accounts::Role;
use ourvoice::store::emails::{self, Email};
use ourvoice::store::{Store, accounts, organisations, surveys};
use ourvoice::survey::Status;
use serde_json::json;

use crate::helpers::{
    Mail, SmtpServer, TestApp, TestDb, Visitor, csrf, free_port, ourvoice, shipped_surveys, signed_in, spawn_app,
    spawn_app_with, text,
};

fn pairs(fields: &[(String, String)]) -> Vec<(&str, &str)> {
    fields.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// 41 answers to Big Promise, then the survey closes: 36 feel safe (4 or 5), 5 do not (1 or 2).
async fn closed_survey(app: &TestApp) {
    answered(app).await;
    close(app).await;
}

async fn close(app: &TestApp) {
    app.db(|conn| {
        let id = surveys::find(conn, "big-promise").unwrap().unwrap().id;
        assert!(surveys::set_status(conn, &id, Status::Open, Status::Closed).unwrap());
    })
    .await;
}

/// 41 answers to Big Promise, still open: 36 feel safe (4 or 5), 5 do not (1 or 2).
async fn answered(app: &TestApp) {
    for (count, safe) in [(20, 5), (16, 4), (2, 2), (3, 1)] {
        for _ in 0..count {
            let body =
                json!({"answers": {"age-band": "11 to 13", "feel-safe": safe, "one-wish": "A nurse who knows me"}});
            let (status, _) =
                app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body.to_string()).await;
            assert_eq!(status, 201);
        }
    }
}

/// Email to partners only: the answers that feel unsafe would otherwise tell the designated
/// lead too (tests/api/safeguarding.rs), and these tests count partners' emails.
fn partners_only(mut config: ourvoice::config::MailConfig) -> ourvoice::config::MailConfig {
    config.duty_email = None;
    config.concerns_email = None;
    config
}

/// A partner account in a new organisation, signed in.
async fn partner<'a>(app: &'a TestApp, organisation: &str) -> (Visitor<'a>, String) {
    let name = organisation.to_string();
    let (link, id) = app
        .db(move |conn| {
            let contact = format!("{}@partner.test", name.rsplit(' ').next().unwrap().to_lowercase());
            let o = organisations::create(conn, &name, &[contact]).unwrap().unwrap();
            let (user, secret) =
                accounts::create_with_link(conn, None, "Partner Person", Role::Partner, chrono::Duration::minutes(15))
                    .unwrap();
            organisations::add_member(conn, &user.id, &o.id).unwrap();
            (format!("/sign-in/link/{secret}"), o.id)
        })
        .await;
    let mut visitor = Visitor::new(app);
    assert_eq!(visitor.post_ok(&link, &[]).await, "/staff/partner", "a partner lands on its own actions");
    (visitor, id)
}

#[actix_web::test]
async fn staff_publish_a_report_partners_update_their_actions_and_children_read_it() {
    let app = spawn_app().await;
    closed_survey(&app).await;
    let (mut nhs, nhs_id) = partner(&app, "Northshire NHS Trust").await;
    let (mut police, _) = partner(&app, "Northshire Police").await;
    assert_eq!(nhs.get("/staff/surveys/big-promise/results").await.status, 403, "not shared yet");

    let mut staff = signed_in(&app, Role::Staff).await;
    // Staff approve one answer as a quote on the themes board; it becomes evidence to pick.
    let board = staff.get("/staff/surveys/big-promise/themes").await.body;
    let hidden = |name: &str| {
        let at = board.find(&format!("name=\"{name}\" value=\"")).unwrap() + name.len() + 15;
        board[at..].split('"').next().unwrap().to_string()
    };
    let approve = [("csrf", hidden("csrf")), ("answer", hidden("answer")), ("approve", "1".to_string())];
    assert_eq!(
        staff
            .post_ok("/staff/surveys/big-promise/themes/quote", &pairs(&approve.map(|(k, v)| (k.to_string(), v))))
            .await,
        "/staff/surveys/big-promise/themes"
    );
    let page = staff.get("/staff/reports").await.body;
    let survey_id = app.db(|conn| surveys::find(conn, "big-promise").unwrap().unwrap().id).await;
    let refused = staff.post("/staff/reports", &[("csrf", &csrf(&page)), ("title", ""), ("survey", &survey_id)]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Give the report a title"));
    let to = staff
        .post_ok(
            "/staff/reports",
            &[("csrf", &csrf(&page)), ("title", "Our Big Promise, one year on"), ("survey", &survey_id)],
        )
        .await;
    let editor = staff.get(&to).await.body;
    let figure = "9 in 10 of you said \u{201c}Safe\u{201d} or \u{201c}Really safe\u{201d} when we asked";
    assert!(editor.contains(figure), "{editor}");
    assert!(editor.contains("\u{201c}A nurse who knows me\u{201d}"), "the approved quote is evidence to pick");
    let key = "figure:big-promise:feel-safe";

    let token = csrf(&editor);
    let statement = |status: &str, reason: &str| -> Vec<(String, String)> {
        [
            ("csrf", token.as_str()),
            ("priority", "health"),
            ("you_said", "You want to see the same nurse each time"),
            ("evidence", key),
            ("action", "Every young person in care will have a named nurse"),
            ("organisation", nhs_id.as_str()),
            ("due", "2027-03-31"),
            ("status", status),
            ("reason", reason),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    };
    let refused = staff.post(&format!("{to}/statements"), &pairs(&statement("not_possible", ""))).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Say why it could not be done"));
    assert!(refused.body.contains("You want to see the same nurse each time</textarea>"), "what was typed is kept");
    let good = statement("planned", "");
    let good = pairs(&good);
    assert_eq!(staff.post_ok(&format!("{to}/statements"), &good).await, to);

    let id = to.rsplit('/').next().unwrap().to_string();
    let mut child = Visitor::new(&app);
    assert_eq!(child.get(&format!("/reports/{id}")).await.status, 404, "a draft is not public");
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let page = ambassador.get(&to).await.body;
    assert_eq!(ambassador.post(&format!("{to}/publish"), &[("csrf", &csrf(&page))]).await.status, 403);
    assert_eq!(staff.post_ok(&format!("{to}/publish"), &[("csrf", &token)]).await, to);

    let public = child.get(&format!("/reports/{id}")).await;
    assert_eq!(public.status, 200);
    assert!(public.body.len() < 30 * 1024, "{} bytes", public.body.len());
    assert!(!public.body.contains("<script>") && !public.body.contains("<form"));
    for words in [
        "You said: You want to see the same nurse each time",
        figure,
        "We will do this",
        "Northshire NHS Trust",
        "Health and feeling well",
    ] {
        assert!(public.body.contains(words), "{words} missing");
    }
    assert!(child.get("/reports").await.body.contains("Our Big Promise, one year on"));
    // In the languages its survey was translated into: headings and figures in the child's
    // language, people's own words marked as English; else English.
    let polish = child.get(&format!("/reports/{id}?lang=pl")).await.body;
    assert!(polish.contains("<html lang=\"pl\"") && polish.contains("Zdrowie i dobre samopoczucie"));
    let in_polish = "9 na 10 z Was odpowiedziało „Bezpiecznie” albo „Bardzo bezpiecznie” na pytanie: Jak bezpiecznie czujesz się tam, gdzie mieszkasz?";
    assert!(polish.contains(in_polish), "{polish}");
    assert!(polish.contains("<bdi lang=\"en\" dir=\"ltr\">You want to see the same nurse each time</bdi>"));
    let arabic = child.get(&format!("/reports/{id}?lang=ar")).await.body;
    assert!(arabic.contains("dir=\"rtl\"") && arabic.contains("الصحة والشعور بالراحة"));
    assert!(arabic.len() < 30 * 1024);
    let turkish = child.get(&format!("/reports/{id}?lang=tr")).await.body;
    assert!(turkish.contains("<html lang=\"tr\""), "its survey is in Turkish too");
    let french = child.get(&format!("/reports/{id}?lang=fr")).await.body;
    assert!(french.contains("<html lang=\"en\""), "its survey has no French: English");
    let dashboard = child.get("/reports/priorities").await.body;
    assert!(dashboard.contains("Over time: ") && dashboard.contains("88%"), "36 of 41 feel safe: {dashboard}");
    let file = staff.get(&format!("{to}/report.html")).await.body;
    assert!(file.contains("<style>") && !file.contains("<script") && !file.contains("/assets/"), "stands alone");
    assert!(file.contains("You want to see the same nurse each time"));
    let csv = staff.get(&format!("{to}/statements.csv")).await.body;
    assert!(csv.starts_with("\u{feff}priority,you said,evidence,we did or will,partner,due,status,why not"), "{csv}");
    assert!(csv.contains("Northshire NHS Trust,2027-03-31,We will do this"), "{csv}");

    // The partner sees its own action, marks it done, and may now read the survey's results.
    let mine = nhs.get("/staff/partner").await.body;
    assert!(mine.contains("You want to see the same nurse each time"));
    let statement_id = mine.split("/staff/partner/statements/").nth(1).unwrap().split('"').next().unwrap().to_string();
    // "We could not do this" needs a reason: said beside the field, with what was typed kept.
    let unexplained = nhs
        .post(
            &format!("/staff/partner/statements/{statement_id}"),
            &[("csrf", &csrf(&mine)), ("action", "We tried a named nurse"), ("status", "not_possible"), ("reason", "")],
        )
        .await;
    assert_eq!(unexplained.status, 422);
    let reason_id = format!("reason-{statement_id}");
    assert!(
        unexplained.body.contains(&format!("id=\"{reason_id}-error\""))
            && unexplained.body.contains(&format!("href=\"#{reason_id}\""))
            && unexplained.body.contains("We tried a named nurse")
            && unexplained.body.contains("Your actions"),
        "{}",
        unexplained.body
    );
    let done = nhs
        .post_ok(
            &format!("/staff/partner/statements/{statement_id}"),
            &[
                ("csrf", &csrf(&mine)),
                ("action", "Every young person in care now has a named nurse"),
                ("status", "done"),
                ("reason", ""),
            ],
        )
        .await;
    assert_eq!(done, "/staff/partner");
    assert!(
        child
            .get(&format!("/reports/{id}"))
            .await
            .body
            .contains("We did: </strong>Every young person in care now has a named nurse")
    );
    assert_eq!(nhs.get("/staff/surveys/big-promise/results").await.status, 200);
    assert_eq!(police.get("/staff/surveys/big-promise/results").await.status, 403);
    let theirs = police.get("/staff/partner").await.body;
    assert!(!theirs.contains("same nurse"), "a partner sees only its own statements");
    let refused = police
        .post(
            &format!("/staff/partner/statements/{statement_id}"),
            &[("csrf", &csrf(&theirs)), ("action", "x"), ("status", "done")],
        )
        .await;
    assert_eq!(refused.status, 404);
    let history = staff.get(&to).await.body;
    assert!(history.contains("Partner Person: Done: Every young person in care now has a named nurse"), "{history}");
    assert!(history.contains(": published"));
}

/// Publishes a report on Big Promise with one health statement per (partner id, what young
/// people said, due date); returns the editor's path.
async fn publish_report(app: &TestApp, staff: &mut Visitor<'_>, statements: &[(&str, &str, &str)]) -> String {
    let page = staff.get("/staff/reports").await.body;
    let survey_id = app.db(|conn| surveys::find(conn, "big-promise").unwrap().unwrap().id).await;
    let token = csrf(&page);
    let form = [("csrf", token.as_str()), ("title", "Health, a year on"), ("survey", &survey_id)];
    let to = staff.post_ok("/staff/reports", &form).await;
    let token = csrf(&staff.get(&to).await.body);
    for (organisation, you_said, due) in statements {
        let action = format!("We act on this: {you_said}");
        let fields = [
            ("csrf", token.as_str()),
            ("priority", "health"),
            ("you_said", you_said),
            ("action", &action),
            ("organisation", organisation),
            ("due", due),
            ("status", "planned"),
        ];
        assert_eq!(staff.post_ok(&format!("{to}/statements"), &fields).await, to);
    }
    assert_eq!(staff.post_ok(&format!("{to}/publish"), &[("csrf", &token)]).await, to);
    to
}

/// `ourvoice remind --today day`, as cron would run it, with email through `smtp_url`.
async fn remind(db_url: &str, smtp_url: &str, day: &str) -> std::process::Output {
    let (url, smtp_url, day) = (db_url.to_string(), smtp_url.to_string(), day.to_string());
    web::block(move || {
        let args = ["remind", "--today", &day, "--smtp-url", &smtp_url, "--base-url", "http://ourvoice.test"];
        ourvoice(&url, &args)
    })
    .await
    .unwrap()
}

#[actix_web::test]
async fn publishing_emails_each_partner_its_own_actions_and_late_ones_are_reminded_once_a_week() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), partners_only(smtp.config())).await;
    closed_survey(&app).await;
    let (_, nhs) = partner(&app, "Northshire NHS Trust").await;
    let (_, police) = partner(&app, "Northshire Police").await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let to = publish_report(
        &app,
        &mut staff,
        &[
            (&nhs, "You want the same nurse each time", "2027-01-31"),
            (&police, "You want officers who listen", "2027-06-30"),
        ],
    )
    .await;
    let id = to.rsplit('/').next().unwrap();

    let mut mails: Vec<Mail> = smtp.wait_for(2).await.iter().map(|raw| Mail::parse(raw)).collect();
    assert_eq!(mails.len(), 2);
    mails.sort_by(|a, b| a.to.cmp(&b.to));
    let (police_mail, nhs_mail) = (&mails[0], &mails[1]);
    assert_eq!((police_mail.to.as_str(), nhs_mail.to.as_str()), ("police@partner.test", "trust@partner.test"));
    assert!(nhs_mail.subject.contains("Health, a year on") && nhs_mail.subject.contains("Northshire NHS Trust"));
    let html = nhs_mail.html.as_deref().expect("an HTML part as well as plain text");
    for body in [nhs_mail.text.as_str(), html] {
        assert!(body.contains("You want the same nurse each time"), "{body}");
        assert!(!body.contains("officers who listen"), "only its own statements: {body}");
        assert!(body.contains(&format!("{}/reports/{id}", app.address)) && body.contains("/sign-in/link/"));
        assert!(body.contains("31 January 2027"));
    }
    // The contact had no account: the email's own link (good for 7 days) signs them in as the
    // NHS's partner, straight onto their actions.
    let link = regex::Regex::new(r"/sign-in/link/[A-Za-z0-9_-]+").unwrap();
    let link = link.find(&nhs_mail.text).expect("a sign-in link in the email").as_str().to_string();
    let mut contact = Visitor::new(&app);
    assert_eq!(contact.get(&link).await.status, 200);
    assert_eq!(contact.post_ok(&link, &[]).await, "/staff/partner");
    assert!(contact.get("/staff/partner").await.body.contains("You want the same nurse each time"));
    assert!(html.contains("<a href=") && !nhs_mail.text.contains('<'));
    assert!(police_mail.text.contains("You want officers who listen") && !police_mail.text.contains("nurse"));

    // On 1 February the NHS action is past due: `ourvoice remind` emails the NHS alone, once.
    let smtp_url = format!("smtp://127.0.0.1:{}", smtp.port);
    let remind_on = |day: &'static str| remind(&app.db.url, &smtp_url, day);
    let first = remind_on("2027-02-01").await;
    assert!(first.status.success(), "{}", text(&first.stderr));
    assert!(
        text(&first.stdout).contains("reminding Northshire NHS Trust: 1 action(s) past due"),
        "{}",
        text(&first.stdout)
    );
    let all = smtp.wait_for(3).await;
    let reminder = all.iter().map(|raw| Mail::parse(raw)).find(|m| m.subject.contains("past")).unwrap();
    assert_eq!(reminder.to, "trust@partner.test");
    assert_eq!(reminder.subject, "1 action for Northshire NHS Trust is past its due date");
    assert!(reminder.text.contains("You want the same nurse each time") && !reminder.text.contains("officers"));
    assert!(reminder.text.contains("http://ourvoice.test/staff/partner"));
    let again = remind_on("2027-02-03").await;
    assert!(again.status.success() && text(&again.stdout).contains("no partner has actions past due"));
    assert_eq!(smtp.messages().len(), 3, "once a week at most");
    // A week on, still late: reminded again.
    assert!(text(&remind_on("2027-02-08").await.stdout).contains("reminding Northshire NHS Trust"));
    assert_eq!(smtp.wait_for(4).await.len(), 4);
}

/// `ourvoice remind` run (by cron, say) while a server is sending: an email the server holds
/// is on its way, not one the command failed to send, and the command says it sent what it
/// could. (It once exited with "1 email(s) could not be sent yet" whenever the server's outbox
/// took an email first.)
#[actix_web::test]
async fn remind_while_a_server_sends_an_email_is_not_a_failure() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let db = TestDb::with_shipped_surveys();
    let store = Store::open(&db.url).unwrap();
    let held = Email {
        to: "trust@partner.test".into(),
        subject: "Being sent by the server".into(),
        text: "Hello".into(),
        html: None,
        dedupe: None,
    };
    store
        .run(move |conn| {
            emails::queue(conn, &held)?;
            // The server's outbox has taken it, as it does every second.
            let queued = emails::unsent(conn)?;
            assert!(emails::claim(conn, &queued[0])?);
            Ok(())
        })
        .await
        .unwrap();
    let run = remind(&db.url, &format!("smtp://127.0.0.1:{}", smtp.port), "2027-02-01").await;
    assert!(run.status.success(), "{}{}", text(&run.stdout), text(&run.stderr));
    assert!(text(&run.stdout).contains("sent 0 email(s)"), "{}", text(&run.stdout));
    assert_eq!(smtp.messages().len(), 0, "the server's email is the server's to send");
    // Once the server's attempt ends in an error, the email is waiting again, and the command
    // says so and fails, as cron should show.
    store
        .run(|conn| {
            let id = emails::unsent(conn)?.remove(0).id;
            emails::record_attempt(conn, &id, Err("relay down".into()))
        })
        .await
        .unwrap();
    let run = remind(&db.url, "smtp://127.0.0.1:9", "2027-02-01").await;
    assert!(!run.status.success());
    assert!(text(&run.stderr).contains("1 email(s) could not be sent yet"), "{}", text(&run.stderr));
}

#[actix_web::test]
async fn emails_that_cannot_be_sent_are_shown_to_staff_and_go_when_the_relay_is_back() {
    if !SmtpServer::available() {
        return;
    }
    let port = free_port();
    let app = spawn_app_with(&shipped_surveys(), partners_only(SmtpServer::config_for(port))).await;
    closed_survey(&app).await;
    let (_, nhs) = partner(&app, "Northshire NHS Trust").await;
    let mut staff = signed_in(&app, Role::Staff).await;
    publish_report(&app, &mut staff, &[(&nhs, "You want the same nurse each time", "")]).await;
    // Nothing listens on the relay's port: the email waits, with its error, for staff to see.
    let mut waiting = String::new();
    for _ in 0..40 {
        waiting = staff.get("/staff/emails").await.body;
        if waiting.contains("Connection refused") {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(waiting.contains("trust@partner.test") && waiting.contains("Connection refused"), "{waiting}");
    assert!(staff.get("/staff").await.body.contains("1 email not sent yet"));
    let smtp = SmtpServer::start_on(port);
    let delivered = smtp.wait_for(1).await;
    assert_eq!(delivered.len(), 1);
    assert_eq!(Mail::parse(&delivered[0]).to, "trust@partner.test");
    for _ in 0..40 {
        if staff.get("/staff/emails").await.body.contains("Every email has been sent.") {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(staff.get("/staff/emails").await.body.contains("Every email has been sent."));
    assert!(!staff.get("/staff").await.body.contains("not sent yet"));
}

#[actix_web::test]
async fn published_statements_are_changed_by_staff_only_and_only_under_their_own_report() {
    use diesel::prelude::*;
    use ourvoice::store::schema::{report_changes, statements};
    let app = spawn_app().await;
    closed_survey(&app).await;
    let (_, nhs_id) = partner(&app, "Northshire NHS Trust").await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let first = publish_report(&app, &mut staff, &[(&nhs_id, "We want a nurse who knows us", "2027-03-01")]).await;
    let second = publish_report(&app, &mut staff, &[(&nhs_id, "We want quicker appointments", "2027-03-01")]).await;
    let (statement, changes) = app
        .db(|conn| {
            let id: String = statements::table
                .filter(statements::you_said.eq("We want a nurse who knows us"))
                .select(statements::id)
                .first(conn)
                .unwrap();
            (id, report_changes::table.count().get_result::<i64>(conn).unwrap())
        })
        .await;
    let change = |token: &str, organisation: &str| {
        vec![
            ("csrf".to_string(), token.to_string()),
            ("priority".into(), "health".into()),
            ("you_said".into(), "Changed".into()),
            ("action".into(), "Changed".into()),
            ("organisation".into(), organisation.to_string()),
            ("due".into(), "2027-04-01".into()),
            ("status".into(), "planned".into()),
        ]
    };
    let token = csrf(&staff.get(&first).await.body);
    // Under the other report's address: refused, and no history is written.
    let wrong = staff.post(&format!("{second}/statements/{statement}"), &pairs(&change(&token, &nhs_id))).await;
    assert_eq!(wrong.status, 404);
    // A partner that does not exist.
    let unknown = staff.post(&format!("{first}/statements/{statement}"), &pairs(&change(&token, "no-such-org"))).await;
    assert_eq!(unknown.status, 404);
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let token_a = csrf(&ambassador.get(&first).await.body);
    let by_ambassador =
        ambassador.post(&format!("{first}/statements/{statement}"), &pairs(&change(&token_a, &nhs_id))).await;
    assert_eq!(by_ambassador.status, 403, "a published report is changed by staff only");
    let after: i64 = app.db(|conn| report_changes::table.count().get_result(conn).unwrap()).await;
    assert_eq!(after, changes, "nothing refused leaves a history entry");
    assert_eq!(
        staff.post_ok(&format!("{first}/statements/{statement}"), &pairs(&change(&token, &nhs_id))).await,
        first
    );
}

#[actix_web::test]
async fn a_report_is_drafted_while_its_survey_is_open_and_published_once_it_has_closed() {
    let app = spawn_app().await;
    answered(&app).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let page = staff.get("/staff/reports").await.body;
    assert!(page.contains("Big Promise (still open)") || page.contains("Big Promise (open until"), "{page}");
    let survey_id = app.db(|conn| surveys::find(conn, "big-promise").unwrap().unwrap().id).await;
    let form = [("csrf", csrf(&page)), ("title", "Drafted early".into()), ("survey", survey_id)];
    let to = staff.post_ok("/staff/reports", &pairs(&form.map(|(k, v)| (k.to_string(), v)))).await;

    // Staff draft with live figures; there is no Publish button, and publishing is refused.
    let figure = "9 in 10 of you said \u{201c}Safe\u{201d} or \u{201c}Really safe\u{201d} when we asked";
    let editor = staff.get(&to).await.body;
    assert!(editor.contains("id=\"still-open\"") && editor.contains("the figures below are live"), "{editor}");
    assert!(editor.contains(figure), "staff see live figures to draft with");
    assert!(!editor.contains("/publish\""), "no Publish button while a survey is open");
    let refused = staff.post(&format!("{to}/publish"), &[("csrf", &csrf(&editor))]).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("is still open"), "{}", refused.body);

    // An ambassador drafts too, but sees no figure of a survey still open.
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let theirs = ambassador.get(&to).await.body;
    assert!(theirs.contains("not offered as evidence"), "{theirs}");
    assert!(!theirs.contains("in 10 of you said"), "no figures before closing: {theirs}");
    let statement = [
        ("csrf", csrf(&theirs)),
        ("priority", "health".into()),
        ("you_said", "You want to see the same nurse each time".into()),
        ("action", "A named nurse for everyone".into()),
        ("status", "planned".into()),
    ];
    let statement = statement.map(|(k, v)| (k.to_string(), v));
    assert_eq!(ambassador.post_ok(&format!("{to}/statements"), &pairs(&statement)).await, to);

    close(&app).await;
    assert!(ambassador.get(&to).await.body.contains(figure), "once closed, its figures are evidence for everyone");
    let editor = staff.get(&to).await.body;
    assert!(!editor.contains("id=\"still-open\""));
    assert_eq!(staff.post_ok(&format!("{to}/publish"), &[("csrf", &csrf(&editor))]).await, to);
    let id = to.rsplit('/').next().unwrap();
    let public = Visitor::new(&app).get(&format!("/reports/{id}")).await;
    assert_eq!(public.status, 200);
    assert!(public.body.contains("A named nurse for everyone"));
}
