//! Every setting, with its default, read once from flags or the environment.

use std::path::PathBuf;

/// Where the data lives; shared by every command.
#[derive(clap::Args, Debug, Clone)]
pub struct DatabaseConfig {
    /// The database: a file path or sqlite://path for SQLite, postgres://… for PostgreSQL.
    #[arg(long, env = "DATABASE_URL", default_value = "ourvoice.db", global = true)]
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

    #[command(flatten)]
    pub site: SiteConfig,

    #[command(flatten)]
    pub mail: MailConfig,
}

/// What every child-facing page shows: who to call for help, and where "Leave this site" goes.
#[derive(clap::Args, Debug, Clone)]
pub struct SiteConfig {
    /// The council's own name, shown with its number on "Get help now".
    #[arg(long, env = "OURVOICE_COUNCIL_NAME", default_value = "Westmorland and Furness Council")]
    pub council_name: String,

    /// The council's own number for children who need help, shown on "Get help now".
    #[arg(long, env = "OURVOICE_COUNCIL_PHONE", default_value = "0300 373 3300")]
    pub council_phone: String,

    /// The address people open, for links in emails (default: the address served on).
    #[arg(long, env = "OURVOICE_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Where "Leave this site" goes: a neutral page on another site.
    #[arg(long, env = "OURVOICE_EXIT_URL", default_value = "https://www.bbc.co.uk/weather")]
    pub exit_url: String,
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            council_name: "Westmorland and Furness Council".into(),
            council_phone: "0300 373 3300".into(),
            public_url: None,
            exit_url: "https://www.bbc.co.uk/weather".into(),
        }
    }
}

/// Email through an SMTP relay: contact requests to the duty team, news and reminders to partners.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MailConfig {
    /// The SMTP relay, as smtp://host:port or smtp://user:password@host:port (no TLS: a relay
    /// inside the council's network). Without it, contact requests are kept but not emailed.
    #[arg(long, env = "OURVOICE_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// The duty team's address, which receives every contact request.
    #[arg(long, env = "OURVOICE_DUTY_EMAIL")]
    pub duty_email: Option<String>,

    /// The sender of ourvoice's emails.
    #[arg(long, env = "OURVOICE_MAIL_FROM", default_value = "ourvoice <ourvoice@localhost>")]
    pub mail_from: String,

    /// Seconds between attempts to send what could not be sent.
    #[arg(long, env = "OURVOICE_MAIL_RETRY_SECONDS", default_value_t = 60)]
    pub mail_retry_seconds: u64,

    /// Hours between the server's checks for partners' actions past due (each partner is
    /// reminded at most once a week; 0 turns the check off, for `ourvoice remind` on a timer).
    #[arg(long, env = "OURVOICE_REMIND_HOURS", default_value_t = 24)]
    pub remind_hours: u64,
}
