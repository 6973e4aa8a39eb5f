//! A round's transcript: lines shown live to both participants, typed lines, and, with
//! the speaker's consent, their own speech captured by the browser's recognition.

use leptos::prelude::*;
use uuid::Uuid;

use crate::api::practice::AddLine;
use crate::components::assessment::line_anchor;
use crate::components::error_view::ErrorNotice;
use crate::components::live::use_live;
use crate::error::AppError;
use crate::model::practice::{line_problem, thousands, TranscriptLine, LINE_MAX_CHARS};

/// Time since the round's start, in whole seconds elapsed: "1:05".
fn elapsed(ms: i64) -> String {
    let secs = ms.max(0) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// "Candidate" or "Actor", with the person's name.
fn speaker(line: &TranscriptLine, candidate: &str, partner: &str) -> String {
    if line.role == "candidate" {
        format!("Candidate ({candidate})")
    } else {
        format!("Patient or examiner ({partner})")
    }
}

#[component]
pub fn TranscriptView(
    room_id: Uuid,
    round_id: Uuid,
    running: bool,
    /// The lines as the practice's data had them: drawn as they are, so the page
    /// hydrates what the server drew.
    lines: Vec<TranscriptLine>,
    candidate_name: String,
    partner_name: String,
    #[prop(optional)] heading_level: Option<u8>,
) -> impl IntoView {
    let add = ServerAction::<AddLine>::new();
    // Speech has its own action, so a recognised line never clears what is being typed.
    let spoken = ServerAction::<AddLine>::new();
    let lines = RwSignal::new(lines);
    let refresh_failed = RwSignal::new(None::<AppError>);
    if running {
        follow(room_id, round_id, lines, refresh_failed, [add, spoken]);
    }
    let heading = if heading_level == Some(4) {
        view! { <h4>"Transcript"</h4> }.into_any()
    } else {
        view! { <h3>"Transcript"</h3> }.into_any()
    };
    let drawn = move || {
        lines.with(|lines| {
            if lines.is_empty() {
                return view! {
                    <p class="muted">{if running { "No lines yet. Type what is said, or capture your speech." } else { "No lines were recorded." }}</p>
                }
                .into_any();
            }
            view! {
                <ol class="transcript__lines" aria-label="Transcript lines">
                    {lines.iter().enumerate().map(|(i, line)| {
                        let who = speaker(line, &candidate_name, &partner_name);
                        let class = if line.role == "candidate" { "transcript__line transcript__line--candidate" } else { "transcript__line" };
                        view! {
                            <li class=class id=line_anchor(round_id, i + 1)>
                                <span class="transcript__time">{elapsed(line.at_ms)}</span>
                                " "
                                <strong>{who}</strong>
                                ": "
                                <span class="transcript__text">{line.text.clone()}</span>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            }
            .into_any()
        })
    };
    view! {
        <section class="transcript" aria-label="Transcript">
            {heading}
            {drawn}
            {move || refresh_failed.get().map(|error| view! { <ErrorNotice error/> })}
            {running.then(|| view! { <LineInput round_id add spoken/> })}
        </section>
    }
    .into_any()
}

/// While a round runs: its lines read again whenever one is added, here (typed or
/// spoken) or by the partner (through the live stream). An answer that arrives after a
/// newer request's is dropped, so the lines never go back.
fn follow(
    room_id: Uuid,
    round_id: Uuid,
    lines: RwSignal<Vec<TranscriptLine>>,
    failed: RwSignal<Option<AppError>>,
    actions: [ServerAction<AddLine>; 2],
) {
    let changed = use_live().transcript(room_id);
    #[cfg(feature = "hydrate")]
    {
        use crate::api::practice::get_transcript;
        let asked = StoredValue::new(0_u64);
        Effect::new(move |seen: Option<()>| {
            changed.track();
            for action in actions {
                action.version().track();
            }
            // The first run only subscribes: the lines drawn are the server's.
            if seen.is_none() {
                return;
            }
            let ask = asked.get_value() + 1;
            asked.set_value(ask);
            leptos::task::spawn_local(async move {
                let answer = get_transcript(round_id).await;
                if asked.try_get_value() != Some(ask) {
                    return;
                }
                match answer {
                    Ok(fresh) => {
                        lines.try_set(fresh);
                        failed.try_set(None);
                    }
                    Err(error) => {
                        failed.try_set(Some(error));
                    }
                }
            });
        });
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = (changed, round_id, lines, failed, actions);
}

/// Typing a line (kept while the other side's lines arrive), and speech capture.
#[component]
fn LineInput(
    round_id: Uuid,
    add: ServerAction<AddLine>,
    spoken: ServerAction<AddLine>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let field = NodeRef::<leptos::html::Input>::new();
    // A line that was added is cleared; one that failed stays to be fixed.
    Effect::new(move |seen: Option<usize>| {
        let version = add.version().get();
        if seen.is_some_and(|s| s != version) && matches!(add.value().get_untracked(), Some(Ok(_)))
        {
            text.set(String::new());
            if let Some(input) = field.get_untracked() {
                let _ = input.focus();
            }
        }
        version
    });
    // Nothing is cut: an over-long line is refused with the reason, here and on the
    // server, and the count says how close it is.
    let problem = RwSignal::new(None::<String>);
    let count = move || text.with(|t| t.chars().count());
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let line = text.get_untracked();
        if line.trim().is_empty() {
            return;
        }
        problem.set(line_problem(&line));
        if problem.get_untracked().is_none() {
            add.dispatch(AddLine {
                round_id,
                text: line,
            });
        }
    };
    view! {
        <form class="line-form" on:submit=submit>
            <div class="field">
                <label for="line-text">"Your line"</label>
                <input
                    id="line-text"
                    node_ref=field
                    autocomplete="off"
                    aria-describedby="line-text-count"
                    aria-invalid=move || (count() > LINE_MAX_CHARS).then_some("true")
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        text.set(event_target_value(&ev));
                        problem.set(None);
                    }
                />
                <p
                    id="line-text-count"
                    class=move || { if count() > LINE_MAX_CHARS { "hint hint--over" } else { "hint" } }
                >
                    {move || format!("{} of {} characters", thousands(count()), thousands(LINE_MAX_CHARS))}
                </p>
            </div>
            {move || problem.get().map(|message| view! { <ErrorNotice error=AppError::invalid(message)/> })}
            {move || add.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error/> })}
            <button type="submit" class="button" disabled=move || add.pending().get()>"Add line"</button>
        </form>
        {move || spoken.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error/> })}
        <SpeechCapture round_id add=spoken/>
    }
    .into_any()
}

/// The speaker's own speech as lines, through the browser's speech recognition where
/// it exists: off by default, on only when they tick the box, and said so while on.
#[component]
fn SpeechCapture(round_id: Uuid, add: ServerAction<AddLine>) -> impl IntoView {
    let supported = RwSignal::new(false);
    let on = RwSignal::new(false);
    Effect::new(move |_| supported.set(speech::supported()));
    let recognizer = StoredValue::new_local(None::<speech::Recognizer>);
    let failure = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        if on.get() {
            let started = speech::Recognizer::start(
                move |heard: String| {
                    add.dispatch(AddLine {
                        round_id,
                        text: heard,
                    });
                },
                // Microphone refused, missing, or the service unreachable: off, said so.
                move |reason: String| {
                    on.set(false);
                    failure.set(Some(reason));
                },
            );
            if started.is_none() {
                on.set(false);
            }
            recognizer.set_value(started);
        } else {
            recognizer.update_value(|r| {
                if let Some(r) = r.take() {
                    r.stop();
                }
            });
        }
    });
    on_cleanup(move || {
        recognizer.update_value(|r| {
            if let Some(r) = r.take() {
                r.stop();
            }
        })
    });
    view! {
        <Show when=move || supported.get()>
            <div class="field field--check speech-capture">
                <input
                    id="speech-capture"
                    type="checkbox"
                    aria-describedby="speech-capture-hint"
                    prop:checked=move || on.get()
                    on:change=move |ev| on.set(event_target_checked(&ev))
                />
                <label for="speech-capture">"Capture my speech"</label>
                <p id="speech-capture-hint" class="hint">
                    "Off unless you turn it on. Your browser listens to your microphone and adds what you say as your lines; it may send the audio to its own speech service. Only your speech, only while this is ticked."
                </p>
            </div>
            <p role="status" class="speech-capture__status">
                {move || {
                    if on.get() {
                        Some("Listening: your speech is being added to the transcript.".to_string())
                    } else {
                        failure.get().map(|reason| format!("Speech capture stopped: {reason}"))
                    }
                }}
            </p>
        </Show>
    }
}

#[cfg(feature = "hydrate")]
mod speech {
    use js_sys::{Function, Reflect};
    use std::cell::Cell;
    use std::rc::Rc;
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::{JsCast, JsValue};

    fn constructor() -> Option<Function> {
        let window: JsValue = web_sys::window()?.into();
        ["SpeechRecognition", "webkitSpeechRecognition"]
            .iter()
            .find_map(|name| Reflect::get(&window, &JsValue::from_str(name)).ok())
            .filter(|v| v.is_function())
            .map(|v| v.unchecked_into())
    }

    pub fn supported() -> bool {
        constructor().is_some()
    }

    fn get(v: &JsValue, k: &str) -> JsValue {
        Reflect::get(v, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED)
    }

    fn call(target: &JsValue, method: &str) {
        if let Ok(f) = get(target, method).dyn_into::<Function>() {
            let _ = f.call0(target);
        }
    }

    /// A running recognizer. Its callbacks belong to the JavaScript object (handed
    /// over with `into_js_value`), so a late event after `stop` finds them alive.
    pub struct Recognizer {
        inner: JsValue,
        stopping: Rc<Cell<bool>>,
    }

    impl Recognizer {
        pub fn start(
            heard: impl Fn(String) + 'static,
            failed: impl Fn(String) + 'static,
        ) -> Option<Self> {
            let make = constructor()?;
            let inner = Reflect::construct(&make, &js_sys::Array::new()).ok()?;
            let set = |k: &str, v: &JsValue| Reflect::set(&inner, &JsValue::from_str(k), v);
            set("continuous", &JsValue::TRUE).ok()?;
            set("interimResults", &JsValue::FALSE).ok()?;
            set("lang", &JsValue::from_str("en-GB")).ok()?;
            let on_result = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                let results = get(&event, "results");
                let from = get(&event, "resultIndex").as_f64().unwrap_or(0.0) as u32;
                let count = get(&results, "length").as_f64().unwrap_or(0.0) as u32;
                for i in from..count {
                    let result = Reflect::get_u32(&results, i).unwrap_or(JsValue::UNDEFINED);
                    if get(&result, "isFinal").as_bool() != Some(true) {
                        continue;
                    }
                    let best = Reflect::get_u32(&result, 0).unwrap_or(JsValue::UNDEFINED);
                    if let Some(text) = get(&best, "transcript").as_string() {
                        let text = text.trim().to_string();
                        if !text.is_empty() {
                            heard(text);
                        }
                    }
                }
            });
            let stopping = Rc::new(Cell::new(false));
            // A refused or missing microphone, or no speech service, will not get
            // better by retrying: stop and say why. Silence and the like are retried.
            let fatal = stopping.clone();
            let on_error = Closure::<dyn FnMut(JsValue)>::new(move |event: JsValue| {
                let reason = match get(&event, "error").as_string().as_deref() {
                    Some("not-allowed") | Some("service-not-allowed") => {
                        Some("the microphone is not allowed for this site.")
                    }
                    Some("audio-capture") => Some("no microphone was found."),
                    Some("network") => Some("the browser's speech service cannot be reached."),
                    _ => None,
                };
                if let Some(reason) = reason {
                    fatal.set(true);
                    failed(reason.to_string());
                }
            });
            // Recognition ends by itself after a silence: carry on until stopped.
            let again = inner.clone();
            let stop_flag = stopping.clone();
            let on_end = Closure::<dyn FnMut(JsValue)>::new(move |_| {
                if !stop_flag.get() {
                    call(&again, "start");
                }
            });
            set("onresult", &on_result.into_js_value()).ok()?;
            set("onerror", &on_error.into_js_value()).ok()?;
            set("onend", &on_end.into_js_value()).ok()?;
            call(&inner, "start");
            Some(Self { inner, stopping })
        }

        /// Stops listening; what was already said still arrives.
        pub fn stop(self) {
            self.stopping.set(true);
            call(&self.inner, "stop");
        }
    }
}

#[cfg(not(feature = "hydrate"))]
mod speech {
    pub fn supported() -> bool {
        false
    }

    pub struct Recognizer;

    impl Recognizer {
        pub fn start(
            _heard: impl Fn(String) + 'static,
            _failed: impl Fn(String) + 'static,
        ) -> Option<Self> {
            None
        }
        pub fn stop(self) {}
    }
}
