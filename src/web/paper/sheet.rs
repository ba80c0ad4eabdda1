//! A survey on paper, from the same survey file: A4, big tick boxes and the faces for scales,
//! lines to write on, "Get help now" and the helplines on the first page, the pictures the
//! survey has, and on every page the batch mark (a short code and a QR code naming the survey
//! and the print batch, never a child). One HTML page with its own print styles: printed from
//! a browser, or made into a PDF by headless Chromium (`crate::pdf`).

use maud::{Markup, PreEscaped, html};

use super::super::cards::qr_svg;
use super::super::helplines::helplines;
use super::super::journey::pages::helper_guidance;
use super::super::layout::document;
use super::super::pictures;
use crate::config::SiteConfig;
use crate::survey::{Audience, Kind, Localized, Question, Survey};
use crate::t;

/// The sheet for `survey` in `lang`, marked with `batch`; `keying` is where the QR code leads
/// (the batch's keying page); `staff` is what the screen shows above it (never printed), None
/// for a file.
pub fn render(
    survey: &Survey,
    lang: &str,
    batch: &str,
    keying: &str,
    site: &SiteConfig,
    staff: Option<Markup>,
) -> Markup {
    let local = survey.localized(lang);
    let lang = local.lang;
    let head = html! {
        title { (local.title()) " — batch " (batch) }
        style { (PreEscaped(PAPER_CSS)) }
        @if staff.is_some() { script src="/assets/print.js" defer {} }
    };
    let body = html! {
                @if let Some(staff) = staff { div.screen-only lang="en" dir="ltr" { (staff) } }
                // A table's foot is printed at the foot of every page it runs over: the mark.
                table.pages {
                    tfoot { tr { td {
                        div.mark dir="ltr" {
                            div.qr role="img" aria-label={ "QR code for batch " (batch) } { (PreEscaped(qr_svg(keying))) }
                            p { "ourvoice · " (survey.slug) " · " (lang) br; strong { "Batch " (batch) } }
                        }
                    } } }
                    tbody { tr { td {
                main.sheet {
                    h1 { (local.title()) }
                    @for paragraph in local.intro() { p { (paragraph) } }
                    @if survey.audience == Audience::Age4To7 { (helper_guidance(lang)) }
                    section.help {
                        h2 { (t!(lang, "help-now")) }
                        p { strong { (t!(lang, "help-danger", emergency = "999")) } }
                        (helplines(lang, site))
                    }
                    p.how { (t!(lang, "paper-how")) }
                    ol.questions {
                        @for (number, q) in survey.questions.iter().enumerate() {
                            li.question { (question(&local, q, number + 1)) }
                        }
                    }
                    @if let Some(thanks) = local.thanks() { @for paragraph in thanks { p { (paragraph) } } }
                    p.how { (t!(lang, "paper-give-back")) }
                }
                    } } }
                }
    };
    document(lang, head, body)
}

/// One question as it is printed: its picture, words, when to answer it, and its boxes.
fn question(local: &Localized<'_>, q: &Question, number: usize) -> Markup {
    let lang = local.lang;
    let choices = local.choices(q);
    let pictures = pictures::answers(q);
    let only_if = q.show_if.as_ref().and_then(|s| {
        let earlier = local.survey.questions.iter().position(|e| e.id == s.question)?;
        let labels = local.choices(&local.survey.questions[earlier]);
        let answers: Vec<String> = s
            .condition
            .answers()
            .iter()
            .map(|a| labels.iter().find(|(v, _)| v == a).map_or(a.clone(), |(_, l)| format!("\u{201c}{l}\u{201d}")))
            .collect();
        Some(t!(lang, "paper-only-if", number = earlier + 1, answers = answers.join(" / ")))
    });
    let lines = (q.max_chars_or_default() as usize / 70).clamp(3, 8);
    html! {
        div.heading {
            span.number { (number) }
            @if let Some(picture) = q.picture { (pictures::question(picture)) }
            h2 { (local.text(q)) }
        }
        @if let Some(hint) = local.hint(q) { p.hint { (hint) } }
        @if let Some(only_if) = only_if { p.only-if { (only_if) } }
        @match q.kind {
            Kind::Text => div.lines { @for _ in 0..lines { div.line {} } },
            _ => ul class={ "boxes" @if matches!(q.kind, Kind::Scale | Kind::YesNo) { " across" } } {
                @for (i, (_, label)) in choices.iter().enumerate() {
                    li {
                        span.box {}
                        @if let Some(picture) = pictures.get(i) { (picture) }
                        span.label { (label) }
                    }
                }
            },
        }
    }
}

const PAPER_CSS: &str = "\
@page{size:A4;margin:12mm 14mm}table.pages{border-collapse:collapse;width:100%}table.pages td{padding:0}\
body{font-family:system-ui,\"Noto Sans\",\"Noto Sans Arabic\",\"Noto Sans Bengali\",\"Noto Sans CJK SC\",Arial,sans-serif;\
font-size:13pt;line-height:1.4;color:#1f1a2e;margin:0}\
.screen-only{max-width:44rem;margin:1rem auto;padding:1rem;border:2px solid #4b2582;border-radius:.5rem;font-size:12pt}\
.screen-only .field{margin:.5rem 0}.screen-only input{font:inherit;width:6rem;min-height:44px}\
.screen-only button,.screen-only a.button{font:inherit;min-height:44px;padding:.4rem 1rem}\
.sheet{max-width:182mm;margin:0 auto}\
h1{font-size:22pt;margin:0 0 6pt}\
.help{border:3px solid #d9482b;border-radius:8pt;padding:4pt 12pt;margin:10pt 0;break-inside:avoid}\
.help h2{font-size:15pt;margin:6pt 0}.help ul{padding-inline-start:16pt;margin:4pt 0}\
.help a{color:inherit;text-decoration:none}.help a[href^=\"https\"]::after{content:\" \" attr(href);font-size:9pt}\
.helper{border:2px dashed #4b2582;padding:2pt 12pt;margin:8pt 0}.helper h2{font-size:14pt}\
.how{font-weight:bold}\
ol.questions{list-style:none;padding:0;margin:0}\
.question{break-inside:avoid;border-top:1pt solid #c9c2d4;padding:8pt 0 10pt}\
.heading{display:flex;align-items:center;gap:8pt}\
.number{flex:none;display:inline-block;min-width:24pt;height:24pt;border-radius:12pt;background:#4b2582;color:#fff;\
text-align:center;font-weight:bold;line-height:24pt}\
.question h2{font-size:15pt;margin:0}\
svg.question-picture{width:22mm;height:22mm;flex:none}\
.hint,.only-if{margin-block:3pt;margin-inline-start:32pt;color:#585266}.only-if{font-style:italic}\
ul.boxes{list-style:none;padding:0;margin-block:6pt 0;margin-inline-start:32pt}\
ul.boxes li{display:flex;align-items:center;gap:6pt;margin:0 0 5pt}\
ul.across{display:flex;flex-wrap:wrap;gap:4pt 10pt}\
ul.across li{flex:1 1 0;flex-direction:column;text-align:center;min-width:22mm;margin:0}\
.box{display:inline-block;flex:none;width:9mm;height:9mm;border:2.5pt solid #1f1a2e;border-radius:2pt;background:#fff}\
.face{width:12mm;height:12mm;flex:none}\
.face .skin{stroke:#1f1a2e;stroke-width:2}.face .eye{fill:#1f1a2e}\
.face .mouth{fill:none;stroke:#1f1a2e;stroke-width:2.6;stroke-linecap:round;stroke-linejoin:round}\
.mood-1 .skin{fill:#f9b4a8}.mood-2 .skin{fill:#fcd2a4}.mood-3 .skin{fill:#fde68a}.mood-4 .skin{fill:#cfe9a8}\
.mood-5 .skin{fill:#9fdcaa}.mood-5 .mouth{fill:#fff}\
.lines{margin-block:4pt 0;margin-inline-start:32pt}.line{border-bottom:1pt solid #585266;height:10mm}\
.mark{display:flex;align-items:center;gap:8pt;margin-top:6pt;padding-top:4pt;border-top:1pt solid #c9c2d4;font-size:9pt;color:#585266}\
.mark .qr svg{width:18mm;height:18mm;display:block}.mark p{margin:0}\
@media print{.screen-only{display:none}}";
