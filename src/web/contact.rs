//! "I'd like someone to contact me": not anonymous, said plainly, kept apart from every answer
//! and emailed to the duty team.

use actix_web::cookie::{Cookie, SameSite, time::Duration as CookieDuration};
use actix_web::http::StatusCode;
use actix_web::{HttpRequest, get, post, web};
use maud::{Markup, html};

use super::auth::{NoFields, SentForm, Signed, Staff};
use super::form::{FieldError, error_message, error_summary};
use super::helplines::phone_link;
use super::layout::{in_lang, rich};
use super::staff_page::signed_in_page;
use super::{Page, Reader, Reply, WebError, html_response, layout, reader_language, see_other, with_db};
use crate::config::SiteConfig;
use crate::mail::Outbox;
use crate::store::contact::{self, NewContact};
use crate::store::{Store, accounts};
use crate::t;
use crate::text::TextPipeline;

/// The ways of reaching a young person that they may say are safe, in the form's order.
const WAYS: [&str; 4] = ["call", "text", "email", "in-person"];

/// How many requests one browser may send in an hour before it is told, kindly, that they
/// are all with the duty team already.
const PER_HOUR: u32 = 3;
const SENT_COOKIE: &str = "ov_contact";

#[derive(Default)]
pub struct ContactForm {
    name: String,
    contact: String,
    message: String,
    safe: Vec<String>,
    when: String,
    lang: Option<String>,
}

impl ContactForm {
    fn read(fields: &[(String, String)]) -> ContactForm {
        let one = |name: &str| fields.iter().find(|(k, _)| k == name).map_or(String::new(), |(_, v)| v.clone());
        ContactForm {
            name: one("name"),
            contact: one("contact"),
            message: one("message"),
            safe: fields
                .iter()
                .filter(|(k, v)| k == "safe" && WAYS.contains(&v.as_str()))
                .map(|(_, v)| v.clone())
                .collect(),
            when: one("when"),
            lang: Some(one("lang")).filter(|l| !l.is_empty()),
        }
    }
}

fn form_page(lang: &str, site: &SiteConfig, form: &ContactForm, errors: &[FieldError]) -> Markup {
    let error = |field: &str| errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    layout::not_anonymous_page(
        &t!(lang, "contact-title"),
        lang,
        html! {
            (error_summary(lang, errors))
            h1 { (t!(lang, "contact-title")) }
            div.notice {
                p { strong { (t!(lang, "contact-not-anonymous")) } " " (t!(lang, "contact-not-anonymous-more")) }
            }
            p { (t!(lang, "contact-within", days = site.contact_days)) }
            form method="post" action="/contact" novalidate {
                input type="hidden" name="lang" value=(lang);
                div.field {
                    label for="name" { h2 { (t!(lang, "contact-name")) } }
                    (error_message(lang, error("name"), "name"))
                    input.text-input #name name="name" type="text" value=(form.name) autocomplete="name" maxlength="100";
                }
                fieldset.field #safe {
                    legend { h2 { (t!(lang, "contact-safe")) } }
                    p.hint { (t!(lang, "contact-safe-hint")) }
                    (error_message(lang, error("safe"), "safe"))
                    @for way in WAYS {
                        div.choice {
                            input type="checkbox" id={ "safe-" (way) } name="safe" value=(way) checked[form.safe.iter().any(|w| w == way)];
                            label for={ "safe-" (way) } { (t!(lang, &format!("contact-safe-{way}"))) }
                        }
                    }
                }
                div.field {
                    label for="contact" { h2 { (t!(lang, "contact-how")) } }
                    p.hint #contact-hint { (t!(lang, "contact-how-hint")) }
                    (error_message(lang, error("contact"), "contact"))
                    input.text-input #contact name="contact" type="text" value=(form.contact) maxlength="200" aria-describedby="contact-hint";
                }
                div.field {
                    label for="when" { h2 { (t!(lang, "contact-when")) } }
                    p.hint #when-hint { (t!(lang, "contact-when-hint")) }
                    (error_message(lang, error("when"), "when"))
                    input.text-input #when name="when" type="text" value=(form.when) maxlength="200" aria-describedby="when-hint";
                }
                div.field {
                    label for="message" { h2 { (t!(lang, "contact-message")) } }
                    (error_message(lang, error("message"), "message"))
                    textarea.text #message name="message" rows="5" maxlength="1000" { (form.message) }
                }
                div.actions { button.button type="submit" { (t!(lang, "contact-send")) } }
            }
            p { (rich(lang, "contact-childline", &[("phone", phone_link("0800 1111"))])) }
        },
    )
}

#[get("/contact")]
pub async fn contact_form(Reader(lang): Reader, site: web::Data<SiteConfig>) -> Markup {
    form_page(&lang, &site, &ContactForm::default(), &[])
}

/// What was wrong with a request, field by field, in `lang`.
fn problems(lang: &str, form: &ContactForm) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if form.name.trim().is_empty() {
        errors.push(FieldError { field: "name".into(), message: t!(lang, "contact-error-name") });
    }
    if form.safe.is_empty() {
        errors.push(FieldError { field: "safe".into(), message: t!(lang, "contact-error-safe") });
    }
    if form.contact.trim().is_empty() {
        errors.push(FieldError { field: "contact".into(), message: t!(lang, "contact-error-how") });
    }
    let limits = [
        ("name", &form.name, 100),
        ("contact", &form.contact, 200),
        ("when", &form.when, 200),
        ("message", &form.message, 1000),
    ];
    for (field, value, max) in limits {
        let length = value.chars().count();
        if length > max {
            let message = t!(lang, "contact-error-too-long", max = max, length = length);
            errors.push(FieldError { field: field.into(), message });
        }
    }
    errors
}

/// A young person asks to be contacted: stored apart from every answer and emailed to the
/// duty team once. A second press of Send stores nothing new, and a browser that has sent a
/// few already this hour is told, kindly, that they are all with the duty team.
#[post("/contact")]
pub async fn send_contact(
    req: HttpRequest,
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    pipeline: web::Data<TextPipeline>,
    site: web::Data<SiteConfig>,
    body: web::Bytes,
) -> Reply {
    let fields: Vec<(String, String)> = form_urlencoded::parse(&body).into_owned().collect();
    let form = ContactForm::read(&fields);
    let lang = &reader_language(&req, form.lang.as_deref(), &[]);
    let errors = problems(lang, &form);
    if !errors.is_empty() {
        let page = form_page(lang, &site, &form, &errors);
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    let sent: u32 = req.cookie(SENT_COOKIE).and_then(|c| c.value().parse().ok()).unwrap_or(0);
    if sent >= PER_HOUR {
        return Ok(html_response(StatusCode::OK, sent_page(lang, &site, "contact-sent-already")));
    }
    let message = Some(form.message.trim().to_string()).filter(|m| !m.is_empty());
    let concern = message.as_deref().is_some_and(|m| pipeline.analyse(m, None).concern);
    let request = NewContact {
        name: form.name.trim().into(),
        contact: form.contact.trim().into(),
        message,
        concern,
        safe_ways: form.safe.clone(),
        good_time: Some(form.when.trim().to_string()).filter(|w| !w.is_empty()),
    };
    let today = chrono::Utc::now().date_naive();
    with_db(&store, move |conn| contact::insert(conn, &request, today)).await?;
    outbox.send_soon();
    let counted = Cookie::build(SENT_COOKIE, (sent + 1).to_string())
        .path("/contact")
        .http_only(true)
        .same_site(SameSite::Lax)
        .max_age(CookieDuration::hours(1))
        .finish();
    let mut response = html_response(StatusCode::OK, sent_page(lang, &site, "contact-sent-lead"));
    response.add_cookie(&counted).map_err(|e| WebError::Export(e.to_string()))?;
    Ok(response)
}

/// "We've got your message": when someone will be in touch, and help for now.
fn sent_page(lang: &str, site: &SiteConfig, lead: &str) -> Markup {
    layout::not_anonymous_page(
        &t!(lang, "contact-sent-title"),
        lang,
        html! {
            div.panel { h1 { (t!(lang, "contact-sent-title")) } }
            p.lead { (t!(lang, lead, days = site.contact_days)) }
            p { (rich(lang, "contact-childline", &[("phone", phone_link("0800 1111"))])) }
            p { a href=(in_lang("/", lang)) { (t!(lang, "go-to-start")) } }
        },
    )
}

/// The duty team's list: each request by its reference (as in their email), when it came,
/// whether it was emailed, and a button to mark it handled. Never what was written.
#[get("/staff/contact")]
pub async fn handling(store: web::Data<Store>, signed: Signed<Staff>) -> Page {
    let list = with_db(&store, |conn| contact::handling(conn)).await?;
    Ok(signed_in_page(
        &signed,
        "Contact requests",
        html! {
            h1 { "Contact requests" }
            p { "Young people who asked to be contacted. Their names and details go to the duty team by email only. Mark each request handled when it has been dealt with: a set time after that, ourvoice erases the name and details." }
            @if list.is_empty() { p.muted { "No young person has asked to be contacted." } }
            @else {
                table {
                    thead { tr { th { "Reference" } th { "Received" } th { "Emailed" } th { "Handled" } } }
                    tbody {
                        @for r in &list {
                            tr {
                                td { (r.reference()) }
                                td { (r.received_on.format("%-d %B %Y")) }
                                td { @if r.sent != 0 { "Yes" } @else { "Not yet" } }
                                td {
                                    @match r.handled_on {
                                        Some(day) => { (day.format("%-d %B %Y")) }
                                        None => form.inline method="post" action={ "/staff/contact/" (r.id) "/handled" } {
                                            (signed.csrf_field())
                                            button.button type="submit" aria-label={ "Mark " (r.reference()) " handled" } { "Mark handled" }
                                        },
                                    }
                                }
                            }
                        }
                    }
                }
            }
        },
    ))
}

#[post("/staff/contact/{id}/handled")]
pub async fn mark_handled(
    store: web::Data<Store>,
    id: web::Path<String>,
    SentForm { signed, .. }: SentForm<Staff, NoFields>,
) -> Reply {
    let (id, by) = (id.into_inner(), signed.user.id.clone());
    let today = chrono::Utc::now().date_naive();
    let marked = with_db(&store, move |conn| {
        let marked = contact::mark_handled(conn, &id, today)?;
        if marked {
            accounts::audit(conn, Some(&by), "marked a contact request handled", &contact::reference(&id))?;
        }
        Ok(marked)
    })
    .await?;
    if !marked {
        return Err(WebError::NotFound);
    }
    Ok(see_other("/staff/contact"))
}
