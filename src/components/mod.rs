//! Building blocks shared by pages.

pub mod assessment;
pub mod auth;
pub mod avatar;
pub mod confirm;
pub mod error_view;
pub mod form;
pub mod later;
pub mod layout;
pub mod live;
pub mod mark_sheet;
pub mod pause;
pub mod practice;
pub mod schedule;
pub mod station_timer;
pub mod transcript;
