//! The designer's form fields: what each is called, how it is typed, and how what is typed
//! goes into the design. One table per form drives both drawing it and saving it.

use maud::{Markup, html};

use crate::survey::{
    Access, Audience, Design, Input, Keyword, Kind, LANGUAGES, Outcome, Picture, Placed, Priority, Said,
};

/// How a field is typed in.
#[derive(Clone, Copy)]
pub enum Control {
    Line,
    Area,
    Date,
    Number,
    List,
    Check,
    /// One of a closed set: the values with their labels, and the label of "none" if optional.
    Choice(fn() -> Vec<(&'static str, String)>, Option<&'static str>),
    /// Languages ticked from a list, English always.
    Languages,
}

impl Control {
    fn input(self) -> Input {
        match self {
            Control::Line | Control::Area | Control::Choice(..) => Input::Text,
            Control::Date => Input::Date,
            Control::Number => Input::Number,
            Control::List | Control::Languages => Input::List,
            Control::Check => Input::Flag,
        }
    }
}

pub struct Field {
    pub key: &'static str,
    pub label: &'static str,
    pub hint: &'static str,
    pub control: Control,
    /// The kinds of question it belongs to; empty for all.
    pub kinds: &'static [Kind],
}

const fn field(key: &'static str, label: &'static str, hint: &'static str, control: Control) -> Field {
    Field { key, label, hint, control, kinds: &[] }
}

/// Each keyword with its words, for a select.
fn labelled<K: Keyword>(label: fn(K) -> &'static str) -> Vec<(&'static str, String)> {
    K::ALL.iter().map(|k| (k.as_str(), label(*k).to_string())).collect()
}

/// A kind of question in words.
pub fn kind_label(kind: Kind) -> &'static str {
    match kind {
        Kind::Scale => "Scale: five faces, from really bad to really good",
        Kind::Choice => "Choice: pick one answer",
        Kind::Multi => "Multi: pick any answers",
        Kind::YesNo => "Yes, no or not sure",
        Kind::Text => "Text: write in their own words",
    }
}

pub const SURVEY: &[Field] = &[
    field("title", "Title", "What young people see at the top of every page. At most 120 characters.", Control::Line),
    field(
        "summary",
        "Summary (optional)",
        "One line for staff lists and reports. At most 200 characters.",
        Control::Line,
    ),
    field("audience", "Who it is for", "", Control::Choice(|| labelled(Audience::words), None)),
    field(
        "intro",
        "Introduction",
        "Shown before the first question. Leave a blank line to start a new paragraph.",
        Control::Area,
    ),
    field("thanks", "Thank-you words (optional)", "Shown after they send their answers.", Control::Area),
    field("designed_by", "Designed by (optional)", "One name per line, like Promise Ambassadors.", Control::List),
    field("access", "How young people get in", "", Control::Choice(|| labelled(Access::words), None)),
    field("opens", "Opens on (optional)", "", Control::Date),
    field("closes", "Closes on (optional)", "", Control::Date),
    field(
        "report_threshold",
        "Smallest group shown in results (optional)",
        "Counts below this are hidden so no young person can be picked out. At least 3; 5 if left empty.",
        Control::Number,
    ),
    field(
        "read_aloud",
        "Read each question aloud",
        "A button on each question plays it and its answers, in every language it is fully translated into: for children who cannot read yet.",
        Control::Check,
    ),
    field(
        "languages",
        "Languages",
        "English always, and any others young people read: tick them, save, then translate each from the links above. Until a word is translated, English is shown in its place.",
        Control::Languages,
    ),
];

pub const QUESTION: &[Field] = &[
    field("kind", "Kind of question", "", Control::Choice(|| labelled(kind_label), None)),
    field("text", "Question", "As a young person reads it. At most 300 characters.", Control::Area),
    field("hint", "Hint (optional)", "A line under the question. At most 300 characters.", Control::Line),
    field(
        "priority",
        "Priority",
        "Which of the five priorities its answers count towards. A question answered in their own words may have none: each answer is then sorted under the priority it is about.",
        Control::Choice(
            || labelled(Priority::words),
            Some("None: a general question in their own words, or an about-you question"),
        ),
    ),
    field("outcome", "Outcome (optional)", "", Control::Choice(|| labelled(Outcome::words), Some("None"))),
    field(
        "picture",
        "Picture (optional)",
        "Shown above the question, for children still learning to read. With one, yes and no answers get pictures too.",
        Control::Choice(|| labelled(Picture::as_str), Some("None")),
    ),
    Field {
        kinds: &[Kind::Choice, Kind::Multi],
        ..field(
            "pictures",
            "A picture for each answer (optional)",
            "One picture name per line, in the order of the answers, from the names in the Picture list.",
            Control::List,
        )
    },
    Field {
        kinds: &[Kind::Choice, Kind::Multi],
        ..field("options", "Answers to choose from", "One per line, 2 to 12.", Control::List)
    },
    Field {
        kinds: &[Kind::Scale],
        ..field(
            "labels",
            "Words for the five faces (optional)",
            "Exactly five, one per line, worst first. Left empty: Really bad, Bad, OK, Good, Really good.",
            Control::List,
        )
    },
    Field {
        kinds: &[Kind::Text],
        ..field(
            "max_chars",
            "Longest answer (optional)",
            "In characters, 1 to 2000; 1000 if left empty.",
            Control::Number,
        )
    },
    Field {
        kinds: &[Kind::Scale, Kind::Choice, Kind::Multi, Kind::YesNo],
        ..field(
            "help_if",
            "Answers that put help first (optional)",
            "One per line, as stored: 1 to 5 for the faces (1 is the worst), Yes, No or Not sure, or an answer as written above. A young person who picks one sees help at once after sending, and the designated lead is told.",
            Control::List,
        )
    },
    field(
        "about_you",
        "This is an about-you question",
        "Like age or where they live: results can be broken down by its answers. Only for choice or yes, no or not sure questions.",
        Control::Check,
    ),
];

impl Field {
    /// Whether the question form shows this field: it belongs to the kind, or holds a value
    /// (so nothing typed is hidden after the kind changes).
    pub fn shown(&self, kind: Option<Kind>, value: &str) -> bool {
        self.kinds.is_empty() || kind.is_none_or(|k| self.kinds.contains(&k)) || !value.is_empty()
    }
}

/// The values sent for `name` in a form, joined by lines.
pub fn sent(form: &[(String, String)], name: &str) -> Option<String> {
    let values: Vec<&str> = form.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect();
    (!values.is_empty()).then(|| values.join("\n"))
}

/// Puts every field of `fields` that the form sent into the design under `prefix`. Fields the
/// form did not show are left as they are; a check box sends an empty companion so that
/// clearing it counts.
pub fn apply(design: &mut Design, prefix: &str, fields: &[Field], form: &[(String, String)]) {
    for f in fields {
        if let Some(value) = sent(form, f.key) {
            let value = match f.control {
                Control::Check => if value.lines().any(|v| v == "true") { "true" } else { "" }.to_string(),
                _ => value,
            };
            design.set(&format!("{prefix}{}", f.key), f.control.input(), &value);
        }
    }
}

/// One labelled field with its hint and `check`'s messages. `id` is also the form name.
pub fn control(f: &Field, id: &str, value: &str, messages: &[&str], disabled: bool) -> Markup {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let mut described = Vec::new();
    if !f.hint.is_empty() {
        described.push(hint_id.as_str());
    }
    if !messages.is_empty() {
        described.push(error_id.as_str());
    }
    let described = (!described.is_empty()).then(|| described.join(" "));
    let rows = value.lines().count().clamp(3, 12);
    html! {
        div.field.error[!messages.is_empty()] {
            @if let Control::Check = f.control {
                div.choice {
                    input type="hidden" name=(id) value="";
                    input #(id) type="checkbox" name=(id) value="true" checked[value == "true"] disabled[disabled] aria-describedby=[described.as_deref()];
                    label for=(id) { (f.label) }
                }
            } @else if let Control::Languages = f.control {
                h2 #(id) { (f.label) }
            } @else {
                label for=(id) { h2 { (f.label) } }
            }
            @if !f.hint.is_empty() { p.hint id=(hint_id) { (f.hint) } }
            @if !messages.is_empty() {
                div.error-message id=(error_id) {
                    @for m in messages { p { span.visually-hidden { "Error: " } (m) } }
                }
            }
            @match f.control {
                Control::Check => {},
                Control::Languages => (languages(id, value, disabled, described.as_deref())),
                Control::Line => input.text-input #(id) name=(id) type="text" value=(value) disabled[disabled] aria-describedby=[described.as_deref()];,
                Control::Number => input.text-input.short #(id) name=(id) type="text" inputmode="numeric" value=(value) disabled[disabled] aria-describedby=[described.as_deref()];,
                Control::Date => input.text-input.short #(id) name=(id) type="date" value=(value) disabled[disabled] aria-describedby=[described.as_deref()];,
                Control::Area | Control::List => textarea.text #(id) name=(id) rows=(rows) disabled[disabled] aria-describedby=[described.as_deref()] { (value) },
                Control::Choice(choices, none) => select #(id) name=(id) disabled[disabled] aria-describedby=[described.as_deref()] {
                    @if let Some(none) = none { option value="" selected[value.is_empty()] { (none) } }
                    @else if value.is_empty() { option value="" selected { "Choose one" } }
                    @let choices = choices();
                    @for (v, label) in &choices { option value=(v) selected[value == *v] { (label) } }
                    @if !value.is_empty() && !choices.iter().any(|(v, _)| *v == value) {
                        option value=(value) selected { (value) " (not a choice here)" }
                    }
                },
            }
        }
    }
}

/// A tick box per language, English first and always (it is what every translation falls back
/// to); a tag typed into a survey file that is not in the list stays ticked, by its tag.
fn languages(id: &str, value: &str, disabled: bool, described: Option<&str>) -> Markup {
    let ticked: Vec<&str> = value.lines().collect();
    let unknown = ticked.iter().filter(|t| !LANGUAGES.iter().any(|(tag, ..)| tag == *t));
    html! {
        input type="hidden" name=(id) value="en";
        div.languages role="group" aria-labelledby=(id) aria-describedby=[described] {
            div.choice {
                input id={ (id) "-en" } type="checkbox" checked disabled;
                label for={ (id) "-en" } { "English (always)" }
            }
            @for (tag, own, english) in LANGUAGES.iter().skip(1).map(|(t, o, e)| (*t, *o, *e)).chain(unknown.map(|t| (*t, *t, *t))) {
                div.choice {
                    input id={ (id) "-" (tag) } type="checkbox" name=(id) value=(tag) checked[ticked.contains(&tag)] disabled[disabled];
                    label for={ (id) "-" (tag) } lang=(tag) { (own) } @if own != english { " " span.muted lang="en" { "(" (english) ")" } }
                }
            }
        }
    }
}

/// The field a problem's path ends on, by its key, with how it is typed.
fn field_for(path: &str) -> Option<&'static Field> {
    let key = path.rsplit('.').next()?;
    SURVEY.iter().chain(QUESTION).find(|f| f.key == key)
}

/// A problem as the designer says it: what to do, in plain words, for the field it sits beside
/// (`ourvoice check` keeps the file's own words).
pub fn in_plain_words(problem: Placed) -> Placed {
    let field = field_for(&problem.path);
    let name = field.map(|f| f.label.trim_end_matches(" (optional)").to_lowercase());
    let message = match (problem.said, field, name) {
        (Said::Missing, _, _) if problem.path == "questions" => "Add at least one question.".to_string(),
        (Said::Missing, _, _) if problem.path.ends_with(".id") => {
            "Give the question a short name, like feel-safe.".to_string()
        }
        (Said::Missing, Some(f), Some(name)) => match f.control {
            Control::Choice(..) => format!("Choose {}.", the(&name)),
            _ => format!("Write {}.", the(&name)),
        },
        (Said::TooLong { length, max }, _, Some(name)) => {
            format!("{} is {length} characters long: shorten it to {max} or fewer.", capitalised(&the(&name)))
        }
        (Said::NotAChoice, _, Some(name)) => format!("Choose {} from the list.", the(&name)),
        (Said::WrongType, Some(Field { control: Control::Number, .. }), Some(name)) => {
            format!("Write {} as a whole number, like 5.", the(&name))
        }
        (Said::WrongType, Some(Field { control: Control::Date, .. }), Some(name)) => {
            format!("Write {} as a date, like 2027-01-10.", the(&name))
        }
        (_, Some(f), Some(name)) => {
            let message = without_context(&problem.message);
            let own_key = format!("\"{}\"", f.key);
            let message = message.strip_prefix(&own_key).map_or(message.to_string(), |rest| the(&name) + rest);
            capitalised(&message.replacen(" — ", ": ", 1))
        }
        _ => capitalised(&without_context(&problem.message).replacen(" — ", ": ", 1)),
    };
    Placed { message, ..problem }
}

fn the(name: &str) -> String {
    if name.starts_with("who ") || name.starts_with("how ") { name.to_string() } else { format!("the {name}") }
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map_or_else(String::new, |first| first.to_uppercase().chain(chars).collect())
}

/// A message without the `question "x": ` and `translation "pl": ` it starts with in a file's
/// report: beside the field, it is plain which question it is.
fn without_context(message: &str) -> &str {
    let mut rest = message;
    while let Some(after) = ["question \"", "translation \""].iter().find_map(|p| rest.strip_prefix(p)) {
        match after.split_once("\": ") {
            Some((_, tail)) => rest = tail,
            None => break,
        }
    }
    rest
}
