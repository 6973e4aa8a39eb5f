//! Server functions, grouped by the product noun they act on. Each is thin: who is
//! asking, their transaction, one call into the server core.

pub mod account;
pub mod admin;
pub mod attendance;
pub mod board;
pub mod cases;
pub mod partners;
pub mod practice;
pub mod profiles;
pub mod progress;
pub mod sessions;
