//! The application as both `ourvoice serve` and the tests run it.

use std::net::TcpListener;
use std::path::PathBuf;
use std::time::Duration;

use actix_web::dev::Server;
use actix_web::middleware::DefaultHeaders;
use actix_web::{App, HttpServer, web};

use crate::accounts::{FIRST_ADMIN_HOURS, Role};
use crate::config::ServeConfig;
use crate::import::import;
use crate::mail::{Mailer, Outbox};
use crate::store::refs::AnswerRefs;
use crate::store::responses::Writer;
use crate::store::{self, Store, accounts, surveys};
use crate::survey::Status;
use crate::text::TextPipeline;
use crate::usecase::Intake;
use crate::web::limits::Limits;

pub struct Application {
    address: String,
    server: Server,
    store: Store,
    imported: Vec<String>,
    first_admin: Option<String>,
}

impl Application {
    /// Binds the listener (port 0 picks a free one) and checks the public address, then opens
    /// and migrates the database and imports the survey folder if the database has no surveys
    /// yet: a mistake in the configuration is said before any of that work is done.
    pub async fn build(database_url: String, config: ServeConfig) -> anyhow::Result<Application> {
        let listener =
            TcpListener::bind(&config.bind).map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", config.bind))?;
        let local = listener.local_addr()?;
        let address = format!("http://{local}");
        let mut site = config.site.clone();
        match &site.public_url {
            Some(url) if !(url.starts_with("https://") || url.starts_with("http://")) => anyhow::bail!(
                "OURVOICE_PUBLIC_URL is \"{url}\": it must be the address people open, starting https:// (or http://)"
            ),
            Some(_) => {}
            None if local.ip().is_loopback() => site.public_url = Some(address.clone()),
            None => anyhow::bail!(
                "ourvoice would listen on {local}, which other machines can reach, but OURVOICE_PUBLIC_URL is not set. \
                 Set it (or --public-url) to the address people open, such as https://ourvoice.example.gov.uk: \
                 every link in an email or on a printed card starts with it."
            ),
        }
        let surveys_dir = config.surveys.clone();
        let (store, imported, first_admin) = web::block(move || prepare(&database_url, surveys_dir))
            .await
            .map_err(|e| anyhow::anyhow!("start-up was cancelled: {e}"))??;
        let base = site.base().to_string();
        let https = site.https();
        let first_admin = first_admin.map(|token| format!("{base}/sign-in/link/{token}"));
        let data = web::Data::new(store.clone());
        let limits = web::Data::new(Limits::new(config.trusted_proxies.clone()));
        actix_web::rt::spawn(forget_idle_clients(limits.clone().into_inner()));
        let council = crate::oidc::Provider::configured(&config.oidc, &base).map(web::Data::new);
        let site = web::Data::new(site);
        let pipeline = web::Data::from(TextPipeline::embedded());
        let outbox = Outbox::new(store.clone(), Mailer::from_config(&config.mail, &base)?);
        let outbox_data = web::Data::new(outbox.clone());
        let intake = web::Data::new(Intake {
            writer: Writer::start(store.url())?,
            pipeline: pipeline.clone().into_inner(),
            outbox: outbox.clone(),
        });
        let server = HttpServer::new(move || {
            let app = App::new()
                .wrap(actix_web::middleware::from_fn(crate::web::guard))
                .wrap(actix_web::middleware::from_fn(crate::web::errors_in_reader_language))
                .wrap(security_headers(https))
                .wrap(actix_web::middleware::from_fn(crate::web::gzip::gzip))
                // No IP address, no query string (so no code), no user agent: see DESIGN.md.
                .wrap(actix_web::middleware::from_fn(crate::web::privacy::access_log))
                .app_data(data.clone())
                .app_data(intake.clone())
                .app_data(limits.clone())
                .app_data(site.clone())
                .app_data(pipeline.clone())
                .app_data(outbox_data.clone());
            // Council sign-in is there only when a provider is configured.
            let app = match &council {
                Some(council) => app.app_data(council.clone()),
                None => app,
            };
            app.configure(crate::web::routes)
        })
        .listen(listener)?
        .run();
        actix_web::rt::spawn(purge_expired(store.clone(), config.contact_keep_days));
        if config.mail.remind_hours > 0 {
            let every = Duration::from_secs(config.mail.remind_hours * 3600);
            actix_web::rt::spawn(outbox.clone().remind_every(every, base.clone()));
        }
        // Its first tick is at once: whatever was waiting when the server stopped goes now.
        actix_web::rt::spawn(outbox.retry_forever());
        Ok(Application { address, server, store, imported, first_admin })
    }

    pub fn address(&self) -> &str {
        &self.address
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// A one-time sign-in link for a first admin, made when the database had no accounts.
    pub fn first_admin_link(&self) -> Option<&str> {
        self.first_admin.as_deref()
    }

    /// What start-up imported, one line per survey (empty when the database had surveys).
    pub fn imported(&self) -> &[String] {
        &self.imported
    }

    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}

/// Headers on every response: nothing from another origin, no inline script, no framing, no
/// referrer to other sites (our own forms send their origin, for the origin check), no content
/// sniffing; and over https, browsers told to keep to https (HSTS).
fn security_headers(https: bool) -> DefaultHeaders {
    let headers = if https {
        DefaultHeaders::new().add(("Strict-Transport-Security", "max-age=31536000"))
    } else {
        DefaultHeaders::new()
    };
    headers
        .add((
            "Content-Security-Policy",
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'",
        ))
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("Referrer-Policy", "same-origin"))
        .add(("X-Frame-Options", "DENY"))
}

/// Every minute, the guessing limits forget clients whose limits have refilled.
async fn forget_idle_clients(limits: std::sync::Arc<Limits>) {
    let mut every = actix_web::rt::time::interval(Duration::from_secs(60));
    loop {
        every.tick().await;
        limits.forget_idle();
    }
}

/// Every five minutes, personal data past its use is removed (see [`store::purge_expired`]):
/// a draft ends half an hour after its last answer, a handled contact request keeps its
/// details `contact_days` days.
async fn purge_expired(store: Store, contact_days: u32) {
    let mut every = actix_web::rt::time::interval(Duration::from_secs(300));
    loop {
        every.tick().await;
        let store = store.clone();
        let today = chrono::Utc::now().date_naive();
        match web::block(move || store::purge_expired(&mut *store.conn()?, today, contact_days)).await {
            Ok(Ok(purged)) if purged == store::Purged::default() => {}
            Ok(Ok(purged)) => tracing::info!(?purged, "personal data past its use removed"),
            Ok(Err(e)) => tracing::warn!(error = %e, "removing personal data past its use failed"),
            Err(e) => tracing::warn!(error = %e, "removing personal data past its use was cancelled"),
        }
    }
}

/// The database ready to serve: migrated, surveys imported if it had none, and a sign-in token
/// for a first admin if it has no accounts.
fn prepare(database_url: &str, surveys_dir: PathBuf) -> anyhow::Result<(Store, Vec<String>, Option<String>)> {
    let store = Store::open(database_url)?;
    let mut conn = store.conn()?;
    // Made now, before any request needs it, and never inside another transaction.
    AnswerRefs::load(&mut conn)?;
    let empty = surveys::count(&mut conn)? == 0;
    let imported =
        if empty && surveys_dir.is_dir() { import(&mut conn, &[surveys_dir], Status::Open)? } else { Vec::new() };
    let first_admin = if accounts::user_count(&mut conn)? == 0 {
        let lifetime = chrono::Duration::hours(FIRST_ADMIN_HOURS);
        let (_, token) = accounts::create_with_link(&mut conn, None, "First admin", Role::Admin, lifetime)?;
        accounts::audit(&mut conn, None, "made a first admin", "the database had no accounts")?;
        Some(token)
    } else {
        None
    };
    drop(conn);
    Ok((store, imported, first_admin))
}
