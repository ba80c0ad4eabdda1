//! The submission API, for kiosks at events, offline collection and partners' tools. Same
//! checks and the same storage as the pages.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError, post, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::WebError;
use super::codes::{CodeCheck, check_code};
use super::limits::Limits;
use crate::store::Store;
use crate::store::responses::SubmitError;
use crate::survey::{Access, AnswerError, Answers, Status, Survey, check_answers};
use crate::usecase::{Intake, Source, Taken, accepting};

/// The largest request body taken.
pub const MAX_BODY: usize = 64 * 1024;

#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    errors: Vec<AnswerError>,
}

impl ApiError {
    pub(super) fn new(status: StatusCode, message: impl Into<String>) -> ApiError {
        ApiError { status, errors: vec![AnswerError { question: String::new(), message: message.into() }] }
    }
}

impl std::fmt::Display for ApiError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.status, self.errors)
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        self.status
    }

    fn error_response(&self) -> HttpResponse {
        let errors: Vec<Value> = self
            .errors
            .iter()
            .map(|e| {
                let question = if e.question.is_empty() { Value::Null } else { Value::String(e.question.clone()) };
                json!({ "question": question, "message": e.message })
            })
            .collect();
        HttpResponse::build(self.status).json(json!({ "errors": errors }))
    }
}

impl From<WebError> for ApiError {
    fn from(e: WebError) -> ApiError {
        match e {
            WebError::NotFound => ApiError::new(StatusCode::NOT_FOUND, "There is no survey with that name."),
            WebError::TooManyTries => ApiError::new(
                StatusCode::TOO_MANY_REQUESTS,
                "Too many wrong codes from this client. Wait 15 minutes before trying again.",
            ),
            other => {
                tracing::error!(error = %other, "submission failed");
                ApiError::new(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "The answers could not be stored just now. Nothing was saved; please send them again.",
                )
            }
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Submission {
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    code: Option<String>,
    answers: serde_json::Map<String, Value>,
}

/// One JSON answer as the values stored: scale 1–5, an option's English text, a list for
/// multi, text as it is; `null` skips.
fn values(id: &str, value: &Value) -> Result<Vec<String>, AnswerError> {
    let bad = |what: &str| AnswerError {
        question: id.to_string(),
        message: format!(
            "The answer is {what}; send a number 1–5 for a scale, text for choice, yes_no and text questions, or a list of options for multi."
        ),
    };
    match value {
        Value::Null => Ok(Vec::new()),
        Value::String(s) => Ok(vec![s.clone()]),
        Value::Number(n) => {
            n.as_u64().map(|n| vec![n.to_string()]).ok_or_else(|| bad("a number that is not a whole number"))
        }
        Value::Array(items) => items
            .iter()
            .map(|item| {
                item.as_str().map(String::from).ok_or_else(|| bad("a list with something other than text in it"))
            })
            .collect(),
        Value::Bool(_) => Err(bad("true or false")),
        Value::Object(_) => Err(bad("an object")),
    }
}

/// How the submission body is read: JSON only, at most [`MAX_BODY`] bytes, each way it can be
/// wrong said in words.
pub fn json_config() -> web::JsonConfig {
    web::JsonConfig::default().limit(MAX_BODY).content_type_required(true).error_handler(|error, _| {
        use actix_web::error::JsonPayloadError;
        let (status, message) = match &error {
            JsonPayloadError::ContentType => (
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "Send the answers as JSON, with Content-Type: application/json.".to_string(),
            ),
            JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
                (StatusCode::PAYLOAD_TOO_LARGE, format!("The request body is larger than {} KiB.", MAX_BODY / 1024))
            }
            JsonPayloadError::Deserialize(e) => (
                StatusCode::BAD_REQUEST,
                format!("The body is not the JSON expected: {e}. Send {{\"language\": \"en\", \"answers\": {{…}}}}."),
            ),
            other => (StatusCode::BAD_REQUEST, format!("The request body could not be read: {other}.")),
        };
        ApiError::new(status, message).into()
    })
}

/// `POST /api/v1/surveys/{slug}/responses`: 201 `{"id", "help"}` once stored durably.
#[post("/api/v1/surveys/{slug}/responses")]
pub async fn submit(
    req: HttpRequest,
    store: web::Data<Store>,
    intake: web::Data<Intake>,
    limits: web::Data<Limits>,
    slug: web::Path<String>,
    submission: web::Json<Submission>,
) -> Result<HttpResponse, ApiError> {
    let submission = submission.into_inner();
    let slug = slug.into_inner();
    let stored = store.survey(&slug).await.map_err(WebError::from)?;
    let stored = stored.filter(|s| matches!(s.status, Status::Open | Status::Closed)).ok_or(WebError::NotFound)?;
    let survey = &stored.survey;
    if !accepting(&stored, chrono::Utc::now().date_naive()) {
        return Err(not_open());
    }
    let language = submission.language.unwrap_or_else(|| "en".into());
    if !survey.offered_languages().contains(&language.as_str()) {
        let offered = survey.offered_languages().join(", ");
        return Err(ApiError::new(
            StatusCode::BAD_REQUEST,
            format!("This survey has no \"{language}\" version. Use one of: {offered}."),
        ));
    }

    let answers = checked_answers(survey, &submission.answers)?;

    let code_hash = if survey.access == Access::Codes {
        let forbidden = |m: &str| Err(ApiError::new(StatusCode::FORBIDDEN, m));
        match check_code(&req, &store, &limits, &stored.id, submission.code.as_deref()).await? {
            CodeCheck::Valid(hash) => Some(hash),
            CodeCheck::Missing | CodeCheck::Malformed => {
                return forbidden("This survey needs a single-use code, like K7QX-M3PA, in \"code\".");
            }
            CodeCheck::Unknown => {
                return forbidden("That code is not one of this survey's, or it has already been used.");
            }
        }
    } else {
        None
    };

    match intake.take(&stored, language, answers, Source::Online { code_hash }).await {
        // The same length whether help comes first or not (`true` is padded to the length
        // of `false`), so nothing on the wire tells them apart.
        Ok(Taken { id, help }) => Ok(HttpResponse::Created().content_type("application/json").body(format!(
            "{{\"id\":{},\"help\":{}}}",
            json!(id),
            if help { "true " } else { "false" }
        ))),
        Err(SubmitError::CodeUsed) => Err(ApiError::new(StatusCode::FORBIDDEN, "That code has already been used.")),
        Err(SubmitError::NotOpen) => Err(not_open()),
        Err(e) => Err(WebError::Submit(e).into()),
    }
}

/// The answers sent as JSON, checked as the pages check them: each mistake said for its
/// question, and at least one answer (an empty response tells nothing, and must never count
/// towards the threshold).
pub(super) fn checked_answers(survey: &Survey, sent: &serde_json::Map<String, Value>) -> Result<Answers, ApiError> {
    let mut given = Answers::new();
    let mut errors = Vec::new();
    for (id, value) in sent {
        match values(id, value) {
            Ok(v) => {
                given.insert(id.clone(), v);
            }
            Err(e) => errors.push(e),
        }
    }
    let answers = match check_answers(survey, &given) {
        Ok(answers) if errors.is_empty() => answers,
        Ok(_) => return Err(ApiError { status: StatusCode::BAD_REQUEST, errors }),
        Err(more) => {
            errors.extend(more);
            errors.sort_by(|a, b| a.question.cmp(&b.question));
            return Err(ApiError { status: StatusCode::BAD_REQUEST, errors });
        }
    };
    if answers.is_empty() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "No question was answered. Send at least one answer; skip the others with null or leave them out.",
        ));
    }
    Ok(answers)
}

fn not_open() -> ApiError {
    ApiError::new(StatusCode::CONFLICT, "This survey is not open for answers.")
}
