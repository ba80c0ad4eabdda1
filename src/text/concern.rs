//! Words of concern: self-harm, abuse, neglect, exploitation, going missing, homelessness,
//! bullying and feeling unsafe, aware of simple negation and of everyday phrases that only
//! look alarming ("dying to go", "killing me with homework", "hurt my knee").
//!
//! Phrases are matched word by word on Snowball stems, so "cut myself" also finds "cutting
//! myself". In a phrase, `a|b|c` is any one of those words, `word*` any word starting so, and
//! `..` up to two words of anything.

use std::collections::HashMap;

use super::lexicons::sections;
use super::words::Stemmed;

/// Words that, just before a phrase, say it is not so ("nobody hits me").
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "don't", "dont", "doesn't", "doesnt", "isn't", "isnt", "wasn't", "wasnt", "aren't",
    "won't", "nothing", "none", "noone",
];
/// How many words before a phrase a negation may stand.
const NEGATION_WINDOW: usize = 3;
/// How many words `..` may stand for.
const GAP: usize = 2;

#[derive(Debug, Clone, PartialEq)]
enum Word {
    /// A word with this stem.
    Stem(String),
    /// A word starting so (not stemmed).
    Prefix(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// Any of these words.
    Any(Vec<Word>),
    /// Up to [`GAP`] words.
    Gap,
}

#[derive(Debug, Clone)]
struct Phrase(Vec<Token>);

impl Phrase {
    fn parse(text: &str, stem: &dyn Fn(&str) -> String) -> Phrase {
        Phrase(
            text.replace('’', "'")
                .split_whitespace()
                .map(|token| match token {
                    ".." => Token::Gap,
                    alternatives => Token::Any(
                        alternatives
                            .split('|')
                            .map(|w| match w.strip_suffix('*') {
                                Some(prefix) => Word::Prefix(prefix.to_string()),
                                None => Word::Stem(stem(w)),
                            })
                            .collect(),
                    ),
                })
                .collect(),
        )
    }

    /// The stems that can start this phrase; `None` when it may start with any word (a gap or
    /// a prefix).
    fn first_stems(&self) -> Option<Vec<String>> {
        match self.0.first() {
            Some(Token::Any(words)) => {
                words.iter().map(|w| if let Word::Stem(s) = w { Some(s.clone()) } else { None }).collect()
            }
            _ => None,
        }
    }

    /// Where the phrase ends (exclusive) if it matches at `at`.
    fn match_at(&self, text: &Stemmed, at: usize) -> Option<usize> {
        fn go(tokens: &[Token], text: &Stemmed, at: usize) -> Option<usize> {
            let Some((first, rest)) = tokens.split_first() else { return Some(at) };
            match first {
                Token::Gap => {
                    (0..=GAP).filter(|skip| at + skip <= text.len()).find_map(|skip| go(rest, text, at + skip))
                }
                Token::Any(words) if at < text.len() => {
                    let fits = words.iter().any(|w| match w {
                        Word::Stem(stem) => *stem == text.stems[at],
                        Word::Prefix(prefix) => text.words[at].lower.starts_with(prefix.as_str()),
                    });
                    if fits { go(rest, text, at + 1) } else { None }
                }
                _ => None,
            }
        }
        go(&self.0, text, at)
    }
}

/// Phrases found by their first stem (those starting otherwise are tried everywhere).
#[derive(Default)]
struct Index<T> {
    by_first: HashMap<String, Vec<(T, Phrase)>>,
    elsewhere: Vec<(T, Phrase)>,
}

impl<T: Clone> Index<T> {
    fn add(&mut self, tag: T, phrase: Phrase) {
        let Some(firsts) = phrase.first_stems() else {
            self.elsewhere.push((tag, phrase));
            return;
        };
        for first in firsts {
            self.by_first.entry(first).or_default().push((tag.clone(), phrase.clone()));
        }
    }

    /// The (tag, end) of every phrase matching at `at`.
    fn matches<'s>(&'s self, text: &Stemmed, at: usize) -> Vec<(&'s T, usize)> {
        let first = self.by_first.get(&text.stems[at]).map(Vec::as_slice).unwrap_or_default();
        first.iter().chain(&self.elsewhere).filter_map(|(tag, p)| p.match_at(text, at).map(|end| (tag, end))).collect()
    }
}

pub struct ConcernLexicon {
    concerns: Index<String>,
    /// Phrases of care that are a concern when negated ("nobody feeds me").
    when_negated: Index<String>,
    everyday: Index<()>,
}

fn negated(text: &Stemmed, at: usize) -> bool {
    text.words[at.saturating_sub(NEGATION_WINDOW)..at].iter().any(|w| NEGATIONS.contains(&w.lower.as_str()))
        || (at >= 2 && text.words[at - 2].lower == "no" && text.words[at - 1].lower == "one")
}

impl ConcernLexicon {
    pub fn new(text: &str, stem: &dyn Fn(&str) -> String) -> ConcernLexicon {
        let mut lexicon =
            ConcernLexicon { concerns: Index::default(), when_negated: Index::default(), everyday: Index::default() };
        for (section, _, phrase) in sections(text) {
            let phrase = Phrase::parse(&phrase, stem);
            match section.as_str() {
                "everyday" => lexicon.everyday.add((), phrase),
                "when negated" => lexicon.when_negated.add(section, phrase),
                _ => lexicon.concerns.add(section, phrase),
            }
        }
        lexicon
    }

    /// The categories of concern `text` holds (empty when none).
    pub fn categories<'s>(&'s self, text: &Stemmed) -> Vec<&'s str> {
        let mut everyday = vec![false; text.len()];
        for at in 0..text.len() {
            for (_, end) in self.everyday.matches(text, at) {
                everyday[at..end].iter_mut().for_each(|e| *e = true);
            }
        }
        let mut found: Vec<&str> = Vec::new();
        for at in 0..text.len() {
            let plain = self.concerns.matches(text, at).into_iter().filter(|_| !negated(text, at));
            let inverted = self.when_negated.matches(text, at).into_iter().filter(|_| negated(text, at));
            for (category, end) in plain.chain(inverted) {
                if !everyday[at..end].iter().any(|e| *e) && !found.contains(&category.as_str()) {
                    found.push(category);
                }
            }
        }
        found
    }
}
