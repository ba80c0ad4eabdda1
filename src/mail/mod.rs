//! Email through lettre over SMTP, with an outbox: contact requests to the duty team, news of
//! answers of concern to the designated lead, and the queued emails to staff and partners. What cannot be sent now is kept and tried again,
//! never dropped; staff see what is waiting at /staff/emails.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use chrono::NaiveDate;
use diesel::Connection;
use lettre::message::MultiPart;

use crate::accounts::MAGIC_LINK_MINUTES;
use crate::config::MailConfig;
use crate::reports::Report;
use crate::store::contact;
use crate::store::{Db, Store, StoreError, accounts, concerns, emails, organisations, reports};

pub mod letters;

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    /// The duty team, who receive contact requests; without it those wait, unsent.
    duty: Option<Mailbox>,
    /// The designated safeguarding lead, told when answers of concern come in: the concerns
    /// address, else the duty team's.
    lead: Option<Mailbox>,
    /// The address people open, for links.
    base: String,
    pub retry: Duration,
}

/// `smtp://[user:password@]host[:port]` as (host, port, credentials).
fn parse_smtp_url(url: &str) -> anyhow::Result<(String, u16, Option<Credentials>)> {
    let rest = url
        .strip_prefix("smtp://")
        .ok_or_else(|| anyhow::anyhow!("OURVOICE_SMTP_URL must look like smtp://host:port, not {url:?}"))?;
    let (credentials, host_port) = match rest.rsplit_once('@') {
        Some((user_pass, host_port)) => {
            let (user, pass) = user_pass.split_once(':').unwrap_or((user_pass, ""));
            (Some(Credentials::new(user.to_string(), pass.to_string())), host_port)
        }
        None => (None, rest),
    };
    let host_port = host_port.trim_end_matches('/');
    let (host, port) = match host_port.rsplit_once(':') {
        Some((host, port)) => {
            (host, port.parse().map_err(|_| anyhow::anyhow!("bad port in OURVOICE_SMTP_URL: {port:?}"))?)
        }
        None => (host_port, 25),
    };
    Ok((host.to_string(), port, credentials))
}

impl Mailer {
    /// The mailer, or `None` (with a warning) when email is not configured.
    /// Links in its emails start with `base`.
    pub fn from_config(config: &MailConfig, base: &str) -> anyhow::Result<Option<Mailer>> {
        let Some(url) = &config.smtp_url else {
            tracing::warn!("OURVOICE_SMTP_URL is not set: email is kept, unsent, until it is");
            return Ok(None);
        };
        if config.duty_email.is_none() {
            tracing::warn!("OURVOICE_DUTY_EMAIL is not set: contact requests are kept but not emailed");
        }
        let (host, port, credentials) = parse_smtp_url(url)?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(10)));
        if let Some(credentials) = credentials {
            builder = builder.credentials(credentials);
        }
        let mailbox = |address: &Option<String>, setting: &str| -> anyhow::Result<Option<Mailbox>> {
            address.as_ref().map(|a| a.parse().map_err(|e| anyhow::anyhow!("{setting} {a:?}: {e}"))).transpose()
        };
        let duty = mailbox(&config.duty_email, "OURVOICE_DUTY_EMAIL")?;
        let lead = mailbox(&config.concerns_email, "OURVOICE_CONCERNS_EMAIL")?.or_else(|| duty.clone());
        Ok(Some(Mailer {
            transport: builder.build(),
            from: config
                .mail_from
                .parse()
                .map_err(|e| anyhow::anyhow!("OURVOICE_MAIL_FROM {:?}: {e}", config.mail_from))?,
            duty,
            lead,
            base: base.trim_end_matches('/').to_string(),
            retry: Duration::from_secs(config.mail_retry_seconds.max(1)),
        }))
    }

    /// Sends a plain-text email to one address.
    pub async fn send_to(&self, to: Mailbox, subject: &str, body: String) -> Result<(), String> {
        self.send(to, subject, body, None).await
    }

    /// Sends an email to one address: plain text, with an HTML alternative when given.
    async fn send(&self, to: Mailbox, subject: &str, text: String, html: Option<String>) -> Result<(), String> {
        let builder = Message::builder().from(self.from.clone()).to(to).subject(subject);
        let message = match html {
            Some(html) => builder.multipart(MultiPart::alternative_plain_html(text, html)),
            None => builder.body(text),
        };
        self.transport.send(message.map_err(|e| e.to_string())?).await.map(drop).map_err(|e| e.to_string())
    }
}

/// 1 for a sent email; for one that failed, 0 and a warning naming `what` and its attempt.
fn counted(outcome: &Result<(), String>, what: &str, attempts: i32) -> usize {
    if let Err(e) = outcome {
        tracing::warn!(error = %e, attempt = attempts + 1, "{what} could not be sent; it is kept and will be retried");
    }
    usize::from(outcome.is_ok())
}

/// Queues, for the designated lead, how many answers of concern came in since they were last
/// told, in the same transaction that counts them as told: never what was written.
pub fn queue_concerns_notice(conn: &mut Db, lead: &str, base: &str) -> Result<usize, StoreError> {
    conn.transaction(|conn| {
        let new = concerns::take_new(conn)?;
        if new > 0 {
            emails::queue(conn, &letters::concerns_notice(lead, new, base))?;
        }
        Ok(new)
    })
}

/// Tells the lead of new answers of concern, then tries to send every contact request and
/// queued email not yet sent. Each attempt is claimed first, so two server processes never
/// send the same one twice at once.
pub async fn deliver_pending(store: &Store, mailer: &Mailer) -> Result<usize, StoreError> {
    let mut sent = 0;
    if let Some(lead) = &mailer.lead {
        let (lead, base) = (lead.to_string(), mailer.base.clone());
        store.run(move |conn| queue_concerns_notice(conn, &lead, &base)).await?;
    }
    if let Some(duty) = &mailer.duty {
        for request in store.run(|conn| contact::unsent(conn)).await? {
            let claimed = request.clone();
            if !store.run(move |conn| contact::claim(conn, &claimed)).await? {
                continue;
            }
            let (subject, body) = letters::contact(&request);
            let outcome = mailer.send(duty.clone(), &subject, body, None).await;
            sent += counted(&outcome, "a contact request", request.attempts);
            store.run(move |conn| contact::record_attempt(conn, &request.id, outcome)).await?;
        }
    }
    for email in store.run(|conn| emails::unsent(conn)).await? {
        let claimed = email.clone();
        if !store.run(move |conn| emails::claim(conn, &claimed)).await? {
            continue;
        }
        let outcome = match email.to.parse::<Mailbox>() {
            Ok(to) => mailer.send(to, &email.subject, email.text, email.html).await,
            Err(e) => Err(format!("{:?} is not an email address: {e}", email.to)),
        };
        sent += counted(&outcome, "an email", email.attempts);
        store.run(move |conn| emails::record_attempt(conn, &email.id, outcome)).await?;
    }
    Ok(sent)
}

/// Sign-in links one address is sent in an hour, at most.
pub const SIGN_IN_LINKS_PER_HOUR: i64 = 3;

/// Queues a sign-in link for the account with `email`, if there is one and it has had fewer
/// than [`SIGN_IN_LINKS_PER_HOUR`] this hour; true if one was queued. Sent to the address on
/// record, not as typed.
pub fn queue_sign_in_link(conn: &mut Db, email: &str, base: &str) -> Result<bool, StoreError> {
    conn.transaction(|conn| {
        let Some(user) = accounts::find_by_email(conn, email)? else { return Ok(false) };
        let Some(to) = user.email.as_deref() else { return Ok(false) };
        let hour = chrono::Duration::hours(1);
        if emails::queued_within(conn, to, letters::SIGN_IN_SUBJECT, hour)? >= SIGN_IN_LINKS_PER_HOUR {
            tracing::info!("a sign-in link was not sent: that address has had {SIGN_IN_LINKS_PER_HOUR} this hour");
            return Ok(false);
        }
        let secret = accounts::issue_link(conn, &user.id, chrono::Duration::minutes(MAGIC_LINK_MINUTES))?;
        let link = format!("{base}/sign-in/link/{secret}");
        emails::queue(conn, &letters::sign_in(to, &user.name, &link, MAGIC_LINK_MINUTES))?;
        Ok(true)
    })
}

/// Queues, in the caller's transaction, the email that tells each partner named in a newly
/// published report what it is responsible for.
pub fn queue_published(conn: &mut Db, report: &Report, base: &str) -> Result<usize, StoreError> {
    let mut queued = 0;
    for organisation in organisations::list(conn)? {
        for email in letters::published(report, &organisation, base) {
            queued += usize::from(emails::queue(conn, &email)?);
        }
    }
    Ok(queued)
}

/// Queues a reminder to each partner with actions past due on `today`, at most once a week
/// per partner: running it again the same week queues nothing. Returns each partner reminded,
/// with how many of its actions are overdue.
pub fn queue_reminders(conn: &mut Db, today: NaiveDate, base: &str) -> Result<Vec<(String, usize)>, StoreError> {
    let published = reports::published(conn)?;
    let week = today.format("%G-W%V").to_string();
    let mut reminded = Vec::new();
    for (organisation_id, items) in letters::overdue(&published, today) {
        let Some(organisation) = organisations::find(conn, &organisation_id)? else { continue };
        let mut queued = 0;
        for email in letters::reminder(&organisation, &items, base, &week) {
            queued += usize::from(emails::queue(conn, &email)?);
        }
        if queued > 0 {
            reminded.push((organisation.name, items.len()));
        }
    }
    Ok(reminded)
}

/// Sends email now and keeps retrying what could not be sent.
#[derive(Clone)]
pub struct Outbox {
    store: Store,
    pub mailer: Option<Arc<Mailer>>,
}

impl Outbox {
    pub fn new(store: Store, mailer: Option<Mailer>) -> Outbox {
        Outbox { store, mailer: mailer.map(Arc::new) }
    }

    /// Sends what is waiting, in the background.
    pub fn send_soon(&self) {
        if let Some(mailer) = self.mailer.clone() {
            let store = self.store.clone();
            actix_web::rt::spawn(async move {
                if let Err(e) = deliver_pending(&store, &mailer).await {
                    tracing::warn!(error = %e, "sending email failed; it is kept");
                }
            });
        }
    }

    /// Every `every`, queues a reminder to each partner with actions past due (once a week
    /// each) and sends it, for as long as the server runs.
    pub async fn remind_every(self, every: Duration, base: String) {
        let mut tick = actix_web::rt::time::interval(every);
        loop {
            tick.tick().await;
            let (today, base) = (chrono::Utc::now().date_naive(), base.clone());
            match self.store.run(move |conn| queue_reminders(conn, today, &base)).await {
                Ok(reminded) if reminded.is_empty() => {}
                Ok(reminded) => {
                    tracing::info!(partners = reminded.len(), "partners reminded of actions past due");
                    self.send_soon();
                }
                Err(e) => tracing::warn!(error = %e, "checking for actions past due failed; it runs again later"),
            }
        }
    }

    /// Retries unsent email every `retry` interval, for as long as the server runs.
    pub async fn retry_forever(self) {
        let Some(mailer) = self.mailer.clone() else {
            return;
        };
        let mut every = actix_web::rt::time::interval(mailer.retry);
        loop {
            every.tick().await;
            if let Err(e) = deliver_pending(&self.store, &mailer).await {
                tracing::warn!(error = %e, "retrying email failed; it is kept");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn smtp_urls() {
        let (host, port, credentials) = parse_smtp_url("smtp://127.0.0.1:2525").unwrap();
        assert_eq!((host.as_str(), port, credentials.is_none()), ("127.0.0.1", 2525, true));
        let (host, port, credentials) = parse_smtp_url("smtp://duty:s3cret@mail.example:587/").unwrap();
        assert_eq!((host.as_str(), port, credentials.is_some()), ("mail.example", 587, true));
        assert_eq!(parse_smtp_url("smtp://relay").unwrap().1, 25);
        assert!(parse_smtp_url("http://relay").is_err());
    }
}
