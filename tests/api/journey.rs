//! A child answers a survey through the pages, with JavaScript off.

use diesel::prelude::*;
use ourvoice::store::schema::{answers, drafts, responses};

use crate::helpers::{CODES_SURVEY, Visitor, spawn_app, spawn_app_with_surveys, surveys_with};

const MY_HOME: &str = "/s/my-home";

async fn stored_answers(app: &crate::helpers::TestApp) -> Vec<(String, String)> {
    app.db(|conn| {
        answers::table
            .select((answers::question_id, answers::value))
            .order((answers::question_id, answers::value))
            .load::<(String, String)>(conn)
            .unwrap()
    })
    .await
}

#[actix_web::test]
async fn a_child_answers_skips_changes_their_mind_and_sends() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);

    let intro = child.get(MY_HOME).await;
    assert!(intro.body.contains("You can skip any question."));
    assert!(intro.body.contains("We never ask your name."));
    assert!(intro.body.contains("It takes about"));
    assert!(intro.body.contains(">Start</button>"));

    let first = child.post_ok(&format!("{MY_HOME}/start"), &[("lang", "en")]).await;
    assert_eq!(first, format!("{MY_HOME}/q/feel-happy"), "the shared core comes first");
    let cookie = child.cookie.clone().expect("a draft cookie");
    assert_eq!(cookie.len(), 26);

    let page = child.get(&first).await;
    assert!(page.body.contains("Question 1 of 15"), "{}", page.body);
    assert!(page.body.contains("<progress max=\"15\" value=\"1\""), "a bar shows how far along");
    assert!(page.body.contains("href=\"/s/my-home\">Back</a>"));

    let mut next = child.post_ok(&first, &[("action", "skip")]).await;
    assert_eq!(next, format!("{MY_HOME}/q/trusted-adult"));
    for _ in ["trusted-adult", "see-family"] {
        next = child.post_ok(&next, &[("action", "skip")]).await;
    }
    assert_eq!(next, format!("{MY_HOME}/q/feel-safe"));
    let scale = child.get(&next).await;
    assert!(scale.body.contains("face mood-1") && scale.body.contains("Really safe"), "the scale's own words");
    next = child.post_ok(&next, &[("answer", "4"), ("action", "continue")]).await;
    next = child.post_ok(&next, &[("answer", "3"), ("action", "continue")]).await; // feel-settled
    next = child.post_ok(&next, &[("answer", "Yes"), ("action", "continue")]).await; // own-space
    assert_eq!(next, format!("{MY_HOME}/q/moved-recently"));
    next = child.post_ok(&next, &[("answer", "Yes"), ("action", "continue")]).await;
    assert_eq!(next, format!("{MY_HOME}/q/move-explained"), "show_if reveals the follow-up");
    let follow_up = child.get(&next).await;
    assert!(follow_up.body.contains("Question 8 of 17"), "{}", follow_up.body);
    assert!(!follow_up.body.contains("halfway"));
    next = child.post_ok(&next, &[("answer", "No"), ("action", "continue")]).await;
    let halfway = child.get(&next).await.body; // move-time-to-know, question 9 of 17
    assert!(halfway.contains("You're halfway there."), "a little encouragement halfway: {halfway}");
    next = child.post_ok(&next, &[("action", "skip")]).await;
    next = child.post_ok(&next, &[("answer", "Yes, mostly"), ("action", "continue")]).await;
    assert_eq!(next, format!("{MY_HOME}/q/change-one-thing-home"));

    // Too long: a kind message, and what they typed is still there.
    let long = "a".repeat(1001);
    let refused = child.post(&next, &[("answer", &long), ("action", "continue")]).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("There is a problem"));
    assert!(refused.body.contains("Your answer has 1001 letters and spaces. Please make it 1000 or fewer."));
    assert!(refused.body.contains(&long));
    next = child.post_ok(&next, &[("answer", "More space for my things"), ("action", "continue")]).await;
    for _ in ["own-bedroom", "pets", "phone-internet", "one-wish"] {
        next = child.post_ok(&next, &[("action", "skip")]).await;
    }
    assert_eq!(next, format!("{MY_HOME}/q/age-band"), "questions about the child come last");
    let about = child.get(&next).await.body;
    assert!(about.contains("<label for=\"answer-1\">11 to 13</label>"));
    assert!(about.contains("These last questions help us see"), "{about}");
    next = child.post_ok(&next, &[("answer", "14 to 15"), ("action", "continue")]).await;
    assert_eq!(next, format!("{MY_HOME}/q/kind-of-home"));
    assert!(child.get(&next).await.body.contains("Last question!"));
    let check = child.post_ok(&next, &[("action", "skip")]).await;
    assert_eq!(check, format!("{MY_HOME}/check"));

    let summary = child.get(&check).await.body;
    assert!(summary.contains("Check your answers"));
    assert!(summary.contains("<dd>14 to 15</dd>"));
    assert!(summary.contains("<dd>Safe</dd>"), "scale answers read as their own words");
    assert!(summary.contains("Skipped"));
    assert!(summary.contains("Did someone explain why you were moving?"));

    // Changing "moved" to No drops the follow-up questions and their answers.
    let back_to = child
        .post_ok(
            &format!("{MY_HOME}/q/moved-recently"),
            &[("answer", "No"), ("action", "continue"), ("return", "check")],
        )
        .await;
    assert_eq!(back_to, check);
    let summary = child.get(&check).await.body;
    assert!(!summary.contains("Did someone explain why you were moving?"));

    // The thank-you page is the answer to sending itself: no address of its own in the history.
    let page = child.post_page(&format!("{MY_HOME}/send"), &[]).await;
    assert_eq!(child.cookie, None, "the draft cookie is cleared");
    assert!(page.contains("Your answers have been sent"));
    assert!(page.contains("href=\"/reports\""));

    let stored = stored_answers(&app).await;
    let expected: Vec<(String, String)> = [
        ("age-band", "14 to 15"),
        ("change-one-thing-home", "More space for my things"),
        ("feel-safe", "4"),
        ("feel-settled", "3"),
        ("house-rules", "Yes, mostly"),
        ("moved-recently", "No"),
        ("own-space", "Yes"),
    ]
    .iter()
    .map(|(a, b)| (a.to_string(), b.to_string()))
    .collect();
    assert_eq!(stored, expected);
    let leftover: i64 = app.db(|conn| drafts::table.count().get_result(conn).unwrap()).await;
    assert_eq!(leftover, 0, "the draft is gone once sent");
}

#[actix_web::test]
async fn progress_survives_reloads_and_reopening_the_link() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    let first = child.post_ok(&format!("{MY_HOME}/start"), &[("lang", "en")]).await;
    child.post_ok(&first, &[("answer", "2"), ("action", "continue")]).await;
    let again = child.get(&first).await;
    assert!(again.body.contains("value=\"2\" checked"), "the answer is still chosen");
    let intro = child.get(MY_HOME).await;
    assert!(intro.body.contains("Carry on where you left off") && intro.body.contains("Start again"));
    assert!(!intro.body.contains("checked"), "no earlier answer shows until the child carries on");
    let reply = child.get(&format!("{MY_HOME}/next")).await;
    assert_eq!(reply.location.as_deref(), Some("/s/my-home/q/trusted-adult"));

    let cookie = reply_cookie(&mut child).await;
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.split("; ").any(|p| p == "Path=/"),
        "{cookie}"
    );
    let max_age: i64 = cookie.split("Max-Age=").nth(1).unwrap().split(';').next().unwrap().parse().unwrap();
    assert!(max_age > 0 && max_age <= 30 * 60, "a draft ends after half an hour without an answer: {cookie}");
    assert!(!cookie.contains("Secure"), "plain HTTP here");

    // Without a draft, a question page sends the child to the start.
    let mut stranger = Visitor::new(&app);
    assert_eq!(stranger.get(&first).await.location.as_deref(), Some(MY_HOME));
}

/// The Set-Cookie header from starting again.
async fn reply_cookie(child: &mut Visitor<'_>) -> String {
    let reply = child.post(&format!("{MY_HOME}/start"), &[("lang", "en")]).await;
    reply.set_cookie.into_iter().find(|c| c.starts_with("ov_draft=")).unwrap()
}

#[actix_web::test]
async fn expired_drafts_are_purged_and_no_longer_resume() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    child.post_ok(&format!("{MY_HOME}/start"), &[("lang", "en")]).await;
    let past = chrono::Utc::now().naive_utc() - chrono::Duration::hours(1);
    app.db(move |conn| diesel::update(drafts::table).set(drafts::expires_at.eq(past)).execute(conn).unwrap()).await;
    assert_eq!(child.get(&format!("{MY_HOME}/q/age-band")).await.location.as_deref(), Some(MY_HOME));
    // The server purges every five minutes; once purged nothing is left.
    let left: i64 = app
        .db(|conn| {
            ourvoice::store::drafts::purge_expired(conn).unwrap();
            drafts::table.count().get_result(conn).unwrap()
        })
        .await;
    assert_eq!(left, 0);
}

#[actix_web::test]
async fn codes_are_asked_first_and_work_once_however_typed() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let codes = app.make_codes("kiosk", 2).await;
    let mut child = Visitor::new(&app);

    let intro = child.get("/s/kiosk").await.body;
    assert!(intro.contains("<label for=\"code\">"), "{intro}");
    let wrong = child.post("/s/kiosk/start", &[("lang", "en"), ("code", "ABCD-EFGH")]).await;
    assert_eq!(wrong.status, 422);
    assert!(wrong.body.contains("We couldn't find that code"));
    assert!(wrong.body.contains("value=\"ABCD-EFGH\""), "what they typed is kept");

    let typed = codes[0].to_lowercase().replace('-', " ");
    let first = child.post_ok("/s/kiosk/start", &[("lang", "en"), ("code", &typed)]).await;
    child.post_ok(&first, &[("answer", "5"), ("action", "continue")]).await;

    // Meanwhile the same card is used on another phone, through the API.
    let body = format!(r#"{{"code": "{}", "answers": {{"feel-safe": 2}}}}"#, codes[0]);
    let (status, _) = app.post_json("/api/v1/surveys/kiosk/responses", "application/json", body).await;
    assert_eq!(status, 201);

    let clash = child.post("/s/kiosk/send", &[]).await;
    assert_eq!(clash.status, 422);
    assert!(clash.body.contains("Someone has already used the code on your card. Your answers are safe"));
    let thanks = child.post_page("/s/kiosk/send", &[("code", &codes[1])]).await;
    assert!(thanks.contains("Your answers have been sent"));
    let values = stored_answers(&app).await;
    assert_eq!(values.iter().filter(|(q, v)| q == "feel-safe" && v == "5").count(), 1, "the child's answers arrived");

    // Both codes are now used.
    let mut other = Visitor::new(&app);
    for code in &codes {
        let reply = other.post("/s/kiosk/start", &[("lang", "en"), ("code", code)]).await;
        assert_eq!(reply.status, 422);
    }
}

#[actix_web::test]
async fn a_survey_in_arabic_reads_right_to_left_and_stores_english_answers() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let code = app.make_codes("kiosk", 1).await.remove(0);
    let mut child = Visitor::new(&app);
    let intro = child.get("/s/kiosk?lang=ar").await.body;
    assert!(intro.contains("lang=\"ar\" dir=\"rtl\""), "{intro}");
    assert!(intro.contains("href=\"/s/kiosk?lang=en\""));
    let first = child.post_ok("/s/kiosk/start", &[("lang", "ar"), ("code", &code)]).await;
    let page = child.get(&first).await.body;
    assert!(page.contains("ما مدى شعورك بالأمان حيث تعيش؟"));
    child.post_ok(&first, &[("answer", "4"), ("action", "continue")]).await;
    child.post_page("/s/kiosk/send", &[]).await;
    let language: String = app.db(|conn| responses::table.select(responses::language).first(conn).unwrap()).await;
    assert_eq!(language, "ar");
    assert_eq!(stored_answers(&app).await, vec![("feel-safe".to_string(), "4".to_string())]);
}

#[actix_web::test]
async fn help_and_the_quick_exit_are_on_every_page() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    let first = child.post_ok(&format!("{MY_HOME}/start"), &[("lang", "en")]).await;
    for path in ["/", MY_HOME, &first, &format!("{MY_HOME}/check"), "/help", "/reports", "/no-such-page"] {
        let page = child.get(path).await.body;
        assert!(page.contains("href=\"/help\">Get help now</a>"), "{path}");
        assert!(page.contains("href=\"/exit\""), "{path}");
    }
    let help = child.get("/help").await.body;
    for number in ["0800 1111", "999", "0808 800 5792", "0300 373 3300"] {
        assert!(help.contains(number), "{number}");
    }
    let exit = child.get("/exit").await;
    assert_eq!(exit.status, 303);
    assert_eq!(exit.location.as_deref(), Some("https://www.bbc.co.uk/weather"));
}

#[actix_web::test]
async fn the_youngest_childrens_survey_first_tells_the_grown_up_helping_how_to_help() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    let door = child.get("/").await.body;
    assert!(door.contains("For 4 to 7 year olds, with a grown-up to help") && door.contains("/s/little-voices"));
    let intro = child.get("/s/little-voices").await.body;
    let (guidance, form) = (intro.find("For the grown-up helping").unwrap(), intro.find("<form").unwrap());
    assert!(guidance < form, "the adult reads it before starting");
    for words in
        ["not this child's carer", "don't suggest an answer", "don't promise to keep it secret", "Get help now"]
    {
        assert!(intro.contains(words), "{words} missing: {intro}");
    }
    assert!(intro.contains(">We're ready to start</button>"));
    // In the helper's own language too.
    let polish = child.get("/s/little-voices?lang=pl").await.body;
    assert!(polish.contains("Dla dorosłej osoby, która pomaga") && polish.contains("„Pomoc teraz”"), "{polish}");
    // The surveys for older children say nothing of a helper.
    assert!(!child.get("/s/how-are-things").await.body.contains("For the grown-up helping"));
}
