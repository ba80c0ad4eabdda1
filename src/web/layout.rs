//! The page frame every page shares, the stylesheet, and the error pages.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, get, http::header};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::locale::{self, Arg};
use crate::survey::direction;
use crate::t;

const STYLESHEET: &str = include_str!("site.css");
const EXIT_SCRIPT: &str = include_str!("exit.js");
const PRINT_SCRIPT: &str = include_str!("print.js");

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

/// The code cards' print button (staff pages only; the cards print without it too).
#[get("/assets/print.js")]
pub async fn print_script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "public, max-age=86400"))
        .body(PRINT_SCRIPT)
}

/// `path` in the reader's language: `?lang=` added unless it is English.
pub fn in_lang(path: &str, lang: &str) -> String {
    if lang == "en" { path.to_string() } else { format!("{path}?lang={lang}") }
}

/// A message with links (or other markup) inside: each `(name, markup)` fills `{ $name }`.
/// The message's own words are escaped; only the given markup is not.
pub fn rich(lang: &str, id: &str, parts: &[(&str, Markup)]) -> Markup {
    let marks: Vec<String> = (0..parts.len()).map(|i| format!("\u{e000}{i}\u{e001}")).collect();
    let args: Vec<(&str, Arg<'_>)> =
        parts.iter().zip(&marks).map(|((name, _), mark)| (*name, Arg::from(mark.as_str()))).collect();
    let mut out = html! { (locale::text(lang, id, &args)) }.into_string();
    for ((_, markup), mark) in parts.iter().zip(&marks) {
        out = out.replace(mark.as_str(), &markup.0);
    }
    PreEscaped(out)
}

/// Words in another language than the page's (`Some(tag)`) marked as such, for screen readers
/// and fonts, and isolated so that their direction (English in an Arabic page) reads right;
/// plain words otherwise.
pub fn marked(lang: Option<&str>, words: &str) -> Markup {
    html! { @if let Some(tag) = lang { bdi lang=(tag) dir=(crate::survey::direction(tag)) { (words) } } @else { (words) } }
}

/// A whole page: `title` for the tab, `lang` (and so the text direction) for the document and
/// the words every page carries: "Get help now", "Leave this site", and that we never ask a
/// name.
pub fn page(title: &str, lang: &str, body: Markup) -> Markup {
    frame(title, lang, body, "footer")
}

/// A page where a young person gives their name (asking to be contacted): the same, with a
/// footer that does not say we never ask it.
pub fn not_anonymous_page(title: &str, lang: &str, body: Markup) -> Markup {
    frame(title, lang, body, "footer-not-anonymous")
}

fn frame(title: &str, lang: &str, body: Markup, footer: &str) -> Markup {
    let head = html! {
        (phone_meta())
        title { (title) " – ourvoice" }
        link rel="stylesheet" href="/assets/site.css";
        script src="/assets/exit.js" defer {}
    };
    let body = html! {
        a.skip href="#main" { (t!(lang, "skip-link")) }
        header {
            a.brand href=(in_lang("/", lang)) lang="en" { "ourvoice" }
            nav.safety aria-label=(t!(lang, "help-now")) {
                a.help href=(in_lang("/help", lang)) { (t!(lang, "help-now")) }
                a.exit href="/exit" rel="noreferrer" title=(t!(lang, "leave-site-tip")) { (t!(lang, "leave-site")) }
            }
        }
        main #main { (body) }
        footer { (t!(lang, footer)) }
    };
    document(lang, head, body)
}

/// An HTML page in `lang`, in that language's direction: `head` after the character set.
pub fn document(lang: &str, head: Markup, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(direction(lang)) {
            head { meta charset="utf-8"; (head) }
            body { (body) }
        }
    }
}

/// For a phone's screen: its own width, and our address sent only to our own pages.
pub fn phone_meta() -> Markup {
    html! {
        meta name="viewport" content="width=device-width, initial-scale=1";
        meta name="referrer" content="same-origin";
    }
}

/// A page that stands alone as a file (for board papers): its styles inside, no script, no
/// links back to the site's assets.
pub fn standalone(title: &str, lang: &str, body: Markup) -> Markup {
    let head = html! {
        meta name="viewport" content="width=device-width, initial-scale=1";
        title { (title) }
        style { (PreEscaped(STYLESHEET)) }
    };
    document(lang, head, html! { main { (body) } })
}

/// The kind page for an error, in `lang`.
pub fn error_page(status: StatusCode, lang: &str) -> Markup {
    let which = match status {
        StatusCode::NOT_FOUND => "not-found",
        StatusCode::FORBIDDEN => "forbidden",
        StatusCode::TOO_MANY_REQUESTS => "wait",
        StatusCode::PAYLOAD_TOO_LARGE => "too-long",
        StatusCode::REQUEST_TIMEOUT => "too-slow",
        StatusCode::BAD_REQUEST => "unreadable",
        _ => "broken",
    };
    message_page(&t!(lang, &format!("error-{which}-title")), &t!(lang, &format!("error-{which}")), lang)
}

/// A page that only says something, with a way back to the start.
pub fn message_page(title: &str, words: &str, lang: &str) -> Markup {
    page(
        title,
        lang,
        html! {
            h1 { (title) }
            p.lead { (words) }
            p { a href=(in_lang("/", lang)) { (t!(lang, "go-to-start")) } }
        },
    )
}
