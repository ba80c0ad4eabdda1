//! Accounts and signing in: magic links, one-time codes, sessions, CSRF, who may go where.

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::accounts;
use ourvoice::store::schema::{sessions, sign_in_tokens};

use crate::helpers::{
    CODES_SURVEY, ServerProcess, SmtpServer, TestDb, Visitor, account, csrf, ourvoice, shipped_surveys, signed_in,
    spawn_app, spawn_app_with, spawn_app_with_surveys, surveys_with, text,
};

#[actix_web::test]
async fn a_link_signs_in_once_and_only_after_a_button() {
    let app = spawn_app().await;
    let link = account(&app, Some("pat@council.test"), Role::Staff).await;
    let mut pat = Visitor::new(&app);
    let confirm = pat.get(&link).await;
    assert_eq!(confirm.status, 200, "opening the link (as a mail scanner would) uses nothing");
    assert!(confirm.body.contains(">Sign in</button>"));
    assert_eq!(pat.post_ok(&link, &[]).await, "/staff");
    let cookie = pat.session.clone().expect("a session cookie");
    let home = pat.get("/staff").await;
    assert!(home.body.contains("Signed in as <strong>Pat Example</strong> (staff)"), "{}", home.body);

    let mut again = Visitor::new(&app);
    assert_eq!(again.post(&link, &[]).await.status, 410, "a link works once");
    assert_eq!(again.get("/staff").await.location.as_deref(), Some("/sign-in"));
    let stored: Vec<String> = app.db(|conn| sessions::table.select(sessions::hash).load(conn).unwrap()).await;
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0], cookie, "only a hash of the session secret is stored");
}

#[actix_web::test]
async fn an_expired_link_does_not_sign_in() {
    let app = spawn_app().await;
    let link = account(&app, None, Role::Staff).await;
    let past = chrono::Utc::now().naive_utc() - chrono::Duration::minutes(1);
    app.db(move |conn| {
        diesel::update(sign_in_tokens::table).set(sign_in_tokens::expires_at.eq(past)).execute(conn).unwrap()
    })
    .await;
    assert_eq!(Visitor::new(&app).post(&link, &[]).await.status, 410);
}

#[actix_web::test]
async fn magic_links_are_emailed_and_the_answer_is_the_same_for_unknown_addresses() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    app.db(|conn| accounts::create_user(conn, Some("sam@council.test"), "Sam", Role::Ambassador).map(drop).unwrap())
        .await;
    let mut visitor = Visitor::new(&app);
    let known = visitor.post("/sign-in", &[("email", "Sam@Council.test")]).await;
    let unknown = visitor.post("/sign-in", &[("email", "nobody@council.test")]).await;
    assert_eq!((known.status, unknown.status), (200, 200));
    assert_eq!(known.body.replace("Sam@Council.test", "X"), unknown.body.replace("nobody@council.test", "X"));
    let messages = smtp.wait_for(1).await;
    assert_eq!(messages.len(), 1, "only the account holder gets an email");
    // Quoted-printable: long lines carry soft breaks ("=" at the end of a line).
    let email = &messages[0].replace("=\r\n", "").replace("=\n", "");
    assert!(email.contains("To: sam@council.test"));
    let at = email.find("/sign-in/link/").unwrap();
    let link: String = email[at..].chars().take_while(|c| !c.is_whitespace()).collect();
    assert_eq!(Visitor::new(&app).post_ok(&link, &[]).await, "/staff");
}

#[actix_web::test]
async fn staff_make_a_sign_in_code_for_a_young_person_without_email() {
    let app = spawn_app().await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let people = staff.get("/staff/people").await.body;
    let made = staff.post("/staff/people/code", &[("csrf", &csrf(&people)), ("name", "Jordan")]).await;
    assert_eq!(made.status, 200);
    let at = made.body.find("strong class=\"code\">").unwrap() + 20;
    let code = made.body[at..at + 9].to_string();
    let mut jordan = Visitor::new(&app);
    assert_eq!(jordan.post_ok("/sign-in/code", &[("code", &code.to_lowercase().replace('-', ""))]).await, "/staff");
    assert!(jordan.get("/staff").await.body.contains("Signed in as <strong>Jordan</strong> (ambassador)"));
    assert_eq!(Visitor::new(&app).post("/sign-in/code", &[("code", &code)]).await.status, 410, "once only");
}

#[actix_web::test]
async fn forms_need_their_csrf_token_and_sign_out_works_everywhere() {
    let app = spawn_app().await;
    let link = account(&app, None, Role::Admin).await;
    let mut laptop = Visitor::new(&app);
    laptop.post_ok(&link, &[]).await;
    // A second device, signed in with a second link for the same account.
    let user_id: String = app.db(|conn| sessions::table.select(sessions::user_id).first(conn).unwrap()).await;
    let second = app.db(move |conn| accounts::issue_link(conn, &user_id, chrono::Duration::minutes(5)).unwrap()).await;
    let mut phone = Visitor::new(&app);
    phone.post_ok(&format!("/sign-in/link/{second}"), &[]).await;

    assert_eq!(laptop.post("/sign-out", &[("csrf", "forged")]).await.status, 403);
    assert_eq!(laptop.post("/sign-out", &[]).await.status, 403);
    let page = laptop.get("/staff").await.body;
    assert_eq!(laptop.post_ok("/sign-out/everywhere", &[("csrf", &csrf(&page))]).await, "/sign-in");
    assert_eq!(phone.get("/staff").await.location.as_deref(), Some("/sign-in"), "signed out on the phone too");
    let audit = signed_in(&app, Role::Staff).await.get("/staff/audit").await.body;
    assert!(audit.contains("signed out") && audit.contains("everywhere") && audit.contains("signed in"));
}

/// A form's path, its fields, who may send it, and what they get back.
type FormRoute = (&'static str, &'static [(&'static str, &'static str)], &'static [Role], u16);

#[actix_web::test]
async fn every_signed_in_route_with_every_role() {
    let dir = surveys_with(&[("kiosk.toml", CODES_SURVEY)]);
    let app = spawn_app_with_surveys(dir.path()).await;
    const DESIGNERS: &[Role] = &[Role::Ambassador, Role::Staff, Role::Admin];
    const STAFF: &[Role] = &[Role::Staff, Role::Admin];
    const EVERYONE: &[Role] = &[Role::Ambassador, Role::Staff, Role::Partner, Role::Admin];
    // (path, who may see it)
    let pages: &[(&str, &[Role])] = &[
        ("/staff", EVERYONE),
        ("/staff/people", STAFF),
        ("/staff/partners", STAFF),
        ("/staff/audit", STAFF),
        ("/staff/emails", STAFF),
        ("/staff/surveys/my-home", DESIGNERS),
        ("/staff/surveys/my-home/survey.toml", DESIGNERS),
        ("/staff/surveys/new", DESIGNERS),
        ("/staff/surveys/my-home/design", DESIGNERS),
        ("/staff/surveys/my-home/design/q/1", DESIGNERS),
        ("/staff/surveys/my-home/design/bank", DESIGNERS),
        ("/staff/surveys/my-home/design/preview", DESIGNERS),
        ("/staff/surveys/kiosk/design/translations/ar", DESIGNERS),
        ("/staff/surveys/my-home/results", DESIGNERS),
        ("/staff/surveys/my-home/results.csv", DESIGNERS),
        ("/staff/surveys/my-home/themes", STAFF),
        ("/staff/concerns", STAFF),
        ("/staff/contact", STAFF),
        ("/staff/reports", DESIGNERS),
        ("/staff/partner", &[Role::Partner]),
    ];
    // (path, form, who may send it, what they get): forms that change nothing when allowed,
    // because my-home is open or the form is incomplete.
    let forms: &[FormRoute] = &[
        ("/staff/people/invite", &[("name", ""), ("email", ""), ("role", "partner")], STAFF, 422),
        ("/staff/people/code", &[("name", "")], STAFF, 422),
        ("/staff/people/nobody/resend", &[], STAFF, 404),
        ("/staff/people/nobody/role", &[("role", "staff")], STAFF, 404),
        ("/staff/people/nobody/remove", &[], STAFF, 404),
        ("/staff/emails/retry", &[], STAFF, 303),
        ("/staff/partners", &[("name", ""), ("contacts", "")], STAFF, 422),
        ("/staff/partners/nobody", &[("contacts", "")], STAFF, 404),
        ("/staff/surveys/new", &[("title", "")], DESIGNERS, 422),
        ("/staff/surveys/my-home/comments", &[("body", "")], DESIGNERS, 422),
        ("/staff/surveys/my-home/status", &[("from", "open"), ("to", "draft")], &[], 403),
        ("/staff/surveys/my-home/codes", &[("count", "0")], &[], 403),
        ("/staff/surveys/my-home/access", &[("access", "nope")], STAFF, 404),
        ("/staff/surveys/my-home/design", &[("title", "Changed")], DESIGNERS, 409),
        ("/staff/surveys/my-home/design/questions", &[("kind", "text")], DESIGNERS, 409),
        ("/staff/surveys/my-home/design/q/1", &[("action", "down")], DESIGNERS, 409),
        ("/staff/surveys/my-home/design/bank", &[("from", "big-promise"), ("id", "age-band")], DESIGNERS, 409),
        ("/staff/surveys/kiosk/design/translations/ar", &[("title", "x")], DESIGNERS, 409),
        ("/staff/surveys/my-home/themes/move", &[("answer", "x"), ("to", "")], STAFF, 409),
        ("/staff/surveys/my-home/themes/quote", &[("answer", "x")], STAFF, 404),
        ("/staff/concerns/x", &[("note", "")], STAFF, 404),
        ("/staff/contact/x/handled", &[], STAFF, 404),
        ("/staff/reports", &[("title", "")], DESIGNERS, 422),
        (
            "/staff/reports/x/statements",
            &[("priority", "home"), ("status", "planned"), ("you_said", "a"), ("action", "b")],
            DESIGNERS,
            404,
        ),
        ("/staff/reports/x/publish", &[], STAFF, 404),
        // The partners here belong to no organisation, so have no actions to change.
        ("/staff/partner/statements/x", &[("status", "done")], &[Role::Partner], 403),
    ];
    let mut nobody = Visitor::new(&app);
    for (path, _) in pages {
        assert_eq!(nobody.get(path).await.location.as_deref(), Some("/sign-in"), "{path} without signing in");
    }
    for (path, form, ..) in forms {
        assert_eq!(nobody.post(path, form).await.location.as_deref(), Some("/sign-in"), "POST {path} signed out");
    }
    for role in [Role::Ambassador, Role::Staff, Role::Partner, Role::Admin] {
        let mut visitor = signed_in(&app, role).await;
        for (path, allowed) in pages {
            let status = visitor.get(path).await.status;
            assert_eq!(status, if allowed.contains(&role) { 200 } else { 403 }, "{path} as {role}");
        }
        let token = csrf(&visitor.get("/staff").await.body);
        for (path, form, allowed, answer) in forms {
            assert_eq!(visitor.post(path, form).await.status, 403, "POST {path} as {role} without a CSRF token");
            let with_token: Vec<(&str, &str)> =
                [("csrf", token.as_str())].into_iter().chain(form.iter().copied()).collect();
            let status = visitor.post(path, &with_token).await.status;
            assert_eq!(status, if allowed.contains(&role) { *answer } else { 403 }, "POST {path} as {role}");
        }
    }
    let unchanged = app.db(|conn| ourvoice::store::surveys::find(conn, "my-home").unwrap().unwrap()).await;
    assert_eq!(unchanged.status, ourvoice::survey::Status::Open);
    assert_ne!(unchanged.survey.title, "Changed");
}

#[actix_web::test]
async fn the_command_line_and_a_database_with_no_accounts_give_a_first_sign_in_link() {
    // No account yet (the surveys are there, as after a first start that stopped before anyone
    // signed in).
    let db = TestDb::with_shipped_surveys();
    let server = ServerProcess::start(&db.url, &[]);
    let line = server
        .stdout
        .iter()
        .find(|l| l.starts_with("first admin: sign in within 24 hours at "))
        .expect("a first admin link");
    let link = line.rsplit(' ').next().unwrap();
    assert!(link.starts_with(&format!("{}/sign-in/link/", server.address)), "{link}");
    let client = awc::Client::builder().disable_redirects().finish();
    let signed = client.post(link).send().await.unwrap();
    assert_eq!(signed.status().as_u16(), 303);
    drop(server);
    let again = ServerProcess::start(&db.url, &[]);
    assert!(!again.stdout.iter().any(|l| l.starts_with("first admin")), "only when there are no accounts");

    let out = ourvoice(
        &db.url,
        &["admin", "create-user", "lead@council.test", "--role", "staff", "--base-url", "https://ourvoice.example"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).trim().starts_with("https://ourvoice.example/sign-in/link/"));
    let bound = std::process::Command::new(env!("CARGO_BIN_EXE_ourvoice"))
        .args(["admin", "create-user", "kim@council.test", "--role", "staff"])
        .env("DATABASE_URL", &db.url)
        .env("OURVOICE_BIND", "127.0.0.1:9123")
        .env_remove("OURVOICE_PUBLIC_URL")
        .output()
        .unwrap();
    assert!(text(&bound.stdout).starts_with("http://127.0.0.1:9123/sign-in/link/"), "the link is where the server is");
    let twice = ourvoice(&db.url, &["admin", "create-user", "LEAD@council.test", "--role", "staff"]);
    assert_eq!(twice.status.code(), Some(1));
    let wrong = ourvoice(&db.url, &["admin", "create-user", "x@council.test", "--role", "boss"]);
    assert!(text(&wrong.stderr).contains("unknown role \"boss\""));
}

/// The sign-in link in an email, with quoted-printable soft breaks undone.
fn link_in(email: &str) -> String {
    let email = email.replace("=\r\n", "").replace("=\n", "");
    let at = email.find("/sign-in/link/").expect("a sign-in link");
    email[at..].chars().take_while(|c| !c.is_whitespace()).collect()
}

#[actix_web::test]
async fn an_admin_invites_people_by_email_and_staff_set_up_partner_organisations() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    let mut admin = signed_in(&app, Role::Admin).await;
    let page = admin.get("/staff/people").await.body;
    let refused = admin
        .post(
            "/staff/people/invite",
            &[("csrf", &csrf(&page)), ("name", "Ayo"), ("email", "ayo at council"), ("role", "ambassador")],
        )
        .await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("is not an email address: write it like name@example.org"));
    assert!(refused.body.contains("value=\"Ayo\""), "what was typed is kept");
    for (name, email, role) in [("Ayo", "ayo@council.test", "ambassador"), ("Kim", "Kim@Council.test", "staff")] {
        let sent = admin
            .post("/staff/people/invite", &[("csrf", &csrf(&page)), ("name", name), ("email", email), ("role", role)])
            .await;
        assert_eq!(sent.status, 200);
        assert!(sent.body.contains("a link to sign in"), "{}", sent.body);
    }
    let emails = smtp.wait_for(2).await;
    let to = |address: &str| emails.iter().find(|e| e.contains(&format!("To: {address}"))).unwrap().clone();
    let (ayo, kim) = (to("ayo@council.test"), to("kim@council.test"));
    assert!(ayo.contains("invited you to ourvoice as ambassador") && kim.contains("as staff"), "{ayo}\n{kim}");
    let mut ambassador = Visitor::new(&app);
    assert_eq!(ambassador.post_ok(&link_in(&ayo), &[]).await, "/staff");
    assert!(ambassador.get("/staff").await.body.contains("Design a new survey"));
    let mut staff = Visitor::new(&app);
    assert_eq!(staff.post_ok(&link_in(&kim), &[]).await, "/staff");

    // Staff set up a partner with its contact addresses; a bad address is named and kept.
    let token = csrf(&staff.get("/staff/partners").await.body);
    let partner = |contacts| [("csrf", token.as_str()), ("name", "Northshire NHS Trust"), ("contacts", contacts)];
    let refused = staff.post("/staff/partners", &partner("lac-nurses@nhs.test\nnot an address")).await;
    assert_eq!(refused.status, 422);
    assert!(refused.body.contains("not an address&quot; is not an email address"), "{}", refused.body);
    assert!(refused.body.contains("lac-nurses@nhs.test\nnot an address</textarea>"));
    let good = partner("lac-nurses@nhs.test\n Named.Nurse@NHS.test ");
    assert_eq!(staff.post_ok("/staff/partners", &good).await, "/staff/partners");
    let listed = staff.get("/staff/partners").await.body;
    assert!(listed.contains("lac-nurses@nhs.test\nnamed.nurse@nhs.test</textarea>"), "{listed}");
    let twice = staff.post("/staff/partners", &good).await;
    assert!(twice.body.contains("There is already an organisation called Northshire NHS Trust"));

    // The admin invites a partner, who must belong to an organisation.
    let organisation = app.db(|conn| ourvoice::store::organisations::list(conn).unwrap().remove(0)).await;
    let token = csrf(&admin.get("/staff/people").await.body);
    let invite = |org| {
        [
            ("csrf", token.as_str()),
            ("name", "Dr Lee"),
            ("email", "lee@nhs.test"),
            ("role", "partner"),
            ("organisation", org),
        ]
    };
    let refused = admin.post("/staff/people/invite", &invite("")).await;
    assert!(refused.body.contains("Choose the partner's organisation"), "{}", refused.body);
    assert_eq!(admin.post("/staff/people/invite", &invite(&organisation.id)).await.status, 200);
    let emails = smtp.wait_for(3).await;
    let lee = emails.iter().find(|e| e.contains("To: lee@nhs.test")).unwrap();
    let mut partner = Visitor::new(&app);
    assert_eq!(partner.post_ok(&link_in(lee), &[]).await, "/staff/partner");
    assert!(staff.get("/staff/partners").await.body.contains("Partners who sign in for it: Dr Lee"));

    // Staff invite the partners they work with too, and no one else.
    let people = staff.get("/staff/people").await.body;
    assert!(people.contains("Invite a partner by email") && !people.contains("<option value=\"staff\""), "{people}");
    let token = csrf(&people);
    let by_staff = |email, role| {
        [
            ("csrf", token.clone()),
            ("name", "Dr Patel".to_string()),
            ("email", email),
            ("role", role),
            ("organisation", organisation.id.clone()),
        ]
    };
    let partner_form = by_staff("patel@nhs.test".to_string(), "partner".to_string());
    let partner_form: Vec<(&str, &str)> = partner_form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(staff.post("/staff/people/invite", &partner_form).await.status, 200);
    let admin_form = by_staff("boss@council.test".to_string(), "admin".to_string());
    let admin_form: Vec<(&str, &str)> = admin_form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    assert_eq!(staff.post("/staff/people/invite", &admin_form).await.status, 403, "staff make no admins");
    let patel = smtp.wait_for(4).await.into_iter().find(|e| e.contains("To: patel@nhs.test")).unwrap();
    assert_eq!(Visitor::new(&app).post_ok(&link_in(&patel), &[]).await, "/staff/partner");
    assert!(staff.get("/staff/people").await.body.contains("partner, Northshire NHS Trust"));
    let audit = staff.get("/staff/audit").await.body;
    assert!(audit.contains("added a partner organisation") && audit.contains("as partner of Northshire NHS Trust"));
}

/// The id of the person listed on the people page by `name` (from their "Change" forms).
fn person_id(page: &str, name: &str) -> String {
    let at = page.find(&format!("<summary>Change {name}</summary>")).unwrap_or_else(|| panic!("{name}: {page}"));
    let from = at + page[at..].find("/staff/people/").unwrap() + "/staff/people/".len();
    page[from..].chars().take_while(|c| *c != '/').collect()
}

#[actix_web::test]
async fn people_are_sent_new_links_moved_to_another_role_and_removed() {
    if !SmtpServer::available() {
        return;
    }
    let smtp = SmtpServer::start();
    let app = spawn_app_with(&shipped_surveys(), smtp.config()).await;
    let mut admin = signed_in(&app, Role::Admin).await;
    let token = csrf(&admin.get("/staff/people").await.body);
    let invite = [("csrf", token.as_str()), ("name", "Kim"), ("email", "kim@council.test"), ("role", "staff")];
    let invited = admin.post_page("/staff/people/invite", &invite).await;
    assert!(invited.contains("It works once, within 7 days"), "{invited}");
    let first = smtp.wait_for(1).await.remove(0);
    assert!(first.contains("within 7 days") && first.contains("invited you to ourvoice as staff"), "{first}");
    let expires: Vec<chrono::NaiveDateTime> =
        app.db(|conn| sign_in_tokens::table.select(sign_in_tokens::expires_at).load(conn).unwrap()).await;
    assert!(expires.iter().any(|e| *e > chrono::Utc::now().naive_utc() + chrono::Duration::days(6)), "{expires:?}");
    let twice = admin.post("/staff/people/invite", &invite).await;
    assert_eq!(twice.status, 422, "one account per address");
    assert!(
        twice.body.contains("There is already an account for this address") && twice.body.contains("value=\"Kim\"")
    );

    // Kim's email went astray: a new link, which signs her in.
    let page = admin.get("/staff/people").await.body;
    let kim_id = person_id(&page, "Kim");
    assert!(!page.contains("<summary>Change Pat Example</summary>"), "nobody changes their own account: {page}");
    admin.post_page(&format!("/staff/people/{kim_id}/resend"), &[("csrf", &token)]).await;
    let second = smtp.wait_for(2).await.into_iter().find(|e| *e != first).unwrap();
    assert_ne!(link_in(&first), link_in(&second));
    let mut kim = Visitor::new(&app);
    assert_eq!(kim.post_ok(&link_in(&second), &[]).await, "/staff");
    assert_eq!(kim.get("/staff/audit").await.status, 200);

    // Moved to ambassador, Kim loses staff pages from her next page, without signing in again.
    let moved =
        admin.post_page(&format!("/staff/people/{kim_id}/role"), &[("csrf", &token), ("role", "ambassador")]).await;
    assert!(moved.contains("Kim is now ambassador"), "{moved}");
    assert_eq!(kim.get("/staff/audit").await.status, 403);
    assert_eq!(kim.get("/staff").await.status, 200);
    let to_partner =
        admin.post(&format!("/staff/people/{kim_id}/role"), &[("csrf", &token), ("role", "partner")]).await;
    assert_eq!(to_partner.status, 403, "a partner is invited into an organisation, not moved there");

    // Staff manage partners and the young people they make codes for, not colleagues.
    let mut staff = signed_in(&app, Role::Staff).await;
    let staff_page = staff.get("/staff/people").await.body;
    let staff_token = csrf(&staff_page);
    assert!(!staff_page.contains("<summary>Change Kim</summary>"), "{staff_page}");
    for action in ["remove", "resend"] {
        let refused = staff.post(&format!("/staff/people/{kim_id}/{action}"), &[("csrf", &staff_token)]).await;
        assert_eq!(refused.status, 403, "{action}");
    }
    let made = staff.post_page("/staff/people/code", &[("csrf", &staff_token), ("name", "Jordan")]).await;
    let jordan = person_id(&made, "Jordan");
    let again = staff.post_page(&format!("/staff/people/{jordan}/resend"), &[("csrf", &staff_token)]).await;
    assert!(again.contains("Jordan's sign-in code is"), "{again}");

    // Removed, Kim is signed out at once, her other links are void, and she can be invited back.
    let unused = link_in(&first);
    let removed = admin.post_page(&format!("/staff/people/{kim_id}/remove"), &[("csrf", &token)]).await;
    assert!(removed.contains("Kim can no longer sign in") && !removed.contains("kim@council.test"), "{removed}");
    assert_eq!(kim.get("/staff").await.status, 303, "signed out everywhere");
    let mut thief = Visitor::new(&app);
    assert_ne!(thief.post(&unused, &[]).await.location.as_deref(), Some("/staff"), "her unused link is void");
    assert_eq!(thief.get("/staff").await.status, 303);
    let gone = admin.post(&format!("/staff/people/{kim_id}/remove"), &[("csrf", &token)]).await;
    assert_eq!(gone.status, 404);
    admin.post_page("/staff/people/invite", &invite).await;
    let audit = admin.get("/staff/audit").await.body;
    for what in [
        "sent a new sign-in link",
        "changed a role",
        "Kim: staff to ambassador",
        "removed",
        "Kim &lt;kim@council.test&gt;, ambassador",
    ] {
        assert!(audit.contains(what), "{what}: {audit}");
    }
}

/// A form carries one token: sent twice (the right one beside another), it is refused, for
/// staff forms and designer forms alike, and nothing changes.
#[actix_web::test]
async fn a_form_with_two_tokens_is_refused() {
    let app = spawn_app().await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let token = csrf(&staff.get("/staff").await.body);
    let twice = |form: &[(&'static str, &'static str)]| -> Vec<(&str, &str)> {
        [("csrf", token.as_str()), ("csrf", "forged")].into_iter().chain(form.iter().copied()).collect()
    };
    let access = twice(&[("access", "codes")]);
    assert_eq!(staff.post("/staff/surveys/my-home/access", &access).await.status, 403, "a staff form");
    let comment = twice(&[("body", "A comment")]);
    assert_eq!(staff.post("/staff/surveys/my-home/comments", &comment).await.status, 403, "a designer form");
    let design = twice(&[("title", "Changed")]);
    assert_eq!(staff.post("/staff/surveys/my-home/design", &design).await.status, 403, "the designer");
    let page = staff.get("/staff/surveys/my-home").await.body;
    assert!(!page.contains("A comment"), "nothing was written");
}
