//! Seeds the shipped "Big Promise" survey with planned random responses (100,000 unless told
//! otherwise) and times its results page and results JSON over HTTP on 127.0.0.1.
//!
//!     cargo run --release --example bench_results [-- RESPONSES]
//!
//! Uses a fresh SQLite file, or `DATABASE_URL=postgres://…` (an empty database).

use std::time::{Duration, Instant};

use diesel::prelude::*;
use ourvoice::accounts::Role;
use ourvoice::app::Application;
use ourvoice::config::ServeConfig;
use ourvoice::store::schema::{answers, responses};
use ourvoice::store::{Db, accounts, new_id, surveys};
use ourvoice::survey::Kind;
use rand::prelude::*;

const SLUG: &str = "big-promise";

type ResponseRow = (String, String, String, chrono::NaiveDate);
type AnswerRow = (String, String, String, Option<String>, Option<String>);

/// Inserts one chunk of rows, through whichever backend the connection is.
fn insert(conn: &mut Db, rows: &[ResponseRow], answer_rows: &[AnswerRow]) -> QueryResult<()> {
    let r: Vec<_> = rows
        .iter()
        .map(|(id, survey, lang, week)| {
            (
                responses::id.eq(id),
                responses::survey_id.eq(survey),
                responses::language.eq(lang),
                responses::week.eq(week),
            )
        })
        .collect();
    let a: Vec<_> = answer_rows
        .iter()
        .map(|(response, question, value, priority, themes)| {
            (
                answers::response_id.eq(response),
                answers::question_id.eq(question),
                answers::value.eq(value),
                answers::priority.eq(priority),
                answers::themes.eq(themes),
            )
        })
        .collect();
    conn.transaction(|conn| {
        match conn {
            Db::Sqlite(c) => {
                diesel::insert_into(responses::table).values(&r).execute(c)?;
                for chunk in a.chunks(1000) {
                    diesel::insert_into(answers::table).values(chunk).execute(c)?;
                }
            }
            Db::Pg(c) => {
                diesel::insert_into(responses::table).values(&r).execute(c)?;
                for chunk in a.chunks(1000) {
                    diesel::insert_into(answers::table).values(chunk).execute(c)?;
                }
            }
        }
        Ok(())
    })
}

fn seed(conn: &mut Db, count: usize) -> anyhow::Result<()> {
    let stored = surveys::find(conn, SLUG)?.expect("the shipped surveys are imported");
    let mut rng = rand::rng();
    let week = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a date");
    let wishes = [
        ("More trips out with my foster carers", "home", r#"["placement"]"#),
        ("Help with my homework", "education", r#"["support"]"#),
        ("To see my brother more", "relationships", r#"["family time"]"#),
    ];
    for start in (0..count).step_by(1000) {
        let mut rows = Vec::new();
        let mut answer_rows = Vec::new();
        for _ in start..(start + 1000).min(count) {
            let id = new_id();
            for q in &stored.survey.questions {
                if rng.random_bool(0.1) {
                    continue; // skipped
                }
                let values: Vec<String> = match q.kind {
                    Kind::Text => {
                        let (text, priority, themes) = wishes.choose(&mut rng).expect("wishes");
                        answer_rows.push((
                            id.clone(),
                            q.id.clone(),
                            text.to_string(),
                            Some(priority.to_string()),
                            Some(themes.to_string()),
                        ));
                        continue;
                    }
                    Kind::Multi => {
                        let options = q.fixed_answers().unwrap_or_default();
                        let n = rng.random_range(1..=3);
                        options.choose_multiple(&mut rng, n).cloned().collect()
                    }
                    _ => vec![q.fixed_answers().unwrap_or_default().choose(&mut rng).cloned().expect("answers")],
                };
                answer_rows.extend(values.into_iter().map(|v| (id.clone(), q.id.clone(), v, None, None)));
            }
            rows.push((id, stored.id.clone(), "en".to_string(), week));
        }
        insert(conn, &rows, &answer_rows)?;
    }
    Ok(())
}

/// Median, 95th percentile and slowest of `times`.
fn summary(times: &mut [Duration]) -> String {
    times.sort();
    let at = |p: usize| times[(times.len() * p / 100).min(times.len() - 1)];
    format!("median {:.1} ms, p95 {:.1} ms, max {:.1} ms", ms(at(50)), ms(at(95)), ms(times[times.len() - 1]))
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[actix_web::main]
async fn main() -> anyhow::Result<()> {
    // RUST_LOG=info shows the server's own time for each request in its access log.
    tracing_subscriber::fmt()
        .with_env_filter(tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "warn".into()))
        .init();
    let count: usize = std::env::args().nth(1).map_or(Ok(100_000), |n| n.parse())?;
    let dir = tempfile::tempdir()?;
    let url = std::env::var("DATABASE_URL").unwrap_or_else(|_| dir.path().join("bench.db").display().to_string());
    let config = ServeConfig {
        bind: "127.0.0.1:0".into(),
        surveys: "surveys".into(),
        trusted_proxies: Vec::new(),
        contact_keep_days: 30,
        site: Default::default(),
        mail: Default::default(),
        oidc: Default::default(),
    };
    let app = Application::build(url.clone(), config).await?;
    let (address, store) = (app.address().to_string(), app.store().clone());
    actix_web::rt::spawn(app.run_until_stopped());

    let started = Instant::now();
    let session = store
        .run(move |conn| {
            seed(conn, count).map_err(|e| ourvoice::store::StoreError::Corrupt(e.to_string()))?;
            let user = accounts::create_user(conn, None, "Bench", Role::Staff)?;
            Ok(accounts::create_session(conn, &user.id)?.0)
        })
        .await?;
    println!("seeded {count} responses to {SLUG} in {:.1} s ({url})", started.elapsed().as_secs_f64());

    let client = awc::Client::builder().timeout(Duration::from_secs(600)).finish();
    let get = |path: &str| {
        client.get(format!("{address}{path}")).insert_header(("cookie", format!("ov_session={session}"))).send()
    };
    let first = Instant::now();
    let mut reply = get("/api/v1/surveys/big-promise/results").await.map_err(|e| anyhow::anyhow!("{e}"))?;
    let body = reply.body().limit(10_000_000).await?;
    let json: serde_json::Value = serde_json::from_slice(&body)?;
    println!(
        "first read, adding {count} rows loaded outside the app to the running totals: {:.0} ms (responses: {})",
        ms(first.elapsed()),
        json["responses"]
    );
    // Timed by curl (its own time_total), so the figure is the server's and the network's, not
    // this program's HTTP client's; the access log (RUST_LOG=info) shows the server's alone.
    for (what, path) in [
        ("results JSON", "/api/v1/surveys/big-promise/results"),
        ("results page", "/staff/surveys/big-promise/results"),
    ] {
        let mut times = Vec::new();
        let mut size = String::new();
        for _ in 0..30 {
            let out = std::process::Command::new("curl")
                .args(["-s", "-o", "/dev/null", "--compressed", "-w", "%{http_code} %{time_total} %{size_download}"])
                .args(["-H", &format!("cookie: ov_session={session}"), &format!("{address}{path}")])
                .output()?;
            let report = String::from_utf8_lossy(&out.stdout).to_string();
            let parts: Vec<&str> = report.split(' ').collect();
            anyhow::ensure!(parts.first() == Some(&"200"), "{path}: {report}");
            times.push(Duration::from_secs_f64(parts[1].parse()?));
            size = parts[2].to_string();
        }
        println!("{what} ({size} bytes compressed), 30 requests: {}", summary(&mut times));
    }
    Ok(())
}
