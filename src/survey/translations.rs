//! The `[translations.<tag>]` tables of a survey file: each language's title, intro, thanks
//! and questions, checked against the English questions they translate. A translation may be
//! partial while translators work: English is shown for what it lacks, and each gap is listed
//! (a warning, never a refusal).

use std::collections::BTreeMap;

use toml::Spanned;
use toml::de::DeValue;

use super::fields::{Fields, KeyHelp};
use super::model::*;
use super::parse::{read_labels, unspan};

const TRANSLATION_KEYS: KeyHelp = &[
    ("title", "the translated title, at most 120 characters"),
    ("intro", "the translated intro"),
    ("thanks", "the translated thank-you text"),
    ("questions", "a table per question, e.g. [translations.pl.questions.feel-safe]"),
];

const QUESTION_TRANSLATION_KEYS: KeyHelp = &[
    ("text", "the translated question, at most 300 characters"),
    ("hint", "the translated hint, at most 300 characters"),
    ("options", "the translated options, the same number and order as the English ones"),
    ("labels", "5 translated scale labels, worst first"),
];

pub(super) fn read_translations(
    f: &mut Fields<'_, '_>,
    languages: &[String],
    questions: &[Question],
) -> Option<BTreeMap<String, Translation>> {
    let tables = if f.has("translations") { Some(f.table("translations")?) } else { None };
    let mut out = BTreeMap::new();
    let mut good = true;
    let Some((tables, _)) = tables else {
        return good.then_some(out);
    };
    for (tag, value) in tables.iter() {
        let tag_text = tag.get_ref().to_string();
        if !languages.contains(&tag_text) || tag_text == "en" {
            let message = format!(
                "there is a translation \"{tag_text}\" but \"languages\" does not list it — add \"{tag_text}\" to \"languages\" or remove the translation"
            );
            f.problem(tag.span(), message);
            good = false;
            continue;
        }
        let DeValue::Table(table) = value.get_ref() else {
            f.problem(value.span(), format!("translation \"{tag_text}\" should be a table, [translations.{tag_text}]"));
            good = false;
            continue;
        };
        let before = f.problem_count();
        let context = format!("translation \"{tag_text}\": ");
        let translation = read_translation(&mut f.child(table, tag.span(), &context, TRANSLATION_KEYS), questions);
        good &= f.problem_count() == before;
        if let Some(translation) = translation {
            out.insert(tag_text, translation);
        }
    }
    good.then_some(out)
}

fn read_translation(t: &mut Fields<'_, '_>, questions: &[Question]) -> Option<Translation> {
    let title = t.string("title", false, Some(120));
    let intro = t.string("intro", false, None);
    let thanks = t.string("thanks", false, None);
    let tables = if t.has("questions") { t.table("questions") } else { None };
    let mut out = BTreeMap::new();
    if let Some((tables, _)) = tables {
        for (id, value) in tables.iter() {
            let id_text = id.get_ref().to_string();
            let Some(question) = questions.iter().find(|q| q.id == id_text) else {
                t.problem(id.span(), format!("there is no question \"{id_text}\" to translate"));
                continue;
            };
            let DeValue::Table(table) = value.get_ref() else {
                t.problem(value.span(), format!("the translation of question \"{id_text}\" should be a table"));
                continue;
            };
            let context = format!("question \"{id_text}\": ");
            let translated = read_question_translation(
                &mut t.child(table, id.span(), &context, QUESTION_TRANSLATION_KEYS),
                question,
            );
            if let Some(translated) = translated {
                out.insert(id_text, translated);
            }
        }
    }
    Some(Translation {
        title: title.map(Spanned::into_inner),
        intro: intro.map(Spanned::into_inner),
        thanks: thanks.map(Spanned::into_inner),
        questions: out,
    })
}

fn read_question_translation(q: &mut Fields<'_, '_>, question: &Question) -> Option<QuestionTranslation> {
    let text = q.string("text", false, Some(300));
    let hint = q.string("hint", false, Some(300));
    let options = if question.options.is_empty() {
        q.forbid("options", "the English question has no options");
        None
    } else if !q.has("options") {
        None
    } else {
        let options = q.strings("options", Some(300))?;
        let (got, want) = (options.get_ref().len(), question.options.len());
        if got != want {
            let message = format!(
                "\"options\" has {got} entries but the English question has {want} — give them in the same order"
            );
            q.problem(options.span(), message);
            return None;
        }
        Some(unspan(options))
    };
    let labels = if question.kind == Kind::Scale {
        read_labels(q, "labels")?
    } else {
        q.forbid("labels", "only \"scale\" questions have labels");
        None
    };
    Some(QuestionTranslation {
        text: text.map(Spanned::into_inner),
        hint: hint.map(Spanned::into_inner),
        options,
        labels,
    })
}

/// Words a translation does not have yet, shown in English until it does.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslated {
    pub lang: String,
    /// The field in the survey file, as the designer names it: `translations.pl.questions.feel-safe.text`.
    pub path: String,
    /// What is missing, in words: "the introduction", "question 2's answers".
    pub what: String,
}

impl Survey {
    /// Every word a listed language has no translation for, language by language.
    pub fn untranslated(&self) -> Vec<Untranslated> {
        let mut out = Vec::new();
        let none = Translation::default();
        for lang in self.languages.iter().filter(|l| *l != "en") {
            let t = self.translations.get(lang).unwrap_or(&none);
            let mut gap = |path: String, missing: bool, what: String| {
                if missing {
                    out.push(Untranslated { lang: lang.clone(), path: format!("translations.{lang}.{path}"), what });
                }
            };
            gap("title".into(), t.title.is_none(), "the title".into());
            gap("intro".into(), t.intro.is_none(), "the introduction".into());
            gap("thanks".into(), self.thanks.is_some() && t.thanks.is_none(), "the thank-you words".into());
            for (n, q) in self.questions.iter().enumerate() {
                let qt = t.questions.get(&q.id).cloned().unwrap_or_default();
                let at = |key: &str| format!("questions.{}.{key}", q.id);
                let n = n + 1;
                gap(at("text"), qt.text.is_none(), format!("question {n}"));
                gap(at("hint"), q.hint.is_some() && qt.hint.is_none(), format!("question {n}'s hint"));
                gap(at("options"), !q.options.is_empty() && qt.options.is_none(), format!("question {n}'s answers"));
                gap(
                    at("labels"),
                    q.labels.is_some() && qt.labels.is_none(),
                    format!("question {n}'s words for the faces"),
                );
            }
        }
        out
    }
}
