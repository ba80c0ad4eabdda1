//! Children's journeys against a running server, for `scripts/load-journey.sh`: each client
//! opens Feeling Well (nine questions), starts, loads and answers every question, checks and
//! sends, again and again until the time is up. Prints journeys per second and the server
//! process's CPU time per completed journey (from /proc/PID/stat).
//!   cargo run --release --example load_journey -- ADDRESS SERVER_PID SECONDS CLIENTS

use std::time::{Duration, Instant};

const SURVEY: &str = "/s/feeling-well";
const ANSWERS: [(&str, &str); 9] = [
    ("age-band", "14 to 15"),
    ("feel-happy", "4"),
    ("sleep-well", "3"),
    ("help-with-feelings", "Yes"),
    ("waited-for-help", "I got help quickly"),
    ("health-say", "Yes"),
    ("activities", "Sport"),
    ("want-to-try", "climbing"),
    ("health-one-thing", "more sleep"),
];

/// The server's user and system CPU time so far.
fn cpu(pid: &str) -> Duration {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).expect("the server's /proc/PID/stat");
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap().split_whitespace().collect();
    let ticks: u64 = fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap();
    Duration::from_millis(ticks * 10) // USER_HZ is 100 on Linux
}

async fn journey(client: &awc::Client, address: &str) -> Result<(), String> {
    let mut cookie = String::new();
    let send = async |path: String, form: Option<String>, cookie: &mut String| -> Result<u16, String> {
        let mut request = if form.is_some() {
            client.post(format!("{address}{path}"))
        } else {
            client.get(format!("{address}{path}"))
        };
        if !cookie.is_empty() {
            request = request.insert_header(("cookie", cookie.clone()));
        }
        let mut reply = match form {
            Some(body) => request.content_type("application/x-www-form-urlencoded").send_body(body).await,
            None => request.send().await,
        }
        .map_err(|e| e.to_string())?;
        if let Some(set) = reply.headers().get("set-cookie").and_then(|v| v.to_str().ok()) {
            *cookie = set.split(';').next().unwrap_or("").to_string();
        }
        reply.body().limit(1 << 20).await.map_err(|e| e.to_string())?;
        Ok(reply.status().as_u16())
    };
    let expect = |got: u16, want: u16, what: &str| if got == want { Ok(()) } else { Err(format!("{what}: {got}")) };
    expect(send(SURVEY.into(), None, &mut cookie).await?, 200, "intro")?;
    expect(send(format!("{SURVEY}/start"), Some("lang=en".into()), &mut cookie).await?, 303, "start")?;
    for (id, value) in ANSWERS {
        expect(send(format!("{SURVEY}/q/{id}"), None, &mut cookie).await?, 200, id)?;
        let form = format!("answer={}", value.replace(' ', "+"));
        expect(send(format!("{SURVEY}/q/{id}"), Some(form), &mut cookie).await?, 303, id)?;
    }
    expect(send(format!("{SURVEY}/check"), None, &mut cookie).await?, 200, "check")?;
    expect(send(format!("{SURVEY}/send"), Some(String::new()), &mut cookie).await?, 200, "send")
}

#[actix_web::main]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let [_, address, pid, seconds, clients] = &args[..] else {
        panic!("usage: load_journey ADDRESS SERVER_PID SECONDS CLIENTS");
    };
    let (seconds, clients): (u64, usize) = (seconds.parse().unwrap(), clients.parse().unwrap());
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let before = cpu(pid);
    let started = Instant::now();
    let runs = (0..clients).map(|_| {
        let address = address.clone();
        async move {
            let client = awc::Client::builder().disable_redirects().timeout(Duration::from_secs(30)).finish();
            let (mut done, mut failed) = (0u64, 0u64);
            while Instant::now() < deadline {
                match journey(&client, &address).await {
                    Ok(()) => done += 1,
                    Err(e) => {
                        failed += 1;
                        if failed == 1 {
                            eprintln!("a journey failed: {e}");
                        }
                    }
                }
            }
            (done, failed)
        }
    });
    let results = futures_util::future::join_all(runs).await;
    let elapsed = started.elapsed();
    let used = cpu(pid) - before;
    let (done, failed) = results.iter().fold((0, 0), |(d, f), (a, b)| (d + a, f + b));
    println!(
        "journeys completed {done}, failed {failed}, in {:.1} s: {:.0} journeys/s",
        elapsed.as_secs_f64(),
        done as f64 / elapsed.as_secs_f64()
    );
    println!(
        "server CPU {:.2} s: {:.2} ms per journey (22 requests each)",
        used.as_secs_f64(),
        used.as_secs_f64() * 1000.0 / done.max(1) as f64
    );
    assert_eq!(failed, 0, "every journey completes");
}
