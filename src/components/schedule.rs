//! "Schedule session": the button that opens the form, and the form. The date and time
//! are read in the viewer's zone on the server; the database holds the rules (future,
//! at most 6 months ahead, no overlap as host or guest).

use leptos::either::EitherOf3;
use leptos::prelude::*;

use super::auth::use_auth;
use super::form::ActionError;
use crate::api::sessions::ScheduleSession;
use crate::model::{ExamPreset, RoomType};

/// The "Schedule session" button. Signed in with a profile, it opens the form in
/// place; signed in without one, it goes to profile setup; anonymous, it asks them to
/// sign in and brings them back (to `return_to`) with the form open.
///
/// The form's code is a WASM chunk of its own, loaded on first open (most visits to the
/// board never schedule). So the page is always rendered with the form closed, and one
/// that should start open opens it once hydrated: a form rendered on the server would
/// need its chunk before hydration could pass over it.
#[component]
pub fn ScheduleLauncher(open: bool, return_to: &'static str) -> impl IntoView {
    let auth = use_auth();
    let start_open = open;
    let open = RwSignal::new(false);
    if start_open {
        // Effects run in the browser only, once hydrated.
        Effect::new(move |_| open.set(true));
    }
    // Focus follows the disclosure: into the form when it opens (the form moves it to
    // its first field), back to this button when it closes (once it is drawn again).
    let button = NodeRef::<leptos::html::Button>::new();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                match auth.user.await {
                    Ok(Some(user)) if user.profile.is_some() => {
                        let zone = user.zone.clone();
                        let form = move || {
                            let zone = zone.clone();
                            let on_close = Callback::new(move |_| {
                                open.set(false);
                                request_animation_frame(move || {
                                    if let Some(b) = button.get_untracked() {
                                        let _ = b.focus();
                                    }
                                });
                            });
                            Suspend::new(async move { schedule_form(zone, on_close).await })
                        };
                        EitherOf3::A(view! {
                            <Show
                                when=move || open.get()
                                fallback=move || {
                                    view! {
                                        <button
                                            type="button"
                                            class="button"
                                            aria-expanded="false"
                                            aria-controls="schedule-form"
                                            node_ref=button
                                            on:click=move |_| open.set(true)
                                        >
                                            "Schedule session"
                                        </button>
                                    }
                                }
                            >
                                {
                                    let form = form.clone();
                                    view! {
                                        <Suspense fallback=|| {
                                            view! { <p class="muted" role="status">"Opening the form…"</p> }
                                        }>{form}</Suspense>
                                    }
                                }
                            </Show>
                        })
                    }
                    Ok(Some(_)) => {
                        EitherOf3::B(view! {
                            <form method="get" action="/profile" class="inline-form">
                                <input type="hidden" name="next" value=return_to/>
                                <button type="submit" class="button">"Schedule session"</button>
                            </form>
                        })
                    }
                    _ => {
                        EitherOf3::C(view! {
                            <form method="get" action="/sign-in" class="inline-form">
                                <input type="hidden" name="next" value=return_to/>
                                <button type="submit" class="button">"Schedule session"</button>
                            </form>
                        })
                    }
                }
            })}
        </Transition>
    }
}

/// The form, from its own WASM chunk (`cargo leptos build --split`).
#[lazy]
fn schedule_form(zone: String, on_close: Callback<()>) -> AnyView {
    view! { <ScheduleForm zone on_close/> }.into_any()
}

#[component]
fn ScheduleForm(zone: String, on_close: Callback<()>) -> impl IntoView {
    let action = ServerAction::<ScheduleSession>::new();
    let pending = action.pending();
    let error = Signal::derive(move || action.value().get().map(|r| r.map(|_| ())));
    // Opened, the form takes focus at its first field; Escape closes it.
    let date = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if date.get().is_some() {
            // Once the form is in the document (it arrives through a Suspense).
            request_animation_frame(move || {
                if let Some(input) = date.get_untracked() {
                    let _ = input.focus();
                }
            });
        }
    });
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape" {
            ev.prevent_default();
            on_close.run(());
        }
    };
    view! {
        <section
            class="form-card schedule-form"
            id="schedule-form"
            aria-labelledby="schedule-heading"
            on:keydown=on_keydown
        >
            <h2 id="schedule-heading">"Schedule a session"</h2>
            <ActionForm action>
                <ActionError value=error/>
                <div class="field-row">
                    <div class="field">
                        <label for="schedule-date">"Date"</label>
                        <input id="schedule-date" type="date" name="date" required node_ref=date/>
                    </div>
                    <div class="field">
                        <label for="schedule-time">"Time"</label>
                        <input
                            id="schedule-time"
                            type="time"
                            name="time"
                            required
                            aria-describedby="schedule-zone"
                        />
                    </div>
                </div>
                <p class="hint" id="schedule-zone">
                    {format!("In your time zone, {zone}. Each session lasts 60 minutes.")}
                </p>
                <KindFields id_prefix="schedule" room_type=None exam_preset=None/>
                <div class="field field--check">
                    <input
                        id="schedule-private"
                        type="checkbox"
                        name="private"
                        value="on"
                        aria-describedby="schedule-private-hint"
                    />
                    <label for="schedule-private">"Private"</label>
                    <p class="hint" id="schedule-private-hint">
                        "Kept off the board: you get an invite link to share."
                    </p>
                </div>
                <div class="button-row">
                    <button type="submit" class="button" disabled=move || pending.get()>
                        "Schedule session"
                    </button>
                    <button
                        type="button"
                        class="button button--secondary"
                        on:click=move |_| on_close.run(())
                    >
                        "Close"
                    </button>
                </div>
            </ActionForm>
        </section>
    }
}

/// The "Type" and "Exam (optional)" fields, shared by the schedule form and the host's
/// settings form; `room_type` and `exam_preset` are the current choices, if any.
#[component]
pub fn KindFields(
    id_prefix: &'static str,
    room_type: Option<RoomType>,
    exam_preset: Option<ExamPreset>,
) -> impl IntoView {
    let type_id = format!("{id_prefix}-type");
    let exam_id = format!("{id_prefix}-exam");
    view! {
        <div class="field">
            <label for=type_id.clone()>"Type"</label>
            <select id=type_id name="room_type">
                {RoomType::ALL
                    .into_iter()
                    .map(|t| {
                        view! {
                            <option value=t.code() selected=Some(t) == room_type>
                                {t.code()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
        <div class="field">
            <label for=exam_id.clone()>"Exam (optional)"</label>
            <select id=exam_id name="exam_preset">
                <option value="" selected=exam_preset.is_none()>
                    "No particular exam"
                </option>
                {ExamPreset::ALL
                    .into_iter()
                    .map(|p| {
                        view! {
                            <option value=p.code() selected=Some(p) == exam_preset>
                                {p.code()}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
