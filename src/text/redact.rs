//! Redaction before storage (DESIGN.md rule 5): names, phone numbers, emails, street
//! addresses and postcodes become `[name]`, `[phone]`, `[email]`, `[address]`, `[postcode]`;
//! schools, handles and dates of birth become `[school]`, `[handle]`, `[date of birth]`.

use std::collections::HashSet;

use regex::{Captures, Regex};

use super::lexicons::{Lexicons, entries};
use super::pointers::Pointers;
use super::words::{Word, starts_sentence, words};

/// Words before a month name that make it a month ("in May"), not a person.
const MONTH_CUES: &[&str] = &[
    "in", "on", "of", "by", "since", "until", "till", "last", "next", "this", "early", "late", "mid", "during",
    "before", "after", "every", "from", "to", "each", "end",
];
const MONTHS: &[&str] = &["april", "may", "june", "august"];
/// Words after an ambiguous name that make it an ordinary word ("Grace period", "May I").
const WORD_PHRASES: &[(&str, &str)] = &[
    ("grace", "period"),
    ("may", "i"),
    ("may", "be"),
    ("will", "be"),
    ("will", "power"),
    ("hope", "so"),
    ("rose", "up"),
    ("art", "club"),
    ("art", "class"),
    ("art", "lessons"),
    ("summer", "holidays"),
    ("summer", "holiday"),
    ("young", "people"),
    ("young", "person"),
    ("foster", "carer"),
    ("foster", "carers"),
    ("foster", "care"),
    ("foster", "home"),
    ("foster", "family"),
    ("foster", "placement"),
];
/// Titles: a capitalised word after one is a surname, and the two are one `[name]`.
const TITLES: &[&str] = &["mr", "mrs", "miss", "ms", "mx", "dr", "sir"];
/// Words after which a capitalised word is a name even if it is on no list: "called Zara",
/// "my carer Lesley", "aunty Samira".
const NAME_CUES: &[&str] = &[
    "called",
    "named",
    "carer",
    "carers",
    "worker",
    "keyworker",
    "friend",
    "mate",
    "brother",
    "sister",
    "aunty",
    "auntie",
    "aunt",
    "uncle",
    "cousin",
    "nan",
    "nana",
    "grandma",
    "grandad",
    "grandpa",
    "granny",
    "teacher",
    "boyfriend",
    "girlfriend",
    "pa",
    "adviser",
    "advisor",
    "mentor",
    "counsellor",
    "stepdad",
    "stepmum",
    "foster",
    "and",
];
/// Capitalised words that may follow a cue word without being a name: days, months, subjects,
/// and care words ("my Foster Carer", "my Social Worker"). Cue words themselves count too.
const COMMON_CAPITALISED: &[&str] = &[
    "social",
    "support",
    "key",
    "care",
    "family",
    "home",
    "team",
    "manager",
    "mum",
    "mam",
    "dad",
    "parents",
    "parent",
    "officer",
    "nurse",
    "doctor",
    "review",
    "plan",
    "i",
    "i'm",
    "im",
    "i've",
    "i'd",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "christmas",
    "easter",
    "english",
    "maths",
    "science",
    "pe",
    "art",
    "music",
    "french",
    "spanish",
    "history",
    "geography",
    "year",
    "school",
    "college",
    "the",
    "he",
    "she",
    "they",
    "we",
    "it",
    "and",
    "but",
    "is",
    "was",
    "who",
    "when",
    "in",
    "at",
    "on",
    "from",
    "with",
    "too",
    "as",
    "so",
    "because",
    "cos",
    "nhs",
    "camhs",
];

/// Words before a club's name that say it is the club ("I support Chelsea").
const CLUB_BEFORE: &[&str] = &[
    "support",
    "supports",
    "supported",
    "supporting",
    "watch",
    "watching",
    "watched",
    "vs",
    "v",
    "against",
    "beat",
    "beats",
];
/// Words after a club's name that say it is the club ("a Chelsea shirt").
const CLUB_AFTER: &[&str] = &[
    "fc", "afc", "fan", "fans", "game", "games", "match", "matches", "shirt", "kit", "top", "stadium", "ground",
    "season",
];

/// Street words that make "14 Duke Street" an address.
const STREET: &str = "street|st|road|rd|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|place|pl|terrace|grove|gardens|walk|row|square|sq|mews|park|view|rise|hill|green|parade|brow|fold|croft|meadows";
/// Words that never stand between a house number and a street word.
const NOT_STREET_NAME: &[&str] = &[
    "the", "a", "an", "to", "in", "at", "of", "on", "and", "or", "times", "minutes", "hours", "days", "weeks",
    "months", "years", "mins", "my", "our", "his", "her", "their", "for", "with", "from", "is", "was", "people",
    "kids", "of",
];

pub struct Redactor {
    names: HashSet<String>,
    ambiguous: HashSet<String>,
    places: HashSet<String>,
    clubs: HashSet<String>,
    pointers: Pointers,
    email: Regex,
    phone: Regex,
    postcode: Regex,
    numbered_address: Regex,
    named_street: Regex,
    flat: Regex,
}

impl Redactor {
    pub fn new(lexicons: &Lexicons) -> Redactor {
        let set = |text: &str| entries(text).map(str::to_lowercase).collect::<HashSet<String>>();
        let mut names = set(&lexicons.first_names);
        names.extend(set(&lexicons.surnames));
        Redactor {
            names,
            ambiguous: set(&lexicons.ambiguous_names),
            places: set(&lexicons.places),
            clubs: set(&lexicons.clubs),
            pointers: Pointers::new(&lexicons.schools),
            email: Regex::new(r"(?i)(?-u:\b)[a-z0-9._%+\-]+@[a-z0-9.\-]+\.[a-z]{2,}(?-u:\b)").expect("email pattern"),
            phone: Regex::new(r"(?:\+\s?44|(?-u:\b)0)[\d\s\-\(\)]{8,16}\d(?-u:\b)|\(0\d{2,4}\)[\d\s\-]{5,10}\d(?-u:\b)").expect("phone pattern"),
            postcode: Regex::new(r"(?i)(?-u:\b)[a-z]{1,2}\d[a-z\d]?\s?\d[abd-hjlnp-uw-z]{2}(?-u:\b)").expect("postcode pattern"),
            numbered_address: Regex::new(&format!(r"(?i)(?-u:\b)\d{{1,4}}[a-z]?,?\s+((?:[a-z'\-]+\s+){{1,3}})(?:{STREET})(?-u:\b)\.?"))
                .expect("address pattern"),
            named_street: Regex::new(r"(?-u:\b)(?:[A-Z][a-z]+\s+){1,2}(?:Street|Road|Avenue|Lane|Close|Drive|Crescent|Terrace|Grove|Gardens|Mews|Way|Court|Place)(?-u:\b)")
                .expect("street pattern"),
            flat: Regex::new(r"(?i)(?-u:\b)flat\s+\d+[a-z]?(?-u:\b)").expect("flat pattern"),
        }
    }

    /// The text with everything that could identify a person replaced.
    pub fn redact(&self, text: &str) -> String {
        let text = self.email.replace_all(text, "[email]");
        let text = self.pointers.redact_dates_and_handles(&text);
        let text = self.phone.replace_all(&text, |c: &Captures| {
            let digits = c[0].chars().filter(char::is_ascii_digit).count();
            if (10..=13).contains(&digits) { "[phone]".to_string() } else { c[0].to_string() }
        });
        let text = self.postcode.replace_all(&text, "[postcode]");
        let text = self.numbered_address.replace_all(&text, |c: &Captures| {
            let between = c[1].to_lowercase();
            if between.split_whitespace().any(|w| NOT_STREET_NAME.contains(&w)) {
                c[0].to_string()
            } else {
                "[address]".to_string()
            }
        });
        let text = self.named_street.replace_all(&text, |c: &Captures| {
            let first = c[0].split_whitespace().next().unwrap_or("").to_lowercase();
            if self.places.contains(&first) { c[0].to_string() } else { "[address]".to_string() }
        });
        let text = self.flat.replace_all(&text, "[address]");
        let text = self.pointers.redact_schools(&text);
        self.redact_names(&text)
    }

    fn is_name(&self, text: &str, all: &[Word], i: usize) -> bool {
        let word = &all[i];
        let bare = word.lower.strip_suffix("'s").unwrap_or(&word.lower);
        if self.places.contains(bare) || text[..word.start].ends_with('[') {
            return false;
        }
        let original = &text[word.start..word.end];
        let capitalised = original.chars().next().is_some_and(char::is_uppercase);
        let previous = i.checked_sub(1).map(|p| all[p].lower.as_str());
        let next = all.get(i + 1).map(|n| n.lower.as_str());
        let club = previous.is_some_and(|p| CLUB_BEFORE.contains(&p)) || next.is_some_and(|n| CLUB_AFTER.contains(&n));
        if club && self.clubs.contains(bare) {
            return false;
        }
        if self.names.contains(bare) {
            return true;
        }
        let cue = previous.is_some_and(|p| TITLES.contains(&p) || NAME_CUES.contains(&p));
        if capitalised && cue && !starts_sentence(text, word) && self.cue_applies(text, all, i) {
            return true;
        }
        if !self.ambiguous.contains(bare) || !capitalised || starts_sentence(text, word) {
            return false;
        }
        let month_use = MONTHS.contains(&bare) && previous.is_some_and(|p| MONTH_CUES.contains(&p));
        let phrase_use = WORD_PHRASES.iter().any(|(w, n)| *w == bare && next == Some(n));
        !month_use && !phrase_use
    }

    /// "and" makes the next capitalised word a name only after a name ("Dylan and Kaitlyn",
    /// not "Kendal and Penrith"); a place or a capitalised ordinary word is never one.
    fn cue_applies(&self, text: &str, all: &[Word], i: usize) -> bool {
        let bare = all[i].lower.strip_suffix("'s").unwrap_or(&all[i].lower);
        if self.places.contains(bare) || COMMON_CAPITALISED.contains(&bare) || NAME_CUES.contains(&bare) {
            return false;
        }
        match i.checked_sub(1).map(|p| all[p].lower.as_str()) {
            Some("and") => {
                i >= 2 && (self.is_name(text, all, i - 2) || text[..all[i - 1].start].trim_end().ends_with("[name]"))
            }
            _ => true,
        }
    }

    /// Names from the lists (any case), ambiguous names when used as names, and capitalised
    /// words after "called", "Mrs" and the like. Runs of name words become one `[name]`.
    fn redact_names(&self, text: &str) -> String {
        let all = words(text);
        let mut out = String::with_capacity(text.len());
        let mut copied = 0;
        let mut i = 0;
        while i < all.len() {
            if !self.is_name(text, &all, i) {
                i += 1;
                continue;
            }
            // Titles go with the name they belong to: "Mrs Patterson" is one [name].
            let mut start = all[i].start;
            if let Some(p) = i.checked_sub(1)
                && TITLES.contains(&all[p].lower.as_str())
                && all[p].end >= copied
                && text[all[p].end..all[i].start].trim_matches(['.', ' ']).is_empty()
            {
                start = all[p].start;
            }
            let mut end = i;
            while end + 1 < all.len()
                && text[all[end].end..all[end + 1].start].chars().all(char::is_whitespace)
                && self.is_name(text, &all, end + 1)
            {
                end += 1;
            }
            let last = &all[end];
            let possessive = if last.lower.ends_with("'s") { &text[last.end - 2..last.end] } else { "" };
            out.push_str(&text[copied..start]);
            out.push_str("[name]");
            out.push_str(possessive);
            copied = last.end;
            i = end + 1;
        }
        out.push_str(&text[copied..]);
        out
    }
}
