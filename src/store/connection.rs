//! One connection type over SQLite and PostgreSQL, picked from the database URL at run time.

use diesel::connection::{AnsiTransactionManager, SimpleConnection, TransactionManager};
use diesel::prelude::*;
use diesel::{PgConnection, SqliteConnection};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

const SQLITE_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/sqlite");
const POSTGRES_MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations/postgres");

/// How long an SQLite connection waits for another's lock before it answers "busy".
pub const BUSY_TIMEOUT_MS: u32 = 5000;

/// Every SQLite connection, after its busy timeout (first, so the pragmas after it wait too):
/// WAL so readers never wait for the writer, `synchronous=FULL` so a commit that was answered
/// survives a crash, foreign keys on, pages read through memory (each connection reads again
/// the pages another one changed, which is cheaper mapped than read), and no checkpoints in
/// commits (the server's checkpoint thread does them, see `checkpoints`; a command
/// checkpoints as it closes), and a log cut back to 128 MB when it starts again, should a long
/// read have let it grow past that.
const SQLITE_PRAGMAS: &str = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
     PRAGMA foreign_keys = ON; PRAGMA mmap_size = 268435456; PRAGMA wal_autocheckpoint = 0; \
     PRAGMA journal_size_limit = 134217728;";

/// Runs `$body` with `$c` bound to the inner connection of either backend: for statements
/// diesel's two-backend connection cannot build (multi-row inserts and upserts), which are the
/// same SQL on both.
macro_rules! on_inner {
    ($conn:expr, |$c:ident| $body:expr) => {
        match &mut *$conn {
            Db::Pg($c) => $body,
            Db::Sqlite($c) => $body,
        }
    };
}

pub(crate) use on_inner;

#[derive(diesel::MultiConnection)]
pub enum Db {
    Pg(PgConnection),
    Sqlite(SqliteConnection),
}

/// Which backend a database URL names: `postgres://…` or `postgresql://…` for PostgreSQL,
/// anything else (a path, or `sqlite://path`) for an SQLite file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    Postgres(String),
    Sqlite(String),
}

impl DatabaseUrl {
    pub fn parse(url: &str) -> Self {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            DatabaseUrl::Postgres(url.to_string())
        } else {
            let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:")).unwrap_or(url);
            DatabaseUrl::Sqlite(path.to_string())
        }
    }

    pub fn backend(&self) -> &'static str {
        match self {
            DatabaseUrl::Postgres(_) => "PostgreSQL",
            DatabaseUrl::Sqlite(_) => "SQLite",
        }
    }

    /// The URL with any password replaced, safe to print.
    pub fn redacted(&self) -> String {
        match self {
            DatabaseUrl::Sqlite(path) => path.clone(),
            DatabaseUrl::Postgres(url) => match (url.find("://"), url.rfind('@')) {
                (Some(scheme), Some(at)) if url[scheme + 3..at].contains(':') => {
                    let user_end = scheme + 3 + url[scheme + 3..at].find(':').unwrap_or(0);
                    format!("{}:***{}", &url[..user_end], &url[at..])
                }
                _ => url.clone(),
            },
        }
    }

    /// Opens one connection, with the backend's own error if it fails.
    pub fn connect(&self) -> ConnectionResult<Db> {
        match self {
            DatabaseUrl::Postgres(url) => PgConnection::establish(url).map(Db::Pg),
            DatabaseUrl::Sqlite(path) => {
                let mut conn = SqliteConnection::establish(path)?;
                conn.batch_execute(&format!("PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}; {SQLITE_PRAGMAS}"))
                    .map_err(ConnectionError::CouldntSetupConfiguration)?;
                Ok(Db::Sqlite(conn))
            }
        }
    }
}

impl Db {
    /// `work` in one transaction, for work that writes. On SQLite the outermost one begins
    /// IMMEDIATE, taking the write lock before its first read, so it waits its turn (the busy
    /// timeout) rather than failing with "database is locked" when another connection commits
    /// between its read and its write; a deferred transaction's snapshot would be stale by then,
    /// which no wait mends. Nested ones are savepoints; PostgreSQL's are plain transactions.
    pub fn write_transaction<T, E, F>(&mut self, work: F) -> Result<T, E>
    where
        F: FnOnce(&mut Db) -> Result<T, E>,
        E: From<diesel::result::Error>,
    {
        let Db::Sqlite(inner) = self else { return self.transaction(work) };
        if AnsiTransactionManager::transaction_manager_status_mut(inner).transaction_depth()?.is_some() {
            return self.transaction(work);
        }
        AnsiTransactionManager::begin_transaction_sql(inner, "BEGIN IMMEDIATE")?;
        match work(self) {
            Ok(value) => {
                <Db as Connection>::TransactionManager::commit_transaction(self)?;
                Ok(value)
            }
            Err(e) => {
                <Db as Connection>::TransactionManager::rollback_transaction(self)?;
                Err(e)
            }
        }
    }

    /// Applies every migration not yet applied, then rewrites surveys stored before documents
    /// as documents; returns the migrations' names.
    pub fn migrate(&mut self) -> anyhow::Result<Vec<String>> {
        let applied: Vec<String> = match self {
            Db::Pg(conn) => conn.run_pending_migrations(POSTGRES_MIGRATIONS),
            Db::Sqlite(conn) => conn.run_pending_migrations(SQLITE_MIGRATIONS),
        }
        .map_err(|e| anyhow::anyhow!("migrating the database failed: {e}"))?
        .iter()
        .map(ToString::to_string)
        .collect();
        super::surveys::upgrade_documents(self)
            .map_err(|e| anyhow::anyhow!("rewriting the stored surveys as documents failed: {e}"))?;
        Ok(applied)
    }

    /// Reverts migrations, newest first, down to and including the one whose folder starts
    /// with `version` (e.g. "2026-11-29-000015"), for the test that upgrades an older schema.
    pub fn revert_through(&mut self, version: &str) -> anyhow::Result<()> {
        let wanted = version.replace('-', "");
        loop {
            let reverted = match self {
                Db::Pg(conn) => conn.revert_last_migration(POSTGRES_MIGRATIONS),
                Db::Sqlite(conn) => conn.revert_last_migration(SQLITE_MIGRATIONS),
            }
            .map_err(|e| anyhow::anyhow!("reverting a migration failed: {e}"))?;
            if reverted.to_string().replace('-', "") <= wanted {
                return Ok(());
            }
        }
    }

    /// Reverts every migration (for the test that runs them up, down and up again).
    pub fn revert_all(&mut self) -> anyhow::Result<()> {
        match self {
            Db::Pg(conn) => conn.revert_all_migrations(POSTGRES_MIGRATIONS).map(drop),
            Db::Sqlite(conn) => conn.revert_all_migrations(SQLITE_MIGRATIONS).map(drop),
        }
        .map_err(|e| anyhow::anyhow!("reverting migrations failed: {e}"))
    }
}

/// Hands out connections to the pool, choosing the backend by URL and keeping its real error.
pub struct Manager {
    url: DatabaseUrl,
    relaxed: bool,
}

impl Manager {
    pub fn new(url: DatabaseUrl) -> Self {
        Manager { url, relaxed: false }
    }

    /// Connections whose commits do not wait for the disk (SQLite `synchronous = NORMAL`,
    /// PostgreSQL `synchronous_commit = off`): a power cut may undo their last commits, never
    /// corrupt the database. For drafts only.
    pub fn relaxed(url: DatabaseUrl) -> Self {
        Manager { url, relaxed: true }
    }
}

impl diesel::r2d2::ManageConnection for Manager {
    type Connection = Db;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<Db, Self::Error> {
        let mut conn = self.url.connect().map_err(diesel::r2d2::Error::ConnectionError)?;
        if self.relaxed {
            let relax = match conn {
                Db::Sqlite(_) => "PRAGMA synchronous = NORMAL",
                Db::Pg(_) => "SET synchronous_commit = off",
            };
            conn.batch_execute(relax).map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(conn)
    }

    fn is_valid(&self, conn: &mut Db) -> Result<(), Self::Error> {
        conn.batch_execute("SELECT 1").map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, _conn: &mut Db) -> bool {
        false
    }
}
