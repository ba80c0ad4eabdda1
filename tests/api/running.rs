//! Review and running from a survey's page: who may take which step, and code batches.

use ourvoice::accounts::Role;
use ourvoice::store::surveys;
use ourvoice::survey::{Status, load_paths};

use crate::helpers::{CODES_SURVEY, Visitor, csrf, signed_in, spawn_app, spawn_app_with_surveys, surveys_with};

/// A draft made from the shipped "my-home" file under another slug.
async fn draft(app: &crate::helpers::TestApp) {
    app.db(|conn| {
        let mut survey = load_paths(&[crate::helpers::shipped_surveys().join("my-home.toml")]).surveys.remove(0).survey;
        survey.slug = "new-home".into();
        surveys::save(conn, &survey, Status::Draft).unwrap();
    })
    .await;
}

async fn step(visitor: &mut Visitor<'_>, from: &str, to: &str) -> u16 {
    let page = visitor.get("/staff/surveys/new-home").await.body;
    visitor.post("/staff/surveys/new-home/status", &[("csrf", &csrf(&page)), ("from", from), ("to", to)]).await.status
}

#[actix_web::test]
async fn ambassadors_send_for_review_and_only_staff_approve_open_and_close() {
    let app = spawn_app().await;
    draft(&app).await;
    let mut child = Visitor::new(&app);
    assert_eq!(child.get("/s/new-home").await.status, 404, "a draft is not live");

    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let page = ambassador.get("/staff/surveys/new-home").await.body;
    assert!(page.contains("Send for review") && !page.contains("Approve"));
    assert_eq!(step(&mut ambassador, "draft", "open").await, 403, "nothing goes live without review");
    assert_eq!(step(&mut ambassador, "draft", "in_review").await, 303);
    let sent = ambassador.get("/staff/surveys/new-home").await.body;
    assert!(
        sent.contains("Waiting for review")
            && sent.contains("approve it or send it back")
            && !sent.contains("in_review<"),
        "in words, with what happens next: {sent}"
    );
    assert_eq!(step(&mut ambassador, "in_review", "approved").await, 403);

    let mut staff = signed_in(&app, Role::Staff).await;
    assert_eq!(step(&mut staff, "in_review", "approved").await, 303);
    assert_eq!(step(&mut staff, "in_review", "approved").await, 409, "a stale form does nothing, and says why");
    assert_eq!(step(&mut staff, "approved", "open").await, 303);
    assert_eq!(child.get("/s/new-home").await.status, 200);
    assert!(child.get("/s/new-home").await.body.contains(">Start</button>"));
    assert_eq!(step(&mut staff, "open", "closed").await, 303);
    assert!(child.get("/s/new-home").await.body.contains("isn't open for answers right now"));

    let audit = staff.get("/staff/audit").await.body;
    for moved in [
        "new-home: draft → in_review",
        "new-home: in_review → approved",
        "new-home: approved → open",
        "new-home: open → closed",
    ] {
        assert!(audit.contains(moved), "{moved} missing from the audit log");
    }
    let mut partner = signed_in(&app, Role::Partner).await;
    assert_eq!(partner.get("/staff/surveys/new-home").await.status, 403);
}

#[actix_web::test]
async fn staff_print_code_cards_from_the_survey_page_and_they_work() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let page = staff.get("/staff/surveys/kiosk").await.body;
    assert!(page.contains("Make printable cards"));
    let sheet = staff.post("/staff/surveys/kiosk/codes", &[("csrf", &csrf(&page)), ("count", "5")]).await;
    assert_eq!(sheet.status, 200);
    let scripts: Vec<&str> =
        sheet.body.match_indices("<script").filter_map(|(i, _)| sheet.body[i..].split_inclusive('>').next()).collect();
    assert_eq!(scripts, ["<script src=\"/assets/print.js\" defer>"], "only the print button's own script");
    assert!(sheet.body.contains("href=\"/staff/surveys/kiosk#cards\"") && sheet.body.contains("Print the cards"));
    let code = regex::Regex::new(r#"<p class="code" dir="ltr">([A-Z0-9-]+)</p>"#).unwrap();
    let codes: Vec<String> = code.captures_iter(&sheet.body).map(|c| c[1].to_string()).collect();
    assert_eq!(codes.len(), 5);
    assert_eq!(sheet.body.matches("<svg").count(), 5, "a QR code on every card");
    let mut child = Visitor::new(&app);
    assert!(child.post_ok("/s/kiosk/start", &[("lang", "en"), ("code", &codes[0])]).await.contains("/q/"));

    // Cards in the survey's other language, right to left, opening the survey in it.
    let arabic =
        staff.post("/staff/surveys/kiosk/codes", &[("csrf", &csrf(&page)), ("count", "2"), ("lang", "ar")]).await;
    assert!(arabic.body.contains("<html lang=\"ar\" dir=\"rtl\">") && arabic.body.contains("رمزك:"), "{}", arabic.body);

    // Staff let anyone with the link answer instead: cards then carry the link only, and a
    // child needs no code; and back again.
    let to_link = [("csrf", csrf(&page)), ("access", "link".to_string())];
    let to_link: Vec<(&str, &str)> = to_link.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(staff.post_ok("/staff/surveys/kiosk/access", &to_link).await, "/staff/surveys/kiosk#cards");
    let page = staff.get("/staff/surveys/kiosk").await.body;
    assert!(page.contains("Anyone with the link can answer") && page.contains("Ask for a single-use code instead"));
    let link_cards = staff.post("/staff/surveys/kiosk/codes", &[("csrf", &csrf(&page)), ("count", "3")]).await;
    assert_eq!((link_cards.body.matches("<svg").count(), code.captures_iter(&link_cards.body).count()), (3, 0));
    assert!(Visitor::new(&app).post_ok("/s/kiosk/start", &[("lang", "en")]).await.contains("/q/"));
    staff.post_ok("/staff/surveys/kiosk/access", &[("csrf", &csrf(&page)), ("access", "codes")]).await;
    assert_eq!(Visitor::new(&app).post("/s/kiosk/start", &[("lang", "en")]).await.status, 422, "a code again");
    assert!(staff.get("/staff/audit").await.body.contains("changed who can answer"));

    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let page = ambassador.get("/staff/surveys/kiosk").await.body;
    assert!(!page.contains("Make printable cards"));
    assert_eq!(
        ambassador.post("/staff/surveys/kiosk/codes", &[("csrf", &csrf(&page)), ("count", "5")]).await.status,
        403
    );
    assert_eq!(staff.post("/staff/surveys/kiosk/codes", &[("csrf", "forged"), ("count", "5")]).await.status, 403);
    let to_link = [("csrf", csrf(&page)), ("access", "link".to_string())];
    let to_link: Vec<(&str, &str)> = to_link.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(ambassador.post("/staff/surveys/kiosk/access", &to_link).await.status, 403, "staff only");
}

#[actix_web::test]
async fn an_unknown_survey_page_is_a_kind_404() {
    let app = spawn_app().await;
    let mut staff = signed_in(&app, Role::Staff).await;
    assert_eq!(staff.get("/staff/surveys/nope").await.status, 404);
}

#[actix_web::test]
async fn reviewers_comment_on_a_question_and_ambassadors_answer() {
    let app = spawn_app().await;
    draft(&app).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let page = staff.get("/staff/surveys/new-home").await.body;
    assert!(page.contains("No comments yet."));
    let said = [
        ("csrf", csrf(&page)),
        ("question", "own-space".into()),
        ("body", "Could this say \"a place of your own\"?".into()),
    ];
    let said: Vec<(&str, &str)> = said.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(staff.post("/staff/surveys/new-home/comments", &said).await.status, 303);

    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let page = ambassador.get("/staff/surveys/new-home").await.body;
    let at = page.find("Do you have a space of your own").unwrap();
    let comment =
        page.find("Could this say &quot;a place of your own&quot;?").expect("the ambassador sees the comment");
    assert!(comment > at, "shown under its question");
    let reply = [("csrf", csrf(&page)), ("question", "".into()), ("body", "Changed it, thanks!".into())];
    let reply: Vec<(&str, &str)> = reply.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(ambassador.post("/staff/surveys/new-home/comments", &reply).await.status, 303);
    assert!(staff.get("/staff/surveys/new-home").await.body.contains("Changed it, thanks!"));
    let empty = [("csrf", csrf(&page)), ("question", "".into()), ("body", "  ".into())];
    let empty: Vec<(&str, &str)> = empty.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let refused = ambassador.post("/staff/surveys/new-home/comments", &empty).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("Write your comment first"));
}

#[actix_web::test]
async fn the_survey_file_downloads_as_export_survey_writes_it() {
    let app = spawn_app().await;
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let file = ambassador.get("/staff/surveys/big-promise/survey.toml").await;
    assert_eq!(file.status, 200);
    let original = load_paths(&[crate::helpers::shipped_surveys().join("big-promise.toml")]).surveys.remove(0).survey;
    assert_eq!(ourvoice::survey::parse_survey(&file.body).unwrap(), original);
    assert_eq!(file.body, ourvoice::survey::to_toml(&original));
}

#[actix_web::test]
async fn refused_forms_say_why_and_keep_what_was_typed() {
    let app = spawn_app().await;
    let mut admin = signed_in(&app, Role::Admin).await;
    let page = admin.get("/staff/people").await.body;
    let token = csrf(&page);
    let invite = admin
        .post(
            "/staff/people/invite",
            &[("csrf", &token), ("name", "Robin Lee"), ("email", "robin.example"), ("role", "partner")],
        )
        .await;
    assert_eq!(invite.status, 422);
    assert!(invite.body.contains("is not an email address: write it like name@example.org"));
    assert!(invite.body.contains("value=\"Robin Lee\"") && invite.body.contains("value=\"robin.example\""));
    assert!(invite.body.contains("<option value=\"partner\" selected>"));
    let code = admin.post("/staff/people/code", &[("csrf", &token), ("name", " ")]).await;
    assert_eq!(code.status, 422);
    assert!(code.body.contains("Enter the young person's name"));

    let page = admin.get("/staff/surveys/my-home").await.body;
    let long = "x".repeat(2001);
    let comment = admin
        .post("/staff/surveys/my-home/comments", &[("csrf", &csrf(&page)), ("question", "own-space"), ("body", &long)])
        .await;
    assert_eq!(comment.status, 422);
    assert!(comment.body.contains("Please keep comments to 2000 characters or fewer (this one is 2001)"));
    assert!(comment.body.contains(&long), "the comment is kept");
    assert!(comment.body.contains("<option value=\"own-space\" selected>"));
}

#[actix_web::test]
async fn staff_see_live_counts_codes_used_responses_by_week_and_days_left() {
    let closes = (chrono::Utc::now().date_naive() + chrono::Duration::days(9)).to_string();
    let survey = CODES_SURVEY.replace("access = \"codes\"", &format!("access = \"codes\"\ncloses = {closes}"));
    let dir = surveys_with(&[("kiosk.toml", &survey)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    let codes = app.make_codes("kiosk", 5).await;
    for code in &codes[..2] {
        let body = serde_json::json!({"answers": {"feel-safe": "4"}, "code": code}).to_string();
        assert_eq!(app.post_json("/api/v1/surveys/kiosk/responses", "application/json", body).await.0, 201);
    }
    let mut staff = signed_in(&app, Role::Staff).await;
    let page = staff.get("/staff/surveys/kiosk").await.body;
    // Exact for staff, though fewer than the threshold of 5.
    assert!(page.contains("<strong>2</strong> responses (an exact count, for staff only)"), "{page}");
    assert!(page.contains("<strong>2</strong> of 5 codes used"), "{page}");
    assert!(page.contains("<strong>10 days left</strong>"), "the closing day counts: {page}");
    assert!(page.contains("Responses each week") && page.contains("<td>2</td>"), "{page}");
    assert_eq!(page.matches("<rect").count(), 1, "one week so far, one bar");

    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let theirs = ambassador.get("/staff/surveys/kiosk").await.body;
    assert!(theirs.contains("Fewer than 5 responses so far") && !theirs.contains("codes used"), "{theirs}");
}

#[actix_web::test]
async fn the_home_page_shows_what_needs_each_person_with_dates() {
    let app = spawn_app().await;
    draft(&app).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    assert!(staff.get("/staff").await.body.contains("Nothing is waiting for you."));

    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let theirs = ambassador.get("/staff").await.body;
    assert!(theirs.contains("is a draft: change it, then send it for review"), "{theirs}");
    assert_eq!(step(&mut ambassador, "draft", "in_review").await, 303);

    // A concern comes in: a worrying free-text answer.
    let body = serde_json::json!({"answers": {"one-wish": "I want to kill myself"}}).to_string();
    assert_eq!(app.post_json("/api/v1/surveys/big-promise/responses", "application/json", body).await.0, 201);
    let home = staff.get("/staff").await.body;
    let today = chrono::Utc::now().date_naive().format("%-d %B %Y").to_string();
    assert!(
        home.contains("is waiting for your review</a> <span class=\"muted\">(since ") && home.contains(&today),
        "{home}"
    );
    assert!(home.contains("1 answer of concern not yet seen"), "{home}");
    assert!(!ambassador.get("/staff").await.body.contains("of concern"), "concerns are for staff");
}
