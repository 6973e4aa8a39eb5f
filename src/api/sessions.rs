//! Sessions: scheduling, joining, the session page and everything its host or guest
//! does there, and My sessions. Each server function acts as the signed-in user, so
//! the database's own rules (row-level security, guard triggers) decide what happens;
//! the messages come from `server/errors.rs`.

use leptos::prelude::*;

use crate::error::AppError;
use crate::model::{MySessions, RoomView};

/// The path of a session's page (also its invite link).
pub fn room_path(room_url: &str) -> String {
    format!("/s/{room_url}")
}

/// Whether `room_url` has the shape of a session link (the database's
/// `practice_rooms_room_url_format`), so a malformed one is "not found" without a query.
pub fn is_room_link(room_url: &str) -> bool {
    (22..=64).contains(&room_url.len())
        && room_url
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

#[cfg(feature = "ssr")]
mod support {
    use crate::error::AppError;
    use crate::host::request::{self, SignedIn};
    use crate::server::profiles;
    use sqlx::PgConnection;
    use uuid::Uuid;

    /// The signed-in user with a profile, and their request's context.
    pub async fn participant() -> Result<SignedIn, AppError> {
        let mut me = request::signed_in().await?;
        let id = me.user();
        if profiles::get(&mut me.tx, id).await?.is_none() {
            return Err(AppError::invalid(crate::model::messages::PROFILE_FIRST));
        }
        Ok(me)
    }

    /// A checkbox as a form sends it: present (any value but "false") when ticked.
    pub fn checked(value: &Option<String>) -> bool {
        value
            .as_deref()
            .is_some_and(|v| !v.is_empty() && v != "false")
    }

    pub fn room_id(value: &str) -> Result<Uuid, AppError> {
        Uuid::try_parse(value.trim()).map_err(|_| AppError::NotFound)
    }

    /// The link of a room the caller can see.
    pub async fn link_of(conn: &mut PgConnection, room: Uuid) -> Result<String, AppError> {
        sqlx::query_scalar!(
            "select room_url from public.practice_rooms where id = $1",
            room
        )
        .fetch_optional(conn)
        .await?
        .ok_or(AppError::NotFound)
    }
}

/// A signed-in user with a profile: puts a session on the board (or, private, behind
/// its link) at a date and time in their zone, then opens its page.
#[server(prefix = "/api", endpoint = "schedule_session")]
pub async fn schedule_session(
    date: String,
    time: String,
    room_type: String,
    #[server(default)] private: Option<String>,
    #[server(default)] exam_preset: Option<String>,
) -> Result<String, AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let zone = request::viewer_zone().await;
        let new = schedule::NewSession::parse(
            &date,
            &time,
            &room_type,
            support::checked(&private),
            exam_preset.as_deref().unwrap_or(""),
            zone,
        )?;
        let mut tx = support::participant().await?.tx;
        let (_, room_url) = schedule::schedule(&mut tx, &new).await?;
        tx.commit().await?;
        leptos_axum::redirect(&room_path(&room_url));
        Ok(room_url)
    })
    .await
}

/// A signed-in user with a profile: takes the open seat of a public session from the
/// board, then opens its page.
#[server(prefix = "/api", endpoint = "join_session")]
pub async fn join_session(room: String) -> Result<String, AppError> {
    use crate::host::request;
    use crate::server::rooms;
    request::answer(async {
        let room = support::room_id(&room)?;
        let mut tx = support::participant().await?.tx;
        rooms::join(&mut tx, room).await?;
        let room_url = support::link_of(&mut tx, room).await?;
        tx.commit().await?;
        leptos_axum::redirect(&room_path(&room_url));
        Ok(room_url)
    })
    .await
}

/// A signed-in user with a profile who holds a session's link: takes its open seat,
/// private or public.
#[server(prefix = "/api", endpoint = "join_by_link")]
pub async fn join_by_link(room_url: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::rooms;
    request::answer(async {
        let room_url = room_url.trim();
        if !is_room_link(room_url) {
            return Err(AppError::NotFound);
        }
        let mut tx = support::participant().await?.tx;
        rooms::join_by_url(&mut tx, room_url).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Anyone who may see the session: its page. A private one needs its link and a
/// signed-in viewer.
#[server(prefix = "/api", endpoint = "room")]
pub async fn get_room(room_url: String) -> Result<RoomView, AppError> {
    use crate::host::request;
    use crate::server::db::Acting;
    use crate::server::{profiles, rooms};
    request::answer(async {
        let room_url = room_url.trim();
        if !is_room_link(room_url) {
            return Err(AppError::NotFound);
        }
        let request::Context { zone, mut tx } = request::context().await?;
        let has_profile = match tx.actor().user_id() {
            Some(me) => profiles::get(&mut tx, me).await?.is_some(),
            None => false,
        };
        let view = rooms::by_url(&mut tx, has_profile, room_url, zone).await?;
        tx.commit().await?;
        Ok(view)
    })
    .await
}

/// The guest: gives up their seat.
#[server(prefix = "/api", endpoint = "leave_session")]
pub async fn leave_session(room: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let room = support::room_id(&room)?;
        let mut tx = request::signed_in().await?.tx;
        schedule::leave(&mut tx, room).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The host: cancels the session (it stays, marked cancelled, for the guest to see).
#[server(prefix = "/api", endpoint = "cancel_session")]
pub async fn cancel_session(room: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let room = support::room_id(&room)?;
        let mut tx = request::signed_in().await?.tx;
        schedule::cancel(&mut tx, room).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The host: moves the session to a date and time in their zone; the guest is told.
#[server(prefix = "/api", endpoint = "reschedule_session")]
pub async fn reschedule_session(room: String, date: String, time: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let room = support::room_id(&room)?;
        let at = schedule::parse_when(&date, &time, request::viewer_zone().await)?;
        let mut tx = request::signed_in().await?.tx;
        schedule::reschedule(&mut tx, room, at).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The host: changes the type, the exam, or whether the session is private.
#[server(prefix = "/api", endpoint = "update_session")]
pub async fn update_session(
    room: String,
    room_type: String,
    #[server(default)] private: Option<String>,
    #[server(default)] exam_preset: Option<String>,
) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let room = support::room_id(&room)?;
        let room_type = schedule::parse_type(&room_type)?;
        let preset = schedule::parse_preset(exam_preset.as_deref().unwrap_or(""))?;
        let private = support::checked(&private);
        let mut tx = request::signed_in().await?.tx;
        schedule::update_settings(&mut tx, room, room_type, private, preset).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The host: frees the guest seat; the guest is told.
#[server(prefix = "/api", endpoint = "remove_guest")]
pub async fn remove_guest(room: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let room = support::room_id(&room)?;
        let mut tx = request::signed_in().await?.tx;
        schedule::remove_guest(&mut tx, room).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The signed-in user: what changed, and the sessions they host or joined, upcoming
/// (soonest first) and past (latest first). Nothing when signed out.
#[server(prefix = "/api", endpoint = "my_sessions")]
pub async fn get_my_sessions() -> Result<Option<MySessions>, AppError> {
    use crate::host::request;
    use crate::model::MySessionView;
    use crate::server::{calendar, schedule, timezone};
    request::answer(async {
        let Some(request::SignedIn { zone, mut tx }) = request::signed_in_or_none().await? else {
            return Ok(None);
        };
        let updates = schedule::updates(&mut tx, zone).await?;
        let all = schedule::mine(&mut tx).await?;
        tx.commit().await?;
        let now = chrono::Utc::now();
        let (mut past, upcoming): (Vec<_>, Vec<_>) = all
            .into_iter()
            .map(|session| MySessionView {
                when: timezone::format_in_zone(session.datetime_utc, zone),
                session,
            })
            .partition(|v| {
                v.session.stage == crate::model::Stage::Finished
                    || v.session.datetime_utc + chrono::Duration::minutes(calendar::SESSION_MINUTES)
                        <= now
            });
        past.reverse();
        Ok(Some(MySessions {
            updates,
            upcoming,
            past,
            zone: zone.name().to_string(),
        }))
    })
    .await
}

/// The signed-in user: marks an update read (every update, without an id).
#[server(prefix = "/api", endpoint = "dismiss_update")]
pub async fn dismiss_update(#[server(default)] id: Option<String>) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::schedule;
    request::answer(async {
        let id = match id.as_deref().map(str::trim).filter(|v| !v.is_empty()) {
            Some(v) => Some(uuid::Uuid::try_parse(v).map_err(|_| AppError::NotFound)?),
            None => None,
        };
        let mut tx = request::signed_in().await?.tx;
        schedule::dismiss(&mut tx, id).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::is_room_link;

    #[test]
    fn a_room_link_has_the_databases_shape() {
        assert!(is_room_link("AbCdEfGhIjKlMnOpQrStUv"));
        assert!(is_room_link(&"a-_9".repeat(16)));
        for bad in [
            "",
            "short",
            "AbCdEfGhIjKlMnOpQrStU",
            "AbCdEfGhIjKlMnOpQrStU/",
            "AbCdEfGhIjKlMnOpQrStUé",
        ] {
            assert!(!is_room_link(bad), "{bad}");
        }
        assert!(!is_room_link(&"a".repeat(65)));
    }
}
