//! The plain downloads beside the pages: a session's calendar file and the case
//! library's export. Each reads who is signed in and opens the transaction as them
//! through the request's [`Scope`], and hands the work to the core.

use axum::extract::{Path, RawQuery, State};
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use tower_sessions::Session;
use uuid::Uuid;

use super::request::{error_response, Scope};
use super::state::AppState;
use crate::error::AppError;
use crate::model::cases::CaseLibrary;
use crate::server::{calendar, cases, progress};

fn attachment(content_type: &'static str, filename: &'static str, body: String) -> Response {
    let disposition = format!("attachment; filename=\"{filename}\"");
    (
        [
            (header::CONTENT_TYPE, content_type.to_string()),
            (header::CONTENT_DISPOSITION, disposition),
            (header::CACHE_CONTROL, "no-store".to_string()),
        ],
        body,
    )
        .into_response()
}

/// `GET /s/{room_url}/calendar.ics`: the session's calendar file, for whoever may see
/// the session (a private one needs a signed-in link holder, as its page does).
pub async fn calendar(
    State(state): State<AppState>,
    Extension(scope): Extension<Scope>,
    session: Session,
    Path(room_url): Path<String>,
) -> Response {
    let result = async {
        let actor = scope.actor(&session).await?;
        let signed_in = actor.user_id().is_some();
        let mut tx = scope.begin(actor).await?;
        let base = &state.config.public_base_url;
        let body = calendar::for_link(&mut tx, signed_in, &room_url, base).await?;
        tx.commit().await?;
        Ok::<_, AppError>(body)
    }
    .await;
    match result {
        Ok(body) => attachment(
            "text/calendar; charset=utf-8",
            "med-practice-session.ics",
            body,
        ),
        Err(AppError::NotFound) => {
            (StatusCode::NOT_FOUND, "No session has that link.").into_response()
        }
        Err(error) => error_response(error),
    }
}

/// `GET /admin/cases/export.json?id=…&id=…`: the library file of the ticked cases, or
/// of the whole library when none is ticked, as a download. Admins only; anyone else
/// gets a 404, as for the admin pages.
pub async fn cases(
    Extension(scope): Extension<Scope>,
    session: Session,
    RawQuery(query): RawQuery,
) -> Response {
    let ids: Result<Vec<Uuid>, _> = query
        .as_deref()
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.strip_prefix("id="))
        .filter(|v| !v.is_empty())
        .map(Uuid::parse_str)
        .collect();
    let Ok(ids) = ids else {
        return (
            StatusCode::BAD_REQUEST,
            "That export link is malformed: each id must be a case's id.",
        )
            .into_response();
    };
    let result = async {
        let mut tx = scope.begin(scope.actor(&session).await?).await?;
        let records = cases::export(&mut tx, &ids).await?;
        tx.commit().await?;
        Ok::<_, AppError>(CaseLibrary::new(records).to_json())
    }
    .await;
    match result {
        Ok(body) => attachment(
            "application/json; charset=utf-8",
            "med-practice-cases.json",
            body,
        ),
        Err(error) => error_response(error),
    }
}

/// `GET /progress/export.json`: everything the signed-in user has here, as one JSON
/// file (their own data only; signed out, a 401 that says to sign in).
pub async fn my_data(Extension(scope): Extension<Scope>, session: Session) -> Response {
    let result = async {
        let Some(user) = scope.actor(&session).await?.user_id() else {
            return Err(AppError::Unauthenticated);
        };
        let mut tx = scope.begin_user(user).await?;
        let data = progress::export(&mut tx, user).await?;
        tx.commit().await?;
        serde_json::to_string_pretty(&data).map_err(|_| AppError::Internal)
    }
    .await;
    match result {
        Ok(body) => attachment(
            "application/json; charset=utf-8",
            "med-practice-my-data.json",
            body,
        ),
        Err(error) => error_response(error),
    }
}

#[derive(serde::Deserialize)]
pub struct UnsubscribeQuery {
    token: Option<String>,
}

/// `POST /unsubscribe/one-click?token=…`: RFC 8058's one-click unsubscribe, which mail
/// providers send (body `List-Unsubscribe=One-Click`, no cookies): stops the kind of
/// mail the token came with. The link in the mail's body opens a page that asks first.
pub async fn one_click_unsubscribe(
    State(state): State<AppState>,
    axum::extract::Query(query): axum::extract::Query<UnsubscribeQuery>,
) -> Response {
    use crate::server::mail::preferences;
    let result = async {
        let token = query.token.unwrap_or_default();
        let mut tx = state.db.owner().begin().await?;
        preferences::unsubscribe(&mut tx, &token).await?;
        tx.commit().await?;
        Ok::<_, AppError>(())
    }
    .await;
    match result {
        Ok(()) => (
            [(header::CACHE_CONTROL, "no-store")],
            "Unsubscribed: Med Practice sends you no more emails of this kind.",
        )
            .into_response(),
        Err(error) => error_response(error),
    }
}
