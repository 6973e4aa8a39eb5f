//! A trainee's progress page: their own, or (admins, for support) anyone's.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::progress::ProgressPage;

/// The progress of `user` (the viewer's own when none); None when signed out. Anyone
/// but the trainee and admins gets NotFound, as for a page that is not there.
#[server(prefix = "/api", endpoint = "get_progress")]
pub async fn get_progress(user: Option<String>) -> Result<Option<ProgressPage>, AppError> {
    use crate::host::request;
    use crate::server::progress;
    request::answer(async {
        let Some(mut me) = request::signed_in_or_none().await? else {
            return Ok(None);
        };
        let viewer = me.user();
        let user = match user.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
            Some(id) => uuid::Uuid::try_parse(id).map_err(|_| AppError::NotFound)?,
            None => viewer,
        };
        let page = progress::page(&mut me.tx, viewer, user, me.zone).await?;
        me.tx.commit().await?;
        Ok(Some(page))
    })
    .await
}
