//! Accounts and sign-in sessions.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::CurrentUser;

pub use crate::model::next::{safe_next, with_next};

/// Anyone: creates an account. With mail, a link to confirm the address goes to it and
/// the answer is the same whether or not the address already has an account (whose owner
/// is told instead); the link signs the new account in. Without mail the account is
/// signed in at once. Either way, profile set-up comes next, then `next`.
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::host::{auth, request};
    use crate::server::accounts::{self, Confirm};
    request::answer(async {
        let state = request::state()?;
        let mail = state.config.mail.enabled();
        let confirm = if mail {
            Confirm::ByLink {
                public_base_url: &state.config.public_base_url,
                next: next.as_deref(),
            }
        } else {
            Confirm::Unconfirmed
        };
        let created = accounts::sign_up(
            state.db.owner(),
            &email,
            password,
            request::client_ip().await,
            state.config.sign_ups_per_hour,
            confirm,
        )
        .await?;
        match created {
            Some(id) if !mail => {
                auth::sign_in(&request::session().await?, state.db.owner(), id).await?;
                leptos_axum::redirect(&with_next("/profile", next.as_deref()));
            }
            _ => leptos_axum::redirect("/confirm-email?sent=1"),
        }
        Ok(())
    })
    .await
}

/// Where a person who has just been signed in goes: profile set-up first if they have
/// none, then `next` (a path of this site), else `otherwise`.
#[cfg(feature = "ssr")]
async fn after_sign_in(
    id: uuid::Uuid,
    next: Option<&str>,
    otherwise: &str,
) -> Result<String, AppError> {
    use crate::host::request;
    use crate::server::profiles;
    let mut tx = request::signed_in().await?.tx;
    let has_profile = profiles::get(&mut tx, id).await?.is_some();
    tx.commit().await?;
    Ok(if has_profile {
        safe_next(next).unwrap_or_else(|| otherwise.into())
    } else {
        with_next("/profile", next)
    })
}

/// Anyone: signs in. Repeated failures from one address or against one account are
/// refused for a minute (429).
#[server(prefix = "/api", endpoint = "sign_in")]
pub async fn sign_in(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::host::{auth, request};
    use crate::server::accounts;
    request::answer(async {
        let state = request::state()?;
        let ip = request::client_ip().await;
        let id = accounts::sign_in(state.db.owner(), &email, password, ip).await?;
        auth::sign_in(&request::session().await?, state.db.owner(), id).await?;
        leptos_axum::redirect(&after_sign_in(id, next.as_deref(), "/").await?);
        Ok(())
    })
    .await
}

/// The signed-in user: ends their session, here and in the store.
#[server(prefix = "/api", endpoint = "sign_out")]
pub async fn sign_out() -> Result<(), AppError> {
    use crate::host::{auth, request};
    request::answer(async {
        auth::sign_out(&request::session().await?).await?;
        leptos_axum::redirect("/");
        Ok(())
    })
    .await
}

/// Anyone: who is signed in, if anybody.
#[server(prefix = "/api", endpoint = "current_user")]
pub async fn get_current_user() -> Result<Option<CurrentUser>, AppError> {
    use crate::host::{auth, request};
    use crate::server::accounts;
    request::answer(async {
        let Some(request::SignedIn { zone, mut tx }) = request::read_signed_in_or_none().await?
        else {
            return Ok(None);
        };
        let id = tx.user();
        let me = accounts::me(&mut tx, id).await?;
        tx.commit().await?;
        let Some((info, profile, unread_updates)) = me else {
            // The account is gone (deleted elsewhere): the session goes with it.
            auth::sign_out(&request::session().await?).await?;
            return Ok(None);
        };
        Ok(Some(CurrentUser {
            id,
            email: info.email,
            is_admin: info.is_admin,
            email_verified: info.email_verified,
            profile,
            zone: zone.name().to_string(),
            unread_updates,
        }))
    })
    .await
}

/// The signed-in user: deletes their account for good. Their profile goes, the
/// sessions they host are cancelled and the seats they hold are freed.
#[server(prefix = "/api", endpoint = "delete_account")]
pub async fn delete_account(confirm: String) -> Result<(), AppError> {
    use crate::host::{auth, request};
    use crate::server::{accounts, avatars, profiles};
    request::answer(async {
        if confirm != "delete" {
            return Err(AppError::invalid(
                "Confirm that you want to delete your account.",
            ));
        }
        let state = request::state()?;
        let mut tx = request::signed_in().await?.tx;
        let id = tx.user();
        let avatar = profiles::get(&mut tx, id).await?.and_then(|p| p.avatar);
        drop(tx);
        accounts::delete(state.db.owner(), id).await?;
        if let Some(url) = avatar {
            avatars::remove(&state.config.data_dir, &url).await;
        }
        auth::sign_out(&request::session().await?).await?;
        leptos_axum::redirect("/");
        Ok(())
    })
    .await
}

/// What the forgot-password page says when this server sends no email.
pub const MAIL_OFF: &str = "This Med Practice server does not send email, so it cannot send a reset link. Ask the people who run it to set a new password for you.";

/// Anyone: whether this server sends email (the pages promise none when it does not).
#[server(prefix = "/api", endpoint = "mail_enabled")]
pub async fn mail_enabled() -> Result<bool, AppError> {
    use crate::host::request;
    request::answer(async { Ok(request::state()?.config.mail.enabled()) }).await
}

/// Anyone: asks for a link to set a new password. The answer is the same whether or
/// not the address has an account; only an account's own address gets the link.
#[server(prefix = "/api", endpoint = "forgot_password")]
pub async fn forgot_password(email: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::recovery;
    request::answer(async {
        let state = request::state()?;
        if !state.config.mail.enabled() {
            return Err(AppError::conflict(MAIL_OFF));
        }
        let mut tx = state.db.owner().begin().await?;
        recovery::request_reset(&mut tx, &email, &state.config.public_base_url).await?;
        tx.commit().await?;
        leptos_axum::redirect("/forgot-password?sent=1");
        Ok(())
    })
    .await
}

/// Anyone holding a reset link: sets a new password, ends every sign-in session of the
/// account, and signs this browser in.
#[server(prefix = "/api", endpoint = "reset_password")]
pub async fn reset_password(token: String, password: String) -> Result<(), AppError> {
    use crate::host::{auth, request};
    use crate::server::recovery;
    request::answer(async {
        let state = request::state()?;
        let mut tx = state.db.owner().begin().await?;
        let id = recovery::reset(&mut tx, &token, password).await?;
        tx.commit().await?;
        auth::sign_in(&request::session().await?, state.db.owner(), id).await?;
        leptos_axum::redirect("/?password=changed");
        Ok(())
    })
    .await
}

/// The signed-in user: changes their password, giving the current one. Every other
/// device signed in to the account is signed out; this one stays.
#[server(prefix = "/api", endpoint = "change_password")]
pub async fn change_password(current: String, password: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::recovery;
    request::answer(async {
        let state = request::state()?;
        let tx = request::signed_in().await?.tx;
        let id = tx.user();
        drop(tx);
        let session = request::session().await?;
        let keep = session.id().map(|id| id.to_string());
        recovery::change_password(
            state.db.owner(),
            id,
            current,
            password,
            request::client_ip().await,
            keep.as_deref(),
        )
        .await?;
        leptos_axum::redirect("/profile?password=changed");
        Ok(())
    })
    .await
}

/// What an unsubscribe link would stop, for its page: the kind's words and the address.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct UnsubscribeView {
    pub what: String,
    pub email: String,
}

#[cfg(feature = "ssr")]
fn kind_words(updates: bool) -> String {
    if updates {
        "emails when your sessions change".into()
    } else {
        "reminders before your sessions".into()
    }
}

/// Anyone holding an unsubscribe link: what it would stop (None when it is not valid).
#[server(prefix = "/api", endpoint = "unsubscribe_preview")]
pub async fn unsubscribe_preview(token: String) -> Result<Option<UnsubscribeView>, AppError> {
    use crate::host::request;
    use crate::server::mail::{preferences, Kind};
    use crate::server::tokens;
    request::answer(async {
        if tokens::hash(&token).is_none() {
            return Err(AppError::invalid(preferences::LINK_NOT_VALID));
        }
        let state = request::state()?;
        let mut conn = state.db.owner().acquire().await?;
        Ok(preferences::describe(&mut conn, &token)
            .await?
            .map(|(kind, email)| UnsubscribeView {
                what: kind_words(kind == Kind::Update),
                email,
            }))
    })
    .await
}

/// Anyone holding an unsubscribe link: stops that kind of mail, no sign-in needed.
#[server(prefix = "/api", endpoint = "unsubscribe")]
pub async fn unsubscribe(token: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::mail::preferences;
    request::answer(async {
        let state = request::state()?;
        let mut tx = state.db.owner().begin().await?;
        preferences::unsubscribe(&mut tx, &token).await?;
        tx.commit().await?;
        // The same page, saying it is done (the token is a checked hex string).
        leptos_axum::redirect(&format!("/unsubscribe?token={}&done=1", token.trim()));
        Ok(())
    })
    .await
}

/// The signed-in user's mail choices: (session updates, reminders).
#[server(prefix = "/api", endpoint = "mail_preferences")]
pub async fn mail_preferences() -> Result<(bool, bool), AppError> {
    use crate::host::request;
    use crate::server::mail::preferences;
    request::answer(async {
        let mut tx = request::signed_in().await?.tx;
        let choices = preferences::get(&mut tx).await?;
        tx.commit().await?;
        Ok(choices)
    })
    .await
}

/// The signed-in user: which mail they get. A checkbox sent is on; one left out, off.
#[server(prefix = "/api", endpoint = "save_mail_preferences")]
pub async fn save_mail_preferences(
    updates: Option<String>,
    reminders: Option<String>,
) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::mail::preferences;
    request::answer(async {
        let checked = |value: Option<String>| match value.as_deref() {
            None => Ok(false),
            Some("on" | "true") => Ok(true),
            Some(_) => Err(AppError::invalid("An email setting is either on or off.")),
        };
        let (updates, reminders) = (checked(updates)?, checked(reminders)?);
        let mut tx = request::signed_in().await?.tx;
        preferences::set(&mut tx, updates, reminders).await?;
        tx.commit().await?;
        leptos_axum::redirect("/profile?mail=saved");
        Ok(())
    })
    .await
}

/// What the confirm-email page says when this server sends no email.
pub const CONFIRM_MAIL_OFF: &str =
    "This Med Practice server does not send email, so addresses are taken as given.";

/// Anyone holding a confirmation link: the address it would confirm (None when the link
/// is not, or no longer, valid).
#[server(prefix = "/api", endpoint = "confirmation_preview")]
pub async fn confirmation_preview(token: String) -> Result<Option<String>, AppError> {
    use crate::host::request;
    use crate::server::{tokens, verification};
    request::answer(async {
        if tokens::hash(&token).is_none() {
            return Err(AppError::invalid(verification::LINK_NOT_VALID));
        }
        let state = request::state()?;
        let mut conn = state.db.owner().acquire().await?;
        verification::describe(&mut conn, &token).await
    })
    .await
}

/// Anyone holding a confirmation link: confirms the address it went to (a new account's,
/// or the new one of an address change) and signs this browser in to its account.
#[server(prefix = "/api", endpoint = "confirm_email")]
pub async fn confirm_email(token: String) -> Result<(), AppError> {
    use crate::host::{auth, request};
    use crate::server::verification;
    request::answer(async {
        let state = request::state()?;
        let mut tx = state.db.owner().begin().await?;
        let confirmed = verification::confirm(&mut tx, &token).await?;
        tx.commit().await?;
        auth::sign_in(
            &request::session().await?,
            state.db.owner(),
            confirmed.user_id,
        )
        .await?;
        let to = after_sign_in(
            confirmed.user_id,
            confirmed.next.as_deref(),
            "/profile?email=confirmed",
        )
        .await?;
        leptos_axum::redirect(&to);
        Ok(())
    })
    .await
}

/// The signed-in user whose address is not confirmed: sends the link again (three an
/// hour).
#[server(prefix = "/api", endpoint = "resend_confirmation")]
pub async fn resend_confirmation() -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::verification;
    request::answer(async {
        let state = request::state()?;
        if !state.config.mail.enabled() {
            return Err(AppError::conflict(CONFIRM_MAIL_OFF));
        }
        let id = request::signed_in().await?.tx.user();
        let mut tx = state.db.owner().begin().await?;
        verification::resend(&mut tx, id, &state.config.public_base_url).await?;
        tx.commit().await?;
        leptos_axum::redirect("/confirm-email?resent=1");
        Ok(())
    })
    .await
}

/// The signed-in user: asks to use another email address, giving their password. The
/// new address gets a link and the change takes effect when it is opened; the current
/// address is told.
#[server(prefix = "/api", endpoint = "change_email")]
pub async fn change_email(email: String, current: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::{accounts, recovery, verification};
    request::answer(async {
        let state = request::state()?;
        if !state.config.mail.enabled() {
            return Err(AppError::conflict(
                "This Med Practice server does not send email, so it cannot confirm a new address.",
            ));
        }
        accounts::normalize_email(&email)?;
        let id = request::signed_in().await?.tx.user();
        recovery::prove_password(state.db.owner(), id, current, request::client_ip().await).await?;
        let mut tx = state.db.owner().begin().await?;
        verification::request_change(&mut tx, id, &email, &state.config.public_base_url).await?;
        tx.commit().await?;
        leptos_axum::redirect("/profile?email=sent");
        Ok(())
    })
    .await
}

/// A person's time zone and the zones they may choose from.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct TimeZoneChoice {
    /// None until set (when the profile is set up, from the browser).
    pub zone: Option<String>,
    pub zones: Vec<String>,
}

/// The signed-in user: the time zone their mail states times in, and the choices.
#[server(prefix = "/api", endpoint = "my_time_zone")]
pub async fn my_time_zone() -> Result<TimeZoneChoice, AppError> {
    use crate::host::request;
    use crate::server::{profiles, timezone};
    request::answer(async {
        let mut tx = request::signed_in().await?.tx;
        let zone = profiles::time_zone(&mut tx).await?;
        tx.commit().await?;
        Ok(TimeZoneChoice {
            zone,
            zones: timezone::choices(),
        })
    })
    .await
}

/// The signed-in user: sets the time zone their mail states times in, and their
/// partners see beside their own.
#[server(prefix = "/api", endpoint = "save_time_zone")]
pub async fn save_time_zone(zone: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::{profiles, timezone};
    request::answer(async {
        let zone = timezone::parse_zone(&zone)?;
        let mut tx = request::signed_in().await?.tx;
        profiles::set_time_zone(&mut tx, zone).await?;
        tx.commit().await?;
        leptos_axum::redirect("/profile?zone=saved");
        Ok(())
    })
    .await
}
