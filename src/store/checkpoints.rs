//! SQLite's WAL checkpoints (committed pages copied back into the database file, and its sync),
//! every half second on a thread of their own instead of inside whichever commit passes
//! SQLite's 1,000 pages: a batch of responses, or a child's draft, would wait for it. Every
//! connection leaves checkpoints to it (`wal_autocheckpoint = 0`).
//!
//! A checkpoint that does not wait (`PASSIVE`) never lets the log start again from its
//! beginning while responses keep coming, since by the time it has copied the log the writer
//! has added to it: the log grew by a gigabyte a minute, and every page appended to a file is
//! zeroed by the kernel first, which was half of the response writer's time. So once the log
//! holds [`RESTART_AT`] pages, the response writer, between two batches, finishes the
//! checkpoint and waits briefly for readers to leave the log (`RESTART`), and its next commit
//! writes over the log from the start. The writer does it because it hardly ever lets go of
//! the write lock that this needs.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::thread;
use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::sql_types::Integer;
use diesel::{QueryResult, QueryableByName, RunQueryDsl, sql_query};

use super::connection::BUSY_TIMEOUT_MS;
use super::{DatabaseUrl, Db};
use crate::metrics::METRICS;

/// How often the log is copied back.
const EVERY: Duration = Duration::from_millis(500);

/// Pages (4 KB each) in the log above which it is made to start again: 16 MB.
const RESTART_AT: i32 = 4096;

/// How long the response writer waits for readers to leave the log before it gives up until
/// the next time. Responses wait meanwhile, so it is short.
const READERS_PATIENCE_MS: u32 = 100;

/// What `PRAGMA wal_checkpoint` answers.
#[derive(QueryableByName)]
struct Checkpoint {
    /// The pages in the log.
    #[diesel(sql_type = Integer)]
    log: i32,
}

/// The checkpoint thread, as the response writer holds it. The thread stops when the last
/// clone of [`Checkpoints::alive`] is dropped.
pub struct Checkpoints {
    pub alive: Arc<mpsc::Sender<()>>,
    restart_due: Arc<AtomicBool>,
}

impl Checkpoints {
    /// Starts the checkpoint thread on SQLite (PostgreSQL needs none).
    pub fn start(url: &DatabaseUrl) -> anyhow::Result<Option<Checkpoints>> {
        if !matches!(url, DatabaseUrl::Sqlite(_)) {
            return Ok(None);
        }
        let mut conn = url.connect()?;
        let (alive, stop) = mpsc::channel::<()>();
        let restart_due = Arc::new(AtomicBool::new(false));
        let due = restart_due.clone();
        thread::Builder::new().name("wal-checkpoints".into()).spawn(move || {
            while let Err(mpsc::RecvTimeoutError::Timeout) = stop.recv_timeout(EVERY) {
                match sql_query("PRAGMA wal_checkpoint(PASSIVE)").get_result::<Checkpoint>(&mut conn) {
                    Ok(Checkpoint { log }) => {
                        METRICS.wal_pages.set(i64::from(log));
                        due.store(log >= RESTART_AT, Ordering::Relaxed);
                    }
                    Err(e) => tracing::warn!(error = %e, "a WAL checkpoint failed; it is tried again"),
                }
            }
        })?;
        Ok(Some(Checkpoints { alive: Arc::new(alive), restart_due }))
    }

    /// Between two batches, on the response writer's connection: when the log has grown past
    /// [`RESTART_AT`], the checkpoint that makes the next commit write it from the start.
    pub fn restart_if_due(&self, conn: &mut Db) {
        if self.restart_due.swap(false, Ordering::Relaxed)
            && let Err(e) = restart(conn)
        {
            tracing::warn!(error = %e, "a WAL checkpoint failed; it is tried again");
        }
    }
}

fn restart(conn: &mut Db) -> QueryResult<()> {
    conn.batch_execute(&format!("PRAGMA busy_timeout = {READERS_PATIENCE_MS}"))?;
    let restarted = sql_query("PRAGMA wal_checkpoint(RESTART)").execute(conn);
    conn.batch_execute(&format!("PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}"))?;
    restarted.map(drop)
}
