//! "I'd like someone to contact me": not anonymous, said plainly, kept apart from every answer
//! and emailed to the duty team.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, post, web};
use maud::{Markup, html};

use super::form::{FieldError, error_message, error_summary};
use super::{WebError, html_response, layout, with_db};
use crate::mail::Outbox;
use crate::store::Store;
use crate::store::contact::{self, NewContact};
use crate::text::TextPipeline;

#[derive(Default, serde::Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    message: String,
}

fn form_page(form: &ContactForm, errors: &[FieldError]) -> Markup {
    let error = |field: &str| errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    layout::page(
        "Ask someone to contact you",
        "en",
        html! {
            (error_summary(errors))
            h1 { "Ask someone to contact you" }
            div.notice {
                p { strong { "This is not anonymous." } " What you write here goes to the council's duty team so they can get in touch with you. It is kept apart from your survey answers, and nobody can match the two." }
            }
            form method="post" action="/contact" novalidate {
                div.field {
                    label for="name" { h2 { "What should we call you?" } }
                    (error_message(error("name"), "name"))
                    input.text-input #name name="name" type="text" value=(form.name) autocomplete="name" maxlength="100";
                }
                div.field {
                    label for="contact" { h2 { "How can we reach you?" } }
                    p.hint #contact-hint { "A phone number, an email, or where we could find you, like your school or your home." }
                    (error_message(error("contact"), "contact"))
                    input.text-input #contact name="contact" type="text" value=(form.contact) maxlength="200" aria-describedby="contact-hint";
                }
                div.field {
                    label for="message" { h2 { "Anything you'd like us to know? (you can leave this empty)" } }
                    (error_message(error("message"), "message"))
                    textarea.text #message name="message" rows="5" maxlength="1000" { (form.message) }
                }
                div.actions { button.button type="submit" { "Send" } }
            }
            p { "If you need help right now, call Childline on " a href="tel:08001111" { "0800 1111" } ", or 999 if you are in danger." }
        },
    )
}

#[get("/contact")]
pub async fn contact_form() -> Markup {
    form_page(&ContactForm::default(), &[])
}

#[post("/contact")]
pub async fn send_contact(
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    pipeline: web::Data<TextPipeline>,
    form: web::Form<ContactForm>,
) -> Result<HttpResponse, WebError> {
    let form = form.into_inner();
    let mut errors = Vec::new();
    if form.name.trim().is_empty() {
        errors.push(FieldError {
            field: "name".into(),
            message: "Tell us what to call you. It can be a nickname".into(),
        });
    }
    if form.contact.trim().is_empty() {
        errors.push(FieldError { field: "contact".into(), message: "Tell us how we can reach you".into() });
    }
    let limits = [("name", &form.name, 100), ("contact", &form.contact, 200), ("message", &form.message, 1000)];
    for (field, value, max) in limits {
        let length = value.chars().count();
        if length > max {
            let message = format!("Please keep this to {max} characters or fewer (it is {length} now)");
            errors.push(FieldError { field: field.into(), message });
        }
    }
    if !errors.is_empty() {
        let page = form_page(&form, &errors);
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    let message = Some(form.message.trim().to_string()).filter(|m| !m.is_empty());
    let concern = message.as_deref().is_some_and(|m| pipeline.analyse(m, None).concern);
    let request = NewContact { name: form.name.trim().into(), contact: form.contact.trim().into(), message, concern };
    let today = chrono::Utc::now().date_naive();
    with_db(&store, move |conn| contact::insert(conn, &request, today)).await?;
    outbox.send_soon();
    let page = layout::page(
        "We've got your message",
        "en",
        html! {
            div.panel { h1 { "We've got your message" } }
            p.lead { "Someone from the council's duty team will get in touch with you as soon as they can." }
            p { "If you need help right now, call Childline on " a href="tel:08001111" { "0800 1111" } ", or 999 if you are in danger." }
            p { a href="/" { "Go to the start" } }
        },
    );
    Ok(html_response(StatusCode::OK, page))
}
