//! What people do, each with its audit record and mail, callable without HTTP: a handler
//! extracts what was sent, calls one of these, and renders what comes back.

mod access;
pub mod kiosk;
pub mod paper;
pub mod people;
pub mod read_aloud;
mod reports;
mod review;
mod submit;
mod themes;

pub use access::{access_words, set_access};
pub use reports::{publish, save_statement, update_action};
pub use review::move_survey;
pub use submit::{Intake, Source, Taken, accepting, read_response};
pub use themes::{BoardPage, BoardQuery, PER_PAGE, board_page, mark_concern_seen, move_answers, set_quote, theme_key};

use crate::store::{Conn, Store, StoreError};

/// Runs a use case's database work off the async threads; what it refuses comes back as is.
pub async fn act<T, F>(store: &Store, work: F) -> Result<T, Refused>
where
    F: FnOnce(&mut Conn) -> Result<T, Refused> + Send + 'static,
    T: Send + 'static,
{
    store.run(move |conn| Ok(work(conn))).await?
}

/// Why something asked for was not done.
#[derive(Debug, thiserror::Error)]
pub enum Refused {
    #[error("there is no such thing here")]
    NotFound,
    /// The person's role may not do this.
    #[error("your role may not do this")]
    NotAllowed,
    /// It cannot be done now; why, in words for the person who tried.
    #[error("{0}")]
    Conflict(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<diesel::result::Error> for Refused {
    fn from(e: diesel::result::Error) -> Self {
        Refused::Store(e.into())
    }
}
