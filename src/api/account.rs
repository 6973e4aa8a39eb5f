//! Accounts and sign-in sessions.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::CurrentUser;

/// Where to go after signing in: a path of this site, never another site. Browsers
/// drop tabs and newlines from a URL and read a backslash as a slash, so a path with any
/// of them, or any other control or space character, is not followed.
pub fn safe_next(next: Option<&str>) -> Option<String> {
    next.filter(|n| {
        n.starts_with('/')
            && !n.starts_with("//")
            && !n
                .chars()
                .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    })
    .map(str::to_string)
}

/// `path` with `?next=` (encoded) when there is a safe place to return to.
pub fn with_next(path: &str, next: Option<&str>) -> String {
    #[derive(serde::Serialize)]
    struct Next<'a> {
        next: &'a str,
    }
    match safe_next(next) {
        Some(next) => match serde_qs::to_string(&Next { next: &next }) {
            Ok(query) => format!("{path}?{query}"),
            Err(_) => path.to_string(),
        },
        None => path.to_string(),
    }
}

/// Anyone: creates an account and signs it in, then sends them to set up their profile
/// (and from there to `next`, where they were going).
#[server(prefix = "/api", endpoint = "sign_up")]
pub async fn sign_up(
    email: String,
    password: String,
    next: Option<String>,
) -> Result<(), AppError> {
    use crate::host::{auth, request};
    use crate::server::accounts;
    request::answer(async {
        let state = request::state()?;
        let id = accounts::sign_up(
            state.db.owner(),
            &email,
            password,
            request::client_ip().await,
            state.config.sign_ups_per_hour,
        )
        .await?;
        auth::sign_in(&request::session().await?, state.db.owner(), id).await?;
        leptos_axum::redirect(&with_next("/profile", next.as_deref()));
        Ok(())
    })
    .await
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
    use crate::server::{accounts, profiles};
    request::answer(async {
        let state = request::state()?;
        let ip = request::client_ip().await;
        let id = accounts::sign_in(state.db.owner(), &email, password, ip).await?;
        auth::sign_in(&request::session().await?, state.db.owner(), id).await?;
        let mut tx = request::signed_in().await?.tx;
        let has_profile = profiles::get(&mut tx, id).await?.is_some();
        let to = if has_profile {
            safe_next(next.as_deref()).unwrap_or_else(|| "/".into())
        } else {
            with_next("/profile", next.as_deref())
        };
        leptos_axum::redirect(&to);
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
        let Some(request::SignedIn { zone, mut tx }) = request::signed_in_or_none().await? else {
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

#[cfg(test)]
mod tests {
    use super::{safe_next, with_next};

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/my-sessions")), Some("/my-sessions".into()));
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "evil",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), None, "{bad}");
        }
        assert_eq!(safe_next(None), None);
    }

    #[test]
    fn the_way_back_is_carried_encoded_and_only_when_safe() {
        assert_eq!(
            with_next("/profile", Some("/s/abc?x=1&y=2")),
            "/profile?next=%2Fs%2Fabc%3Fx%3D1%26y%3D2"
        );
        assert_eq!(with_next("/profile", Some("//evil.example")), "/profile");
        assert_eq!(with_next("/sign-up", None), "/sign-up");
    }
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
