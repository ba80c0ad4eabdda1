//! Every child-facing page in each interface language: nothing left in English, the language
//! chosen as promised (link, draft, browser, English), right to left for Arabic, and answers
//! that add up whatever language they were given in.

use diesel::prelude::*;
use ourvoice::locale::LANGUAGES;
use ourvoice::store::schema::answers;

use crate::helpers::{TestApp, Visitor, shipped_surveys, spawn_app_with_surveys, surveys_with};

const SURVEY: &str = "/s/big-promise";
/// The Big Promise is translated into these here; other languages read its questions in English.
const TRANSLATED: [&str; 2] = ["pl", "ar"];

/// The app with the Big Promise translated into Polish and Arabic only (the shipped one is in
/// every language), so that both a translated survey and one read in English are walked.
async fn app() -> TestApp {
    let shipped = std::fs::read_to_string(shipped_surveys().join("big-promise.toml")).unwrap();
    let cut = shipped.find("\n[translations.bn]").expect("the shipped Big Promise has Bengali after Arabic");
    let partly = shipped[..cut].replacen(
        "languages = [\"en\", \"pl\", \"ar\", \"bn\", \"lt\", \"pt\", \"tr\", \"zh\"]",
        "languages = [\"en\", \"pl\", \"ar\"]",
        1,
    );
    assert_ne!(partly, shipped[..cut], "the languages line is cut too");
    let surveys = surveys_with(&[("big-promise.toml", &partly)]);
    let app = spawn_app_with_surveys(surveys.path()).await;
    drop(surveys);
    app
}

/// The English interface text, as fragments between the `{ $placeables }`: (message id, words).
fn english() -> Vec<(String, String)> {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/locales/en/ourvoice.ftl")).unwrap();
    let mut out = Vec::new();
    let mut id = String::new();
    for line in source.lines() {
        let text = if let Some((name, value)) = line.split_once(" = ").filter(|_| !line.starts_with(' ')) {
            id = name.to_string();
            value
        } else if let Some(variant) = line.trim_start().trim_start_matches('*').strip_prefix('[') {
            variant.split_once("] ").map_or("", |(_, words)| words)
        } else {
            continue;
        };
        for fragment in text.split('{').map(|part| part.rsplit('}').next().unwrap_or(part)) {
            let words = fragment.trim_matches(|c: char| c.is_whitespace() || ".,:;()".contains(c));
            if words.chars().any(char::is_alphabetic) {
                out.push((id.clone(), words.to_string()));
            }
        }
    }
    out
}

/// The text a reader meets on a page: text between tags, and titles and labels on elements.
/// Words marked as English (`lang="en"`: a survey without this translation, people's words in
/// a report) are content, not interface, and are left out.
fn texts(html: &str) -> Vec<String> {
    let unescape = |s: &str| {
        s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    };
    let mut body = html.split("<body").nth(1).unwrap_or(html).to_string();
    for tag in ["li", "span", "p", "h1", "legend", "dt", "div"] {
        while let Some(start) = body.find(&format!("<{tag} lang=\"en\"")) {
            let end = body[start..].find(&format!("</{tag}>")).map_or(body.len(), |e| start + e);
            body.replace_range(start..end, "");
        }
    }
    let mut out: Vec<String> = body.split(['<', '>']).skip(1).step_by(2).map(|t| unescape(t.trim())).collect();
    let html = body.as_str();
    for attribute in ["title=\"", "aria-label=\""] {
        out.extend(html.split(attribute).skip(1).map(|rest| unescape(rest.split('"').next().unwrap_or(""))));
    }
    out.retain(|t| !t.is_empty());
    out
}

/// Fails with the page and the English left on it, if any.
fn assert_no_english(lang: &str, what: &str, html: &str, english: &[(String, String)]) {
    // With English questions, the answers' own words (scale, yes and no) are English too.
    let questions_english = !TRANSLATED.contains(&lang);
    let question_words = |id: &str| id.starts_with("scale-") || id.starts_with("answer-");
    let left: Vec<&str> = texts(html)
        .iter()
        .flat_map(|text| {
            english.iter().filter(move |(id, words)| {
                !(questions_english && question_words(id))
                    && (text == words || (words.split(' ').count() >= 3 && text.contains(words.as_str())))
            })
        })
        .map(|(_, words)| words.as_str())
        .collect();
    assert!(left.is_empty(), "{lang} {what} still says in English: {left:?}");
    assert!(html.contains(&format!("<html lang=\"{lang}\"")), "{lang} {what}: the page's language");
}

#[actix_web::test]
async fn every_child_facing_page_speaks_the_childs_language_and_answers_add_up() {
    let app = app().await;
    let english = english();
    assert!(english.len() > 100, "the English resource is read: {} fragments", english.len());
    for lang in &LANGUAGES[1..] {
        let mut child = Visitor::new(&app);
        let check = |what: &str, html: &str| assert_no_english(lang, what, html, &english);
        let intro = child.get(&format!("{SURVEY}?lang={lang}")).await.body;
        check("intro", &intro);
        assert_eq!(intro.contains("dir=\"rtl\""), *lang == "ar");
        assert_eq!(intro.contains("class=\"notice\""), !TRANSLATED.contains(lang), "questions in English said plainly");
        let mut at = child.post_ok(&format!("{SURVEY}/start"), &[("lang", lang)]).await;
        while at.contains("/q/") {
            let page = child.get(&at).await.body;
            check(&at, &page);
            let value = page.split("name=\"answer\" value=\"").nth(1).map(|rest| rest.split('"').next().unwrap());
            let answer = match value {
                Some(value) => value.to_string(),
                None => {
                    // The text question: first too long, which is refused in the child's language.
                    let refused = child.post(&at, &[("answer", &"a".repeat(1001)), ("action", "continue")]).await;
                    assert_eq!(refused.status, 422);
                    check("a refused answer", &refused.body);
                    "More time with my sister".to_string()
                }
            };
            if at.ends_with("/age-band") {
                let refused = child.post(&at, &[("answer", "Nine"), ("action", "continue")]).await;
                assert_eq!(refused.status, 422);
                check("an answer not offered", &refused.body);
            }
            at = child.post_ok(&at, &[("answer", &answer), ("action", "continue")]).await;
        }
        check("check answers", &child.get(&at).await.body);
        check("thank you", &child.post_page(&format!("{SURVEY}/send"), &[]).await);
        for page in ["/", "/help", "/contact", "/reports", "/reports/priorities"] {
            check(page, &child.get(&format!("{page}?lang={lang}")).await.body);
        }
        let missing = child.get(&format!("/s/no-such-survey?lang={lang}")).await;
        assert_eq!(missing.status, 404);
        check("a page that isn't there", &missing.body);
        let refused = child.post("/contact", &[("name", ""), ("contact", ""), ("lang", lang)]).await;
        assert_eq!(refused.status, 422);
        check("the contact form, refused", &refused.body);

        // With no choice made, the browser's languages decide.
        let mut browser = Visitor::new(&app);
        browser.accept_language = Some(format!("fr-FR, {lang};q=0.8, en;q=0.5"));
        check("the front door, by Accept-Language", &browser.get("/").await.body);
        check("an intro, by Accept-Language", &browser.get(SURVEY).await.body);
        check("a page that isn't there, by Accept-Language", &browser.get("/no/such/page").await.body);
    }
    // Every answer is stored as the English option, so answers from all languages add up.
    let stored: Vec<(String, i64)> = app
        .db(|conn| {
            answers::table
                .filter(answers::question_id.eq_any(["age-band", "activities", "feel-safe"]))
                .group_by(answers::value)
                .select((answers::value, diesel::dsl::count_star()))
                .order(answers::value)
                .load(conn)
                .unwrap()
        })
        .await;
    let seven = (LANGUAGES.len() - 1) as i64;
    assert_eq!(stored, [("1".to_string(), seven), ("11 to 13".into(), seven), ("Sport".into(), seven)]);
}

#[actix_web::test]
async fn the_language_follows_the_link_then_the_draft_then_the_browser_then_english() {
    let app = app().await;
    let mut child = Visitor::new(&app);
    child.accept_language = Some("tr, en;q=0.5".into());
    assert!(child.get(SURVEY).await.body.contains("<html lang=\"tr\""), "the browser's language");
    assert!(child.get(&format!("{SURVEY}?lang=pl")).await.body.contains("Wielka Obietnica"), "the link's");
    let first = child.post_ok(&format!("{SURVEY}/start"), &[("lang", "pl")]).await;
    // The choice is kept in the draft: later pages (and the intro, coming back) stay Polish.
    assert!(child.get(&first).await.body.contains("Jak bezpiecznie czujesz się tam, gdzie mieszkasz?"));
    assert!(child.get(SURVEY).await.body.contains("Kontynuuj od miejsca, w którym była przerwa"));
    // Only the survey's languages are offered to choose from.
    let intro = child.get(SURVEY).await.body;
    assert!(intro.contains("hreflang=\"ar\"") && !intro.contains("hreflang=\"tr\""));
    // A language ourvoice doesn't have, and no browser preference: English.
    let mut other = Visitor::new(&app);
    assert!(other.get(&format!("{SURVEY}?lang=xx")).await.body.contains("<html lang=\"en\""));
    // The 8–11 survey is translated too.
    assert!(other.get("/s/how-are-things?lang=ar").await.body.contains("كيف حالك؟"));
}

/// The kiosk survey translated into Arabic in part: its title and one question, not its
/// introduction, nor the other question or its hint.
fn half_arabic() -> String {
    crate::helpers::CODES_SURVEY
        .replace("slug = \"kiosk\"", "slug = \"half-arabic\"")
        .replace("access = \"codes\"", "access = \"link\"")
        .replace("text = \"One wish?\"", "text = \"One wish?\"\nhint = \"Anything at all.\"")
        .replace("intro = \"أخبرنا.\"\n", "")
        .replace("[translations.ar.questions.one-wish]\ntext = \"أمنية واحدة؟\"\n", "")
}

#[actix_web::test]
async fn english_in_a_partly_translated_arabic_survey_is_marked_english_and_reads_left_to_right() {
    let dir = crate::helpers::surveys_with(&[("half-arabic.toml", &half_arabic())]);
    let app = crate::helpers::spawn_app_with_surveys(dir.path()).await;
    let mut child = Visitor::new(&app);
    let intro = child.get("/s/half-arabic?lang=ar").await.body;
    assert!(intro.contains("<html lang=\"ar\" dir=\"rtl\""), "{intro}");
    assert!(intro.contains("<h1>استطلاع</h1>"), "the translated title is the page's own language: {intro}");
    assert!(intro.contains("<p lang=\"en\" dir=\"ltr\">Tell us at the event.</p>"), "{intro}");
    let first = child.post_ok("/s/half-arabic/start", &[("lang", "ar")]).await;
    let translated = child.get(&first).await.body;
    assert!(translated.contains("<legend><h1>ما مدى شعورك بالأمان حيث تعيش؟</h1></legend>"), "{translated}");
    let next = child.post_ok(&first, &[("answer", "4"), ("action", "continue")]).await;
    let english = child.get(&next).await.body;
    assert!(english.contains("<h1 lang=\"en\" dir=\"ltr\"><label for=\"answer\">One wish?</label></h1>"), "{english}");
    assert!(english.contains("lang=\"en\" dir=\"ltr\">Anything at all.</p>"), "{english}");
    let check = child.post_ok(&next, &[("answer", "A garden"), ("action", "continue")]).await;
    let check = child.get(&check).await.body;
    assert!(check.contains("<dt lang=\"en\" dir=\"ltr\">One wish?</dt>"), "{check}");
    assert!(check.contains("<dt>ما مدى شعورك بالأمان حيث تعيش؟</dt>"), "{check}");
}
