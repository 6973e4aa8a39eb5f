//! Account recovery: "Forgot your password?" sends a link; the link sets a new
//! password, ends every sign-in session of the account and tells its owner. The answer
//! to a request is the same whether or not the address has an account, and only an
//! account's own address ever gets its link.
//!
//! A link carries a random token (32 bytes, hex); the database keeps only its SHA-256,
//! so a copy of the table opens nothing. A token works once, for an hour, and a new
//! password spends every other outstanding link of the account.

use sqlx::PgConnection;
use uuid::Uuid;

use super::accounts::{check_password, normalize_email};
use super::mail::{self, Kind, Mail};
use super::{passwords, tokens};
use crate::error::AppError;

/// How long a reset link works, in minutes.
pub const RESET_MINUTES: i64 = 60;
/// Reset links sent to one account an hour; past this, requests are answered as usual
/// and send nothing.
pub const RESETS_PER_HOUR: i64 = 3;

pub const LINK_NOT_VALID: &str =
    "This password reset link is not valid. Check that you opened the whole link from the email, or ask for a new one.";
pub const LINK_USED: &str =
    "This password reset link has already been used. Ask for a new one if you still need it.";
pub const LINK_EXPIRED: &str =
    "This password reset link has expired: links work for an hour. Ask for a new one.";

/// The path a reset link opens.
pub fn reset_path(token: &str) -> String {
    format!("/reset-password?token={token}")
}

/// Someone asks for a reset link for `email`. Queues it on `conn` (the owner's
/// transaction) when the address has an account that has not had too many this hour;
/// otherwise does nothing. Either way the caller answers the same.
pub async fn request_reset(
    conn: &mut PgConnection,
    email: &str,
    public_base_url: &str,
) -> Result<(), AppError> {
    let email = normalize_email(email)?;
    let account = sqlx::query!(
        "select id, email from auth.users where lower(email) = $1 for update",
        email
    )
    .fetch_optional(&mut *conn)
    .await?;
    let Some((user_id, address)) = account.map(|a| (a.id, a.email)) else {
        return Ok(());
    };
    let recent = sqlx::query_scalar!(
        r#"select count(*) as "count!" from auth.password_resets
          where user_id = $1 and created_at > now() - interval '1 hour'"#,
        user_id
    )
    .fetch_one(&mut *conn)
    .await?;
    if recent >= RESETS_PER_HOUR {
        tracing::info!(%user_id, "password reset: hourly limit reached; nothing sent");
        return Ok(());
    }
    let (token, hash) = tokens::new();
    let reset_id = sqlx::query_scalar!(
        "insert into auth.password_resets (user_id, token_hash, expires_at)
         values ($1, $2, now() + make_interval(mins => $3::int)) returning id",
        user_id,
        hash,
        RESET_MINUTES as i32,
    )
    .fetch_one(&mut *conn)
    .await?;
    let link = format!(
        "{}{}",
        public_base_url.trim_end_matches('/'),
        reset_path(&token)
    );
    let message = Mail::new(Kind::Account, &address, "Set a new Med Practice password")
        .paragraph("Someone (we hope you) asked to set a new password for the Med Practice account with this address.")
        .link("Set a new password", link)
        .paragraph(format!(
            "The link works once, for {RESET_MINUTES} minutes. If you did not ask for it, ignore this email: your password stays as it is."
        ));
    mail::queue(
        &mut *conn,
        &format!("password-reset:{reset_id}"),
        Some(user_id),
        &message,
    )
    .await?;
    Ok(())
}

/// Sets a new password with a reset link's `token`: spends every outstanding link of
/// the account, ends all its sign-in sessions and queues a notice to its address.
/// Returns the account, to sign this browser in.
pub async fn reset(
    conn: &mut PgConnection,
    token: &str,
    password: String,
) -> Result<Uuid, AppError> {
    let Some(hash) = tokens::hash(token) else {
        return Err(AppError::invalid(LINK_NOT_VALID));
    };
    let row = sqlx::query!(
        r#"select id, user_id, used_at is not null as "used!", expires_at <= now() as "expired!"
             from auth.password_resets where token_hash = $1 for update"#,
        hash
    )
    .fetch_optional(&mut *conn)
    .await?;
    let (reset_id, user_id) = match row {
        None => return Err(AppError::invalid(LINK_NOT_VALID)),
        Some(row) if row.used => return Err(AppError::invalid(LINK_USED)),
        Some(row) if row.expired => return Err(AppError::invalid(LINK_EXPIRED)),
        Some(row) => (row.id, row.user_id),
    };
    check_password(&password)?;
    let hash = passwords::hash(password).await?;
    let address = replace_password(&mut *conn, user_id, hash, None).await?;
    // The link came to the account's address, which proves it is theirs.
    sqlx::query!(
        "update auth.users set email_verified_at = coalesce(email_verified_at, now()) where id = $1",
        user_id
    )
    .execute(&mut *conn)
    .await?;
    let notice = Mail::new(Kind::Account, &address, "Your Med Practice password was changed")
        .paragraph("The password of the Med Practice account with this address has just been changed with a reset link, and every device signed in to it was signed out.")
        .paragraph("If that was you, there is nothing more to do. If it was not, ask for a new reset link from the sign-in page straight away: only this address can receive one.");
    mail::queue(
        &mut *conn,
        &format!("password-changed:{reset_id}"),
        Some(user_id),
        &notice,
    )
    .await?;
    Ok(user_id)
}

pub const CURRENT_PASSWORD_WRONG: &str = "Your current password is not right.";
pub const SAME_PASSWORD: &str = "Choose a new password that differs from the current one.";

/// The signed-in `user_id` changes their password, proving the current one (which
/// counts against the sign-in limits, as a sign-in would): every other sign-in session
/// of the account ends (`keep`, this browser's, stays) and the owner is told.
pub async fn change_password(
    pool: &sqlx::PgPool,
    user_id: Uuid,
    current: String,
    new: String,
    ip: Option<std::net::IpAddr>,
    keep: Option<&str>,
) -> Result<(), AppError> {
    if current == new {
        return Err(AppError::invalid(SAME_PASSWORD));
    }
    check_password(&new)?;
    let email = prove_password(pool, user_id, current, ip).await?;
    let hash = passwords::hash(new).await?;
    let mut tx = pool.begin().await?;
    replace_password(&mut tx, user_id, hash, keep).await?;
    let notice = Mail::new(Kind::Account, &email, "Your Med Practice password was changed")
        .paragraph("The password of the Med Practice account with this address has just been changed from its profile page, and every other device signed in to it was signed out.")
        .paragraph("If that was you, there is nothing more to do. If it was not, ask for a reset link from the sign-in page straight away: only this address can receive one.");
    mail::queue(
        &mut tx,
        &format!("password-changed:{}", Uuid::new_v4()),
        Some(user_id),
        &notice,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// The signed-in `user_id` proves their `current` password before a change to the
/// account, as a sign-in would (its failures count against the same limits). Returns the
/// account's address.
pub async fn prove_password(
    pool: &sqlx::PgPool,
    user_id: Uuid,
    current: String,
    ip: Option<std::net::IpAddr>,
) -> Result<String, AppError> {
    let email = sqlx::query_scalar!("select email from auth.users where id = $1", user_id)
        .fetch_optional(pool)
        .await?
        .ok_or(AppError::Unauthenticated)?;
    match super::accounts::sign_in(pool, &email, current, ip).await {
        Ok(id) if id == user_id => Ok(email),
        Ok(_) => Err(AppError::Internal),
        Err(AppError::Invalid(_)) => Err(AppError::invalid(CURRENT_PASSWORD_WRONG)),
        Err(other) => Err(other),
    }
}

/// Sets `user_id`'s password hash, spends every outstanding reset and confirmation link
/// of the account (cancelling an address change someone else may have started) and ends
/// every stored sign-in session of it but `keep`. Returns its address.
async fn replace_password(
    conn: &mut PgConnection,
    user_id: Uuid,
    hash: String,
    keep: Option<&str>,
) -> Result<String, sqlx::Error> {
    let address = sqlx::query_scalar!(
        "update auth.users set password_hash = $2 where id = $1 returning email",
        user_id,
        hash
    )
    .fetch_one(&mut *conn)
    .await?;
    sqlx::query!(
        "update auth.password_resets set used_at = now() where user_id = $1 and used_at is null",
        user_id
    )
    .execute(&mut *conn)
    .await?;
    super::verification::spend_links(&mut *conn, user_id).await?;
    // Run-time checked: the session store's table is made by tower-sessions at start-up,
    // not by our migrations.
    sqlx::query(
        r#"delete from "tower_sessions"."session"
            where id in (select session_id from auth.user_sessions
                          where user_id = $1 and session_id is distinct from $2)"#,
    )
    .bind(user_id)
    .bind(keep)
    .execute(&mut *conn)
    .await?;
    sqlx::query!(
        "delete from auth.user_sessions where user_id = $1 and session_id is distinct from $2",
        user_id,
        keep
    )
    .execute(&mut *conn)
    .await?;
    Ok(address)
}
