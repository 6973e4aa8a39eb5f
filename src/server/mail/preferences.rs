//! Who wants which mail. Session updates and reminders can each be turned off, on the
//! profile page or by the one-click link every such mail carries (RFC 8058: the
//! `List-Unsubscribe` header's address takes a POST with no sign-in; the link in the
//! body opens a page that asks first, since mail scanners follow links). Each mail's
//! token is random and kept as its SHA-256; it stops that mail's kind and no other.
//! Account mail (password links and notices) is always sent.

use sqlx::PgConnection;

use super::Kind;
use crate::error::AppError;
use crate::server::tokens;

pub const LINK_NOT_VALID: &str = "This unsubscribe link is not valid or has expired. You can change which emails you get on your profile page.";

pub fn page_path(token: &str) -> String {
    format!("/unsubscribe?token={token}")
}

pub fn one_click_path(token: &str) -> String {
    format!("/unsubscribe/one-click?token={token}")
}

/// The mail kind and address a token would stop, if it is one of ours.
pub async fn describe(
    conn: &mut PgConnection,
    token: &str,
) -> Result<Option<(Kind, String)>, AppError> {
    let Some(hash) = tokens::hash(token) else {
        return Ok(None);
    };
    let row = sqlx::query!(
        "select o.kind, u.email from mail.outbox o join auth.users u on u.id = o.user_id
          where o.unsubscribe_hash = $1",
        hash
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.and_then(|row| match row.kind.as_str() {
        "update" => Some((Kind::Update, row.email)),
        "reminder" => Some((Kind::Reminder, row.email)),
        _ => None,
    }))
}

/// Stops the kind of mail `token` came with, for its person. Idempotent.
pub async fn unsubscribe(conn: &mut PgConnection, token: &str) -> Result<Kind, AppError> {
    let Some((kind, _)) = describe(&mut *conn, token).await? else {
        return Err(AppError::invalid(LINK_NOT_VALID));
    };
    let hash = tokens::hash(token);
    let query = if kind == Kind::Update {
        sqlx::query!(
            "update auth.users u set mail_updates = false
               from mail.outbox o where o.unsubscribe_hash = $1 and u.id = o.user_id",
            hash
        )
    } else {
        sqlx::query!(
            "update auth.users u set mail_reminders = false
               from mail.outbox o where o.unsubscribe_hash = $1 and u.id = o.user_id",
            hash
        )
    };
    query.execute(conn).await?;
    Ok(kind)
}

/// The signed-in person's choices (`conn` acts as them): (session updates, reminders).
pub async fn get(conn: &mut PgConnection) -> Result<(bool, bool), AppError> {
    let row = sqlx::query!("select updates, reminders from public.my_mail_preferences()")
        .fetch_one(conn)
        .await?;
    match (row.updates, row.reminders) {
        (Some(updates), Some(reminders)) => Ok((updates, reminders)),
        _ => Err(AppError::Unauthenticated),
    }
}

/// Sets the signed-in person's choices (`conn` acts as them).
pub async fn set(conn: &mut PgConnection, updates: bool, reminders: bool) -> Result<(), AppError> {
    sqlx::query!(
        "select public.set_my_mail_preferences($1, $2)",
        updates,
        reminders
    )
    .execute(conn)
    .await?;
    Ok(())
}
