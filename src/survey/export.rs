//! Writing a survey back as a file in the same format it was read from.

use std::collections::BTreeMap;

use serde::Serialize;

use super::model::*;

#[derive(Serialize)]
struct FileSurvey<'a> {
    slug: &'a str,
    title: &'a str,
    audience: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    summary: Option<&'a str>,
    intro: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    thanks: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    designed_by: &'a [String],
    access: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    opens: Option<toml::value::Datetime>,
    #[serde(skip_serializing_if = "Option::is_none")]
    closes: Option<toml::value::Datetime>,
    report_threshold: u32,
    languages: &'a [String],
    questions: Vec<FileQuestion<'a>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    translations: BTreeMap<&'a str, FileTranslation<'a>>,
}

#[derive(Serialize)]
struct FileQuestion<'a> {
    id: &'a str,
    kind: &'static str,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    about_you: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    priority: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    outcome: Option<&'static str>,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<&'a str>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    options: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    labels: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    max_chars: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    show_if: Option<&'a ShowIf>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    help_if: &'a [String],
}

#[derive(Serialize)]
struct FileTranslation<'a> {
    title: &'a str,
    intro: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    thanks: Option<&'a str>,
    questions: BTreeMap<&'a str, FileQuestionTranslation<'a>>,
}

#[derive(Serialize)]
struct FileQuestionTranslation<'a> {
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    hint: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    options: Option<&'a [String]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    labels: Option<&'a [String]>,
}

fn toml_date(date: chrono::NaiveDate) -> toml::value::Datetime {
    use chrono::Datelike;
    toml::value::Datetime {
        date: Some(toml::value::Date { year: date.year() as u16, month: date.month() as u8, day: date.day() as u8 }),
        time: None,
        offset: None,
    }
}

/// The survey as a survey file that `parse_survey` reads back to the same survey.
pub fn to_toml(survey: &Survey) -> String {
    let file = FileSurvey {
        slug: &survey.slug,
        title: &survey.title,
        audience: survey.audience.as_str(),
        summary: survey.summary.as_deref(),
        intro: &survey.intro,
        thanks: survey.thanks.as_deref(),
        designed_by: &survey.designed_by,
        access: survey.access.as_str(),
        opens: survey.opens.map(toml_date),
        closes: survey.closes.map(toml_date),
        report_threshold: survey.report_threshold,
        languages: &survey.languages,
        questions: survey
            .questions
            .iter()
            .map(|q| FileQuestion {
                id: &q.id,
                kind: q.kind.as_str(),
                about_you: q.about_you,
                priority: q.priority.map(Priority::as_str),
                outcome: q.outcome.map(Outcome::as_str),
                text: &q.text,
                hint: q.hint.as_deref(),
                options: &q.options,
                labels: q.labels.as_deref(),
                max_chars: q.max_chars,
                show_if: q.show_if.as_ref(),
                help_if: &q.help_if,
            })
            .collect(),
        translations: survey
            .translations
            .iter()
            .map(|(tag, t)| {
                let questions = t
                    .questions
                    .iter()
                    .map(|(id, q)| {
                        let translated = FileQuestionTranslation {
                            text: &q.text,
                            hint: q.hint.as_deref(),
                            options: q.options.as_deref(),
                            labels: q.labels.as_deref(),
                        };
                        (id.as_str(), translated)
                    })
                    .collect();
                let translation =
                    FileTranslation { title: &t.title, intro: &t.intro, thanks: t.thanks.as_deref(), questions };
                (tag.as_str(), translation)
            })
            .collect(),
    };
    toml::to_string_pretty(&file).expect("a survey always serialises to TOML")
}
