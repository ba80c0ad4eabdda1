//! The one way a response comes in, from the journey or the API: its free text read by the
//! text pipeline before storage, written durably by the group-commit writer, and the
//! designated lead told soon when an answer puts help first.

use actix_web::web;

use crate::mail::Outbox;
use crate::store::responses::{NewResponse, SubmitError, Writer};
use crate::survey::{Answers, Survey};
use crate::text::TextPipeline;

#[derive(Clone)]
pub struct Intake {
    pub writer: Writer,
    pub pipeline: web::Data<TextPipeline>,
    pub outbox: Outbox,
}

/// A response on disk: its id, and whether help comes first.
pub struct Taken {
    pub id: String,
    pub help: bool,
}

impl Intake {
    /// Reads, stores and (when help comes first) tells the lead about one checked response.
    pub async fn take(
        &self,
        survey_id: &str,
        survey: &Survey,
        language: String,
        answers: Answers,
        code_hash: Option<String>,
    ) -> Result<Taken, SubmitError> {
        let response = NewResponse::read(&self.pipeline, survey_id, survey, language, answers, code_hash);
        let help = response.needs_help();
        let id = self.writer.submit(response).await?;
        if help {
            // The concerns list has something new: the lead's notice goes with the next delivery.
            self.outbox.send_soon();
        }
        Ok(Taken { id, help })
    }
}
