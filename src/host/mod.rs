//! The host: everything that knows HTTP. The axum router and its middleware (sessions,
//! the cross-site check, body limits, security headers), the handlers beside the pages
//! (downloads, the live stream), the request context server functions read, and the
//! command line. It calls down into [`crate::server`], the core, which takes
//! connections and plain values and knows nothing of axum.

pub mod auth;
pub mod bodies;
pub mod cli;
pub mod csrf;
pub mod downloads;
pub mod headers;
pub mod http;
pub mod hydration;
pub mod request;
pub mod state;
pub mod status;
pub mod stream;
