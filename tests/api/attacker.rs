//! An attacker, as a statistician would be one: takes everything one audience can see of a
//! survey (the results JSON, the figures CSV, the priorities dashboard's percentages, the
//! themes) and the survey itself (public: its questions, answers and about-you groups), and
//! for every figure that is not shown works out the smallest and largest value consistent
//! with all of it: linear bounds over non-negative counts, rounded to whole numbers.
//!
//! What it knows is written down as counts it cannot see — how many of each about-you group
//! gave each answer (`f`), each group's size for each question (`s`), each answer's count
//! (`e`), each question's answered count, the number of responses — tied together by the
//! identities every table obeys (rows and columns add up, groups are within the about-you
//! counts, a follow-up is answered only by those shown it, themes add up to the free-text
//! answers) and fixed wherever a figure is shown. It never reads how ourvoice decided what
//! to hide.

use std::collections::{BTreeMap, HashMap};

use good_lp::{Expression, ProblemVariables, Solution, SolverModel, Variable, constraint, microlp, variable};
use ourvoice::survey::{Kind, Survey};
use serde_json::Value;

const EPS: f64 = 1e-6;

#[derive(Clone, Copy)]
enum Cmp {
    Eq,
    Le,
    Ge,
}

type Terms = Vec<(usize, f64)>;

/// A figure the attacker tries to pin down, or a group it tries to show answered one way.
struct Check {
    what: String,
    terms: Terms,
    kind: CheckKind,
    seen_min: f64,
    seen_max: f64,
}

enum CheckKind {
    /// A figure shown as hidden: determined if its bounds allow one whole number only (a zero
    /// a shown zero already says is not counted: it is known, not worked out).
    Range { known_zero: bool },
    /// A count no table shows (how many of one group gave one answer, a group's size, the
    /// answers about themes too small to name): a finding if its bounds allow one whole number
    /// only, from 1 to the threshold − 1 (a small count worked out).
    Latent,
    /// A small group shown to have answered one way only: these others can be shown to be 0
    /// (unless the whole survey answered that way, or the group can be shown to be empty).
    OneWay { everyone_else: Terms, size: Terms },
}

/// What the attacker found: each figure it pinned down, with its value, of how many it tried.
#[derive(Debug, Default)]
pub struct Findings {
    pub determined: Vec<String>,
    pub tried: usize,
}

impl std::fmt::Display for Findings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} of {} figures worked out: {:#?}", self.determined.len(), self.tried, self.determined)
    }
}

pub struct Attacker<'s> {
    survey: &'s Survey,
    names: Vec<String>,
    index: HashMap<String, usize>,
    constraints: Vec<(Terms, Cmp, f64)>,
    /// Counted in a shown zero.
    zero: Vec<bool>,
    /// Shown on its own.
    fixed: Vec<bool>,
    checks: Vec<Check>,
    bound: f64,
    threshold: f64,
    /// After `reduce`: each count's part (None where its value is pinned), how many parts,
    /// the identities over unknown counts with their part, and a point that fits them all.
    part: Vec<Option<usize>>,
    parts: usize,
    reduced: Vec<(usize, Terms, Cmp, f64)>,
    point: Vec<f64>,
}

/// The about-you group that stands for "did not say" in variable names.
const DID_NOT_SAY: &str = "";

impl<'s> Attacker<'s> {
    /// An attacker who knows the survey, and how results tables add up.
    pub fn new(survey: &'s Survey) -> Attacker<'s> {
        let mut a = Attacker {
            survey,
            names: Vec::new(),
            index: HashMap::new(),
            constraints: Vec::new(),
            zero: Vec::new(),
            fixed: Vec::new(),
            checks: Vec::new(),
            bound: 100_000.0,
            threshold: f64::from(survey.report_threshold),
            part: Vec::new(),
            parts: 0,
            reduced: Vec::new(),
            point: Vec::new(),
        };
        a.identities();
        a
    }

    fn var(&mut self, name: &str) -> usize {
        if let Some(i) = self.index.get(name) {
            return *i;
        }
        self.names.push(name.to_string());
        self.zero.push(false);
        self.fixed.push(false);
        self.index.insert(name.to_string(), self.names.len() - 1);
        self.names.len() - 1
    }

    fn rule(&mut self, terms: Terms, cmp: Cmp, rhs: f64) {
        self.constraints.push((terms, cmp, rhs));
    }

    fn about(&self) -> Vec<&'s ourvoice::survey::Question> {
        self.survey.questions.iter().filter(|q| q.about_you).collect()
    }

    fn groups(b: &ourvoice::survey::Question) -> Vec<String> {
        let mut groups = b.fixed_answers().unwrap_or_default();
        groups.push(DID_NOT_SAY.to_string());
        groups
    }

    /// How every results table adds up, whatever is shown.
    fn identities(&mut self) {
        let survey = self.survey;
        let n = self.var("N");
        for q in &survey.questions {
            let ans = self.var(&format!("ans:{}", q.id));
            self.rule(vec![(ans, 1.0), (n, -1.0)], Cmp::Le, 0.0);
            let answers = q.fixed_answers().unwrap_or_default();
            let es: Vec<usize> = answers.iter().map(|a| self.var(&format!("e:{}:{a}", q.id))).collect();
            match q.kind {
                Kind::Text => {}
                Kind::Multi => {
                    for e in &es {
                        self.rule(vec![(*e, 1.0), (ans, -1.0)], Cmp::Le, 0.0);
                    }
                    let mut sum: Terms = es.iter().map(|e| (*e, 1.0)).collect();
                    sum.push((ans, -1.0));
                    self.rule(sum, Cmp::Ge, 0.0);
                }
                _ => {
                    let mut sum: Terms = es.iter().map(|e| (*e, 1.0)).collect();
                    sum.push((ans, -1.0));
                    self.rule(sum, Cmp::Eq, 0.0);
                }
            }
            if let Some(show_if) = &q.show_if {
                // Only those shown a follow-up can answer it.
                let mut terms: Terms = show_if
                    .condition
                    .answers()
                    .iter()
                    .map(|v| (self.var(&format!("e:{}:{v}", show_if.question)), -1.0))
                    .collect();
                terms.push((ans, 1.0));
                self.rule(terms, Cmp::Le, 0.0);
            }
        }
        for b in self.about() {
            for q in survey.questions.iter().filter(|q| !q.about_you) {
                let ans = self.var(&format!("ans:{}", q.id));
                let answers = q.fixed_answers().unwrap_or_default();
                let mut sizes: Terms = Vec::new();
                let mut by_answer: BTreeMap<String, Terms> = BTreeMap::new();
                for g in Self::groups(b) {
                    let s = self.var(&format!("s:{}:{}:{g}", b.id, q.id));
                    sizes.push((s, 1.0));
                    // A group is within the about-you question's count of it; those who did not
                    // say, within those who skipped it.
                    if g == DID_NOT_SAY {
                        let (ans_b, n) = (self.var(&format!("ans:{}", b.id)), self.var("N"));
                        self.rule(vec![(s, 1.0), (n, -1.0), (ans_b, 1.0)], Cmp::Le, 0.0);
                    } else {
                        let e_b = self.var(&format!("e:{}:{g}", b.id));
                        self.rule(vec![(s, 1.0), (e_b, -1.0)], Cmp::Le, 0.0);
                    }
                    if q.kind == Kind::Text {
                        continue;
                    }
                    let fs: Vec<usize> =
                        answers.iter().map(|a| self.var(&format!("f:{}:{}:{g}:{a}", b.id, q.id))).collect();
                    for (a, f) in answers.iter().zip(&fs) {
                        by_answer.entry(a.clone()).or_default().push((*f, 1.0));
                        if q.kind == Kind::Multi {
                            self.rule(vec![(*f, 1.0), (s, -1.0)], Cmp::Le, 0.0);
                        }
                    }
                    let mut row: Terms = fs.iter().map(|f| (*f, 1.0)).collect();
                    row.push((s, -1.0));
                    self.rule(row, if q.kind == Kind::Multi { Cmp::Ge } else { Cmp::Eq }, 0.0);
                    if let Some(show_if) = q.show_if.as_ref().filter(|s| s.question != b.id) {
                        let mut terms: Terms = show_if
                            .condition
                            .answers()
                            .iter()
                            .map(|v| (self.var(&format!("f:{}:{}:{g}:{v}", b.id, show_if.question)), -1.0))
                            .collect();
                        terms.push((s, 1.0));
                        self.rule(terms, Cmp::Le, 0.0);
                    }
                }
                sizes.push((ans, -1.0));
                self.rule(sizes, Cmp::Eq, 0.0);
                for (a, mut column) in by_answer {
                    column.push((self.var(&format!("e:{}:{a}", q.id)), -1.0));
                    self.rule(column, Cmp::Eq, 0.0);
                }
            }
        }
    }

    /// A shown figure: the sum of `vars` is `n`.
    fn shown(&mut self, vars: &[usize], n: f64) {
        if let [one] = vars {
            self.fixed[*one] = true;
        }
        if n == 0.0 {
            for v in vars {
                self.zero[*v] = true;
            }
        }
        self.rule(vars.iter().map(|v| (*v, 1.0)).collect(), Cmp::Eq, n);
    }

    fn hidden(&mut self, what: String, vars: &[usize]) {
        self.check(what, vars, CheckKind::Range { known_zero: false });
    }

    fn check(&mut self, what: String, vars: &[usize], kind: CheckKind) {
        let terms = vars.iter().map(|v| (*v, 1.0)).collect();
        self.checks.push(Check { what, terms, kind, seen_min: f64::INFINITY, seen_max: f64::NEG_INFINITY });
    }

    /// The hidden figures of one row or column together: what its total less its shown
    /// figures gives away must not be a small count ("exactly one child answered 1 to 3").
    fn hidden_together(&mut self, what: String, hidden: Vec<Vec<usize>>) {
        if hidden.len() > 1 {
            self.check(what, &hidden.concat(), CheckKind::Latent);
        }
    }

    /// Everything the results JSON says (the API, `ourvoice results`, and — as the tests check —
    /// the page and the CSV say the same).
    pub fn read_results(&mut self, results: &Value) {
        let survey = self.survey;
        let n = self.var("N");
        match results["responses"].as_u64() {
            Some(responses) => self.shown(&[n], responses as f64),
            None => return,
        }
        for (q, r) in survey.questions.iter().zip(results["questions"].as_array().unwrap()) {
            assert_eq!(r["id"], q.id.as_str());
            let ans = self.var(&format!("ans:{}", q.id));
            match r["answered"].as_u64() {
                Some(v) => self.shown(&[ans], v as f64),
                None => self.hidden(format!("{} answered", q.id), &[ans]),
            }
            let mut together = Vec::new();
            for c in r["counts"].as_array().unwrap() {
                let answer = c["answer"].as_str().unwrap();
                let e = self.var(&format!("e:{}:{answer}", q.id));
                match c["n"].as_u64() {
                    Some(v) => self.shown(&[e], v as f64),
                    None => {
                        self.hidden(format!("{} {answer:?} for everyone", q.id), &[e]);
                        together.push(vec![e]);
                    }
                }
            }
            self.hidden_together(format!("{}'s hidden answers together", q.id), together);
            let breakdowns = r["breakdowns"].as_array().unwrap();
            for b in breakdowns {
                self.read_breakdown(q, b);
            }
        }
        self.read_themes(results);
    }

    fn read_breakdown(&mut self, q: &ourvoice::survey::Question, b: &Value) {
        let by = b["by"].as_str().unwrap().to_string();
        let about = self.survey.question(&by).unwrap();
        let columns: Vec<Vec<String>> = b["columns"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_array().unwrap().iter().map(|a| a.as_str().unwrap().to_string()).collect())
            .collect();
        let mut listed: Vec<String> = Vec::new();
        let rows = b["groups"].as_array().unwrap();
        let mut columns_hidden: Vec<Vec<Vec<usize>>> = vec![Vec::new(); columns.len()];
        for row in rows {
            let members: Vec<String> = row["group"]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g.as_str().unwrap_or(DID_NOT_SAY).to_string())
                .collect();
            listed.extend(members.iter().cloned());
            let sizes: Vec<usize> = members.iter().map(|g| self.var(&format!("s:{by}:{}:{g}", q.id))).collect();
            self.shown(&sizes, row["answered"].as_u64().unwrap() as f64);
            let mut row_hidden = Vec::new();
            for (j, (column, n)) in columns.iter().zip(row["counts"].as_array().unwrap()).enumerate() {
                let names: Vec<String> = members
                    .iter()
                    .flat_map(|g| column.iter().map(|a| format!("f:{by}:{}:{g}:{a}", q.id)).collect::<Vec<_>>())
                    .collect();
                let cells: Vec<usize> = names.iter().map(|name| self.var(name)).collect();
                match n.as_u64() {
                    Some(v) => self.shown(&cells, v as f64),
                    None => {
                        self.hidden(format!("{} {column:?} by {by} = {members:?}", q.id), &cells);
                        row_hidden.push(cells.clone());
                        columns_hidden[j].push(cells);
                    }
                }
            }
            if q.kind != Kind::Multi {
                self.hidden_together(
                    format!("{} by {by} = {members:?}: its hidden answers together", q.id),
                    row_hidden,
                );
            }
            // A pooled row is small groups together: none of them may be shown to have given
            // one answer only (unless everyone did).
            if members.len() > 1 && matches!(q.kind, Kind::Scale | Kind::Choice | Kind::YesNo) {
                let answers = q.fixed_answers().unwrap();
                for g in &members {
                    for one in &answers {
                        let others: Terms = answers
                            .iter()
                            .filter(|a| *a != one)
                            .map(|a| (self.var(&format!("f:{by}:{}:{g}:{a}", q.id)), 1.0))
                            .collect();
                        let everyone_else: Terms = answers
                            .iter()
                            .filter(|a| *a != one)
                            .map(|a| (self.var(&format!("e:{}:{a}", q.id)), 1.0))
                            .collect();
                        let size = vec![(self.var(&format!("s:{by}:{}:{g}", q.id)), 1.0)];
                        self.checks.push(Check {
                            what: format!("{by}={g:?} all answered {} {one:?}", q.id),
                            terms: others,
                            kind: CheckKind::OneWay { everyone_else, size },
                            seen_min: f64::INFINITY,
                            seen_max: f64::NEG_INFINITY,
                        });
                    }
                }
            }
        }
        for (column, hidden) in columns.iter().zip(columns_hidden) {
            self.hidden_together(format!("{} {column:?} by {by}: its hidden groups together", q.id), hidden);
        }
        // A group in no row has no one in it.
        for g in Self::groups(about).into_iter().filter(|g| !listed.contains(g)) {
            let s = self.var(&format!("s:{by}:{}:{g}", q.id));
            self.shown(&[s], 0.0);
        }
    }

    /// The named themes; the attacker assumes each free-text answer has one theme, so that
    /// the themes add up to the answers (the strongest reading of them).
    fn read_themes(&mut self, results: &Value) {
        let mut all: Terms = Vec::new();
        for t in results["themes"].as_array().unwrap() {
            let name = format!("theme:{}/{}", t["priority"].as_str().unwrap(), t["theme"].as_str().unwrap());
            let v = self.var(&name);
            self.shown(&[v], t["n"].as_u64().unwrap() as f64);
            all.push((v, 1.0));
        }
        let other = self.var("theme:other");
        if results["other_themes"] == Value::Bool(false) {
            self.shown(&[other], 0.0);
        }
        all.push((other, 1.0));
        let texts: Vec<String> =
            self.survey.questions.iter().filter(|q| q.kind == Kind::Text).map(|q| format!("ans:{}", q.id)).collect();
        if texts.is_empty() {
            return;
        }
        for name in texts {
            let v = self.var(&name);
            all.push((v, -1.0));
        }
        self.rule(all, Cmp::Eq, 0.0);
    }

    /// A share the priorities dashboard or a report shows: `percent`% of those who answered
    /// `question` answered well (4 or 5, or Yes), to the nearest whole percent.
    pub fn read_share(&mut self, question: &str, answered: u64, percent: u64) {
        let q = self.survey.question(question).unwrap();
        let well: Vec<&str> = if q.kind == Kind::Scale { vec!["4", "5"] } else { vec!["Yes"] };
        let ans = self.var(&format!("ans:{question}"));
        self.rule(vec![(ans, 1.0)], Cmp::Eq, answered as f64);
        let terms: Terms = well.iter().map(|a| (self.var(&format!("e:{question}:{a}")), 100.0)).collect();
        let low = (percent as f64 - 0.5) * answered as f64;
        let high = (percent as f64 + 0.5) * answered as f64;
        self.rule(terms.clone(), Cmp::Ge, low - EPS);
        self.rule(terms, Cmp::Le, high + EPS);
    }

    /// Solves for every hidden figure and every small group: each figure shown hidden, and
    /// every count of the model that is not shown on its own (a small group's answers, an
    /// answer's count within a group where answers are pooled, a hidden group's size).
    pub fn attack(mut self) -> Findings {
        let single: Vec<usize> =
            self.checks.iter().filter_map(|c| if let [(v, _)] = c.terms[..] { Some(v) } else { None }).collect();
        // How many skipped a question follows from the responses and its answered count, both
        // shown: skipping is not an answer to protect, so neither is the size of the group
        // that did not say which group they are in (their answers are).
        let skipped = |name: &str| name.starts_with("s:") && name.ends_with(':');
        for v in 0..self.names.len() {
            if !self.fixed[v] && !single.contains(&v) && self.names[v] != "N" && !skipped(&self.names[v]) {
                self.checks.push(Check {
                    what: self.names[v].clone(),
                    terms: vec![(v, 1.0)],
                    kind: CheckKind::Latent,
                    seen_min: f64::INFINITY,
                    seen_max: f64::NEG_INFINITY,
                });
            }
        }
        // A figure counted in some shown zero is known to be zero, and so is whatever adds up to
        // known zeros only (nobody gave an answer, so nobody in any group gave it).
        loop {
            let mut more = false;
            for (terms, cmp, rhs) in &self.constraints {
                if *rhs != 0.0 {
                    continue;
                }
                // With `side` 1, the positive terms are at most the negative ones.
                let sides: &[f64] = match cmp {
                    Cmp::Eq => &[1.0, -1.0],
                    Cmp::Le => &[1.0],
                    Cmp::Ge => &[-1.0],
                };
                for side in sides {
                    if terms.iter().filter(|(_, c)| c * side < 0.0).all(|(v, _)| self.zero[*v]) {
                        for (v, _) in terms.iter().filter(|(_, c)| c * side > 0.0) {
                            more |= !self.zero[*v];
                            self.zero[*v] = true;
                        }
                    }
                }
            }
            if !more {
                break;
            }
        }
        for check in &mut self.checks {
            if let CheckKind::Range { known_zero } = &mut check.kind {
                *known_zero = check.terms.iter().all(|(v, _)| self.zero[*v]);
            }
        }
        let mut findings = Findings { tried: self.checks.len(), ..Findings::default() };
        if self.checks.is_empty() {
            return findings;
        }
        self.reduce();
        // A few points anywhere first: most figures are seen to take two values at once.
        for seed in 0..3u64 {
            for part in 0..self.parts {
                let objective: Terms = (0..self.names.len())
                    .filter(|v| self.part[*v] == Some(part))
                    .map(|i| (i, (((i as u64 + 1) * (seed + 7) * 2654435761) % 97) as f64 - 48.0))
                    .collect();
                self.reach(&objective, true).expect("what was shown is consistent");
            }
            self.observe();
        }
        for i in 0..self.checks.len() {
            if self.resolved(i) {
                continue;
            }
            let terms = self.checks[i].terms.clone();
            for maximise in [true, false] {
                if self.resolved(i) {
                    break;
                }
                if let CheckKind::OneWay { .. } = self.checks[i].kind
                    && !maximise
                {
                    break;
                }
                self.extreme(&terms, maximise).expect("what was shown is consistent");
            }
            if self.resolved(i) {
                continue;
            }
            match &self.checks[i].kind {
                CheckKind::Range { known_zero } => {
                    let value = (self.checks[i].seen_min - EPS).ceil().max(0.0);
                    if !(*known_zero && value == 0.0) {
                        findings.determined.push(format!("{} = {value}", self.checks[i].what));
                    }
                }
                CheckKind::Latent => {
                    let value = (self.checks[i].seen_min - EPS).ceil().max(0.0);
                    if value > 0.0 && value < self.threshold {
                        findings.determined.push(format!("{} = {value}", self.checks[i].what));
                    }
                }
                CheckKind::OneWay { everyone_else, size } => {
                    let (everyone_else, size) = (everyone_else.clone(), size.clone());
                    let population_max = self.extreme(&everyone_else, true).unwrap_or(0.0);
                    let size_max = self.extreme(&size, true).unwrap_or(0.0);
                    if population_max >= 1.0 - EPS && size_max >= 1.0 - EPS {
                        findings.determined.push(self.checks[i].what.clone());
                    }
                }
            }
        }
        findings
    }

    fn resolved(&self, i: usize) -> bool {
        let c = &self.checks[i];
        match c.kind {
            CheckKind::Range { .. } | CheckKind::Latent => {
                (c.seen_max + EPS).floor() - (c.seen_min - EPS).ceil() >= 1.0
            }
            CheckKind::OneWay { .. } => c.seen_max >= 1.0 - EPS,
        }
    }

    /// Puts in every count the figures pin to one value (a shown figure, what adds up to a
    /// shown zero, what an identity leaves over), then splits what is left into parts that
    /// share no identity: each figure is bounded within its own part, a far smaller linear
    /// program than the whole, with the same answer.
    fn reduce(&mut self) {
        let mut known: Vec<Option<f64>> = self.zero.iter().map(|z| z.then_some(0.0)).collect();
        let unknown = |known: &[Option<f64>], terms: &Terms, rhs: f64| {
            let rest: Terms = terms.iter().filter(|(v, _)| known[*v].is_none()).copied().collect();
            let rhs = rhs - terms.iter().filter_map(|(v, c)| known[*v].map(|x| c * x)).sum::<f64>();
            (rest, rhs)
        };
        loop {
            let mut more = false;
            for (terms, cmp, rhs) in &self.constraints {
                let (rest, rhs) = unknown(&known, terms, *rhs);
                let pinned: Vec<(usize, f64)> = match (cmp, &rest[..]) {
                    (Cmp::Eq, [(v, c)]) => vec![(*v, rhs / c)],
                    // Counts that add up to nothing (or less) are each nothing.
                    (Cmp::Eq | Cmp::Le, _) if rhs.abs() < EPS && rest.iter().all(|(_, c)| *c > 0.0) => {
                        rest.iter().map(|(v, _)| (*v, 0.0)).collect()
                    }
                    (Cmp::Eq | Cmp::Ge, _) if rhs.abs() < EPS && rest.iter().all(|(_, c)| *c < 0.0) => {
                        rest.iter().map(|(v, _)| (*v, 0.0)).collect()
                    }
                    _ => Vec::new(),
                };
                for (v, x) in pinned {
                    assert!(x > -EPS, "what was shown is inconsistent: {} = {x}", self.names[v]);
                    known[v] = Some(x);
                    more = true;
                }
            }
            if !more {
                break;
            }
        }
        // Parts: the unknown counts joined by some identity (a union-find over them).
        let mut root: Vec<usize> = (0..self.names.len()).collect();
        fn find(root: &mut [usize], v: usize) -> usize {
            let up = root[v];
            if up == v {
                v
            } else {
                let top = find(root, up);
                root[v] = top;
                top
            }
        }
        let mut reduced = Vec::new();
        for (terms, cmp, rhs) in &self.constraints {
            let (rest, rhs) = unknown(&known, terms, *rhs);
            let Some((first, _)) = rest.first() else {
                let holds = match cmp {
                    Cmp::Eq => rhs.abs() < EPS,
                    Cmp::Le => rhs > -EPS,
                    Cmp::Ge => rhs < EPS,
                };
                assert!(holds, "what was shown is inconsistent: {terms:?} {rhs}");
                continue;
            };
            for (v, _) in &rest[1..] {
                let (a, b) = (find(&mut root, *first), find(&mut root, *v));
                root[a] = b;
            }
            reduced.push((rest, *cmp, rhs));
        }
        let mut numbers = HashMap::new();
        self.part = (0..self.names.len())
            .map(|v| {
                known[v].is_none().then(|| {
                    let top = find(&mut root, v);
                    let next = numbers.len();
                    *numbers.entry(top).or_insert(next)
                })
            })
            .collect();
        self.parts = numbers.len();
        self.point = known.iter().map(|x| x.unwrap_or(0.0)).collect();
        self.reduced =
            reduced.into_iter().map(|(terms, cmp, rhs)| (self.part[terms[0].0].unwrap(), terms, cmp, rhs)).collect();
    }

    /// The largest (or smallest) value of `terms`; the point it is reached at is seen by every
    /// check. None if nothing fits.
    fn extreme(&mut self, terms: &Terms, maximise: bool) -> Option<f64> {
        self.reach(terms, maximise)?;
        self.observe();
        Some(value(terms, &self.point))
    }

    /// Moves the point to where `terms` is largest (or smallest), changing only the parts they
    /// reach (so it still fits everything once every part has been reached once).
    fn reach(&mut self, terms: &Terms, maximise: bool) -> Option<()> {
        let mut parts: Vec<usize> = terms.iter().filter_map(|(v, _)| self.part[*v]).collect();
        parts.sort_unstable();
        parts.dedup();
        if !parts.is_empty() {
            let (vars, values) = self.solve(terms, maximise, &parts)?;
            for (v, x) in vars.into_iter().zip(values) {
                self.point[v] = x;
            }
        }
        Some(())
    }

    fn observe(&mut self) {
        for c in &mut self.checks {
            let v = value(&c.terms, &self.point);
            c.seen_min = c.seen_min.min(v);
            c.seen_max = c.seen_max.max(v);
        }
    }

    /// Where `objective` is largest (or smallest) over the unknown counts of `parts`: those
    /// counts and their values, or None if nothing fits.
    fn solve(&self, objective: &Terms, maximise: bool, parts: &[usize]) -> Option<(Vec<usize>, Vec<f64>)> {
        let vars: Vec<usize> =
            (0..self.names.len()).filter(|v| self.part[*v].is_some_and(|p| parts.contains(&p))).collect();
        let mut problem = ProblemVariables::new();
        let mut xs: HashMap<usize, Variable> = HashMap::new();
        for v in &vars {
            xs.insert(*v, problem.add(variable().min(0).max(self.bound)));
        }
        let goal: Expression = objective.iter().filter_map(|(i, c)| xs.get(i).map(|x| *c * *x)).sum();
        let mut model = if maximise { problem.maximise(goal) } else { problem.minimise(goal) }.using(microlp);
        for (_, terms, cmp, rhs) in self.reduced.iter().filter(|(p, ..)| parts.contains(p)) {
            let e: Expression = terms.iter().map(|(i, c)| *c * xs[i]).sum();
            model = model.with(match cmp {
                Cmp::Eq => constraint!(e == *rhs),
                Cmp::Le => constraint!(e <= *rhs),
                Cmp::Ge => constraint!(e >= *rhs),
            });
        }
        let solution = model.solve().ok()?;
        let values = vars.iter().map(|v| solution.value(xs[v])).collect();
        Some((vars, values))
    }
}

fn value(terms: &[(usize, f64)], point: &[f64]) -> f64 {
    terms.iter().map(|(i, c)| c * point[*i]).sum()
}
