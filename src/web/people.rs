//! People: who can sign in, inviting by email, sign-in codes for young people without email,
//! and for each person a new link, another role, or removal.

use actix_web::http::StatusCode;
use actix_web::{get, post, web};
use maud::{Markup, html};

use super::auth::{SentForm, Signed, SignedIn, Staff};
use super::form::{FieldError, error_message, error_summary};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, act, html_response, with_db};
use crate::accounts::{INVITATION_DAYS, Organisation, Role, SIGN_IN_CODE_DAYS, User, email_address};
use crate::config::SiteConfig;
use crate::mail::Outbox;
use crate::store::{Store, accounts, organisations};
use crate::survey::Keyword;
use crate::usecase::Refused;
use crate::usecase::people::{self, Invitee, NewLink};

/// What was typed into the people forms, kept when one is refused, with its problems.
#[derive(Default)]
struct Typed {
    name: String,
    email: String,
    role: String,
    organisation: String,
    errors: Vec<FieldError>,
}

fn person(signed: &SignedIn, p: &User, partners: &[Organisation]) -> Markup {
    let organisation = partners.iter().find(|o| Some(&o.id) == p.organisation_id.as_ref());
    let roles: Vec<Role> = Role::ALL.iter().copied().filter(|r| signed.user.may_move(p, *r)).collect();
    let action = |what: &str| format!("/staff/people/{}/{what}", p.id);
    html! {
        li.person {
            strong { (p.name) } @if p.id == signed.user.id { " (you)" }
            br;
            span.muted { (p.email.as_deref().unwrap_or("signs in with a code")) " · " (p.role) @if let Some(o) = organisation { ", " (o.name) } }
            @if signed.user.may_manage(p) || !roles.is_empty() {
                details {
                    summary { "Change " (p.name) }
                    @if !roles.is_empty() {
                        form method="post" action=(action("role")) {
                            (signed.csrf_field())
                            div.field {
                                label for={ "role-" (p.id) } { "Role" }
                                select id={ "role-" (p.id) } name="role" {
                                    @for r in &roles { option value=(r.as_str()) selected[*r == p.role] { (r.as_str()) } }
                                }
                            }
                            button.button.secondary type="submit" { "Change role" }
                        }
                    }
                    @if signed.user.may_manage(p) {
                        form method="post" action=(action("resend")) {
                            (signed.csrf_field())
                            button.button.secondary type="submit" {
                                @if p.email.is_some() { "Email a new sign-in link" } @else { "Make a new sign-in code" }
                            }
                        }
                        form method="post" action=(action("remove")) {
                            (signed.csrf_field())
                            p.hint { "Removing signs " (p.name) " out everywhere at once. What they did stays in the audit log." }
                            button.button.warning type="submit" { "Remove " (p.name) }
                        }
                    }
                }
            }
        }
    }
}

fn people_page(
    signed: &SignedIn,
    people: &[User],
    partners: &[Organisation],
    notice: Option<Markup>,
    typed: &Typed,
) -> Markup {
    let error = |field: &str| typed.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    let invitable: Vec<Role> = Role::ALL.iter().copied().filter(|r| signed.user.role.may_invite(*r)).collect();
    signed_in_page(
        signed,
        "People",
        html! {
            (error_summary("en", &typed.errors))
            h1 { "People" }
            @if let Some(notice) = notice { div.notice role="status" { (notice) } }
            h2 { "Everyone who can sign in" }
            ul.people { @for p in people { (person(signed, p, partners)) } }
            @if !invitable.is_empty() {
                h2 { @if invitable == [Role::Partner] { "Invite a partner by email" } @else { "Invite someone by email" } }
                p { "They get an email with a link that signs them in once, within " (INVITATION_DAYS) " days." }
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

/// The people page, with a notice or what was typed into a refused form.
async fn people(store: &web::Data<Store>, signed: &SignedIn, notice: Option<Markup>, typed: &Typed) -> Page {
    let (people, partners) =
        with_db(store, |conn| Ok((accounts::list_users(conn)?, organisations::list(conn)?))).await?;
    Ok(people_page(signed, &people, &partners, notice, typed))
}

async fn refused(store: &web::Data<Store>, signed: &SignedIn, typed: Typed) -> Reply {
    Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, people(store, signed, None, &typed).await?))
}

async fn done(store: &web::Data<Store>, signed: &SignedIn, notice: Markup) -> Reply {
    Ok(html_response(StatusCode::OK, people(store, signed, Some(notice), &Typed::default()).await?))
}

#[get("/staff/people")]
pub async fn list_people(store: web::Data<Store>, signed: Signed<Staff>) -> Page {
    people(&store, &signed, None, &Typed::default()).await
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct InviteForm {
    name: String,
    email: String,
    role: String,
    organisation: String,
}

/// Admins invite anyone by email, staff the partners they work with: the account, and an
/// invitation with a sign-in link.
#[post("/staff/people/invite")]
pub async fn invite(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    SentForm { signed, form }: SentForm<Staff, InviteForm>,
) -> Reply {
    let role = Role::parse(&form.role).filter(|r| signed.user.role.may_invite(*r)).ok_or(WebError::Forbidden)?;
    let name = form.name.trim().to_string();
    let mut errors = Vec::new();
    if name.is_empty() {
        errors
            .push(FieldError { field: "name".into(), message: "Enter the name of the person you're inviting".into() });
    }
    let email = email_address(&form.email).unwrap_or_else(|message| {
        errors.push(FieldError { field: "email".into(), message });
        form.email.trim().to_string()
    });
    let partner_of = match Some(form.organisation.clone()).filter(|o| !o.is_empty()) {
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
    let mut typed = Typed { name, email, role: role.as_str().into(), organisation: form.organisation.clone(), errors };
    if !typed.errors.is_empty() {
        return refused(&store, &signed, typed).await;
    }
    let (by, base) = (signed.user.clone(), site.base().to_string());
    let (name, address) = (typed.name.clone(), typed.email.clone());
    let invited = store
        .run(move |conn| {
            let invitee = Invitee { name: &name, email: &address, role, organisation: partner_of.as_ref() };
            Ok(people::invite(conn, &by, &invitee, &base))
        })
        .await?;
    match invited {
        Ok(_) => {}
        Err(Refused::Conflict(message)) => {
            typed.errors.push(FieldError { field: "email".into(), message });
            return refused(&store, &signed, typed).await;
        }
        Err(other) => return Err(other.into()),
    }
    outbox.send_soon();
    let notice = html! {
        p { "We're emailing " (typed.email) " a link to sign in. It works once, within " (INVITATION_DAYS) " days. " a href="/staff/emails" { "See emails waiting to be sent" } }
    };
    done(&store, &signed, notice).await
}

/// The small forms about one person: a code's name, a new role, or just the token.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
pub struct PersonForm {
    name: String,
    role: String,
}

fn code_notice(name: &str, code: &str) -> Markup {
    html! { p { (name) "'s sign-in code is " strong.code { (code) } ". It is shown only now: write it down and hand it over. It works once, for " (SIGN_IN_CODE_DAYS) " days." } }
}

/// Staff make a one-time sign-in code for a young person without email; it is shown once.
#[post("/staff/people/code")]
pub async fn make_code(store: web::Data<Store>, SentForm { signed, form }: SentForm<Staff, PersonForm>) -> Reply {
    let name = form.name.trim().to_string();
    if name.is_empty() {
        let message = "Enter the young person's name, so you know whose code it is".into();
        let typed = Typed { errors: vec![FieldError { field: "ambassador".into(), message }], ..Typed::default() };
        return refused(&store, &signed, typed).await;
    }
    let by = signed.user.clone();
    let (user, code) = act(&store, move |conn| people::make_code(conn, &by, &name)).await?;
    done(&store, &signed, code_notice(&user.name, &code)).await
}

/// A new sign-in link by email, or a new code for someone without an address.
#[post("/staff/people/{id}/resend")]
pub async fn resend(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    site: web::Data<SiteConfig>,
    id: web::Path<String>,
    SentForm { signed, .. }: SentForm<Staff, PersonForm>,
) -> Reply {
    let (by, base) = (signed.user.clone(), site.base().to_string());
    let notice = match act(&store, move |conn| people::resend(conn, &by, &id, &base)).await? {
        NewLink::Emailed(user) => {
            outbox.send_soon();
            html! { p { "We're emailing " (user.name) " a new link to sign in. It works once, within " (INVITATION_DAYS) " days." } }
        }
        NewLink::Code(user, code) => code_notice(&user.name, &code),
    };
    done(&store, &signed, notice).await
}

#[post("/staff/people/{id}/role")]
pub async fn change_role(
    store: web::Data<Store>,
    id: web::Path<String>,
    SentForm { signed, form }: SentForm<Staff, PersonForm>,
) -> Reply {
    let role = Role::parse(&form.role).ok_or(WebError::Forbidden)?;
    let by = signed.user.clone();
    let user = act(&store, move |conn| people::change_role(conn, &by, &id, role)).await?;
    done(&store, &signed, html! { p { (user.name) " is now " (user.role) ", from their next page." } }).await
}

#[post("/staff/people/{id}/remove")]
pub async fn remove(
    store: web::Data<Store>,
    id: web::Path<String>,
    SentForm { signed, .. }: SentForm<Staff, PersonForm>,
) -> Reply {
    let by = signed.user.clone();
    let user = act(&store, move |conn| people::remove(conn, &by, &id)).await?;
    let notice = html! { p { (user.name) " can no longer sign in, and has been signed out everywhere. To bring them back, invite them again." } };
    done(&store, &signed, notice).await
}
