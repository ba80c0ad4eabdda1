use std::path::{Path, PathBuf};
use std::process::Output;

use diesel::Connection;
use diesel::connection::SimpleConnection;
use ourvoice::app::Application;
use ourvoice::config::{MailConfig, ServeConfig, SiteConfig};
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
            Ok(admin) if admin.starts_with("postgres") => TestDb::new_named(&admin, None),
            _ => {
                let dir = tempfile::tempdir().unwrap();
                let url = dir.path().join("ourvoice.db").display().to_string();
                TestDb { url, _dir: Some(dir), postgres: None }
            }
        }
    }

    /// A fresh PostgreSQL database on the server `admin` names, a copy of `template` if given.
    fn new_named(admin: &str, template: Option<&str>) -> TestDb {
        let name = format!("ourvoice_test_{}", ourvoice::store::new_id());
        let mut conn = diesel::PgConnection::establish(admin)
            .unwrap_or_else(|e| panic!("TEST_DATABASE_URL is set but PostgreSQL cannot be reached: {e}"));
        let copy = template.map_or(String::new(), |t| format!(" TEMPLATE {t}"));
        conn.batch_execute(&format!("CREATE DATABASE {name}{copy}")).unwrap();
        TestDb { url: database_in(admin, &name), _dir: None, postgres: Some((admin.to_string(), name)) }
    }

    /// A database already migrated and holding the shipped surveys (open), copied from a
    /// template made once per version of the migrations and surveys: on SQLite a copy of a
    /// prepared file, on PostgreSQL `CREATE DATABASE … TEMPLATE`.
    pub fn with_shipped_surveys() -> TestDb {
        let template = template();
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin) if admin.starts_with("postgres") => TestDb::new_named(&admin, Some(template)),
            _ => {
                let db = TestDb::new();
                std::fs::copy(template, &db.url).unwrap();
                db
            }
        }
    }

    /// A database as a server of `surveys` would make it on first start (every survey in the
    /// folder imported, open): when the folder holds the shipped surveys as shipped, a copy of
    /// the template with the others imported into it, so the read-aloud clips are not made
    /// again for every server; a fresh database otherwise, which the server fills itself.
    pub fn for_surveys(surveys: &Path) -> TestDb {
        let shipped = std::fs::read_dir(shipped_surveys()).unwrap().map(|e| e.unwrap().path());
        let holds_them = shipped.into_iter().all(|path| {
            std::fs::read(surveys.join(path.file_name().unwrap()))
                .is_ok_and(|copy| copy == std::fs::read(&path).unwrap())
        });
        if !holds_them {
            return TestDb::new();
        }
        let db = TestDb::with_shipped_surveys();
        let mut conn = Store::open(&db.url).unwrap().conn().unwrap();
        ourvoice::import::import(&mut conn, &[surveys.to_path_buf()], ourvoice::survey::Status::Open).unwrap();
        db
    }

    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }

    /// Runs SQL as the server's administrator (PostgreSQL only).
    pub fn admin_sql(&self, sql: &str) {
        let (admin, _) = self.postgres.as_ref().expect("PostgreSQL only");
        diesel::PgConnection::establish(admin).unwrap().batch_execute(sql).unwrap();
    }

    pub fn name(&self) -> &str {
        &self.postgres.as_ref().expect("PostgreSQL only").1
    }
}

/// `admin`'s URL with the database `name` in it.
fn database_in(admin: &str, name: &str) -> String {
    let (base, query) = admin.split_once('?').map_or((admin, ""), |(b, q)| (b, q));
    let slash = base.rfind('/').filter(|i| base[..*i].ends_with(|c| c != '/')).unwrap_or(base.len());
    let url = format!("{}/{name}", &base[..slash]);
    if query.is_empty() { url } else { format!("{url}?{query}") }
}

/// The template [`TestDb::with_shipped_surveys`] copies: an SQLite file path, or a PostgreSQL
/// database name. Named by a hash of the migrations, the shipped surveys and the code that
/// reads, stores and reads aloud a survey, so a new version of any of them gets a new template
/// and an unchanged one is reused from the last run.
fn template() -> &'static str {
    static TEMPLATE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    TEMPLATE.get_or_init(|| {
        use sha2::Digest;
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        // What the template holds, and the code that makes it (reading, storing, reading aloud).
        let made_of = [
            "migrations",
            "surveys",
            "src/survey",
            "src/store",
            "src/speech.rs",
            "src/import.rs",
            "src/usecase/read_aloud.rs",
        ];
        let mut stack: Vec<PathBuf> = made_of.into_iter().map(|p| root.join(p)).collect();
        let mut files: Vec<PathBuf> = Vec::new();
        while let Some(path) = stack.pop() {
            if path.is_dir() {
                stack.extend(std::fs::read_dir(&path).unwrap().map(|entry| entry.unwrap().path()));
            } else {
                files.push(path);
            }
        }
        files.sort();
        let mut hash = sha2::Sha256::new();
        for file in &files {
            hash.update(file.strip_prefix(root).unwrap().display().to_string());
            hash.update(std::fs::read(file).unwrap());
        }
        let version: String = hash.finalize().iter().take(6).map(|b| format!("{b:02x}")).collect();
        let prepare = |url: &str| {
            let store = Store::open(url).unwrap();
            let mut conn = store.conn().unwrap();
            ourvoice::import::import(&mut conn, &[shipped_surveys()], ourvoice::survey::Status::Open).unwrap();
        };
        match std::env::var("TEST_DATABASE_URL") {
            Ok(admin) if admin.starts_with("postgres") => {
                let name = format!("ourvoice_template_{version}");
                use diesel::RunQueryDsl;
                let mut conn = diesel::PgConnection::establish(&admin).unwrap();
                let found = diesel::sql_query(format!("SELECT 1 AS one FROM pg_database WHERE datname = '{name}'"))
                    .load::<One>(&mut conn)
                    .unwrap();
                if found.is_empty() {
                    // Built under a temporary name and renamed when complete, so a run that
                    // stops half way never leaves a half-made template.
                    let building = format!("{name}_{}", ourvoice::store::new_id());
                    conn.batch_execute(&format!("CREATE DATABASE {building}")).unwrap();
                    prepare(&database_in(&admin, &building));
                    let renamed = conn.batch_execute(&format!("ALTER DATABASE {building} RENAME TO {name}"));
                    if renamed.is_err() {
                        // Another run made it meanwhile.
                        let _ = conn.batch_execute(&format!("DROP DATABASE IF EXISTS {building} WITH (FORCE)"));
                    }
                }
                name
            }
            _ => {
                let path = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("template-{version}.db"));
                if !path.exists() {
                    let building = path.with_extension(format!("{}.db", ourvoice::store::new_id()));
                    prepare(&building.display().to_string());
                    std::fs::rename(&building, &path).unwrap();
                }
                path.display().to_string()
            }
        }
    })
}

#[derive(diesel::QueryableByName)]
struct One {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    #[allow(dead_code)]
    one: i32,
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
    spawn_app_with(surveys, MailConfig::default()).await
}

/// The app with email going to `mail` (see [`SmtpServer`]).
pub async fn spawn_app_with(surveys: &Path, mail: MailConfig) -> TestApp {
    spawn_app_serving(serve_config(surveys, mail)).await
}

/// What the tests serve with: a free loopback port, `surveys`, mail to `mail`.
pub fn serve_config(surveys: &Path, mail: MailConfig) -> ServeConfig {
    ServeConfig {
        bind: "127.0.0.1:0".into(),
        surveys: surveys.to_path_buf(),
        trusted_proxies: Vec::new(),
        contact_keep_days: 30,
        site: SiteConfig::default(),
        mail,
        oidc: Default::default(),
    }
}

/// The app as `config` has it, on a fresh database.
pub async fn spawn_app_serving(config: ServeConfig) -> TestApp {
    let db = TestDb::for_surveys(&config.surveys);
    let app = Application::build(db.url.clone(), config).await.expect("the app starts");
    let address = app.address().to_string();
    let store = app.store().clone();
    actix_web::rt::spawn(app.run_until_stopped());
    TestApp { address, store, client: awc::Client::default(), db }
}

pub struct Page {
    pub status: u16,
    pub body: String,
}

impl TestApp {
    pub async fn get(&self, path: &str) -> Page {
        let mut response = self.client.get(format!("{}{path}", self.address)).send().await.unwrap();
        let body = response.body().limit(10_000_000).await.unwrap();
        Page { status: response.status().as_u16(), body: String::from_utf8(body.to_vec()).unwrap() }
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

/// A real `ourvoice` server process, stopped with SIGKILL when dropped. Its log (stderr, at
/// `info`, so with the access log) goes to a file.
pub struct ServerProcess {
    pub child: std::process::Child,
    pub address: String,
    pub stdout: Vec<String>,
    log: tempfile::NamedTempFile,
}

impl ServerProcess {
    /// Starts `ourvoice` with `args` (none: the default, serve) on a free port and waits for
    /// the address it prints.
    pub fn start(database_url: &str, args: &[&str]) -> ServerProcess {
        ServerProcess::start_with_surveys(database_url, args, &shipped_surveys())
    }

    pub fn start_with_surveys(database_url: &str, args: &[&str], surveys: &Path) -> ServerProcess {
        use std::io::BufRead;
        let log = tempfile::NamedTempFile::new().unwrap();
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_ourvoice"))
            .args(args)
            .env("DATABASE_URL", database_url)
            .env("OURVOICE_BIND", "127.0.0.1:0")
            .env("OURVOICE_SURVEYS", surveys)
            .env("RUST_LOG", "info")
            .stdout(std::process::Stdio::piped())
            .stderr(log.reopen().unwrap())
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
                return ServerProcess { child, address, stdout, log };
            }
        }
        let status = child.wait();
        let log = std::fs::read_to_string(log.path()).unwrap_or_default();
        panic!("ourvoice exited ({status:?}) without serving: {stdout:?}\n{log}");
    }

    /// Everything the server has logged so far.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.log.path()).unwrap()
    }

    /// Stops the server at once, as a crash would (SIGKILL).
    pub fn kill(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A survey that needs single-use codes, for tests: `kiosk`.
pub const CODES_SURVEY: &str = r#"slug = "kiosk"
title = "Kiosk survey"
audience = "everyone"
access = "codes"
intro = "Tell us at the event."
languages = ["en", "ar"]

[[questions]]
id = "feel-safe"
kind = "scale"
priority = "home"
text = "How safe do you feel where you live?"

[[questions]]
id = "one-wish"
kind = "text"
priority = "relationships"
text = "One wish?"
max_chars = 50

[translations.ar]
title = "استطلاع"
intro = "أخبرنا."

[translations.ar.questions.feel-safe]
text = "ما مدى شعورك بالأمان حيث تعيش؟"

[translations.ar.questions.one-wish]
text = "أمنية واحدة؟"
"#;

/// A folder holding the shipped surveys plus `extra` files (name, contents).
pub fn surveys_with(extra: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for entry in std::fs::read_dir(shipped_surveys()).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    for (name, contents) in extra {
        std::fs::write(dir.path().join(name), contents).unwrap();
    }
    dir
}

impl TestApp {
    /// Makes `count` codes for a survey, returned in the clear.
    pub async fn make_codes(&self, slug: &str, count: usize) -> Vec<String> {
        let store = self.store.clone();
        let slug = slug.to_string();
        actix_web::web::block(move || {
            let mut conn = store.conn().unwrap();
            let survey = ourvoice::store::surveys::find(&mut conn, &slug).unwrap().unwrap();
            ourvoice::store::codes::create(&mut conn, &survey.id, count).unwrap()
        })
        .await
        .unwrap()
        .iter()
        .map(ToString::to_string)
        .collect()
    }

    /// Runs a query on the app's database.
    pub async fn db<T: Send + 'static>(&self, work: impl FnOnce(&mut ourvoice::store::Db) -> T + Send + 'static) -> T {
        let store = self.store.clone();
        actix_web::web::block(move || work(&mut store.conn().unwrap())).await.unwrap()
    }

    pub async fn post_json(
        &self,
        path: &str,
        content_type: &str,
        body: impl Into<actix_web::web::Bytes>,
    ) -> (u16, serde_json::Value) {
        let mut response = self
            .client
            .post(format!("{}{path}", self.address))
            .insert_header(("content-type", content_type))
            .send_body(body.into())
            .await
            .unwrap();
        let body = response.body().await.unwrap();
        let json =
            serde_json::from_slice(&body).unwrap_or_else(|_| panic!("not JSON: {}", String::from_utf8_lossy(&body)));
        (response.status().as_u16(), json)
    }
}

/// One answer from the server, as a browser would see it before following a redirect.
pub struct Reply {
    pub status: u16,
    pub location: Option<String>,
    pub cache_control: Option<String>,
    pub set_cookie: Vec<String>,
    pub body: String,
}

/// A browser with JavaScript off: keeps the draft cookie, follows nothing by itself.
pub struct Visitor<'a> {
    app: &'a TestApp,
    client: awc::Client,
    pub cookie: Option<String>,
    /// The signed-in session cookie, if any.
    pub session: Option<String>,
    pub user_agent: String,
    /// Sent as `Accept-Language` when set, as a browser would.
    pub accept_language: Option<String>,
    /// Every other cookie the site set, by name.
    pub others: std::collections::BTreeMap<String, String>,
    /// Headers sent with every request (an attacker's `Host`, `Origin`, `X-Forwarded-For`…).
    pub headers: Vec<(String, String)>,
}

impl<'a> Visitor<'a> {
    pub fn new(app: &'a TestApp) -> Visitor<'a> {
        // Kept-alive connections are dropped well before the server's own 5 s keep-alive ends, so
        // a test that thinks for a while (the attacker) never sends on a connection being closed.
        let connector = awc::Connector::new().conn_keep_alive(std::time::Duration::from_secs(2));
        let client = awc::Client::builder().connector(connector).disable_redirects().finish();
        Visitor {
            app,
            client,
            cookie: None,
            session: None,
            user_agent: "ourvoice-test-visitor/1.0".into(),
            accept_language: None,
            others: Default::default(),
            headers: Vec::new(),
        }
    }

    async fn send(&mut self, request: awc::ClientRequest, form: Option<&[(&str, &str)]>) -> Reply {
        let mut request = request.insert_header(("user-agent", self.user_agent.clone()));
        if let Some(languages) = &self.accept_language {
            request = request.insert_header(("accept-language", languages.clone()));
        }
        for (name, value) in &self.headers {
            request = request.insert_header((name.as_str(), value.as_str()));
        }
        let cookies: Vec<String> = [("ov_draft", &self.cookie), ("ov_session", &self.session)]
            .iter()
            .filter_map(|(name, value)| value.as_ref().map(|v| format!("{name}={v}")))
            .chain(self.others.iter().map(|(name, value)| format!("{name}={value}")))
            .collect();
        if !cookies.is_empty() {
            request = request.insert_header(("cookie", cookies.join("; ")));
        }
        let mut response = match form {
            Some(form) => {
                let body: String = form_urlencoded::Serializer::new(String::new()).extend_pairs(form).finish();
                request.content_type("application/x-www-form-urlencoded").send_body(body).await.unwrap()
            }
            None => request.send().await.unwrap(),
        };
        let set_cookie: Vec<String> =
            response.headers().get_all("set-cookie").filter_map(|v| v.to_str().ok().map(String::from)).collect();
        for c in &set_cookie {
            let (name, rest) = c.split_once('=').unwrap_or((c, ""));
            let value = rest.split(';').next().unwrap_or("").to_string();
            let value = if value.is_empty() || c.contains("Max-Age=0") { None } else { Some(value) };
            match (name, value) {
                ("ov_draft", value) => self.cookie = value,
                ("ov_session", value) => self.session = value,
                (other, Some(value)) => drop(self.others.insert(other.to_string(), value)),
                (other, None) => drop(self.others.remove(other)),
            }
        }
        let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(String::from);
        let (location, cache_control) = (header("location"), header("cache-control"));
        // Lossy, for the PDFs and spreadsheets staff download.
        let body = String::from_utf8_lossy(&response.body().limit(10_000_000).await.unwrap()).into_owned();
        Reply { status: response.status().as_u16(), location, cache_control, set_cookie, body }
    }

    pub async fn get(&mut self, path: &str) -> Reply {
        let request = self.client.get(format!("{}{path}", self.app.address));
        self.send(request, None).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Reply {
        let request = self.client.post(format!("{}{path}", self.app.address));
        self.send(request, Some(form)).await
    }

    /// Posts, expects a redirect, and returns where to.
    pub async fn post_ok(&mut self, path: &str, form: &[(&str, &str)]) -> String {
        let reply = self.post(path, form).await;
        assert_eq!(reply.status, 303, "POST {path} {form:?}: {}", reply.body);
        reply.location.unwrap()
    }

    /// Posts, expects a page in answer (200), and returns it.
    pub async fn post_page(&mut self, path: &str, form: &[(&str, &str)]) -> String {
        let reply = self.post(path, form).await;
        assert_eq!(reply.status, 200, "POST {path} {form:?}: {}", reply.body);
        reply.body
    }
}

/// A real SMTP server (Debian's python3-aiosmtpd) delivering to a Maildir, on a free port.
pub struct SmtpServer {
    pub port: u16,
    child: Option<std::process::Child>,
    dir: tempfile::TempDir,
}

/// How a test relay speaks TLS, with the certificate it shows.
pub enum RelayTls<'a> {
    /// STARTTLS offered after EHLO.
    StartTls(&'a TestCertificates),
    /// TLS from the first byte (smtps).
    Implicit(&'a TestCertificates),
}

/// A certificate authority made for the test, and a certificate for 127.0.0.1 that it signed
/// (`ca.pem`, `relay.pem`, `relay.key`), made with the openssl command.
pub struct TestCertificates {
    pub dir: tempfile::TempDir,
}

impl TestCertificates {
    pub fn make() -> TestCertificates {
        let dir = tempfile::tempdir().unwrap();
        let path = |name: &str| dir.path().join(name).display().to_string();
        std::fs::write(
            path("relay.ext"),
            "subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n",
        )
        .unwrap();
        let steps: [Vec<String>; 3] = [
            ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=ourvoice test CA"]
                .map(String::from)
                .into_iter()
                .chain(["-keyout".into(), path("ca.key"), "-out".into(), path("ca.pem")])
                .collect(),
            ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1"]
                .map(String::from)
                .into_iter()
                .chain(["-keyout".into(), path("relay.key"), "-out".into(), path("relay.csr")])
                .collect(),
            ["x509", "-req", "-days", "2", "-CAcreateserial"]
                .map(String::from)
                .into_iter()
                .chain(["-in".into(), path("relay.csr"), "-CA".into(), path("ca.pem"), "-CAkey".into(), path("ca.key")])
                .chain(["-out".into(), path("relay.pem"), "-extfile".into(), path("relay.ext")])
                .collect(),
        ];
        for args in steps {
            let out = std::process::Command::new("openssl").args(&args).output().expect("the openssl command");
            assert!(out.status.success(), "openssl {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        }
        TestCertificates { dir }
    }

    pub fn path(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
    }
}

/// A port nothing listens on (yet).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl SmtpServer {
    /// Whether this machine can run one; tests that need it say they were skipped otherwise,
    /// and fail when OURVOICE_REQUIRE_SMTP is set (as in CI).
    pub fn available() -> bool {
        let ok = std::process::Command::new("/usr/bin/python3")
            .args(["-c", "import aiosmtpd"])
            .output()
            .is_ok_and(|o| o.status.success());
        assert!(
            ok || std::env::var_os("OURVOICE_REQUIRE_SMTP").is_none(),
            "SMTP tests required but python3-aiosmtpd is missing"
        );
        if !ok {
            eprintln!("skipped: needs python3-aiosmtpd (apt-get install -y python3-aiosmtpd)");
        }
        ok
    }

    pub fn start() -> SmtpServer {
        SmtpServer::start_on(free_port())
    }

    pub fn start_on(port: u16) -> SmtpServer {
        let mut server = SmtpServer { port, child: None, dir: tempfile::tempdir().unwrap() };
        server.listen(None);
        server
    }

    /// A relay that speaks TLS as `tls` says.
    pub fn start_tls(tls: RelayTls<'_>) -> SmtpServer {
        let mut server = SmtpServer { port: free_port(), child: None, dir: tempfile::tempdir().unwrap() };
        server.listen(Some(tls));
        server
    }

    fn listen(&mut self, tls: Option<RelayTls<'_>>) {
        let maildir = self.dir.path().join("mail");
        let tls_args: Vec<std::ffi::OsString> = match tls {
            None => Vec::new(),
            Some(RelayTls::StartTls(c)) => {
                vec!["--tlscert".into(), c.path("relay.pem").into(), "--tlskey".into(), c.path("relay.key").into()]
            }
            Some(RelayTls::Implicit(c)) => {
                vec!["--smtpscert".into(), c.path("relay.pem").into(), "--smtpskey".into(), c.path("relay.key").into()]
            }
        };
        let child = std::process::Command::new("/usr/bin/python3")
            .args([
                "-m",
                "aiosmtpd",
                "-n",
                "-l",
                &format!("127.0.0.1:{}", self.port),
                "-c",
                "aiosmtpd.handlers.Mailbox",
            ])
            .args(tls_args)
            .arg(&maildir)
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        self.child = Some(child);
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
                return;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        panic!("the SMTP server did not start");
    }

    pub fn config(&self) -> MailConfig {
        SmtpServer::config_for(self.port)
    }

    /// Email through a relay on `port` (which may not be listening yet), retried every second.
    pub fn config_for(port: u16) -> MailConfig {
        MailConfig {
            smtp_url: Some(format!("smtp://127.0.0.1:{port}")),
            smtp_ca_file: None,
            duty_email: Some("duty-team@council.test".into()),
            concerns_email: Some("safeguarding-lead@council.test".into()),
            mail_from: "ourvoice <ourvoice@council.test>".into(),
            mail_retry_seconds: 1,
            remind_hours: 0,
        }
    }

    /// The messages delivered so far, each as raw text.
    pub fn messages(&self) -> Vec<String> {
        let new = self.dir.path().join("mail/new");
        let mut out: Vec<String> = std::fs::read_dir(new)
            .map(|entries| entries.filter_map(|e| std::fs::read_to_string(e.ok()?.path()).ok()).collect())
            .unwrap_or_default();
        out.sort();
        out
    }

    /// Waits up to ten seconds for `count` messages.
    pub async fn wait_for(&self, count: usize) -> Vec<String> {
        for _ in 0..200 {
            let messages = self.messages();
            if messages.len() >= count {
                return messages;
            }
            actix_web::rt::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.messages()
    }
}

/// A delivered email, decoded: who it went to, its subject, and its plain-text and HTML parts.
pub struct Mail {
    pub to: String,
    pub subject: String,
    pub text: String,
    pub html: Option<String>,
}

impl Mail {
    pub fn parse(raw: &str) -> Mail {
        use mailparse::MailHeaderMap;
        let parsed = mailparse::parse_mail(raw.as_bytes()).expect("a well-formed email");
        let header = |name: &str| parsed.headers.get_first_value(name).unwrap_or_default();
        let part = |mime: &str| {
            let found = if parsed.subparts.is_empty() {
                Some(&parsed).filter(|p| p.ctype.mimetype == mime)
            } else {
                parsed.subparts.iter().find(|p| p.ctype.mimetype == mime)
            };
            found.map(|p| p.get_body().unwrap())
        };
        Mail {
            to: header("To"),
            subject: header("Subject"),
            text: part("text/plain").unwrap(),
            html: part("text/html"),
        }
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// An account with a fresh one-time link; returns the link's path.
pub async fn account(app: &TestApp, email: Option<&str>, role: ourvoice::accounts::Role) -> String {
    let email = email.map(String::from);
    app.db(move |conn| {
        let lifetime = chrono::Duration::minutes(15);
        let (_, secret) =
            ourvoice::store::accounts::create_with_link(conn, email.as_deref(), "Pat Example", role, lifetime).unwrap();
        format!("/sign-in/link/{secret}")
    })
    .await
}

/// A visitor signed in with `role`.
pub async fn signed_in(app: &TestApp, role: ourvoice::accounts::Role) -> Visitor<'_> {
    let link = account(app, None, role).await;
    let mut visitor = Visitor::new(app);
    // A partner lands on its own actions; everyone else on their home page.
    let home = if role == ourvoice::accounts::Role::Partner { "/staff/partner" } else { "/staff" };
    assert_eq!(visitor.post_ok(&link, &[]).await, home);
    visitor
}

/// A page's text with maud's escapes undone, to search for words as a reader sees them.
pub fn unescaped(page: String) -> String {
    page.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
}

pub fn csrf(page: &str) -> String {
    let at = page.find("name=\"csrf\" value=\"").expect("a CSRF field") + 19;
    page[at..at + 26].to_string()
}
