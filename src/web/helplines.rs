//! Who a child can call: Childline, Always Heard, the council's own numbers in and out of
//! hours; on "Get help now", after a worrying answer and on the contact page.

use maud::{Markup, html};

use super::layout::rich;
use crate::config::SiteConfig;
use crate::t;

/// Childline's one-to-one chat with a counsellor, for those who cannot talk out loud.
const CHILDLINE_CHAT: &str = "https://www.childline.org.uk/get-support/1-2-1-counsellor-chat/";

/// Who to call, now: Childline (by phone or online chat), Always Heard, and the council, in
/// and out of hours. On "Get help now" and first after a worrying answer.
pub(in crate::web) fn helplines(lang: &str, site: &SiteConfig) -> Markup {
    let who = |name: &str, phone: &str| [("name", html! { strong { (name) } }), ("phone", phone_link(phone))];
    let chat = html! { a.tap href=(CHILDLINE_CHAT) rel="noreferrer" { (t!(lang, "help-childline-chat-link")) } };
    let council = [
        ("name", html! { strong { (site.council_name) } }),
        ("phone", phone_link(&site.council_phone)),
        ("from", html! { (site.council_hours.from.format("%H:%M")) }),
        ("to", html! { (site.council_hours.to.format("%H:%M")) }),
    ];
    html! {
        ul.facts {
            li {
                (rich(lang, "help-childline", &who("Childline", "0800 1111"))) " "
                (rich(lang, "help-childline-chat", &[("link", chat)]))
            }
            li { (rich(lang, "help-always-heard", &who("Always Heard", "0808 800 5792"))) }
            li {
                (rich(lang, "help-council-hours", &council)) " "
                @match &site.council_out_of_hours {
                    Some(phone) => (rich(lang, "help-out-of-hours", &[("phone", phone_link(phone))])),
                    None => (t!(lang, "help-no-out-of-hours")),
                }
            }
        }
    }
}

/// A phone number that rings when tapped; digits run left to right in every language.
pub(in crate::web) fn phone_link(number: &str) -> Markup {
    html! { a.tap href={ "tel:" (number.replace(' ', "")) } dir="ltr" { (number) } }
}
