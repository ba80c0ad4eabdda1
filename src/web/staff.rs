//! The signed-in side: home, people, and the audit log.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use chrono::Duration;
use maud::{Markup, html};

use super::auth::SignedIn;
use super::form::{FieldError, error_message, error_summary};
use super::staff_page::signed_in_page;
use super::{WebError, html_response, outbox, with_db, work_queue};
use crate::accounts::{MAGIC_LINK_MINUTES, Organisation, Role, SIGN_IN_CODE_DAYS, User, email_address};
use crate::config::SiteConfig;
use crate::mail::Outbox;
use crate::store::{Store, accounts, designs, organisations, surveys};
use crate::survey::Keyword;
use crate::workflow::status_words;

#[get("/staff")]
pub async fn home(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    let role = signed.user.role;
    let (list, unfinished, waiting) = with_db(&store, move |conn| {
        let list = surveys::list(conn)?;
        let waiting = work_queue::load(conn, role, &list, chrono::Utc::now().date_naive())?;
        Ok((list, designs::unfinished(conn)?, waiting))
    })
    .await?;
    let designer = signed.user.role.works_on_surveys();
    let (emails, requests) = if signed.user.role.is_staff() { outbox::waiting(&store).await? } else { (0, 0) };
    Ok(signed_in_page(
        &signed,
        "ourvoice",
        html! {
            @if emails + requests > 0 {
                p.notice role="status" {
                    strong { (emails + requests) " email" (if emails + requests == 1 { "" } else { "s" }) " not sent yet. " }
                    a href="/staff/emails" { "See what is waiting and why" }
                }
            }
            h1 { "Home" }
            (work_queue::render(&waiting))
            h2 { "Surveys" }
            @if designer { p { a.button href="/staff/surveys/new" { "Design a new survey" } } }
            ul.surveys {
                @for s in &list {
                    li {
                        @if designer { a href={ "/staff/surveys/" (s.slug) } { (s.title) } } @else { (s.title) }
                        " " span.muted { "(" (status_words(s.status)) ")" }
                    }
                }
            }
            @if designer && !unfinished.is_empty() {
                h2 { "Being designed" }
                p { "These have things to fix before they can be sent for review." }
                ul.surveys {
                    @for d in &unfinished {
                        li {
                            a href={ "/staff/surveys/" (d.slug) "/design" } { (if d.title.is_empty() { d.slug.as_str() } else { d.title.as_str() }) }
                            " " span.muted { "(last saved " (d.updated_at.format("%-d %B %Y %H:%M")) " UTC)" }
                        }
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

/// What was typed into the people forms, kept when one is refused, with its problems.
#[derive(Default)]
struct Typed {
    name: String,
    email: String,
    role: String,
    organisation: String,
    errors: Vec<FieldError>,
}

fn people_page(
    signed: &SignedIn,
    people: &[User],
    partners: &[Organisation],
    notice: Option<Markup>,
    typed: &Typed,
) -> Markup {
    let organisation_name = |id: &Option<String>| {
        partners.iter().find(|o| Some(&o.id) == id.as_ref()).map(|o| format!(", {}", o.name)).unwrap_or_default()
    };
    let error = |field: &str| typed.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    signed_in_page(
        signed,
        "People",
        html! {
            (error_summary("en", &typed.errors))
            h1 { "People" }
            @if let Some(notice) = notice { div.notice { (notice) } }
            table {
                caption.visually-hidden { "Everyone who can sign in" }
                thead { tr { th scope="col" { "Name" } th scope="col" { "Email" } th scope="col" { "Role" } } }
                tbody { @for p in people { tr { td { (p.name) } td { (p.email.as_deref().unwrap_or("(signs in with a code)")) } td { (p.role) (organisation_name(&p.organisation_id)) } } } }
            }
            @let invitable: Vec<Role> = Role::ALL.iter().copied().filter(|r| signed.user.role.may_invite(*r)).collect();
            @if !invitable.is_empty() {
                h2 { @if invitable == [Role::Partner] { "Invite a partner by email" } @else { "Invite someone by email" } }
                form method="post" action="/staff/people/invite" {
                    (signed.csrf_field())
                    div.field {
                        label for="name" { "Name" }
                        (error_message("en", error("name"), "name"))
                        input.text-input #name name="name" type="text" value=(typed.name) required;
                    }
                    div.field {
                        label for="email" { "Email" }
                        (error_message("en", error("email"), "email"))
                        input.text-input #email name="email" type="email" value=(typed.email) required;
                    }
                    div.field {
                        label for="role" { "Role" }
                        select #role name="role" {
                            @for r in &invitable { option value=(r.as_str()) selected[typed.role == r.as_str()] { (r.as_str()) } }
                        }
                    }
                    div.field {
                        label for="organisation" { "Organisation (for partners)" }
                        p.hint #organisation-hint { "A partner sees only their organisation's actions. " a href="/staff/partners" { "Set organisations up" } " first." }
                        (error_message("en", error("organisation"), "organisation"))
                        select #organisation name="organisation" aria-describedby="organisation-hint" {
                            option value="" { "None" }
                            @for o in partners { option value=(o.id) selected[typed.organisation == o.id] { (o.name) } }
                        }
                    }
                    div.actions { button.button type="submit" { "Send the invitation" } }
                }
            }
            h2 { "A Promise Ambassador without email" }
            p { "Make a sign-in code to hand over. It works once, for " (SIGN_IN_CODE_DAYS) " days." }
            form method="post" action="/staff/people/code" {
                (signed.csrf_field())
                div.field {
                label for="ambassador" { "Their name" }
                (error_message("en", error("ambassador"), "ambassador"))
                input.text-input #ambassador name="name" type="text" required;
            }
                div.actions { button.button type="submit" { "Make a sign-in code" } }
            }
        },
    )
}

/// The people page again, with the problems by their fields and what was typed kept.
/// The people page, with a notice or what was typed into a refused form.
async fn people(
    store: &web::Data<Store>,
    signed: &SignedIn,
    notice: Option<Markup>,
    typed: &Typed,
) -> Result<Markup, WebError> {
    let (people, partners) =
        with_db(store, |conn| Ok((accounts::list_users(conn)?, organisations::list(conn)?))).await?;
    Ok(people_page(signed, &people, &partners, notice, typed))
}

async fn refused(store: &web::Data<Store>, signed: &SignedIn, typed: Typed) -> Result<HttpResponse, WebError> {
    Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, people(store, signed, None, &typed).await?))
}

#[get("/staff/people")]
pub async fn list_people(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(Role::is_staff)?;
    people(&store, &signed, None, &Typed::default()).await
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
    #[serde(default)]
    organisation: String,
}

/// Admins invite anyone by email, staff the partners they work with: the account, and a magic
/// link sent to it.
#[post("/staff/people/invite")]
pub async fn invite(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    signed: SignedIn,
    form: web::Form<InviteForm>,
) -> Result<HttpResponse, WebError> {
    signed.may_send(Role::is_staff, &form.csrf)?;
    let role = Role::parse(&form.role).filter(|r| signed.user.role.may_invite(*r)).ok_or(WebError::Forbidden)?;
    let (name, by) = (form.name.trim().to_string(), signed.user.id.clone());
    let mut errors = Vec::new();
    if name.is_empty() {
        errors
            .push(FieldError { field: "name".into(), message: "Enter the name of the person you're inviting".into() });
    }
    let email = email_address(&form.email).unwrap_or_else(|message| {
        errors.push(FieldError { field: "email".into(), message });
        form.email.trim().to_string()
    });
    let organisation = Some(form.organisation.clone()).filter(|o| !o.is_empty());
    let lookup = organisation.clone();
    let partner_of = match lookup {
        Some(id) => Some(with_db(&store, move |conn| organisations::find(conn, &id)).await?.ok_or(WebError::NotFound)?),
        None => None,
    };
    match (role, &partner_of) {
        (Role::Partner, None) => errors.push(FieldError {
            field: "organisation".into(),
            message: "Choose the partner's organisation, so they see its actions".into(),
        }),
        (Role::Partner, Some(_)) | (_, None) => {}
        (_, Some(_)) => errors.push(FieldError {
            field: "organisation".into(),
            message: format!("Only partners belong to an organisation: choose None for {role}"),
        }),
    }
    let taken = email.clone();
    if errors.is_empty() && with_db(&store, move |conn| accounts::find_by_email(conn, &taken)).await?.is_some() {
        errors
            .push(FieldError { field: "email".into(), message: "There is already an account for this address".into() });
    }
    if !errors.is_empty() {
        let typed = Typed { name, email, role: role.as_str().into(), organisation: form.organisation.clone(), errors };
        return refused(&store, &signed, typed).await;
    }
    let address = email.clone();
    let (invited, secret) = with_db(&store, move |conn| {
        let lifetime = Duration::minutes(MAGIC_LINK_MINUTES);
        let (user, secret) = accounts::create_with_link(conn, Some(&address), &name, role, lifetime)?;
        let of = match &partner_of {
            Some(o) => {
                organisations::add_member(conn, &user.id, &o.id)?;
                format!(" of {}", o.name)
            }
            None => String::new(),
        };
        accounts::audit(conn, Some(&by), "invited", &format!("{} <{}> as {role}{of}", user.name, address))?;
        Ok((user, secret))
    })
    .await?;
    let mut sent = false;
    if let (Some(mailer), Ok(to)) = (outbox.mailer.as_ref(), email.parse()) {
        let link = format!("{}/sign-in/link/{secret}", site.base());
        let body = format!(
            "Hello {},\n\n{} has invited you to ourvoice as {role}. This link signs you in; it works once, for \
             {MAGIC_LINK_MINUTES} minutes (after that, ask for a new one at {}/sign-in):\n\n{link}\n",
            invited.name,
            signed.user.name,
            site.base()
        );
        sent = mailer.send_to(to, "You're invited to ourvoice", body).await.is_ok();
    }
    let notice = html! {
        @if sent { p { "We've emailed " (email) " a link to sign in." } }
        @else { p { "The account is ready, but the email could not be sent. " (email) " can ask for a link at /sign-in." } }
    };
    Ok(html_response(StatusCode::OK, people(&store, &signed, Some(notice), &Typed::default()).await?))
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
    signed.may_send(Role::is_staff, &form.csrf)?;
    let name = form.name.trim().to_string();
    if name.is_empty() {
        let message = "Enter the young person's name, so you know whose code it is".into();
        let typed = Typed { errors: vec![FieldError { field: "ambassador".into(), message }], ..Typed::default() };
        return refused(&store, &signed, typed).await;
    }
    let by = signed.user.id.clone();
    let code = with_db(&store, move |conn| {
        let user = accounts::create_user(conn, None, &name, Role::Ambassador)?;
        let code = accounts::issue_code(conn, &user.id, Duration::days(SIGN_IN_CODE_DAYS))?;
        accounts::audit(conn, Some(&by), "made a sign-in code", &format!("for {} (ambassador)", user.name))?;
        Ok(code)
    })
    .await?;
    let notice = html! { p { "Their sign-in code is " strong.code { (code) } ". It is shown only now: write it down and hand it over." } };
    Ok(html_response(StatusCode::OK, people(&store, &signed, Some(notice), &Typed::default()).await?))
}
