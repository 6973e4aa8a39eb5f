//! Cross-site request refusal: a request that could change state (anything but GET,
//! HEAD and OPTIONS) from another site gets 403, judged by the browser's own
//! `Sec-Fetch-Site` header, or failing that `Origin`. Requests carrying neither come
//! from outside a browser, where cross-site forgery does not arise.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use super::state::AppState;

pub async fn refuse_cross_site(
    State(state): State<AppState>,
    request: Request,
    next: Next,
) -> Response {
    if matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        return next.run(request).await;
    }
    let headers = request.headers();
    let header_str = |name| headers.get(name).and_then(|v| v.to_str().ok());
    let allowed = match header_str("sec-fetch-site") {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => match header_str(header::ORIGIN.as_str()) {
            Some(origin) => {
                origin == state.config.public_base_url
                    || header_str(header::HOST.as_str()).is_some_and(|host| {
                        origin == format!("http://{host}") || origin == format!("https://{host}")
                    })
            }
            None => true,
        },
    };
    if allowed {
        next.run(request).await
    } else {
        tracing::warn!(method = %request.method(), uri = %request.uri(), "refused a cross-site request");
        (
            StatusCode::FORBIDDEN,
            Body::from("Cross-site request refused."),
        )
            .into_response()
    }
}
