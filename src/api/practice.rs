//! The practice room. Every function is for the session's host and guest; anyone else
//! gets "not found", and the database refuses them anyway.

use leptos::prelude::*;
use uuid::Uuid;

use crate::error::AppError;
use crate::model::practice::{MarkSheet, PracticeView, TranscriptLine};

/// The host and guest: the session's rounds, briefs (as `round_brief()` allows),
/// transcripts and marks, the station timing and the video call.
/// `None` for anyone else (signed out included: the session's page asks for everyone),
/// and before a guest has joined.
#[server(prefix = "/api", endpoint = "practice")]
pub async fn get_practice(room_url: String) -> Result<Option<PracticeView>, AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let room_url = room_url.trim();
        if !crate::api::sessions::is_room_link(room_url) {
            return Err(AppError::NotFound);
        }
        let state = request::state()?;
        let Some(request::SignedIn { mut tx, .. }) = request::signed_in_or_none().await? else {
            return Ok(None);
        };
        let Some(room_id) = practice::room_at(&mut tx, room_url).await? else {
            return Ok(None);
        };
        let view = practice::view(
            &mut tx,
            room_id,
            &state.config.video_call_base_url,
            state.config.assessor.kind(),
        )
        .await?;
        tx.commit().await?;
        Ok(view)
    })
    .await
}

/// The host: starts the next round. `candidate` is "host" or "guest" (round 1 only;
/// round 2 swaps the roles); `case_id` empty lets Med Practice pick.
#[server(prefix = "/api", endpoint = "start_round")]
pub async fn start_round(
    room_id: Uuid,
    #[server(default)] candidate: String,
    #[server(default)] case_id: String,
) -> Result<Uuid, AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        let case = match case_id.trim() {
            "" => None,
            id => Some(
                Uuid::parse_str(id)
                    .map_err(|_| AppError::invalid("Choose a case from the list."))?,
            ),
        };
        let seats: Option<(Uuid, Option<Uuid>)> = practice::seats(&mut tx, room_id).await?;
        let (host, guest) = seats.ok_or(AppError::NotFound)?;
        let candidate = match candidate.as_str() {
            "host" => Some(host),
            "guest" | "" => guest,
            _ => return Err(AppError::invalid("Choose who is the candidate first.")),
        };
        let id = practice::start(&mut tx, room_id, candidate, case).await?;
        tx.commit().await?;
        Ok(id)
    })
    .await
}

/// The host: ends the running round.
#[server(prefix = "/api", endpoint = "end_round")]
pub async fn end_round(round_id: Uuid) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        practice::end(&mut tx, round_id).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The host: moves the session on ("Next round", then "Finish session").
#[server(prefix = "/api", endpoint = "advance_stage")]
pub async fn advance_stage(room_id: Uuid) -> Result<crate::model::Stage, AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        let stage = practice::advance(&mut tx, room_id).await?;
        tx.commit().await?;
        Ok(stage)
    })
    .await
}

/// Either participant: adds one of their own lines while the round runs.
#[server(prefix = "/api", endpoint = "add_line")]
pub async fn add_line(round_id: Uuid, text: String) -> Result<TranscriptLine, AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        let line = practice::add_line(&mut tx, round_id, &text).await?;
        tx.commit().await?;
        Ok(line)
    })
    .await
}

/// The partner: marks the candidate once the round has ended.
#[server(prefix = "/api", endpoint = "submit_marks")]
pub async fn submit_marks(
    round_id: Uuid,
    #[server(default)] sheet: MarkSheet,
) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        practice::submit_marks(&mut tx, round_id, &sheet).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}

/// The host and guest: a round's transcript lines.
#[server(prefix = "/api", endpoint = "transcript")]
pub async fn get_transcript(round_id: Uuid) -> Result<Vec<TranscriptLine>, AppError> {
    use crate::host::request;
    use crate::server::practice;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        let lines = practice::transcript(&mut tx, round_id).await?;
        tx.commit().await?;
        Ok(lines)
    })
    .await
}

/// Either participant: runs a failed assessment of a round again.
#[server(prefix = "/api", endpoint = "rerun_assessment")]
pub async fn rerun_assessment(round_id: Uuid) -> Result<(), AppError> {
    use crate::host::request;
    use crate::server::assessor::jobs;
    request::answer(async {
        let request::SignedIn { mut tx, .. } = request::signed_in().await?;
        jobs::rerun(&mut tx, round_id).await?;
        tx.commit().await?;
        Ok(())
    })
    .await
}
