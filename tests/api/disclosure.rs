//! Disclosure control under attack (DESIGN.md rule 6): everything one audience can see of a
//! survey is handed to the attacker (`attacker.rs`), which solves for every hidden figure and
//! every small group. Thousands of random small surveys, then the reproductions from the
//! outside review, sent through the API and read back as each role reads them.

use std::collections::BTreeMap;

use ourvoice::results::{Count, Results, Tally, ThemeTotal, figures_csv, pooled};
use ourvoice::survey::{Answers, Kind, Priority, Survey, parse_survey};
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use rand::rngs::StdRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use serde_json::Value;

use crate::attacker::{Attacker, Findings};

/// A random small survey: one about-you question of 2–4 groups, one to three questions of
/// 2–5 answers (a scale, a choice, yes/no; sometimes one taking several answers), maybe a
/// free-text question coded to themes, and how many of each group gave each answer (0–20).
#[derive(Debug, Clone)]
struct Plan {
    threshold: u32,
    groups: usize,
    /// Each question's kind and number of answers.
    questions: Vec<(Kind, usize)>,
    themes: usize,
    /// Young people who did not say which group they are in.
    unsaid: usize,
    seed: u64,
}

fn plan() -> impl Strategy<Value = Plan> {
    let question = prop_oneof![
        Just((Kind::Scale, 5)),
        (2usize..=5).prop_map(|n| (Kind::Choice, n)),
        Just((Kind::YesNo, 3)),
        (2usize..=4).prop_map(|n| (Kind::Multi, n)),
    ];
    (
        prop_oneof![4 => Just(5u32), 1 => Just(3u32)],
        2usize..=4,
        prop::collection::vec(question, 1..=3),
        prop_oneof![Just(0usize), 2usize..=4],
        prop_oneof![3 => Just(0usize), 1 => 1usize..=3],
        any::<u64>(),
    )
        .prop_map(|(threshold, groups, questions, themes, unsaid, seed)| Plan {
            threshold,
            groups,
            questions,
            themes,
            unsaid,
            seed,
        })
}

impl Plan {
    fn survey(&self) -> Survey {
        let list = |n: usize, prefix: &str| (1..=n).map(|i| format!("\"{prefix}{i}\"")).collect::<Vec<_>>().join(", ");
        let mut toml = format!(
            "slug = \"planned\"\ntitle = \"Planned\"\naudience = \"11-17\"\nintro = \"A survey.\"\nreport_threshold = {}\n\n\
             [[questions]]\nid = \"group\"\nkind = \"choice\"\nabout_you = true\ntext = \"Which group?\"\noptions = [{}]\n",
            self.threshold,
            list(self.groups, "group ")
        );
        for (i, (kind, n)) in self.questions.iter().enumerate() {
            toml += &format!(
                "\n[[questions]]\nid = \"q{i}\"\nkind = \"{}\"\npriority = \"home\"\ntext = \"Question {i}?\"\n",
                match kind {
                    Kind::Scale => "scale",
                    Kind::Choice => "choice",
                    Kind::YesNo => "yes_no",
                    Kind::Multi => "multi",
                    Kind::Text => "text",
                }
            );
            if matches!(kind, Kind::Choice | Kind::Multi) {
                toml += &format!("options = [{}]\n", list(*n, "answer "));
            }
        }
        if self.themes > 0 {
            toml += "\n[[questions]]\nid = \"wish\"\nkind = \"text\"\npriority = \"home\"\ntext = \"One wish?\"\n";
        }
        parse_survey(&toml).unwrap_or_else(|p| panic!("{p:?}\n{toml}"))
    }

    /// Every response: each group's answers to each question, from 0–20 of each answer, paired
    /// up at random; those who answered nothing are left out (they would be refused).
    fn responses(&self, survey: &Survey) -> Vec<(Answers, Option<String>)> {
        let mut rng = StdRng::seed_from_u64(self.seed);
        let groups: Vec<Option<String>> =
            (1..=self.groups).map(|g| Some(format!("group {g}"))).chain((self.unsaid > 0).then_some(None)).collect();
        let mut out = Vec::new();
        for group in groups {
            let mut columns: Vec<Vec<Vec<String>>> = Vec::new();
            for q in survey.questions.iter().filter(|q| !q.about_you && q.kind != Kind::Text) {
                let answers = q.fixed_answers().unwrap();
                let column: Vec<Vec<String>> = if q.kind == Kind::Multi {
                    let n = rng.random_range(0..=20);
                    (0..n)
                        .map(|_| answers.iter().filter(|_| rng.random_bool(0.4)).cloned().collect::<Vec<_>>())
                        .collect()
                } else {
                    answers.iter().flat_map(|a| vec![vec![a.clone()]; rng.random_range(0..=20)]).collect()
                };
                columns.push(column);
            }
            let mut size = columns.iter().map(Vec::len).max().unwrap_or(0) + rng.random_range(0..=2);
            if group.is_none() {
                size = size.min(self.unsaid * 4);
            }
            for column in &mut columns {
                column.resize(size, Vec::new());
                column.shuffle(&mut rng);
            }
            for i in 0..size {
                let mut answers = Answers::new();
                if let Some(g) = &group {
                    answers.insert("group".into(), vec![g.clone()]);
                }
                let asked = survey.questions.iter().filter(|q| !q.about_you && q.kind != Kind::Text);
                for (q, column) in asked.zip(&columns) {
                    if !column[i].is_empty() {
                        answers.insert(q.id.clone(), column[i].clone());
                    }
                }
                let theme = (self.themes > 0 && rng.random_bool(0.6))
                    .then(|| format!("theme {}", rng.random_range(1..=self.themes)));
                if theme.is_some() {
                    answers.insert("wish".into(), vec!["something".into()]);
                }
                if answers.keys().any(|k| k != "group") || group.is_some() {
                    out.push((answers, theme));
                }
            }
        }
        out
    }
}

/// The running totals of `responses`, counted by the writer's own rule.
fn totals(survey: &Survey, responses: &[(Answers, Option<String>)]) -> (Vec<Count>, Vec<ThemeTotal>) {
    let mut counts: BTreeMap<(String, String, String, String), u64> = BTreeMap::new();
    let mut themes: BTreeMap<(String, String), u64> = BTreeMap::new();
    for (answers, theme) in responses {
        let coded: Vec<String> = theme.iter().cloned().collect();
        let codings: Vec<(&str, Option<Priority>, &[String])> =
            theme.iter().map(|_| ("wish", Some(Priority::Home), coded.as_slice())).collect();
        let tally = Tally::of(survey, answers, &codings);
        for key in tally.counts {
            *counts.entry(key).or_default() += 1;
        }
        for key in tally.themes {
            *themes.entry(key).or_default() += 1;
        }
    }
    let counts = counts
        .into_iter()
        .map(|((by_question, by_value, question, value), n)| Count { by_question, by_value, question, value, n })
        .collect();
    let themes = themes.into_iter().map(|((priority, theme), n)| ThemeTotal { priority, theme, n }).collect();
    (counts, themes)
}

/// The figures CSV says exactly what the JSON says, line for line.
pub fn assert_csv_agrees(csv: &[u8], json: &Value) {
    let threshold = json["threshold"].as_u64().unwrap();
    let figure = |n: &Value| n.as_u64().map_or(format!("fewer than {threshold}"), |n| n.to_string());
    let names = |items: &Value| -> String {
        let names: Vec<String> = items
            .as_array()
            .unwrap()
            .iter()
            .map(|g| g.as_str().unwrap_or(ourvoice::results::DID_NOT_SAY).to_string())
            .collect();
        pooled(&names)
    };
    let mut expected: Vec<[String; 5]> = Vec::new();
    match (json["responses"].as_u64(), json["responses_rounded"].as_u64()) {
        (Some(n), _) => expected.push(["(responses)".into(), "".into(), "".into(), "".into(), n.to_string()]),
        (None, Some(n)) => expected.push([
            "(responses so far, to the nearest 5)".into(),
            "".into(),
            "".into(),
            "".into(),
            n.to_string(),
        ]),
        (None, None) => {}
    }
    for q in json["questions"].as_array().unwrap().iter().filter(|_| json["responses"].is_u64()) {
        let id = q["id"].as_str().unwrap().to_string();
        expected.push([id.clone(), "".into(), "".into(), "(answered)".into(), figure(&q["answered"])]);
        for c in q["counts"].as_array().unwrap() {
            expected.push([id.clone(), "".into(), "".into(), c["answer"].as_str().unwrap().into(), figure(&c["n"])]);
        }
        for b in q["breakdowns"].as_array().unwrap() {
            let by = b["by"].as_str().unwrap().to_string();
            for g in b["groups"].as_array().unwrap() {
                let group = names(&g["group"]);
                expected.push([id.clone(), by.clone(), group.clone(), "(answered)".into(), g["answered"].to_string()]);
                for (column, n) in b["columns"].as_array().unwrap().iter().zip(g["counts"].as_array().unwrap()) {
                    expected.push([id.clone(), by.clone(), group.clone(), names(column), figure(n)]);
                }
            }
        }
    }
    for t in json["themes"].as_array().unwrap() {
        let (priority, theme) = (t["priority"].as_str().unwrap(), t["theme"].as_str().unwrap());
        expected.push(["(theme)".into(), "".into(), priority.into(), theme.into(), t["n"].to_string()]);
    }
    let text = String::from_utf8_lossy(csv);
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let found: Vec<[String; 5]> = reader
        .records()
        .map(Result::unwrap)
        .map(|r| [r[0].to_string(), r[2].to_string(), r[3].to_string(), r[4].to_string(), r[5].to_string()])
        .collect();
    assert_eq!(found, expected, "the CSV and the JSON differ");
}

/// Everything this audience sees of the survey, handed to the attacker.
fn attack(survey: &Survey, results: &Results) -> Findings {
    let json = serde_json::to_value(results).unwrap();
    assert_csv_agrees(&figures_csv(survey, results).unwrap(), &json);
    let mut attacker = Attacker::new(survey);
    attacker.read_results(&json);
    // The priorities dashboard and reports' evidence: each scale and yes/no question's share.
    for result in &results.questions {
        if let (Some(answered), Some(share)) = (result.answered, result.headline()) {
            attacker.read_share(&result.id, answered, share.percent());
        }
    }
    attacker.attack()
}

/// The attacker bites: given figures published the way the review found them, it works out
/// what they gave away.
#[test]
fn the_attacker_finds_what_the_review_found() {
    let survey = parse_survey(
        "slug = \"seen\"\ntitle = \"S\"\naudience = \"11-17\"\nintro = \"x\"\n\n\
         [[questions]]\nid = \"age\"\nkind = \"choice\"\nabout_you = true\ntext = \"Age?\"\noptions = [\"a\", \"b\", \"c\"]\n\n\
         [[questions]]\nid = \"safe\"\nkind = \"scale\"\npriority = \"home\"\ntext = \"Safe?\"\n",
    )
    .unwrap();
    let results = |a: u64, counts: Value, rows: Value| {
        json!({"survey": "seen", "responses": 58, "responses_rounded": null, "threshold": 5, "themes": [], "other_themes": false,
            "questions": [
                {"id": "age", "answered": 58, "counts": [{"answer": "a", "n": a}, {"answer": "b", "n": null}, {"answer": "c", "n": null}], "breakdowns": []},
                {"id": "safe", "answered": 58, "counts": counts,
                 "breakdowns": [{"by": "age", "columns": [["1"], ["2"], ["3"], ["4"], ["5"]], "groups": rows}]}]})
    };
    let everyone = |ns: [Option<u64>; 5]| {
        Value::Array((1..=5).zip(ns).map(|(a, n)| json!({"answer": a.to_string(), "n": n})).collect())
    };
    let found = |json: Value, shares: &[(String, u64, u64)]| attack_view(&survey, &json, shares).determined;

    // Everyone's "3" less the others' gives the 14–15 group's.
    let subtraction = results(
        30,
        everyone([Some(0), Some(0), Some(18), Some(25), Some(15)]),
        json!([{"group": ["a"], "answered": 30, "counts": [0, 0, 15, 0, 15]},
               {"group": ["b"], "answered": 8, "counts": [0, 0, null, 5, 0]},
               {"group": ["c"], "answered": 20, "counts": [0, 0, 0, 20, 0]}]),
    );
    let f = found(subtraction, &[]);
    assert!(f.iter().any(|d| d.contains("by age = [\"b\"] = 3")), "{f:?}");

    // Two hidden counts are each 0 or 1, but together they say exactly one child felt unsafe.
    let one_child = results(
        30,
        everyone([None, None, Some(0), Some(40), Some(17)]),
        json!([{"group": ["a"], "answered": 30, "counts": [null, null, 0, 20, null]},
               {"group": ["b", "c"], "answered": 28, "counts": [null, null, 0, 20, null]}]),
    );
    let f = found(one_child, &[("safe".into(), 58, 98)]);
    assert!(f.iter().any(|d| d.contains("hidden answers together = 1")), "{f:?}");

    // A pooled row whose every child said "4": so did each small group in it.
    let one_way = results(
        33,
        everyone([Some(0), Some(0), Some(18), Some(25), Some(15)]),
        json!([{"group": ["a"], "answered": 33, "counts": [0, 0, 18, 0, 15]},
               {"group": ["b", "c"], "answered": 25, "counts": [0, 0, 0, 25, 0]}]),
    );
    let f = found(one_way, &[]);
    assert!(f.iter().any(|d| d.contains("age=\"b\" all answered safe \"4\"")), "{f:?}");
}

/// How many random surveys the attacker tries, in all (5,000 unless `OURVOICE_ATTACK_CASES`
/// says), in two halves that run side by side.
fn cases() -> u32 {
    std::env::var("OURVOICE_ATTACK_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(5000)
}

/// Nothing hidden can be worked out from a random small survey's results.
fn nothing_worked_out(plan: Plan) -> Result<(), TestCaseError> {
    let survey = plan.survey();
    let responses = plan.responses(&survey);
    let (counts, themes) = totals(&survey, &responses);
    let results = Results::build(&survey, &counts, &themes);
    let found = attack(&survey, &results);
    prop_assert!(found.determined.is_empty(), "{plan:?}\n{found}\n{}", serde_json::to_string_pretty(&results).unwrap());
    Ok(())
}

/// Cases the random search found, kept so that they are tried on every run.
#[test]
fn cases_found_before_stay_safe() {
    let found = [
        // A multi of two answers broken down by four groups: one group's second answer.
        Plan {
            threshold: 5,
            groups: 4,
            questions: vec![(Kind::Multi, 2)],
            themes: 0,
            unsaid: 1,
            seed: 4354245093968726368,
        },
    ];
    for plan in found {
        nothing_worked_out(plan).unwrap();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases().div_ceil(2), failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn no_hidden_figure_can_be_worked_out(plan in plan()) {
        nothing_worked_out(plan)?;
    }

    #[test]
    fn no_hidden_figure_can_be_worked_out_either(plan in plan()) {
        nothing_worked_out(plan)?;
    }
}

// ---------------------------------------------------------------------------------------------
// The reproductions from the outside review, over HTTP, as each role reads them.

use ourvoice::accounts::Role;
use serde_json::json;

use crate::helpers::{TestApp, Visitor, csrf, ourvoice, shipped_surveys, signed_in, spawn_app, text};

/// A shipped survey as anyone can read it (and so the attacker does).
fn shipped(slug: &str) -> Survey {
    let source = std::fs::read_to_string(shipped_surveys().join(format!("{slug}.toml"))).unwrap();
    parse_survey(&source).unwrap()
}

async fn send(app: &TestApp, slug: &str, answers: Value) -> (u16, Value) {
    let body = json!({ "answers": answers }).to_string();
    app.post_json(&format!("/api/v1/surveys/{slug}/responses"), "application/json", body).await
}

async fn send_ok(app: &TestApp, slug: &str, answers: Value) {
    let (status, reply) = send(app, slug, answers).await;
    assert_eq!(status, 201, "{reply}");
}

/// Moves a survey on, as staff do, with the button on its page.
async fn set_status(staff: &mut Visitor<'_>, slug: &str, from: &str, to: &str) {
    let page = staff.get(&format!("/staff/surveys/{slug}")).await.body;
    let token = csrf(&page);
    let form = [("csrf", token.as_str()), ("from", from), ("to", to)];
    staff.post_ok(&format!("/staff/surveys/{slug}/status"), &form).await;
}

/// Everything each audience can read of a survey at one moment.
struct Look {
    /// Staff: the results API signed in (live).
    staff: Value,
    /// A tool with a token: the results API.
    token: Value,
    /// A Promise Ambassador: the figures CSV.
    ambassador_csv: Vec<u8>,
    /// A Promise Ambassador: the results page.
    ambassador_page: String,
    /// The public: each share the priorities dashboard shows for this survey (question,
    /// answered, percent).
    dashboard: Vec<(String, u64, u64)>,
}

struct Readers<'a> {
    staff: Visitor<'a>,
    ambassador: Visitor<'a>,
    token: String,
}

impl<'a> Readers<'a> {
    async fn new(app: &'a TestApp) -> Readers<'a> {
        let out = ourvoice(&app.db.url, &["admin", "create-token", "Board dashboard"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        Readers {
            staff: signed_in(app, Role::Staff).await,
            ambassador: signed_in(app, Role::Ambassador).await,
            token: text(&out.stdout).trim().to_string(),
        }
    }

    async fn look(&mut self, app: &TestApp, survey: &Survey) -> Look {
        let path = format!("/api/v1/surveys/{}/results", survey.slug);
        let staff = serde_json::from_str(&self.staff.get(&path).await.body).unwrap();
        let mut reply = app
            .client
            .get(format!("{}{path}", app.address))
            .insert_header(("authorization", format!("Bearer {}", self.token)))
            .send()
            .await
            .unwrap();
        let token: Value = reply.json().limit(10_000_000).await.unwrap();
        let base = format!("/staff/surveys/{}", survey.slug);
        let ambassador_csv = self.ambassador.get(&format!("{base}/results.csv")).await.body.into_bytes();
        let ambassador_page = self.ambassador.get(&format!("{base}/results")).await.body;
        let dashboard = dashboard_shares(&app.get("/reports/priorities").await.body, survey);
        Look { staff, token, ambassador_csv, ambassador_page, dashboard }
    }
}

/// The shares the public dashboard shows for `survey`'s questions: each trend table's caption
/// names the question, each row a survey by its title, with how many answered and the share.
fn dashboard_shares(page: &str, survey: &Survey) -> Vec<(String, u64, u64)> {
    let mut found = Vec::new();
    for table in page.split("<table>").skip(1) {
        let caption = table.split("</caption>").next().unwrap_or("");
        let Some(q) = survey.questions.iter().find(|q| caption.contains(&q.text)) else { continue };
        for row in table.split("<tr>").skip(1) {
            let cells: Vec<String> =
                row.split("<td>").skip(1).map(|c| c.split("</td>").next().unwrap().to_string()).collect();
            let heading = row.split("</th>").next().unwrap_or("");
            if !heading.contains(&survey.title) || cells.len() < 2 {
                continue;
            }
            if let (Ok(answered), Some(Ok(percent))) =
                (cells[0].parse::<u64>(), cells[1].strip_suffix('%').map(str::parse::<u64>))
            {
                found.push((q.id.clone(), answered, percent));
            }
        }
    }
    found
}

/// The attacker, given one audience's view: the JSON and whatever shares it also sees.
pub fn attack_view(survey: &Survey, json: &Value, shares: &[(String, u64, u64)]) -> Findings {
    let mut attacker = Attacker::new(survey);
    attacker.read_results(json);
    for (question, answered, percent) in shares {
        attacker.read_share(question, *answered, *percent);
    }
    attacker.attack()
}

/// Every audience's view holds: the ambassador's CSV says what the token's JSON says (both
/// are what everyone but staff sees), and nothing hidden in either view can be worked out.
fn assert_nothing_worked_out(survey: &Survey, look: &Look) {
    assert_csv_agrees(&look.ambassador_csv, &look.token);
    let staff = attack_view(survey, &look.staff, &[]);
    assert!(staff.determined.is_empty(), "staff's view: {staff}");
    let others = attack_view(survey, &look.token, &look.dashboard);
    assert!(others.determined.is_empty(), "everyone else's view: {others}");
}

/// No figure of any question: only how many have answered, to the nearest 5.
fn assert_only_rounded_count(json: &Value) {
    assert_eq!(json["responses"], Value::Null, "{json}");
    assert_eq!(json["questions"], json!([]), "{json}");
    assert_eq!(json["themes"], json!([]), "{json}");
    if let Some(n) = json["responses_rounded"].as_u64() {
        assert_eq!(n % 5, 0, "{json}");
    }
}

#[actix_web::test]
async fn a_big_promise_of_58_hides_the_14_to_15_group_in_every_table() {
    // Everyone answered "3" 18 times; the 11–13 group 15 times; the 14–15 group 3 times.
    let app = spawn_app().await;
    let survey = shipped("big-promise");
    let plan = [
        ("11 to 13", "With foster carers", 3, 15),
        ("11 to 13", "In a children's home", 5, 15),
        ("14 to 15", "With foster carers", 3, 3),
        ("14 to 15", "With family or friends", 4, 5),
        ("16 to 17", "With foster carers", 4, 20),
    ];
    for (age, home, safe, count) in plan {
        for i in 0..count {
            let wish = if i % 2 == 0 { "I want my own room" } else { "More trips out at the weekend" };
            send_ok(
                &app,
                "big-promise",
                json!({"age-band": age, "kind-of-home": home, "feel-safe": safe,
                "trusted-adult": if i % 3 == 0 { "No" } else { "Yes" }, "one-wish": wish}),
            )
            .await;
        }
    }
    let mut readers = Readers::new(&app).await;
    let open = readers.look(&app, &survey).await;
    assert_eq!(open.staff["responses"], 58);
    assert_only_rounded_count(&open.token);
    assert_eq!(open.token["responses_rounded"], 60);
    assert!(open.ambassador_page.contains("About 60 young people have answered so far"));

    set_status(&mut readers.staff, "big-promise", "open", "closed").await;
    let closed = readers.look(&app, &survey).await;
    assert_eq!(closed.token["responses"], 58);
    assert_nothing_worked_out(&survey, &closed);
    // The attack from the review: everyone's "3" less the 11–13 group's.
    let safe = closed.token["questions"].as_array().unwrap().iter().find(|q| q["id"] == "feel-safe").unwrap();
    let by_age = safe["breakdowns"].as_array().unwrap().iter().find(|b| b["by"] == "age-band").unwrap();
    let three = by_age["columns"].as_array().unwrap().iter().position(|c| c.as_array().unwrap().contains(&json!("3")));
    let row_of = |g: &str| by_age["groups"].as_array().unwrap().iter().find(|r| r["group"] == json!([g])).cloned();
    if let (Some(three), Some(young), Some(fourteen)) = (three, row_of("11 to 13"), row_of("14 to 15")) {
        assert!(young["counts"][three].is_null() || fourteen["counts"][three].is_null(), "{by_age}");
    }
    assert!(!closed.dashboard.is_empty(), "the dashboard shows the closed survey's shares");
}

#[actix_web::test]
async fn my_home_of_19_gives_away_no_child_across_tables_themes_and_the_dashboard() {
    let app = spawn_app().await;
    let survey = shipped("my-home");
    // 10 with foster carers who all have a space of their own; 9 in a children's home, one of
    // them 14 or 15 and not sure; one child in all feels unsafe; one writes about the rules.
    let mut sent = 0;
    for (age, home, count, own_space) in [
        ("11 to 13", "With foster carers", 5, "Yes"),
        ("16 to 17", "With foster carers", 5, "Yes"),
        ("11 to 13", "In a children's home", 5, "No"),
        ("16 to 17", "In a children's home", 3, "No"),
        ("14 to 15", "In a children's home", 1, "Not sure"),
    ] {
        for _ in 0..count {
            let safe = if sent == 7 { 2 } else { 4 + sent % 2 };
            let wish = if sent == 12 { "the rules here are not fair" } else { "I want my own room" };
            let moved = if sent < 3 { "Yes" } else { "No" };
            let mut answers = json!({"age-band": age, "kind-of-home": home, "own-space": own_space,
                "feel-safe": safe, "feel-settled": 3 + sent % 3, "moved-recently": moved,
                "change-one-thing-home": wish});
            if moved == "Yes" {
                answers["move-explained"] = json!(if sent == 0 { "No" } else { "Yes" });
            }
            send_ok(&app, "my-home", answers).await;
            sent += 1;
        }
    }
    let mut readers = Readers::new(&app).await;
    set_status(&mut readers.staff, "my-home", "open", "closed").await;
    let look = readers.look(&app, &survey).await;
    assert_eq!(look.token["responses"], 19);
    assert_nothing_worked_out(&survey, &look);
    // The lone answer about rules is not named, and no theme is listed by a hidden count.
    let themes = look.token["themes"].as_array().unwrap();
    assert!(themes.iter().all(|t| t["theme"] != "rules" && t["n"].as_u64().unwrap() >= 5), "{themes:?}");
    assert_eq!(look.token["other_themes"], true);
    let csv = String::from_utf8_lossy(&look.ambassador_csv).into_owned();
    assert!(!csv.lines().any(|l| l.starts_with("(theme)") && l.contains(",rules,")), "{csv}");
    // "19 answered, 95%" would say exactly one child feels unsafe: the share is not shown.
    assert!(!look.dashboard.iter().any(|(q, answered, percent)| q == "feel-safe" && *answered == 19 && *percent == 95));
}

#[actix_web::test]
async fn while_a_survey_is_open_only_staff_see_figures_and_one_more_answer_tells_others_nothing() {
    let app = spawn_app().await;
    let survey = shipped("my-home");
    for i in 0..16 {
        send_ok(&app, "my-home", json!({"age-band": "11 to 13", "feel-safe": 4 + i % 2, "own-space": "Yes"})).await;
    }
    let mut readers = Readers::new(&app).await;
    let before = readers.look(&app, &survey).await;
    send_ok(&app, "my-home", json!({"age-band": "14 to 15", "feel-safe": 1, "own-space": "No"})).await;
    let after = readers.look(&app, &survey).await;
    for look in [&before, &after] {
        assert_only_rounded_count(&look.token);
        assert_csv_agrees(&look.ambassador_csv, &look.token);
        assert!(!look.ambassador_page.contains("<table"), "no figures on the ambassador's page");
        assert!(look.dashboard.is_empty(), "an open survey is not on the public dashboard");
    }
    // 16 and 17 both round to 15: the new child changed nothing anyone but staff can see.
    assert_eq!(before.token, after.token);
    assert_eq!(before.ambassador_csv, after.ambassador_csv);
    assert_eq!((before.staff["responses"].as_u64(), after.staff["responses"].as_u64()), (Some(16), Some(17)));
    let staff_page = readers.staff.get("/staff/surveys/my-home/results").await.body;
    assert!(staff_page.contains("Promise Ambassadors and partners see a survey's figures only once it has closed"));
}

#[actix_web::test]
async fn closed_figures_are_frozen_so_two_looks_cannot_be_subtracted() {
    let app = spawn_app().await;
    let survey = shipped("my-home");
    for i in 0..12 {
        send_ok(
            &app,
            "my-home",
            json!({"age-band": "11 to 13", "feel-safe": 4 + i % 2,
            "change-one-thing-home": if i < 6 { "I want my own room" } else { "more pocket money" }}),
        )
        .await;
    }
    let mut readers = Readers::new(&app).await;
    set_status(&mut readers.staff, "my-home", "open", "closed").await;
    let first = readers.look(&app, &survey).await;
    assert_eq!(first.token["responses"], 12);
    // Staff open it again, one child answers, it closes again; staff recode an answer too.
    set_status(&mut readers.staff, "my-home", "closed", "open").await;
    send_ok(
        &app,
        "my-home",
        json!({"age-band": "16 to 17", "feel-safe": 1, "change-one-thing-home": "I want my own room"}),
    )
    .await;
    set_status(&mut readers.staff, "my-home", "open", "closed").await;
    let board = readers.staff.get("/staff/surveys/my-home/themes").await.body;
    let at = board.find("name=\"answer\" value=\"").unwrap() + 21;
    let answer = board[at..].split('"').next().unwrap().to_string();
    let form = [("csrf", csrf(&board)), ("answer", answer), ("to", "health".into())];
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
    readers.staff.post_ok("/staff/surveys/my-home/themes/move", &form).await;
    let second = readers.look(&app, &survey).await;
    assert_eq!(first.token, second.token, "everyone but staff sees the figures of the first closing");
    assert_eq!(first.ambassador_csv, second.ambassador_csv);
    assert_eq!(second.staff["responses"], 13, "staff see every response");
}

#[actix_web::test]
async fn one_response_shows_nothing_and_empty_responses_are_refused_and_never_counted() {
    let app = spawn_app().await;
    send_ok(&app, "big-promise", json!({"feel-safe": 2, "one-wish": "I want my own room"})).await;
    let mut readers = Readers::new(&app).await;
    let one: Value =
        serde_json::from_str(&readers.staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!(one["responses"], Value::Null);
    assert_eq!(one["themes"], json!([]), "the theme one child wrote about is not named");
    assert!(
        one["questions"].as_array().unwrap().iter().all(|q| q["answered"].is_null() && q["breakdowns"] == json!([]))
    );

    for empty in [json!({}), json!({"feel-safe": null, "activities": [], "one-wish": "  "})] {
        let (status, reply) = send(&app, "big-promise", empty).await;
        assert_eq!(status, 422, "{reply}");
        assert!(reply["errors"][0]["message"].as_str().unwrap().contains("No question was answered"), "{reply}");
    }
    for _ in 0..3 {
        send_ok(&app, "big-promise", json!({"feel-safe": 4})).await;
    }
    let four: Value =
        serde_json::from_str(&readers.staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!(four["responses"], Value::Null, "4 real responses, the refused empty ones not counted");

    // The pages refuse an empty response too, kindly, keeping the child's place.
    let mut child = Visitor::new(&app);
    child.post("/s/big-promise/start", &[]).await;
    let sent = child.post("/s/big-promise/send", &[]).await;
    assert_eq!(sent.status, 422);
    assert!(sent.body.contains("answered any questions yet"), "{}", sent.body);
    assert!(child.get("/s/big-promise/check").await.status == 200, "the draft is kept");
    let five: Value =
        serde_json::from_str(&readers.staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!(five["responses"], Value::Null);
}

fn refs(form: &[(String, String)]) -> Vec<(&str, &str)> {
    form.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect()
}

/// The reference of the board's answer that says `text`.
pub fn answer_on_board(board: &str, text: &str) -> String {
    let at = board.find(&format!("<p>{text}</p>")).unwrap_or_else(|| panic!("{text} not on the board"));
    // Each answer's box to tick comes just before its words.
    let start = board[..at].rfind("name=\"answer\" value=\"").unwrap() + 21;
    board[start..].split('"').next().unwrap().to_string()
}

#[actix_web::test]
async fn a_quote_moved_out_of_its_theme_loses_its_approval() {
    let app = spawn_app().await;
    for i in 0..9 {
        send_ok(
            &app,
            "big-promise",
            json!({"feel-safe": 4, "one-wish": format!("I want my own room {}", "please ".repeat(i))}),
        )
        .await;
    }
    send_ok(&app, "big-promise", json!({"feel-safe": 5, "one-wish": "the rules here are not fair"})).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let board = staff.get("/staff/surveys/big-promise/themes").await.body;
    let answer = answer_on_board(&board, "the rules here are not fair");
    let post = |to: &str, approve: &str, board: &str| -> Vec<(String, String)> {
        vec![
            ("csrf".into(), csrf(board)),
            ("answer".into(), answer.clone()),
            ("to".into(), to.into()),
            ("approve".into(), approve.into()),
        ]
    };
    // Alone in "rules", it cannot be quoted.
    let refused = staff.post("/staff/surveys/big-promise/themes/quote", &refs(&post("", "1", &board))).await;
    assert_eq!(refused.status, 409);
    // Moved into "own space" (10 answers) it can; moved back, its approval goes.
    staff.post_ok("/staff/surveys/big-promise/themes/move", &refs(&post("home/own space", "", &board))).await;
    staff.post_ok("/staff/surveys/big-promise/themes/quote", &refs(&post("", "1", &board))).await;
    assert!(staff.get("/staff/surveys/big-promise/themes").await.body.contains("Approved as a quote"));
    staff.post_ok("/staff/surveys/big-promise/themes/move", &refs(&post("home/rules", "", &board))).await;
    let after = staff.get("/staff/surveys/big-promise/themes").await.body;
    assert!(!after.contains("Approved as a quote"), "moving the answer withdrew the approval");
    let approved = app
        .db(|conn| {
            let id = ourvoice::store::surveys::find(conn, "big-promise").unwrap().unwrap().id;
            ourvoice::store::themes::approved_quotes(conn, &id, 5).unwrap()
        })
        .await;
    assert!(approved.is_empty(), "{approved:?}");
}
