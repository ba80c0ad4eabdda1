//! A survey as read in one language: the translation where there is one, English otherwise.
//! Answers are always the English option, whatever language the child reads. Default answer
//! words (the scale's, yes and no) come from the interface text in the same language.

use super::model::{Kind, Question, Survey, YES_NO, default_scale_labels};
use crate::locale;

#[derive(Clone, Copy)]
pub struct Localized<'a> {
    pub survey: &'a Survey,
    pub lang: &'a str,
}

/// Languages a survey may be translated into: tag, name in that language, name in English.
pub const LANGUAGES: &[(&str, &str, &str)] = &[
    ("en", "English", "English"),
    ("pl", "Polski", "Polish"),
    ("ar", "العربية", "Arabic"),
    ("bn", "বাংলা", "Bengali"),
    ("zh", "中文", "Chinese"),
    ("lt", "Lietuvių", "Lithuanian"),
    ("pt", "Português", "Portuguese"),
    ("tr", "Türkçe", "Turkish"),
    ("ur", "اردو", "Urdu"),
    ("fa", "فارسی", "Persian"),
    ("ro", "Română", "Romanian"),
    ("uk", "Українська", "Ukrainian"),
    ("so", "Soomaali", "Somali"),
    ("ti", "ትግርኛ", "Tigrinya"),
    ("ku", "Kurdî", "Kurdish"),
    ("ps", "پښتو", "Pashto"),
    ("sq", "Shqip", "Albanian"),
    ("es", "Español", "Spanish"),
    ("fr", "Français", "French"),
    ("cy", "Cymraeg", "Welsh"),
];

/// The name of a language in that language, for language links; the tag when unknown.
pub fn language_name(tag: &str) -> &str {
    let primary = tag.split('-').next().unwrap_or(tag);
    LANGUAGES.iter().find(|(t, ..)| *t == primary).map_or(tag, |(_, name, _)| name)
}

/// The `dir` of text in `lang`: "rtl" where it runs right to left, else "ltr".
pub fn direction(lang: &str) -> &'static str {
    if matches!(lang.split('-').next(), Some("ar" | "fa" | "ur" | "he" | "ps")) { "rtl" } else { "ltr" }
}

impl Survey {
    /// The languages a child may choose: English first, then the survey's translations.
    pub fn offered_languages(&self) -> Vec<&str> {
        let mut out = vec!["en"];
        out.extend(self.translations.keys().map(String::as_str));
        out
    }

    /// The survey in `lang` if it has that translation, else in English.
    pub fn localized<'a>(&'a self, lang: &'a str) -> Localized<'a> {
        let lang = if self.translations.contains_key(lang) { lang } else { "en" };
        Localized { survey: self, lang }
    }
}

/// A part of a survey shown to a reader, which a translation may or may not have words for.
#[derive(Clone, Copy)]
pub enum Part<'q> {
    Title,
    Intro,
    Thanks,
    Text(&'q Question),
    Hint(&'q Question),
    /// The answers it offers.
    Choices(&'q Question),
}

impl<'a> Localized<'a> {
    fn translation(&self) -> Option<&'a super::model::Translation> {
        self.survey.translations.get(self.lang)
    }

    fn question_translation(&self, q: &Question) -> Option<&'a super::model::QuestionTranslation> {
        self.translation().and_then(|t| t.questions.get(&q.id))
    }

    /// This survey's language when it is not `reader`'s (a child reading their own interface
    /// over questions in English); None when they match.
    pub fn other_than(&self, reader: &str) -> Option<&'a str> {
        (self.lang != reader).then_some(self.lang)
    }

    /// The language `part` is shown in (the translation's where it has those words, else
    /// English) when that is not `reader`'s, to mark those words with (`lang`, and `dir` from
    /// [`direction`]); None when they match.
    pub fn mark(&self, reader: &str, part: Part<'_>) -> Option<&'a str> {
        let t = self.translation();
        let q = |q: &Question| self.question_translation(q);
        let translated = match part {
            Part::Title => t.is_some_and(|t| t.title.is_some()),
            Part::Intro => t.is_some_and(|t| t.intro.is_some()),
            Part::Thanks => t.is_some_and(|t| t.thanks.is_some()) || self.survey.thanks.is_none(),
            Part::Text(question) => q(question).is_some_and(|t| t.text.is_some()),
            Part::Hint(question) => q(question).is_some_and(|t| t.hint.is_some()),
            Part::Choices(question) => match question.kind {
                Kind::Choice | Kind::Multi => q(question).is_some_and(|t| t.options.is_some()),
                Kind::Scale => q(question).is_some_and(|t| t.labels.is_some()) || question.labels.is_none(),
                Kind::YesNo | Kind::Text => true,
            },
        };
        let shown = if translated || self.lang == "en" { self.lang } else { "en" };
        (shown != reader).then_some(shown)
    }

    pub fn title(&self) -> &'a str {
        self.translation().and_then(|t| t.title.as_ref()).unwrap_or(&self.survey.title)
    }

    pub fn intro(&self) -> Vec<String> {
        super::model::paragraphs(self.translation().and_then(|t| t.intro.as_ref()).unwrap_or(&self.survey.intro))
    }

    pub fn thanks(&self) -> Option<Vec<String>> {
        let text = match self.translation() {
            Some(t) => t.thanks.as_ref().or(self.survey.thanks.as_ref()),
            None => self.survey.thanks.as_ref(),
        };
        text.map(|t| super::model::paragraphs(t))
    }

    pub fn text(&self, q: &'a Question) -> &'a str {
        self.question_translation(q).and_then(|t| t.text.as_deref()).unwrap_or(&q.text)
    }

    pub fn hint(&self, q: &'a Question) -> Option<&'a str> {
        self.question_translation(q).and_then(|t| t.hint.as_deref()).or(q.hint.as_deref())
    }

    /// (stored value, label shown) for each answer a question offers; empty for text.
    pub fn choices(&self, q: &'a Question) -> Vec<(String, String)> {
        let translated = self.question_translation(q);
        match q.kind {
            Kind::Choice | Kind::Multi => {
                let labels = translated.and_then(|t| t.options.as_ref()).unwrap_or(&q.options);
                q.options.iter().cloned().zip(labels.iter().cloned()).collect()
            }
            Kind::Scale => {
                let labels = translated
                    .and_then(|t| t.labels.clone())
                    .or_else(|| q.labels.clone())
                    .unwrap_or_else(|| default_scale_labels(self.lang));
                (1..=5).map(|n| n.to_string()).zip(labels).collect()
            }
            Kind::YesNo => YES_NO
                .iter()
                .zip(["answer-yes", "answer-no", "answer-not-sure"])
                .map(|(value, id)| (value.to_string(), locale::text(self.lang, id, &[])))
                .collect(),
            Kind::Text => Vec::new(),
        }
    }
}
