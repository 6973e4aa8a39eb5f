//! Med Practice: trainees rehearse clinical-exam stations in pairs.
//!
//! Shared by the server (`ssr`) and the browser (`hydrate`): the app, its pages and
//! components, the model and error types, and the server functions. Server-only code
//! lives in [`server`].

pub mod api;
pub mod app;
pub mod components;
pub mod error;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    console_error_panic_hook::set_once();
    // Lazy: the current route's code chunk is loaded before hydration starts.
    leptos::mount::hydrate_lazy(app::App);
    // Tests (and anyone curious) can tell a hydrated page from a server-rendered one;
    // "network idle" never comes while the live stream is open.
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-hydrated", "");
    }
}
