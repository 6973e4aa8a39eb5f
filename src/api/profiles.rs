//! The signed-in user's profile.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use crate::error::AppError;

/// The signed-in user: creates or updates their profile from the profile form (first
/// name, last name, training level, and optionally an avatar image).
#[server(prefix = "/api", endpoint = "save_profile", input = MultipartFormData)]
pub async fn save_profile(data: MultipartData) -> Result<(), AppError> {
    use crate::server::{avatars, profiles, request};

    async {
        let state = request::state()?;
        let actor = request::current_actor().await?;
        if actor.user_id().is_none() {
            return Err(AppError::Unauthenticated);
        }
        let profiles::ProfileForm { input, avatar } = profiles::read_form(data).await?;
        let avatar_url = match avatar {
            Some(bytes) => Some(avatars::save(&state.config.data_dir, bytes).await?),
            None => None,
        };
        let mut tx = state.db.begin(actor).await?;
        let replaced = profiles::save(&mut tx, &input, avatar_url.as_deref()).await;
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
        Ok(())
    }
    .await
    .map_err(request::fail)
}
