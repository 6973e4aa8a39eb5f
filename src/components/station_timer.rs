//! The station timer: reading time, then the station, a warning before its end, from
//! the round's start on the server's clock, so both browsers agree; with a bell that
//! can be muted.

use chrono::{DateTime, Utc};
use leptos::prelude::*;

use crate::model::practice::{clock, StationPhase, StationTiming};

/// When the data now being drawn reached this browser, on its clock: during hydration,
/// the moment the page's response began to arrive; afterwards, now.
fn received_at_ms() -> i64 {
    #[cfg(feature = "hydrate")]
    {
        let hydrating = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
            .is_some_and(|html| !html.has_attribute("data-hydrated"));
        if hydrating {
            if let Some(at) = navigation_response_start() {
                return at;
            }
        }
    }
    local_now_ms()
}

#[cfg(feature = "hydrate")]
fn navigation_response_start() -> Option<i64> {
    use wasm_bindgen::JsValue;
    let window: JsValue = web_sys::window()?.into();
    let get = |v: &JsValue, k: &str| js_sys::Reflect::get(v, &JsValue::from_str(k)).ok();
    let timing = get(&get(&window, "performance")?, "timing")?;
    get(&timing, "responseStart")?
        .as_f64()
        .filter(|t| *t > 0.0)
        .map(|t| t as i64)
}

/// The browser's clock in ms since the epoch (the server's, while rendering there).
fn local_now_ms() -> i64 {
    #[cfg(feature = "hydrate")]
    {
        js_sys::Date::now() as i64
    }
    #[cfg(not(feature = "hydrate"))]
    {
        Utc::now().timestamp_millis()
    }
}

/// The timer of a running round. `server_now` is the server's clock when the page's
/// data was read: the browser's offset from it is measured once, so a browser with a
/// wrong clock still counts down with the other. `time_up` is called once when the
/// station ends (the host's page ends the round at a hard stop).
#[component]
pub fn StationTimer(
    started_at: DateTime<Utc>,
    timing: StationTiming,
    server_now: DateTime<Utc>,
    #[prop(optional)] time_up: Option<Callback<()>>,
) -> impl IntoView {
    let server_now_ms = server_now.timestamp_millis();
    // The same first frame on server and browser (hydration), then the live clock.
    let now = RwSignal::new(server_now_ms);
    // The browser's clock when `server_now` was read: the page's arrival for data the
    // server rendered into it, or now for data fetched since.
    let offset = server_now_ms - received_at_ms();
    let muted = RwSignal::new(false);
    Effect::new(move |_| {
        muted.set(bell::stored_muted());
        let handle = set_interval_with_handle(
            move || now.set(local_now_ms() + offset),
            std::time::Duration::from_millis(250),
        );
        if let Ok(handle) = handle {
            on_cleanup(move || handle.clear());
        }
    });
    let start_ms = started_at.timestamp_millis();
    let phase = Memo::new(move |_| timing.phase(now.get() - start_ms));
    // The bell rings as the phase changes (station starts, warning, time up), never for
    // the phase the page opened in.
    Effect::new(move |previous: Option<StationPhase>| {
        let current = phase.get();
        // Opened after a hard stop had passed: end it now.
        if previous.is_none() && current == StationPhase::TimeUp {
            if let Some(time_up) = time_up {
                time_up.run(());
            }
        }
        if let Some(before) = previous {
            let changed = std::mem::discriminant(&before) != std::mem::discriminant(&current)
                || matches!(
                    (before, current),
                    (
                        StationPhase::Station { warning: false, .. },
                        StationPhase::Station { warning: true, .. }
                    )
                );
            if changed && !muted.get_untracked() {
                bell::ring();
            }
            if changed && current == StationPhase::TimeUp {
                if let Some(time_up) = time_up {
                    time_up.run(());
                }
            }
        }
        current
    });
    let label = move || match phase.get() {
        StationPhase::Reading { .. } => "Reading time",
        StationPhase::Station { warning: false, .. } => "Station",
        StationPhase::Station { warning: true, .. } => "Station: time is nearly up",
        StationPhase::TimeUp => "Time is up",
    };
    let left = move || match phase.get() {
        StationPhase::Reading { left_ms } | StationPhase::Station { left_ms, .. } => clock(left_ms),
        StationPhase::TimeUp => "0:00".to_string(),
    };
    let class = move || match phase.get() {
        StationPhase::Station { warning: true, .. } => "station-timer station-timer--warning",
        StationPhase::TimeUp => "station-timer station-timer--up",
        _ => "station-timer",
    };
    let warning_minutes = (timing.station_secs - timing.warning_secs) / 60;
    view! {
        <div class=class>
            <p class="station-timer__phase">{label}</p>
            <p class="station-timer__clock" role="timer" aria-label="Time left">{left}</p>
            <p class="hint">
                {if timing.reading_secs > 0 {
                    format!(
                        "{} reading, then {} minutes{}.",
                        clock(i64::from(timing.reading_secs) * 1000),
                        timing.station_secs / 60,
                        if timing.hard_stop { ", hard stop" } else { "" },
                    )
                } else {
                    format!("{} minutes.", timing.station_secs / 60)
                }}
            </p>
            // Announced once as it happens; the clock itself is not read out every second.
            <div role="status" class="station-timer__alert">
                {move || match phase.get() {
                    StationPhase::Station { warning: false, .. } if timing.reading_secs > 0 => Some("Reading time is over: the station has started.".to_string()),
                    StationPhase::Station { warning: true, .. } => Some(format!("{warning_minutes} minutes left.")),
                    StationPhase::TimeUp => Some("Time is up.".to_string()),
                    _ => None,
                }}
            </div>
            <button
                type="button"
                class="link-button"
                aria-pressed=move || muted.get().to_string()
                on:click=move |_| {
                    muted.update(|m| *m = !*m);
                    bell::store_muted(muted.get_untracked());
                }
            >
                "Mute bell"
            </button>
        </div>
    }
}

#[cfg(feature = "hydrate")]
mod bell {
    const KEY: &str = "mp-bell-muted";

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.local_storage().ok().flatten()
    }

    pub fn stored_muted() -> bool {
        storage()
            .and_then(|s| s.get_item(KEY).ok().flatten())
            .as_deref()
            == Some("1")
    }

    pub fn store_muted(muted: bool) {
        if let Some(s) = storage() {
            let _ = s.set_item(KEY, if muted { "1" } else { "0" });
        }
    }

    thread_local! {
        static CONTEXT: std::cell::OnceCell<Option<web_sys::AudioContext>> = const { std::cell::OnceCell::new() };
    }

    /// A short, soft two-tone bell from the Web Audio API (nothing to download), on
    /// one audio context for the tab.
    pub fn ring() {
        let Some(context) =
            CONTEXT.with(|c| c.get_or_init(|| web_sys::AudioContext::new().ok()).clone())
        else {
            return;
        };
        // Browsers start a context suspended until the page has been interacted with.
        let _ = context.resume();
        let start = context.current_time();
        for (i, frequency) in [880.0_f32, 660.0].into_iter().enumerate() {
            let (Ok(oscillator), Ok(gain)) = (context.create_oscillator(), context.create_gain())
            else {
                return;
            };
            oscillator.set_type(web_sys::OscillatorType::Sine);
            oscillator.frequency().set_value(frequency);
            let at = start + i as f64 * 0.35;
            let _ = gain.gain().set_value_at_time(0.0, at);
            let _ = gain.gain().linear_ramp_to_value_at_time(0.25, at + 0.02);
            let _ = gain.gain().linear_ramp_to_value_at_time(0.0, at + 0.6);
            let _ = oscillator.connect_with_audio_node(&gain);
            let _ = gain.connect_with_audio_node(&context.destination());
            let _ = oscillator.start_with_when(at);
            let _ = oscillator.stop_with_when(at + 0.65);
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod bell {
    pub fn stored_muted() -> bool {
        false
    }
    pub fn store_muted(_: bool) {}
    pub fn ring() {}
}
