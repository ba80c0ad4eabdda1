//! Words of concern (self-harm and suicide, abuse, neglect, exploitation and grooming, domestic
//! violence, going missing, homelessness, bullying, feeling unsafe) in every language ourvoice
//! speaks, each language from its own list (`lexicons/concern/<language>.txt`), aware of
//! negation ("nobody hits me") and of everyday phrases that only look alarming ("dying to go",
//! "homework is killing me", "hurt my knee"). Every match says why: the list, the category and
//! the phrase, never the child's words.
//!
//! Phrases are matched word by word on each language's tokens (see [`super::languages`]). In a
//! phrase, `a|b|c` is any one of those words, `word*` any word starting so, and `..` a short
//! gap of anything; a line starting `~` is its words in any order, close together (for
//! languages whose word order is free). A longer word also matches a spelling one letter out
//! ("burdan", "disapear").

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use super::languages::{LANGUAGES, Language, Token};
use super::lexicons::sections;

/// How many words before a phrase a negation may stand.
const NEGATION_WINDOW: usize = 3;
/// The shortest stem of a list a word spelt one letter out may match ("choke" and "chose"
/// are too short to tell apart).
const FUZZY_STEM: usize = 6;
/// The shortest word that may be taken for a misspelling.
const FUZZY_WORD: usize = 5;

#[derive(Debug, Clone, PartialEq)]
enum Word {
    /// A word with this stem.
    Stem(String),
    /// A word whose form starts so.
    Prefix(String),
}

#[derive(Debug, Clone, PartialEq)]
enum Part {
    /// Any of these words.
    Any(Vec<Word>),
    /// Up to the language's gap of words.
    Gap,
}

/// Words in this order; or, for a line starting `~`, these words in any order, all within a
/// few words of each other ("~ mnie bij*": "bije mnie", "mnie wczoraj bił").
#[derive(Debug, Clone)]
enum Phrase {
    InOrder(Vec<Part>),
    AnyOrder(Vec<Vec<Part>>),
}

/// Why an answer was flagged: which list, which category, which phrase of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reason {
    pub language: &'static str,
    pub category: String,
    pub phrase: String,
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: \u{201c}{}\u{201d} ({})", self.category, self.phrase, self.language)
    }
}

impl Phrase {
    /// The phrase a list's line stands for; several for a Chinese line whose alternatives are
    /// words of more than one character ("锁在 .. 房间|厕所": each is matched in full).
    fn parse(text: &str, language: &Language) -> Vec<Phrase> {
        let word = |w: &str| match w.strip_suffix('*') {
            Some(prefix) => Word::Prefix(language.form(prefix)),
            None => Word::Stem(language.stem(w)),
        };
        // A unit as the ways it may be written: Chinese character by character.
        let unit = |unit: &str| -> Vec<Vec<Part>> {
            if unit == ".." {
                vec![vec![Part::Gap]]
            } else if language.tag == "zh" {
                unit.split('|').map(|a| a.chars().map(|c| Part::Any(vec![word(&c.to_string())])).collect()).collect()
            } else {
                vec![vec![Part::Any(unit.split('|').map(word).collect())]]
            }
        };
        if let Some(words) = text.strip_prefix('~') {
            let members: Vec<Vec<Vec<Part>>> = words.split_whitespace().filter(|u| *u != "..").map(unit).collect();
            return cartesian(&members).into_iter().map(Phrase::AnyOrder).collect();
        }
        let units: Vec<Vec<Vec<Part>>> = text.split_whitespace().map(unit).collect();
        cartesian(&units).into_iter().map(|parts| Phrase::InOrder(parts.concat())).collect()
    }

    fn sequences(&self) -> Vec<&[Part]> {
        match self {
            Phrase::InOrder(parts) => vec![parts.as_slice()],
            Phrase::AnyOrder(members) => members.iter().map(Vec::as_slice).collect(),
        }
    }

    /// The words that can start this phrase; `None` when it may start with any word.
    fn first_words(&self) -> Option<Vec<&Word>> {
        let mut firsts = Vec::new();
        for sequence in self.sequences() {
            match sequence.first() {
                Some(Part::Any(words)) => firsts.extend(words),
                _ => return None,
            }
        }
        Some(firsts)
    }

    fn stems(&self) -> Vec<&String> {
        self.sequences()
            .into_iter()
            .flatten()
            .flat_map(|p| match p {
                Part::Any(words) => {
                    words.iter().filter_map(|w| if let Word::Stem(s) = w { Some(s) } else { None }).collect()
                }
                Part::Gap => Vec::new(),
            })
            .collect()
    }

    /// Where the phrase ends (exclusive) if it matches at `at`; `gap` is how many words `..`
    /// may stand for, and words in any order must all be within three gaps of `at`.
    fn match_at(&self, text: &[Token], at: usize, gap: usize) -> Option<usize> {
        match self {
            Phrase::InOrder(parts) => sequence_at(parts, text, at, gap),
            Phrase::AnyOrder(members) => {
                let reach = (at + 3 * gap + 1).min(text.len());
                let (first, rest) = members.iter().enumerate().find_map(|(i, m)| {
                    sequence_at(m, text, at, gap)
                        .map(|end| (end, members.iter().enumerate().filter(move |(j, _)| *j != i)))
                })?;
                rest.map(|(_, m)| {
                    (at + 1..reach).find_map(|p| sequence_at(m, text, p, gap).filter(|end| *end <= reach))
                })
                .try_fold(first, |end, found| found.map(|e| end.max(e)))
            }
        }
    }
}

/// Every way of choosing one of each unit's forms, in order.
fn cartesian(units: &[Vec<Vec<Part>>]) -> Vec<Vec<Vec<Part>>> {
    units.iter().fold(vec![Vec::new()], |acc, choices| {
        acc.into_iter()
            .flat_map(|chosen| choices.iter().map(move |c| [chosen.clone(), vec![c.clone()]].concat()))
            .collect()
    })
}

/// Where `parts`, in order, end if they match at `at`.
fn sequence_at(parts: &[Part], text: &[Token], at: usize, gap: usize) -> Option<usize> {
    let Some((first, rest)) = parts.split_first() else { return Some(at) };
    match first {
        Part::Gap => {
            (0..=gap).filter(|skip| at + skip <= text.len()).find_map(|skip| sequence_at(rest, text, at + skip, gap))
        }
        Part::Any(words) if at < text.len() => {
            let fits = words.iter().any(|w| match w {
                Word::Stem(stem) => text[at].stems.contains(stem),
                Word::Prefix(prefix) => text[at].form.starts_with(prefix.as_str()),
            });
            if fits { sequence_at(rest, text, at + 1, gap) } else { None }
        }
        _ => None,
    }
}

/// Phrases found by the word they start with: by its stem, or by the first letter of a
/// `word*` prefix (those starting with a gap are tried everywhere). A phrase that may start
/// several ways is under each; [`Index::matches`] gives each phrase once.
struct Index<T> {
    phrases: Vec<(T, Phrase)>,
    by_stem: HashMap<String, Vec<usize>>,
    by_initial: HashMap<char, Vec<usize>>,
    elsewhere: Vec<usize>,
}

impl<T> Default for Index<T> {
    fn default() -> Self {
        Index {
            phrases: Vec::new(),
            by_stem: HashMap::default(),
            by_initial: HashMap::default(),
            elsewhere: Vec::new(),
        }
    }
}

impl<T> Index<T> {
    fn add(&mut self, tag: T, phrase: Phrase) {
        let n = self.phrases.len();
        match phrase.first_words() {
            Some(firsts) => {
                for first in firsts {
                    match first {
                        Word::Stem(stem) => self.by_stem.entry(stem.clone()).or_default().push(n),
                        Word::Prefix(prefix) => match prefix.chars().next() {
                            Some(initial) => self.by_initial.entry(initial).or_default().push(n),
                            None => self.elsewhere.push(n),
                        },
                    }
                }
            }
            None => self.elsewhere.push(n),
        }
        self.phrases.push((tag, phrase));
    }

    /// The (tag, end, phrase) of every phrase matching at `at`.
    fn matches<'s>(&'s self, text: &[Token], at: usize, gap: usize) -> Vec<(&'s T, usize, &'s Phrase)> {
        let token = &text[at];
        let mut candidates: Vec<usize> = token
            .stems
            .iter()
            .filter_map(|s| self.by_stem.get(s))
            .chain(token.form.chars().next().and_then(|c| self.by_initial.get(&c)))
            .flatten()
            .chain(&self.elsewhere)
            .copied()
            .collect();
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .filter_map(|n| {
                let (tag, p) = &self.phrases[n];
                p.match_at(text, at, gap).map(|end| (tag, end, p))
            })
            .collect()
    }

    fn phrases(&self) -> impl Iterator<Item = &Phrase> {
        self.phrases.iter().map(|(_, p)| p)
    }
}

/// Stems of a list's phrases by every spelling one letter short of them, to find a word spelt
/// one letter out (a deletion index: a misspelling and a stem one edit apart share one).
#[derive(Default)]
struct Misspellings(HashMap<String, Vec<String>>);

/// `word` and every spelling of it one letter short, each in turn in one buffer.
fn deletions(word: &str, mut each: impl FnMut(&str)) {
    let mut buffer = String::with_capacity(word.len());
    for (i, c) in word.char_indices() {
        buffer.clear();
        buffer.push_str(&word[..i]);
        buffer.push_str(&word[i + c.len_utf8()..]);
        each(&buffer);
    }
    each(word);
}

impl Misspellings {
    fn add(&mut self, stem: &str) {
        if stem.chars().count() >= FUZZY_STEM {
            deletions(stem, |d| {
                let stems = self.0.entry(d.to_string()).or_default();
                if !stems.iter().any(|s| s == stem) {
                    stems.push(stem.to_string());
                }
            });
        }
    }

    /// The list's stems one edit from `stem`.
    fn near(&self, stem: &str) -> Vec<String> {
        if stem.chars().count() < FUZZY_WORD {
            return Vec::new();
        }
        let mut near: Vec<String> = Vec::new();
        deletions(stem, |d| {
            for candidate in self.0.get(d).into_iter().flatten() {
                if candidate != stem && !near.contains(candidate) && strsim::damerau_levenshtein(stem, candidate) <= 1 {
                    near.push(candidate.clone());
                }
            }
        });
        near
    }
}

/// One language's list.
struct List {
    language: Language,
    concerns: Index<(String, String)>,
    /// Phrases of care that are a concern when negated ("nobody feeds me").
    when_negated: Index<(String, String)>,
    everyday: Index<()>,
    /// Words that say it was play ("for a joke", "play fighting"): nearby, they stand for the
    /// categories named with them (`[in play: physical abuse]`), whose phrases are not flagged.
    in_play: Index<Vec<String>>,
    /// Negations before a phrase; and after it, where a language puts them after the verb
    /// (Bengali "মারে না", Turkish "güvende değil").
    negations: Vec<Phrase>,
    negations_after: Vec<Phrase>,
    /// Words that end a negation's reach ("no one and nowhere to go": "and").
    negation_stops: Vec<String>,
    misspellings: Misspellings,
    /// Everyday words of the language, to tell which of the languages written in Latin
    /// letters a text is in.
    common: HashSet<String>,
}

impl List {
    fn new(language: Language, text: &str) -> List {
        let mut list = List {
            concerns: Index::default(),
            when_negated: Index::default(),
            everyday: Index::default(),
            in_play: Index::default(),
            negations: Vec::new(),
            negations_after: Vec::new(),
            negation_stops: Vec::new(),
            misspellings: Misspellings::default(),
            common: HashSet::default(),
            language,
        };
        for (section, _, line) in sections(text) {
            if section == "common words" {
                list.common.extend(line.split_whitespace().map(|w| list.language.form(w)));
                continue;
            }
            if section == "negation stops" {
                list.negation_stops.extend(line.split_whitespace().map(|w| list.language.form(w)));
                continue;
            }
            for phrase in Phrase::parse(&line, &list.language) {
                if let Some(categories) = section.strip_prefix("in play:") {
                    list.in_play.add(categories.split(',').map(|c| c.trim().to_string()).collect(), phrase);
                    continue;
                }
                match section.strip_prefix("when negated") {
                    _ if section == "negations" => list.negations.push(phrase),
                    _ if section == "negations after" => list.negations_after.push(phrase),
                    _ if section == "everyday" => list.everyday.add((), phrase),
                    Some(category) => {
                        let category = category.trim_start_matches([':', ' ']);
                        let category = if category.is_empty() { "not cared for" } else { category };
                        list.when_negated.add((category.to_string(), line.clone()), phrase);
                    }
                    None => list.concerns.add((section.clone(), line.clone()), phrase),
                }
            }
        }
        // Misspellings are looked for in languages written in Latin letters only.
        if list.language.latin() {
            let stems: Vec<String> =
                list.concerns.phrases().chain(list.when_negated.phrases()).flat_map(Phrase::stems).cloned().collect();
            stems.iter().for_each(|s| list.misspellings.add(s));
        }
        list
    }

    /// Whether a negation stands in the words before `phrase` found at `at` (ending before it),
    /// among its words when they may come in any order ("mnie nie bije"), or after `end`.
    fn negated(&self, text: &[Token], at: usize, end: usize, phrase: &Phrase) -> bool {
        let gap = self.language.gap();
        let until = if matches!(phrase, Phrase::AnyOrder(_)) { end } else { at };
        let stopped = |from: usize, to: usize| text[from..to].iter().any(|t| self.negation_stops.contains(&t.form));
        let before = (at.saturating_sub(NEGATION_WINDOW)..until).any(|start| {
            self.negations
                .iter()
                .any(|n| n.match_at(text, start, gap).is_some_and(|e| e <= until && (e > at || !stopped(e, at))))
        });
        let after = (end..(end + NEGATION_WINDOW).min(text.len()))
            .any(|start| self.negations_after.iter().any(|n| n.match_at(text, start, gap).is_some()));
        before || after
    }

    fn find(&self, text: &str, found: &mut Vec<Reason>) {
        let mut tokens = self.language.tokens(text);
        for token in &mut tokens {
            let near: Vec<String> = token.stems.iter().flat_map(|s| self.misspellings.near(s)).collect();
            token.stems.extend(near);
        }
        let gap = self.language.gap();
        let mut everyday = vec![false; tokens.len()];
        let mut play: Vec<(usize, &Vec<String>)> = Vec::new();
        for at in 0..tokens.len() {
            for (_, end, _) in self.everyday.matches(&tokens, at, gap) {
                everyday[at..end].iter_mut().for_each(|e| *e = true);
            }
            play.extend(self.in_play.matches(&tokens, at, gap).into_iter().map(|(categories, _, _)| (at, categories)));
        }
        let in_play = |category: &str, at: usize| {
            play.iter().any(|(p, c)| p.abs_diff(at) <= 3 * gap && c.iter().any(|c| c == category))
        };
        for at in 0..tokens.len() {
            let plain = self
                .concerns
                .matches(&tokens, at, gap)
                .into_iter()
                .filter(|(_, end, p)| !self.negated(&tokens, at, *end, p));
            let inverted = self
                .when_negated
                .matches(&tokens, at, gap)
                .into_iter()
                .filter(|(_, end, p)| self.negated(&tokens, at, *end, p));
            for ((category, phrase), end, _) in plain.chain(inverted) {
                let reason = Reason { language: self.language.tag, category: category.clone(), phrase: phrase.clone() };
                if !everyday[at..end].iter().any(|e| *e) && !in_play(category, at) && !found.contains(&reason) {
                    found.push(reason);
                }
            }
        }
    }
}

pub struct ConcernLexicon {
    lists: Vec<List>,
}

impl ConcernLexicon {
    /// From each language's list: (language, its text).
    pub fn new(lists: &[(String, String)]) -> ConcernLexicon {
        let lists = LANGUAGES
            .iter()
            .filter_map(|tag| lists.iter().find(|(t, _)| t == tag).map(|(_, text)| List::new(Language::new(tag), text)))
            .collect();
        ConcernLexicon { lists }
    }

    /// Why `text` is a concern, list by list (empty when it is not). Every list whose script
    /// the text uses is tried, so a child writing in a language other than the survey's (or
    /// in two) is heard too; of the languages written in Latin letters, those whose everyday
    /// words the text uses at least half as often as the likeliest one's (all of them when it
    /// uses fewer than two of any), so that one language's phrases are not found in another's
    /// words.
    pub fn reasons(&self, text: &str) -> Vec<Reason> {
        let lists: Vec<&List> = self.lists.iter().filter(|l| l.language.applies(text)).collect();
        let score = |list: &List| list.language.forms(text).iter().filter(|f| list.common.contains(*f)).count();
        let scores: Vec<usize> = lists.iter().map(|l| if l.language.latin() { score(l) } else { 0 }).collect();
        let best = scores.iter().copied().max().unwrap_or(0);
        let mut found = Vec::new();
        for (list, score) in lists.into_iter().zip(scores) {
            if !list.language.latin() || best < 2 || score * 2 >= best {
                list.find(text, &mut found);
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon(lang: &str, text: &str) -> ConcernLexicon {
        ConcernLexicon::new(&[(lang.to_string(), text.to_string())])
    }

    #[test]
    fn phrases_match_with_negation_everyday_exceptions_and_misspellings() {
        let list = "[negations]\nnot\nno one\nnobody\n[self-harm]\nkill|killing myself\nburden\n[when negated: neglect]\nfeeds me\n[everyday]\nkilling me with\n";
        let en = lexicon("en", list);
        assert_eq!(
            en.reasons("I want to kill myself")[0].to_string(),
            "self-harm: \u{201c}kill|killing myself\u{201d} (en)"
        );
        assert!(en.reasons("I'm not going to kill myself").is_empty());
        assert!(!en.reasons("i feel like a burdan").is_empty(), "one letter out");
        assert_eq!(en.reasons("nobody feeds me")[0].category, "neglect");
        assert!(en.reasons("my mum feeds me").is_empty());
        assert!(en.reasons("they are killing me with homework").is_empty());
    }

    #[test]
    fn words_in_any_order_are_found_close_together() {
        let pl = lexicon("pl", "[negations]\nnie\nnikt\n[physical abuse]\n~ mnie bij*|bil*\n");
        for text in ["tata bije mnie", "tata mnie wczoraj bił", "bił mnie"] {
            assert!(!pl.reasons(text).is_empty(), "{text}");
        }
        assert!(pl.reasons("nikt mnie nie bije").is_empty());
        assert!(pl.reasons("tata mnie nie bije").is_empty(), "a negation among the words");
        assert!(pl.reasons("mnie to nudzi, a w szkole mamy lekcje, wszyscy byli mili").is_empty());
    }

    #[test]
    fn chinese_is_matched_without_spaces() {
        let zh = lexicon("zh", "[negations]\n不\n[self-harm]\n想 .. 死\n自杀\n");
        assert!(!zh.reasons("我真的很想去死").is_empty());
        assert!(!zh.reasons("我想過自殺").is_empty(), "traditional characters");
        assert!(zh.reasons("我不想死").is_empty());
    }
}
