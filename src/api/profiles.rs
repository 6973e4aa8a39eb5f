//! The signed-in user's profile.

use leptos::prelude::*;
use leptos::server_fn::codec::{MultipartData, MultipartFormData};

use crate::error::AppError;

/// The signed-in user: creates or updates their profile from the profile form (first
/// name, last name, training level, and optionally an avatar image).
#[server(prefix = "/api", endpoint = "save_profile", input = MultipartFormData)]
pub async fn save_profile(data: MultipartData) -> Result<(), AppError> {
    use crate::server::{avatars, profiles, request};
    use std::collections::HashMap;

    async {
        let state = request::state()?;
        let actor = request::current_actor().await?;
        if actor.user_id().is_none() {
            return Err(AppError::Unauthenticated);
        }
        let malformed = |_| AppError::invalid("The form could not be read. Please try again.");
        let mut form = data.into_inner().ok_or(AppError::Internal)?;
        let mut text: HashMap<String, String> = HashMap::new();
        let mut avatar: Option<Vec<u8>> = None;
        while let Some(mut field) = form.next_field().await.map_err(malformed)? {
            let name = field.name().unwrap_or_default().to_string();
            let limit = if name == "avatar" {
                avatars::MAX_UPLOAD_BYTES + 1
            } else {
                1024
            };
            let mut bytes = Vec::new();
            while let Some(chunk) = field.chunk().await.map_err(malformed)? {
                if bytes.len() + chunk.len() > limit {
                    return Err(if name == "avatar" {
                        AppError::invalid("Choose an avatar image of at most 5 MB.")
                    } else {
                        AppError::invalid("A field of the form is too long.")
                    });
                }
                bytes.extend_from_slice(&chunk);
            }
            if name == "avatar" {
                // A file input left empty still sends an empty part.
                avatar = Some(bytes).filter(|b| !b.is_empty());
            } else {
                text.insert(name, String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        let field = |name: &str| text.get(name).map(String::as_str).unwrap_or_default();
        let input = profiles::ProfileInput::parse(
            field("first_name"),
            field("last_name"),
            field("training_level"),
        )?;
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
