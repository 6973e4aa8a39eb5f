//! `GET /realtime`: a browser's live stream, as server-sent events. The core's
//! [`Hub`](crate::server::realtime::Hub) follows the change log; this handler checks the
//! request (its position, its address's share of streams, its sign-in session) and
//! turns a [`Subscriber`] into events.

use axum::extract::{ConnectInfo, Query, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::sse::{Event, Sse};
use axum::response::{IntoResponse, Response};
use futures::stream::{self, Stream};
use futures::FutureExt;
use serde::Deserialize;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use tower_sessions::Session;

use super::auth;
use super::request::client_ip_from;
use crate::server::accounts::address_bucket;
use crate::server::config::Config;
use crate::server::db::Db;
use crate::server::realtime::{Hub, SessionCheck, Subscriber};

#[derive(Deserialize)]
pub struct StreamQuery {
    since: Option<String>,
}

/// A resume position: a whole number, from the query or the `Last-Event-ID` header.
fn position(text: &str) -> Option<i64> {
    text.trim().parse().ok().filter(|seq: &i64| *seq >= 0)
}

/// `GET /realtime[?since=N]`: this browser's live stream. `since` (or the standard
/// `Last-Event-ID` header) is the last position it saw; without one it starts now.
pub async fn open(
    State(hub): State<Hub>,
    State(config): State<Arc<Config>>,
    State(db): State<Db>,
    session: Session,
    headers: HeaderMap,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Query(query): Query<StreamQuery>,
) -> Response {
    let given = query.since.or_else(|| {
        headers
            .get("last-event-id")
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    });
    let since = match given.as_deref().map(position) {
        None => None,
        Some(Some(seq)) => Some(seq),
        Some(None) => {
            return (
                StatusCode::BAD_REQUEST,
                "The stream position (since) must be a whole number of zero or more.",
            )
                .into_response()
        }
    };
    let viewer = auth::user(&session).await.ok().flatten();
    let address = address_bucket(client_ip_from(
        config.trust_forwarded_for,
        &headers,
        Some(peer.ip()),
    ));
    let Some(slot) = hub.take_slot(address, config.streams_per_address) else {
        return (
            StatusCode::TOO_MANY_REQUESTS,
            "Too many live streams from this address. Close some tabs, then reload.",
        )
            .into_response();
    };
    // A signed-in stream checks its session again every ping interval and ends when it
    // has changed (signed out, or another user signed in): the browser then reconnects
    // as whoever it is now.
    let identity: Option<SessionCheck> = match (viewer, session.id()) {
        (Some(_), Some(id)) => {
            let store = auth::store_handle(db.owner().clone());
            Some(Box::new(move || {
                let store = store.clone();
                async move {
                    auth::stored_user(&store, &id)
                        .await
                        .map_err(|e| e.to_string())
                }
                .boxed()
            }))
        }
        _ => None,
    };
    match Subscriber::open(hub, viewer, since)
        .await
        .map(|s| s.with_identity(identity).with_slot(slot))
    {
        Ok(subscriber) => {
            let mut response = Sse::new(events(subscriber)).into_response();
            let headers = response.headers_mut();
            headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            // Proxies such as nginx must not buffer the stream.
            headers.insert("x-accel-buffering", HeaderValue::from_static("no"));
            response
        }
        Err(err) => {
            tracing::error!(error = %err, "realtime: cannot open a stream");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                "Live updates are unavailable right now.",
            )
                .into_response()
        }
    }
}

/// The subscriber's messages as events, each with its position as the event id. A
/// change's JSON is shared by every stream told of it (see `SharedChange`).
fn events(subscriber: Subscriber) -> impl Stream<Item = Result<Event, Infallible>> {
    stream::unfold(subscriber, |mut subscriber| async move {
        let message = subscriber.next().await?;
        let event = Event::default()
            .id(message.seq.to_string())
            .data(&*message.json);
        Some((Ok(event), subscriber))
    })
}
