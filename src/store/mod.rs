//! Storage: the connection pool over SQLite or PostgreSQL, migrations, and queries per table
//! group. Callers on async workers go through `web::block`; nothing here knows about HTTP.

pub mod accounts;
pub mod backup;
mod checkpoints;
pub mod codes;
pub mod comments;
pub mod concerns;
mod connection;
pub mod contact;
pub mod counts;
pub mod designs;
pub mod drafts;
pub mod emails;
pub mod kiosks;
pub mod organisations;
pub mod paper;
pub mod refs;
pub mod reports;
pub mod responses;
pub mod schema;
pub mod speech;
pub mod surveys;
pub mod themes;

use std::sync::Arc;
use std::time::Duration;

use diesel::r2d2::{Pool, PooledConnection};
use rand::Rng;

pub use connection::{DatabaseUrl, Db, Manager};

pub type Conn = PooledConnection<Manager>;

/// The time now, as every table stores it (UTC, no zone).
fn now() -> chrono::NaiveDateTime {
    chrono::Utc::now().naive_utc()
}

/// When an attempt at sending, taken now, may be taken by another: long enough for the SMTP
/// relay to answer (it times out after ten seconds), short enough to retry soon after a crash.
fn lease() -> chrono::NaiveDateTime {
    now() + chrono::Duration::minutes(2)
}

/// A keyword read back from a column, or why the database holds something this version can't read.
fn keyword<K: crate::survey::Keyword>(text: &str) -> Result<K, StoreError> {
    K::parse(text).ok_or_else(|| StoreError::Corrupt(format!("unknown value {text:?}")))
}

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("no database connection was free in time: {0}")]
    Pool(#[from] diesel::r2d2::PoolError),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("the database holds a value this version cannot read: {0}")]
    Corrupt(String),
    #[error("the database work was cancelled")]
    Cancelled,
}

/// The shared pools. Cheap to clone.
#[derive(Clone)]
pub struct Store {
    pool: Pool<Manager>,
    /// For a child's journey: cached surveys read and drafts written, on connections that
    /// commit without waiting for the disk (see [`drafts`]). Nothing else writes on them.
    journey: Pool<Manager>,
    url: DatabaseUrl,
    surveys: surveys::SurveyCache,
}

impl Store {
    /// Connects (failing at once, with the database's own words, if it cannot), brings the
    /// schema up to date, and builds the pool.
    pub fn open(url: &str) -> anyhow::Result<Store> {
        drop(open_one(url)?);
        let url = DatabaseUrl::parse(url);
        // A file on this machine does not go away under a connection as a server across a
        // network can, so SQLite connections are not tested with a query on every checkout.
        let (max_size, journey_size, test_on_check_out) = match url {
            DatabaseUrl::Sqlite(_) => (8, 4, false),
            DatabaseUrl::Postgres(_) => (16, 8, true),
        };
        let pool = |size, manager| {
            Pool::builder()
                .max_size(size)
                .min_idle(Some(1))
                .test_on_check_out(test_on_check_out)
                .connection_timeout(Duration::from_secs(5))
                .build_unchecked(manager)
        };
        Ok(Store {
            pool: pool(max_size, Manager::new(url.clone())),
            journey: pool(journey_size, Manager::relaxed(url.clone())),
            url,
            surveys: surveys::SurveyCache::default(),
        })
    }

    /// A survey by its slug, from this store's cache while it is unchanged in the database.
    pub async fn survey(&self, slug: &str) -> Result<Option<Arc<surveys::StoredSurvey>>, StoreError> {
        Ok(self.survey_and_draft(slug, None).await?.map(|(stored, _)| stored))
    }

    /// A survey by its slug (as [`Store::survey`]) and, given a draft's id, that draft if it is
    /// still live, for that survey: in one query, on a journey connection (see
    /// [`Store::run_journey`]).
    pub async fn survey_and_draft(
        &self,
        slug: &str,
        draft: Option<String>,
    ) -> Result<Option<drafts::SurveyAndDraft>, StoreError> {
        let (cache, slug) = (self.surveys.clone(), slug.to_string());
        self.run_journey(move |conn| match draft {
            Some(id) => drafts::find_with_survey(conn, &cache, &slug, &id),
            None => Ok(surveys::find_cached(conn, &cache, &slug)?.map(|stored| (stored, None))),
        })
        .await
    }

    pub fn url(&self) -> &DatabaseUrl {
        &self.url
    }

    pub fn conn(&self) -> Result<Conn, StoreError> {
        Ok(self.pool.get()?)
    }

    /// Runs database work on the blocking pool, never on an async worker.
    pub async fn run<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        F: FnOnce(&mut Conn) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        let store = self.clone();
        actix_web::rt::task::spawn_blocking(move || work(&mut store.conn()?))
            .await
            .map_err(|_| StoreError::Cancelled)?
    }

    /// Runs a child's journey work (a cached survey's check, a draft read, written or removed
    /// by its key) on a journey connection, which commits without waiting for the disk: on
    /// SQLite on this very thread, as a hand-off to the blocking pool and back would cost more
    /// than the work; on PostgreSQL, a network round trip, on the blocking pool.
    pub async fn run_journey<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        F: FnOnce(&mut Conn) -> Result<T, StoreError> + Send + 'static,
        T: Send + 'static,
    {
        match self.url {
            DatabaseUrl::Sqlite(_) => work(&mut self.journey.get()?),
            DatabaseUrl::Postgres(_) => {
                let journey = self.journey.clone();
                actix_web::rt::task::spawn_blocking(move || work(&mut journey.get()?))
                    .await
                    .map_err(|_| StoreError::Cancelled)?
            }
        }
    }

    /// Connections (in use, idle) in both pools.
    pub fn connections(&self) -> (u32, u32) {
        let (main, journey) = (self.pool.state(), self.journey.state());
        let idle = main.idle_connections + journey.idle_connections;
        (main.connections + journey.connections - idle, idle)
    }

    /// Whether the database answers a real query within two seconds.
    pub fn healthy(&self) -> bool {
        use diesel::prelude::*;
        self.pool
            .get_timeout(Duration::from_secs(2))
            .ok()
            .and_then(|mut conn| schema::surveys::table.count().get_result::<i64>(&mut conn).ok())
            .is_some()
    }
}

/// One connection with the schema brought up to date: for commands that do one thing and
/// exit (a pool would still be opening connections in the background as the process ends).
pub fn open_one(url: &str) -> anyhow::Result<Db> {
    let url = DatabaseUrl::parse(url);
    let mut conn = url
        .connect()
        .map_err(|e| anyhow::anyhow!("cannot open the {} database at {}: {e}", url.backend(), url.redacted()))?;
    let applied = conn.migrate()?;
    if !applied.is_empty() {
        tracing::info!(migrations = ?applied, "database migrated");
    }
    Ok(conn)
}

/// A random secret of 260 bits, for sign-in links and session cookies.
pub fn new_secret() -> String {
    format!("{}{}", new_id(), new_id())
}

/// What [`purge_expired`] removed.
#[derive(Debug, Default, PartialEq)]
pub struct Purged {
    pub drafts: usize,
    pub sessions: usize,
    pub sign_in_tokens: usize,
    /// Contact requests whose name and details were erased.
    pub contact_details: usize,
}

/// Personal data past its use, removed: drafts that have ended (with what was written in
/// them), ended sessions, used or expired sign-in links and codes, and the name and details
/// of contact requests handled more than `contact_days` days before `today`.
pub fn purge_expired(conn: &mut Db, today: chrono::NaiveDate, contact_days: u32) -> Result<Purged, StoreError> {
    let (sessions, sign_in_tokens) = accounts::purge_expired(conn)?;
    Ok(Purged {
        drafts: drafts::purge_expired(conn)?,
        sessions,
        sign_in_tokens,
        contact_details: contact::erase_handled(conn, today - chrono::Duration::days(i64::from(contact_days)))?,
    })
}

/// A random id of 130 bits in lower-case base32: never sequential, never time-ordered.
pub fn new_id() -> String {
    const ALPHABET: &[u8; 32] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut rng = rand::rng();
    (0..26).map(|_| ALPHABET[rng.random_range(0..32)] as char).collect()
}
