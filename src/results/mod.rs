//! A survey's results as they may be shown: counts per answer, breakdowns by each about-you
//! question, the share answering well, summaries per priority and outcome, and themes, every
//! figure through [`suppress`]. Built from running totals; no HTTP and no SQL here.

pub mod suppress;

use std::collections::HashMap;

use serde::Serialize;

use crate::survey::{Answers, Keyword, Kind, Outcome, Priority, Question, Survey};

/// One running total, as stored: '' in `by_question` and `by_value` for everyone; in `value`
/// for the responses that answered `question` at all; in both `question` and `value` for the
/// survey's responses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    pub by_question: String,
    pub by_value: String,
    pub question: String,
    pub value: String,
    pub n: u64,
}

/// Free-text answers with one priority and theme ('' where there is none).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ThemeTotal {
    pub priority: String,
    pub theme: String,
    pub n: u64,
}

/// What one response adds to the running totals: the same rows the SQL in `store::counts`
/// adds for it, worked out from the response in hand so the writer need not read them back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Tally {
    /// (by_question, by_value, question, value), as in [`Count`].
    pub counts: Vec<(String, String, String, String)>,
    /// (priority, theme) of each free-text answer, '' where there is none.
    pub themes: Vec<(String, String)>,
}

impl Tally {
    /// `codings` gives each free-text answer's priority and themes, by question id.
    pub fn of(survey: &Survey, answers: &Answers, codings: &[(&str, Option<Priority>, &[String])]) -> Tally {
        let mut counts = vec![(String::new(), String::new(), String::new(), String::new())];
        let everyone = (String::new(), String::new());
        let groups: Vec<(String, String)> = answers
            .iter()
            .filter(|(id, _)| survey.question(id).is_some_and(|q| q.about_you))
            .flat_map(|(id, values)| values.iter().map(|v| (id.clone(), v.clone())))
            .collect();
        for (by, group) in std::iter::once(&everyone).chain(&groups) {
            for (id, values) in answers.iter().filter(|(_, values)| !values.is_empty()) {
                let Some(q) = survey.question(id) else { continue };
                counts.push((by.clone(), group.clone(), id.clone(), String::new()));
                if q.kind != Kind::Text {
                    counts.extend(values.iter().map(|v| (by.clone(), group.clone(), id.clone(), v.clone())));
                }
            }
        }
        let mut themes = Vec::new();
        for (id, priority, coded) in codings {
            if answers.get(*id).is_some_and(|v| !v.is_empty()) {
                let priority = priority.map_or(String::new(), |p| p.as_str().to_string());
                match coded {
                    [] => themes.push((priority, String::new())),
                    coded => themes.extend(coded.iter().map(|t| (priority.clone(), t.clone()))),
                }
            }
        }
        Tally { counts, themes }
    }
}

/// One answer and how many chose it (None: fewer than the threshold).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerCount {
    pub answer: String,
    pub n: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breakdown {
    /// The about-you question's id.
    pub by: String,
    /// Its answer that makes the group.
    pub group: String,
    pub answered: Option<u64>,
    pub counts: Vec<AnswerCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuestionResult {
    pub id: String,
    pub kind: Kind,
    pub priority: Option<Priority>,
    pub answered: Option<u64>,
    pub counts: Vec<AnswerCount>,
    pub breakdowns: Vec<Breakdown>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeCount {
    pub priority: String,
    pub theme: String,
    pub n: Option<u64>,
}

/// What the results API and `ourvoice results` print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub survey: String,
    /// None until the survey has `threshold` responses.
    pub responses: Option<u64>,
    pub threshold: u64,
    pub questions: Vec<QuestionResult>,
    pub themes: Vec<ThemeCount>,
}

/// Running totals by (about-you question, its answer, question, answer), '' for none.
struct Totals<'a>(HashMap<(&'a str, &'a str, &'a str, &'a str), u64>);

/// Everyone, rather than one group.
const EVERYONE: (&str, &str) = ("", "");

impl<'a> Totals<'a> {
    fn new(counts: &'a [Count]) -> Totals<'a> {
        Totals(counts.iter().map(|c| ((&*c.by_question, &*c.by_value, &*c.question, &*c.value), c.n)).collect())
    }

    fn get(&self, (by, group): (&str, &str), question: &str, value: &str) -> u64 {
        self.0.get(&(by, group, question, value)).copied().unwrap_or(0)
    }
}

impl Results {
    /// The results of `survey` from its running totals and theme counts.
    pub fn build(survey: &Survey, counts: &[Count], themes: &[ThemeTotal]) -> Results {
        let threshold = u64::from(survey.report_threshold);
        let totals = Totals::new(counts);
        let responses = totals.get(EVERYONE, "", "");
        let open = responses >= threshold;
        let about: Vec<&Question> = survey.questions.iter().filter(|q| q.about_you).collect();
        let questions = survey
            .questions
            .iter()
            .map(|q| {
                let everyone = group_counts(&totals, EVERYONE, q, threshold, open);
                let breakdowns = about
                    .iter()
                    .filter(|b| b.id != q.id)
                    .flat_map(|b| breakdowns(&totals, b, q, threshold, open))
                    .collect();
                QuestionResult {
                    id: q.id.clone(),
                    kind: q.kind,
                    priority: q.priority,
                    answered: everyone.0,
                    counts: everyone.1,
                    breakdowns,
                }
            })
            .collect();
        let themes = themes
            .iter()
            .map(|t| ThemeCount {
                priority: t.priority.clone(),
                theme: t.theme.clone(),
                n: if open { suppress::cell(t.n, threshold) } else { None },
            })
            .collect();
        Results { survey: survey.slug.clone(), responses: open.then_some(responses), threshold, questions, themes }
    }

    pub fn question(&self, id: &str) -> Option<&QuestionResult> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// Scale questions' shares answering well (4 or 5), for one priority or outcome's summary.
    pub fn share_for(&self, survey: &Survey, priority: Option<Priority>, outcome: Option<Outcome>) -> Option<Share> {
        let shares: Vec<Share> = survey
            .questions
            .iter()
            .filter(|q| priority.is_none_or(|p| q.priority == Some(p)) && outcome.is_none_or(|o| q.outcome == Some(o)))
            .filter_map(|q| self.question(&q.id)?.share_answering_well())
            .collect();
        (!shares.is_empty()).then(|| Share {
            well: shares.iter().map(|s| s.well).sum(),
            answered: shares.iter().map(|s| s.answered).sum(),
        })
    }
}

/// How many answered a scale question with 4 or 5, out of how many answered it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Share {
    pub well: u64,
    pub answered: u64,
}

impl Share {
    /// "7 in 10", rounded to the nearest tenth.
    pub fn in_ten(self) -> u64 {
        (self.well * 10 + self.answered / 2) / self.answered.max(1)
    }

    pub fn percent(self) -> u64 {
        (self.well * 100 + self.answered / 2) / self.answered.max(1)
    }
}

/// One survey's figures for a question asked in several, for its trend.
#[derive(Debug, Clone, PartialEq)]
pub struct Wave {
    pub slug: String,
    pub title: String,
    pub answered: Option<u64>,
    pub headline: Option<Share>,
}

impl QuestionResult {
    /// The share that sums the question up: 4 or 5 on a scale, "Yes" to a yes/no question.
    pub fn headline(&self) -> Option<Share> {
        match self.kind {
            Kind::Scale => self.share_answering_well(),
            Kind::YesNo => {
                let answered = self.answered.filter(|n| *n > 0)?;
                let yes = self.counts.iter().find(|c| c.answer == "Yes")?.n?;
                Some(Share { well: yes, answered })
            }
            _ => None,
        }
    }

    /// Only from counts that are shown, so it reveals nothing the counts hide.
    pub fn share_answering_well(&self) -> Option<Share> {
        if self.kind != Kind::Scale {
            return None;
        }
        let answered = self.answered.filter(|n| *n > 0)?;
        let n = |answer: &str| self.counts.iter().find(|c| c.answer == answer).and_then(|c| c.n);
        Some(Share { well: n("4")? + n("5")?, answered })
    }
}

/// The answered count and the counts per answer of `q` within a group (None: everyone).
fn group_counts(
    totals: &Totals<'_>,
    by: (&str, &str),
    q: &Question,
    threshold: u64,
    open: bool,
) -> (Option<u64>, Vec<AnswerCount>) {
    let answered = totals.get(by, &q.id, "");
    let answers = q.fixed_answers().unwrap_or_default();
    let raw: Vec<u64> = answers.iter().map(|a| totals.get(by, &q.id, a)).collect();
    let shown_total = if open { suppress::cell(answered, threshold) } else { None };
    let cells = match shown_total {
        Some(_) => suppress::row(&raw, threshold),
        None => vec![None; raw.len()],
    };
    let counts = answers.into_iter().zip(cells).map(|(answer, n)| AnswerCount { answer, n }).collect();
    (shown_total, counts)
}

/// `q` within each group of the about-you question `b`; the groups' sizes are a row too.
fn breakdowns(totals: &Totals<'_>, b: &Question, q: &Question, threshold: u64, open: bool) -> Vec<Breakdown> {
    let groups = b.fixed_answers().unwrap_or_default();
    let sizes: Vec<u64> = groups.iter().map(|g| totals.get((&b.id, g), &q.id, "")).collect();
    let shown_sizes = if open { suppress::row(&sizes, threshold) } else { vec![None; sizes.len()] };
    groups
        .iter()
        .zip(shown_sizes)
        .map(|(group, size)| {
            // A group's size is shown only once the survey's results are.
            let (answered, counts) = group_counts(totals, (&b.id, group), q, threshold, size.is_some());
            Breakdown { by: b.id.clone(), group: group.clone(), answered, counts }
        })
        .collect()
}
