//! Themes: each answer coded to one of the five priorities and to sub-themes within it, by
//! stemmed words from `lexicons/themes.txt`.

use std::collections::HashMap;

use super::lexicons::sections;
use super::words::words;
use crate::survey::{Keyword, Priority};

struct Theme {
    priority: Priority,
    name: String,
}

pub struct ThemeLexicon {
    themes: Vec<Theme>,
    /// Phrases as stems, found by their first stem, with the theme each points to.
    phrases: HashMap<String, Vec<(usize, Vec<String>)>>,
}

/// What a text is about.
#[derive(Debug, Clone, PartialEq)]
pub struct Coding {
    pub priority: Option<Priority>,
    /// Sub-themes of that priority, the strongest first.
    pub themes: Vec<String>,
}

impl ThemeLexicon {
    /// Reads `[priority/theme]` sections; a section whose priority is not one of the five is
    /// reported with its line.
    pub fn new(text: &str, stem: &dyn Fn(&str) -> String) -> anyhow::Result<ThemeLexicon> {
        let mut themes: Vec<Theme> = Vec::new();
        let mut phrases: HashMap<String, Vec<(usize, Vec<String>)>> = HashMap::new();
        for (section, line, phrase) in sections(text) {
            let (priority, name) = section.split_once('/').unwrap_or((section.as_str(), ""));
            let priority = Priority::parse(priority.trim()).ok_or_else(|| {
                anyhow::anyhow!(
                    "themes.txt:{line}: \"{section}\" is not \"priority/theme\" with one of {}",
                    Priority::expected()
                )
            })?;
            let stems: Vec<String> = words(&phrase).iter().map(|w| stem(&w.lower)).collect();
            let name = name.trim();
            let index = match themes.iter().position(|t| t.priority == priority && t.name == name) {
                Some(index) => index,
                None => {
                    themes.push(Theme { priority, name: name.to_string() });
                    themes.len() - 1
                }
            };
            if let Some(first) = stems.first() {
                phrases.entry(first.clone()).or_default().push((index, stems));
            }
        }
        Ok(ThemeLexicon { themes, phrases })
    }

    /// Every theme, by priority, in the order of the word list.
    pub fn names(&self) -> Vec<(Priority, String)> {
        let mut names: Vec<(Priority, String)> = self.themes.iter().map(|t| (t.priority, t.name.clone())).collect();
        names.sort_by_key(|(p, _)| *p);
        names
    }

    /// Codes `text`; `fallback` (the question's own priority) wins ties and stands when
    /// nothing matches.
    pub fn code(&self, stems: &[String], fallback: Option<Priority>) -> Coding {
        // A phrase counts once for each place it stands, a longer phrase for more.
        let mut scores = vec![0usize; self.themes.len()];
        for at in 0..stems.len() {
            for (theme, phrase) in self.phrases.get(&stems[at]).map(Vec::as_slice).unwrap_or_default() {
                if stems[at..].starts_with(phrase) {
                    scores[*theme] += phrase.len();
                }
            }
        }
        let by_priority = |p: Priority| -> usize {
            self.themes.iter().zip(&scores).filter(|(t, _)| t.priority == p).map(|(_, s)| s).sum()
        };
        let best = Priority::ALL.iter().map(|p| by_priority(*p)).max().unwrap_or(0);
        if best == 0 {
            return Coding { priority: fallback, themes: Vec::new() };
        }
        let tied: Vec<Priority> = Priority::ALL.iter().copied().filter(|p| by_priority(*p) == best).collect();
        let priority = fallback.filter(|f| tied.contains(f)).unwrap_or(tied[0]);
        let mut themes: Vec<(usize, &str)> = self
            .themes
            .iter()
            .zip(&scores)
            .filter(|(t, s)| t.priority == priority && **s > 0)
            .map(|(t, s)| (*s, t.name.as_str()))
            .collect();
        themes.sort_by_key(|t| std::cmp::Reverse(t.0));
        Coding { priority: Some(priority), themes: themes.into_iter().map(|(_, n)| n.to_string()).collect() }
    }
}
