//! Submitting a response, the one way for the journey and the API: the survey must be taking
//! answers, its free text is read by the text pipeline before storage, it is written durably
//! by the group-commit writer, and the designated lead is told soon when an answer puts help
//! first.

use std::sync::Arc;

use chrono::NaiveDate;

use crate::mail::Outbox;
use crate::store::responses::{NewResponse, SubmitError, Writer};
use crate::store::surveys::StoredSurvey;
use crate::survey::{Answers, Status};
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

impl Intake {
    /// Reads, stores and (when help comes first) tells the lead about one checked response.
    pub async fn take(
        &self,
        stored: &StoredSurvey,
        language: String,
        answers: Answers,
        code_hash: Option<String>,
    ) -> Result<Taken, SubmitError> {
        if !accepting(stored, chrono::Utc::now().date_naive()) {
            return Err(SubmitError::NotOpen);
        }
        let response = NewResponse::read(&self.pipeline, &stored.id, &stored.survey, language, answers, code_hash);
        let help = response.needs_help();
        let id = self.writer.submit(response).await?;
        if help {
            // The concerns list has something new: the lead's notice goes with the next delivery.
            self.outbox.send_soon();
        }
        Ok(Taken { id, help })
    }
}
