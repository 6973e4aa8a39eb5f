//! Whether each participant will be there: on the session page, and by the link a
//! reminder carries (which needs no sign-in: it answers for its one person only).

use leptos::prelude::*;

use crate::error::AppError;

/// What a reminder's link answers for, for its page.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct AttendanceQuestion {
    pub room_url: String,
    /// The session's start, in UTC (the page words it in the viewer's zone).
    pub starts: chrono::DateTime<chrono::Utc>,
    pub when: String,
    pub is_host: bool,
    pub confirmed: bool,
}

/// A participant of the session: says they will be there.
#[server(prefix = "/api", endpoint = "confirm_attendance")]
pub async fn confirm_attendance(room: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let room = uuid::Uuid::try_parse(room.trim()).map_err(|_| AppError::NotFound)?;
        let mut tx = request::signed_in().await?.tx;
        attendance::confirm(&mut tx, room).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// A participant of the session: cannot make it. A guest leaves, a host cancels; the
/// other person is told.
#[server(prefix = "/api", endpoint = "cannot_make_it")]
pub async fn cannot_make_it(room: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let room = uuid::Uuid::try_parse(room.trim()).map_err(|_| AppError::NotFound)?;
        let mut tx = request::signed_in().await?.tx;
        attendance::cannot_make_it(&mut tx, room).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// Anyone holding a reminder's link: the session it answers for.
#[server(prefix = "/api", endpoint = "attendance_link")]
pub async fn attendance_link(token: String) -> Result<AttendanceQuestion, AppError> {
    use crate::host::request;
    use crate::server::{attendance, timezone};
    request::answer(async {
        let state = request::state()?;
        let zone = request::viewer_zone().await;
        let mut conn = state.db.owner().acquire().await?;
        let link = attendance::by_link(&mut conn, &token).await?;
        Ok(AttendanceQuestion {
            when: timezone::format_in_zone(link.starts, zone),
            room_url: link.room_url,
            starts: link.starts,
            is_host: link.is_host,
            confirmed: link.confirmed,
        })
    })
    .await
}

/// Anyone holding a reminder's link: answers for its person ("yes": I'll be there;
/// "no": I can't make it), as that person, with no sign-in.
#[server(prefix = "/api", endpoint = "answer_attendance")]
pub async fn answer_attendance(token: String, answer: String) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::attendance;
    request::answer(async {
        let yes = match answer.as_str() {
            "yes" => true,
            "no" => false,
            _ => return Err(AppError::invalid("Answer yes or no.")),
        };
        let state = request::state()?;
        let link = {
            let mut conn = state.db.owner().acquire().await?;
            attendance::by_link(&mut conn, &token).await?
        };
        let mut tx = state.db.begin_user(link.user_id).await?;
        if yes {
            attendance::confirm(&mut tx, link.room_id).await?;
        } else {
            attendance::cannot_make_it(&mut tx, link.room_id).await?;
        }
        tx.commit().await?;
        leptos_axum::redirect(&format!("/attend?token={}&answered={answer}", token.trim()));
        Ok(())
    })
    .await
}
