//! The kiosk's page, one for each of the survey's languages: every screen a child meets, drawn
//! here from the same parts as the journey's pages (questions, pictures, read-aloud, help,
//! thank you), so the kiosk's script only shows one screen at a time, keeps each child's
//! answers on the device, and sends them when it can. Kept in the device's cache with what
//! it loads, it works with no network.

use maud::{DOCTYPE, Markup, html};
use serde_json::json;

use super::super::helplines::helplines;
use super::super::journey::pages::{helper_guidance, intro_text, listen, listen_path, progress, question_fields};
use super::super::layout::phone_meta;
use super::super::thanks;
use crate::config::SiteConfig;
use crate::speech;
use crate::store::kiosks::Kiosk;
use crate::survey::{Audience, Localized, Survey, direction, language_name};
use crate::t;

/// The kiosk in `lang` (one of the survey's languages), naming every page and file it needs
/// offline (each language's page, its script and styles, read-aloud audio) for its script to
/// keep in the device's cache.
pub fn render(survey: &Survey, lang: &str, kiosk: &Kiosk, site: &SiteConfig) -> Markup {
    let local = survey.localized(lang);
    let lang = local.lang;
    html! {
        (DOCTYPE)
        html lang=(lang) dir=(direction(lang)) {
            head {
                meta charset="utf-8";
                (phone_meta())
                title { (local.title()) " – ourvoice" }
                link rel="stylesheet" href="/assets/site.css";
                script src="/kiosk/kiosk.js" defer {}
            }
            body.kiosk data-slug=(survey.slug) data-ends=(kiosk.expires_at.format("%Y-%m-%dT%H:%M:%SZ"))
                data-limit=(kiosk.response_limit) data-offline=(offline_paths(survey).join(" ")) {
                noscript { p.notice lang="en" { "This kiosk needs JavaScript. The survey's own link works without it." } }
                (screens(survey, &local, site))
                div.kiosk-staff lang="en" dir="ltr" {
                    p { "Kiosk: takes answers until " (kiosk.expires_at.format("%-d %B %Y %H:%M")) " UTC, "
                        (kiosk.response_limit) " at most." }
                    p #waiting role="status" { "No answers waiting to be sent." }
                    p #storage {}
                    button.button.secondary type="button" data-sync { "Send what waits now" }
                }
            }
        }
    }
}

/// What the kiosk needs to work with no network.
fn offline_paths(survey: &Survey) -> Vec<String> {
    let app = format!("/kiosk/{}/app", survey.slug);
    let mut paths: Vec<String> = vec![app.clone(), "/kiosk/kiosk.js".into(), "/assets/site.css".into()];
    paths.extend(survey.offered_languages().iter().map(|lang| format!("{app}?lang={lang}")));
    for lang in survey.offered_languages() {
        let local = survey.localized(lang);
        paths.extend(
            survey.questions.iter().filter_map(|q| speech::clip(&local, q).map(|c| listen_path(survey, q, &c.lang))),
        );
    }
    paths
}

/// Every screen, hidden until the kiosk's script shows it.
fn screens(survey: &Survey, local: &Localized<'_>, site: &SiteConfig) -> Markup {
    let lang = local.lang;
    let total = survey.questions.len();
    html! {
        header {
            span.brand lang="en" { "ourvoice" }
            nav.safety aria-label=(t!(lang, "help-now")) {
                button.help type="button" data-go="help" { (t!(lang, "help-now")) }
                button.exit type="button" data-leave { (t!(lang, "leave-site")) }
            }
        }
        main #main {
            section data-screen="start" {
                h1 { (local.title()) }
                @if survey.offered_languages().len() > 1 {
                    p.languages {
                        (t!(lang, "choose-language")) " "
                        @for tag in survey.offered_languages() {
                            @if tag == lang { strong lang=(tag) { (language_name(tag)) } " " }
                            @else { a href={ "?lang=" (tag) } lang=(tag) hreflang=(tag) { (language_name(tag)) } " " }
                        }
                    }
                }
                @if survey.audience == Audience::Age4To7 { (helper_guidance(lang)) }
                (intro_text(lang, survey, local))
                p.notice data-ended hidden { (t!(lang, "kiosk-ended")) }
                div.actions { button.button type="button" data-start { (t!(lang, "start")) } }
            }
            @for (i, q) in survey.questions.iter().enumerate() {
                @let name = format!("answer-{i}");
                form data-screen="question" data-question=(q.id)
                    data-show-if=[q.show_if.as_ref().map(|s| json!({"question": s.question, "answers": s.condition.answers()}).to_string())]
                    data-help-if=[(!q.help_if.is_empty()).then(|| json!(q.help_if).to_string())]
                    novalidate hidden {
                    (progress(lang, i, total, &name))
                    (listen(lang, local, q, &name))
                    (question_fields(lang, local, q, &name, &[], None))
                    div.actions {
                        button.button type="submit" { (t!(lang, "continue")) }
                        button.button.secondary type="button" data-skip { (t!(lang, "skip-question")) }
                        button.button.secondary type="button" data-back { (t!(lang, "back")) }
                    }
                }
            }
            section data-screen="send" hidden {
                h1 { (t!(lang, "send-answers")) }
                p { (t!(lang, "kiosk-send-lead")) }
                p.error-message data-nothing hidden { (t!(lang, "nothing-answered")) }
                div.actions {
                    button.button type="button" data-send { (t!(lang, "send-answers")) }
                    button.button.secondary type="button" data-back { (t!(lang, "back")) }
                }
            }
            section data-screen="thanks" hidden {
                (thanks::content(lang, local, site, false, false))
                div.actions { button.button type="button" data-next { (t!(lang, "kiosk-next")) } }
            }
            section data-screen="help-first" hidden {
                (thanks::content(lang, local, site, true, false))
                div.actions { button.button type="button" data-next { (t!(lang, "kiosk-next")) } }
            }
            section data-screen="help" hidden {
                h1 { (t!(lang, "help-now")) }
                p { strong { (t!(lang, "help-danger", emergency = "999")) } }
                h2 { (t!(lang, "help-talk")) }
                (helplines(lang, site))
                p { (t!(lang, "help-trusted-adult")) }
                div.actions { button.button type="button" data-back { (t!(lang, "back")) } }
            }
        }
    }
}
