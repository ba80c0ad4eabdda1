//! Interface text in the child's language: Fluent resources in `locales/<tag>/ourvoice.ftl`,
//! built into the binary, with English as the fallback for anything a language lacks. Plural
//! forms follow each language's CLDR rules. No HTTP here: the web layer picks the language.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// Every interface language, English first; each has `locales/<tag>/ourvoice.ftl`.
pub const LANGUAGES: [&str; 8] = ["en", "ar", "bn", "lt", "pl", "pt", "tr", "zh"];

const SOURCES: [(&str, &str); 8] = [
    ("en", include_str!("../locales/en/ourvoice.ftl")),
    ("ar", include_str!("../locales/ar/ourvoice.ftl")),
    ("bn", include_str!("../locales/bn/ourvoice.ftl")),
    ("lt", include_str!("../locales/lt/ourvoice.ftl")),
    ("pl", include_str!("../locales/pl/ourvoice.ftl")),
    ("pt", include_str!("../locales/pt/ourvoice.ftl")),
    ("tr", include_str!("../locales/tr/ourvoice.ftl")),
    ("zh", include_str!("../locales/zh/ourvoice.ftl")),
];

type Bundle = FluentBundle<FluentResource>;

/// Each language's bundle, in the order of [`LANGUAGES`]. A resource that does not parse is a
/// bug caught by the tests, so it stops the program with the parser's own words.
static BUNDLES: LazyLock<Vec<Bundle>> = LazyLock::new(|| {
    SOURCES
        .iter()
        .map(|(tag, source)| {
            let resource = FluentResource::try_new(source.to_string())
                .unwrap_or_else(|(_, errors)| panic!("locales/{tag}/ourvoice.ftl does not parse: {errors:?}"));
            let mut bundle = Bundle::new_concurrent(vec![tag.parse().expect("a language tag")]);
            // Pages set `dir` themselves; the isolation marks would only get in the way of copying text.
            bundle.set_use_isolating(false);
            bundle.add_resource(resource).unwrap_or_else(|errors| panic!("locales/{tag}: {errors:?}"));
            bundle
        })
        .collect()
});

/// The interface language for a tag such as `pl`, `pl-PL` or `zh-Hans-CN`, if there is one.
pub fn supported(tag: &str) -> Option<&'static str> {
    let primary = tag.trim().split(['-', '_']).next()?.to_ascii_lowercase();
    LANGUAGES.into_iter().find(|l| *l == primary)
}

/// The tags a browser's `Accept-Language` asks for, most wanted first (`q=0` means "not this
/// one").
fn accepted(header: &str) -> Vec<&str> {
    let mut asked: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(order, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let weight =
                pieces.find_map(|p| p.trim().strip_prefix("q=")).map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())?;
            (weight > 0.0 && !tag.is_empty()).then_some((weight, order, tag))
        })
        .collect();
    asked.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    asked.into_iter().map(|(_, _, tag)| tag).collect()
}

/// The reader's language: `asked` (a link's `?lang=`, a form's or a draft's choice) if ourvoice
/// or `also` (a survey's translations) has it, else the first of the browser's
/// `Accept-Language` that one has, else English.
pub fn choose(asked: Option<&str>, accept_language: Option<&str>, also: &[&str]) -> String {
    let known = |tag: &str| -> Option<String> {
        let tag = tag.trim().to_ascii_lowercase();
        let primary = tag.split(['-', '_']).next().unwrap_or_default().to_string();
        also.iter()
            .find(|a| a.eq_ignore_ascii_case(&tag))
            .or_else(|| also.iter().find(|a| a.eq_ignore_ascii_case(&primary)))
            .map(|a| a.to_string())
            .or_else(|| supported(&tag).map(String::from))
    };
    asked
        .and_then(known)
        .or_else(|| accepted(accept_language?).into_iter().find_map(known))
        .unwrap_or_else(|| "en".to_string())
}

fn bundle(lang: &str) -> (&'static Bundle, &'static Bundle) {
    let index = LANGUAGES.iter().position(|l| Some(*l) == supported(lang)).unwrap_or(0);
    (&BUNDLES[index], &BUNDLES[0])
}

/// An argument for a message: text or a number (numbers choose plural forms).
pub type Arg<'a> = FluentValue<'a>;

/// The message `id` in `lang` (English where `lang` lacks it) with `args` filled in.
pub fn text(lang: &str, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let (wanted, english) = bundle(lang);
    let (bundle, message) = match wanted.get_message(id) {
        Some(message) => (wanted, message),
        None => match english.get_message(id) {
            Some(message) => (english, message),
            None => {
                tracing::error!(id, "no such interface message");
                return id.to_string();
            }
        },
    };
    let Some(pattern) = message.value() else { return id.to_string() };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    if !errors.is_empty() {
        tracing::error!(id, lang, ?errors, "an interface message could not be filled in");
    }
    out.into_owned()
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, …)`: an interface message as a String.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr) => {
        $crate::locale::text($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::locale::text($lang, $id, &[$((stringify!($name), $crate::locale::Arg::from($value))),+])
    };
}

/// A date as `lang` writes it, such as "1 March 2027" or "1 marca 2027".
pub fn date(lang: &str, day: NaiveDate) -> String {
    let month = text(lang, &format!("month-{}", day.month()), &[]);
    text(lang, "date", &[("day", day.day().into()), ("month", month.into()), ("year", day.year().into())])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message ids of one resource, in order.
    fn ids(source: &str) -> Vec<String> {
        let resource = FluentResource::try_new(source.to_string()).map_err(|(_, e)| e).unwrap();
        resource
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn every_language_parses_and_has_every_english_message_and_no_other() {
        let english = ids(SOURCES[0].1);
        for (tag, source) in &SOURCES[1..] {
            let theirs = ids(source);
            let missing: Vec<_> = english.iter().filter(|id| !theirs.contains(id)).collect();
            let extra: Vec<_> = theirs.iter().filter(|id| !english.contains(id)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "locales/{tag}: missing {missing:?}, unknown {extra:?}");
            // Each message fills in without errors, with every argument it may use.
            for id in &theirs {
                let args: Vec<(&str, Arg<'_>)> =
                    ["count", "number", "total", "minutes", "max", "length", "day", "year", "days"]
                        .into_iter()
                        .map(|n| (n, Arg::from(3)))
                        .chain(
                            ["name", "phone", "emergency", "link", "names", "language", "date", "month", "question"]
                                .map(|n| (n, Arg::from("x"))),
                        )
                        .chain(
                            ["title", "surveys", "good", "best", "answer", "answers", "change", "from", "to"]
                                .map(|n| (n, Arg::from("x"))),
                        )
                        .collect();
                let (bundle, _) = bundle(tag);
                let pattern = bundle.get_message(id).unwrap().value().unwrap();
                let mut errors = Vec::new();
                let mut fluent_args = FluentArgs::new();
                for (name, value) in args {
                    fluent_args.set(name, value);
                }
                bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert!(errors.is_empty(), "locales/{tag} {id}: {errors:?}");
            }
        }
    }

    #[test]
    fn translations_not_checked_by_a_native_speaker_say_so() {
        for (tag, source) in &SOURCES[1..] {
            assert!(
                source.contains("# needs-review:"),
                "locales/{tag}/ourvoice.ftl should say whether it was reviewed"
            );
        }
    }

    #[test]
    fn plural_forms_follow_each_language() {
        let minutes = |lang, n: u32| text(lang, "takes-minutes", &[("minutes", n.into())]);
        assert_eq!(minutes("en", 1), "It takes about 1 minute.");
        assert_eq!(minutes("en", 4), "It takes about 4 minutes.");
        // Polish: 2–4 take one form, 5 another.
        assert_ne!(minutes("pl", 2), minutes("pl", 5).replace('5', "2"));
        // Arabic has separate forms for one, two, a few and many.
        assert_ne!(minutes("ar", 2).replace('2', "3"), minutes("ar", 3));
        assert_ne!(minutes("ar", 3).replace('3', "11"), minutes("ar", 11));
    }

    #[test]
    fn languages_come_from_what_was_asked_then_accept_language_then_english() {
        assert_eq!(supported("pl-PL"), Some("pl"));
        assert_eq!(supported("zh-Hans-CN"), Some("zh"));
        assert_eq!(supported("fr"), None);
        let browser = |header| choose(None, Some(header), &[]);
        assert_eq!(browser("fr-FR, pl;q=0.8, en;q=0.5"), "pl");
        assert_eq!(browser("en;q=0.2, ar;q=0.9"), "ar");
        assert_eq!(browser("ar;q=0, tr"), "tr");
        assert_eq!(browser("fr, de"), "en");
        assert_eq!(browser(""), "en");
        assert_eq!(choose(Some("ar"), Some("pl"), &[]), "ar", "the link's choice first");
        assert_eq!(choose(Some("xx"), Some("pl"), &[]), "pl", "then the browser's");
        // A survey translated into a language ourvoice's interface lacks can still be chosen.
        assert_eq!(choose(Some("fa"), None, &["fa"]), "fa");
        assert_eq!(choose(None, Some("fa-IR, en"), &["fa"]), "fa");
        assert_eq!(choose(Some("fa"), None, &[]), "en");
    }

    #[test]
    fn dates_and_fallback() {
        let day = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        assert_eq!(date("en", day), "1 March 2027");
        assert_eq!(date("pl", day), "1 marca 2027");
        assert_eq!(text("xx", "continue", &[]), "Continue", "an unknown language reads English");
    }
}
