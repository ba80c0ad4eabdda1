//! Email through lettre over SMTP, with an outbox: contact requests to the duty team, news of
//! answers of concern to the designated lead, and the queued emails to staff and partners. What cannot be sent now is kept and tried again,
//! never dropped; staff see what is waiting at /staff/emails.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use chrono::NaiveDate;
use lettre::message::MultiPart;

use crate::accounts::{INVITATION_DAYS, MAGIC_LINK_MINUTES, Organisation, Role};
use crate::config::MailConfig;
use crate::reports::Report;
use crate::store::contact;
use crate::store::{Db, Store, StoreError, accounts, concerns, emails, organisations, reports, surveys};
use crate::survey::Status;

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

/// How an `OURVOICE_SMTP_URL` asks for TLS: `smtps://` (implicit TLS, port 465 unless given);
/// `smtp://…?tls=required` (STARTTLS, refusing a relay that does not offer it);
/// `smtp://…?tls=none` (never); plain `smtp://` uses STARTTLS when the relay offers it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TlsMode {
    Implicit,
    Required,
    WhenOffered,
    Never,
}

/// The relay in `OURVOICE_SMTP_URL`: host, port, TLS and login.
#[derive(Debug)]
struct Relay {
    host: String,
    port: u16,
    tls: TlsMode,
    credentials: Option<Credentials>,
}

const SMTP_URL_HELP: &str = "write it like smtp://relay.council.local:25, \
    smtp://user:password@smtp.office365.com:587?tls=required or smtps://user:password@smtp.gmail.com:465";

fn parse_smtp_url(text: &str) -> anyhow::Result<Relay> {
    let wrong = |why: String| anyhow::anyhow!("OURVOICE_SMTP_URL {text:?}: {why}; {SMTP_URL_HELP}");
    let url = url::Url::parse(text).map_err(|e| wrong(e.to_string()))?;
    let host = url.host_str().filter(|h| !h.is_empty()).ok_or_else(|| wrong("it names no host".into()))?;
    let asked = url.query_pairs().find(|(k, _)| k == "tls").map(|(_, v)| v.into_owned());
    let tls = match (url.scheme(), asked.as_deref()) {
        ("smtps", None) => TlsMode::Implicit,
        ("smtp", None | Some("opportunistic")) => TlsMode::WhenOffered,
        ("smtp", Some("required")) => TlsMode::Required,
        ("smtp", Some("none")) => TlsMode::Never,
        ("smtp" | "smtps", Some(other)) => {
            return Err(wrong(format!("tls={other} is not required, opportunistic or none")));
        }
        (scheme, _) => return Err(wrong(format!("{scheme}:// is not smtp:// or smtps://"))),
    };
    let port = url.port().unwrap_or(if tls == TlsMode::Implicit { 465 } else { 25 });
    // A user or password as typed (`%40` is `@`).
    let decode = |s: &str| percent_encoding::percent_decode_str(s).decode_utf8_lossy().into_owned();
    let credentials = (!url.username().is_empty())
        .then(|| Credentials::new(decode(url.username()), decode(url.password().unwrap_or(""))));
    Ok(Relay { host: host.trim_matches(['[', ']']).to_string(), port, tls, credentials })
}

/// The transport to `relay`, checking its certificate against the usual roots and, when
/// given, the CA in `ca_file` (a council's own).
fn transport(relay: Relay, ca_file: Option<&std::path::Path>) -> anyhow::Result<AsyncSmtpTransport<Tokio1Executor>> {
    let mut parameters = TlsParameters::builder(relay.host.clone());
    if let Some(path) = ca_file {
        let pem = std::fs::read(path).map_err(|e| anyhow::anyhow!("OURVOICE_SMTP_CA_FILE {}: {e}", path.display()))?;
        let ca = Certificate::from_pem(&pem)
            .map_err(|e| anyhow::anyhow!("OURVOICE_SMTP_CA_FILE {}: not a PEM certificate: {e}", path.display()))?;
        parameters = parameters.add_root_certificate(ca);
    }
    let parameters = parameters.build_rustls()?;
    let tls = match relay.tls {
        TlsMode::Implicit => Tls::Wrapper(parameters),
        TlsMode::Required => Tls::Required(parameters),
        TlsMode::WhenOffered => Tls::Opportunistic(parameters),
        TlsMode::Never => Tls::None,
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(relay.host)
        .port(relay.port)
        .tls(tls)
        .timeout(Some(Duration::from_secs(10)));
    if let Some(credentials) = relay.credentials {
        builder = builder.credentials(credentials);
    }
    Ok(builder.build())
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
        let transport = transport(parse_smtp_url(url)?, config.smtp_ca_file.as_deref())?;
        let mailbox = |address: &Option<String>, setting: &str| -> anyhow::Result<Option<Mailbox>> {
            address.as_ref().map(|a| a.parse().map_err(|e| anyhow::anyhow!("{setting} {a:?}: {e}"))).transpose()
        };
        let duty = mailbox(&config.duty_email, "OURVOICE_DUTY_EMAIL")?;
        let lead = mailbox(&config.concerns_email, "OURVOICE_CONCERNS_EMAIL")?.or_else(|| duty.clone());
        Ok(Some(Mailer {
            transport,
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
    conn.write_transaction(|conn| {
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
            let (subject, body) = letters::contact(&request, &mailer.base);
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
    conn.write_transaction(|conn| {
        // Locked first, so two requests at once cannot both see room under the limit.
        accounts::lock_by_email(conn, email)?;
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
        if report.for_partner(&organisation.id).next().is_none() {
            continue;
        }
        let invited = invite_contacts(conn, &organisation, base)?;
        for email in letters::published(report, &organisation, base, &invited, INVITATION_DAYS) {
            queued += usize::from(emails::queue(conn, &email)?);
        }
    }
    Ok(queued)
}

/// Makes a partner account, in `organisation`, for each of its contacts who has no account,
/// with a sign-in link for their first email; returns each address invited with its link.
fn invite_contacts(
    conn: &mut Db,
    organisation: &Organisation,
    base: &str,
) -> Result<BTreeMap<String, String>, StoreError> {
    let mut invited = BTreeMap::new();
    for address in &organisation.contact_emails {
        if accounts::find_by_email(conn, address)?.is_some() {
            continue;
        }
        let name = format!("{} contact", organisation.name);
        let lifetime = chrono::Duration::days(INVITATION_DAYS);
        let (user, secret) = accounts::create_with_link(conn, Some(address), &name, Role::Partner, lifetime)?;
        organisations::add_member(conn, &user.id, &organisation.id)?;
        invited.insert(address.clone(), format!("{base}/sign-in/link/{secret}"));
    }
    Ok(invited)
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

/// How many days ahead staff are told that a survey closes.
pub const CLOSING_NOTICE_DAYS: i64 = 3;

/// Queues, once per survey and closing date, a reminder to staff of each open survey that
/// closes within [`CLOSING_NOTICE_DAYS`] of `today`; returns the slugs reminded of.
pub fn queue_closing_notices(conn: &mut Db, today: NaiveDate, base: &str) -> Result<Vec<String>, StoreError> {
    let soon = today + chrono::Duration::days(CLOSING_NOTICE_DAYS);
    let closing: Vec<_> = surveys::all(conn, &[Status::Open])?
        .into_iter()
        .filter(|s| s.survey.closes.is_some_and(|c| today <= c && c <= soon))
        .collect();
    let staff =
        if closing.is_empty() { Vec::new() } else { accounts::addresses_of(conn, &[Role::Staff, Role::Admin])? };
    let mut reminded = Vec::new();
    for stored in closing {
        let (survey, closes) = (&stored.survey, stored.survey.closes.expect("filtered on its date"));
        let mut queued = 0;
        for to in &staff {
            queued += usize::from(emails::queue(
                conn,
                &letters::closing_soon(to, &survey.title, &survey.slug, closes, base),
            )?);
        }
        if queued > 0 {
            reminded.push(survey.slug.clone());
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
    /// each) and to staff of each survey about to close (once), and sends them, for as long
    /// as the server runs.
    pub async fn remind_every(self, every: Duration, base: String) {
        let mut tick = actix_web::rt::time::interval(every);
        loop {
            tick.tick().await;
            let (today, base) = (chrono::Utc::now().date_naive(), base.clone());
            let queued = self.store.run(move |conn| {
                let partners = queue_reminders(conn, today, &base)?;
                Ok((partners, queue_closing_notices(conn, today, &base)?))
            });
            match queued.await {
                Ok((partners, closing)) if partners.is_empty() && closing.is_empty() => {}
                Ok((partners, closing)) => {
                    tracing::info!(partners = partners.len(), closing = closing.len(), "reminders queued");
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
    fn smtp_urls_name_the_relay_its_tls_and_its_login() {
        let relay = parse_smtp_url("smtp://127.0.0.1:2525").unwrap();
        assert_eq!((relay.host.as_str(), relay.port, relay.tls), ("127.0.0.1", 2525, TlsMode::WhenOffered));
        assert!(relay.credentials.is_none());
        let relay =
            parse_smtp_url("smtp://duty%40council.gov.uk:s3cr%2Bt@smtp.office365.com:587/?tls=required").unwrap();
        assert_eq!((relay.host.as_str(), relay.port, relay.tls), ("smtp.office365.com", 587, TlsMode::Required));
        let expected = Credentials::new("duty@council.gov.uk".into(), "s3cr+t".into());
        assert_eq!(relay.credentials, Some(expected));
        let relay = parse_smtp_url("smtps://smtp.gmail.com").unwrap();
        assert_eq!((relay.port, relay.tls), (465, TlsMode::Implicit));
        assert_eq!(parse_smtp_url("smtp://relay").unwrap().port, 25);
        assert_eq!(parse_smtp_url("smtp://relay?tls=none").unwrap().tls, TlsMode::Never);
        for wrong in ["http://relay", "smtp://relay?tls=maybe", "relay:25", "smtp://"] {
            let error = parse_smtp_url(wrong).unwrap_err().to_string();
            assert!(error.contains("OURVOICE_SMTP_URL") && error.contains("smtps://"), "{error}");
        }
    }
}
