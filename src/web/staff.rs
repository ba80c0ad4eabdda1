//! The signed-in side: home, people, and the audit log.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use chrono::Duration;
use maud::{Markup, html};

use super::auth::{SignedIn, public_url};
use super::{WebError, layout, with_db};
use crate::accounts::{MAGIC_LINK_MINUTES, Role, SIGN_IN_CODE_DAYS};
use crate::codes::Code;
use crate::config::SiteConfig;
use crate::mail::Outbox;
use crate::store::{Store, accounts, new_id, surveys};
use crate::survey::Keyword;

/// The frame of every signed-in page: who is signed in, where they can go, and sign-out.
pub(super) fn signed_in_page(signed: &SignedIn, title: &str, body: Markup) -> Markup {
    layout::page(
        title,
        "en",
        html! {
            p.muted { "Signed in as " strong { (signed.user.name) } " (" (signed.user.role) ")" }
            nav aria-label="Staff" {
                a href="/staff" { "Home" } " · "
                @if signed.user.role.is_staff() { a href="/staff/people" { "People" } " · " a href="/staff/audit" { "Audit log" } " · " }
                form.inline method="post" action="/sign-out" { (signed.csrf_field()) button.link type="submit" { "Sign out" } }
            }
            (body)
        },
    )
}

#[get("/staff")]
pub async fn home(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    let list = with_db(&store, |conn| surveys::list(conn)).await?;
    Ok(signed_in_page(
        &signed,
        "ourvoice",
        html! {
            h1 { "Surveys" }
            ul.surveys {
                @for s in &list {
                li {
                    @if signed.user.role == Role::Partner { (s.title) } @else { a href={ "/staff/surveys/" (s.slug) } { (s.title) } }
                    " " span.muted { "(" (s.status) ")" }
                }
            }
            }
            form method="post" action="/sign-out/everywhere" {
                (signed.csrf_field())
                button.button.secondary type="submit" { "Sign out on every device" }
            }
        },
    ))
}

#[get("/staff/audit")]
pub async fn audit(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(Role::is_staff)?;
    let entries = with_db(&store, |conn| accounts::audit_entries(conn, 500)).await?;
    Ok(signed_in_page(
        &signed,
        "Audit log",
        html! {
            h1 { "Audit log" }
            table {
                caption.visually-hidden { "Every staff and admin action, newest first" }
                thead { tr { th scope="col" { "When (UTC)" } th scope="col" { "Who" } th scope="col" { "What" } th scope="col" { "Detail" } } }
                tbody {
                    @for e in &entries {
                        tr { td { (e.at.format("%Y-%m-%d %H:%M")) } td { (e.who.as_deref().unwrap_or("ourvoice")) } td { (e.action) } td { (e.detail) } }
                    }
                }
            }
        },
    ))
}

fn people_page(signed: &SignedIn, people: &[crate::accounts::User], notice: Option<Markup>) -> Markup {
    signed_in_page(
        signed,
        "People",
        html! {
            h1 { "People" }
            @if let Some(notice) = notice { div.notice { (notice) } }
            table {
                caption.visually-hidden { "Everyone who can sign in" }
                thead { tr { th scope="col" { "Name" } th scope="col" { "Email" } th scope="col" { "Role" } } }
                tbody { @for p in people { tr { td { (p.name) } td { (p.email.as_deref().unwrap_or("(signs in with a code)")) } td { (p.role) } } } }
            }
            @if signed.user.role == Role::Admin {
                h2 { "Invite someone by email" }
                form method="post" action="/staff/people/invite" {
                    (signed.csrf_field())
                    div.field { label for="name" { "Name" } input.text-input #name name="name" type="text" required; }
                    div.field { label for="email" { "Email" } input.text-input #email name="email" type="email" required; }
                    div.field {
                        label for="role" { "Role" }
                        select #role name="role" { @for r in Role::ALL { option value=(r.as_str()) { (r.as_str()) } } }
                    }
                    div.actions { button.button type="submit" { "Send the invitation" } }
                }
            }
            h2 { "A Promise Ambassador without email" }
            p { "Make a sign-in code to hand over. It works once, for " (SIGN_IN_CODE_DAYS) " days." }
            form method="post" action="/staff/people/code" {
                (signed.csrf_field())
                div.field { label for="ambassador" { "Their name" } input.text-input #ambassador name="name" type="text" required; }
                div.actions { button.button type="submit" { "Make a sign-in code" } }
            }
        },
    )
}

#[get("/staff/people")]
pub async fn list_people(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(Role::is_staff)?;
    let people = with_db(&store, |conn| accounts::list_users(conn)).await?;
    Ok(people_page(&signed, &people, None))
}

#[derive(serde::Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    role: String,
}

/// Admins invite anyone by email: the account, and a magic link sent to it.
#[post("/staff/people/invite")]
pub async fn invite(
    req: HttpRequest,
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    signed: SignedIn,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, WebError> {
    signed.require(|r| r == Role::Admin)?;
    signed.check_csrf(&form.csrf)?;
    let role = Role::parse(&form.role).ok_or(WebError::Forbidden)?;
    let (name, email, by) = (form.name.trim().to_string(), form.email.trim().to_string(), signed.user.id.clone());
    if name.is_empty() || !email.contains('@') {
        return Err(WebError::Forbidden);
    }
    let secret = format!("{}{}", new_id(), new_id());
    let token = secret.clone();
    let address = email.clone();
    let invited = with_db(&store, move |conn| {
        let user = accounts::create_user(conn, Some(&address), &name, role)?;
        accounts::issue_token(conn, &user.id, &token, Duration::minutes(MAGIC_LINK_MINUTES))?;
        accounts::audit(conn, Some(&by), "invited", &format!("{} <{}> as {role}", user.name, address))?;
        Ok(user)
    })
    .await?;
    let mut sent = false;
    if let (Some(mailer), Ok(to)) = (outbox.mailer.as_ref(), email.parse()) {
        let link = format!("{}/sign-in/link/{secret}", public_url(&req, &site));
        let body = format!(
            "Hello {},\n\n{} has invited you to ourvoice as {role}. This link signs you in; it works once, for \
             {MAGIC_LINK_MINUTES} minutes (after that, ask for a new one at {}/sign-in):\n\n{link}\n",
            invited.name,
            signed.user.name,
            public_url(&req, &site)
        );
        sent = mailer.send_to(to, "You're invited to ourvoice", body).await.is_ok();
    }
    let people = with_db(&store, |conn| accounts::list_users(conn)).await?;
    let notice = html! {
        @if sent { p { "We've emailed " (email) " a link to sign in." } }
        @else { p { "The account is ready, but the email could not be sent. " (email) " can ask for a link at /sign-in." } }
    };
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(people_page(&signed, &people, Some(notice)).into_string()))
}

#[derive(serde::Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
}

/// Staff make a one-time sign-in code for a young person without email; it is shown once.
#[post("/staff/people/code")]
pub async fn make_code(
    store: web::Data<Store>,
    signed: SignedIn,
    form: web::Form<CodeForm>,
) -> Result<HttpResponse, WebError> {
    signed.require(Role::is_staff)?;
    signed.check_csrf(&form.csrf)?;
    let name = form.name.trim().to_string();
    if name.is_empty() {
        return Err(WebError::Forbidden);
    }
    let code = Code::generate().to_string();
    let (secret, by) = (code.clone(), signed.user.id.clone());
    let people = with_db(&store, move |conn| {
        let user = accounts::create_user(conn, None, &name, Role::Ambassador)?;
        accounts::issue_token(conn, &user.id, &secret, Duration::days(SIGN_IN_CODE_DAYS))?;
        accounts::audit(conn, Some(&by), "made a sign-in code", &format!("for {} (ambassador)", user.name))?;
        accounts::list_users(conn)
    })
    .await?;
    let notice = html! { p { "Their sign-in code is " strong.code { (code) } ". It is shown only now: write it down and hand it over." } };
    Ok(HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .body(people_page(&signed, &people, Some(notice)).into_string()))
}
