//! The scheduling board.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::BoardRoom;

/// The number of sessions the board shows at once.
pub const BOARD_PAGE_SIZE: i64 = 50;

/// Anyone, signed in or not: upcoming public sessions, soonest first; with `open_only`,
/// only those with a free guest seat.
#[server]
pub async fn upcoming_sessions(open_only: bool) -> Result<Vec<BoardRoom>, AppError> {
    use crate::server::{request, rooms};
    let mut tx = request::begin().await?;
    let sessions = rooms::board(&mut tx, open_only, BOARD_PAGE_SIZE).await?;
    tx.commit().await?;
    Ok(sessions)
}
