//! One module a page.

pub mod board;
pub mod my_sessions;
pub mod not_found;
pub mod sign_in;
