//! Words of concern: self-harm, abuse, neglect, exploitation, going missing, homelessness,
//! bullying and feeling unsafe, aware of simple negation and of everyday phrases that only
//! look alarming ("dying to go", "killing me with homework", "hurt my knee").

use std::collections::HashMap;

use super::lexicons::sections;
use super::words::{Word, words};

/// Words that, just before a phrase, say it is not so ("nobody hits me").
const NEGATIONS: &[&str] = &[
    "not", "never", "no", "nobody", "don't", "dont", "doesn't", "doesnt", "isn't", "isnt",
    "wasn't", "wasnt", "aren't", "won't", "nothing", "none",
];
/// How many words before a phrase a negation may stand.
const NEGATION_WINDOW: usize = 3;

/// One phrase: its words; a word ending in `*` matches any word starting so.
struct Phrase(Vec<String>);

impl Phrase {
    fn matches_at(&self, text: &[Word], at: usize) -> bool {
        self.0.len() <= text.len() - at
            && self
                .0
                .iter()
                .zip(&text[at..])
                .all(|(p, w)| match p.strip_suffix('*') {
                    Some(prefix) => w.lower.starts_with(prefix),
                    None => *p == w.lower,
                })
    }
}

/// Phrases found by their first word (a first word ending in `*` is tried everywhere).
#[derive(Default)]
struct Index<T> {
    by_first: HashMap<String, Vec<(T, Phrase)>>,
    prefixed: Vec<(T, Phrase)>,
}

impl<T> Index<T> {
    fn add(&mut self, tag: T, phrase: Phrase) {
        match phrase.0.first() {
            Some(first) if !first.ends_with('*') => self
                .by_first
                .entry(first.clone())
                .or_default()
                .push((tag, phrase)),
            Some(_) => self.prefixed.push((tag, phrase)),
            None => {}
        }
    }

    /// The phrases that match at `at`.
    fn matches<'s, 't>(
        &'s self,
        text: &'t [Word],
        at: usize,
    ) -> impl Iterator<Item = (&'s T, &'s Phrase)> + use<'s, 't, T> {
        let first = self
            .by_first
            .get(&text[at].lower)
            .map(Vec::as_slice)
            .unwrap_or_default();
        first
            .iter()
            .chain(&self.prefixed)
            .filter(move |(_, p)| p.matches_at(text, at))
            .map(|(t, p)| (t, p))
    }
}

pub struct ConcernLexicon {
    concerns: Index<String>,
    everyday: Index<()>,
}

impl ConcernLexicon {
    pub fn new(text: &str) -> ConcernLexicon {
        let mut concerns = Index::default();
        let mut everyday = Index::default();
        for (section, _, phrase) in sections(text) {
            let phrase = Phrase(
                phrase
                    .replace('’', "'")
                    .split_whitespace()
                    .map(String::from)
                    .collect(),
            );
            if section == "everyday" {
                everyday.add((), phrase);
            } else {
                concerns.add(section, phrase);
            }
        }
        ConcernLexicon { concerns, everyday }
    }

    /// The categories of concern `text` holds (empty when none).
    pub fn categories(&self, text: &str) -> Vec<&str> {
        let all = words(text);
        let mut everyday = vec![false; all.len()];
        for at in 0..all.len() {
            for (_, phrase) in self.everyday.matches(&all, at) {
                everyday[at..at + phrase.0.len()]
                    .iter_mut()
                    .for_each(|e| *e = true);
            }
        }
        let mut found: Vec<&str> = Vec::new();
        for at in 0..all.len() {
            for (category, phrase) in self.concerns.matches(&all, at) {
                if found.contains(&category.as_str()) {
                    continue;
                }
                let span = at..at + phrase.0.len();
                let ordinary = everyday[span].iter().any(|e| *e);
                let negated = all[at.saturating_sub(NEGATION_WINDOW)..at]
                    .iter()
                    .any(|w| NEGATIONS.contains(&w.lower.as_str()));
                if !ordinary && !negated {
                    found.push(category);
                }
            }
        }
        found
    }
}
