//! Plain words for the youngest readers: every page an 8-to-11-year-old sees on the way through
//! "How are things?" (the survey's words and the interface's around them) reads at a reading age
//! of 8 or under, by the Flesch-Kincaid grade (reading age = grade + 5).

use crate::helpers::{Visitor, spawn_app, unescaped};

const SURVEY: &str = "/s/how-are-things";
const HIGHEST_READING_AGE: f64 = 8.0;
/// Words a reading score cannot see are hard: long words of officialdom an 8-year-old may not
/// know, whatever the length of the sentence around them.
const HARD_WORDS: [&str; 8] =
    ["anonymous", "character", "participation", "confidential", "safeguarding", "redact", "respond", "submit"];

/// What a page says to a reader: the words of each element on their own, each taken as a
/// sentence (a heading, a label or a button is read as one), without the markup.
fn words_of(page: &str) -> String {
    let body = page.split_once("<body>").map_or(page, |(_, body)| body);
    let mut sentences = Vec::new();
    let mut rest = body;
    while let Some(open) = rest.find('<') {
        push_sentence(&mut sentences, &rest[..open]);
        rest = rest[open..].split_once('>').map_or("", |(_, after)| after);
    }
    push_sentence(&mut sentences, rest);
    sentences.join(" ")
}

fn push_sentence(sentences: &mut Vec<String>, text: &str) {
    let text = unescaped(text.to_string());
    let text = text.trim();
    if text.chars().any(char::is_alphabetic) {
        let ended = text.ends_with(['.', '!', '?']);
        sentences.push(if ended { text.to_string() } else { format!("{text}.") });
    }
}

fn reading_age(words: &str) -> f64 {
    textstat::flesch_kincaid_grade(words) + 5.0
}

#[actix_web::test]
async fn an_8_to_11_year_old_can_read_every_page_of_their_survey() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    let mut pages = vec![("the front door".to_string(), child.get("/").await.body)];
    pages.push(("the survey's start".into(), child.get(SURVEY).await.body));
    let mut next = child.post_ok(&format!("{SURVEY}/start"), &[("lang", "en")]).await;
    let mut first = true;
    while !next.ends_with("/check") {
        pages.push((next.clone(), child.get(&next).await.body));
        let answer: &[(&str, &str)] =
            if first { &[("answer", "4"), ("action", "continue")] } else { &[("action", "skip")] };
        next = child.post_ok(&next, answer).await;
        first = false;
    }
    pages.push(("check your answers".into(), child.get(&next).await.body));
    pages.push(("thank you".into(), child.post_page(&format!("{SURVEY}/send"), &[]).await));
    pages.push(("get help now".into(), child.get("/help").await.body));

    let mut too_hard = Vec::new();
    for (page, body) in &pages {
        let words = words_of(body);
        let age = reading_age(&words);
        println!("{page}: reading age {age:.1}");
        if age > HIGHEST_READING_AGE {
            too_hard.push(format!("{page}: reading age {age:.1}\n  {words}"));
        }
        let lower = words.to_lowercase();
        for hard in HARD_WORDS.iter().filter(|w| lower.contains(*w)) {
            too_hard.push(format!("{page}: says \"{hard}\"\n  {words}"));
        }
    }
    assert!(pages.len() > 10, "the walk saw every question");
    assert!(too_hard.is_empty(), "too hard for an 8-year-old:\n{}", too_hard.join("\n"));
}

#[test]
fn the_measure_tells_plain_words_from_hard_ones() {
    // The check itself must be able to fail.
    assert!(reading_age("How safe do you feel where you live? Not safe at all. Really safe.") <= HIGHEST_READING_AGE);
    let hard = "Your answers are anonymous. Promise Ambassadors and the Participation team read what everyone says, \
                and responses are aggregated into thematic categories before publication.";
    assert!(reading_age(hard) > HIGHEST_READING_AGE);
}
