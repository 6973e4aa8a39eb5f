//! The admin overview.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::AdminOverview;

/// Admins only (others get "not found", as if the page did not exist): the
/// platform's numbers at a glance.
#[server(prefix = "/api", endpoint = "admin_overview")]
pub async fn get_admin_overview() -> Result<AdminOverview, AppError> {
    use crate::host::request;
    use crate::server::admin;
    request::answer(async {
        let mut tx = request::context().await?.tx;
        let overview = admin::overview(&mut tx).await?;
        tx.commit().await?;
        overview.ok_or(AppError::NotFound)
    })
    .await
}
