//! Live updates in the browser: one server-sent-event stream per tab, resumed from the
//! last position after a drop, and the signals pages read to refetch what changed.

use leptos::prelude::*;
use uuid::Uuid;

use crate::model::{LiveChange, LiveEntity, LiveMessage, LiveOp};

/// The `<meta>` that carries the stream position a server-rendered page was read at.
const LIVE_FROM_META: &str = "mp-live-from";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkStatus {
    /// Not connected yet (and always, while rendering on the server).
    Connecting,
    Live,
    /// The stream dropped; a reconnect is scheduled.
    Reconnecting,
}

/// The tab's live stream, as pages see it.
#[derive(Clone, Copy)]
pub struct Live {
    pub status: RwSignal<LinkStatus>,
    watchers: StoredValue<Watchers>,
}

#[derive(Default)]
struct Watchers {
    next_id: u64,
    list: Vec<Watcher>,
}

type Wanted = Box<dyn Fn(&LiveChange) -> bool + Send + Sync>;

struct Watcher {
    id: u64,
    wanted: Wanted,
    version: RwSignal<u64>,
}

impl Live {
    /// Provides the context and, in the browser, opens the stream once hydrated.
    pub fn provide() -> Self {
        let live = Live {
            status: RwSignal::new(LinkStatus::Connecting),
            watchers: StoredValue::new(Watchers::default()),
        };
        provide_context(live);
        #[cfg(feature = "hydrate")]
        Effect::new(move |started: Option<()>| {
            // In a task of its own: loading the stream's chunk starts fetches, which
            // the page's first task need not wait for.
            if started.is_none() {
                set_timeout(
                    move || leptos::task::spawn_local(connect(live)),
                    std::time::Duration::ZERO,
                );
            }
        });
        live
    }

    /// Takes in one message from the stream. Every watcher that wants the change is
    /// bumped at once, so two changes in quick succession are never folded into one.
    pub fn receive(&self, message: LiveMessage) {
        match message {
            LiveMessage::Ready { .. } | LiveMessage::Ping { .. } => {
                self.status.set(LinkStatus::Live)
            }
            LiveMessage::Change(change) => self.bump(|wanted| wanted(&change)),
            LiveMessage::Resync { .. } => {
                self.status.set(LinkStatus::Live);
                self.bump(|_| true);
            }
        }
    }

    fn bump(&self, matches: impl Fn(&Wanted) -> bool) {
        self.watchers.with_value(|watchers| {
            for watcher in &watchers.list {
                if matches(&watcher.wanted) {
                    watcher.version.update(|v| *v += 1);
                }
            }
        });
    }

    /// A version that moves each time a change matching `wanted` arrives (or after a
    /// resync): read it in a resource's source to refetch on those changes only. The
    /// watcher goes when the calling component does.
    pub fn version(
        self,
        wanted: impl Fn(&LiveChange) -> bool + Send + Sync + 'static,
    ) -> ReadSignal<u64> {
        let version = RwSignal::new(0);
        let id = self
            .watchers
            .try_update_value(|watchers| {
                watchers.next_id += 1;
                watchers.list.push(Watcher {
                    id: watchers.next_id,
                    wanted: Box::new(wanted),
                    version,
                });
                watchers.next_id
            })
            .unwrap_or_default();
        let watchers = self.watchers;
        on_cleanup(move || {
            watchers.try_update_value(|watchers| watchers.list.retain(|w| w.id != id));
        });
        version.read_only()
    }

    /// Changes to any room or round this viewer may see.
    pub fn any(self) -> ReadSignal<u64> {
        self.version(|_| true)
    }

    /// Changes to the viewer's own sessions (as host or guest).
    pub fn mine(self) -> ReadSignal<u64> {
        self.version(|change| change.mine)
    }

    /// Changes to one room itself (not its rounds); none until the room is known.
    pub fn room(self, room: RwSignal<Option<Uuid>>) -> ReadSignal<u64> {
        self.version(move |change| {
            change.entity == LiveEntity::Room
                && room.try_get_untracked().flatten() == Some(change.room)
        })
    }

    /// A session's practice: the room, and its rounds starting, ending or being marked,
    /// but not a transcript line being added (see [`Live::transcript`]); none until the
    /// room is known.
    pub fn practice(self, room: RwSignal<Option<Uuid>>) -> ReadSignal<u64> {
        self.version(move |change| {
            room.try_get_untracked().flatten() == Some(change.room)
                && (change.entity == LiveEntity::Room
                    || change.op != LiveOp::Update
                    || change
                        .fields
                        .iter()
                        .any(|f| f != "transcript" && f != "updated_at"))
        })
    }

    /// Lines added to the transcripts of a session's rounds.
    pub fn transcript(self, room: Uuid) -> ReadSignal<u64> {
        self.version(move |change| {
            change.room == room
                && change.entity == LiveEntity::Round
                && change.fields.iter().any(|f| f == "transcript")
        })
    }
}

pub fn use_live() -> Live {
    expect_context::<Live>()
}

/// Names the stream position a server-rendered page is read at: the browser resumes
/// from it, so a change committed between rendering and connecting is not missed.
#[component]
pub fn LiveFrom() -> impl IntoView {
    view! { <meta name=LIVE_FROM_META content=live_from().map(|seq| seq.to_string())/> }
}

#[cfg(feature = "ssr")]
fn live_from() -> Option<i64> {
    use_context::<crate::host::state::AppState>().map(|state| state.realtime.last())
}

#[cfg(not(feature = "ssr"))]
fn live_from() -> Option<i64> {
    None
}

/// Says so, politely, while the stream is down.
#[component]
pub fn LiveStatus() -> impl IntoView {
    let live = use_live();
    view! {
        <div class="live-status" role="status" aria-live="polite">
            {move || {
                (live.status.get() == LinkStatus::Reconnecting)
                    .then(|| {
                        view! {
                            <p class="live-status__banner">
                                <span class="live-status__dot" aria-hidden="true"></span>
                                "Connection lost. Reconnecting… Changes made meanwhile will appear once it is back."
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// The stream's code (opening, reading, retrying) is a WASM chunk of its own, loaded
/// once the page has hydrated: the first paint never waits for it.
#[cfg(feature = "hydrate")]
#[lazy]
fn connect(live: Live) {
    browser::connect(live);
}

#[cfg(feature = "hydrate")]
mod browser {
    use leptos::prelude::Set;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    use web_sys::{EventSource, MessageEvent};

    use super::{LinkStatus, Live, LIVE_FROM_META};
    use crate::model::LiveMessage;

    const FIRST_RETRY_MS: f64 = 500.0;
    const LAST_RETRY_MS: f64 = 30_000.0;

    type Handler = Closure<dyn FnMut(web_sys::Event)>;

    struct Link {
        live: Live,
        /// Where to resume from.
        since: Cell<Option<i64>>,
        failures: Cell<u32>,
        source: RefCell<Option<EventSource>>,
        handlers: RefCell<Vec<Handler>>,
        /// The scheduled reconnect, if one is waiting.
        timer: Cell<Option<i32>>,
    }

    pub fn connect(live: Live) {
        let since = document_live_from();
        let link = Rc::new(Link {
            live,
            since: Cell::new(since),
            failures: Cell::new(0),
            source: RefCell::new(None),
            handlers: RefCell::new(Vec::new()),
            timer: Cell::new(None),
        });
        if let Some(window) = web_sys::window() {
            // Offline: the stream is gone even if the browser has not noticed yet.
            let on_offline = {
                let link = Rc::clone(&link);
                Closure::<dyn FnMut()>::new(move || {
                    let source = link.source.borrow_mut().take();
                    if let Some(source) = source {
                        source.close();
                        retry(Rc::clone(&link));
                    }
                })
            };
            // Back online: reconnect now rather than wait out the backoff.
            let on_online = {
                let link = Rc::clone(&link);
                Closure::<dyn FnMut()>::new(move || {
                    if let Some(timer) = link.timer.take() {
                        if let Some(window) = web_sys::window() {
                            window.clear_timeout_with_handle(timer);
                        }
                        open(Rc::clone(&link));
                    }
                })
            };
            for (event, handler) in [("offline", on_offline), ("online", on_online)] {
                let _ = window
                    .add_event_listener_with_callback(event, handler.as_ref().unchecked_ref());
                // Lives as long as the tab.
                handler.forget();
            }
        }
        open(link);
    }

    fn document_live_from() -> Option<i64> {
        let document = web_sys::window()?.document()?;
        let meta = document
            .query_selector(&format!("meta[name=\"{LIVE_FROM_META}\"]"))
            .ok()??;
        meta.get_attribute("content")?.parse().ok()
    }

    fn open(link: Rc<Link>) {
        link.timer.set(None);
        let url = match link.since.get() {
            Some(seq) => format!("/realtime?since={seq}"),
            None => "/realtime".to_string(),
        };
        let Ok(source) = EventSource::new(&url) else {
            retry(link);
            return;
        };
        let on_message = {
            let link = Rc::clone(&link);
            Handler::new(move |event: web_sys::Event| {
                let Some(data) = event
                    .dyn_ref::<MessageEvent>()
                    .and_then(|event| event.data().as_string())
                else {
                    return;
                };
                let Ok(message) = serde_json::from_str::<LiveMessage>(&data) else {
                    return;
                };
                link.since.set(Some(message.seq()));
                link.failures.set(0);
                link.live.receive(message);
            })
        };
        let on_error = {
            let link = Rc::clone(&link);
            Handler::new(move |_: web_sys::Event| {
                // The browser would retry on its own, at a fixed pace and from its own
                // idea of the position; we retry with backoff from ours.
                if let Some(source) = link.source.borrow_mut().take() {
                    source.close();
                }
                retry(Rc::clone(&link));
            })
        };
        source.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        source.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *link.source.borrow_mut() = Some(source);
        // The previous connection's handlers are no longer called; keep only these.
        *link.handlers.borrow_mut() = vec![on_message, on_error];
    }

    fn retry(link: Rc<Link>) {
        link.live.status.set(LinkStatus::Reconnecting);
        let failures = link.failures.get();
        link.failures.set(failures.saturating_add(1));
        let ceiling = (FIRST_RETRY_MS * 2f64.powi(failures.min(16) as i32)).min(LAST_RETRY_MS);
        // Full jitter in the upper half, so a server restart is not met by every tab
        // at the same instant.
        let wait = ceiling * (0.5 + js_sys::Math::random() / 2.0);
        let again = {
            let link = Rc::clone(&link);
            Closure::once_into_js(move || open(link))
        };
        if let Some(window) = web_sys::window() {
            if let Ok(timer) = window.set_timeout_with_callback_and_timeout_and_arguments_0(
                again.unchecked_ref(),
                wait as i32,
            ) {
                link.timer.set(Some(timer));
            }
        }
    }
}
