//! Confirmed email addresses: the link sign-up sends, "Send the link again", changing
//! one's address (the new one confirmed before it takes effect, the old one told), and
//! the notice an address that already has an account gets when someone signs up with it,
//! so the sign-up form never tells which addresses are registered.
//!
//! A link carries a random token (see [`tokens`]); the database keeps only its SHA-256.
//! It works once, for a day. Until an account's address is confirmed the database
//! refuses to let it host or join (`practice_rooms_address_unconfirmed`).

use sqlx::PgConnection;
use uuid::Uuid;

use super::accounts::normalize_email;
use super::mail::{self, Kind, Mail};
use super::tokens;
use crate::error::AppError;
use crate::model::next::safe_next;

/// How long a confirmation link works, in hours.
pub const LINK_HOURS: i64 = 24;
/// Links (and "already has an account" notices) one account gets an hour.
pub const LINKS_PER_HOUR: i64 = 3;

pub const LINK_NOT_VALID: &str = "This confirmation link is not valid. Check that you opened the whole link from the email, or sign in and ask for a new one.";
pub const LINK_USED: &str =
    "This confirmation link has already been used. Sign in to carry on, or ask for a new link.";
pub const LINK_EXPIRED: &str =
    "This confirmation link has expired: links work for a day. Sign in and ask for a new one.";
pub const ALREADY_CONFIRMED: &str = "Your email address is already confirmed.";
pub const TOO_MANY_LINKS: &str = "We have sent three links in the last hour. Check your spam folder, or wait an hour and ask again.";
pub const SAME_ADDRESS: &str = "That is already your email address.";
pub const ADDRESS_TAKEN: &str = "Another account now uses that email address, so yours stays as it was. Choose another address.";

/// The path a confirmation link opens.
pub fn confirm_path(token: &str) -> String {
    format!("/confirm-email?token={token}")
}

fn link(public_base_url: &str, token: &str) -> String {
    format!(
        "{}{}",
        public_base_url.trim_end_matches('/'),
        confirm_path(token)
    )
}

/// Links sent to `user_id` in the last hour.
async fn links_this_hour(conn: &mut PgConnection, user_id: Uuid) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar!(
        r#"select count(*) as "count!" from auth.email_verifications
          where user_id = $1 and created_at > now() - interval '1 hour'"#,
        user_id
    )
    .fetch_one(conn)
    .await
}

/// What a link is for, which decides its words.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Purpose {
    SignUp,
    Change,
}

/// Stores a new link for `user_id` to `address` and queues the mail that carries it.
async fn send_link(
    conn: &mut PgConnection,
    user_id: Uuid,
    address: &str,
    next: Option<&str>,
    public_base_url: &str,
    purpose: Purpose,
) -> Result<(), AppError> {
    let (token, hash) = tokens::new();
    let next = safe_next(next);
    let id = sqlx::query_scalar!(
        "insert into auth.email_verifications (user_id, email, token_hash, next, expires_at)
         values ($1, $2, $3, $4, now() + make_interval(hours => $5::int)) returning id",
        user_id,
        address,
        hash,
        next,
        LINK_HOURS as i32,
    )
    .fetch_one(&mut *conn)
    .await?;
    let message = match purpose {
        Purpose::SignUp => Mail::new(Kind::Account, address, "Confirm your email address for Med Practice")
            .paragraph("Welcome to Med Practice. Confirm that this address is yours to start hosting and joining practice sessions.")
            .link("Confirm my address", link(public_base_url, &token))
            .paragraph(format!("The link works once, for {LINK_HOURS} hours. If you did not create an account, ignore this email: nothing happens without the link.")),
        Purpose::Change => Mail::new(Kind::Account, address, "Confirm your new email address for Med Practice")
            .paragraph("Someone (we hope you) asked to use this address for their Med Practice account. The account keeps its old address until this one is confirmed.")
            .link("Confirm my new address", link(public_base_url, &token))
            .paragraph(format!("The link works once, for {LINK_HOURS} hours. If you did not ask for this, ignore this email.")),
    };
    mail::queue(
        &mut *conn,
        &format!("email-confirmation:{id}"),
        Some(user_id),
        &message,
    )
    .await?;
    Ok(())
}

/// A new account's link, queued in the transaction that made the account.
pub async fn on_sign_up(
    conn: &mut PgConnection,
    user_id: Uuid,
    address: &str,
    next: Option<&str>,
    public_base_url: &str,
) -> Result<(), AppError> {
    send_link(
        conn,
        user_id,
        address,
        next,
        public_base_url,
        Purpose::SignUp,
    )
    .await
}

/// Someone signed up (or asked to move their account) to `address`, which already has
/// the account `owner`: its owner is told instead, at most [`LINKS_PER_HOUR`] times an
/// hour; the person asking is answered as for a new address either way.
pub async fn address_in_use(
    conn: &mut PgConnection,
    owner: Uuid,
    address: &str,
    public_base_url: &str,
) -> Result<(), AppError> {
    let recent = sqlx::query_scalar!(
        r#"select count(*) as "count!" from mail.outbox
          where user_id = $1 and idempotency_key like 'address-in-use:%'
            and created_at > now() - interval '1 hour'"#,
        owner
    )
    .fetch_one(&mut *conn)
    .await?;
    if recent >= LINKS_PER_HOUR {
        tracing::info!(%owner, "address in use: hourly limit reached; nothing sent");
        return Ok(());
    }
    let base = public_base_url.trim_end_matches('/');
    let message = Mail::new(Kind::Account, address, "Someone tried to create a Med Practice account with your address")
        .paragraph("Someone (perhaps you) tried to create a Med Practice account with this email address, which already has one. No new account was made, and nothing about your account changed.")
        .paragraph("If it was you, sign in; if you have forgotten your password, set a new one from the sign-in page:")
        .link("Sign in", format!("{base}/sign-in"))
        .link("Set a new password", format!("{base}/forgot-password"))
        .paragraph("If it was not you, there is nothing to do: only this address can receive a password link.");
    mail::queue(
        &mut *conn,
        &format!("address-in-use:{}", Uuid::new_v4()),
        Some(owner),
        &message,
    )
    .await?;
    Ok(())
}

/// The account's address and whether it is confirmed, locked against a concurrent
/// request for a link.
async fn account(conn: &mut PgConnection, user_id: Uuid) -> Result<(String, bool), AppError> {
    let row = sqlx::query!(
        r#"select email, email_verified_at is not null as "confirmed!"
             from auth.users where id = $1 for update"#,
        user_id
    )
    .fetch_optional(conn)
    .await?
    .ok_or(AppError::Unauthenticated)?;
    Ok((row.email, row.confirmed))
}

/// "Send the link again", for the signed-in `user_id` whose address is not confirmed.
pub async fn resend(
    conn: &mut PgConnection,
    user_id: Uuid,
    public_base_url: &str,
) -> Result<(), AppError> {
    let (address, confirmed) = account(conn, user_id).await?;
    if confirmed {
        return Err(AppError::conflict(ALREADY_CONFIRMED));
    }
    if links_this_hour(conn, user_id).await? >= LINKS_PER_HOUR {
        return Err(AppError::RateLimited(TOO_MANY_LINKS.into()));
    }
    send_link(
        conn,
        user_id,
        &address,
        None,
        public_base_url,
        Purpose::SignUp,
    )
    .await
}

/// The signed-in `user_id` (who has proved their password) asks to use `new_address`.
/// A link goes to the new address and a notice to the old one; the account keeps its
/// address until the link is opened. An address another account has is answered alike
/// (the form tells nobody which addresses are registered) and its owner is told.
pub async fn request_change(
    conn: &mut PgConnection,
    user_id: Uuid,
    new_address: &str,
    public_base_url: &str,
) -> Result<(), AppError> {
    let new_address = normalize_email(new_address)?;
    let (current, _) = account(conn, user_id).await?;
    if current.to_lowercase() == new_address {
        return Err(AppError::invalid(SAME_ADDRESS));
    }
    if links_this_hour(conn, user_id).await? >= LINKS_PER_HOUR {
        return Err(AppError::RateLimited(TOO_MANY_LINKS.into()));
    }
    let owner = sqlx::query_scalar!(
        "select id from auth.users where lower(email) = $1",
        new_address
    )
    .fetch_optional(&mut *conn)
    .await?;
    match owner {
        Some(owner) => address_in_use(conn, owner, &new_address, public_base_url).await?,
        None => {
            send_link(
                conn,
                user_id,
                &new_address,
                None,
                public_base_url,
                Purpose::Change,
            )
            .await?
        }
    }
    // Told in any case: the old address hears of every attempt to move the account.
    let notice = Mail::new(Kind::Account, &current, "Your Med Practice email address is being changed")
        .paragraph(format!("Someone signed in to your Med Practice account asked to change its email address to {new_address}. The change takes effect only when the link sent to that address is opened."))
        .paragraph("If that was you, there is nothing more to do. If it was not, set a new password from the sign-in page straight away: that signs every device out and cancels the change.");
    mail::queue(
        &mut *conn,
        &format!("address-change:{}", Uuid::new_v4()),
        Some(user_id),
        &notice,
    )
    .await?;
    Ok(())
}

/// What opening a link did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confirmed {
    pub user_id: Uuid,
    /// Where the person was going when they signed up.
    pub next: Option<String>,
}

/// The address a link would confirm, for its page; None when the link is not valid.
pub async fn describe(conn: &mut PgConnection, token: &str) -> Result<Option<String>, AppError> {
    let Some(hash) = tokens::hash(token) else {
        return Ok(None);
    };
    Ok(sqlx::query_scalar!(
        "select email from auth.email_verifications
          where token_hash = $1 and used_at is null and expires_at > now()",
        hash
    )
    .fetch_optional(conn)
    .await?)
}

/// Opens a link: the address it went to becomes the account's, confirmed, and every
/// other outstanding link of the account is spent.
pub async fn confirm(conn: &mut PgConnection, token: &str) -> Result<Confirmed, AppError> {
    let Some(hash) = tokens::hash(token) else {
        return Err(AppError::invalid(LINK_NOT_VALID));
    };
    let row = sqlx::query!(
        r#"select user_id, email, next, used_at is not null as "used!", expires_at <= now() as "expired!"
             from auth.email_verifications where token_hash = $1 for update"#,
        hash
    )
    .fetch_optional(&mut *conn)
    .await?;
    let (user_id, address, next) = match row {
        None => return Err(AppError::invalid(LINK_NOT_VALID)),
        Some(row) if row.used => return Err(AppError::invalid(LINK_USED)),
        Some(row) if row.expired => return Err(AppError::invalid(LINK_EXPIRED)),
        Some(row) => (row.user_id, row.email, row.next),
    };
    let taken = sqlx::query_scalar!(
        r#"select exists (select 1 from auth.users where lower(email) = lower($1) and id <> $2) as "taken!""#,
        address,
        user_id
    )
    .fetch_one(&mut *conn)
    .await?;
    if taken {
        return Err(AppError::conflict(ADDRESS_TAKEN));
    }
    sqlx::query!(
        "update auth.users
            set email = $2, email_verified_at = coalesce(email_verified_at, now())
          where id = $1",
        user_id,
        address,
    )
    .execute(&mut *conn)
    .await?;
    spend_links(conn, user_id).await?;
    Ok(Confirmed {
        user_id,
        next: safe_next(next.as_deref()),
    })
}

/// Spends every outstanding link of `user_id`: after a confirmation, and whenever the
/// password is replaced (which cancels an address change someone else started).
pub async fn spend_links(conn: &mut PgConnection, user_id: Uuid) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "update auth.email_verifications set used_at = now()
          where user_id = $1 and used_at is null",
        user_id
    )
    .execute(conn)
    .await?;
    Ok(())
}
