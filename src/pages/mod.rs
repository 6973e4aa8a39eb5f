//! One module a page.

pub mod admin;
pub mod attend;
pub mod board;
pub mod confirm_email;
pub mod my_sessions;
pub mod not_found;
pub mod partners;
pub mod profile;
pub mod progress;
pub mod recovery;
pub mod room;
pub mod sign_in;
