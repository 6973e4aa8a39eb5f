//! The HTTP surface: pages, server functions, avatars and static files in one axum
//! router, behind sessions, the cross-site check and a body size limit.

use axum::http::{header, HeaderValue};
use axum::middleware;
use axum::routing::{get, post};
use axum::Router;
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, LeptosRoutes};
use std::net::SocketAddr;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;

use super::headers::DEFAULT_POLICY;
use super::state::AppState;
use super::{auth, bodies, csrf, downloads, request, stream};
use crate::app::{shell, App};
use crate::server::avatars;

/// Gives every response that is not a page, and has no policy of its own, the policy
/// that loads nothing. A page always sets its own (with its nonce); one that did not
/// is logged rather than given a policy that would stop it from hydrating.
async fn default_policy(mut response: axum::response::Response) -> axum::response::Response {
    let headers = response.headers_mut();
    if headers.contains_key(header::CONTENT_SECURITY_POLICY) {
        return response;
    }
    let is_page = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    if is_page {
        tracing::warn!("a page went out without its Content-Security-Policy");
    } else {
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(DEFAULT_POLICY),
        );
    }
    response
}

/// Uploads are the largest bodies: an avatar plus a few form fields.
const BODY_LIMIT_BYTES: usize = avatars::MAX_UPLOAD_BYTES + 64 * 1024;

/// The whole app. Prepares the session store's table on the way.
pub async fn app(state: AppState) -> Result<Router, sqlx::Error> {
    let store = auth::store(state.db.owner().clone()).await?;
    let routes = generate_route_list(App);
    let context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let page = {
        let options = state.leptos_options.clone();
        move || shell(options.clone())
    };
    let avatar_files = ServeDir::new(avatars::folder(&state.config.data_dir));
    Ok(Router::new()
        .route("/s/{room_url}/calendar.ics", get(downloads::calendar))
        .route("/realtime", get(stream::open))
        .route("/admin/cases/export.json", get(downloads::cases))
        .route("/progress/export.json", get(downloads::my_data))
        .route(
            "/unsubscribe/one-click",
            post(downloads::one_click_unsubscribe),
        )
        .leptos_routes_with_context(&state, routes, context.clone(), page)
        .nest_service(avatars::URL_PREFIX, avatar_files)
        .fallback(leptos_axum::file_and_error_handler_with_context::<
            AppState,
            _,
        >(context, shell))
        .layer(middleware::from_fn(bodies::refuse_wrong_content_type))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            request::scope,
        ))
        .layer(middleware::from_fn_with_state(
            state.clone(),
            csrf::refuse_cross_site,
        ))
        .layer(auth::layer(&state.config, store))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
        .layer(SetResponseHeaderLayer::if_not_present(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(middleware::map_response(default_policy))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("same-origin"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
        // Outermost but for tracing: a panic in any handler or middleware inside (sessions,
        // the cross-site check, pages, server functions) becomes the generic 500 page.
        .layer(CatchPanicLayer::custom(bodies::panic_response))
        .layer(TraceLayer::new_for_http())
        .with_state(state))
}

/// Serves `app` on `listener` with peers' addresses (for rate limiting) until
/// `shutdown` completes. Responses go out without Nagle's delay: a page streamed in
/// several writes would otherwise wait on the client's delayed acknowledgement (40 ms).
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    use axum::serve::ListenerExt;
    let listener = listener.tap_io(|tcp| {
        if let Err(error) = tcp.set_nodelay(true) {
            tracing::debug!(%error, "could not set TCP_NODELAY");
        }
    });
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
