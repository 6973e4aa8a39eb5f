//! What admins see of the platform as a whole.

use sqlx::PgConnection;

use crate::error::AppError;
use crate::model::AdminOverview;

/// None unless the transaction's user is an admin, as the database decides from its
/// own claim. Case briefs are counted through the admin's RLS-guarded view; accounts,
/// which no client role can read, by a function that counts them for admins only.
pub async fn overview(conn: &mut PgConnection) -> Result<Option<AdminOverview>, AppError> {
    let is_admin = sqlx::query_scalar!(r#"select public.is_admin() as "is_admin!""#)
        .fetch_one(&mut *conn)
        .await?;
    if !is_admin {
        return Ok(None);
    }
    let counts = sqlx::query!(
        r#"select (select count(*) from public.case_briefs) as "case_briefs!",
                (select count(*) from public.practice_rooms where datetime_utc > now())
                  as "upcoming_sessions!""#
    )
    .fetch_one(&mut *conn)
    .await?;
    let (case_briefs, upcoming_sessions) = (counts.case_briefs, counts.upcoming_sessions);
    let accounts = sqlx::query_scalar!("select public.admin_account_count() as accounts")
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
