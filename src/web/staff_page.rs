//! The frame of every page for people who sign in.

use maud::{Markup, html};

use super::auth::SignedIn;
use super::layout;
use crate::accounts::Role;

/// The frame of every signed-in page: who is signed in, where they can go, and sign-out.
pub(in crate::web) fn signed_in_page(signed: &SignedIn, title: &str, body: Markup) -> Markup {
    layout::page(
        title,
        "en",
        html! {
            p.muted { "Signed in as " strong { (signed.user.name) } " (" (signed.user.role) ")" }
            nav aria-label="Staff" {
                a href="/staff" { "Home" } " · "
                @if signed.user.role.works_on_surveys() { a href="/staff/reports" { "Reports" } " · " }
                @if signed.user.role == Role::Partner { a href="/staff/partner" { "Your actions" } " · " }
                @if signed.user.role.is_staff() {
                    a href="/staff/people" { "People" } " · " a href="/staff/partners" { "Partners" } " · "
                    a href="/staff/concerns" { "Concerns" } " · " a href="/staff/contact" { "Contact requests" } " · "
                    a href="/staff/emails" { "Emails" } " · "
                    a href="/staff/audit" { "Audit log" } " · "
                }
                form.inline method="post" action="/sign-out" { (signed.csrf_field()) button.link type="submit" { "Sign out" } }
            }
            (body)
        },
    )
}
