//! The HTTP status of the response being rendered, for code that runs inside a request
//! (server functions, pages, the error type's decoding). Knows nothing of the app's
//! types, so anything may use it.

use axum::http::StatusCode;
use leptos::prelude::use_context;

/// Sets the HTTP status of the current server function's response.
pub fn set_status(status: StatusCode) {
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(status);
    }
}

/// Whether the current request is a plain HTML form post (a browser without
/// JavaScript, or before the page has hydrated): it is answered with a redirect back to
/// the form, the error carried in the URL, so its status must stay a redirect.
pub fn is_plain_form_post() -> bool {
    use_context::<axum::http::request::Parts>().is_some_and(|parts| {
        parts.method == axum::http::Method::POST
            && parts.uri.path().starts_with("/api/")
            && parts
                .headers
                .get(axum::http::header::ACCEPT)
                .and_then(|v| v.to_str().ok())
                .is_some_and(|v| v.contains("text/html"))
    })
}

/// Whether an HTTP request is being answered here (its parts are in the context).
pub fn answering_request() -> bool {
    use_context::<axum::http::request::Parts>().is_some()
}

/// Marks the current server function's answer as 400 Bad Request: its body could not be
/// decoded. A plain form post keeps the redirect back to its page.
pub fn malformed() {
    if !is_plain_form_post() {
        set_status(StatusCode::BAD_REQUEST);
    }
}
