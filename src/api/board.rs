//! The scheduling board.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{BoardQuery, BoardSlice};

/// The number of sessions the board shows at once.
pub const BOARD_PAGE_SIZE: i64 = 50;

/// Anyone, signed in or not: a page of upcoming public sessions, soonest first,
/// narrowed by the URL's filters, with times in the viewer's zone.
#[server(prefix = "/api", endpoint = "board")]
pub async fn get_board(#[server(default)] query: BoardQuery) -> Result<BoardSlice, AppError> {
    use crate::host::request;
    use crate::server::{partners, rooms};
    request::answer(async {
        let request::Context { zone, mut tx } = request::read_context().await?;
        let (filter, page) = rooms::BoardFilter::parse(&query, zone)?;
        let mut slice = rooms::board(&mut tx, &filter, page, BOARD_PAGE_SIZE, zone).await?;
        let demand = partners::demand(&mut tx).await?;
        slice.demand = (!demand.is_empty()).then(|| {
            let lines: Vec<String> = demand.iter().map(|d| d.sentence()).collect();
            format!("{}.", lines.join("; "))
        });
        tx.commit().await?;
        Ok(slice)
    })
    .await
}
