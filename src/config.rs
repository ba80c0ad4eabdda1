//! Every setting, with its default, read once from flags or the environment.

use std::path::PathBuf;

/// Where the data lives; shared by every command.
#[derive(clap::Args, Debug, Clone)]
pub struct DatabaseConfig {
    /// The database: a file path or sqlite://path for SQLite, postgres://… for PostgreSQL.
    #[arg(long, env = "DATABASE_URL", default_value = "ourvoice.db", global = true)]
    pub database_url: String,
}

/// Where links printed by a command (cards, sign-in links, reminders) point.
#[derive(clap::Args, Debug, Clone)]
pub struct LinkConfig {
    /// The address people open, for the links (default: the address the server listens on).
    #[arg(long, env = "OURVOICE_PUBLIC_URL")]
    pub base_url: Option<String>,

    /// The address the server listens on, as `ourvoice serve` reads it.
    #[arg(long, env = "OURVOICE_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,
}

impl LinkConfig {
    /// What links start with, without a trailing slash: the public address, else the one served on.
    pub fn base(&self) -> String {
        match &self.base_url {
            Some(url) => url.trim_end_matches('/').to_string(),
            None => {
                if self.bind.parse::<std::net::SocketAddr>().is_ok_and(|a| a.ip().is_unspecified()) {
                    eprintln!(
                        "the server listens on every address ({}): give --base-url for links others can open",
                        self.bind
                    );
                }
                format!("http://{}", self.bind)
            }
        }
    }
}

/// What `ourvoice serve` needs.
#[derive(clap::Args, Debug, Clone)]
pub struct ServeConfig {
    /// The address and port to listen on.
    #[arg(long, env = "OURVOICE_BIND", default_value = "127.0.0.1:8080")]
    pub bind: String,

    /// The proxies (addresses or networks, comma-separated) whose `X-Forwarded-For` names the
    /// client, for the limits on guessing. Empty: every request's own peer is the client.
    #[arg(long, env = "OURVOICE_TRUSTED_PROXIES", value_delimiter = ',')]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// Days a contact request keeps the young person's name and details after the duty team
    /// marks it handled; then they are erased.
    #[arg(long, env = "OURVOICE_CONTACT_KEEP_DAYS", default_value_t = 30)]
    pub contact_keep_days: u32,

    /// The folder of survey files imported when the database has no surveys yet.
    #[arg(long, env = "OURVOICE_SURVEYS", default_value = "surveys")]
    pub surveys: PathBuf,

    #[command(flatten)]
    pub site: SiteConfig,

    #[command(flatten)]
    pub mail: MailConfig,

    #[command(flatten)]
    pub oidc: crate::oidc::OidcConfig,
}

/// The weekday hours a council number answers, such as 09:00 to 17:00.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficeHours {
    pub from: chrono::NaiveTime,
    pub to: chrono::NaiveTime,
}

impl std::str::FromStr for OfficeHours {
    type Err = String;

    fn from_str(text: &str) -> Result<OfficeHours, String> {
        let wrong = || format!("\"{text}\" is not a time range: write the weekday hours like 09:00-17:00");
        let (from, to) = text.split_once('-').ok_or_else(wrong)?;
        let time = |t: &str| chrono::NaiveTime::parse_from_str(t.trim(), "%H:%M").map_err(|_| wrong());
        let hours = OfficeHours { from: time(from)?, to: time(to)? };
        if hours.from >= hours.to {
            return Err(format!("\"{text}\" ends before it starts: write the weekday hours like 09:00-17:00"));
        }
        Ok(hours)
    }
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

    /// When the council's own number answers, Monday to Friday, as `09:00-17:00`; shown beside
    /// it in the reader's language.
    #[arg(long, env = "OURVOICE_COUNCIL_HOURS", default_value = "09:00-17:00")]
    pub council_hours: OfficeHours,

    /// The council's out-of-hours number for children's services (its emergency duty team),
    /// shown on "Get help now" and after a worrying answer. Without it, those pages say to call
    /// Childline, or 999 in danger, outside the hours above.
    #[arg(long, env = "OURVOICE_COUNCIL_OUT_OF_HOURS")]
    pub council_out_of_hours: Option<String>,

    /// Within how many working days the duty team gets in touch with a young person who asks
    /// to be contacted; the contact page promises it.
    #[arg(long, env = "OURVOICE_CONTACT_DAYS", default_value_t = 2)]
    pub contact_days: u32,

    /// The address people open, such as https://ourvoice.example.gov.uk: every link in an
    /// email or on a printed card starts with it, never with what a request says its host is.
    /// Needed when serving on an address other machines can reach; on a loopback address the
    /// default is the address served on.
    #[arg(long, env = "OURVOICE_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Where "Leave this site" goes: a neutral page on another site.
    #[arg(long, env = "OURVOICE_EXIT_URL", default_value = "https://www.bbc.co.uk/weather")]
    pub exit_url: String,
}

impl SiteConfig {
    /// What links start with, without a trailing slash (set from the listener's address at
    /// start-up when it is loopback and no public address was given).
    pub fn base(&self) -> &str {
        self.public_url.as_deref().unwrap_or("").trim_end_matches('/')
    }

    /// Whether pages are served over https, so browsers are told to keep to it (HSTS) and
    /// cookies are sent over https only.
    pub fn https(&self) -> bool {
        self.base().starts_with("https://")
    }
}

impl Default for SiteConfig {
    fn default() -> Self {
        SiteConfig {
            council_name: "Westmorland and Furness Council".into(),
            council_phone: "0300 373 3300".into(),
            council_hours: "09:00-17:00".parse().expect("the default hours"),
            council_out_of_hours: None,
            contact_days: 2,
            public_url: None,
            exit_url: "https://www.bbc.co.uk/weather".into(),
        }
    }
}

/// Email through an SMTP relay: contact requests to the duty team, news and reminders to partners.
#[derive(clap::Args, Debug, Clone, Default)]
pub struct MailConfig {
    /// The SMTP relay: `smtp://host:port` (STARTTLS when the relay offers it),
    /// `smtp://user:password@host:587?tls=required` (STARTTLS, or nothing is sent),
    /// `smtps://user:password@host:465` (implicit TLS), or `?tls=none` for a relay inside the
    /// council's network that has no TLS. Without it, email is kept but not sent.
    #[arg(long, env = "OURVOICE_SMTP_URL")]
    pub smtp_url: Option<String>,

    /// A PEM file with the certificate authority the relay's certificate is checked against,
    /// beside the usual public ones (for a council's own CA).
    #[arg(long, env = "OURVOICE_SMTP_CA_FILE")]
    pub smtp_ca_file: Option<PathBuf>,

    /// The duty team's address, which receives every contact request.
    #[arg(long, env = "OURVOICE_DUTY_EMAIL")]
    pub duty_email: Option<String>,

    /// The designated safeguarding lead's address, told (how many, and a link; never what was
    /// written) when answers of concern come in. Without it, the duty team's address.
    #[arg(long, env = "OURVOICE_CONCERNS_EMAIL")]
    pub concerns_email: Option<String>,

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

#[cfg(test)]
mod tests {
    use super::OfficeHours;

    #[test]
    fn office_hours_read_as_a_range_and_say_what_is_wrong() {
        let hours: OfficeHours = "08:30-17:00".parse().unwrap();
        assert_eq!(hours.from.to_string(), "08:30:00");
        assert_eq!(
            "9am to 5pm".parse::<OfficeHours>().unwrap_err(),
            "\"9am to 5pm\" is not a time range: write the weekday hours like 09:00-17:00"
        );
        assert!("17:00-09:00".parse::<OfficeHours>().unwrap_err().contains("ends before it starts"));
    }
}
