//! Words in a piece of text: where each stands, its plain lower-case form, and its stem.

use rust_stemmers::Stemmer;

/// One word: its byte range in the text and its lower-case form (curly apostrophes made
/// straight).
#[derive(Debug, Clone, PartialEq)]
pub struct Word {
    pub start: usize,
    pub end: usize,
    pub lower: String,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'
}

/// The words of `text`, in order. Apostrophes and hyphens inside a word keep it whole
/// ("don't", "self-harm"); at its edges they are dropped.
pub fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        match (start, is_word_char(c)) {
            (None, true) => start = Some(i),
            (Some(s), false) => {
                let raw = text[s..i].trim_matches(|c| matches!(c, '\'' | '’' | '-'));
                if !raw.is_empty() {
                    let offset = s + text[s..i].find(raw).unwrap_or(0);
                    let lower = raw.to_lowercase().replace('’', "'");
                    out.push(Word { start: offset, end: offset + raw.len(), lower });
                }
                start = None;
            }
            _ => {}
        }
    }
    out
}

/// The Snowball stems of a text's words, in order.
pub fn stems(text: &str, stemmer: &Stemmer) -> Vec<String> {
    words(text).iter().map(|w| stemmer.stem(&w.lower).into_owned()).collect()
}

/// Whether `word` starts a sentence: nothing but spaces, quotes or brackets since the start of
/// the text or since a full stop, question or exclamation mark, or a new line.
pub fn starts_sentence(text: &str, word: &Word) -> bool {
    let before = text[..word.start].trim_end_matches(|c: char| c.is_whitespace() || "\"'“‘(".contains(c));
    before.is_empty() || before.ends_with(['.', '!', '?', '\n', ':'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_apostrophes_and_hyphens_inside() {
        let text = "I don’t like ‘self-harm’ talk, Sam's.";
        let w: Vec<String> = words(text).into_iter().map(|w| w.lower).collect();
        assert_eq!(w, ["i", "don't", "like", "self-harm", "talk", "sam's"]);
        let sam = words(text).pop().unwrap();
        assert_eq!(&text[sam.start..sam.end], "Sam's");
        assert!(starts_sentence("Hi. Hope", &words("Hi. Hope")[1]));
        assert!(!starts_sentence("I Hope", &words("I Hope")[1]));
    }
}
