//! Read-aloud audio, made ahead of time when a survey is imported, approved or opened, and
//! otherwise when a child first asks for it; kept in the database, so every instance of
//! ourvoice serves the same clip.

use crate::speech::{self, Clip, SpeechError};
use crate::store::{Db, StoreError, speech as kept};
use crate::survey::{Question, Survey};

#[derive(Debug, thiserror::Error)]
pub enum ReadAloudError {
    #[error(transparent)]
    Speech(#[from] SpeechError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Makes every clip of `survey` not made yet; how many it made.
pub fn prepare(conn: &mut Db, survey: &Survey) -> Result<usize, ReadAloudError> {
    let clips = speech::clips(survey);
    let keys: Vec<&str> = clips.iter().map(|c| c.key.as_str()).collect();
    let missing = kept::missing(conn, &keys)?;
    let mut made = 0;
    for clip in clips.iter().filter(|c| missing.contains(&c.key)) {
        kept::save(conn, &clip.key, &speech::speak(clip)?)?;
        made += 1;
    }
    Ok(made)
}

/// The audio of question `q` read in `lang`, made now if it was not made before; None if the
/// survey does not read it aloud in that language.
pub fn audio(conn: &mut Db, survey: &Survey, q: &Question, lang: &str) -> Result<Option<Vec<u8>>, ReadAloudError> {
    let Some(clip) = speech::clip(&survey.localized(lang), q).filter(|c| c.lang == lang) else {
        return Ok(None);
    };
    if let Some(audio) = kept::find(conn, &clip.key)? {
        return Ok(Some(audio));
    }
    let audio = speech::speak(&clip)?;
    kept::save(conn, &clip.key, &audio)?;
    Ok(Some(audio))
}

/// A line saying what [`prepare`] did for `survey`, for the import's report; None when the
/// survey is not read aloud.
pub fn prepare_and_tell(conn: &mut Db, survey: &Survey) -> Option<String> {
    let clips: Vec<Clip> = speech::clips(survey);
    if clips.is_empty() {
        return None;
    }
    let languages = survey.offered_languages().into_iter().filter(|l| clips.iter().any(|c| c.lang == *l)).count();
    Some(match prepare(conn, survey) {
        Ok(made) => format!("{}: read aloud in {languages} languages ({made} clips made now)", survey.slug),
        Err(e) => format!("{}: warning: read-aloud clips not made: {e}", survey.slug),
    })
}
