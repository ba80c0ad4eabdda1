//! Every setting, with its default, read once from flags or the environment.

use std::path::PathBuf;

/// Where the data lives; shared by every command.
#[derive(clap::Args, Debug, Clone)]
pub struct DatabaseConfig {
    /// The database: a file path or sqlite://path for SQLite, postgres://… for PostgreSQL.
    #[arg(
        long,
        env = "DATABASE_URL",
        default_value = "ourvoice.db",
        global = true
    )]
    pub database_url: String,
}

/// What `ourvoice serve` needs.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeConfig {
    /// The address and port to listen on.
    #[arg(long, env = "OURVOICE_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,

    /// The folder of survey files imported when the database has no surveys yet.
    #[arg(long, env = "OURVOICE_SURVEYS", default_value = "surveys")]
    pub surveys: PathBuf,
}
