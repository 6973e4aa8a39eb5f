//! The signed-in user's profile.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use crate::error::AppError;

/// Where a changed profile goes: the profile again, saying so.
pub const PROFILE_SAVED: &str = "/profile?saved=1";

/// The signed-in user: creates or updates their profile from the profile form (first
/// name, last name, training level, and optionally an avatar image). A new profile goes
/// on to where its owner was going (`next`), or the board; a changed one back to the
/// profile, which then says it was saved. The form posts without JavaScript too.
#[server(prefix = "/api", endpoint = "save_profile", input = MultipartFormData)]
pub async fn save_profile(data: MultipartData) -> Result<(), AppError> {
    use crate::api::account::safe_next;
    use crate::host::request;
    use crate::server::{avatars, profiles};

    request::answer(async {
        let state = request::state()?;
        let actor = request::current_actor().await?;
        let Some(me) = actor.user_id() else {
            return Err(AppError::Unauthenticated);
        };
        let profiles::ProfileForm {
            input,
            avatar,
            next,
        } = profiles::read_form(data).await?;
        let avatar_url = match avatar {
            Some(bytes) => Some(avatars::save(&state.config.data_dir, bytes).await?),
            None => None,
        };
        let request::Context { zone, mut tx } = request::context().await?;
        let setting_up = profiles::get(&mut tx, me).await?.is_none();
        let replaced = match profiles::save(&mut tx, &input, avatar_url.as_deref()).await {
            // Mail states times in the zone the person's browser is in when they set up
            // their profile; afterwards they choose it on the profile page.
            Ok(replaced) if setting_up => profiles::set_time_zone(&mut tx, zone)
                .await
                .map(|()| replaced),
            Ok(replaced) => Ok(replaced),
            Err(err) => Err(err),
        };
        let replaced = match replaced {
            Ok(replaced) => {
                tx.commit().await?;
                replaced
            }
            Err(err) => {
                if let Some(url) = &avatar_url {
                    avatars::remove(&state.config.data_dir, url).await;
                }
                return Err(err);
            }
        };
        if let Some(old) = replaced {
            avatars::remove(&state.config.data_dir, &old).await;
        }
        let to = if setting_up {
            safe_next(next.as_deref()).unwrap_or_else(|| "/".into())
        } else {
            PROFILE_SAVED.to_string()
        };
        leptos_axum::redirect(&to);
        Ok(())
    })
    .await
}
