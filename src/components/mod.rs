//! Building blocks shared by pages.

pub mod avatar;
pub mod error_view;
pub mod layout;
pub mod time;
