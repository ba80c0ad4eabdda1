//! What points to one child in a small place, besides a name: a school, college or
//! children's home by name (`[school]`), a social media handle or username (`[handle]`), and a
//! date of birth (`[date of birth]`). In a council with 250 children in care, a school's name
//! and an age can be enough.

use regex::{Captures, Regex};

use super::lexicons::lines;

/// Words for a school or a home, after its name.
const INSTITUTION: &str = r"(?:school|college|academy|children'?s\s+home|childrens\s+home|pupil\s+referral\s+unit|pru)";
/// Capitalised words that start no school's name: "My School", "High School", "Forest School".
const NOT_A_SCHOOL_NAME: &[&str] = &[
    "i",
    "my",
    "the",
    "a",
    "an",
    "our",
    "your",
    "his",
    "her",
    "their",
    "this",
    "that",
    "new",
    "old",
    "next",
    "last",
    "at",
    "in",
    "to",
    "from",
    "and",
    "or",
    "but",
    "so",
    "primary",
    "secondary",
    "high",
    "grammar",
    "junior",
    "junior's",
    "infant",
    "infants",
    "middle",
    "senior",
    "sixth",
    "form",
    "boarding",
    "special",
    "private",
    "state",
    "nursery",
    "forest",
    "sunday",
    "summer",
    "holiday",
    "after",
    "before",
    "driving",
    "dance",
    "drama",
    "art",
    "music",
    "football",
    "sports",
    "big",
    "little",
    "same",
    "different",
    "every",
    "whole",
    "hate",
    "love",
    "like",
    "go",
    "foster",
    "care",
    "residential",
    "group",
    "catholic",
    "church",
    "mainstream",
    "main",
    "online",
    "home",
];
/// Where a handle is about to follow: the app or the word for a username, with the small
/// words between ("add me on snap", "my username on roblox is").
const HANDLE_CUE: &str = r"(?i)(?-u:\b)(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|discord|roblox|fortnite|xbox|psn|twitch|youtube|kik|gamer\s?tag|user\s?name|handle)(?-u:\b)(?:\s*(?:name|username|user|id|tag|handle|is|its|it's|on|me|snap|snapchat|insta|instagram|tiktok|discord|roblox|xbox|psn|[:=\-]))*\s*(@?[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)";
/// A month's name, in full or short.
const MONTH: &str = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?-u:\b)";

pub struct Pointers {
    listed: Option<Regex>,
    named: Regex,
    called: Regex,
    at_handle: Regex,
    cued_handle: Regex,
    birth: Regex,
}

impl Pointers {
    /// `schools` is the list of schools, colleges and homes that are redacted in any case.
    pub fn new(schools: &str) -> Pointers {
        let names: Vec<String> = lines(schools)
            .map(|line| line.split_whitespace().map(regex::escape).collect::<Vec<_>>().join(r"\s+"))
            .collect();
        let day = r"\d{1,2}(?:st|nd|rd|th)?";
        let date = format!(
            r"(?:\d{{1,2}}[/.\-]\d{{1,2}}(?:[/.\-](?:\d{{4}}|\d{{2}}))?(?-u:\b)|{day}(?:\s+of)?\s+{MONTH}(?:,?\s+\d{{4}})?|{MONTH}\s+{day}(?-u:\b)(?:,?\s+\d{{4}})?)"
        );
        Pointers {
            listed: (!names.is_empty()).then(|| {
                let suffix = r"(?:\s+(?:(?:high|grammar|primary|infant|junior|community|catholic|sixth\s+form)\s+)*";
                Regex::new(&format!(r"(?i)(?-u:\b)(?:{})(?-u:\b){suffix}{INSTITUTION}(?-u:\b))?", names.join("|"))).expect("school names")
            }),
            named: Regex::new(&format!(r"(?-u:\b)((?:[A-Z][A-Za-z'’\-]*\.?\s+){{1,4}})((?i:{INSTITUTION}))(?-u:\b)"))
                .expect("school pattern"),
            called: Regex::new(&format!(
                r"(?i:(?-u:\b)(?:{INSTITUTION}|home|unit)(?:\s+(?:is|was))?\s+(?:called|named)\s+)([A-Z][A-Za-z'’\-]*(?:\s+[A-Z][A-Za-z'’\-]*){{0,3}})"
            ))
            .expect("called pattern"),
            at_handle: Regex::new(r"(?-u:\B)@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?").expect("handle pattern"),
            cued_handle: Regex::new(HANDLE_CUE).expect("handle cue pattern"),
            birth: Regex::new(&format!(
                r"(?i)((?-u:\b)(?:born|birthday|bday|b-day|b'day|dob|d\.o\.b\.?|date\s+of\s+birth)(?:\s*(?:is|was|on|the|its|it's|[:=\-]))*\s*)({date})"
            ))
            .expect("date of birth pattern"),
        }
    }

    /// Dates of birth first (before phone numbers take their digits), then handles.
    pub fn redact_dates_and_handles(&self, text: &str) -> String {
        let text = self.birth.replace_all(text, |c: &Captures| format!("{}[date of birth]", &c[1]));
        let text = self.at_handle.replace_all(&text, "[handle]");
        self.cued_handle
            .replace_all(&text, |c: &Captures| {
                let handle = c.get(1).expect("the handle group");
                if looks_like_handle(handle.as_str()) {
                    let whole = c.get(0).expect("the match");
                    format!("{}[handle]", &whole.as_str()[..handle.start() - whole.start()])
                } else {
                    c[0].to_string()
                }
            })
            .into_owned()
    }

    /// Schools, colleges and children's homes: listed ones in any case, any capitalised name
    /// before "School", "College", "Academy" or "Children's Home", and the name after "my
    /// school is called".
    pub fn redact_schools(&self, text: &str) -> String {
        let text = match &self.listed {
            Some(listed) => listed.replace_all(text, "[school]"),
            None => text.into(),
        };
        let text = self.called.replace_all(&text, |c: &Captures| {
            let name = c.get(1).expect("the name group");
            let whole = c.get(0).expect("the match");
            format!("{}[school]", &whole.as_str()[..name.start() - whole.start()])
        });
        self.named
            .replace_all(&text, |c: &Captures| {
                // Leading words that start no school's name stay ("At Queen Katherine School").
                let run: Vec<&str> = c[1].split_whitespace().collect();
                let kept = run
                    .iter()
                    .take_while(|w| NOT_A_SCHOOL_NAME.contains(&w.trim_end_matches('.').to_lowercase().as_str()))
                    .count();
                if kept == run.len() {
                    return c[0].to_string();
                }
                let prefix: String = run[..kept].iter().map(|w| format!("{w} ")).collect();
                format!("{prefix}[school]")
            })
            .into_owned()
    }
}

/// Whether a word after "my snap is" is a username rather than an ordinary word ("broken"):
/// written with `@`, a digit, an underscore or a dot, or with capitals inside ("xXSniperXx").
fn looks_like_handle(word: &str) -> bool {
    word.starts_with('@')
        || word.chars().any(|c| c.is_ascii_digit() || c == '_' || c == '.')
        || word.chars().skip(1).any(|c| c.is_ascii_uppercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schools_handles_and_dates_of_birth() {
        let p = Pointers::new("dowdales\nqueen katherine\n");
        assert_eq!(p.redact_schools("i go to dowdales school"), "i go to [school]");
        assert_eq!(p.redact_schools("At Queen Katherine School"), "At [school]");
        assert_eq!(p.redact_schools("I go to High School next year"), "I go to High School next year");
        assert_eq!(p.redact_dates_and_handles("my snap is broken"), "my snap is broken");
        assert_eq!(p.redact_dates_and_handles("my snap is jaybee_09."), "my snap is [handle].");
        assert_eq!(p.redact_dates_and_handles("my birthday is in August"), "my birthday is in August");
        assert_eq!(p.redact_dates_and_handles("born on 12/03/2009"), "born on [date of birth]");
    }
}
