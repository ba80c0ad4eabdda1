//! The page frame every page shares, the stylesheet, and the error pages.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, http::header};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::survey::is_rtl;

const STYLESHEET: &str = include_str!("site.css");
const EXIT_SCRIPT: &str = include_str!("exit.js");

/// The stylesheet, served from our own origin (no third-party requests) and cached.
#[get("/assets/site.css")]
pub async fn stylesheet() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/css; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(STYLESHEET)
}

/// The quick-exit enhancement (Escape twice; leaving replaces the page in history).
#[get("/assets/exit.js")]
pub async fn exit_script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(EXIT_SCRIPT)
}

/// A whole page: `title` for the tab, `lang` (and so the text direction) for the document.
/// Every page carries "Get help now" and "Leave this site".
pub fn page(title: &str, lang: &str, body: Markup) -> Markup {
    let dir = if is_rtl(lang) { "rtl" } else { "ltr" };
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                title { (title) " – ourvoice" }
                link rel="stylesheet" href="/assets/site.css";
                script src="/assets/exit.js" defer {}
            }
            body {
                a.skip href="#main" { "Skip to main content" }
                header {
                    a.brand href="/" { "ourvoice" }
                    nav.safety aria-label="Help and safety" {
                        a.help href="/help" { "Get help now" }
                        a.exit href="/exit" rel="noreferrer" title="Or press Esc twice" { "Leave this site" }
                    }
                }
                main #main { (body) }
                footer { "Your voice matters. We never ask your name." }
            }
        }
    }
}

/// A page that stands alone as a file (for board papers): its styles inside, no script, no
/// links back to the site's assets.
pub fn standalone(title: &str, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" dir="ltr" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) }
                style { (PreEscaped(STYLESHEET)) }
            }
            body { main { (body) } }
        }
    }
}

pub fn error_page(status: StatusCode) -> Markup {
    let (title, words) = match status {
        StatusCode::NOT_FOUND => (
            "We can't find that page",
            "The link may be wrong, or the survey may have moved. Check the link on your card, or ask the person who gave it to you.",
        ),
        StatusCode::FORBIDDEN => (
            "You can't do that here",
            "Your account doesn't allow this, or the form was too old. Go back, reload the page and try again.",
        ),
        StatusCode::TOO_MANY_REQUESTS => (
            "Please wait a little while",
            "There have been a lot of tries from here. Please wait 15 minutes and try again, or ask the person who gave you your card for help.",
        ),
        _ => ("Sorry, something went wrong", "This is our fault, not yours. Please try again in a few minutes."),
    };
    message_page(title, words)
}

/// A page that only says something, with a way back to the start.
pub fn message_page(title: &str, words: &str) -> Markup {
    page(
        title,
        "en",
        html! {
            h1 { (title) }
            p.lead { (words) }
            p { a href="/" { "Go to the start" } }
        },
    )
}
