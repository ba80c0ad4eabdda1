//! Printable cards of single-use codes: each with the survey's link and a QR code that opens
//! it with the code filled in. Used by `ourvoice codes --format html` and the staff pages.

use maud::{DOCTYPE, Markup, PreEscaped, html};
use qrcode::QrCode;
use qrcode::render::svg;

use crate::codes::Code;

/// The link on a card: the survey, with the code filled in (query strings are never logged).
pub fn card_link(base_url: &str, slug: &str, code: &Code) -> String {
    format!("{}/s/{slug}?code={code}", base_url.trim_end_matches('/'))
}

fn qr_svg(link: &str) -> String {
    let svg = QrCode::new(link.as_bytes())
        .map(|qr| qr.render::<svg::Color>().min_dimensions(120, 120).quiet_zone(false).build())
        .unwrap_or_default();
    // Inline in HTML: drop the XML declaration before <svg>.
    svg.find("<svg").map_or(svg.clone(), |start| svg[start..].to_string())
}

/// A page of cards, laid out to print on A4.
pub fn card_sheet(title: &str, base_url: &str, slug: &str, codes: &[Code]) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                title { "Codes for " (title) }
                style { (PreEscaped(CARD_CSS)) }
            }
            body {
                h1.screen-only { (codes.len()) " codes for “" (title) "”. Print this page and cut out the cards." }
                div.cards {
                    @for code in codes {
                        @let link = card_link(base_url, slug, code);
                        section.card {
                            h2 { (title) }
                            p { "Have your say. Scan the code or go to:" }
                            p.link { (base_url.trim_end_matches('/')) "/s/" (slug) }
                            div.qr role="img" aria-label="QR code for the survey link" { (PreEscaped(qr_svg(&link))) }
                            p { "Your code:" }
                            p.code { (code.to_string()) }
                            p.small { "Each code works once. We never ask your name." }
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
