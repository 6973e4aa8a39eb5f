//! The server binary's commands: serve (the default), migrate, seed-demo.

use clap::{Parser, Subcommand};
use leptos::prelude::get_configuration;
use std::process::ExitCode;
use std::sync::Arc;
use tracing_subscriber::EnvFilter;

use super::http;
use super::state::AppState;
use crate::server::accounts;
use crate::server::assessor;
use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::demo::{self, DemoError};
use crate::server::mail;
use crate::server::partners;
use crate::server::realtime::Hub;

#[derive(Parser)]
#[command(
    name = "med-practice",
    about = "Med Practice: rehearse clinical-exam stations in pairs"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Run the migrations, then serve the app (the default).
    Serve,
    /// Run the migrations and exit.
    Migrate,
    /// Fill an empty database with demo users and sessions.
    SeedDemo {
        /// Succeed without changes when the database already has accounts.
        #[arg(long)]
        if_empty: bool,
    },
    /// Run a labelled set of transcripts (assessor-eval/1) through the configured
    /// assessor and print its agreement with the labels. Exits 1 when an item labelled
    /// critical is graded at or above the pass level.
    Eval {
        /// The labelled set, e.g. content/assessor-eval.json.
        file: std::path::PathBuf,
        /// How many times each item is assessed (for the run-to-run spread).
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u16).range(1..=20))]
        runs: u16,
        /// A case library file instead of the shipped one.
        #[arg(long)]
        library: Option<std::path::PathBuf>,
    },
    /// Grant or revoke admin rights for an existing account.
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
}

#[derive(Subcommand)]
enum AdminAction {
    /// Make the account with this email an admin.
    Grant { email: String },
    /// Take admin rights away from the account with this email.
    Revoke { email: String },
}

pub async fn run() -> ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env()
                .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info")),
        )
        .init();
    let cli = Cli::parse();
    if let Some(Command::Eval {
        file,
        runs,
        library,
    }) = &cli.command
    {
        return eval(file, usize::from(*runs), library.as_deref()).await;
    }
    let config = match Config::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("med-practice: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(config).await,
        Command::Migrate => migrate(&config).await.map(|_| ()),
        Command::SeedDemo { if_empty } => seed_demo(&config, if_empty).await,
        Command::Admin { action } => admin(&config, action).await,
        Command::Eval { .. } => unreachable!("handled before the configuration is read"),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("med-practice: {err:#}");
            ExitCode::FAILURE
        }
    }
}

async fn migrate(config: &Config) -> anyhow::Result<Db> {
    let db = Db::connect(config)
        .await
        .map_err(|e| anyhow::anyhow!("cannot connect to the database (DATABASE_URL): {e}"))?;
    db.migrate()
        .await
        .map_err(|e| anyhow::anyhow!("migrations failed: {e}"))?;
    Ok(db)
}

async fn serve(config: Config) -> anyhow::Result<()> {
    let mut leptos_options = get_configuration(None)?.leptos_options;
    if let Some(addr) = config.bind_address {
        leptos_options.site_addr = addr;
    }
    let addr = leptos_options.site_addr;
    let db = migrate(&config).await?;
    let realtime = Hub::start(db.owner().clone())
        .await
        .map_err(|e| anyhow::anyhow!("cannot read the realtime change log: {e}"))?;
    let state = AppState {
        leptos_options,
        db,
        config: Arc::new(config),
        realtime: realtime.clone(),
    };
    let db = state.db.clone();
    let state_config = state.config.clone();
    let app = http::app(state)
        .await
        .map_err(|e| anyhow::anyhow!("cannot prepare the session store: {e}"))?;
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
    let workers = assessor::jobs::start(db.owner(), &state_config.assessor);
    let mailers = mail::outbox::start(
        db.owner(),
        &state_config.mail,
        &state_config.public_base_url,
        &mail_domain(&state_config.public_base_url),
    );
    partners::start(db.owner(), state_config.matcher_poll);
    let owner = db.owner().clone();
    tokio::spawn(housekeeping(db));
    tracing::info!("Med Practice is listening on http://{addr}");
    let shutdown = async move {
        shutdown_signal().await;
        // Open live streams would otherwise hold the graceful shutdown forever.
        realtime.close();
    };
    http::serve(listener, app, shutdown).await?;
    // Jobs this process's workers hold go back to the queue for the other instances.
    match assessor::jobs::release(&owner, &workers).await {
        Ok(0) => {}
        Ok(n) => tracing::info!(jobs = n, "gave back assessments in progress"),
        Err(e) => tracing::warn!(error = %e, "could not give back assessments in progress"),
    }
    if let Some(mailers) = mailers {
        match mail::outbox::release(&owner, &mailers).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(mails = n, "gave back mail being sent"),
            Err(e) => tracing::warn!(error = %e, "could not give back mail being sent"),
        }
    }
    Ok(())
}

/// The domain of Message-IDs: the public address's host.
fn mail_domain(public_base_url: &str) -> String {
    let rest = public_base_url
        .split_once("://")
        .map_or(public_base_url, |(_, rest)| rest);
    let host = rest.split(['/', ':']).next().unwrap_or_default();
    if host.is_empty() {
        "localhost".into()
    } else {
        host.to_string()
    }
}

/// Hourly: drops expired sessions and sign-in attempts older than any limit needs.
/// Every instance may run it; the deletes are idempotent.
async fn housekeeping(db: Db) {
    let mut every_hour = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        every_hour.tick().await;
        // Run-time checked: tower-sessions makes its schema at start-up, not our migrations.
        let sessions = sqlx::query("delete from tower_sessions.session where expiry_date < now()")
            .execute(db.owner())
            .await;
        let attempts = accounts::prune_attempts(db.owner()).await;
        // Who owned a session that has gone; reset links a day old; mail sent a month ago.
        // Run-time checked: reads the tower_sessions schema (made at start-up).
        let owned = sqlx::query(
            r#"delete from auth.user_sessions u
                where not exists (select 1 from "tower_sessions"."session" s where s.id = u.session_id)"#,
        )
        .execute(db.owner())
        .await;
        let resets = sqlx::query!(
            "delete from auth.password_resets where created_at < now() - interval '1 day'",
        )
        .execute(db.owner())
        .await;
        let sent = sqlx::query!(
            "delete from mail.outbox where status = 'sent' and sent_at < now() - interval '30 days'",
        )
        .execute(db.owner())
        .await;
        if let Err(e) = sessions
            .map(|_| ())
            .and(attempts.map(|_| ()))
            .and(owned.map(|_| ()))
            .and(resets.map(|_| ()))
            .and(sent.map(|_| ()))
        {
            tracing::warn!(error = %e, "housekeeping failed; retrying in an hour");
        }
    }
}

async fn admin(config: &Config, action: AdminAction) -> anyhow::Result<()> {
    let db = migrate(config).await?;
    let (email, grant) = match &action {
        AdminAction::Grant { email } => (email, true),
        AdminAction::Revoke { email } => (email, false),
    };
    if !accounts::set_admin(db.owner(), email, grant).await? {
        anyhow::bail!("no account has the email {email:?}");
    }
    println!(
        "{} is {} an admin.",
        email.trim().to_lowercase(),
        if grant { "now" } else { "no longer" }
    );
    Ok(())
}

async fn seed_demo(config: &Config, if_empty: bool) -> anyhow::Result<()> {
    let db = migrate(config).await?;
    match demo::seed(db.owner()).await {
        Ok(summary) => {
            println!(
                "Demo data loaded: {} users, {} sessions, {} finished rounds. Every demo account's password is {:?}.",
                summary.users,
                summary.rooms,
                summary.rounds,
                demo::DEMO_PASSWORD
            );
            Ok(())
        }
        Err(DemoError::NotEmpty(n)) if if_empty => {
            println!("Demo data skipped: the database already has {n} account(s).");
            Ok(())
        }
        Err(err) => Err(err.into()),
    }
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = terminate => {},
    }
    tracing::info!("shutting down");
}

/// `med-practice eval`: needs the assessor's settings only, no database.
async fn eval(file: &std::path::Path, runs: usize, library: Option<&std::path::Path>) -> ExitCode {
    use assessor::eval;
    let config = match crate::server::config::AssessorConfig::from_env() {
        Ok(config) => config,
        Err(err) => {
            eprintln!("med-practice: configuration error: {err}");
            return ExitCode::from(2);
        }
    };
    let cases = match eval::library(library) {
        Ok(cases) => cases,
        Err(err) => {
            eprintln!("med-practice eval: {err}");
            return ExitCode::from(2);
        }
    };
    let text = match std::fs::read_to_string(file) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("med-practice eval: {}: {err}", file.display());
            return ExitCode::from(2);
        }
    };
    let set = match eval::read(&text, &cases) {
        Ok(set) => set,
        Err(err) => {
            eprintln!("med-practice eval: {}: {err}", file.display());
            return ExitCode::from(2);
        }
    };
    let configured = assessor::Configured::from_config(&config);
    let name = match &configured {
        assessor::Configured::Llm(llm) => format!("LLM examiner ({})", llm.model()),
        assessor::Configured::Checklist(_) => assessor::checklist::NAME.to_string(),
    };
    let (report, _) = eval::evaluate(&configured, &set, &cases, runs).await;
    print!("{}", eval::render(&report, &name));
    if report.failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
