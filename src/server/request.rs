//! The request side of the access path, for server functions: who is asking, their
//! session and address, and their transaction.

use axum::extract::ConnectInfo;
use axum::http::StatusCode;
use leptos::prelude::use_context;
use std::net::{IpAddr, SocketAddr};
use tower_sessions::Session;

use super::db::{Actor, RequestTx};
use super::session;
use super::state::AppState;
use crate::error::AppError;

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

/// Who the current request acts for: its session's user, or nobody.
pub async fn current_actor() -> Result<Actor, AppError> {
    Ok(match session::user(&session().await?).await? {
        Some(id) => Actor::User(id),
        None => Actor::Anon,
    })
}

/// The signed-in user's id, or [`AppError::Unauthenticated`].
pub async fn require_user() -> Result<uuid::Uuid, AppError> {
    current_actor()
        .await?
        .user_id()
        .ok_or(AppError::Unauthenticated)
}

/// Opens the current request's transaction as its actor.
pub async fn begin() -> Result<RequestTx, AppError> {
    let actor = current_actor().await?;
    state()?.db.begin(actor).await
}

/// The peer's address, when the server was started with connection info.
pub async fn client_ip() -> Option<IpAddr> {
    leptos_axum::extract::<ConnectInfo<SocketAddr>>()
        .await
        .ok()
        .map(|ConnectInfo(addr)| addr.ip())
}

/// Sets the HTTP status of the current server function's response.
pub fn set_status(status: StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// Gives an error its HTTP status, then returns it for `?` or `Err`.
pub fn fail(error: AppError) -> AppError {
    set_status(match &error {
        AppError::Invalid(_) => StatusCode::UNPROCESSABLE_ENTITY,
        AppError::Conflict(_) => StatusCode::CONFLICT,
        AppError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
        AppError::Unauthenticated => StatusCode::UNAUTHORIZED,
        AppError::Forbidden => StatusCode::FORBIDDEN,
        AppError::NotFound => StatusCode::NOT_FOUND,
        AppError::Internal | AppError::Transport => StatusCode::INTERNAL_SERVER_ERROR,
    });
    error
}
