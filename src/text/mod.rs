//! What children write: one pipeline that turns an answer into its redacted text, whether it
//! holds words of concern, and its themes. Used by the pages, the API and `ourvoice scan`.

mod concern;
mod languages;
mod lexicons;
mod pointers;
mod recurring;
mod redact;
mod themes;
mod words;

use std::io::{BufRead, Write};
use std::path::Path;
use std::sync::{Arc, OnceLock};

use rust_stemmers::{Algorithm, Stemmer};
use serde::Serialize;

use crate::survey::{Answers, Kind, Priority, Survey};
pub use lexicons::Lexicons;
pub use recurring::recurring_words;

pub struct TextPipeline {
    stemmer: Stemmer,
    redactor: redact::Redactor,
    concern: concern::ConcernLexicon,
    themes: themes::ThemeLexicon,
}

/// One answer, read.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    /// The answer with names, phone numbers, emails, addresses and postcodes replaced.
    pub text: String,
    /// Whether the answer (before redaction) holds words of concern.
    pub concern: bool,
    /// Why: for each phrase of concern found, its category, the phrase and its language's
    /// list ("self-harm and suicide: “never wake up” (en)"). Never the child's own words.
    pub why: Vec<String>,
    pub priority: Option<Priority>,
    pub themes: Vec<String>,
}

/// What the pipeline made of one free-text answer in a response.
#[derive(Debug, Clone, PartialEq)]
pub struct TextReading {
    pub question: String,
    pub priority: Option<Priority>,
    pub themes: Vec<String>,
    pub concern: bool,
    pub why: Vec<String>,
}

impl TextPipeline {
    pub fn new(lexicons: &Lexicons) -> anyhow::Result<TextPipeline> {
        let stemmer = Stemmer::create(Algorithm::English);
        let stem = |word: &str| stemmer.stem(&word.to_lowercase()).into_owned();
        Ok(TextPipeline {
            redactor: redact::Redactor::new(lexicons),
            concern: concern::ConcernLexicon::new(&lexicons.concern),
            themes: themes::ThemeLexicon::new(&lexicons.themes, &stem)?,
            stemmer,
        })
    }

    /// The themes answers can be coded to, by priority.
    pub fn theme_names(&self) -> Vec<(Priority, String)> {
        self.themes.names()
    }

    /// The pipeline with the lists built into this binary: built once per process (its
    /// patterns take a while to compile) and shared, since nothing changes it.
    pub fn embedded() -> Arc<TextPipeline> {
        static EMBEDDED: OnceLock<Arc<TextPipeline>> = OnceLock::new();
        let build = || Arc::new(TextPipeline::new(&Lexicons::embedded()).expect("the embedded word lists are valid"));
        EMBEDDED.get_or_init(build).clone()
    }

    /// The pipeline with the lists in `dir` (for trying edited lists).
    pub fn from_dir(dir: &Path) -> anyhow::Result<TextPipeline> {
        TextPipeline::new(&Lexicons::from_dir(dir)?)
    }

    /// Reads one answer. `question_priority` settles ties and stands when no theme matches.
    pub fn analyse(&self, text: &str, question_priority: Option<Priority>) -> Analysis {
        // Control characters (a pasted escape, a stray bell) are dropped; lines and tabs stay.
        let control = |c: char| c.is_control() && !matches!(c, '\n' | '\t' | '\r');
        let cleaned;
        let text = if text.contains(control) {
            cleaned = text.replace(control, "");
            cleaned.as_str()
        } else {
            text
        };
        let coding = self.themes.code(&words::stems(text, &self.stemmer), question_priority);
        let why: Vec<String> = self.concern.reasons(text).iter().map(ToString::to_string).collect();
        Analysis {
            concern: !why.is_empty(),
            why,
            text: self.redactor.redact(text),
            priority: coding.priority,
            themes: coding.themes,
        }
    }

    /// `ourvoice scan`: reads each line of `input` as one answer and writes its [`Analysis`]
    /// as one line of JSON, in order. Lines are read in batches shared among the machine's
    /// cores, so a large file takes a fraction of the time.
    pub fn scan(&self, input: impl BufRead, mut output: impl Write) -> anyhow::Result<()> {
        const BATCH: usize = 16_384;
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
        let mut lines = input.lines();
        loop {
            let batch = lines.by_ref().take(BATCH).collect::<Result<Vec<String>, _>>()?;
            if batch.is_empty() {
                return Ok(output.flush()?);
            }
            let share = batch.len().div_ceil(workers);
            let written = std::thread::scope(|scope| {
                let parts: Vec<_> = batch
                    .chunks(share)
                    .map(|part| {
                        scope.spawn(move || {
                            let mut json = Vec::new();
                            for line in part {
                                serde_json::to_writer(&mut json, &self.analyse(line, None))?;
                                json.push(b'\n');
                            }
                            Ok::<_, serde_json::Error>(json)
                        })
                    })
                    .collect();
                parts
                    .into_iter()
                    .map(|part| part.join().expect("a scan worker panicked"))
                    .collect::<Result<Vec<_>, _>>()
            })?;
            for json in written {
                output.write_all(&json)?;
            }
        }
    }

    /// Reads every free-text answer of a response: replaces it with its redacted text (the
    /// only form ever stored) and returns what each said.
    pub fn read_answers(&self, survey: &Survey, answers: &mut Answers) -> Vec<TextReading> {
        let mut readings = Vec::new();
        for question in survey.questions.iter().filter(|q| q.kind == Kind::Text) {
            let Some(values) = answers.get_mut(&question.id) else {
                continue;
            };
            for value in values.iter_mut() {
                let analysis = self.analyse(value, question.priority);
                *value = analysis.text;
                readings.push(TextReading {
                    question: question.id.clone(),
                    priority: analysis.priority,
                    themes: analysis.themes,
                    concern: analysis.concern,
                    why: analysis.why,
                });
            }
        }
        readings
    }
}
