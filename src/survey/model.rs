//! The survey model: what a survey is, independent of files, HTTP and SQL.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A closed set of words with a fixed spelling in survey files and in the database.
pub trait Keyword: Copy + 'static {
    const ALL: &'static [Self];

    fn as_str(self) -> &'static str;

    fn parse(text: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.as_str() == text)
    }

    /// "a, b, c", for messages that say what would be right.
    fn expected() -> String {
        let all: Vec<&str> = Self::ALL.iter().map(|k| k.as_str()).collect();
        all.join(", ")
    }
}

/// Defines a closed set of keywords used in survey files, with their spelling in the file;
/// given `as "Words"` for every keyword, also `words()`: the keyword as staff read it.
macro_rules! keywords {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal as $words:literal),+ $(,)? }) => {
        $crate::survey::keywords!($(#[$meta])* $name { $($variant => $text),+ });

        impl $name {
            /// In words, for the people who run ourvoice.
            pub fn words(self) -> &'static str {
                match self { $($name::$variant => $words),+ }
            }
        }
    };
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl Keyword for $name {
            const ALL: &'static [$name] = &[$($name::$variant),+];

            fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

pub(crate) use keywords;

keywords!(
    /// Who a survey is written for.
    Audience {
        Age4To7 => "4-7" as "Children aged 4 to 7",
        Age8To11 => "8-11" as "Children aged 8 to 11",
        Age11To17 => "11-17" as "Young people aged 11 to 17",
        CareLeavers => "care-leavers" as "Care leavers",
        Everyone => "everyone" as "Everyone",
    }
);

keywords!(
    /// How a child gets in: an open link, or a single-use code from a card.
    Access {
        Link => "link" as "Anyone with the link",
        Codes => "codes" as "Only with a single-use code from a card",
    }
);

keywords!(
    /// The kind of a question, which decides how it is asked and what an answer may be.
    Kind {
        Scale => "scale" as "Scale",
        Choice => "choice" as "Pick one",
        Multi => "multi" as "Pick any",
        YesNo => "yes_no" as "Yes, no or not sure",
        Text => "text" as "Own words",
    }
);

keywords!(
    /// The strategy's five priorities.
    Priority {
        Home => "home" as "Home",
        Education => "education" as "Education",
        Health => "health" as "Health",
        Relationships => "relationships" as "Relationships",
        Independence => "independence" as "Independence",
    }
);

keywords!(
    /// The strategy's seven outcomes, in its order.
    Outcome {
        Achievement => "achievement" as "Achievement",
        CaredFor => "cared-for" as "Cared for",
        IndependenceSkills => "independence-skills" as "Independence skills",
        Enrichment => "enrichment" as "Enrichment",
        Permanence => "permanence" as "Permanence",
        Relationships => "relationships" as "Relationships",
        Wellbeing => "wellbeing" as "Wellbeing",
    }
);

keywords!(
    /// Where a survey is in its life: designed, reviewed, approved, answered, finished.
    Status {
        Draft => "draft" as "Being designed",
        InReview => "in_review" as "Waiting for review",
        Approved => "approved" as "Approved, not open yet",
        Open => "open" as "Open: young people are answering",
        Closed => "closed" as "Closed",
    }
);

keywords!(
    /// A picture a question or an answer may have, for children who are still learning to read
    /// (drawn by the pages, beside the words, never instead of them).
    Picture {
        Home => "home",
        Sun => "sun",
        GrownUp => "grown-up",
        Family => "family",
        Play => "play",
        School => "school",
        Wish => "wish",
        Few => "few",
        JustRight => "just-right",
        Many => "many",
        Sport => "sport",
        Music => "music",
        Art => "art",
        Group => "group",
        Outdoors => "outdoors",
        Gaming => "gaming",
        Friends => "friends",
        Other => "other",
    }
);

/// The answers a `yes_no` question offers, in order.
pub const YES_NO: [&str; 3] = ["Yes", "No", "Not sure"];
/// The five points of a scale when a question gives no labels of its own, worst first.
/// The scale's five words in `lang`, for a question that names none of its own.
pub fn default_scale_labels(lang: &str) -> Vec<String> {
    (1..=5).map(|n| crate::locale::text(lang, &format!("scale-{n}"), &[])).collect()
}

pub const DEFAULT_REPORT_THRESHOLD: u32 = 5;
pub const DEFAULT_MAX_CHARS: u32 = 1000;

/// A survey, whole. Its serialised form is the survey file (`to_toml`), which is also how it is
/// stored and compared: a new field here, its rule in `parse.rs` and a test are all it takes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Survey {
    pub slug: String,
    pub title: String,
    pub audience: Audience,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    pub intro: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thanks: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub designed_by: Vec<String>,
    pub access: Access,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "file_date")]
    pub opens: Option<NaiveDate>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "file_date")]
    pub closes: Option<NaiveDate>,
    pub report_threshold: u32,
    /// Each question and its answers can be heard, for children who cannot read them yet.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub read_aloud: bool,
    pub languages: Vec<String>,
    pub questions: Vec<Question>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub translations: BTreeMap<String, Translation>,
}

/// A date as a survey file writes it: a TOML date, without quotes.
fn file_date<S: serde::Serializer>(date: &Option<NaiveDate>, serializer: S) -> Result<S::Ok, S::Error> {
    use chrono::Datelike;
    let date = date.map(|d| toml::value::Datetime {
        date: Some(toml::value::Date { year: d.year() as u16, month: d.month() as u8, day: d.day() as u8 }),
        time: None,
        offset: None,
    });
    date.serialize(serializer)
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Question {
    pub id: String,
    pub kind: Kind,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub about_you: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub priority: Option<Priority>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    /// For `choice` and `multi`; empty otherwise.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<String>,
    /// A picture beside the question; with it, yes/no answers are pictured too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub picture: Option<Picture>,
    /// For `choice` and `multi`: a picture for each option, in order; empty for none.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pictures: Vec<Picture>,
    /// For `scale` when the file gives its own five labels.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
    /// For `text` when the file sets it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_chars: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_if: Option<ShowIf>,
    /// Answers that put help first (a child feeling unsafe, with no adult to trust): the page
    /// after sending shows help at once, and the response goes on the concerns list.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub help_if: Vec<String>,
}

/// Ask a question only when an earlier one was answered so.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ShowIf {
    pub question: String,
    #[serde(flatten)]
    pub condition: Condition,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Condition {
    Is(String),
    AnyOf(Vec<String>),
}

impl Condition {
    pub fn answers(&self) -> &[String] {
        match self {
            Condition::Is(one) => std::slice::from_ref(one),
            Condition::AnyOf(many) => many,
        }
    }
}

/// One language's words for a survey. Any of them may be missing while translators work:
/// English is shown in its place (see [`Survey::untranslated`]).
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct Translation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub intro: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub thanks: Option<String>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub questions: BTreeMap<String, QuestionTranslation>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize)]
pub struct QuestionTranslation {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub options: Option<Vec<String>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub labels: Option<Vec<String>>,
}

impl Question {
    /// The answers this question accepts, as stored (English): options, yes/no, or "1"–"5".
    /// Free text has no fixed answers.
    pub fn fixed_answers(&self) -> Option<Vec<String>> {
        match self.kind {
            Kind::Choice | Kind::Multi => Some(self.options.clone()),
            Kind::YesNo => Some(YES_NO.iter().map(|s| s.to_string()).collect()),
            Kind::Scale => Some((1..=5).map(|n| n.to_string()).collect()),
            Kind::Text => None,
        }
    }

    pub fn scale_labels(&self) -> Vec<String> {
        self.labels.clone().unwrap_or_else(|| default_scale_labels("en"))
    }

    pub fn max_chars_or_default(&self) -> u32 {
        self.max_chars.unwrap_or(DEFAULT_MAX_CHARS)
    }

    /// Whether this question asks the same as `other`, whatever answers put help first (those
    /// may change on an open survey: they change what happens after sending, not what was
    /// asked).
    pub fn asks_as(&self, other: &Question) -> bool {
        Question { help_if: other.help_if.clone(), ..self.clone() } == *other
    }

    /// The values given that put help first.
    pub fn worrying<'a>(&self, values: &'a [String]) -> Vec<&'a String> {
        values.iter().filter(|v| self.help_if.contains(v)).collect()
    }
}

impl Survey {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Whether answers are taken on `today`, judged by the survey's own dates only.
    pub fn dates_allow(&self, today: NaiveDate) -> bool {
        self.opens.is_none_or(|opens| today >= opens) && self.closes.is_none_or(|closes| today <= closes)
    }

    /// The intro split into paragraphs: a blank line starts a new one.
    pub fn intro_paragraphs(&self) -> Vec<String> {
        paragraphs(&self.intro)
    }
}

/// Splits plain text into paragraphs at blank lines, joining the lines within each.
pub fn paragraphs(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current: Vec<&str> = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            if !current.is_empty() {
                out.push(current.join(" "));
                current.clear();
            }
        } else {
            current.push(line);
        }
    }
    if !current.is_empty() {
        out.push(current.join(" "));
    }
    out
}
