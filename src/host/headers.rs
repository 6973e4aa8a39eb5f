//! Security headers: a page's Content-Security-Policy with its nonce, and the policy of
//! everything else. Apart from the router so the app's shell can set a page's headers
//! without knowing the router that serves it.

use axum::http::{header, HeaderValue};

/// The Content-Security-Policy of a page: its own scripts, styles, WebAssembly and
/// connections only, the inline scripts by this response's nonce; never framed.
/// Inline `style` attributes (an avatar's colour, a bar's width) are the one allowance.
pub fn page_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self'; \
         connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

/// Every other response (server functions, files, downloads) may load nothing and is
/// never framed.
pub const DEFAULT_POLICY: &str = "default-src 'none'; frame-ancestors 'none'";

/// Sets the page's security headers on the response being rendered (from the shell,
/// where the nonce is known).
pub fn page_security_headers(nonce: Option<&str>) {
    let Some(response) = leptos::prelude::use_context::<leptos_axum::ResponseOptions>() else {
        return;
    };
    if let Some(value) = nonce.and_then(|n| HeaderValue::from_str(&page_policy(n)).ok()) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}
