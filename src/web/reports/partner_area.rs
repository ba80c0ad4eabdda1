//! A partner's own actions in published reports, kept up to date.

use super::*;

/// A partner's own actions, in published reports, to keep up to date.
#[get("/staff/partner")]
pub async fn partner(store: web::Data<Store>, signed: SignedIn) -> Result<Markup, WebError> {
    signed.require(|r| r == Role::Partner)?;
    let organisation = signed.user.organisation_id.clone().unwrap_or_default();
    let mine = organisation.clone();
    let list = with_db(&store, move |conn| reports::published_for(conn, &mine)).await?;
    Ok(signed_in_page(
        &signed,
        "Your actions",
        html! {
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
                @for s in report.statements.iter().filter(|s| s.organisation.as_ref().is_some_and(|(id, _)| *id == organisation)) {
                    section.statement-edit {
                        h3 { "You said: " (s.you_said) }
                        @if let Some(due) = s.due { p.muted { "Due " (due.format("%-d %B %Y")) } }
                        form method="post" action={ "/staff/partner/statements/" (s.id) } novalidate {
                            (signed.csrf_field())
                            div.field {
                                label for={ "action-" (s.id) } { "What you did, or will do" }
                                textarea.text id={ "action-" (s.id) } name="action" rows="2" { (s.action) }
                            }
                            (status_fields(&s.id, s.status.as_str(), s.reason.as_deref().unwrap_or("")))
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
    signed: SignedIn,
    id: web::Path<String>,
    form: Form,
) -> Result<HttpResponse, WebError> {
    signed.require(|r| r == Role::Partner)?;
    signed.check_csrf(&field(&form, "csrf"))?;
    let organisation = signed.user.organisation_id.clone().ok_or(WebError::Forbidden)?;
    let status = ActionStatus::parse(&field(&form, "status")).ok_or(WebError::Forbidden)?;
    let (action, reason) = (field(&form, "action"), field(&form, "reason"));
    let (statement, by) = (id.into_inner(), signed.user.id.clone());
    act(&store, move |conn| {
        let reason = Some(reason.as_str()).filter(|r| !r.is_empty());
        usecase::update_action(conn, &by, &organisation, &statement, &action, status, reason)
    })
    .await?;
    Ok(see_other("/staff/partner"))
}
