//! Partner organisations (NHS, schools, police, housing, the council's own services): staff set
//! them up with the addresses their reports and reminders go to.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use maud::{Markup, html};

use super::auth::{SentForm, Signed, SignedIn, Staff};
use super::form::{FieldError, error_message, error_summary};
use super::staff_page::signed_in_page;
use super::{Page, Reply, WebError, html_response, see_other, with_db};
use crate::accounts::{Organisation, User, email_addresses};
use crate::store::{Store, accounts, organisations};

/// What was typed into a refused form: which organisation ("" for a new one), and the text.
#[derive(Default)]
struct Typed {
    organisation: String,
    name: String,
    contacts: String,
    errors: Vec<FieldError>,
}

fn partners_page(signed: &SignedIn, all: &[Organisation], people: &[User], typed: &Typed) -> Markup {
    let error = |field: &str| typed.errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    let new = typed.organisation.is_empty();
    signed_in_page(
        signed,
        "Partner organisations",
        html! {
            (error_summary("en", &typed.errors))
            h1 { "Partner organisations" }
            p { "Reports and reminders about actions go to each organisation's contact addresses. Partners who sign in see only their own organisation's actions. An admin invites them from " a href="/staff/people" { "People" } "." }
            @if all.is_empty() { p.muted { "No partner organisations yet." } }
            @for o in all {
                @let field = format!("contacts-{}", o.id);
                @let mine = typed.organisation == o.id;
                section {
                    h2 { (o.name) }
                    @let members: Vec<&str> = people.iter().filter(|p| p.organisation_id.as_deref() == Some(o.id.as_str())).map(|p| p.name.as_str()).collect();
                    p { "Partners who sign in for it: " @if members.is_empty() { "none yet" } @else { (members.join(", ")) } }
                    form method="post" action={ "/staff/partners/" (o.id) } novalidate {
                        (signed.csrf_field())
                        div.field {
                            label for=(field) { "Contact email addresses for " (o.name) }
                            p.hint { "One per line." }
                            (error_message("en", mine.then(|| error(&field)).flatten(), &field))
                            textarea.text #(field) name="contacts" rows="3" { @if mine { (typed.contacts) } @else { (o.contact_emails.join("\n")) } }
                        }
                        div.actions { button.button.secondary type="submit" { "Save addresses" span.visually-hidden { " for " (o.name) } } }
                    }
                }
            }
            h2 { "Add a partner organisation" }
            form method="post" action="/staff/partners" novalidate {
                (signed.csrf_field())
                div.field {
                    label for="name" { "Name" }
                    p.hint #name-hint { "Like Northshire NHS Trust, or Leaving Care Housing." }
                    (error_message("en", new.then(|| error("name")).flatten(), "name"))
                    input.text-input #name name="name" type="text" value=(if new { typed.name.as_str() } else { "" }) aria-describedby="name-hint";
                }
                div.field {
                    label for="contacts" { "Contact email addresses" }
                    p.hint #contacts-hint { "One per line. Reports and reminders go to each." }
                    (error_message("en", new.then(|| error("contacts")).flatten(), "contacts"))
                    textarea.text #contacts name="contacts" rows="3" aria-describedby="contacts-hint" { @if new { (typed.contacts) } }
                }
                div.actions { button.button type="submit" { "Add organisation" } }
            }
        },
    )
}

async fn page(store: &web::Data<Store>, signed: &SignedIn, typed: &Typed) -> Page {
    let (all, people) = with_db(store, |conn| Ok((organisations::list(conn)?, accounts::list_users(conn)?))).await?;
    Ok(partners_page(signed, &all, &people, typed))
}

async fn refused(store: &web::Data<Store>, signed: &SignedIn, typed: Typed) -> Reply {
    Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page(store, signed, &typed).await?))
}

fn back() -> HttpResponse {
    see_other("/staff/partners")
}

#[get("/staff/partners")]
pub async fn list(store: web::Data<Store>, signed: Signed<Staff>) -> Page {
    page(&store, &signed, &Typed::default()).await
}

#[derive(serde::Deserialize)]
pub struct PartnerForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    contacts: String,
}

/// The contact addresses as typed, or the message to show beside them.
fn contacts(typed: &str) -> Result<Vec<String>, String> {
    match email_addresses(typed) {
        Ok(emails) if emails.is_empty() => Err("Give at least one address, so reports reach someone".into()),
        Ok(emails) => Ok(emails),
        Err(bad) => Err(bad.join("; ")),
    }
}

#[post("/staff/partners")]
pub async fn create(store: web::Data<Store>, SentForm { signed, form }: SentForm<Staff, PartnerForm>) -> Reply {
    let name = form.name.trim().to_string();
    let mut errors = Vec::new();
    if name.is_empty() {
        errors.push(FieldError { field: "name".into(), message: "Write the organisation's name".into() });
    }
    let emails = contacts(&form.contacts).map_err(|message| FieldError { field: "contacts".into(), message });
    if let (true, Ok(emails)) = (errors.is_empty(), &emails) {
        let (emails, by, named) = (emails.clone(), signed.user.id.clone(), name.clone());
        let made = with_db(&store, move |conn| {
            let made = organisations::create(conn, &named, &emails)?;
            if made.is_some() {
                accounts::audit(
                    conn,
                    Some(&by),
                    "added a partner organisation",
                    &format!("{named}: {}", emails.join(", ")),
                )?;
            }
            Ok(made.is_some())
        })
        .await?;
        if made {
            return Ok(back());
        }
        errors.push(FieldError {
            field: "name".into(),
            message: format!("There is already an organisation called {name}"),
        });
    }
    errors.extend(emails.err());
    refused(&store, &signed, Typed { organisation: String::new(), name, contacts: form.contacts.clone(), errors }).await
}

#[post("/staff/partners/{id}")]
pub async fn set_contacts(
    store: web::Data<Store>,
    id: web::Path<String>,
    SentForm { signed, form }: SentForm<Staff, PartnerForm>,
) -> Reply {
    let id = id.into_inner();
    let lookup = id.clone();
    let organisation =
        with_db(&store, move |conn| organisations::find(conn, &lookup)).await?.ok_or(WebError::NotFound)?;
    match contacts(&form.contacts) {
        Ok(emails) => {
            let by = signed.user.id.clone();
            with_db(&store, move |conn| {
                organisations::set_contacts(conn, &organisation.id, &emails)?;
                let detail = format!("{}: {}", organisation.name, emails.join(", "));
                accounts::audit(conn, Some(&by), "changed a partner's contacts", &detail)
            })
            .await?;
            Ok(back())
        }
        Err(message) => {
            let errors = vec![FieldError { field: format!("contacts-{id}"), message }];
            refused(
                &store,
                &signed,
                Typed { organisation: id, name: String::new(), contacts: form.contacts.clone(), errors },
            )
            .await
        }
    }
}
