//! A survey's results as they may be shown: counts per answer, breakdowns by each about-you
//! question, the share answering well, summaries per priority and outcome, and themes, every
//! figure through [`disclosure`]. Built from running totals; no HTTP and no SQL here.

pub mod disclosure;
mod export;
mod tally;

pub use export::{DID_NOT_SAY, figure, figures_csv, group_words, pooled};
pub use tally::Tally;

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::survey::{Keyword, Kind, Outcome, Priority, Question, Survey};

/// One running total, as stored: '' in `by_question` and `by_value` for everyone; in `value`
/// for the responses that answered `question` at all; in both `question` and `value` for the
/// survey's responses.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Count {
    pub by_question: String,
    pub by_value: String,
    pub question: String,
    pub value: String,
    pub n: u64,
}

/// Free-text answers with one priority and theme ('' where there is none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeTotal {
    pub priority: String,
    pub theme: String,
    pub n: u64,
}

/// Who is reading a survey's figures. Staff, who may read every response anyway, see them
/// live; everyone else (Promise Ambassadors, partners, the public, tools with a token) sees a
/// survey's figures only once it has closed, as they were when it closed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    Staff,
    Others,
}

/// One answer and how many chose it (None: hidden).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnswerCount {
    pub answer: String,
    pub n: Option<u64>,
}

/// A question's answers within the groups of one about-you question: a table whose every
/// row and column total is shown (see [`disclosure`]).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Breakdown {
    /// The about-you question's id.
    pub by: String,
    /// The answers each column counts: one, or several pooled where the everyone row hides
    /// them. Empty for a free-text question.
    pub columns: Vec<Vec<String>>,
    pub groups: Vec<GroupRow>,
}

/// One row of a breakdown.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupRow {
    /// The about-you answers of the young people in this row: one, or several small groups
    /// pooled; None stands for those who did not answer the about-you question.
    pub group: Vec<Option<String>>,
    pub answered: u64,
    /// One per column (None: hidden).
    pub counts: Vec<Option<u64>>,
}

impl GroupRow {
    /// Whether this row pools several groups, each too small to show alone.
    pub fn pooled(&self) -> bool {
        self.group.len() > 1
    }
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

/// A theme big enough to name, and how many free-text answers are about it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeCount {
    pub priority: String,
    pub theme: String,
    pub n: u64,
}

/// What the results API and `ourvoice results` print.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Results {
    pub survey: String,
    /// None until the survey has `threshold` responses, and while the figures are not shown.
    pub responses: Option<u64>,
    /// While a survey is open, what those who may not see live figures are told: how many have
    /// answered, to the nearest 5 (None: fewer than the threshold, or figures are shown).
    pub responses_rounded: Option<u64>,
    pub threshold: u64,
    pub questions: Vec<QuestionResult>,
    /// The themes whose counts may be shown, biggest first within each priority.
    pub themes: Vec<ThemeCount>,
    /// Whether some answers are about themes too small to name.
    pub other_themes: bool,
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
    /// The results of `survey` from its running totals and theme counts, every figure through
    /// [`disclosure`].
    pub fn build(survey: &Survey, counts: &[Count], themes: &[ThemeTotal]) -> Results {
        let threshold = u64::from(survey.report_threshold);
        let totals = Totals::new(counts);
        let responses = totals.get(EVERYONE, "", "");
        let shown = responses >= threshold;
        // Each about-you question with its everyone row: a group it hides is never shown alone.
        let about: Vec<(&Question, Everyone)> = survey
            .questions
            .iter()
            .filter(|q| q.about_you)
            .map(|b| (b, Everyone::of(&totals, b, threshold, shown)))
            .collect();
        let questions = survey
            .questions
            .iter()
            .map(|q| {
                let answered = totals.get(EVERYONE, &q.id, "");
                let everyone = Everyone::of(&totals, q, threshold, shown);
                // About-you questions are not broken down by each other: those tables would
                // share their margins both ways and let small groups be worked out.
                let breakdowns = match everyone.answered {
                    Some(_) if !q.about_you => about
                        .iter()
                        .filter_map(|(b, groups)| breakdown(&totals, b, groups, q, &everyone, answered, threshold))
                        .collect(),
                    _ => Vec::new(),
                };
                QuestionResult {
                    id: q.id.clone(),
                    kind: q.kind,
                    priority: q.priority,
                    answered: everyone.answered,
                    counts: everyone.counts(),
                    breakdowns,
                }
            })
            .collect();
        let (themes, other_themes) = if shown { named_themes(themes, threshold) } else { (Vec::new(), false) };
        Results {
            survey: survey.slug.clone(),
            responses: shown.then_some(responses),
            responses_rounded: None,
            threshold,
            questions,
            themes,
            other_themes,
        }
    }

    /// What is shown of a survey whose figures are not: how many have answered, to the
    /// nearest 5, or nothing while that is fewer than the threshold.
    pub fn in_progress(survey: &Survey, responses: u64) -> Results {
        let threshold = u64::from(survey.report_threshold);
        Results {
            survey: survey.slug.clone(),
            responses: None,
            responses_rounded: rounded(responses, threshold),
            threshold,
            questions: Vec::new(),
            themes: Vec::new(),
            other_themes: false,
        }
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

/// How many have answered, to the nearest 5, for those who may not see live figures; None
/// while that is fewer than the threshold.
pub fn rounded(responses: u64, threshold: u64) -> Option<u64> {
    (responses >= threshold).then_some((responses + 2) / 5 * 5)
}

/// A question's everyone row: each answer's count, and which of them are hidden.
struct Everyone {
    answered: Option<u64>,
    answers: Vec<String>,
    values: Vec<u64>,
    hidden: Vec<bool>,
    kind: Kind,
}

impl Everyone {
    fn of(totals: &Totals<'_>, q: &Question, threshold: u64, shown: bool) -> Everyone {
        let answered = totals.get(EVERYONE, &q.id, "");
        let answers = q.fixed_answers().unwrap_or_default();
        let values: Vec<u64> = answers.iter().map(|a| totals.get(EVERYONE, &q.id, a)).collect();
        let shown = shown && !disclosure::small(answered, threshold);
        let hidden = match q.kind {
            _ if !shown => vec![true; values.len()],
            Kind::Multi => {
                let mut hidden: Vec<bool> =
                    values.iter().map(|n| disclosure::choice(*n, answered, threshold)).collect();
                disclosure::complete_choices(&values, answered, 0, &mut hidden);
                hidden
            }
            _ => disclosure::line(&values, threshold),
        };
        Everyone { answered: shown.then_some(answered), answers, values, hidden, kind: q.kind }
    }

    fn counts(&self) -> Vec<AnswerCount> {
        self.answers
            .iter()
            .zip(self.values.iter().zip(&self.hidden))
            .map(|(answer, (n, hidden))| AnswerCount { answer: answer.clone(), n: (!hidden).then_some(*n) })
            .collect()
    }

    /// The breakdown's columns, as indexes into the answers: for a question with one answer
    /// each, every shown answer alone and the hidden ones pooled where the first of them was
    /// (so each column's total is shown); for one with several, each shown answer.
    fn columns(&self) -> Vec<Vec<usize>> {
        let mut columns: Vec<Vec<usize>> = Vec::new();
        let mut pool: Option<usize> = None;
        for (i, hidden) in self.hidden.iter().enumerate() {
            match (hidden, self.kind) {
                (false, _) => columns.push(vec![i]),
                (true, Kind::Multi) => {}
                (true, _) => match pool {
                    Some(p) => columns[p].push(i),
                    None => {
                        pool = Some(columns.len());
                        columns.push(vec![i]);
                    }
                },
            }
        }
        columns
    }
}

/// A row of a breakdown as it is built: the groups in it, how many of them answered, and
/// how many gave each answer.
struct Row {
    group: Vec<Option<String>>,
    size: u64,
    counts: Vec<u64>,
}

/// `q` by the groups of the about-you question `b` (whose everyone row is `groups`), or None
/// when there is nothing to break down (fewer than two rows to show). Groups too small to show
/// alone (and, to keep their sum from being small, the next smallest; and any group `b`'s own
/// row hides, whose size here could give it away) are pooled into one last row; for a question
/// with one answer each, the table is then protected with every margin shown; for one with
/// several, each answer is a table of who chose it and who did not.
fn breakdown(
    totals: &Totals<'_>,
    b: &Question,
    groups: &Everyone,
    q: &Question,
    everyone: &Everyone,
    answered: u64,
    threshold: u64,
) -> Option<Breakdown> {
    // Each group's count of each answer, then those who did not say (what is left over).
    let mut members: Vec<Row> = groups
        .answers
        .iter()
        .map(|g| Row {
            group: vec![Some(g.clone())],
            size: totals.get((&b.id, g), &q.id, ""),
            counts: everyone.answers.iter().map(|a| totals.get((&b.id, g), &q.id, a)).collect(),
        })
        .collect();
    let said: u64 = members.iter().map(|m| m.size).sum();
    if answered > said {
        let counts = (0..everyone.values.len())
            .map(|i| everyone.values[i].saturating_sub(members.iter().map(|m| m.counts[i]).sum()))
            .collect();
        members.push(Row { group: vec![None], size: answered - said, counts });
    }
    let sizes: Vec<u64> = members.iter().map(|m| m.size).collect();
    let hidden_by_b: Vec<bool> = (0..members.len()).map(|i| groups.hidden.get(i).copied().unwrap_or(false)).collect();
    let pooled = disclosure::line_with(&sizes, threshold, &hidden_by_b);
    let mut rows: Vec<Row> = Vec::new();
    let mut pool = Row { group: Vec::new(), size: 0, counts: vec![0; everyone.values.len()] };
    for (member, hide) in members.into_iter().zip(pooled) {
        if hide {
            pool.group.extend(member.group);
            pool.size += member.size;
            pool.counts.iter_mut().zip(&member.counts).for_each(|(p, n)| *p += n);
        } else {
            rows.push(member);
        }
    }
    let pool_row = (!pool.group.is_empty()).then_some(rows.len());
    if pool_row.is_some() {
        rows.push(pool);
    }
    if rows.len() < 2 {
        return None;
    }
    let columns = everyone.columns();
    let cell = |counts: &[u64], column: &[usize]| -> u64 { column.iter().map(|i| counts[*i]).sum() };
    let table: Vec<Vec<u64>> = rows.iter().map(|row| columns.iter().map(|c| cell(&row.counts, c)).collect()).collect();
    let hidden = match q.kind {
        Kind::Multi => {
            let unseen = everyone.hidden.iter().zip(&everyone.values).filter(|(h, n)| **h && **n > 0).count();
            let sizes: Vec<u64> = rows.iter().map(|row| row.size).collect();
            chosen_hidden(&sizes, &table, pool_row, unseen, threshold)
        }
        _ => disclosure::grid(&table, threshold, &all_one_answer(&table, pool_row)),
    };
    let groups = rows
        .into_iter()
        .enumerate()
        .map(|(r, row)| GroupRow {
            group: row.group,
            answered: row.size,
            counts: table[r].iter().zip(&hidden[r]).map(|(n, h)| (!h).then_some(*n)).collect(),
        })
        .collect();
    let columns = columns.iter().map(|c| c.iter().map(|i| everyone.answers[*i].clone()).collect()).collect();
    Some(Breakdown { by: b.id.clone(), columns, groups })
}

/// A pooled row whose young people all gave the same answer (when not everyone did) would
/// say what each of its small groups answered: that answer's cell and the biggest other
/// answer's are hidden, so it cannot be read or worked out.
fn all_one_answer(table: &[Vec<u64>], pool_row: Option<usize>) -> Vec<(usize, usize)> {
    let Some(pool) = pool_row else { return Vec::new() };
    let columns = table[pool].len();
    let total = |c: usize| -> u64 { table.iter().map(|row| row[c]).sum() };
    let given: Vec<usize> = (0..columns).filter(|c| table[pool][*c] > 0).collect();
    let others = (0..columns).filter(|c| !given.contains(c) && total(*c) > 0).max_by_key(|c| (total(*c), *c));
    match (given.as_slice(), others) {
        ([one], Some(other)) => vec![(pool, *one), (pool, other)],
        ([], Some(other)) => vec![(pool, other)],
        _ => Vec::new(),
    }
}

/// For a question with several answers: each shown answer is a table of the rows by "chose
/// it" and "did not", protected alone (a pooled row that all chose it, or none did, would say
/// so of each small group in it, as for one answer each); and each row, whose choices come to at least its size,
/// never leaves one hidden count to be worked out from that (answers the everyone row hides,
/// `unseen`, are unknown too). What is hidden of "chose it".
fn chosen_hidden(
    sizes: &[u64],
    table: &[Vec<u64>],
    pool_row: Option<usize>,
    unseen: usize,
    threshold: u64,
) -> Vec<Vec<bool>> {
    let columns = table.first().map_or(0, Vec::len);
    let mut extra = Vec::new();
    loop {
        let mut hidden = vec![vec![false; columns]; table.len()];
        for c in 0..columns {
            let chose: Vec<Vec<u64>> =
                sizes.iter().zip(table).map(|(size, row)| vec![row[c], size.saturating_sub(row[c])]).collect();
            let mut named: Vec<(usize, usize)> =
                extra.iter().filter(|(_, col)| *col == c).map(|(r, _)| (*r, 0)).collect();
            named.extend(all_one_answer(&chose, pool_row));
            for (r, h) in disclosure::grid(&chose, threshold, &named).into_iter().enumerate() {
                hidden[r][c] = h[0];
            }
        }
        let before = extra.len();
        for (r, size) in sizes.iter().enumerate() {
            let mut row = hidden[r].clone();
            if disclosure::complete_choices(&table[r], *size, unseen, &mut row) {
                extra.extend((0..columns).filter(|c| row[*c] && !hidden[r][*c]).map(|c| (r, c)));
            }
        }
        if extra.len() == before {
            return hidden;
        }
    }
}

/// The themes that may be named, biggest first within each priority (those with none last),
/// and whether any were too small: the theme counts are a line whose total (every coded
/// answer) may be known, so too-small themes and enough others to hide their sum go unnamed.
fn named_themes(themes: &[ThemeTotal], threshold: u64) -> (Vec<ThemeCount>, bool) {
    let values: Vec<u64> = themes.iter().map(|t| t.n).collect();
    let hidden = disclosure::line(&values, threshold);
    let mut named: Vec<ThemeCount> = themes
        .iter()
        .zip(&hidden)
        .filter(|(t, h)| !**h && t.n > 0)
        .map(|(t, _)| ThemeCount { priority: t.priority.clone(), theme: t.theme.clone(), n: t.n })
        .collect();
    let rank = |p: &str| Priority::parse(p).map_or(Priority::ALL.len(), |p| p as usize);
    named.sort_by(|a, b| rank(&a.priority).cmp(&rank(&b.priority)).then(b.n.cmp(&a.n)).then(a.theme.cmp(&b.theme)));
    (named, hidden.contains(&true))
}
