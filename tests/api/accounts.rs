//! Accounts and signing in: magic links, one-time codes, sessions, CSRF, who may go where.

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::accounts;
use ourvoice::store::schema::{sessions, sign_in_tokens};

use crate::helpers::{
    ServerProcess, SmtpServer, TestDb, Visitor, account, csrf, ourvoice, shipped_surveys, signed_in, spawn_app,
    spawn_app_with, text,
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

#[actix_web::test]
async fn every_signed_in_route_with_every_role() {
    let app = spawn_app().await;
    // (path, who may see it)
    let routes: [(&str, &[Role]); 4] = [
        ("/staff/surveys/my-home", &[Role::Ambassador, Role::Staff, Role::Admin]),
        ("/staff", &[Role::Ambassador, Role::Staff, Role::Partner, Role::Admin]),
        ("/staff/people", &[Role::Staff, Role::Admin]),
        ("/staff/audit", &[Role::Staff, Role::Admin]),
    ];
    let mut nobody = Visitor::new(&app);
    for (path, _) in routes {
        assert_eq!(nobody.get(path).await.location.as_deref(), Some("/sign-in"), "{path} without signing in");
    }
    for role in [Role::Ambassador, Role::Staff, Role::Partner, Role::Admin] {
        let mut visitor = signed_in(&app, role).await;
        for (path, allowed) in routes {
            let status = visitor.get(path).await.status;
            assert_eq!(status, if allowed.contains(&role) { 200 } else { 403 }, "{path} as {role}");
        }
        let page = visitor.get("/staff").await.body;
        let invite = [
            ("csrf", csrf(&page)),
            ("name", "New".into()),
            ("email", format!("new-{role}@council.test")),
            ("role", "staff".into()),
        ];
        let invite: Vec<(&str, &str)> = invite.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let status = visitor.post("/staff/people/invite", &invite).await.status;
        assert_eq!(status, if role == Role::Admin { 200 } else { 403 }, "invite as {role}");
        let code = visitor.post("/staff/people/code", &[("csrf", &csrf(&page)), ("name", "Young person")]).await.status;
        assert_eq!(code, if role.is_staff() { 200 } else { 403 }, "sign-in code as {role}");
    }
}

#[actix_web::test]
async fn the_command_line_and_an_empty_database_give_a_first_sign_in_link() {
    let db = TestDb::new();
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
    let twice = ourvoice(&db.url, &["admin", "create-user", "LEAD@council.test", "--role", "staff"]);
    assert_eq!(twice.status.code(), Some(1));
    let wrong = ourvoice(&db.url, &["admin", "create-user", "x@council.test", "--role", "boss"]);
    assert!(text(&wrong.stderr).contains("unknown role \"boss\""));
}
