//! Printable cards of single-use codes: each with the survey's link and a QR code that opens
//! it with the code filled in. Used by `ourvoice codes --format html` and the staff pages.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use qrcode::QrCode;
use qrcode::render::svg;

use crate::codes::Code;
use crate::survey::direction;
use crate::t;

/// The link on a card: the survey in the card's language, with the code filled in if it has
/// one (query strings are never logged).
pub fn card_link(base_url: &str, slug: &str, lang: &str, code: Option<&Code>) -> String {
    let mut query: Vec<String> = Vec::new();
    if lang != "en" {
        query.push(format!("lang={lang}"));
    }
    query.extend(code.map(|c| format!("code={c}")));
    let query = if query.is_empty() { String::new() } else { format!("?{}", query.join("&")) };
    format!("{}/s/{slug}{query}", base_url.trim_end_matches('/'))
}

pub(super) fn qr_svg(link: &str) -> String {
    let svg = QrCode::new(link.as_bytes())
        .map(|qr| qr.render::<svg::Color>().min_dimensions(120, 120).quiet_zone(false).build())
        .unwrap_or_default();
    // Inline in HTML: drop the XML declaration before <svg>.
    svg.find("<svg").map_or(svg.clone(), |start| svg[start..].to_string())
}

/// What goes on a sheet of cards: a single-use code on each (a survey answered with codes), or
/// just the link and its QR code (a survey open to anyone with the link).
pub enum Cards<'a> {
    Codes(&'a [Code]),
    Link(usize),
}

/// A sheet of cards for a survey, laid out to print on A4.
pub struct Sheet<'a> {
    /// The survey's title in the cards' language.
    pub title: &'a str,
    pub lang: &'a str,
    pub base_url: &'a str,
    pub slug: &'a str,
    pub cards: Cards<'a>,
    /// Where "Back" goes (staff pages); None for a file made on the command line.
    pub back: Option<&'a str>,
}

impl Sheet<'_> {
    pub fn render(&self) -> Markup {
        let lang = self.lang;
        let codes: Vec<Option<&Code>> = match &self.cards {
            Cards::Codes(codes) => codes.iter().map(Some).collect(),
            Cards::Link(count) => vec![None; *count],
        };
        html! {
            (DOCTYPE)
            html lang=(lang) dir=(direction(lang)) {
                head {
                    meta charset="utf-8";
                    title { "Cards for " (self.title) }
                    style { (PreEscaped(CARD_CSS)) }
                    @if self.back.is_some() { script src="/assets/print.js" defer {} }
                }
                body {
                    div.screen-only lang="en" dir="ltr" {
                        @if let Some(back) = self.back { p { a href=(back) { "Back to the survey" } } }
                        h1 { (codes.len()) " cards for \u{201c}" bdi { (self.title) } "\u{201d}" }
                        p {
                            "Print this page (Ctrl+P, or Share then Print on a phone) and cut out the cards. "
                            button.print type="button" hidden { "Print the cards" }
                        }
                    }
                    div.cards {
                        @for code in &codes {
                            @let link = card_link(self.base_url, self.slug, lang, *code);
                            section.card {
                                h2 { (self.title) }
                                p { (t!(lang, "card-have-your-say")) }
                                p.link dir="ltr" { (self.base_url.trim_end_matches('/')) "/s/" (self.slug) }
                                div.qr role="img" aria-label="QR code for the survey link" { (PreEscaped(qr_svg(&link))) }
                                @if let Some(code) = code {
                                    p { (t!(lang, "card-your-code")) }
                                    p.code dir="ltr" { (code.to_string()) }
                                    p.small { (t!(lang, "card-works-once")) }
                                } @else {
                                    p.small { (t!(lang, "card-no-name")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

const CARD_CSS: &str = "body{font-family:system-ui,Arial,sans-serif;margin:1cm}\
.cards{display:grid;grid-template-columns:repeat(2,1fr);gap:.5cm}\
.card{border:1px dashed #555;padding:.5cm;break-inside:avoid;text-align:center}\
.card h2{margin:0 0 .2cm;font-size:14pt}.card p{margin:.1cm 0}\
.qr svg{width:3.2cm;height:3.2cm}.link{font-weight:bold;word-break:break-all}\
.code{font:bold 20pt monospace;letter-spacing:.1em}.small{font-size:9pt}\
@media print{.screen-only{display:none}body{margin:0}}@page{size:A4;margin:1cm}";
