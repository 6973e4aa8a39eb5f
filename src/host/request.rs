//! The request side of the access path, for server functions: who is asking, their
//! session and address, and their transaction.

use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use leptos::prelude::use_context;
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use tokio::sync::OnceCell;
use tower_sessions::Session;

use super::auth;
use super::state::AppState;
use super::status::is_plain_form_post;
pub use super::status::{answering_request, malformed, set_status};
use crate::error::AppError;
use crate::server::db::{Actor, Db, Lease, RequestTx, UserTx};

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the request context");
        AppError::Internal
    })
}

pub async fn session() -> Result<Session, AppError> {
    leptos_axum::extract::<Session>().await.map_err(|e| {
        tracing::error!(error = %e, "no session layer on this request");
        AppError::Internal
    })
}

/// What one request shares among everything that serves it (its server functions,
/// during a page's render, and its handler): one connection from the pool, and who it
/// acts for, read once. The [`scope`] middleware gives every request its own.
#[derive(Clone)]
pub struct Scope {
    lease: Lease,
    actor: Arc<OnceCell<Actor>>,
}

impl Scope {
    pub fn new(db: &Db) -> Self {
        Self {
            lease: db.lease(),
            actor: Arc::default(),
        }
    }

    /// Who the request acts for: its sign-in session's user, or nobody. The record is
    /// read on the request's connection, once; a request that signs in or out reads its
    /// own session's copy instead.
    pub async fn actor(&self, session: &Session) -> Result<Actor, AppError> {
        if session.is_modified() {
            return auth::actor(session).await;
        }
        self.actor
            .get_or_try_init(|| auth::actor_on(&self.lease, session))
            .await
            .copied()
    }

    /// A transaction on the request's connection as `actor`.
    pub async fn begin(&self, actor: Actor) -> Result<RequestTx, AppError> {
        self.lease.begin(actor).await
    }

    /// A transaction on the request's connection as the signed-in `user`.
    pub async fn begin_user(&self, user: uuid::Uuid) -> Result<UserTx, AppError> {
        self.lease.begin_user(user).await
    }

    /// A read-only transaction on the request's connection as `actor`, which the
    /// request's next reader goes on in (`Lease::begin_read`).
    pub async fn begin_read(&self, actor: Actor) -> Result<RequestTx, AppError> {
        self.lease.begin_read(actor).await
    }

    /// The same as the signed-in `user`.
    pub async fn begin_user_read(&self, user: uuid::Uuid) -> Result<UserTx, AppError> {
        self.lease.begin_user_read(user).await
    }
}

/// Gives each request its [`Scope`]. Its connection is taken only when something
/// reads the database, and goes back to the pool when the request is done (the page
/// rendered, the server function answered).
pub async fn scope(
    axum::extract::State(db): axum::extract::State<Db>,
    mut request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    request.extensions_mut().insert(Scope::new(&db));
    next.run(request).await
}

/// The current request's [`Scope`].
pub async fn current_scope() -> Result<Scope, AppError> {
    leptos_axum::extract::<axum::Extension<Scope>>()
        .await
        .map(|axum::Extension(scope)| scope)
        .map_err(|e| {
            tracing::error!(error = %e, "no request scope on this request");
            AppError::Internal
        })
}

/// Who the current request acts for: its session's user, or nobody.
pub async fn current_actor() -> Result<Actor, AppError> {
    current_scope().await?.actor(&session().await?).await
}

/// The signed-in user's id, or [`AppError::Unauthenticated`].
pub async fn require_user() -> Result<uuid::Uuid, AppError> {
    current_actor()
        .await?
        .user_id()
        .ok_or(AppError::Unauthenticated)
}

/// What a server function reads of its request, once: the viewer's zone, and the
/// transaction as whoever acts (which it carries: `Acting::actor`).
pub struct Context {
    pub zone: chrono_tz::Tz,
    pub tx: RequestTx,
}

/// The same for a signed-in user: the transaction carries who they are.
pub struct SignedIn {
    pub zone: chrono_tz::Tz,
    pub tx: UserTx,
}

impl SignedIn {
    pub fn user(&self) -> uuid::Uuid {
        self.tx.user()
    }
}

/// The current request's context, whoever asks.
pub async fn context() -> Result<Context, AppError> {
    context_for(Work::Any).await
}

/// [`context`] for a server function that only reads (a page's data): its transaction
/// is read only, and one reader's is the next one's, so the header's account and the
/// page's data are read in one transaction.
pub async fn read_context() -> Result<Context, AppError> {
    context_for(Work::Reads).await
}

/// [`signed_in_or_none`] for a server function that only reads (see [`read_context`]).
pub async fn read_signed_in_or_none() -> Result<Option<SignedIn>, AppError> {
    signed_in_for(Work::Reads).await
}

/// The current request's context for its signed-in user, or
/// [`AppError::Unauthenticated`].
pub async fn signed_in() -> Result<SignedIn, AppError> {
    signed_in_or_none().await?.ok_or(AppError::Unauthenticated)
}

/// The current request's context for its signed-in user; `None` when nobody is.
pub async fn signed_in_or_none() -> Result<Option<SignedIn>, AppError> {
    signed_in_for(Work::Any).await
}

/// What a server function's transaction is for: anything, or reads only (a read-only
/// transaction the request's next reader goes on in, `Lease::begin_read`).
#[derive(Clone, Copy)]
enum Work {
    Any,
    Reads,
}

async fn context_for(work: Work) -> Result<Context, AppError> {
    let scope = current_scope().await?;
    let actor = scope.actor(&session().await?).await?;
    let zone = viewer_zone().await;
    let tx = match work {
        Work::Any => scope.begin(actor).await?,
        Work::Reads => scope.begin_read(actor).await?,
    };
    Ok(Context { zone, tx })
}

async fn signed_in_for(work: Work) -> Result<Option<SignedIn>, AppError> {
    let scope = current_scope().await?;
    let Some(user) = scope.actor(&session().await?).await?.user_id() else {
        return Ok(None);
    };
    let zone = viewer_zone().await;
    let tx = match work {
        Work::Any => scope.begin_user(user).await?,
        Work::Reads => scope.begin_user_read(user).await?,
    };
    Ok(Some(SignedIn { zone, tx }))
}

/// The client's address: the last `X-Forwarded-For` hop when the configuration trusts
/// a load balancer in front, else the connection's peer.
pub async fn client_ip() -> Option<IpAddr> {
    let trust = state().is_ok_and(|s| s.config.trust_forwarded_for);
    let headers = leptos_axum::extract::<axum::http::HeaderMap>()
        .await
        .unwrap_or_default();
    let peer = leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .ok()
        .map(|ConnectInfo(addr)| addr.ip());
    client_ip_from(trust, &headers, peer)
}

/// [`client_ip`] from a request's headers and peer, for axum handlers.
pub fn client_ip_from(
    trust_forwarded_for: bool,
    headers: &axum::http::HeaderMap,
    peer: Option<IpAddr>,
) -> Option<IpAddr> {
    if trust_forwarded_for {
        return last_forwarded_hop(
            headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok()),
        );
    }
    peer
}

/// The address the nearest proxy saw: the last entry of the last header. Earlier
/// entries are whatever the client chose to send.
fn last_forwarded_hop<'a>(values: impl Iterator<Item = &'a str>) -> Option<IpAddr> {
    values
        .last()?
        .rsplit(',')
        .next()
        .and_then(|hop| hop.trim().parse().ok())
}

/// The cookie the browser sets to its own IANA zone (see the shell's head script).
pub const ZONE_COOKIE: &str = "mp_tz";

/// The viewer's time zone, from their browser's cookie; UTC until it is known.
pub async fn viewer_zone() -> chrono_tz::Tz {
    let Ok(headers) = leptos_axum::extract::<axum::http::HeaderMap>().await else {
        return chrono_tz::UTC;
    };
    zone_from_headers(&headers)
}

pub fn zone_from_headers(headers: &axum::http::HeaderMap) -> chrono_tz::Tz {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(tower_sessions::cookie::Cookie::split_parse_encoded)
        .filter_map(Result::ok)
        .find(|c| c.name() == ZONE_COOKIE)
        .and_then(|c| crate::server::timezone::parse_zone(c.value()).ok())
        .unwrap_or(chrono_tz::UTC)
}

/// Runs a server function's body, giving its error, if any, its HTTP status (see
/// [`fail`]): the one way a server function answers.
pub async fn answer<T>(
    body: impl std::future::Future<Output = Result<T, AppError>>,
) -> Result<T, AppError> {
    body.await.map_err(fail)
}

/// Gives an error its HTTP status, then returns it for `?` or `Err`. A plain form post
/// keeps the redirect back to its page, which shows the error.
pub fn fail(error: AppError) -> AppError {
    if is_plain_form_post() {
        return error;
    }
    set_status(status_of(&error));
    error
}

/// The HTTP status of an error, for server functions and axum handlers alike.
pub fn status_of(error: &AppError) -> StatusCode {
    match error {
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Internal | AppError::Transport => StatusCode::INTERNAL_SERVER_ERROR,
    }
}

/// An axum handler's answer for an error: its status and its user-facing words (an
/// internal error's cause was logged where it happened and is not in them).
pub fn error_response(error: AppError) -> axum::response::Response {
    use axum::response::IntoResponse;
    (status_of(&error), error.to_string()).into_response()
}

#[cfg(test)]
mod tests {
    use super::last_forwarded_hop;

    #[test]
    fn the_nearest_proxys_view_wins_over_what_the_client_sent() {
        let hop = |values: &[&str]| last_forwarded_hop(values.iter().copied());
        assert_eq!(hop(&["203.0.113.9"]), Some("203.0.113.9".parse().unwrap()));
        assert_eq!(
            hop(&["1.2.3.4, 203.0.113.9"]),
            Some("203.0.113.9".parse().unwrap())
        );
        assert_eq!(
            hop(&["1.2.3.4", "198.51.100.7"]),
            Some("198.51.100.7".parse().unwrap())
        );
        assert_eq!(hop(&["2001:db8::1"]), Some("2001:db8::1".parse().unwrap()));
        assert_eq!(hop(&["not an address"]), None);
        assert_eq!(hop(&[]), None);
    }
}
