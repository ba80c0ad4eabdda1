//! The youngest children's survey as a child of 5 meets it with a grown-up: a picture for
//! every question and every answer, and each question with its answers read aloud from a
//! file made ahead of time (no script needed: the browser's own audio control).

use ourvoice::survey::{Kind, parse_survey};

use crate::helpers::{TestApp, Visitor, shipped_surveys, spawn_app};

/// Whether the speech engine is installed; the tests that need it say they were skipped
/// otherwise, and fail when OURVOICE_REQUIRE_SPEECH is set (as in CI).
pub fn speech_available() -> bool {
    let ok = ["espeak-ng", "lame"]
        .iter()
        .all(|program| std::process::Command::new(program).arg("--version").output().is_ok_and(|o| o.status.success()));
    assert!(
        ok || std::env::var_os("OURVOICE_REQUIRE_SPEECH").is_none(),
        "speech required but espeak-ng or lame is missing"
    );
    if !ok {
        eprintln!("skipped: needs espeak-ng and lame (apt-get install -y espeak-ng lame)");
    }
    ok
}

/// The bytes at `path`, with the response's status and content type.
async fn fetch(app: &TestApp, path: &str) -> (u16, String, Vec<u8>) {
    let mut response = app.client.get(format!("{}{path}", app.address)).send().await.unwrap();
    let kind = response.headers().get("content-type").map(|v| v.to_str().unwrap().to_string()).unwrap_or_default();
    (response.status().as_u16(), kind, response.body().limit(10_000_000).await.unwrap().to_vec())
}

/// An MP3 file: an ID3 tag or an MPEG audio frame first.
fn is_mp3(bytes: &[u8]) -> bool {
    bytes.starts_with(b"ID3") || (bytes.len() > 2 && bytes[0] == 0xff && bytes[1] & 0xe0 == 0xe0)
}

/// The `src` of the page's audio control, if it has one.
fn audio_source(page: &str) -> Option<String> {
    let at = page.find("<audio")?;
    let src = page[at..].split("src=\"").nth(1)?;
    Some(src[..src.find('"')?].to_string())
}

#[actix_web::test]
async fn a_child_of_five_hears_every_question_and_sees_a_picture_for_every_answer() {
    if !speech_available() {
        return;
    }
    let app = spawn_app().await;
    let survey = parse_survey(&std::fs::read_to_string(shipped_surveys().join("little-voices.toml")).unwrap()).unwrap();
    let mut child = Visitor::new(&app);
    child.get("/s/little-voices").await;
    let mut page = child.post("/s/little-voices/start", &[("lang", "en")]).await;
    let mut clips = Vec::new();
    for q in &survey.questions {
        let at = page.location.clone().unwrap();
        assert!(at.ends_with(&format!("/q/{}", q.id)), "{at}");
        let body = child.get(&at).await.body;
        // A picture above the question, and one in each answer's card.
        assert!(body.contains("question-picture"), "{}: no picture", q.id);
        let answers = match q.kind {
            Kind::Text => 0,
            Kind::YesNo => 3,
            Kind::Scale => 5,
            _ => q.options.len(),
        };
        let cards = body.matches("<div class=\"choice\">").count();
        let pictured = body.split("<div class=\"choice\">").skip(1).filter(|card| card.contains("<svg")).count();
        assert_eq!((cards, pictured), (answers, answers), "{}: every answer has its picture", q.id);
        // Read aloud, from a file that is there.
        let src = audio_source(&body).unwrap_or_else(|| panic!("{}: no audio control", q.id));
        assert_eq!(src, format!("/s/little-voices/listen/{}/en.mp3", q.id));
        let (status, kind, audio) = fetch(&app, &src).await;
        assert_eq!((status, kind.as_str()), (200, "audio/mpeg"), "{src}");
        assert!(is_mp3(&audio) && audio.len() > 2_000, "{src}: {} bytes", audio.len());
        clips.push(audio);
        let answer = match q.kind {
            Kind::Text => "I wish for a puppy",
            Kind::Scale => "4",
            Kind::YesNo => "Yes",
            _ => q.options[1].as_str(),
        };
        page = child.post(&at, &[("answer", answer), ("action", "continue")]).await;
    }
    assert_eq!(page.location.as_deref(), Some("/s/little-voices/check"));
    clips.dedup();
    assert_eq!(clips.len(), survey.questions.len(), "each question has its own clip");
    let sent = child.post("/s/little-voices/send", &[]).await;
    assert!(sent.status == 200 && sent.body.contains("Your answers have been sent"), "{}", sent.body);
}

#[actix_web::test]
async fn only_a_survey_that_says_so_is_read_aloud_and_nothing_else_is_served() {
    let app = spawn_app().await;
    let mut child = Visitor::new(&app);
    child.get("/s/how-are-things").await;
    let first = child.post("/s/how-are-things/start", &[("lang", "en")]).await.location.unwrap();
    let page = child.get(&first).await.body;
    assert!(audio_source(&page).is_none() && !page.contains("question-picture"), "{page}");
    for path in [
        "/s/how-are-things/listen/feel-safe/en.mp3",
        "/s/little-voices/listen/no-such-question/en.mp3",
        "/s/little-voices/listen/feel-safe/xx.mp3",
        "/s/no-such-survey/listen/feel-safe/en.mp3",
    ] {
        assert_eq!(fetch(&app, path).await.0, 404, "{path}");
    }
}

#[test]
fn every_shipped_clip_is_read_in_its_own_languages_voice() {
    // espeak-ng switches to English for words its voice cannot read ("(en)" in its phonemes):
    // Chinese characters read by the plain Mandarin voice came out as English letters and digits.
    if !speech_available() {
        return;
    }
    let loaded = ourvoice::survey::load_paths(&[shipped_surveys()]);
    let mut english = Vec::new();
    let mut languages = std::collections::BTreeSet::new();
    for file in loaded.surveys.iter().filter(|f| f.survey.read_aloud) {
        for clip in ourvoice::speech::clips(&file.survey) {
            languages.insert(clip.lang.clone());
            let voice = ourvoice::speech::voice(&clip.lang).unwrap();
            let phonemes =
                std::process::Command::new("espeak-ng").args(["-q", "-x", "-v", voice, &clip.words]).output().unwrap();
            let phonemes = String::from_utf8_lossy(&phonemes.stdout).into_owned();
            if clip.lang != "en" && phonemes.contains("(en)") {
                english.push(format!("{} {} {}: {phonemes}", file.survey.slug, clip.lang, clip.question));
            }
        }
    }
    assert_eq!(languages.len(), 8, "read aloud in every language: {languages:?}");
    assert!(english.is_empty(), "{english:#?}");
}
