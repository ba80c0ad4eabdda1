//! The survey designer, used as an ambassador would: with forms only, saving as they go, and
//! reading `check`'s messages beside the fields.

use ourvoice::accounts::Role;
use ourvoice::store::surveys;
use ourvoice::survey::{Status, parse_survey, to_toml};

use crate::helpers::{Visitor, csrf, shipped_surveys, signed_in, spawn_app, unescaped};

/// The HTML of the form field holding the control with `id`.
fn field<'p>(page: &'p str, id: &str) -> &'p str {
    let at = page.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id} in {page}"));
    let start = page[..at].rfind("<div class=\"field").expect("a field around it");
    let end = page[at..].find("<div class=\"field").map_or(page.len(), |e| at + e);
    &page[start..end]
}

/// Posts a designer form with the page's CSRF token and follows the redirect.
async fn save(visitor: &mut Visitor<'_>, path: &str, form: &[(&str, &str)]) -> String {
    let token = csrf(&visitor.get("/staff").await.body);
    let mut with_token = vec![("csrf", token.as_str())];
    with_token.extend_from_slice(form);
    let to = visitor.post_ok(path, &with_token).await;
    let reply = visitor.get(&to).await;
    assert_eq!(reply.status, 200, "{to}");
    unescaped(reply.body)
}

#[actix_web::test]
async fn an_ambassador_designs_a_survey_that_staff_open_and_a_child_answers() {
    let app = spawn_app().await;
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    assert!(ambassador.get("/staff").await.body.contains("href=\"/staff/surveys/new\""));
    let page = ambassador.get("/staff/surveys/new").await.body;
    let refused = ambassador
        .post(
            "/staff/surveys/new",
            &[("csrf", &csrf(&page)), ("title", "Health"), ("slug", "my-home"), ("audience", "11-17")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(unescaped(refused.body.clone()).contains("There is already a survey with the link my-home"));
    assert!(refused.body.contains("value=\"Health\""), "what was typed is kept");

    let to = ambassador
        .post_ok(
            "/staff/surveys/new",
            &[("csrf", &csrf(&page)), ("title", "Feeling healthy?"), ("slug", ""), ("audience", "11-17"), ("from", "")],
        )
        .await;
    assert_eq!(to, "/staff/surveys/feeling-healthy/design?done=created");
    // A new survey opens with nothing in red: it starts with an introduction to make its own,
    // and says what to do next.
    let design = unescaped(ambassador.get(&to).await.body);
    assert!(!design.contains("error") && !design.contains("to fix"), "{design}");
    assert!(design.contains("Next: add its first question below"), "{design}");
    assert!(field(&design, "intro").contains("We never ask your name."));
    assert!(ambassador.get("/staff").await.body.contains("Being designed"));

    // A bad value is kept as typed, with check's message beside it.
    let base = "/staff/surveys/feeling-healthy/design";
    let intro = "Tell us how you feel.\n\nIt only takes a few minutes.";
    let design = save(
        &mut ambassador,
        base,
        &[
            ("title", "Feeling healthy?"),
            ("audience", "11-17"),
            ("intro", intro),
            ("access", "link"),
            ("report_threshold", "five"),
            ("languages", "en"),
            ("languages", "pl"),
        ],
    )
    .await;
    let threshold = field(&design, "report_threshold");
    assert!(threshold.contains("value=\"five\""), "{threshold}");
    assert!(threshold.contains("Write the smallest group shown in results as a whole number, like 5."), "{threshold}");
    assert_eq!(design.matches("Add at least one question.").count(), 1, "said once, in plain words: {design}");
    assert!(!design.contains("missing key") && !design.contains("0 questions"), "{design}");
    assert!(field(&design, "languages").contains("value=\"pl\" checked"), "Polish is ticked");
    assert!(field(&design, "intro").contains("It only takes a few minutes."));

    // Questions: a scale, then a choice shown only after low answers, then one from the bank.
    let added =
        save(&mut ambassador, &format!("{base}/questions"), &[("kind", "scale"), ("text", "How healthy do you feel?")])
            .await;
    assert!(added.contains("Question added"));
    assert!(!added.contains("class=\"field error\""), "nothing in red before they have typed: {added}");
    let unsaved = save(&mut ambassador, &format!("{base}/q/1"), &[("action", "save")]).await;
    assert!(field(&unsaved, "priority").contains("Choose the priority."), "{unsaved}");
    let q1 = format!("{base}/q/1");
    let fields = [
        ("kind", "scale"),
        ("text", "How healthy do you feel?"),
        ("hint", ""),
        ("priority", "health"),
        ("outcome", "wellbeing"),
        ("labels", "Awful\nBad\nOK\nGood"),
        ("about_you", ""),
        ("id", "feel-healthy"),
        ("show_if_question", ""),
        ("show_if_answers", ""),
        ("help_if", "Awful"),
    ];
    let page = save(&mut ambassador, &q1, &[&fields[..], &[("action", "save")]].concat()).await;
    assert!(
        field(&page, "labels").contains("The words for the five faces has 4 entries: a scale needs exactly 5"),
        "{page}"
    );
    let help_if = field(&page, "help_if");
    assert!(
        help_if.contains("\"Awful\" is not one of this question's answers") && help_if.contains("1, 2, 3, 4, 5"),
        "{help_if}"
    );
    assert!(page.contains("The preview shows once this question has no problems"));
    let mut fixed = fields.to_vec();
    fixed[5] = ("labels", "");
    fixed[10] = ("help_if", "1");
    let page = save(&mut ambassador, &q1, &[&fixed[..], &[("action", "save")]].concat()).await;
    assert!(!page.contains("class=\"field error\""), "{page}");
    let preview = &page[page.find("How it looks to a young person").unwrap()..];
    assert!(preview.contains("Really good") && preview.contains("face mood-5"), "the child's own scale: {preview}");

    save(&mut ambassador, &format!("{base}/questions"), &[("kind", "multi"), ("text", "Who helps you stay well?")])
        .await;
    let q2 = format!("{base}/q/2");
    let choice = [
        ("kind", "multi"),
        ("text", "Who helps you stay well?"),
        ("priority", "health"),
        ("options", "My carer\nA doctor or nurse\nA friend"),
        ("id", "who-helps"),
        ("show_if_question", "feel-healthy"),
        ("show_if_answers", "1\n2"),
        ("action", "save"),
    ];
    let page = save(&mut ambassador, &q2, &choice).await;
    assert!(!page.contains("class=\"field error\""), "{page}");
    // "Only ask if…" is picked, not typed: the earlier question's answers are ticked.
    let show_if = &page[page.find("id=\"show_if\"").unwrap()..];
    assert!(show_if.contains("<option value=\"feel-healthy\" selected>How healthy do you feel?</option>"), "{show_if}");
    for (value, label, ticked) in [("1", "Really bad", true), ("2", "Bad", true), ("3", "OK", false)] {
        let tick = if ticked { " checked" } else { "" };
        assert!(
            show_if.contains(&format!("value=\"{value}\"{tick}><label for=\"show_if_answer-")),
            "{value}: {show_if}"
        );
        assert!(show_if.contains(&format!(">{label}</label>")), "{label}");
    }

    let bank = ambassador.get(&format!("{base}/bank?q=old")).await.body;
    assert!(bank.contains("How old are you?"), "{bank}");
    let page = save(&mut ambassador, &format!("{base}/bank"), &[("from", "big-promise"), ("id", "age-band")]).await;
    assert!(page.contains("Question 3: How old are you?"));
    let again = ambassador
        .post(&format!("{base}/bank"), &[("csrf", &csrf(&page)), ("from", "big-promise"), ("id", "age-band")])
        .await;
    assert_eq!(again.status, 422);
    assert!(unescaped(again.body.clone()).contains("already has a question with the id \"age-band\""));
    let overview = save(&mut ambassador, &format!("{base}/q/3"), &[("action", "up")]).await;
    let order = |page: &str| ["age-band", "feel-healthy", "who-helps"].map(|id| page.find(&format!("({id},")).unwrap());
    let at = order(&overview);
    assert!(at[1] < at[0] && at[0] < at[2], "age-band moved up one place: {at:?}");

    // Polish, side by side. The bank brought age-band's Polish along; what is still to write is
    // no problem (once the rest is right, it is listed as not translated yet, blocking nothing).
    assert!(!overview.contains("missing key") && !overview.contains("translation \"pl\""), "{overview}");
    assert!(overview.contains("href=\"/staff/surveys/feeling-healthy/design/translations/pl\""));
    let pl = format!("{base}/translations/pl");
    let translation = ambassador.get(&pl).await.body;
    assert!(translation.contains("How healthy do you feel?") && translation.contains("lang=\"pl\""));
    assert!(translation.contains("Ile masz lat?"), "the bank's translation is reused");
    let page = save(
        &mut ambassador,
        &pl,
        &[
            ("title", "Czy czujesz się zdrowo?"),
            ("intro", "Powiedz nam, jak się czujesz."),
            ("questions.feel-healthy.text", "Jak zdrowo się czujesz?"),
            ("questions.age-band.text", "Ile masz lat?"),
            ("questions.age-band.options", "11 do 13\n14 do 15"),
            ("questions.nobody.text", "ignored"),
        ],
    )
    .await;
    let options = field(&page, "q-age-band-options");
    assert!(options.contains("The answers to choose from has 2 entries but the English question has 3"), "{options}");
    assert!(options.contains("14 do 15</textarea>"), "what was typed is kept: {options}");
    let page = save(&mut ambassador, &pl, &[("questions.age-band.options", "11 do 13\n14 do 15\n16 do 17")]).await;
    assert!(!page.contains("To fix"), "{page}");
    let overview = save(
        &mut ambassador,
        base,
        &[
            ("title", "Feeling healthy?"),
            ("audience", "11-17"),
            ("intro", intro),
            ("report_threshold", "5"),
            ("languages", "en\npl"),
        ],
    )
    .await;
    assert!(overview.contains("No problems: this survey is ready to send for review"), "{overview}");
    let untranslated = &overview[overview.find("Not translated yet").expect("who-helps is not translated")..];
    assert!(
        untranslated.contains(">question 3</a>") && untranslated.contains(">question 3's answers</a>"),
        "{untranslated}"
    );
    let preview = ambassador.get(&format!("{base}/preview?lang=pl")).await.body;
    assert!(preview.contains("Jak zdrowo się czujesz?") && preview.contains("<html lang=\"pl\""));
    assert!(preview.contains("Who helps you stay well?"), "English where Polish is not written yet");
    assert!(
        unescaped(preview.clone()).contains("Asked only if “How healthy do you feel?” was answered Really bad or Bad"),
        "the preview says which questions are asked only sometimes: {preview}"
    );
    // The rest of the Polish, before review.
    save(
        &mut ambassador,
        &pl,
        &[
            ("questions.who-helps.text", "Kto pomaga ci dbać o zdrowie?"),
            ("questions.who-helps.options", "Mój opiekun\nLekarz lub pielęgniarka\nPrzyjaciel"),
        ],
    )
    .await;

    // Saved as a draft survey; what the browser built is the same file as export-survey.
    let stored = app.db(|conn| surveys::find(conn, "feeling-healthy").unwrap().unwrap()).await;
    assert_eq!(stored.status, Status::Draft);
    assert_eq!(stored.survey.questions.len(), 3);
    let file = ambassador.get("/staff/surveys/feeling-healthy/survey.toml").await.body;
    assert_eq!(file, to_toml(&stored.survey));
    assert_eq!(parse_survey(&file).unwrap(), stored.survey);

    // Review: once sent, the designer is read-only.
    let page = ambassador.get("/staff/surveys/feeling-healthy").await.body;
    ambassador
        .post_ok(
            "/staff/surveys/feeling-healthy/status",
            &[("csrf", &csrf(&page)), ("from", "draft"), ("to", "in_review")],
        )
        .await;
    let locked = ambassador.get(base).await.body;
    assert!(locked.contains("so it can't be changed here"));
    assert!(!locked.contains(">Save</button>"));
    let refused = ambassador.post(base, &[("csrf", &csrf(&locked)), ("title", "Sneaky")]).await;
    assert_eq!(refused.status, 409);
    assert!(refused.body.contains("Only a draft can change"));

    let mut staff = signed_in(&app, Role::Staff).await;
    for (from, to) in [("in_review", "approved"), ("approved", "open")] {
        let page = staff.get("/staff/surveys/feeling-healthy").await.body;
        staff
            .post_ok("/staff/surveys/feeling-healthy/status", &[("csrf", &csrf(&page)), ("from", from), ("to", to)])
            .await;
    }

    // A child answers it, in Polish, with the show_if honoured.
    let mut child = Visitor::new(&app);
    let to = child.post_ok("/s/feeling-healthy/start", &[("lang", "pl")]).await;
    let page = child.get(&to).await.body;
    assert!(page.contains("Jak zdrowo się czujesz?"), "{page}");
    let to = child.post_ok(&to, &[("answer", "2"), ("action", "continue")]).await;
    assert!(child.get(&to).await.body.contains("Ile masz lat?"), "{to}");
    let to = child.post_ok(&to, &[("answer", "14 to 15"), ("action", "continue")]).await;
    assert!(to.ends_with("/q/who-helps"), "a low answer shows the follow-up, in its place: {to}");
    let to = child.post_ok(&to, &[("answer", "A friend"), ("action", "continue")]).await;
    assert!(to.ends_with("/check"));
    let thanks = child.post_page("/s/feeling-healthy/send", &[]).await;
    assert!(thanks.contains("Twoje odpowiedzi zostały wysłane"), "{thanks}");
    let (answered, help_if) = app
        .db(|conn| {
            let stored = surveys::find(conn, "feeling-healthy").unwrap().unwrap();
            let help_if = stored.survey.question("feel-healthy").unwrap().help_if.clone();
            (surveys::response_count(conn, &stored.id).unwrap(), help_if)
        })
        .await;
    assert_eq!(answered, 1);
    assert_eq!(help_if, ["1"], "the designer's answers that put help first went live with the survey");
}

#[actix_web::test]
async fn work_is_never_lost_and_an_unfinished_design_cannot_go_for_review() {
    let app = spawn_app().await;
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    let page = ambassador.get("/staff/surveys/new").await.body;
    // A new version of an open survey starts from it, with its question ids.
    let to = ambassador
        .post_ok(
            "/staff/surveys/new",
            &[
                ("csrf", &csrf(&page)),
                ("title", "My home 2027"),
                ("slug", "my-home-2027"),
                ("audience", "11-17"),
                ("from", "my-home"),
            ],
        )
        .await;
    let overview = ambassador.get(&to).await.body;
    assert!(overview.contains("No problems"), "{overview}");
    let original = app.db(|conn| surveys::find(conn, "my-home").unwrap().unwrap().survey).await;
    let copy = app.db(|conn| surveys::find(conn, "my-home-2027").unwrap().unwrap().survey).await;
    assert_eq!(copy.questions, original.questions);

    // Break it: the question keeps what was typed, the survey keeps its last good version.
    let base = "/staff/surveys/my-home-2027/design";
    let page =
        save(&mut ambassador, &format!("{base}/q/1"), &[("text", ""), ("hint", "<b>bold</b>"), ("action", "save")])
            .await;
    assert!(field(&page, "text").contains("Write the question."), "{page}");
    assert!(field(&page, "hint").contains("value=\"<b>bold</b>\""), "{page}");
    assert!(field(&page, "hint").contains("holds HTML"), "{page}");
    let kept = app.db(|conn| surveys::find(conn, "my-home-2027").unwrap().unwrap().survey).await;
    assert_eq!(kept.questions, original.questions, "the saved survey is the last version without problems");
    let survey_page = ambassador.get("/staff/surveys/my-home-2027").await.body;
    assert!(!survey_page.contains("Send for review") && survey_page.contains("problems still to fix"));
    let refused = ambassador
        .post(
            "/staff/surveys/my-home-2027/status",
            &[("csrf", &csrf(&survey_page)), ("from", "draft"), ("to", "in_review")],
        )
        .await;
    assert_eq!(refused.status, 409);

    // Another session (a restart, another device) sees the same unfinished work.
    let mut later = signed_in(&app, Role::Staff).await;
    let page = later.get(&format!("{base}/q/1")).await.body;
    assert!(field(&page, "hint").contains("&lt;b&gt;bold&lt;/b&gt;"));
    let page = save(
        &mut later,
        &format!("{base}/q/1"),
        &[("text", original.questions[0].text.as_str()), ("hint", ""), ("action", "save")],
    )
    .await;
    assert!(!page.contains("class=\"field error\""), "{page}");
    assert!(later.get("/staff/surveys/my-home-2027").await.body.contains("Send for review"));
    assert!(later.get("/staff/audit").await.body.contains("changed a survey design"));

    // Removing a question others depend on is allowed, and check says what now needs fixing.
    let removed = save(&mut later, &format!("{base}/q/1"), &[("action", "remove")]).await;
    assert!(removed.contains("Question removed"));
}

#[actix_web::test]
async fn a_file_imported_shows_up_in_the_designer_and_open_questions_stay_put() {
    let app = spawn_app().await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let dir = tempfile::tempdir().unwrap();
    let source = std::fs::read_to_string(shipped_surveys().join("my-home.toml")).unwrap();
    let new_version = source
        .replace("slug = \"my-home\"", "slug = \"my-home-next\"")
        .replace("title = \"My home\"", "title = \"My home, next year\"");
    std::fs::write(dir.path().join("next.toml"), &new_version).unwrap();
    let paths = vec![dir.path().join("next.toml")];
    let said = app.db(move |conn| ourvoice::import::import(conn, &paths, Status::Draft).unwrap()).await;
    assert!(said[0].starts_with("my-home-next: created (draft)"), "{said:?}");
    let design = staff.get("/staff/surveys/my-home-next/design").await.body;
    assert!(design.contains("value=\"My home, next year\""), "{design}");

    // my-home is open: changing a question's words is refused, the title may change.
    std::fs::write(dir.path().join("next.toml"), source.replace("title = \"My home\"", "title = \"Home\"")).unwrap();
    let paths = vec![dir.path().join("next.toml")];
    let said = app.db(move |conn| ourvoice::import::import(conn, &paths, Status::Draft).unwrap()).await;
    assert_eq!(said, ["my-home: updated — title changed"], "an open survey keeps its status");
    let q = app.db(|conn| surveys::find(conn, "my-home").unwrap().unwrap().survey.questions[1].text.clone()).await;
    std::fs::write(dir.path().join("next.toml"), source.replace(&q, "Something else entirely?")).unwrap();
    let paths = vec![dir.path().join("next.toml")];
    let failed = app.db(move |conn| ourvoice::import::import(conn, &paths, Status::Open).unwrap_err()).await;
    assert!(failed.lines[0].contains("is open, so its questions cannot change"), "{:?}", failed.lines);
    assert!(failed.lines[0].contains("own slug"));
    let locked = staff.get("/staff/surveys/my-home/design").await.body;
    assert!(locked.contains("A new version is a new survey"));
}

/// A survey written in other scripts, with the smallest threshold so its results show soon.
const SCRIPTS: &str = r#"slug = "scripts"
title = "আমার বাড়ি 我的家"
audience = "11-17"
intro = "نريد أن نعرف كيف حالك."
report_threshold = 3

[[questions]]
id = "feel"
kind = "choice"
priority = "home"
text = "你在家里感觉安全吗？"
options = ["是", "不是", "হ্যাঁ, বেশিরভাগ সময়"]

[[questions]]
id = "say"
kind = "text"
priority = "home"
text = "একটা কথা বলো"
"#;

#[actix_web::test]
async fn staff_and_designer_pages_keep_other_scripts_whole() {
    let dir = crate::helpers::surveys_with(&[("scripts.toml", SCRIPTS)]);
    let app = crate::helpers::spawn_app_with_surveys(dir.path()).await;
    let body = r#"{"answers": {"feel": "হ্যাঁ, বেশিরভাগ সময়", "say": "أريد غرفة لي وحدي"}}"#;
    for _ in 0..3 {
        let (status, _) = app.post_json("/api/v1/surveys/scripts/responses", "application/json", body).await;
        assert_eq!(status, 201);
    }
    let mut staff = signed_in(&app, Role::Staff).await;
    for (path, words) in [
        ("/staff", "আমার বাড়ি 我的家"),
        ("/staff/surveys/scripts", "你在家里感觉安全吗？"),
        ("/staff/surveys/scripts/design", "نريد أن نعرف كيف حالك."),
        ("/staff/surveys/scripts/design/q/1", "হ্যাঁ, বেশিরভাগ সময়"),
        ("/staff/surveys/scripts/design/preview", "একটা কথা বলো"),
        ("/staff/surveys/scripts/results", "হ্যাঁ, বেশিরভাগ সময়"),
        ("/staff/surveys/scripts/themes", "أريد غرفة لي وحدي"),
        ("/staff/surveys/scripts/survey.toml", "title = \"আমার বাড়ি 我的家\""),
    ] {
        let page = staff.get(path).await;
        assert_eq!(page.status, 200, "{path}");
        assert!(unescaped(page.body).contains(words), "{path} lost {words}");
    }
    // Downloads carry a byte-order mark, so spreadsheet programs read the scripts right.
    for path in ["/staff/surveys/scripts/results.csv", "/staff/surveys/scripts/answers.csv"] {
        let csv = staff.get(path).await.body;
        assert!(csv.starts_with('\u{feff}') && csv.contains("হ্যাঁ, বেশিরভাগ সময়"), "{path}: {csv}");
    }
    // A new survey titled in another script gets a link in Latin letters.
    let page = staff.get("/staff/surveys/new").await.body;
    let made = staff
        .post_ok(
            "/staff/surveys/new",
            &[("csrf", &csrf(&page)), ("title", "Mój dom"), ("slug", ""), ("audience", "11-17")],
        )
        .await;
    assert_eq!(made, "/staff/surveys/moj-dom/design?done=created");
    let design = staff.get(&made).await.body;
    assert!(design.contains("Mój dom"));
}
