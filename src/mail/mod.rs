//! Email through lettre over SMTP, with an outbox: what cannot be sent now is kept and tried
//! again, never dropped.

use std::sync::Arc;
use std::time::Duration;

use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::MailConfig;
use crate::store::contact::{self, ContactRequest};
use crate::store::{Store, StoreError};

pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    duty: Mailbox,
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
    pub fn from_config(config: &MailConfig) -> anyhow::Result<Option<Mailer>> {
        let (Some(url), Some(duty)) = (&config.smtp_url, &config.duty_email) else {
            tracing::warn!(
                "OURVOICE_SMTP_URL or OURVOICE_DUTY_EMAIL is not set: contact requests are kept but not emailed"
            );
            return Ok(None);
        };
        let (host, port, credentials) = parse_smtp_url(url)?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
            .port(port)
            .timeout(Some(Duration::from_secs(10)));
        if let Some(credentials) = credentials {
            builder = builder.credentials(credentials);
        }
        Ok(Some(Mailer {
            transport: builder.build(),
            from: config
                .mail_from
                .parse()
                .map_err(|e| anyhow::anyhow!("OURVOICE_MAIL_FROM {:?}: {e}", config.mail_from))?,
            duty: duty.parse().map_err(|e| anyhow::anyhow!("OURVOICE_DUTY_EMAIL {duty:?}: {e}"))?,
            retry: Duration::from_secs(config.mail_retry_seconds.max(1)),
        }))
    }

    async fn send(&self, subject: &str, body: String) -> Result<(), String> {
        self.send_to(self.duty.clone(), subject, body).await
    }

    /// Sends a plain-text email to one address.
    pub async fn send_to(&self, to: Mailbox, subject: &str, body: String) -> Result<(), String> {
        let message =
            Message::builder().from(self.from.clone()).to(to).subject(subject).body(body).map_err(|e| e.to_string())?;
        self.transport.send(message).await.map(drop).map_err(|e| e.to_string())
    }
}

/// The duty team's email for one contact request: subject and plain text.
pub fn contact_email(request: &ContactRequest) -> (String, String) {
    let subject = if request.concern != 0 {
        "ourvoice: a young person asked to be contacted (words of concern)".to_string()
    } else {
        "ourvoice: a young person asked to be contacted".to_string()
    };
    let body = format!(
        "A young person asked to be contacted through ourvoice.\n\n\
         Name: {}\nHow to reach them: {}\nWhat they said: {}\n\n\
         Received on {}.{}\n\n\
         This request is not linked to any survey answers: ourvoice keeps them apart, so please \
         don't look for them.\n",
        request.name,
        request.contact,
        request.message.as_deref().unwrap_or("(nothing)"),
        request.received_on.format("%-d %B %Y"),
        if request.concern != 0 { "\nWhat they wrote holds words of concern: please reach them soon." } else { "" },
    );
    (subject, body)
}

/// Tries to send every contact request not yet sent. Each attempt is claimed first, so two
/// server processes never send the same one twice at once.
pub async fn deliver_pending(store: &Store, mailer: &Mailer) -> Result<usize, StoreError> {
    let mut sent = 0;
    for request in store.run(|conn| contact::unsent(conn)).await? {
        let claimed = request.clone();
        if !store.run(move |conn| contact::claim(conn, &claimed)).await? {
            continue;
        }
        let (subject, body) = contact_email(&request);
        let outcome = mailer.send(&subject, body).await;
        match &outcome {
            Ok(()) => sent += 1,
            Err(e) => {
                tracing::warn!(error = %e, attempt = request.attempts + 1, "a contact request could not be emailed; it is kept and will be retried")
            }
        }
        store.run(move |conn| contact::record_attempt(conn, &request.id, outcome)).await?;
    }
    Ok(sent)
}

/// Sends contact requests now and keeps retrying what could not be sent.
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
                    tracing::warn!(error = %e, "sending contact requests failed; they are kept");
                }
            });
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
                tracing::warn!(error = %e, "retrying contact requests failed; they are kept");
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
