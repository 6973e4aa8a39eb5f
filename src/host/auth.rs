//! Sign-in sessions, kept server-side in PostgreSQL (tower-sessions), so any instance
//! can serve any request. The cookie only names the session.

use crate::server::db::{Actor, Lease};
use std::time::{SystemTime, UNIX_EPOCH};
use tower_sessions::cookie::time::{Duration, OffsetDateTime};
use tower_sessions::cookie::SameSite;
use tower_sessions::session::Record;
use tower_sessions::{Expiry, Session, SessionManagerLayer};
use tower_sessions_sqlx_store::PostgresStore;
use uuid::Uuid;

use crate::error::AppError;
use crate::server::config::Config;

const USER_KEY: &str = "user";
/// Signed out after this long without a request...
pub const IDLE_EXPIRY: Duration = Duration::days(7);
/// ...and after this long whatever happens.
pub const ABSOLUTE_EXPIRY_SECS: i64 = 30 * 24 * 60 * 60;

/// The cookie's name: `__Host-` over HTTPS, which binds it to this exact origin.
pub fn cookie_name(config: &Config) -> &'static str {
    if config.is_https() {
        "__Host-mp_session"
    } else {
        "mp_session"
    }
}

pub async fn store(pool: sqlx::PgPool) -> Result<PostgresStore, sqlx::Error> {
    let store = store_handle(pool);
    store.migrate().await?;
    Ok(store)
}

/// The store over `pool`, its table already prepared by [`store`].
pub fn store_handle(pool: sqlx::PgPool) -> PostgresStore {
    PostgresStore::new(pool)
}

/// The user the stored session `id` names now, read from the store itself (a request's
/// `Session` keeps the copy it loaded): None once it is signed out, cycled by another
/// sign-in, expired, or past its absolute lifetime.
pub async fn stored_user(
    store: &PostgresStore,
    id: &tower_sessions::session::Id,
) -> Result<Option<Uuid>, tower_sessions::session_store::Error> {
    use tower_sessions::SessionStore;
    let Some(record) = store.load(id).await? else {
        return Ok(None);
    };
    Ok(user_of(&record)
        .filter(SignedIn::within_lifetime)
        .map(|s| s.user_id))
}

/// Who the record says is signed in, unless it has expired.
fn user_of(record: &Record) -> Option<SignedIn> {
    if record.expiry_date <= OffsetDateTime::now_utc() {
        return None;
    }
    record
        .data
        .get(USER_KEY)
        .and_then(|v| serde_json::from_value::<SignedIn>(v.clone()).ok())
}

/// The stored session `id`'s record, read as the store reads it (its table, its
/// MessagePack encoding) but through `conn`, so a request reads its sign-in on the
/// connection its other work uses. A test pins this to the store's own writes.
pub async fn load_on(
    conn: &mut sqlx::PgConnection,
    id: &tower_sessions::session::Id,
) -> Result<Option<Record>, AppError> {
    // Run-time checked: tower-sessions makes its schema at start-up, not our migrations.
    let data: Option<Vec<u8>> = sqlx::query_scalar(
        r#"select data from "tower_sessions"."session" where id = $1 and expiry_date > $2"#,
    )
    .bind(id.to_string())
    .bind(OffsetDateTime::now_utc())
    .fetch_optional(conn)
    .await?;
    data.map(|data| {
        rmp_serde::from_slice(&data).map_err(|error| {
            tracing::error!(%error, "a stored session does not decode");
            AppError::Internal
        })
    })
    .transpose()
}

/// Who a request acts for, its session's record read through `lease` (the request's
/// connection). Only for a session this request has not changed: one that signed in or
/// out here is read from its own copy ([`actor`]; `request::Scope::actor` decides). A
/// session past its absolute lifetime is ended.
pub async fn actor_on(lease: &Lease, session: &Session) -> Result<Actor, AppError> {
    let Some(id) = session.id() else {
        return Ok(Actor::Anon);
    };
    let record = load_on(&mut *lease.as_owner().await?, &id).await?;
    match record.as_ref().and_then(user_of) {
        Some(s) if s.within_lifetime() => Ok(Actor::User(s.user_id)),
        Some(_) => {
            sign_out(session).await?;
            Ok(Actor::Anon)
        }
        None => Ok(Actor::Anon),
    }
}

pub fn layer(config: &Config, store: PostgresStore) -> SessionManagerLayer<PostgresStore> {
    SessionManagerLayer::new(store)
        .with_name(cookie_name(config))
        .with_http_only(true)
        .with_same_site(SameSite::Lax)
        .with_secure(config.is_https())
        .with_path("/")
        .with_expiry(Expiry::OnInactivity(IDLE_EXPIRY))
}

#[derive(serde::Serialize, serde::Deserialize)]
struct SignedIn {
    user_id: Uuid,
    since: i64,
}

impl SignedIn {
    /// Not yet past the absolute lifetime, whatever the idle expiry says.
    fn within_lifetime(&self) -> bool {
        now_secs() - self.since < ABSOLUTE_EXPIRY_SECS
    }
}

fn now_secs() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or_default()
}

fn session_error(err: tower_sessions::session::Error) -> AppError {
    tracing::error!(error = %err, "session store error");
    AppError::Internal
}

/// Signs `user_id` in under a fresh session id, so an id known before sign-in (session
/// fixation) is worthless after it. The session is stored now and recorded as the
/// user's (`auth.user_sessions`), so a new password can end it.
pub async fn sign_in(
    session: &Session,
    pool: &sqlx::PgPool,
    user_id: Uuid,
) -> Result<(), AppError> {
    session.cycle_id().await.map_err(session_error)?;
    session
        .insert(
            USER_KEY,
            SignedIn {
                user_id,
                since: now_secs(),
            },
        )
        .await
        .map_err(session_error)?;
    session.save().await.map_err(session_error)?;
    let Some(id) = session.id() else {
        tracing::error!("a saved session has no id");
        return Err(AppError::Internal);
    };
    sqlx::query!(
        "insert into auth.user_sessions (session_id, user_id) values ($1, $2)
         on conflict (session_id) do update set user_id = excluded.user_id",
        id.to_string(),
        user_id,
    )
    .execute(pool)
    .await?;
    Ok(())
}

/// The signed-in user, if any; a session past its absolute lifetime is ended.
pub async fn user(session: &Session) -> Result<Option<Uuid>, AppError> {
    let signed_in: Option<SignedIn> = session.get(USER_KEY).await.map_err(session_error)?;
    match signed_in {
        Some(s) if s.within_lifetime() => Ok(Some(s.user_id)),
        Some(_) => {
            sign_out(session).await?;
            Ok(None)
        }
        None => Ok(None),
    }
}

/// Who a request with this session acts for: its signed-in user, or nobody.
pub async fn actor(session: &Session) -> Result<Actor, AppError> {
    Ok(match user(session).await? {
        Some(id) => Actor::User(id),
        None => Actor::Anon,
    })
}

/// Ends the session and deletes it from the store, so its cookie opens nothing.
pub async fn sign_out(session: &Session) -> Result<(), AppError> {
    session.flush().await.map_err(session_error)
}
