//! Submitting a response, the one way for the journey and the API: the survey must be taking
//! answers, its free text is read by the text pipeline before storage, it is written durably
//! by the group-commit writer, and the designated lead is told soon when an answer puts help
//! first.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::mail::Outbox;
use crate::results::Tally;
use crate::store::responses::{NewResponse, Receipt, SubmitError, Writer};
use crate::store::surveys::StoredSurvey;
use crate::survey::{Answers, Status, Survey};
use crate::text::TextPipeline;

#[derive(Clone)]
pub struct Intake {
    pub writer: Writer,
    pub pipeline: Arc<TextPipeline>,
    pub outbox: Outbox,
}

/// A response on disk: its id, and whether help comes first.
pub struct Taken {
    pub id: String,
    pub help: bool,
}

/// Whether `stored` takes answers on `today`: open, and within its dates.
pub fn accepting(stored: &StoredSurvey, today: NaiveDate) -> bool {
    stored.status == Status::Open && stored.survey.dates_allow(today)
}

/// Where a response comes from, which decides what it carries.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A child's own journey, or a tool's API call: the code, if the survey needs one.
    Online { code_hash: Option<String> },
    /// An answer a kiosk kept while offline, named by the random id the kiosk gave it.
    Kiosk { kiosk: String, receipt: String },
    /// A paper sheet keyed twice: its print batch and the number staff wrote on it.
    Paper { batch: String, sheet: u32 },
}

impl Source {
    /// What names the response wherever it came from, so that sent again it is stored once.
    pub fn receipt(&self) -> Option<Receipt> {
        match self {
            Source::Online { .. } => None,
            Source::Kiosk { kiosk, receipt } => {
                Some(Receipt { id: format!("kiosk:{kiosk}:{receipt}"), kiosk: Some(kiosk.clone()) })
            }
            Source::Paper { batch, sheet } => Some(Receipt { id: format!("paper:{batch}:{sheet}"), kiosk: None }),
        }
    }

    /// What the designated lead needs to know besides why an answer was flagged: where to find
    /// a paper sheet before it is shredded, or that a kiosk could not show help for what was
    /// written.
    fn noted(&self) -> Option<String> {
        match self {
            Source::Online { .. } => None,
            Source::Kiosk { .. } => Some("from a kiosk".into()),
            Source::Paper { batch, sheet } => Some(format!("from paper, batch {batch}, sheet {sheet}")),
        }
    }
}

/// A checked response, its free text read by the pipeline (redacted, coded, scanned for words
/// of concern) as it must be before storage, with what it adds to the totals and its answers
/// that put help first.
pub fn read_response(
    pipeline: &TextPipeline,
    survey_id: &str,
    survey: &Survey,
    language: String,
    mut answers: Answers,
    source: Source,
) -> NewResponse {
    let readings = pipeline.read_answers(survey, &mut answers);
    let codings: Vec<_> = readings.iter().map(|r| (r.question.as_str(), r.priority, r.themes.as_slice())).collect();
    let tally = Tally::of(survey, &answers, &codings);
    let mut concerns: Vec<(String, String)> =
        readings.iter().filter(|r| r.concern).map(|r| (r.question.clone(), r.why.join("; "))).collect();
    concerns.extend(worrying_choices(survey, &answers));
    if let Some(noted) = source.noted() {
        concerns.iter_mut().for_each(|(_, why)| *why = format!("{why} ({noted})"));
    }
    let receipt = source.receipt();
    let code_hash = match source {
        Source::Online { code_hash } => code_hash,
        _ => None,
    };
    NewResponse { survey_id: survey_id.to_string(), language, answers, code_hash, receipt, readings, concerns, tally }
}

/// The answers to fixed-answer questions that the survey marks as putting help first, each
/// with why, in words for the designated lead: (question id, reason).
fn worrying_choices(survey: &Survey, answers: &Answers) -> Vec<(String, String)> {
    let local = survey.localized("en");
    survey
        .questions
        .iter()
        .filter_map(|q| {
            let worrying = q.worrying(answers.get(&q.id)?);
            let labels = local.choices(q);
            let words: Vec<String> = worrying
                .iter()
                .map(|v| labels.iter().find(|(value, _)| value == *v).map_or((*v).clone(), |(_, label)| label.clone()))
                .map(|label| format!("\u{201c}{label}\u{201d}"))
                .collect();
            (!words.is_empty()).then(|| (q.id.clone(), format!("a worrying answer: {}", words.join(", "))))
        })
        .collect()
}

impl Intake {
    /// Reads, stores and (when help comes first) tells the lead about one checked response.
    pub async fn take(
        &self,
        stored: &StoredSurvey,
        language: String,
        answers: Answers,
        source: Source,
    ) -> Result<Taken, SubmitError> {
        if !accepting(stored, chrono::Utc::now().date_naive()) {
            return Err(SubmitError::NotOpen);
        }
        let response = read_response(&self.pipeline, &stored.id, &stored.survey, language, answers, source);
        let help = response.needs_help();
        let id = self.writer.submit(response).await?;
        if help {
            // The concerns list has something new: the lead's notice goes with the next delivery.
            self.outbox.send_soon();
        }
        Ok(Taken { id, help })
    }
}
