//! Results: planned answers go in through the API so that some groups fall below the
//! threshold, and every page, export and the JSON is searched for a count that should be
//! hidden or could be worked out.

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::store::schema::{answers, responses};
use serde_json::{Value, json};

use crate::helpers::{TestApp, Visitor, ourvoice, signed_in, spawn_app, text};

const URL: &str = "/api/v1/surveys/big-promise/responses";

/// 9 aged 11 to 13 who feel safe (5), 6 aged 14 to 15 who mostly do (4), 2 aged 16 to 17 who
/// don't (1); everyone says what they do.
pub(crate) async fn plant(app: &TestApp) {
    let plan = [(9, "11 to 13", 5), (6, "14 to 15", 4), (2, "16 to 17", 1)];
    for (count, age, safe) in plan {
        for _ in 0..count {
            let body = json!({"answers": {
                "age-band": age,
                "feel-safe": safe,
                "activities": ["Sport", "Gaming"],
                "one-wish": "More trips out with my foster carers at the weekend",
            }});
            let (status, reply) = app.post_json(URL, "application/json", body.to_string()).await;
            assert_eq!(status, 201, "{reply}");
        }
    }
}

fn question<'v>(results: &'v Value, id: &str) -> &'v Value {
    results["questions"].as_array().unwrap().iter().find(|q| q["id"] == id).unwrap()
}

fn ns(counts: &Value) -> Vec<Value> {
    counts.as_array().unwrap().iter().map(|c| c["n"].clone()).collect()
}

/// Every count shown is 0 or at least the threshold, and the attacker works out nothing hidden.
fn assert_nothing_small_or_derivable(results: &Value) {
    let threshold = results["threshold"].as_u64().unwrap();
    let fine = |v: &Value| v.is_null() || v.as_u64().is_some_and(|n| n == 0 || n >= threshold);
    for q in results["questions"].as_array().unwrap() {
        assert!(fine(&q["answered"]) && ns(&q["counts"]).iter().all(fine), "{q}");
        for b in q["breakdowns"].as_array().unwrap() {
            for g in b["groups"].as_array().unwrap() {
                assert!(fine(&g["answered"]) && g["counts"].as_array().unwrap().iter().all(fine), "{b}");
            }
        }
    }
    let survey = ourvoice::survey::parse_survey(
        &std::fs::read_to_string(crate::helpers::shipped_surveys().join("big-promise.toml")).unwrap(),
    )
    .unwrap();
    let found = crate::disclosure::attack_view(&survey, results, &[]);
    assert!(found.determined.is_empty(), "{found}");
}

#[actix_web::test]
async fn nothing_shows_before_the_threshold_and_small_groups_never_show() {
    let app = spawn_app().await;
    let mut staff = signed_in(&app, Role::Staff).await;
    for _ in 0..3 {
        let body = json!({"answers": {"age-band": "11 to 13", "feel-safe": 5}});
        assert_eq!(app.post_json(URL, "application/json", body.to_string()).await.0, 201);
    }
    let early: Value = serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!(early["responses"], Value::Null, "no result before 5 responses");
    assert!(early["questions"].as_array().unwrap().iter().all(|q| q["answered"].is_null()));
    let page = staff.get("/staff/surveys/big-promise/results").await.body;
    assert!(page.contains("Fewer than 5 responses."));
    assert!(!page.contains(">3<"), "{page}");
    assert_eq!(staff.get("/staff/surveys/big-promise/answers.csv").await.status, 409);

    plant(&app).await;
    let results: Value = serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!(results["responses"], 20);
    assert_eq!(results["threshold"], 5);
    assert_nothing_small_or_derivable(&results);

    let age = question(&results, "age-band");
    assert_eq!(age["answered"], 20);
    // 12, 6 and 2: the 2 is hidden, and so the 6 is too.
    assert_eq!(ns(&age["counts"]), [json!(12), Value::Null, Value::Null]);
    let safe = question(&results, "feel-safe");
    assert_eq!(safe["kind"], "scale");
    assert_eq!(safe["priority"], "home");
    // 1: 2, 2: 0, 3: 0, 4: 6, 5: 12 — the 2 goes, and with it the next smallest that is not
    // zero, the 6, so that the hidden ones together (8) are not a small count either.
    assert_eq!(ns(&safe["counts"]), [Value::Null, json!(0), json!(0), Value::Null, json!(12)]);
    let by_age = safe["breakdowns"].as_array().unwrap().iter().find(|b| b["by"] == "age-band").unwrap();
    // The answers hidden for everyone are one column; the groups the age question hides, one row.
    assert_eq!(by_age["columns"], json!([["1", "4"], ["2"], ["3"], ["5"]]));
    let rows = by_age["groups"].as_array().unwrap();
    assert_eq!(rows.len(), 2, "{by_age}");
    assert_eq!((rows[0]["group"].clone(), rows[0]["answered"].clone()), (json!(["11 to 13"]), json!(12)));
    assert_eq!((rows[1]["group"].clone(), rows[1]["answered"].clone()), (json!(["14 to 15", "16 to 17"]), json!(8)));
    // The older ones all answered 1 or 4 and the younger all 5: shown, that would say what
    // every 16 or 17-year-old answered, so those cells are hidden.
    assert_eq!(rows[1]["counts"], json!([null, 0, 0, null]), "{by_age}");
    assert_eq!(rows[0]["counts"], json!([null, 0, 0, null]), "{by_age}");
    let activities = question(&results, "activities");
    assert_eq!(ns(&activities["counts"])[0], 17, "multi answers count each choice: 17 chose Sport");
    let themes = results["themes"].as_array().unwrap();
    assert!(themes.iter().any(|t| t["n"] == 17), "{themes:?}");

    // The page, the figures CSV and the command line say the same, and nothing smaller.
    let page = staff.get("/staff/surveys/big-promise/results").await.body;
    assert!(page.contains("20 responses."));
    assert!(page.contains("<td>fewer than 5</td>"));
    assert!(page.contains("14 to 15 + 16 to 17"), "the small groups are shown together");
    assert!(!page.contains("answered 4 or 5."), "no share from hidden counts");
    for small in ["<td>2</td>", "<td>3</td>", "<td>6</td>"] {
        assert!(!page.contains(small), "{small} on the results page");
    }
    let csv = staff.get("/staff/surveys/big-promise/results.csv").await.body;
    for line in csv.lines().skip(1) {
        let count = line.rsplit(',').next().unwrap();
        assert!(count == "fewer than 5" || count.parse::<u64>().is_ok_and(|n| n == 0 || n >= 5), "{line}");
    }
    let out = ourvoice(&app.db.url, &["results", "big-promise"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(serde_json::from_slice::<Value>(&out.stdout).unwrap(), results);
}

#[actix_web::test]
async fn every_response_downloads_for_staff_only_in_no_telling_order() {
    let app = spawn_app().await;
    plant(&app).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let csv = staff.get("/staff/surveys/big-promise/answers.csv").await;
    assert_eq!(csv.status, 200);
    let mut reader = csv::Reader::from_reader(csv.body.as_bytes());
    let header = reader.headers().unwrap().clone();
    assert_eq!(&header[0], "feel-safe", "columns in the survey's order");
    let age = header.iter().position(|h| h == "age-band").unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 17, "one header row, then one row per response");
    let activities = header.iter().position(|h| h == "activities").unwrap();
    assert_eq!(&rows[0][activities], "Sport; Gaming", "in the order of the options");
    assert!(!csv.body.contains("big-promise") && !csv.body.contains("2026-"), "no ids, weeks or order");
    let ages: Vec<&str> = rows.iter().map(|r| r.get(age).unwrap()).collect();
    assert_ne!(
        ages,
        [["11 to 13"; 9].as_slice(), &["14 to 15"; 6], &["16 to 17"; 2]].concat(),
        "not in the order sent"
    );
    let session = format!("ov_session={}", staff.session.clone().unwrap());
    let url = format!("{}/staff/surveys/big-promise/answers.xlsx", app.address);
    let mut xlsx = app.client.get(url).insert_header(("cookie", session)).send().await.unwrap();
    assert_eq!(xlsx.status().as_u16(), 200);
    let bytes = xlsx.body().await.unwrap();
    assert!(bytes.starts_with(b"PK") && bytes.len() > 1000, "an XLSX file is a zip");
    let sheet = xlsx_sheet(&bytes);
    let safe = header.iter().position(|h| h == "feel-safe").unwrap();
    let column = char::from(b'A' + safe as u8);
    // Every "feel-safe" cell below the header holds a plain number, not text.
    let cells = regex::Regex::new(&format!(r#"<c r="{column}(\d+)"([^>]*)>(.*?)</c>"#)).unwrap();
    let faces: Vec<(u32, String, String)> =
        cells.captures_iter(&sheet).map(|c| (c[1].parse().unwrap(), c[2].to_string(), c[3].to_string())).collect();
    assert_eq!(faces.len(), 18, "a header and 17 answers: {sheet}");
    let face = regex::Regex::new(r"^<v>[1-5]</v>$").unwrap();
    for (row, attributes, value) in faces.iter().filter(|(row, _, _)| *row > 1) {
        assert!(!attributes.contains("t=") && face.is_match(value), "row {row}: {attributes} {value}");
    }
    assert!(staff.get("/staff/audit").await.body.contains("downloaded every response"));

    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    assert_eq!(ambassador.get("/staff/surveys/big-promise/results").await.status, 200);
    assert_eq!(ambassador.get("/staff/surveys/big-promise/results.csv").await.status, 200);
    assert_eq!(ambassador.get("/staff/surveys/big-promise/answers.csv").await.status, 403);
    assert_eq!(ambassador.get("/api/v1/surveys/big-promise/results").await.status, 403);
    let mut partner = signed_in(&app, Role::Partner).await;
    assert_eq!(partner.get("/staff/surveys/big-promise/results").await.status, 403, "until a report is shared");
}

#[actix_web::test]
async fn tools_read_results_with_a_token_and_rows_written_elsewhere_are_counted() {
    let app = spawn_app().await;
    plant(&app).await;
    let out = ourvoice(&app.db.url, &["admin", "create-token", "Board dashboard"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let token = text(&out.stdout).trim().to_string();
    let client = awc::Client::default();
    let get = |auth: Option<String>| {
        let mut request = client.get(format!("{}/api/v1/surveys/big-promise/results", app.address));
        if let Some(auth) = auth {
            request = request.insert_header(("authorization", auth));
        }
        request
    };
    let mut ok = get(Some(format!("Bearer {token}"))).send().await.unwrap();
    assert_eq!(ok.status().as_u16(), 200);
    let before: Value = ok.json().await.unwrap();
    // A tool sees what everyone but staff sees: while the survey is open, how many have
    // answered to the nearest 5, and no figures.
    assert_eq!((before["responses"].clone(), before["responses_rounded"].clone()), (Value::Null, json!(15)));
    assert_eq!(before["questions"], json!([]));
    assert_eq!(get(Some("Bearer not-a-token".into())).send().await.unwrap().status().as_u16(), 403);
    assert_eq!(get(None).send().await.unwrap().status().as_u16(), 403);

    // Three responses written straight into the tables (an import from a paper round, say)
    // are counted on the next read.
    let survey_id = app.db(|conn| ourvoice::store::surveys::find(conn, "big-promise").unwrap().unwrap().id).await;
    app.db(move |conn| {
        for _ in 0..3 {
            let id = ourvoice::store::new_id();
            diesel::insert_into(responses::table)
                .values((
                    responses::id.eq(&id),
                    responses::survey_id.eq(&survey_id),
                    responses::language.eq("en"),
                    responses::week.eq(chrono::NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()),
                ))
                .execute(conn)
                .unwrap();
            diesel::insert_into(answers::table)
                .values((
                    answers::response_id.eq(&id),
                    answers::question_id.eq("age-band"),
                    answers::value.eq("16 to 17"),
                ))
                .execute(conn)
                .unwrap();
        }
    })
    .await;
    let after: Value = get(Some(format!("Bearer {token}"))).send().await.unwrap().json().await.unwrap();
    assert_eq!(after["responses_rounded"], 20);
    let mut staff = signed_in(&app, Role::Staff).await;
    let after: Value = serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!(after["responses"], 20);
    assert_eq!(ns(&question(&after, "age-band")["counts"]), [json!(9), json!(6), json!(5)]);
    let mut visitor = Visitor::new(&app);
    assert_eq!(visitor.get("/staff/surveys/big-promise/results").await.location.as_deref(), Some("/sign-in"));
}

#[actix_web::test]
async fn totals_kept_as_responses_arrive_equal_totals_counted_from_the_tables() {
    let copy = std::fs::read_to_string(crate::helpers::shipped_surveys().join("big-promise.toml"))
        .unwrap()
        .replace("slug = \"big-promise\"", "slug = \"big-promise-copy\"");
    let dir = crate::helpers::surveys_with(&[("copy.toml", &copy)]);
    let app = crate::helpers::spawn_app_with_surveys(dir.path()).await;
    plant(&app).await;
    for (age, safe, activities, wish) in
        [("14 to 15", 3, vec!["Music or drama"], "I want to stay at my school"), ("16 to 17", 2, vec![], "")]
    {
        let body = json!({"answers": {"age-band": age, "feel-safe": safe, "activities": activities, "one-wish": wish}});
        assert_eq!(app.post_json(URL, "application/json", body.to_string()).await.0, 201);
    }
    // The same rows again under the copy, written straight into the tables: counted by the catch-up.
    app.db(|conn| {
        let mut id = |slug| ourvoice::store::surveys::find(conn, slug).unwrap().unwrap().id;
        let (original, copied) = (id("big-promise"), id("big-promise-copy"));
        diesel::sql_query(format!(
            "INSERT INTO responses (id, survey_id, language, week) \
             SELECT id || 'c', '{copied}', language, week FROM responses WHERE survey_id = '{original}'"
        ))
        .execute(conn)
        .unwrap();
        diesel::sql_query(format!(
            "INSERT INTO answers (response_id, question_id, value, priority, themes) \
             SELECT a.response_id || 'c', a.question_id, a.value, a.priority, a.themes FROM answers a \
             JOIN responses r ON r.id = a.response_id WHERE r.survey_id = '{original}'"
        ))
        .execute(conn)
        .unwrap();
    })
    .await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let kept: Value = serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    let mut counted: Value =
        serde_json::from_str(&staff.get("/api/v1/surveys/big-promise-copy/results").await.body).unwrap();
    counted["survey"] = kept["survey"].clone();
    assert_eq!(kept["responses"], 19);
    assert_eq!(counted, kept);
}

/// The first value of a hidden field named `name` on a page.
fn hidden(page: &str, name: &str) -> String {
    let at = page.find(&format!("name=\"{name}\" value=\"")).unwrap() + name.len() + 15;
    page[at..].split('"').next().unwrap().to_string()
}

#[actix_web::test]
async fn staff_move_answers_between_themes_and_approve_quotes_only_from_big_enough_themes() {
    let app = spawn_app().await;
    plant(&app).await;
    let mut staff = signed_in(&app, Role::Staff).await;
    let board = staff.get("/staff/surveys/big-promise/themes").await.body;
    assert!(board.contains("More trips out with my foster carers at the weekend"));
    assert!(board.contains("(17)</span>"), "{board}");
    let before: Value = serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    let group = before["themes"].as_array().unwrap().iter().find(|t| t["n"] == 17).unwrap().clone();

    let (answer, token) = (hidden(&board, "answer"), hidden(&board, "csrf"));
    let moved = staff
        .post(
            "/staff/surveys/big-promise/themes/move",
            &[("csrf", &token), ("answer", &answer), ("to", "education/support")],
        )
        .await;
    assert_eq!(moved.status, 303);
    assert_eq!(moved.location.as_deref(), Some("/staff/surveys/big-promise/themes?moved=1"));
    let board = staff.get("/staff/surveys/big-promise/themes?moved=1").await.body;
    assert!(board.contains("Moved 1 answer."), "{board}");
    assert!(board.contains("Education: support") && board.contains("Too few in this theme to quote."), "{board}");
    // 16 and 1: the 1 is too small to name, and so the 16 goes unnamed too (else the total
    // less the 16 would be the 1).
    let after: Value = serde_json::from_str(&staff.get("/api/v1/surveys/big-promise/results").await.body).unwrap();
    assert_eq!((after["themes"].clone(), after["other_themes"].clone()), (json!([]), json!(true)));
    let sizes = app
        .db(|conn| {
            let id = ourvoice::store::surveys::find(conn, "big-promise").unwrap().unwrap().id;
            ourvoice::store::themes::theme_sizes(conn, &id).unwrap()
        })
        .await;
    let key = (group["priority"].as_str().unwrap().to_string(), group["theme"].as_str().unwrap().to_string());
    assert_eq!(sizes[&key], 16, "the running totals follow the move");
    assert_eq!(sizes[&("education".to_string(), "support".to_string())], 1);

    let url = "/staff/surveys/big-promise/themes/quote";
    let small = [("csrf", token.as_str()), ("answer", &answer), ("approve", "1")];
    assert_eq!(staff.post(url, &small).await.status, 409, "one answer alone can't be quoted");
    let other = board
        .match_indices("name=\"answer\" value=\"")
        .map(|(i, _)| board[i + 21..].split('"').next().unwrap().to_string())
        .find(|r| *r != answer)
        .unwrap();
    let big = [("csrf", token.as_str()), ("answer", &other), ("approve", "1")];
    assert_eq!(staff.post(url, &big).await.status, 303);
    let board = staff.get("/staff/surveys/big-promise/themes").await.body;
    assert!(board.contains("Approved as a quote by Pat Example"), "{board}");
    let audit = staff.get("/staff/audit").await.body;
    assert!(audit.contains("moved answers to another theme") && audit.contains("approved a quote"));
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    assert_eq!(ambassador.get("/staff/surveys/big-promise/themes").await.status, 403);
}

#[actix_web::test]
async fn the_designated_lead_sees_concerns_and_marks_them_seen() {
    let app = spawn_app().await;
    let body = json!({"answers": {"one-wish": "sometimes I want to kill myself, my name is Jamie Smith"}});
    assert_eq!(app.post_json(URL, "application/json", body.to_string()).await.0, 201);
    let mut lead = signed_in(&app, Role::Staff).await;
    let page = lead.get("/staff/concerns").await.body;
    assert!(page.contains("sometimes I want to kill myself"), "{page}");
    assert!(!page.contains("Jamie Smith"), "redacted before storage");
    let reference = page.split("action=\"/staff/concerns/").nth(1).unwrap().split('"').next().unwrap().to_string();
    let token = hidden(&page, "csrf");
    let to = lead
        .post_ok(&format!("/staff/concerns/{reference}"), &[("csrf", &token), ("note", "Passed to the duty team")])
        .await;
    assert_eq!(to, "/staff/concerns");
    let page = lead.get("/staff/concerns").await.body;
    assert!(page.contains("Seen by Pat Example") && page.contains("Passed to the duty team"), "{page}");
    let mut ambassador = signed_in(&app, Role::Ambassador).await;
    assert_eq!(ambassador.get("/staff/concerns").await.status, 403);
}

/// The first worksheet's XML of an XLSX file (a zip), read with Python's zipfile.
fn xlsx_sheet(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("answers.xlsx");
    std::fs::write(&path, bytes).unwrap();
    let read = "import sys, zipfile; print(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml').decode())";
    let output = std::process::Command::new("python3").args(["-c", read]).arg(&path).output().unwrap();
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).unwrap()
}

/// Every row of the running totals, in order: (by question, by value, question, value, n) and
/// (priority, theme, n).
type Raw = (Vec<(String, String, String, String, i64)>, Vec<(String, String, i64)>);

fn raw_totals(conn: &mut ourvoice::store::Db) -> Raw {
    use ourvoice::store::schema::{answer_counts as c, theme_counts as t};
    let counts = c::table
        .select((c::by_question, c::by_value, c::question_id, c::value, c::n))
        .filter(c::n.ne(0))
        .order((c::by_question, c::by_value, c::question_id, c::value))
        .load(conn)
        .unwrap();
    let themes = t::table
        .select((t::priority, t::theme, t::n))
        .filter(t::n.ne(0))
        .order((t::priority, t::theme))
        .load(conn)
        .unwrap();
    (counts, themes)
}

/// The totals a plain recount of the stored answers gives: every response that answered
/// anything, then each question it answered and each fixed answer it gave, for everyone and
/// within each about-you answer it gave; and each free-text answer's priority and themes.
fn recount(conn: &mut ourvoice::store::Db, survey: &ourvoice::survey::Survey) -> Raw {
    use std::collections::BTreeMap;
    type Row = (String, String, String, Option<String>, Option<String>);
    let rows: Vec<Row> = answers::table
        .select((answers::response_id, answers::question_id, answers::value, answers::priority, answers::themes))
        .load(conn)
        .unwrap();
    let mut by_response: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let mut counts: BTreeMap<(String, String, String, String), i64> = BTreeMap::new();
    let mut themes: BTreeMap<(String, String), i64> = BTreeMap::new();
    for (response, question, value, priority, coded) in rows {
        if survey.question(&question).unwrap().kind == ourvoice::survey::Kind::Text {
            let coded: Vec<String> = coded.map(|c| serde_json::from_str(&c).unwrap()).unwrap_or_default();
            for theme in if coded.is_empty() { vec![String::new()] } else { coded } {
                *themes.entry((priority.clone().unwrap_or_default(), theme)).or_default() += 1;
            }
        }
        by_response.entry(response).or_default().push((question, value));
    }
    let blank = String::new;
    for given in by_response.values() {
        *counts.entry((blank(), blank(), blank(), blank())).or_default() += 1;
        let mut groups = vec![(blank(), blank())];
        groups.extend(given.iter().filter(|(q, _)| survey.question(q).unwrap().about_you).cloned());
        for (by, group) in &groups {
            let mut asked: Vec<&String> = given.iter().map(|(q, _)| q).collect();
            asked.dedup();
            for question in asked {
                *counts.entry((by.clone(), group.clone(), question.clone(), blank())).or_default() += 1;
            }
            for (question, value) in given {
                if survey.question(question).unwrap().kind != ourvoice::survey::Kind::Text {
                    *counts.entry((by.clone(), group.clone(), question.clone(), value.clone())).or_default() += 1;
                }
            }
        }
    }
    (
        counts.into_iter().map(|((by, group, q, v), n)| (by, group, q, v, n)).collect(),
        themes.into_iter().map(|((p, t), n)| (p, t, n)).collect(),
    )
}

/// The counting rule is defined once ([`ourvoice::results::Tally::of`]) and used twice: as the
/// writer adds each response, and by the catch-up for rows written any other way. On random
/// responses both give exactly the raw totals a plain recount of the stored answers gives,
/// before any suppression.
#[actix_web::test]
async fn the_counting_rule_gives_the_raw_totals_of_a_plain_recount_both_ways() {
    use ourvoice::survey::Kind;
    use proptest::strategy::{Strategy, ValueTree};
    let app = spawn_app().await;
    let survey = app.db(|conn| ourvoice::store::surveys::find(conn, "big-promise").unwrap().unwrap().survey).await;
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let texts = ["I want my own room", "my school is good", "more time with my sister", "", "I feel safe at home"];
    let mut stored = 0;
    for _ in 0..120 {
        let mut answers = serde_json::Map::new();
        for q in &survey.questions {
            let pick = (0..10usize).new_tree(&mut runner).unwrap().current();
            // A child is only asked a follow-up when its question was answered so.
            let asked = q.show_if.as_ref().is_none_or(|s| {
                answers
                    .get(&s.question)
                    .and_then(Value::as_str)
                    .is_some_and(|v| s.condition.answers().iter().any(|a| a == v))
            });
            if pick < 3 || !asked {
                continue;
            }
            let value = match q.kind {
                Kind::Scale => json!((pick % 5 + 1).to_string()),
                Kind::YesNo => json!(["Yes", "No", "Not sure"][pick % 3]),
                Kind::Choice => json!(q.options[pick % q.options.len()]),
                Kind::Multi => json!(
                    q.options
                        .iter()
                        .enumerate()
                        .filter(|(i, _)| (pick + i) % 3 == 0)
                        .map(|(_, o)| o)
                        .collect::<Vec<_>>()
                ),
                Kind::Text => json!(texts[pick % texts.len()]),
            };
            answers.insert(q.id.clone(), value);
        }
        let (status, _) = app.post_json(URL, "application/json", json!({"answers": answers}).to_string()).await;
        stored += usize::from(status == 201);
    }
    assert!(stored > 100, "most random responses are valid: {stored}");
    let (kept, counted, recounted) = app
        .db(move |conn| {
            let kept = raw_totals(conn);
            use ourvoice::store::schema::{answer_counts, responses, theme_counts};
            diesel::delete(answer_counts::table).execute(conn).unwrap();
            diesel::delete(theme_counts::table).execute(conn).unwrap();
            diesel::update(responses::table).set(responses::counted.eq(0)).execute(conn).unwrap();
            ourvoice::store::counts::add_new_if_any(conn).unwrap();
            (kept, raw_totals(conn), recount(conn, &survey))
        })
        .await;
    assert!(kept.0.len() > 50, "{} rows", kept.0.len());
    assert!(!kept.1.is_empty(), "free text is counted by theme");
    assert_eq!(kept, recounted, "as responses were written");
    assert_eq!(counted, recounted, "by the catch-up");
}
