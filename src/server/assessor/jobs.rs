//! Durable assessment jobs in PostgreSQL (`public.assessment_jobs`). Ending a round
//! enqueues its job in the same transaction (a trigger). Workers inside each server
//! process claim one job at a time with `FOR UPDATE SKIP LOCKED`, under a lease and a
//! claim token: two workers never hold one job, a job whose worker died is taken over
//! when the lease runs out, and only the current claim may finish a job, so an
//! assessment is written once. Provider errors and timeouts are retried with
//! exponential backoff; invalid answers, refusals and exhausted attempts fail the job
//! visibly, and a participant may run a failed job again.

use rand::Rng;
use sqlx::types::Json;
use sqlx::{FromRow, PgConnection, PgPool};
use std::time::Duration;
use uuid::Uuid;

use super::{load_input, AssessError, Assessor, Configured, Outcome};
use crate::error::AppError;
use crate::server::config::AssessorConfig;

/// How workers claim and retry.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    pub max_attempts: i32,
    pub retry_base: Duration,
    pub lease: Duration,
    pub poll: Duration,
}

impl From<&AssessorConfig> for Settings {
    fn from(c: &AssessorConfig) -> Self {
        Self {
            max_attempts: c.max_attempts,
            retry_base: c.retry_base,
            lease: c.lease,
            poll: c.poll,
        }
    }
}

/// The longest pause between attempts.
const BACKOFF_MAX: Duration = Duration::from_secs(300);

/// A job this worker holds.
#[derive(Debug, Clone, FromRow)]
pub struct Claimed {
    pub id: Uuid,
    pub round_id: Uuid,
    pub claim: Uuid,
    pub attempts: i32,
    pub max_attempts: i32,
    /// Answers refused in earlier attempts of this run.
    pub invalid_answers: i32,
}

/// What became of a job a worker ran.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ran {
    Done,
    /// Back in the queue, due after the pause.
    Retrying(Duration),
    Failed(String),
    /// Another worker holds the job now (this claim's lease ran out): nothing written.
    Superseded,
}

fn millis(d: Duration) -> i64 {
    i64::try_from(d.as_millis()).unwrap_or(i64::MAX)
}

/// The pause before attempt `attempts + 1`: the base doubled per attempt made, with a
/// little jitter so instances do not retry in step, and at least what the provider
/// asked for.
pub fn backoff(settings: &Settings, attempts: i32, asked: Option<Duration>) -> Duration {
    let doublings = u32::try_from(attempts.saturating_sub(1))
        .unwrap_or(0)
        .min(16);
    let base = settings
        .retry_base
        .saturating_mul(1 << doublings)
        .min(BACKOFF_MAX);
    let jitter = rand::thread_rng().gen_range(1.0..1.25);
    base.mul_f64(jitter)
        .max(asked.unwrap_or_default())
        .min(BACKOFF_MAX)
}

/// Claims the next due job for `worker`: a queued job whose time has come, or a running
/// one whose worker's lease ran out. First, running jobs with expired leases and no
/// attempts left fail visibly.
pub async fn claim(
    pool: &PgPool,
    worker: &str,
    kind: &str,
    settings: &Settings,
) -> Result<Option<Claimed>, sqlx::Error> {
    sqlx::query!(
        "update public.assessment_jobs
            set status = 'failed', worker = null, claim = null, lease_until = null,
                finished_at = now(),
                last_error = format('The assessment stopped part-way %s times and was given up.', attempts)
          where status = 'running' and lease_until < now() and attempts >= max_attempts",
    )
    .execute(pool)
    .await?;
    // The lease in milliseconds goes as double precision, which the SQL casts it to.
    sqlx::query_as!(
        Claimed,
        r#"with next as (
           select id from public.assessment_jobs
            where (status = 'queued' and run_after <= now())
               or (status = 'running' and lease_until < now() and attempts < max_attempts)
            order by run_after, created_at
            for update skip locked
            limit 1
         )
         update public.assessment_jobs j
            set status = 'running', attempts = j.attempts + 1, max_attempts = $3,
                worker = $1, claim = gen_random_uuid(), assessor = $4,
                lease_until = now() + make_interval(secs => $2::double precision / 1000)
           from next
          where j.id = next.id
         returning j.id, j.round_id, j.claim as "claim!", j.attempts, j.max_attempts,
                   j.invalid_answers"#,
        worker,
        millis(settings.lease) as f64,
        settings.max_attempts,
        kind,
    )
    .fetch_optional(pool)
    .await
}

/// Writes the assessment and marks the job done, in one transaction, if `job`'s claim
/// is still the current one.
pub async fn complete(pool: &PgPool, job: &Claimed, outcome: &Outcome) -> Result<Ran, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let held = sqlx::query!(
        "update public.assessment_jobs
            set status = 'done', worker = null, claim = null, lease_until = null,
                finished_at = now(), last_error = null,
                invalid_answers = invalid_answers + $3
          where id = $1 and claim = $2 and status = 'running'",
        job.id,
        job.claim,
        i32::try_from(outcome.invalid_answers).unwrap_or(i32::MAX),
    )
    .execute(&mut *tx)
    .await?;
    if held.rows_affected() == 0 {
        return Ok(Ran::Superseded);
    }
    sqlx::query!(
        "update public.practice_rounds set assessment = $1 where id = $2",
        Json(&outcome.assessment) as _,
        job.round_id,
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ran::Done)
}

/// Ends `job`'s run as failed, visibly, if its claim is still the current one.
async fn fail(
    pool: &PgPool,
    job: &Claimed,
    message: &str,
    invalid_answers: u32,
) -> Result<Ran, sqlx::Error> {
    let done = sqlx::query!(
        "update public.assessment_jobs
            set status = 'failed', worker = null, claim = null, lease_until = null,
                finished_at = now(), last_error = left($3, 500),
                invalid_answers = invalid_answers + $4
          where id = $1 and claim = $2 and status = 'running'",
        job.id,
        job.claim,
        message,
        i32::try_from(invalid_answers).unwrap_or(i32::MAX),
    )
    .execute(pool)
    .await?;
    Ok(if done.rows_affected() == 0 {
        Ran::Superseded
    } else {
        Ran::Failed(message.to_string())
    })
}

/// Puts `job` back in the queue, due after `pause`, if its claim is still current.
async fn retry(
    pool: &PgPool,
    job: &Claimed,
    message: &str,
    pause: Duration,
    invalid_answers: u32,
) -> Result<Ran, sqlx::Error> {
    let done = sqlx::query!(
        "update public.assessment_jobs
            set status = 'queued', worker = null, claim = null, lease_until = null,
                last_error = left($3, 500),
                run_after = now() + make_interval(secs => $4::double precision / 1000),
                invalid_answers = invalid_answers + $5
          where id = $1 and claim = $2 and status = 'running'",
        job.id,
        job.claim,
        message,
        millis(pause) as f64,
        i32::try_from(invalid_answers).unwrap_or(i32::MAX),
    )
    .execute(pool)
    .await?;
    Ok(if done.rows_affected() == 0 {
        Ran::Superseded
    } else {
        Ran::Retrying(pause)
    })
}

/// Keeps `job`'s claim alive for another lease, while its worker works on it.
async fn extend(pool: &PgPool, job: &Claimed, lease: Duration) -> Result<bool, sqlx::Error> {
    let done = sqlx::query!(
        "update public.assessment_jobs
            set lease_until = now() + make_interval(secs => $3::double precision / 1000)
          where id = $1 and claim = $2 and status = 'running'",
        job.id,
        job.claim,
        millis(lease) as f64,
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Runs a claimed job to its end: done, back in the queue, or failed. While the
/// assessor works, the claim's lease is renewed every third of a lease, so only a
/// worker that has died loses its job. A database error on the way puts the job back
/// in the queue rather than leaving it to its lease.
pub async fn process<A: Assessor>(
    pool: &PgPool,
    assessor: &A,
    job: &Claimed,
    settings: &Settings,
) -> Result<Ran, sqlx::Error> {
    let work = async {
        let Some(input) = load_input(pool, job.round_id).await? else {
            return fail(
                pool,
                job,
                "The round has not ended, so there is nothing to assess.",
                0,
            )
            .await;
        };
        let prior = u32::try_from(job.invalid_answers).unwrap_or(0);
        match assessor.assess(&input, prior).await {
            Ok(outcome) => complete(pool, job, &outcome).await,
            Err(AssessError::Unavailable {
                message,
                retry_after,
                invalid_answers,
            }) => {
                if job.attempts >= job.max_attempts {
                    let message = format!("{message} Given up after {} attempts.", job.attempts);
                    fail(pool, job, &message, invalid_answers).await
                } else {
                    let pause = backoff(settings, job.attempts, retry_after);
                    retry(pool, job, &message, pause, invalid_answers).await
                }
            }
            Err(AssessError::InvalidAnswer {
                message,
                invalid_answers,
            }) => fail(pool, job, &message, invalid_answers).await,
            Err(AssessError::Refused { message }) => fail(pool, job, &message, 0).await,
        }
    };
    tokio::pin!(work);
    let mut heartbeat = tokio::time::interval(settings.lease / 3);
    heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    heartbeat.tick().await;
    let ran = loop {
        tokio::select! {
            ran = &mut work => break ran,
            _ = heartbeat.tick() => {
                match extend(pool, job, settings.lease).await {
                    Ok(true) => {}
                    Ok(false) => tracing::warn!(round = %job.round_id, "lost the claim on an assessment"),
                    Err(e) => tracing::warn!(error = %e, round = %job.round_id, "could not renew an assessment's lease"),
                }
            }
        }
    };
    match ran {
        Ok(ran) => Ok(ran),
        Err(e) => {
            tracing::error!(error = %e, round = %job.round_id, "an assessment stopped on a database error");
            let pause = backoff(settings, job.attempts, None);
            retry(
                pool,
                job,
                "The assessment was interrupted on our side; it will be tried again.",
                pause,
                0,
            )
            .await
        }
    }
}

/// Gives back the jobs `worker_prefix`'s workers hold (this process, shutting down),
/// so another instance takes them at once instead of waiting out their leases. The
/// claim made no attempt of its own.
pub async fn release(pool: &PgPool, worker_prefix: &str) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "update public.assessment_jobs
            set status = 'queued', worker = null, claim = null, lease_until = null,
                attempts = greatest(attempts - 1, 0), run_after = now()
          where status = 'running' and starts_with(worker, $1)",
        format!("{worker_prefix}-"),
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// Claims and runs one job, if one is due.
pub async fn run_once<A: Assessor>(
    pool: &PgPool,
    assessor: &A,
    kind: &str,
    worker: &str,
    settings: &Settings,
) -> Result<Option<(Claimed, Ran)>, sqlx::Error> {
    let Some(job) = claim(pool, worker, kind, settings).await? else {
        return Ok(None);
    };
    let ran = process(pool, assessor, &job, settings).await?;
    match &ran {
        Ran::Done => {
            tracing::info!(round = %job.round_id, attempt = job.attempts, "assessed a round")
        }
        Ran::Retrying(pause) => {
            tracing::warn!(round = %job.round_id, attempt = job.attempts, ?pause, "assessment to be retried")
        }
        Ran::Failed(why) => {
            tracing::warn!(round = %job.round_id, attempt = job.attempts, %why, "assessment failed")
        }
        Ran::Superseded => {
            tracing::warn!(round = %job.round_id, "another worker took this assessment over; nothing written")
        }
    }
    Ok(Some((job, ran)))
}

/// One worker: runs due jobs one after another, and looks again every poll interval
/// when there are none. Runs until the process ends.
pub async fn work(pool: PgPool, assessor: Configured, worker: String, settings: Settings) {
    let kind = match assessor {
        Configured::Llm(_) => "llm",
        Configured::Checklist(_) => "checklist",
    };
    loop {
        match run_once(&pool, &assessor, kind, &worker, &settings).await {
            Ok(Some(_)) => continue,
            Ok(None) => {}
            Err(e) => {
                tracing::error!(error = %e, %worker, "the assessment queue could not be read")
            }
        }
        tokio::time::sleep(settings.poll).await;
    }
}

/// Starts this process's workers, as the configuration says; returns the prefix of
/// their names, for [`release`] at shutdown.
pub fn start(pool: &PgPool, config: &AssessorConfig) -> String {
    let assessor = Configured::from_config(config);
    let settings = Settings::from(config);
    let process = format!(
        "{}-{}",
        std::process::id(),
        &Uuid::new_v4().simple().to_string()[..8]
    );
    for n in 0..config.workers {
        tokio::spawn(work(
            pool.clone(),
            assessor.clone(),
            format!("{process}-{n}"),
            settings,
        ));
    }
    if config.workers > 0 {
        tracing::info!(workers = config.workers, assessor = ?assessor.kind(), "assessment workers started");
    }
    process
}

/// Queues a failed assessment again (a participant of its round).
pub async fn rerun(conn: &mut PgConnection, round_id: Uuid) -> Result<(), AppError> {
    sqlx::query!("select public.rerun_assessment($1)", round_id)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
