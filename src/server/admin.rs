//! What admins see of the platform as a whole.

use sqlx::PgConnection;

use crate::error::AppError;
use crate::model::AdminOverview;

/// None unless the transaction's user is an admin, as the database decides from its
/// own claim. Case briefs are counted through the admin's RLS-guarded view; accounts,
/// which no client role can read, by a function that counts them for admins only.
pub async fn overview(conn: &mut PgConnection) -> Result<Option<AdminOverview>, AppError> {
    let is_admin: bool = sqlx::query_scalar("select public.is_admin()")
        .fetch_one(&mut *conn)
        .await?;
    if !is_admin {
        return Ok(None);
    }
    let (case_briefs, upcoming_sessions): (i64, i64) = sqlx::query_as(
        "select (select count(*) from public.case_briefs),
                (select count(*) from public.practice_rooms where datetime_utc > now())",
    )
    .fetch_one(&mut *conn)
    .await?;
    let accounts: Option<i64> = sqlx::query_scalar("select public.admin_account_count()")
        .fetch_one(&mut *conn)
        .await?;
    let Some(accounts) = accounts else {
        return Ok(None);
    };
    Ok(Some(AdminOverview {
        accounts,
        upcoming_sessions,
        case_briefs,
    }))
}
