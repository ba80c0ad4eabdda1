//! "I'd like someone to contact me": not anonymous, said plainly, kept apart from every answer
//! and emailed to the duty team.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use maud::{Markup, html};

use super::child::phone_link;
use super::form::{FieldError, error_message, error_summary};
use super::layout::{in_lang, rich};
use super::{LangQuery, WebError, html_response, layout, reader_language, with_db};
use crate::mail::Outbox;
use crate::store::Store;
use crate::store::contact::{self, NewContact};
use crate::t;
use crate::text::TextPipeline;

#[derive(Default, serde::Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    contact: String,
    #[serde(default)]
    message: String,
    lang: Option<String>,
}

fn form_page(lang: &str, form: &ContactForm, errors: &[FieldError]) -> Markup {
    let error = |field: &str| errors.iter().find(|e| e.field == field).map(|e| e.message.as_str());
    layout::page(
        &t!(lang, "contact-title"),
        lang,
        html! {
            (error_summary(lang, errors))
            h1 { (t!(lang, "contact-title")) }
            div.notice {
                p { strong { (t!(lang, "contact-not-anonymous")) } " " (t!(lang, "contact-not-anonymous-more")) }
            }
            form method="post" action="/contact" novalidate {
                input type="hidden" name="lang" value=(lang);
                div.field {
                    label for="name" { h2 { (t!(lang, "contact-name")) } }
                    (error_message(lang, error("name"), "name"))
                    input.text-input #name name="name" type="text" value=(form.name) autocomplete="name" maxlength="100";
                }
                div.field {
                    label for="contact" { h2 { (t!(lang, "contact-how")) } }
                    p.hint #contact-hint { (t!(lang, "contact-how-hint")) }
                    (error_message(lang, error("contact"), "contact"))
                    input.text-input #contact name="contact" type="text" value=(form.contact) maxlength="200" aria-describedby="contact-hint";
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
pub async fn contact_form(req: HttpRequest, query: web::Query<LangQuery>) -> Markup {
    form_page(&reader_language(&req, query.lang.as_deref(), &[]), &ContactForm::default(), &[])
}

#[post("/contact")]
pub async fn send_contact(
    req: HttpRequest,
    store: web::Data<Store>,
    outbox: web::Data<Outbox>,
    pipeline: web::Data<TextPipeline>,
    form: web::Form<ContactForm>,
) -> Result<HttpResponse, WebError> {
    let form = form.into_inner();
    let lang = &reader_language(&req, form.lang.as_deref(), &[]);
    let mut errors = Vec::new();
    if form.name.trim().is_empty() {
        errors.push(FieldError { field: "name".into(), message: t!(lang, "contact-error-name") });
    }
    if form.contact.trim().is_empty() {
        errors.push(FieldError { field: "contact".into(), message: t!(lang, "contact-error-how") });
    }
    let limits = [("name", &form.name, 100), ("contact", &form.contact, 200), ("message", &form.message, 1000)];
    for (field, value, max) in limits {
        let length = value.chars().count();
        if length > max {
            let message = t!(lang, "contact-error-too-long", max = max, length = length);
            errors.push(FieldError { field: field.into(), message });
        }
    }
    if !errors.is_empty() {
        let page = form_page(lang, &form, &errors);
        return Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page));
    }
    let message = Some(form.message.trim().to_string()).filter(|m| !m.is_empty());
    let concern = message.as_deref().is_some_and(|m| pipeline.analyse(m, None).concern);
    let request = NewContact { name: form.name.trim().into(), contact: form.contact.trim().into(), message, concern };
    let today = chrono::Utc::now().date_naive();
    with_db(&store, move |conn| contact::insert(conn, &request, today)).await?;
    outbox.send_soon();
    let page = layout::page(
        &t!(lang, "contact-sent-title"),
        lang,
        html! {
            div.panel { h1 { (t!(lang, "contact-sent-title")) } }
            p.lead { (t!(lang, "contact-sent-lead")) }
            p { (rich(lang, "contact-childline", &[("phone", phone_link("0800 1111"))])) }
            p { a href=(in_lang("/", lang)) { (t!(lang, "go-to-start")) } }
        },
    );
    Ok(html_response(StatusCode::OK, page))
}
