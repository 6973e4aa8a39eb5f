//! Server-only code: configuration, state, the database access path, the core
//! operations that server functions call, and the admin commands.

pub mod accounts;
pub mod admin;
pub mod assessor;
pub mod avatars;
pub mod bodies;
pub mod calendar;
pub mod cases;
pub mod cli;
pub mod config;
pub mod csrf;
pub mod db;
pub mod demo;
pub mod errors;
pub mod http;
pub mod passwords;
pub mod practice;
pub mod profiles;
pub mod realtime;
pub mod request;
pub mod rooms;
pub mod schedule;
pub mod session;
pub mod state;
pub mod timezone;
