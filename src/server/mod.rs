//! The core: configuration, the database access path, and the operations server
//! functions and the host's handlers call. Each takes a connection (the caller's
//! transaction, so the caller decides the acting role) and plain values; nothing here
//! knows of HTTP. The host ([`crate::host`]) sits above it.

pub mod accounts;
pub mod admin;
pub mod assessor;
pub mod attendance;
pub mod avatars;
pub mod calendar;
pub mod cases;
pub mod config;
pub mod db;
pub mod demo;
pub mod errors;
pub mod mail;
pub mod partners;
pub mod passwords;
pub mod practice;
pub mod profiles;
pub mod progress;
pub mod realtime;
pub mod recovery;
pub mod rooms;
pub mod schedule;
pub mod timezone;
pub mod tokens;
pub mod verification;
