//! Typed reading of one TOML table with positions, for messages that say where and what.
//!
//! Every accessor records a [`Problem`] instead of failing, so a file's problems are all
//! reported at once; the caller decides what to build from the values that were good.

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;
use toml::Spanned;
use toml::de::{DeTable, DeValue};

use super::model::Keyword;

/// One thing wrong with a survey file: where (byte range in the file) and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    #[serde(skip)]
    pub span: Range<usize>,
    pub message: String,
    /// The key, when the problem is that it is missing from the table at `span`.
    #[serde(skip)]
    pub missing: Option<String>,
    #[serde(skip)]
    pub said: Said,
}

/// What kind of problem it is, so the designer can say it in its own words beside the field
/// (the message stays the file's words, for `ourvoice check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Said {
    /// Nothing is given where something must be: the key is missing, blank or an empty list.
    Missing,
    /// Longer than allowed.
    TooLong { length: usize, max: usize },
    /// Not one of the words allowed there.
    NotAChoice,
    /// A value of the wrong type: text where a number or a date belongs.
    WrongType,
    /// Anything else, which the message says.
    #[default]
    Other,
}

/// The keys a table may hold, each with a few words on what would be right.
pub type KeyHelp = &'static [(&'static str, &'static str)];

pub struct Fields<'a, 'i> {
    table: &'a DeTable<'i>,
    span: Range<usize>,
    context: String,
    keys: KeyHelp,
    problems: &'a mut Vec<Problem>,
}

pub fn describe(value: &DeValue<'_>) -> &'static str {
    match value {
        DeValue::String(_) => "text",
        DeValue::Integer(_) => "a whole number",
        DeValue::Float(_) => "a decimal number",
        DeValue::Boolean(_) => "true or false",
        DeValue::Datetime(_) => "a date",
        DeValue::Array(_) => "a list",
        DeValue::Table(_) => "a table",
    }
}

/// The first thing in `text` that looks like an HTML tag ("<b>", "</p>", "<br/>"), if any.
fn html_tag(text: &str) -> Option<&str> {
    text.match_indices('<').find_map(|(start, _)| {
        let rest = &text[start + 1..];
        let name_start = rest.strip_prefix('/').unwrap_or(rest);
        let end = rest.find('>')?;
        let opens_a_tag = name_start.starts_with(|c: char| c.is_ascii_alphabetic()) || rest.starts_with('!');
        (opens_a_tag && !rest[..end].contains('<')).then(|| &text[start..start + end + 2])
    })
}

impl<'a, 'i> Fields<'a, 'i> {
    /// Reads `table` (found at `span`), prefixing messages with `context` (e.g. `question "x": `)
    /// and reporting any key not listed in `keys`.
    pub fn new(
        table: &'a DeTable<'i>,
        span: Range<usize>,
        context: String,
        keys: KeyHelp,
        problems: &'a mut Vec<Problem>,
    ) -> Self {
        let mut fields = Fields { table, span, context, keys, problems };
        fields.report_unknown_keys();
        fields
    }

    /// Reads a table nested in this one; its messages add `context` to this one's.
    pub fn child<'b>(
        &'b mut self,
        table: &'b DeTable<'i>,
        span: Range<usize>,
        context: &str,
        keys: KeyHelp,
    ) -> Fields<'b, 'i> {
        let context = format!("{}{context}", self.context);
        Fields::new(table, span, context, keys, self.problems)
    }

    /// How many problems the file has so far; compare before and after reading a part.
    pub fn problem_count(&self) -> usize {
        self.problems.len()
    }

    pub fn problem(&mut self, span: Range<usize>, message: impl std::fmt::Display) {
        self.problem_said(span, Said::Other, message);
    }

    /// A problem of a kind the designer words itself.
    pub fn problem_said(&mut self, span: Range<usize>, said: Said, message: impl std::fmt::Display) {
        let message = format!("{}{message}", self.context);
        self.problems.push(Problem { span, message, missing: None, said });
    }

    pub fn span(&self) -> Range<usize> {
        self.span.clone()
    }

    fn help(&self, key: &str) -> &'static str {
        self.keys.iter().find(|(k, _)| *k == key).map_or("", |(_, help)| help)
    }

    fn report_unknown_keys(&mut self) {
        let known: Vec<&str> = self.keys.iter().map(|(k, _)| *k).collect();
        let unknown: Vec<(Range<usize>, String)> = self
            .table
            .keys()
            .filter(|k| !known.contains(&k.get_ref().as_ref()))
            .map(|k| (k.span(), k.get_ref().to_string()))
            .collect();
        for (span, key) in unknown {
            let closest = known
                .iter()
                .map(|k| (strsim::damerau_levenshtein(k, &key), *k))
                .min()
                .filter(|(distance, _)| *distance <= 2);
            let message = match closest {
                Some((_, k)) => format!("unknown key \"{key}\" — did you mean \"{k}\"?"),
                None => format!("unknown key \"{key}\" — expected one of {}", known.join(", ")),
            };
            self.problem(span, message);
        }
    }

    /// The value under `key`, if present.
    pub fn get(&self, key: &str) -> Option<&'a Spanned<DeValue<'i>>> {
        self.table.get(key)
    }

    pub fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    /// The span of the key itself, for messages about a key that should not be there.
    pub fn key_span(&self, key: &str) -> Range<usize> {
        self.table.get_key_value(key).map_or_else(|| self.span(), |(k, _)| k.span())
    }

    pub fn missing(&mut self, key: &str) {
        let message = format!("{}missing key \"{key}\" — {}", self.context, self.help(key));
        self.problems.push(Problem { span: self.span(), message, missing: Some(key.to_string()), said: Said::Missing });
    }

    fn wrong_type(&mut self, key: &str, value: &Spanned<DeValue<'_>>) {
        let message = format!("\"{key}\" is {}, but should be {}", describe(value.get_ref()), self.help(key));
        self.problem_said(value.span(), Said::WrongType, message);
    }

    /// A string, required or not, at most `max` characters, not blank.
    pub fn string(&mut self, key: &str, required: bool, max: Option<usize>) -> Option<Spanned<String>> {
        let Some(value) = self.get(key) else {
            if required {
                self.missing(key);
            }
            return None;
        };
        let DeValue::String(text) = value.get_ref() else {
            self.wrong_type(key, value);
            return None;
        };
        if text.trim().is_empty() {
            let message = format!("\"{key}\" is empty — it should be {}", self.help(key));
            self.problem_said(value.span(), Said::Missing, message);
            return None;
        }
        let length = text.chars().count();
        if let Some(max) = max.filter(|max| length > *max) {
            let message = format!("\"{key}\" is {length} characters long — at most {max} are allowed");
            self.problem_said(value.span(), Said::TooLong { length, max }, message);
            return None;
        }
        if let Some(tag) = html_tag(text) {
            let message = format!(
                "\"{key}\" holds HTML ({tag}) — survey text is plain text; use a blank line for a new paragraph"
            );
            self.problem(value.span(), message);
            return None;
        }
        Some(Spanned::new(value.span(), text.to_string()))
    }

    /// One of a closed set of words; `noun` names it in messages ("unknown priority …").
    pub fn keyword<K: Keyword>(&mut self, key: &str, required: bool, noun: &str) -> Option<K> {
        let text = self.string(key, required, None)?;
        let parsed = K::parse(text.get_ref());
        if parsed.is_none() {
            let message = format!("unknown {noun} \"{}\" — expected one of {}", text.get_ref(), K::expected());
            self.problem_said(text.span(), Said::NotAChoice, message);
        }
        parsed
    }

    /// A whole number within `range`.
    pub fn integer(&mut self, key: &str, range: Range<i64>) -> Option<Spanned<i64>> {
        let value = self.get(key)?;
        let DeValue::Integer(number) = value.get_ref() else {
            self.wrong_type(key, value);
            return None;
        };
        let parsed = i64::from_str_radix(number.as_str(), number.radix()).ok();
        match parsed.filter(|n| range.contains(n)) {
            Some(n) => Some(Spanned::new(value.span(), n)),
            None => {
                let message = format!("\"{key}\" is {}, but should be {}", number.as_str(), self.help(key));
                self.problem(value.span(), message);
                None
            }
        }
    }

    pub fn boolean(&mut self, key: &str) -> Option<bool> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Boolean(b) => Some(*b),
            _ => {
                self.wrong_type(key, value);
                None
            }
        }
    }

    /// A TOML local date such as `2027-01-10` (no quotes, no time).
    pub fn date(&mut self, key: &str) -> Option<Spanned<chrono::NaiveDate>> {
        let value = self.get(key)?;
        let date = match value.get_ref() {
            DeValue::Datetime(dt) if dt.time.is_none() && dt.offset.is_none() => dt.date,
            _ => None,
        };
        let parsed = date.and_then(|d| chrono::NaiveDate::from_ymd_opt(d.year.into(), d.month.into(), d.day.into()));
        if parsed.is_none() {
            let shown = match value.get_ref() {
                DeValue::String(s) => format!("the text \"{s}\""),
                DeValue::Datetime(dt) => format!("{dt}"),
                other => describe(other).to_string(),
            };
            let message = format!("\"{key}\" is {shown}, but should be {}", self.help(key));
            self.problem_said(value.span(), Said::WrongType, message);
        }
        parsed.map(|d| Spanned::new(value.span(), d))
    }

    /// A list of non-blank strings, each at most `max` characters; its own span comes along.
    pub fn strings(&mut self, key: &str, max: Option<usize>) -> Option<Spanned<Vec<Spanned<String>>>> {
        let value = self.get(key)?;
        let DeValue::Array(items) = value.get_ref() else {
            self.wrong_type(key, value);
            return None;
        };
        let mut out = Vec::new();
        let mut good = true;
        for item in items.iter() {
            match item.get_ref() {
                DeValue::String(text) if !text.trim().is_empty() => {
                    let length = text.chars().count();
                    if let Some(max) = max.filter(|max| length > *max) {
                        let message =
                            format!("an entry of \"{key}\" is {length} characters long — at most {max} are allowed");
                        self.problem_said(item.span(), Said::TooLong { length, max }, message);
                        good = false;
                    }
                    out.push(Spanned::new(item.span(), text.to_string()));
                }
                other => {
                    let message = format!(
                        "\"{key}\" has an entry that is {}, but every entry should be text in quotes",
                        if matches!(other, DeValue::String(_)) { "empty" } else { describe(other) }
                    );
                    self.problem(item.span(), message);
                    good = false;
                }
            }
        }
        if !good {
            return None;
        }
        let mut seen = BTreeSet::new();
        for item in &out {
            if !seen.insert(item.get_ref().as_str()) {
                let message = format!("\"{key}\" lists \"{}\" twice — each entry must be different", item.get_ref());
                self.problem(item.span(), message);
                good = false;
            }
        }
        good.then(|| Spanned::new(value.span(), out))
    }

    /// A table under `key`.
    pub fn table(&mut self, key: &str) -> Option<(&'a DeTable<'i>, Range<usize>)> {
        let value = self.get(key)?;
        match value.get_ref() {
            DeValue::Table(table) => Some((table, value.span())),
            _ => {
                self.wrong_type(key, value);
                None
            }
        }
    }

    /// Reports `key` as not allowed here, with the reason.
    pub fn forbid(&mut self, key: &str, reason: &str) {
        if self.has(key) {
            let span = self.key_span(key);
            self.problem(span, format!("\"{key}\" is not allowed here — {reason}"));
        }
    }
}

/// The 1-based line and column (in characters) of a byte offset.
pub fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let before = &source[..offset.min(source.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (line, column)
}

/// `path:line:column: message`, one line per problem.
pub fn render_problems(path: &str, source: &str, problems: &[Problem]) -> Vec<String> {
    problems
        .iter()
        .map(|p| {
            let (line, column) = line_column(source, p.span.start);
            format!("{path}:{line}:{column}: {}", p.message)
        })
        .collect()
}
