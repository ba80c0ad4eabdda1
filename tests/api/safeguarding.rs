//! Issue 15 as children, a red team and the designated lead would try it: worrying choices put
//! help first and reach the concerns list, a flagged answer is never published, the lead is
//! told (how many, never what), the send leaves no trace of help, and "Leave this site" and
//! the half-hour limit leave nothing on a shared phone.

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::schema::{concerns, drafts};
use ourvoice::store::{surveys, themes};
use serde_json::json;

use crate::disclosure::answer_on_board;
use crate::helpers::{
    Mail, ServerProcess, SmtpServer, TestApp, TestDb, Visitor, csrf, shipped_surveys, signed_in, spawn_app,
    spawn_app_with,
};

const HOW_ARE_THINGS: &str = "/api/v1/surveys/how-are-things/responses";

async fn send(app: &TestApp, survey: &str, body: serde_json::Value) -> serde_json::Value {
    let (status, reply) =
        app.post_json(&format!("/api/v1/surveys/{survey}/responses"), "application/json", body.to_string()).await;
    assert_eq!(status, 201, "{reply}");
    reply
}

#[actix_web::test]
async fn worrying_choices_put_help_first_and_reach_the_concerns_list_with_the_question_and_why() {
    let app = spawn_app().await;
    // The review's child: "Really bad", "Really bad", and no adult to trust. No words at all.
    let worried =
        send(&app, "how-are-things", json!({"answers": {"feel-safe": 1, "feel-happy": 1, "trusted-adult": "No"}}))
            .await;
    assert_eq!(worried["help"], true);
    let fine =
        send(&app, "how-are-things", json!({"answers": {"feel-safe": 4, "feel-happy": 5, "trusted-adult": "Yes"}}))
            .await;
    assert_eq!(fine["help"], false);

    // The pages: the same answers by a child with no JavaScript get help first, on the send.
    let mut child = Visitor::new(&app);
    child.post_ok("/s/how-are-things/start", &[("lang", "en")]).await;
    child.post_ok("/s/how-are-things/q/feel-safe", &[("answer", "2"), ("action", "continue")]).await;
    let page = child.post_page("/s/how-are-things/send", &[]).await;
    assert!(page.contains("Thank you for telling us") && page.contains("0800 1111"));
    assert!(
        page.contains("tel:03003733300") && page.contains("Monday to Friday, 09:00 to 17:00"),
        "the council's number, with its hours"
    );
    assert!(page.contains("Childline 1-2-1 chat"));
    for never in ["read what everyone says", "Grown-ups", "will read"] {
        assert!(!page.contains(never), "the help page says {never:?}");
    }

    let mut lead = signed_in(&app, Role::Staff).await;
    let list = lead.get("/staff/concerns").await.body;
    for expected in [
        "How safe do you feel where you live?",
        "Is there a grown-up you can talk to?",
        "a worrying answer: \u{201c}Not safe at all\u{201d}",
        "a worrying answer: \u{201c}Not very safe\u{201d}",
        "a worrying answer: \u{201c}No\u{201d}",
    ] {
        assert!(list.contains(expected), "{expected} missing from the concerns list:\n{list}");
    }
    let flagged: i64 = app.db(|conn| concerns::table.count().get_result(conn).unwrap()).await;
    assert_eq!(flagged, 4, "three questions of the first child and one of the second; none of the third");
    // The id the API gave the sender is nowhere on the pages staff and ambassadors open.
    let id = worried["id"].as_str().unwrap();
    let board = lead.get("/staff/surveys/how-are-things/themes").await.body;
    assert!(!list.contains(id) && !board.contains(id), "the response id {id} is on a staff page");
}

#[actix_web::test]
async fn words_of_concern_are_heard_in_the_childs_own_language_and_say_why() {
    let app = spawn_app().await;
    for (lang, words) in [
        ("pl", "mój opiekun mnie bije i boję się wracać do domu"),
        ("ar", "زوج أمي يضربني وأريد أن أموت"),
        ("en", "kms honestly"),
        ("en", "my mums boyfriend gets drunk and smashes stuff when hes angry"),
    ] {
        let reply = send(&app, "big-promise", json!({"language": lang, "answers": {"one-wish": words}})).await;
        assert_eq!(reply["help"], true, "{lang}: {words}");
    }
    for (lang, words) in [("en", "i got hit by a ball in PE"), ("en", "I want to run away to Disneyland lol")] {
        let reply = send(&app, "big-promise", json!({"language": lang, "answers": {"one-wish": words}})).await;
        assert_eq!(reply["help"], false, "{lang}: {words}");
    }
    let list = signed_in(&app, Role::Staff).await.get("/staff/concerns").await.body;
    assert!(list.contains("(pl)") && list.contains("(ar)"), "why names the language's list:\n{list}");
    assert_eq!(list.matches("Why: ").count(), 4, "{list}");
}

#[actix_web::test]
async fn a_flagged_answer_is_marked_on_the_board_never_approved_and_never_published() {
    let app = spawn_app().await;
    for i in 0..10 {
        send(
            &app,
            "big-promise",
            json!({"answers": {"one-wish": format!("I want my own room {}", "please ".repeat(i))}}),
        )
        .await;
    }
    send(&app, "big-promise", json!({"answers": {"one-wish": "someone at school hurts me"}})).await;
    let survey_id = app.db(|conn| surveys::find(conn, "big-promise").unwrap().unwrap().id).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let board = staff.get("/staff/surveys/big-promise/themes").await.body;
    let answer = answer_on_board(&board, "someone at school hurts me");
    // In a theme big enough to quote from, it is still marked and offers no approval.
    let id = survey_id.clone();
    let reference = answer.clone();
    app.db(move |conn| {
        assert!(themes::recode(conn, &id, &[reference.as_str()], Some("home"), Some("own space")).unwrap())
    })
    .await;
    let board = staff.get("/staff/surveys/big-promise/themes").await.body;
    let at = board.find("<p>someone at school hurts me</p>").unwrap();
    let item = &board[at..at + board[at..].find("class=\"answer\"").unwrap_or(board.len() - at)];
    assert!(item.contains("On the concerns list"), "{item}");
    assert!(!item.contains("Approve as a quote"), "{item}");
    let approve = [("csrf", csrf(&board)), ("answer", answer.clone()), ("approve", "1".into())];
    let approve: Vec<(&str, &str)> = approve.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = staff.post("/staff/surveys/big-promise/themes/quote", &approve).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("never quoted or published"), "{}", refused.body);

    // An approval from before the answer was flagged (older data) is never evidence, and
    // publishing withdraws it.
    let lead_id = app
        .db(|conn| {
            ourvoice::store::accounts::create_with_link(conn, None, "Lead", Role::Staff, chrono::Duration::minutes(5))
                .unwrap()
                .0
                .id
        })
        .await;
    let (id, reference) = (survey_id.clone(), answer.clone());
    app.db(move |conn| assert!(themes::set_quote(conn, &id, &reference, Some(&lead_id)).unwrap())).await;
    app.db(move |conn| {
        surveys::set_status(conn, &survey_id, ourvoice::survey::Status::Open, ourvoice::survey::Status::Closed).unwrap()
    })
    .await;
    let page = staff.get("/staff/reports").await.body;
    let survey_id = app.db(|conn| surveys::find(conn, "big-promise").unwrap().unwrap().id).await;
    let to = staff
        .post_ok("/staff/reports", &[("csrf", &csrf(&page)), ("title", "What you told us"), ("survey", &survey_id)])
        .await;
    let editor = staff.get(&to).await.body;
    assert!(!editor.contains("someone at school hurts me"), "offered as evidence:\n{editor}");
    let key = format!("quote:{answer}");
    let token = csrf(&editor);
    let statement = [
        ("csrf", token.as_str()),
        ("priority", "home"),
        ("you_said", "You want your own room"),
        ("evidence", key.as_str()),
        ("action", "Every new placement will have a room of your own"),
        ("status", "planned"),
    ];
    assert_eq!(staff.post_ok(&format!("{to}/statements"), &statement).await, to);
    assert_eq!(staff.post_ok(&format!("{to}/publish"), &[("csrf", &token)]).await, to);
    let public = Visitor::new(&app).get(&format!("/reports/{}", to.rsplit('/').next().unwrap())).await.body;
    assert!(public.contains("You want your own room") && !public.contains("someone at school hurts me"), "{public}");
    let quotes: i64 = app.db(|conn| ourvoice::store::schema::quotes::table.count().get_result(conn).unwrap()).await;
    assert_eq!(quotes, 0, "publishing withdrew the flagged answer's approval");
}

#[actix_web::test]
async fn the_designated_lead_is_told_how_many_and_where_never_what() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    send(&app, "how-are-things", json!({"answers": {"feel-safe": 5, "one-wish": "more trips out"}})).await;
    let secret = "my stepdad hits me when mum is at work";
    send(&app, "how-are-things", json!({"answers": {"one-wish": secret}})).await;
    send(&app, "how-are-things", json!({"answers": {"feel-safe": 1}})).await;
    // Each concern is counted once, however the notices fall.
    let mut told = 0;
    let mut notices = Vec::new();
    for _ in 0..100 {
        notices = smtp.messages().iter().map(|raw| Mail::parse(raw)).collect::<Vec<_>>();
        told = notices.iter().map(|m| m.subject.split_whitespace().nth(1).unwrap().parse::<usize>().unwrap()).sum();
        if told >= 2 {
            break;
        }
        actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(told, 2, "two concerns, told once each");
    for notice in &notices {
        assert_eq!(notice.to, "safeguarding-lead@council.test");
        assert!(notice.subject.contains("on the concerns list"), "{}", notice.subject);
        assert!(notice.text.contains(&format!("{}/staff/concerns", app.address)), "{}", notice.text);
        for never in [secret, "stepdad", "Really bad", "How safe"] {
            assert!(!notice.text.contains(never) && !notice.subject.contains(never), "{never:?} in\n{}", notice.text);
        }
    }
    // Nothing new, nothing more: a second look sends no second notice.
    actix_web::rt::time::sleep(std::time::Duration::from_millis(1500)).await;
    assert_eq!(smtp.messages().len(), notices.len());
}

#[actix_web::test]
async fn the_send_answers_the_same_way_with_or_without_help_and_the_log_cannot_tell() {
    let db = TestDb::with_shipped_surveys();
    let mut server = ServerProcess::start(&db.url, &[]);
    let client = awc::Client::builder().disable_redirects().finish();
    let mut shapes = Vec::new();
    let mut lengths = Vec::new();
    for wish in ["more trips out at the weekend", "i want to unalive myself"] {
        // Through the pages: start, answer, send.
        let start = client
            .post(format!("{}/s/how-are-things/start", server.address))
            .content_type("application/x-www-form-urlencoded")
            .send_body("lang=en")
            .await
            .unwrap();
        let cookie =
            start.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_string();
        let answer = client
            .post(format!("{}/s/how-are-things/q/one-wish", server.address))
            .insert_header(("cookie", cookie.clone()))
            .content_type("application/x-www-form-urlencoded")
            .send_body(
                form_urlencoded::Serializer::new(String::new())
                    .extend_pairs([("answer", wish), ("action", "continue")])
                    .finish(),
            )
            .await
            .unwrap();
        assert_eq!(answer.status().as_u16(), 303);
        let sent = client
            .post(format!("{}/s/how-are-things/send", server.address))
            .insert_header(("cookie", cookie))
            .content_type("application/x-www-form-urlencoded")
            .send_body("")
            .await
            .unwrap();
        let mut names: Vec<String> = sent
            .headers()
            .keys()
            .map(|k| k.as_str().to_string())
            .filter(|k| k != "content-length" && k != "date")
            .collect();
        names.sort();
        shapes.push((sent.status().as_u16(), names, sent.headers().get("location").is_some()));
        // Through the API: bodies of one length.
        let mut api = client
            .post(format!("{}{HOW_ARE_THINGS}", server.address))
            .content_type("application/json")
            .send_body(json!({"answers": {"one-wish": wish}}).to_string())
            .await
            .unwrap();
        lengths.push(api.body().await.unwrap().len());
    }
    assert_eq!(shapes[0], shapes[1], "the send's status and headers tell help apart");
    assert_eq!(shapes[0].0, 200);
    assert_eq!(lengths[0], lengths[1], "the API's bodies differ in length");
    // A request is logged as its response finishes, which may be just after the client has it.
    for _ in 0..50 {
        if server.log().lines().filter(|l| l.contains("/send") || l.contains("/responses")).count() >= 4 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    server.kill();
    let log = server.log();
    let lines: Vec<String> = log
        .lines()
        .filter(|l| l.contains(" /s/") || l.contains(" /api/v1/"))
        // Each line as the log has it, less its time stamp (to the second).
        .map(|l| {
            let stamp = l.split_whitespace().next().unwrap();
            assert!(stamp.len() == 20 && stamp.ends_with('Z'), "time to the second at most: {l}");
            l[stamp.len()..].to_string()
        })
        .collect();
    let (ordinary, helped) = lines.split_at(lines.len() / 2);
    assert_eq!(ordinary, helped, "the access log tells the two children apart:\n{log}");
    assert!(lines.iter().any(|l| l.ends_with("POST /s/how-are-things/send 200")), "{log}");
}

#[actix_web::test]
async fn leave_this_site_deletes_the_draft_and_its_cookie_and_no_journey_page_is_cached() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    let mut pages = vec![child.get("/s/how-are-things").await];
    child.post_ok("/s/how-are-things/start", &[("lang", "en")]).await;
    let secret = "my carer shouts at me and I want to move";
    child.post_ok("/s/how-are-things/q/one-wish", &[("answer", secret), ("action", "continue")]).await;
    pages.push(child.get("/s/how-are-things/q/one-wish").await);
    pages.push(child.get("/s/how-are-things/check").await);
    pages.push(child.get("/help").await);
    pages.push(child.get("/contact").await);
    assert!(pages[2].body.contains(secret));

    let left = child.get("/exit").await;
    assert_eq!(left.status, 303);
    assert_eq!(child.cookie, None, "the draft's cookie is cleared: {:?}", left.set_cookie);
    let stored: Vec<String> = app.db(|conn| drafts::table.select(drafts::answers).load(conn).unwrap()).await;
    assert!(stored.is_empty(), "the draft is deleted on the server: {stored:?}");
    pages.push(left);
    for page in &pages {
        assert_eq!(
            page.cache_control.as_deref(),
            Some("no-store"),
            "{} {}",
            page.status,
            page.body.chars().take(200).collect::<String>()
        );
    }
    // Reopened, the survey starts afresh.
    let again = child.get("/s/how-are-things").await.body;
    assert!(!again.contains("Carry on where you left off") && !again.contains(secret));
}

#[actix_web::test]
async fn a_draft_ends_after_half_an_hour_without_an_answer() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    child.post_ok("/s/how-are-things/start", &[("lang", "en")]).await;
    child
        .post_ok("/s/how-are-things/q/one-wish", &[("answer", "things at home are hard"), ("action", "continue")])
        .await;
    let expires: chrono::NaiveDateTime =
        app.db(|conn| drafts::table.select(drafts::expires_at).first(conn).unwrap()).await;
    let left = expires - chrono::Utc::now().naive_utc();
    assert!(left <= chrono::Duration::minutes(30) && left > chrono::Duration::minutes(28), "{left}");
    // Thirty-one minutes later, nothing written can be opened.
    let past = chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1);
    app.db(move |conn| diesel::update(drafts::table).set(drafts::expires_at.eq(past)).execute(conn).unwrap()).await;
    assert_eq!(child.get("/s/how-are-things/check").await.location.as_deref(), Some("/s/how-are-things"));
    let intro = child.get("/s/how-are-things").await.body;
    assert!(!intro.contains("Carry on where you left off") && !intro.contains("things at home are hard"));
}
