//! The request side of the access path, for server functions: who is asking, and their
//! transaction.

use leptos::prelude::use_context;

use super::db::{Actor, RequestTx};
use super::state::AppState;
use crate::error::AppError;

pub fn state() -> Result<AppState, AppError> {
    use_context::<AppState>().ok_or_else(|| {
        tracing::error!("AppState missing from the request context");
        AppError::Internal
    })
}

/// Who the current request acts for. Accounts and sessions (issue 3) are not built yet,
/// so every request is anonymous until they are.
pub fn current_actor() -> Actor {
    Actor::Anon
}

/// Opens the current request's transaction as its actor.
pub async fn begin() -> Result<RequestTx, AppError> {
    state()?.db.begin(current_actor()).await
}
