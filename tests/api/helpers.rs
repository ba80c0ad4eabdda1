use std::path::{Path, PathBuf};
use std::process::Output;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use ourvoice::app::Application;
use ourvoice::config::{ServeConfig, SiteConfig};
use ourvoice::store::Store;

/// The shipped survey folder.
pub fn shipped_surveys() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("surveys")
}

/// A database of its own for one test, removed when dropped.
pub struct TestDb {
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    postgres: Option<(String, String)>,
}

impl TestDb {
    /// A fresh database: PostgreSQL if `TEST_DATABASE_URL` names one, else an SQLite file.
    pub fn new() -> TestDb {
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin) if admin.starts_with("postgres") => {
                let name = format!("ourvoice_test_{}", ourvoice::store::new_id());
                let mut conn = diesel::PgConnection::establish(&admin).unwrap_or_else(|e| {
                    panic!("TEST_DATABASE_URL is set but PostgreSQL cannot be reached: {e}")
                });
                conn.batch_execute(&format!("CREATE DATABASE {name}"))
                    .unwrap();
                let (base, query) = admin
                    .split_once('?')
                    .map_or((admin.as_str(), ""), |(b, q)| (b, q));
                let slash = base
                    .rfind('/')
                    .filter(|i| base[..*i].ends_with(|c| c != '/'))
                    .unwrap_or(base.len());
                let mut url = format!("{}/{name}", &base[..slash]);
                if !query.is_empty() {
                    url = format!("{url}?{query}");
                }
                TestDb {
                    url,
                    _dir: None,
                    postgres: Some((admin, name)),
                }
            }
            _ => {
                let dir = tempfile::tempdir().unwrap();
                let url = dir.path().join("ourvoice.db").display().to_string();
                TestDb {
                    url,
                    _dir: Some(dir),
                    postgres: None,
                }
            }
        }
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Runs SQL as the server's administrator (PostgreSQL only).
    pub fn admin_sql(&self, sql: &str) {
        let (admin, _) = self.postgres.as_ref().expect("PostgreSQL only");
        diesel::PgConnection::establish(admin)
            .unwrap()
            .batch_execute(sql)
            .unwrap();
    }

    pub fn name(&self) -> &str {
        &self.postgres.as_ref().expect("PostgreSQL only").1
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin, name)) = &self.postgres
            && let Ok(mut conn) = diesel::PgConnection::establish(admin)
        {
            let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"));
        }
    }
}

pub struct TestApp {
    pub address: String,
    pub store: Store,
    pub client: awc::Client,
    pub db: TestDb,
}

/// The real application on a free port, on a fresh database, with the shipped surveys.
pub async fn spawn_app() -> TestApp {
    spawn_app_with_surveys(&shipped_surveys()).await
}

pub async fn spawn_app_with_surveys(surveys: &Path) -> TestApp {
    let db = TestDb::new();
    let config = ServeConfig {
        bind: "127.0.0.1:0".into(),
        surveys: surveys.to_path_buf(),
        site: SiteConfig::default(),
    };
    let app = Application::build(db.url.clone(), config)
        .await
        .expect("the app starts");
    let address = app.address().to_string();
    let store = app.store().clone();
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp {
        address,
        store,
        client: awc::Client::default(),
        db,
    }
}

pub struct Page {
    pub status: u16,
    pub body: String,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> Page {
        let mut response = self
            .client
            .get(format!("{}{path}", self.address))
            .send()
            .await
            .unwrap();
        let body = response.body().limit(10_000_000).await.unwrap();
        Page {
            status: response.status().as_u16(),
            body: String::from_utf8(body.to_vec()).unwrap(),
        }
    }
}

/// Runs the `ourvoice` binary with `args` against `database_url`.
pub fn ourvoice(database_url: &str, args: &[&str]) -> Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_ourvoice"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("RUST_LOG", "warn")
        .output()
        .unwrap()
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A real `ourvoice` server process, stopped with SIGKILL when dropped.
pub struct ServerProcess {
    pub child: std::process::Child,
    pub address: String,
    pub stdout: Vec<String>,
}

impl ServerProcess {
    /// Starts `ourvoice` with `args` (none: the default, serve) on a free port and waits for
    /// the address it prints.
    pub fn start(database_url: &str, args: &[&str]) -> ServerProcess {
        use std::io::BufRead;
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ourvoice"))
            .args(args)
            .env("DATABASE_URL", database_url)
            .env("OURVOICE_BIND", "127.0.0.1:0")
            .env("OURVOICE_SURVEYS", shipped_surveys())
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let mut stdout = Vec::new();
        for line in lines.by_ref() {
            let line = line.unwrap();
            stdout.push(line.clone());
            if let Some(address) = line.strip_prefix("ourvoice is serving at ") {
                let address = address.trim_end_matches('/').to_string();
                // Keep draining stdout so the server never blocks on a full pipe.
                std::thread::spawn(move || lines.for_each(drop));
                return ServerProcess {
                    child,
                    address,
                    stdout,
                };
            }
        }
        let status = child.wait();
        panic!("ourvoice exited ({status:?}) without serving: {stdout:?}");
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
