//! Requests the app cannot read: a server function's body it cannot decode is the
//! client's mistake (400, the usual JSON error), a multipart function sent anything but
//! multipart is refused before its codec runs (which would panic on it), and a panic in a
//! handler or middleware becomes a generic 500 page with its cause logged, never a
//! dropped connection.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use leptos::server_fn::ServerFn;
use std::any::Any;

use super::headers::DEFAULT_POLICY;
use crate::error::AppError;

/// The server functions whose input is `multipart/form-data`.
fn multipart_paths() -> [&'static str; 2] {
    [
        crate::api::profiles::SaveProfile::PATH,
        crate::api::cases::ImportCases::PATH,
    ]
}

pub const NOT_MULTIPART: &str =
    "This form is sent as multipart/form-data (with a boundary). Reload the page and try again.";
pub const NOT_FORM: &str =
    "This request is sent as a form (application/x-www-form-urlencoded). Reload the page and try again.";

/// An [`AppError`] as a server function would answer it: its JSON, with `status`.
pub fn json_error(status: StatusCode, error: &AppError) -> Response {
    let body = serde_json::to_string(error).unwrap_or_else(|_| "\"Internal\"".into());
    (
        status,
        [(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        )],
        body,
    )
        .into_response()
}

/// Refuses, with 415, a post to a server function in a content type its codec does not
/// read: multipart with a boundary the codec can parse for the multipart functions
/// (their codec panics on anything else), a URL-encoded form (or none) for the rest.
pub async fn refuse_wrong_content_type(request: Request, next: Next) -> Response {
    let path = request.uri().path();
    if request.method() != Method::POST || !path.starts_with(API_PREFIX) {
        return next.run(request).await;
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    let refusal = if multipart_paths().contains(&path) {
        (essence != "multipart/form-data" || multer::parse_boundary(content_type).is_err())
            .then_some(NOT_MULTIPART)
    } else {
        // No content type at all (a bare POST of a function without arguments) is read
        // as an empty form; a different one is refused.
        (!essence.is_empty() && essence != "application/x-www-form-urlencoded").then_some(NOT_FORM)
    };
    match refusal {
        Some(message) => json_error(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &AppError::invalid(message),
        ),
        None => next.run(request).await,
    }
}

/// Where the server functions are mounted (`#[server(prefix = "/api")]`).
pub const API_PREFIX: &str = "/api/";

/// The page a panic leaves: nothing of its cause, which goes to the log.
pub fn panic_response(cause: Box<dyn Any + Send + 'static>) -> Response {
    let message = cause
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| cause.downcast_ref::<&str>().copied())
        .unwrap_or("(no message)");
    tracing::error!(panic = message, "a request handler panicked");
    // Outside the layers that set the security headers, so it sets its own.
    (
        StatusCode::INTERNAL_SERVER_ERROR,
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            ),
            (
                header::CONTENT_SECURITY_POLICY,
                HeaderValue::from_static(DEFAULT_POLICY),
            ),
            (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
            (
                header::X_CONTENT_TYPE_OPTIONS,
                HeaderValue::from_static("nosniff"),
            ),
            (
                header::REFERRER_POLICY,
                HeaderValue::from_static("same-origin"),
            ),
        ],
        Body::from(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">\
             <title>Something went wrong · Med Practice</title></head><body><main>\
             <h1>Something went wrong on our side</h1><p>Please try again in a moment.</p>\
             <p><a href=\"/\">Back to the board</a></p></main></body></html>",
        ),
    )
        .into_response()
}
