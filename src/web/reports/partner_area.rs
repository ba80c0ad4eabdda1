//! A partner's own actions in published reports, kept up to date.

use super::*;

/// What a partner typed into one action's form that could not be saved, and why.
struct Typed<'a> {
    statement: &'a str,
    action: &'a str,
    status: &'a str,
    reason: &'a str,
    message: &'a str,
}

/// A partner's own actions, in published reports, to keep up to date.
#[get("/staff/partner")]
pub async fn partner(store: web::Data<Store>, signed: Signed<Partner>) -> Page {
    partner_page(&store, &signed, None).await
}

async fn partner_page(store: &web::Data<Store>, signed: &SignedIn, typed: Option<&Typed<'_>>) -> Page {
    let organisation = signed.user.organisation_id.clone().unwrap_or_default();
    let mine = organisation.clone();
    let list = with_db(store, move |conn| reports::published_for(conn, &mine)).await?;
    let errors: Vec<FieldError> = typed
        .map(|t| FieldError { field: format!("reason-{}", t.statement), message: t.message.to_string() })
        .into_iter()
        .collect();
    Ok(signed_in_page(
        signed,
        "Your actions",
        html! {
            (error_summary("en", &errors))
            h1 { "Your actions" }
            p { "What young people said, and what your organisation is doing about it. Keep these up to date: young people read them." }
            @if organisation.is_empty() {
                p { "Your account is not linked to an organisation yet. Ask the Participation team to link it." }
            } @else if list.is_empty() {
                p.muted { "No published report has an action for your organisation yet." }
            }
            @for report in &list {
                h2 { a href={ "/reports/" (report.id) } { (report.title) } }
                p { "Results: " @for (i, (slug, title)) in report.surveys.iter().enumerate() {
                    @if i > 0 { ", " } a href={ "/staff/surveys/" (slug) "/results" } { (title) }
                } }
                @for s in report.for_partner(&organisation) {
                    @let mine = typed.filter(|t| t.statement == s.id);
                    section.statement-edit {
                        h3 { "You said: " (s.you_said) }
                        @if let Some(due) = s.due { p.muted { "Due " (due.format("%-d %B %Y")) } }
                        form method="post" action={ "/staff/partner/statements/" (s.id) } novalidate {
                            (signed.csrf_field())
                            div.field {
                                label for={ "action-" (s.id) } { "What you did, or will do" }
                                textarea.text id={ "action-" (s.id) } name="action" rows="2" { (mine.map_or(s.action.as_str(), |t| t.action)) }
                            }
                            (status_fields(
                                &s.id,
                                mine.map_or(s.status.as_str(), |t| t.status),
                                mine.map_or(s.reason.as_deref().unwrap_or(""), |t| t.reason),
                                mine.map(|t| t.message),
                            ))
                            div.actions { button.button type="submit" { "Save" } }
                        }
                    }
                }
            }
        },
    ))
}

#[post("/staff/partner/statements/{id}")]
pub async fn partner_update(
    store: web::Data<Store>,
    id: web::Path<String>,
    SentForm { signed, form }: SentForm<Partner, Fields>,
) -> Reply {
    let organisation = signed.user.organisation_id.clone().ok_or(WebError::Forbidden)?;
    let status = ActionStatus::parse(&field(&form, "status")).ok_or(WebError::Forbidden)?;
    let (action, reason) = (field(&form, "action"), field(&form, "reason"));
    let (statement, by) = (id.into_inner(), signed.user.id.clone());
    let (typed_action, typed_reason) = (action.clone(), reason.clone());
    let saving = statement.clone();
    let saved = act(&store, move |conn| {
        let reason = Some(reason.as_str()).filter(|r| !r.is_empty());
        usecase::update_action(conn, &by, &organisation, &saving, &action, status, reason)
    })
    .await;
    match saved {
        Ok(()) => Ok(see_other("/staff/partner")),
        // Said beside the field, with everything typed kept.
        Err(WebError::Conflict(message)) => {
            let typed = Typed {
                statement: &statement,
                action: &typed_action,
                status: status.as_str(),
                reason: &typed_reason,
                message: &message,
            };
            let page = partner_page(&store, &signed, Some(&typed)).await?;
            Ok(html_response(StatusCode::UNPROCESSABLE_ENTITY, page))
        }
        Err(other) => Err(other),
    }
}
