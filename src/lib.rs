//! Med Practice: trainees rehearse clinical-exam stations in pairs.
//!
//! Shared by the server (`ssr`) and the browser (`hydrate`): the app, its pages and
//! components, the model and error types, and the server functions. Server-only code
//! lives in two floors: [`host`] (HTTP: router, handlers, sessions, the command line)
//! above [`server`] (the core).

pub mod api;
pub mod app;
pub mod components;
pub mod error;
#[cfg(feature = "ssr")]
pub mod host;
pub mod model;
pub mod pages;
#[cfg(feature = "ssr")]
pub mod server;

/// Room for wasm-split to lay out the lazy pages' data; never read, and never sent.
///
/// `cargo leptos build --split` gives each chunk the data (string literals, tables) only
/// it uses, copied out of the linked module's read-only segment and laid out module by
/// module, each module's run aligned. When that layout comes out longer than the input's
/// segment, wasm-split (0.2.3, `emit.rs`, "Overlong segment … putting it in main module")
/// silently puts the whole segment in the main module: every lazy page's text, 87 KB, on
/// a first visit. The padding decides it: with 169 chunks the layout came within 14
/// bytes of the segment's length, and one more part in a chunk of its own went 290 bytes
/// over (session 22's 311 KB first visit, BENCHMARKS.md).
///
/// This array lengthens the input's segment (`#[used]`: the linker keeps it, marked
/// no-strip), but nothing refers to it, so wasm-split places it in no module: the room
/// it leaves is free, and no output grows. `scripts/bundle-size.sh --check` fails if the
/// data lands in the main module again.
#[cfg(feature = "hydrate")]
#[used]
static SPLIT_SLACK: [u8; 8192] = [0; 8192];

#[cfg(feature = "hydrate")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    // Readable panics in the console while developing; a release build leaves the hook
    // (and the formatting it pulls in) out of the bundle.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    // As `leptos::mount::hydrate_lazy`: the current route's code chunk is loaded, then the
    // page hydrates. Only then, and once every part left for later has hydrated too, is the
    // page marked, so tests (and anyone curious) can tell a hydrated page from a
    // server-rendered one; "network idle" never comes while the live stream is open.
    use leptos::prelude::IntoAny;
    wasm_bindgen_futures::spawn_local(async {
        let body = leptos::prelude::document()
            .body()
            .expect("a page always has a body");
        let guard = NavigationGuard::install();
        let mounted = leptos::mount::hydrate_from_async(body, || app::App().into_any()).await;
        drop(guard);
        mounted.forget();
        // Parts that hydrate in tasks of their own (components/later.rs) come first.
        components::later::settled().await;
        if let Some(root) = leptos::prelude::document().document_element() {
            let _ = root.set_attribute("data-hydrated", "");
        }
    });
}

/// A listener on the window, as the guard holds it.
#[cfg(feature = "hydrate")]
type Listener = wasm_bindgen::closure::Closure<dyn FnMut(web_sys::Event)>;

/// While the page hydrates, in several tasks (components/pause.rs), a click is the
/// browser's alone: the router, alive from the second step, would otherwise take a link
/// clicked before the page below it has hydrated, and hydrate that page on the next
/// one's route. A link clicked meanwhile loads its page as it would without JavaScript,
/// and going back or forward loads the page it comes to.
#[cfg(feature = "hydrate")]
struct NavigationGuard {
    /// Each event the guard takes, with its listener (capturing, on the window: before
    /// the router's listeners and any element's).
    listeners: [(&'static str, Listener); 2],
}

#[cfg(feature = "hydrate")]
impl NavigationGuard {
    fn install() -> Self {
        use wasm_bindgen::{closure::Closure, JsCast};
        let click = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
            event.stop_propagation();
        });
        let history = Closure::<dyn FnMut(web_sys::Event)>::new(|event: web_sys::Event| {
            event.stop_immediate_propagation();
            let _ = leptos::prelude::window().location().reload();
        });
        let guard = NavigationGuard {
            listeners: [("click", click), ("popstate", history)],
        };
        let window = leptos::prelude::window();
        for (event, listener) in &guard.listeners {
            let _ = window.add_event_listener_with_callback_and_bool(
                event,
                listener.as_ref().unchecked_ref(),
                true,
            );
        }
        guard
    }
}

#[cfg(feature = "hydrate")]
impl Drop for NavigationGuard {
    fn drop(&mut self) {
        use wasm_bindgen::JsCast;
        let window = leptos::prelude::window();
        for (event, listener) in &self.listeners {
            let _ = window.remove_event_listener_with_callback_and_bool(
                event,
                listener.as_ref().unchecked_ref(),
                true,
            );
        }
    }
}
