//! The integration tests, linked into one binary (one link of the whole app instead of
//! one per file keeps builds fast and the target folder small). Every test gets a fresh
//! PostgreSQL database from `#[sqlx::test]` and acts through the app's own access path.
#![cfg(feature = "ssr")]

mod common;

mod accounts;
mod assessment;
mod attendance;
mod board;
mod cases;
mod checkouts;
mod concurrency;
mod contract;
mod demo;
mod hardening;
mod mail;
mod partners;
mod practice;
mod progress;
mod realtime;
mod rules;
mod scheduling;
mod sessions;
mod verification;
