//! Building blocks shared by pages.

pub mod auth;
pub mod avatar;
pub mod error_view;
pub mod form;
pub mod layout;
pub mod live;
pub mod schedule;
