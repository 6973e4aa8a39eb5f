//! The mail workers: each claims one due row of `mail.outbox` at a time with
//! `FOR UPDATE SKIP LOCKED`, under a lease and a claim token, sends it over SMTP and
//! marks it sent if its claim is still the current one. A transient SMTP failure (the
//! server down, a 4xx reply) is retried with exponential backoff; a permanent one (a
//! 5xx reply, an address that cannot be a mailbox) or exhausted attempts fail the row
//! visibly. A worker that dies mid-send leaves its row to be taken over when the lease
//! runs out: the mail is sent again with the same Message-ID, never lost.

use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::AsyncSmtpTransport;
use lettre::{AsyncTransport, Message, Tokio1Executor};
use rand::Rng;
use sqlx::PgPool;
use std::time::Duration;
use uuid::Uuid;

use crate::server::config::MailConfig;

/// The SMTP connection the workers send through.
pub type Smtp = AsyncSmtpTransport<Tokio1Executor>;

/// How workers claim and retry.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub retry_base: Duration,
    pub lease: Duration,
    pub poll: Duration,
}

impl From<&MailConfig> for Settings {
    fn from(c: &MailConfig) -> Self {
        Self {
            retry_base: c.retry_base,
            lease: c.lease,
            poll: c.poll,
        }
    }
}

const BACKOFF_MAX: Duration = Duration::from_secs(1800);

/// A row this worker holds.
#[derive(Debug, Clone)]
pub struct Claimed {
    pub id: Uuid,
    pub claim: Uuid,
    pub attempts: i32,
    pub max_attempts: i32,
    to_address: String,
    subject: String,
    body_text: String,
    body_html: String,
    ics: Option<String>,
    ics_method: Option<String>,
    list_unsubscribe: Option<String>,
}

/// What became of a row a worker took.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sent {
    Sent,
    Retrying(Duration),
    Failed(String),
    /// Another worker holds the row now (this claim's lease ran out): nothing written.
    Superseded,
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// The pause before attempt `attempts + 1`, doubling, with a little jitter.
pub fn backoff(settings: &Settings, attempts: i32) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(16);
    let base = settings
        .retry_base
        .saturating_mul(1 << doublings)
        .min(BACKOFF_MAX);
    base.mul_f64(rand::thread_rng().gen_range(1.0..1.25))
        .min(BACKOFF_MAX)
}

/// The SMTP transport `url` names (smtp:// with STARTTLS when offered, smtp://...?tls=required,
/// smtps:// for implicit TLS, credentials in the URL).
pub fn transport(url: &str) -> Result<Smtp, lettre::transport::smtp::Error> {
    Ok(Smtp::from_url(url)?
        .timeout(Some(Duration::from_secs(30)))
        .build())
}

/// Claims the next due row for `worker`; first, rows whose lease ran out with no
/// attempts left fail visibly.
pub async fn claim(
    pool: &PgPool,
    worker: &str,
    settings: &Settings,
) -> Result<Option<Claimed>, sqlx::Error> {
    sqlx::query!(
        "update mail.outbox
            set status = 'failed', worker = null, claim = null, lease_until = null,
                last_error = format('Sending stopped part-way %s times; given up.', attempts)
          where status = 'sending' and lease_until < now() and attempts >= max_attempts",
    )
    .execute(pool)
    .await?;
    // The lease in milliseconds goes as double precision, which the SQL casts it to.
    sqlx::query_as!(
        Claimed,
        r#"with next as (
           select id from mail.outbox
            where (status = 'queued' and run_after <= now())
               or (status = 'sending' and lease_until < now() and attempts < max_attempts)
            order by run_after, created_at
            for update skip locked
            limit 1
         )
         update mail.outbox o
            set status = 'sending', attempts = o.attempts + 1, worker = $1,
                claim = gen_random_uuid(),
                lease_until = now() + make_interval(secs => $2::double precision / 1000)
           from next
          where o.id = next.id
         returning o.id, o.claim as "claim!", o.attempts, o.max_attempts, o.to_address,
                   o.subject, o.body_text, o.body_html, o.ics, o.ics_method, o.list_unsubscribe"#,
        worker,
        millis(settings.lease) as f64,
    )
    .fetch_optional(pool)
    .await
}

/// The message a claimed row becomes: its id is the Message-ID, so a resend after a
/// crash is the same message to the receiving side.
pub fn message(row: &Claimed, from: &Mailbox, domain: &str) -> Result<Message, String> {
    let to: Mailbox = row
        .to_address
        .parse()
        .map_err(|_| "The recipient's address is not a mailbox.".to_string())?;
    let bodies = MultiPart::alternative()
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_PLAIN)
                .body(row.body_text.clone()),
        )
        .singlepart(
            SinglePart::builder()
                .header(ContentType::TEXT_HTML)
                .body(row.body_html.clone()),
        );
    let body = match (&row.ics, &row.ics_method) {
        (Some(ics), Some(method)) => {
            let kind =
                ContentType::parse(&format!("text/calendar; method={method}; charset=utf-8"))
                    .map_err(|e| format!("The calendar's content type is not valid: {e}"))?;
            MultiPart::mixed()
                .multipart(bodies)
                .singlepart(Attachment::new("session.ics".into()).body(ics.clone(), kind))
        }
        _ => bodies,
    };
    let mut builder = Message::builder()
        .from(from.clone())
        .to(to)
        .subject(row.subject.clone())
        .message_id(Some(format!("<{}@{}>", row.id, domain)));
    if let Some(url) = &row.list_unsubscribe {
        builder = builder
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe"),
                format!("<{url}>"),
            ))
            .raw_header(HeaderValue::new(
                HeaderName::new_from_ascii_str("List-Unsubscribe-Post"),
                "List-Unsubscribe=One-Click".to_string(),
            ));
    }
    builder
        .multipart(body)
        .map_err(|e| format!("The message could not be built: {e}"))
}

/// Marks the row sent, if `row`'s claim is still the current one.
async fn finish(
    pool: &PgPool,
    row: &Claimed,
    result: Result<(), String>,
    settings: &Settings,
    permanent: bool,
) -> Result<Sent, sqlx::Error> {
    let (status, run_after, error, sent) = match &result {
        Ok(()) => ("sent", Duration::ZERO, None, Sent::Sent),
        Err(e) if permanent || row.attempts >= row.max_attempts => (
            "failed",
            Duration::ZERO,
            Some(e.clone()),
            Sent::Failed(e.clone()),
        ),
        Err(e) => {
            let wait = backoff(settings, row.attempts);
            ("queued", wait, Some(e.clone()), Sent::Retrying(wait))
        }
    };
    let done = sqlx::query!(
        "update mail.outbox
            set status = $3, worker = null, claim = null, lease_until = null,
                last_error = left($4, 1000),
                sent_at = case when $3 = 'sent' then now() end,
                run_after = now() + make_interval(secs => $5::double precision / 1000)
          where id = $1 and claim = $2 and status = 'sending'",
        row.id,
        row.claim,
        status,
        error,
        millis(run_after) as f64,
    )
    .execute(pool)
    .await?;
    Ok(if done.rows_affected() == 1 {
        sent
    } else {
        Sent::Superseded
    })
}

/// Sends one claimed row and records what became of it.
pub async fn send(
    pool: &PgPool,
    smtp: &Smtp,
    from: &Mailbox,
    domain: &str,
    row: &Claimed,
    settings: &Settings,
) -> Result<Sent, sqlx::Error> {
    let message = match message(row, from, domain) {
        Ok(m) => m,
        Err(e) => return finish(pool, row, Err(e), settings, true).await,
    };
    match smtp.send(message).await {
        Ok(_) => finish(pool, row, Ok(()), settings, false).await,
        Err(e) => {
            let permanent = e.is_permanent();
            tracing::warn!(mail = %row.id, attempt = row.attempts, permanent, error = %e, "mail: sending failed");
            finish(pool, row, Err(e.to_string()), settings, permanent).await
        }
    }
}

/// Claims and sends one row, if one is due.
pub async fn run_once(
    pool: &PgPool,
    smtp: &Smtp,
    from: &Mailbox,
    domain: &str,
    worker: &str,
    settings: &Settings,
) -> Result<Option<(Uuid, Sent)>, sqlx::Error> {
    let Some(row) = claim(pool, worker, settings).await? else {
        return Ok(None);
    };
    let sent = send(pool, smtp, from, domain, &row, settings).await?;
    Ok(Some((row.id, sent)))
}

async fn work(
    pool: PgPool,
    smtp: Smtp,
    from: Mailbox,
    domain: String,
    worker: String,
    settings: Settings,
) {
    loop {
        match run_once(&pool, &smtp, &from, &domain, &worker, &settings).await {
            Ok(Some(_)) => continue,
            Ok(None) => {}
            Err(e) => tracing::warn!(error = %e, "mail: cannot read the outbox"),
        }
        tokio::time::sleep(settings.poll).await;
    }
}

/// Turns session updates into mail as they come, and queues reminders as they fall due.
async fn notify(
    pool: PgPool,
    public_base_url: String,
    from: String,
    poll: Duration,
    reminders_every: Duration,
) {
    let mut last_reminders: Option<tokio::time::Instant> = None;
    loop {
        if let Err(e) = super::notices::queue_updates(&pool, &public_base_url, &from).await {
            tracing::warn!(error = %e, "mail: cannot queue session updates");
        }
        if last_reminders.is_none_or(|at| at.elapsed() >= reminders_every) {
            last_reminders = Some(tokio::time::Instant::now());
            if let Err(e) =
                super::notices::queue_reminders(&pool, &public_base_url, &from, None).await
            {
                tracing::warn!(error = %e, "mail: cannot queue reminders");
            }
        }
        tokio::time::sleep(poll.max(Duration::from_millis(200))).await;
    }
}

/// Starts the configured mail workers, and the task that turns session updates and
/// reminders into mail; returns this process's worker prefix (for [`release`]), or None
/// when mail is off. Links in mail start at `public_base_url`.
pub fn start(
    pool: &PgPool,
    config: &MailConfig,
    public_base_url: &str,
    domain: &str,
) -> Option<String> {
    let (Some(url), Some(from)) = (config.smtp_url.as_deref(), config.from.clone()) else {
        tracing::warn!("mail is disabled: SMTP_URL is not set, so no email is sent");
        return None;
    };
    let smtp = match transport(url) {
        Ok(smtp) => smtp,
        Err(e) => {
            tracing::error!(error = %e, "mail is disabled: SMTP_URL cannot be used");
            return None;
        }
    };
    let process = format!(
        "mail-{}-{}",
        std::process::id(),
        &Uuid::new_v4().simple().to_string()[..8]
    );
    for n in 0..config.workers {
        tokio::spawn(work(
            pool.clone(),
            smtp.clone(),
            from.clone(),
            domain.to_string(),
            format!("{process}-{n}"),
            Settings::from(config),
        ));
    }
    tokio::spawn(notify(
        pool.clone(),
        public_base_url.to_string(),
        from.email.to_string(),
        config.poll,
        config.reminder_scan,
    ));
    tracing::info!(workers = config.workers, "mail workers started");
    Some(process)
}

/// Gives rows this process's workers hold back to the queue (a graceful shutdown).
pub async fn release(pool: &PgPool, worker_prefix: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "update mail.outbox
            set status = 'queued', worker = null, claim = null, lease_until = null,
                attempts = greatest(attempts - 1, 0), run_after = now()
          where status = 'sending' and starts_with(worker, $1)",
        format!("{worker_prefix}-"),
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}
