//! Profiles: what a trainee tells others about themselves. Written by their owner only
//! (row-level security), through the caller's transaction.

use leptos::server_fn::codec::MultipartData;
use sqlx::PgConnection;
use std::collections::HashMap;
use uuid::Uuid;

use super::avatars;
use crate::error::AppError;
use crate::model::{Person, TrainingLevel};

pub use crate::model::NAME_MAX_CHARS;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileInput {
    pub first_name: String,
    pub last_name: String,
    pub training_level: TrainingLevel,
}

impl ProfileInput {
    /// Trims and checks what a form sent, with a message per field.
    pub fn parse(
        first_name: &str,
        last_name: &str,
        training_level: &str,
    ) -> Result<Self, AppError> {
        let name = |value: &str, label: &str| {
            let value = value.trim();
            if value.is_empty() {
                Err(AppError::invalid(format!("Enter your {label}.")))
            } else if value.chars().count() > NAME_MAX_CHARS {
                Err(AppError::invalid(format!(
                    "Your {label} can be at most {NAME_MAX_CHARS} characters."
                )))
            } else {
                Ok(value.to_string())
            }
        };
        Ok(Self {
            first_name: name(first_name, "first name")?,
            last_name: name(last_name, "last name")?,
            training_level: TrainingLevel::from_code(training_level.trim())
                .ok_or_else(|| AppError::invalid("Choose your training level from the list."))?,
        })
    }
}

/// What the profile form sent: the checked fields, an avatar upload if one was chosen,
/// and where a new user was going before they had to set up their profile.
pub struct ProfileForm {
    pub input: ProfileInput,
    pub avatar: Option<Vec<u8>>,
    pub next: Option<String>,
}

/// Reads the multipart profile form, refusing an avatar over the upload limit or a text
/// field over 1 KiB as soon as it grows past it.
pub async fn read_form(data: MultipartData) -> Result<ProfileForm, AppError> {
    let malformed = |_| AppError::invalid("The form could not be read. Please try again.");
    let mut form = data.into_inner().ok_or(AppError::Internal)?;
    let mut text: HashMap<String, String> = HashMap::new();
    let mut avatar: Option<Vec<u8>> = None;
    while let Some(mut field) = form.next_field().await.map_err(malformed)? {
        let name = field.name().unwrap_or_default().to_string();
        let is_avatar = name == "avatar";
        let limit = if is_avatar {
            avatars::MAX_UPLOAD_BYTES + 1
        } else {
            1024
        };
        let mut bytes = Vec::new();
        while let Some(chunk) = field.chunk().await.map_err(malformed)? {
            if bytes.len() + chunk.len() > limit {
                return Err(if is_avatar {
                    AppError::invalid("Choose an avatar image of at most 5 MB.")
                } else {
                    AppError::invalid("A field of the form is too long.")
                });
            }
            bytes.extend_from_slice(&chunk);
        }
        if is_avatar {
            // A file input left empty still sends an empty part.
            avatar = Some(bytes).filter(|b| !b.is_empty());
        } else {
            text.insert(name, String::from_utf8_lossy(&bytes).into_owned());
        }
    }
    let field = |name: &str| text.get(name).map(String::as_str).unwrap_or_default();
    Ok(ProfileForm {
        input: ProfileInput::parse(
            field("first_name"),
            field("last_name"),
            field("training_level"),
        )?,
        avatar,
        next: text.get("next").cloned(),
    })
}

pub async fn get(conn: &mut PgConnection, user_id: Uuid) -> Result<Option<Person>, AppError> {
    Ok(sqlx::query_as!(
        Person,
        r#"select first_name, last_name, training_level as "training_level: TrainingLevel", avatar
             from public.profiles where user_id = $1"#,
        user_id
    )
    .fetch_optional(conn)
    .await?)
}

/// Creates or updates the caller's own profile. A new avatar replaces the old one,
/// whose URL is returned so its file can go; without one the old avatar stays.
pub async fn save(
    conn: &mut PgConnection,
    input: &ProfileInput,
    avatar: Option<&str>,
) -> Result<Option<String>, AppError> {
    let old_avatar: Option<Option<String>> =
        sqlx::query_scalar!("select avatar from public.profiles where user_id = auth.uid()")
            .fetch_optional(&mut *conn)
            .await?;
    sqlx::query!(
        "insert into public.profiles (first_name, last_name, training_level, avatar)
         values ($1, $2, $3, $4)
         on conflict (user_id) do update
            set first_name = excluded.first_name,
                last_name = excluded.last_name,
                training_level = excluded.training_level,
                avatar = coalesce(excluded.avatar, public.profiles.avatar)",
        input.first_name,
        input.last_name,
        input.training_level as TrainingLevel,
        avatar
    )
    .execute(&mut *conn)
    .await?;
    Ok(match (avatar, old_avatar.flatten()) {
        (Some(new), Some(old)) if new != old => Some(old),
        _ => None,
    })
}

/// Keeps the signed-in person's time zone with their account, for the mail they get.
pub async fn set_time_zone(conn: &mut PgConnection, zone: chrono_tz::Tz) -> Result<(), AppError> {
    sqlx::query!("select public.set_my_time_zone($1)", zone.name())
        .execute(conn)
        .await?;
    Ok(())
}

/// The signed-in person's own time zone, if set.
pub async fn time_zone(conn: &mut PgConnection) -> Result<Option<String>, AppError> {
    Ok(sqlx::query_scalar!("select public.my_time_zone()")
        .fetch_one(conn)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn form_values_are_trimmed_and_checked() {
        let input = ProfileInput::parse("  Amara ", "Okafor", "fy2").unwrap();
        assert_eq!(input.first_name, "Amara");
        assert_eq!(input.training_level, TrainingLevel::Fy2);
        assert!(
            matches!(ProfileInput::parse(" ", "Okafor", "fy2"), Err(AppError::Invalid(m)) if m.contains("first name"))
        );
        assert!(
            matches!(ProfileInput::parse("A", &"x".repeat(61), "fy2"), Err(AppError::Invalid(m)) if m.contains("last name"))
        );
        assert!(
            matches!(ProfileInput::parse("A", "B", "consultant"), Err(AppError::Invalid(m)) if m.contains("training level"))
        );
    }
}
