//! What every request handler and server function can reach.

use axum::extract::FromRef;
use leptos::prelude::LeptosOptions;
use std::sync::Arc;

use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::realtime::Hub;

#[derive(Clone, FromRef)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub db: Db,
    pub config: Arc<Config>,
    /// This instance's follower of the database's change log.
    pub realtime: Hub,
}
