//! Read-aloud: for a survey that is read aloud, each question with its answers spoken in each
//! of its languages, made ahead of time by a speech engine packaged for Debian (`espeak-ng`)
//! and made small for phones (`lame`, MP3, which every browser plays). No HTTP, no SQL.

use std::io::Write;
use std::process::{Command, Stdio};

use crate::codes::sha256_hex;
use crate::survey::{Kind, Localized, Part, Question, Survey};

/// The programs that make the audio, and the Debian packages they come in.
pub const ENGINE: &str = "espeak-ng";
const ENCODER: &str = "lame";
pub const INSTALL: &str = "apt-get install espeak-ng lame";

/// The speech engine's voice for a language ourvoice speaks.
pub fn voice(lang: &str) -> Option<&'static str> {
    Some(match lang {
        "en" => "en-gb",
        "pl" => "pl",
        "ar" => "ar",
        "bn" => "bn",
        "lt" => "lt",
        "pt" => "pt",
        "tr" => "tr",
        // Characters become pinyin, which this voice reads as pinyin ("cmn" reads it as English).
        "zh" => "cmn-latn-pinyin",
        _ => return None,
    })
}

/// One question read aloud in one language: what is said, and the key its audio is kept by
/// (the same words in the same voice are the same audio, whichever survey asks them).
#[derive(Debug, Clone, PartialEq)]
pub struct Clip {
    pub lang: String,
    pub question: String,
    pub words: String,
    pub key: String,
}

/// What is said for `q` in `local`'s language: the question, its hint, and each answer. None
/// when the survey is not read aloud, the language has no voice, or any of those words are
/// not in that language yet (English would be read in the wrong voice).
pub fn clip(local: &Localized<'_>, q: &Question) -> Option<Clip> {
    let voice = voice(local.lang).filter(|_| local.survey.read_aloud)?;
    let hint = q.hint.is_some().then_some(Part::Hint(q));
    let parts = [Some(Part::Text(q)), hint, Some(Part::Choices(q))];
    if parts.into_iter().flatten().any(|part| local.mark(local.lang, part).is_some()) {
        return None;
    }
    let mut said = vec![local.text(q).to_string()];
    said.extend(local.hint(q).map(String::from));
    if q.kind != Kind::Text {
        said.extend(local.choices(q).into_iter().map(|(_, label)| label));
    }
    let words = said.iter().map(|s| sentence(s)).collect::<Vec<_>>().join(" ");
    let key = sha256_hex(&format!("{voice}\n{words}"))[..32].to_string();
    Some(Clip { lang: local.lang.to_string(), question: q.id.clone(), words, key })
}

/// Words ending as a sentence does, so the voice pauses after each answer.
fn sentence(words: &str) -> String {
    let words = words.trim();
    match words.chars().last() {
        Some('.' | '?' | '!' | '。' | '？' | '！' | '؟' | '।') | None => words.to_string(),
        Some(_) => format!("{words}."),
    }
}

/// Every clip of a survey: each question in each language it can be read aloud in.
pub fn clips(survey: &Survey) -> Vec<Clip> {
    survey
        .offered_languages()
        .into_iter()
        .flat_map(|lang| survey.questions.iter().filter_map(move |q| clip(&survey.localized(lang), q)))
        .collect()
}

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("{0} is not installed here ({INSTALL})")]
    Missing(&'static str),
    #[error("{program} failed: {why}")]
    Failed { program: &'static str, why: String },
}

/// The clip's words spoken, as MP3.
pub fn speak(clip: &Clip) -> Result<Vec<u8>, SpeechError> {
    let voice = voice(&clip.lang).ok_or(SpeechError::Failed { program: ENGINE, why: "no voice".into() })?;
    let wav = run(ENGINE, &["-v", voice, "-s", "140", "--stdout", "--", &clip.words], &[])?;
    run(ENCODER, &["--quiet", "-m", "m", "-b", "32", "-", "-"], &wav)
}

/// Runs `program` with `input` on its standard input; its standard output.
fn run(program: &'static str, args: &[&str], input: &[u8]) -> Result<Vec<u8>, SpeechError> {
    let failed = |why: String| SpeechError::Failed { program, why };
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => SpeechError::Missing(program),
            _ => failed(e.to_string()),
        })?;
    let mut stdin = child.stdin.take().expect("stdin is piped");
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output().map_err(|e| failed(e.to_string()))?;
    writer.join().map_err(|_| failed("writing to it panicked".into()))?.map_err(|e| failed(e.to_string()))?;
    if !output.status.success() || output.stdout.is_empty() {
        return Err(failed(format!("{}: {}", output.status, String::from_utf8_lossy(&output.stderr).trim())));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::survey::parse_survey;

    fn survey(read_aloud: bool) -> Survey {
        parse_survey(&format!(
            "slug = \"little\"\ntitle = \"Little\"\naudience = \"4-7\"\nintro = \"Hi.\"\nread_aloud = {read_aloud}\n\
             languages = [\"en\", \"pl\", \"xx\"]\n\n\
             [[questions]]\nid = \"safe\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Do you feel safe?\"\n\n\
             [[questions]]\nid = \"fun\"\nkind = \"yes_no\"\npriority = \"home\"\ntext = \"Do you have fun?\"\n\n\
             [translations.pl]\ntitle = \"Mały\"\nintro = \"Cześć.\"\n\
             [translations.pl.questions.safe]\ntext = \"Czy czujesz się bezpiecznie?\"\n\
             [translations.xx]\n[translations.xx.questions.safe]\ntext = \"Xx?\"\n"
        ))
        .unwrap()
    }

    #[test]
    fn a_question_is_read_with_its_answers_only_where_every_word_is_in_that_language() {
        let survey = survey(true);
        let clips = clips(&survey);
        let said: Vec<(&str, &str, &str)> =
            clips.iter().map(|c| (c.lang.as_str(), c.question.as_str(), c.words.as_str())).collect();
        assert_eq!(
            said,
            [
                ("en", "safe", "Do you feel safe? Yes. No. Not sure."),
                ("en", "fun", "Do you have fun? Yes. No. Not sure."),
                ("pl", "safe", "Czy czujesz się bezpiecznie? Tak. Nie. Nie wiem."),
            ],
            "Polish 'fun' is still English, and 'xx' has no voice"
        );
        assert_ne!(clips[0].key, clips[1].key);
        assert!(super::clips(&self::survey(false)).is_empty(), "not read aloud unless the survey says so");
    }
}
