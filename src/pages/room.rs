//! A session's page, reached from the board or through its invite link: what, when and
//! with whom, and what its viewer can do there (join; leave; or, for the host, copy the
//! invite link, reschedule, change it, remove the guest, cancel).

use leptos::either::Either;
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;

use crate::api::attendance::{CannotMakeIt, ConfirmAttendance};
use crate::api::partners::{DisputeAttendance, ReportAttendance};
use crate::api::sessions::{
    get_room, CancelSession, JoinByLink, LeaveSession, RemoveGuest, RescheduleSession,
    UpdateSession,
};
use crate::components::avatar::Avatar;
use crate::components::confirm::Confirm;
use crate::components::error_view::ErrorNotice;
use crate::components::form::ActionError;
use crate::components::later::later;
use crate::components::live::use_live;
use crate::components::practice::{practice_resource, Practice, PracticeActions, PracticeResource};
use crate::components::schedule::KindFields;
use crate::error::AppError;
use crate::model::partners::AttendanceRecord;
use crate::model::{Attendance, RoomView, Stage, Viewer};

#[derive(Clone, Copy)]
struct Actions {
    join: ServerAction<JoinByLink>,
    leave: ServerAction<LeaveSession>,
    cancel: ServerAction<CancelSession>,
    reschedule: ServerAction<RescheduleSession>,
    update: ServerAction<UpdateSession>,
    remove: ServerAction<RemoveGuest>,
    attend: ServerAction<ConfirmAttendance>,
    cannot: ServerAction<CannotMakeIt>,
    report: ServerAction<ReportAttendance>,
    dispute: ServerAction<DisputeAttendance>,
}

/// An action's last outcome, its value dropped: what `ActionError` shows.
fn outcome<I, T>(action: ServerAction<I>) -> Signal<Option<Result<(), AppError>>>
where
    I: leptos::server_fn::ServerFn<Output = T, Error = AppError> + Clone + Send + Sync + 'static,
    T: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().map(|r| r.map(|_| ())))
}

#[component]
pub fn RoomPage() -> impl IntoView {
    let params = use_params_map();
    let room_url = Memo::new(move |_| params.read().get("room_url").unwrap_or_default());
    let actions = Actions {
        join: ServerAction::new(),
        leave: ServerAction::new(),
        cancel: ServerAction::new(),
        reschedule: ServerAction::new(),
        update: ServerAction::new(),
        remove: ServerAction::new(),
        attend: ServerAction::new(),
        cannot: ServerAction::new(),
        report: ServerAction::new(),
        dispute: ServerAction::new(),
    };
    let version = move || {
        actions.join.version().get()
            + actions.leave.version().get()
            + actions.cancel.version().get()
            + actions.reschedule.version().get()
            + actions.update.version().get()
            + actions.remove.version().get()
            + actions.attend.version().get()
            + actions.cannot.version().get()
            + actions.report.version().get()
            + actions.dispute.version().get()
    };
    // The other side joining, leaving or moving the stage; known once the room is read.
    let room_id = RwSignal::new(None);
    let changes = use_live().room(room_id);
    let room = Resource::new(
        move || (room_url.get(), version(), changes.get()),
        |(url, _, _)| get_room(url),
    );
    // Made here, outside the Suspend below, as every resource of this page must be (see
    // `practice_resource`); read only by the practice part, for its host and guest.
    let practice_actions = PracticeActions::new();
    let practice = practice_resource(
        room_url,
        room_id,
        Signal::derive(move || version() + changes.get() as usize),
        practice_actions,
    );
    view! {
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading the session…"</p> }>
            {move || {
                let practice = practice.clone();
                Suspend::new(async move {
                match room.await {
                    Ok(view) => {
                        room_id.set(Some(view.id));
                        let practice = Practiced { data: practice, actions: practice_actions };
                        view! { <RoomDetails room=view actions practice/> }.into_any()
                    }
                    Err(AppError::NotFound) => view! { <RoomNotFound room_url=room_url.get_untracked()/> }.into_any(),
                    Err(error) => view! { <Title text="Session"/> <ErrorNotice error/> }.into_any(),
                }
            })}}
        </Transition>
    }
}

#[component]
fn RoomNotFound(room_url: String) -> impl IntoView {
    #[cfg(feature = "ssr")]
    crate::host::request::set_status(axum::http::StatusCode::NOT_FOUND);
    let next = format!("/s/{room_url}");
    view! {
        <Title text="Session not found"/>
        <section class="form-card">
            <h1>"Session not found"</h1>
            <p>
                "No session you can see has this link. If someone shared a private session with you, sign in to open it."
            </p>
            <div class="button-row">
                <A href=format!("/sign-in?next={next}") attr:class="button">"Sign in"</A>
                <A href="/" attr:class="button button--secondary">"Back to the board"</A>
            </div>
        </section>
    }
}

/// The practice part's data and actions, made by the page.
#[derive(Clone)]
struct Practiced {
    data: PracticeResource,
    actions: PracticeActions,
}

#[component]
fn RoomDetails(room: RoomView, actions: Actions, practice: Practiced) -> impl IntoView {
    let title = match room.exam_preset {
        Some(p) => format!("{} session · {}", room.room_type.code(), p.code()),
        None => format!("{} session", room.room_type.code()),
    };
    let upcoming = !room.cancelled && !room.started && room.datetime_utc > chrono::Utc::now();
    let status = if room.cancelled {
        view! { <p class="notice notice--error" role="status">"This session was cancelled by the host."</p> }.into_any()
    } else if room.stage == Stage::Finished {
        view! { <p class="notice" role="status">{crate::model::messages::SESSION_FINISHED}</p> }
            .into_any()
    } else {
        match room.viewer {
            Viewer::Host if room.is_open => view! { <p class="notice notice--info">"You are hosting. The guest seat is open."</p> }.into_any(),
            Viewer::Host => view! { <p class="notice notice--success">"You are hosting, and your partner has joined."</p> }.into_any(),
            Viewer::Guest => view! { <p class="notice notice--success">"You have joined this session."</p> }.into_any(),
            _ if room.is_open => view! { <p class="notice notice--info">"The guest seat is open."</p> }.into_any(),
            _ => view! { <p class="notice notice--warning">"This session is full: someone has already taken the seat."</p> }.into_any(),
        }
    };
    let host = room.host.clone();
    let guest = room.guest.clone();
    let participant = matches!(room.viewer, Viewer::Host | Viewer::Guest);
    // The practice itself is for the two of them, once both are there.
    let practising = participant && room.guest.is_some() && !room.cancelled;
    // Once round 1 has begun the practice leads and the details fold away.
    let under_way = practising && room.started;
    let finished = room.stage == Stage::Finished;
    let lead = practice.clone();
    view! {
        <Title text=title.clone()/>
        <nav class="breadcrumbs" aria-label="Breadcrumb">
            <A href="/">"Board"</A>
            " / "
            <span aria-current="page">"Session"</span>
        </nav>
        <section class="room">
            <h1>{title}</h1>
            {status}
            // A finished session's summary (both rounds, as they ended) hydrates as a later
            // part; a running round does not (components/practice.rs, `PracticeBody`).
            {under_way.then(|| {
                let (practice, actions) = (lead.data, lead.actions);
                if finished {
                    Either::Left(later(move || view! { <PracticePart practice actions/> }))
                } else {
                    Either::Right(view! { <PracticePart practice actions/> })
                }
            })}
            // Erased: the page's view type is otherwise too deep for rustc's layout queries.
            {view! {
            <details class="room__details" open=!under_way>
            <summary>"Session details"</summary>
            <dl class="facts">
                <div><dt>"When"</dt><dd><time datetime=room.datetime_utc.to_rfc3339()>{room.when.clone()}</time>{room.partner_time.clone().map(|t| view! { " · " <span class="muted">{t}</span> })}</dd></div>
                <div><dt>"Length"</dt><dd>"60 minutes: two rounds, each of you the candidate once"</dd></div>
                <div><dt>"Type"</dt><dd>{room.room_type.code()}</dd></div>
                <div><dt>"Exam"</dt><dd>{room.exam_preset.map(|p| p.code()).unwrap_or("No particular exam")}</dd></div>
                <div><dt>"Visibility"</dt><dd>{if room.private { "Private: only people with the invite link" } else { "Public: on the scheduling board" }}</dd></div>
                <div>
                    <dt>"Host"</dt>
                    <dd class="person">
                        <Avatar person=host.clone()/>
                        <span>{host.full_name()} <span class="muted">" · " {host.training_level.label()} " · " {room.host_record.clone()}</span></span>
                    </dd>
                </div>
                {participant.then(|| view! {
                    <div>
                        <dt>"Guest"</dt>
                        <dd class="person">
                            {match guest {
                                Some(g) => view! {
                                    <Avatar person=g.clone()/>
                                    <span>{g.full_name()} <span class="muted">" · " {g.training_level.label()} " · " {room.guest_record.clone().unwrap_or_default()}</span></span>
                                }.into_any(),
                                None => view! { <span class="muted">"Nobody yet"</span> }.into_any(),
                            }}
                        </dd>
                    </div>
                })}
            </dl>
            </details>
            }.into_any()}
            // Each of these hydrates in a task of its own, after the details above
            // (components/later.rs): a phone is never blocked for the whole page at once.
            {match room.attendance {
                Some(attendance) if practising && upcoming => {
                    let room = room.clone();
                    Some(later(move || view! { <AttendanceBox room attendance actions/> }))
                }
                _ => None,
            }}
            {room.after.clone().map(|after| {
                let room = room.clone();
                later(move || view! { <AfterBox room after actions/> })
            })}
            {(!under_way).then(|| {
                let room = room.clone();
                later(move || view! { <RoomActions room actions upcoming/> })
            })}
        </section>
        {(practising && !under_way).then(|| {
            let (practice, actions) = (practice.data, practice.actions);
            later(move || view! { <PracticePart practice actions/> })
        })}
    }
}

// The practice and the host's tools come in WASM chunks of their own
// (`cargo leptos build --split`): a visitor's page loads neither, a guest's not the
// host's tools. A page that arrives with one of them server-rendered loads its chunk
// before it hydrates (`preload_rendered_parts`, from the route in app.rs), so the part
// hydrates at once; one that appears later (a partner joins, a round starts) loads it
// then, behind the room's `Transition`.

#[lazy]
fn practice_part(practice: PracticeResource, actions: PracticeActions) -> AnyView {
    view! { <Practice practice actions/> }.into_any()
}

#[lazy]
fn host_tools_part(room: RoomView, actions: Actions) -> AnyView {
    view! { <HostTools room actions/> }.into_any()
}

#[component]
fn PracticePart(practice: PracticeResource, actions: PracticeActions) -> impl IntoView {
    at_once_or_later(practice_part(practice, actions))
}

#[component]
fn HostToolsPart(room: RoomView, actions: Actions) -> impl IntoView {
    at_once_or_later(host_tools_part(room, actions))
}

/// A lazily loaded part, drawn at once when its code is there (always on the server;
/// in the browser once `preload_rendered_parts` or an earlier visit loaded it), or when
/// its chunk arrives. Drawn at once it is plain markup, as the server drew it, and
/// hydrates in place; a part still loading while the page hydrates would leave
/// hydration to go on past it, which is why the route loads the chunks of the parts
/// the server drew before it hydrates (`RoomRoute::preload` in app.rs).
fn at_once_or_later(
    part: impl std::future::Future<Output = AnyView> + Send + 'static,
) -> impl IntoView {
    use std::task::{Context, Poll, Waker};
    let mut part = Box::pin(part);
    match part.as_mut().poll(&mut Context::from_waker(Waker::noop())) {
        Poll::Ready(view) => Either::Left(view),
        Poll::Pending => Either::Right(Suspend::new(part)),
    }
}

/// Loads the chunk of each lazily loaded part the server rendered into this page
/// (marked `data-part`), so that hydrating finds its code ready.
#[cfg(feature = "hydrate")]
pub async fn preload_rendered_parts() {
    let rendered = |selector: &str| document().query_selector(selector).ok().flatten().is_some();
    // Known before either loads: loading one changes nothing in the page.
    let practice = rendered("[data-part=practice]");
    let host_tools = rendered("[data-part=host-tools]");
    if practice {
        __preload_practice_part().await;
    }
    if host_tools {
        __preload_host_tools_part().await;
    }
}

#[component]
fn RoomActions(room: RoomView, actions: Actions, upcoming: bool) -> impl IntoView {
    let path = format!("/s/{}", room.room_url);
    let calendar = (!matches!(
        room.viewer,
        Viewer::Anonymous | Viewer::NeedsProfile | Viewer::Visitor
    ))
    .then(|| {
        view! {
            // A GET form: a real button, and the browser downloads the file.
            <form method="get" action=format!("{path}/calendar.ics") class="inline-form">
                <button type="submit" class="button button--secondary">"Add to calendar"</button>
            </form>
        }
    });
    let body = match room.viewer {
        _ if !upcoming => ().into_any(),
        Viewer::Anonymous if room.is_open => view! {
            <form method="get" action="/sign-in" class="inline-form">
                <input type="hidden" name="next" value=path.clone()/>
                <button type="submit" class="button">"Join"</button>
            </form>
            <p class="hint">"You will be asked to sign in first."</p>
        }.into_any(),
        Viewer::NeedsProfile if room.is_open => view! {
            <form method="get" action="/profile" class="inline-form">
                <input type="hidden" name="next" value=path.clone()/>
                <button type="submit" class="button">"Join"</button>
            </form>
            <p class="hint">"Set up your profile first: your partner sees your name and training level."</p>
        }.into_any(),
        Viewer::Visitor if room.is_open => view! {
            <ActionError value=outcome(actions.join)/>
            <ActionForm action=actions.join attr:class="inline-form">
                <input type="hidden" name="room_url" value=room.room_url.clone()/>
                <button type="submit" class="button">"Join"</button>
            </ActionForm>
        }.into_any(),
        Viewer::Guest => view! {
            <ActionError value=outcome(actions.leave)/>
            <ActionForm action=actions.leave attr:class="inline-form">
                <input type="hidden" name="room" value=room.id.to_string()/>
                <button type="submit" class="button button--secondary">"Leave"</button>
            </ActionForm>
        }.into_any(),
        Viewer::Host => view! { <HostToolsPart room=room.clone() actions/> }.into_any(),
        _ => ().into_any(),
    };
    view! {
        <div class="room-actions">
            <div class="button-row">{calendar}</div>
            {body}
        </div>
    }
}

#[component]
fn HostTools(room: RoomView, actions: Actions) -> impl IntoView {
    let id = room.id.to_string();
    let copied = RwSignal::new(None::<&'static str>);
    let path = format!("/s/{}", room.room_url);
    let invite = {
        let path = path.clone();
        move || {
            #[cfg(feature = "hydrate")]
            {
                window()
                    .location()
                    .origin()
                    .map(|o| format!("{o}{path}"))
                    .unwrap_or_else(|_| path.clone())
            }
            #[cfg(not(feature = "hydrate"))]
            {
                path.clone()
            }
        }
    };
    let invite_value = invite.clone();
    let copy = move |_| {
        #[cfg(feature = "hydrate")]
        {
            let promise = window().navigator().clipboard().write_text(&invite());
            leptos::task::spawn_local(async move {
                match wasm_bindgen_futures::JsFuture::from(promise).await {
                    Ok(_) => copied.set(Some("Invite link copied.")),
                    Err(_) => {
                        copied.set(Some("Could not copy: select the link above and copy it."))
                    }
                }
            });
        }
    };
    let room_type = room.room_type;
    let preset = room.exam_preset;
    let has_guest = !room.is_open;
    let cancel_id = StoredValue::new(id.clone());
    let remove_id = id.clone();
    let reschedule_id = id.clone();
    let update_id = id;
    view! {
        <section class="panel" aria-labelledby="invite-heading" data-part="host-tools">
            <h2 id="invite-heading">"Invite your partner"</h2>
            <div class="field">
                <label for="invite-link">"Invite link"</label>
                <input id="invite-link" type="text" readonly value=invite_value aria-describedby="invite-hint"/>
                <p class="hint" id="invite-hint">
                    {if room.private { "Anyone signed in who has this link can see and join the session." } else { "The session is also on the board." }}
                </p>
            </div>
            <div class="button-row">
                <button type="button" class="button" on:click=copy>"Copy invite link"</button>
            </div>
            <p role="status" class="hint">{move || copied.get()}</p>
        </section>

        {has_guest.then(|| view! {
            <section class="panel" aria-labelledby="guest-heading">
                <h2 id="guest-heading">"Your guest"</h2>
                <ActionError value=outcome(actions.remove)/>
                <ActionForm action=actions.remove attr:class="inline-form">
                    <input type="hidden" name="room" value=remove_id/>
                    <button type="submit" class="button button--secondary">"Remove guest"</button>
                </ActionForm>
                <p class="hint">"The seat opens again and your guest is told."</p>
            </section>
        })}

        <section class="panel" aria-labelledby="reschedule-heading">
            <h2 id="reschedule-heading">"Reschedule"</h2>
            <ActionError value=outcome(actions.reschedule)/>
            <ActionForm action=actions.reschedule>
                <input type="hidden" name="room" value=reschedule_id/>
                <div class="field-row">
                    <div class="field">
                        <label for="reschedule-date">"New date"</label>
                        <input id="reschedule-date" type="date" name="date" required value=room.local_date.clone() data-utc=room.datetime_utc.to_rfc3339()/>
                    </div>
                    <div class="field">
                        <label for="reschedule-time">"New time"</label>
                        <input id="reschedule-time" type="time" name="time" required value=room.local_time.clone() data-utc=room.datetime_utc.to_rfc3339()/>
                    </div>
                </div>
                <p class="hint">"In your time zone, " <span data-zone="">{room.zone.clone()}</span> ". Your guest is told of the change."</p>
                <button type="submit" class="button">"Reschedule"</button>
            </ActionForm>
        </section>

        <section class="panel" aria-labelledby="settings-heading">
            <h2 id="settings-heading">"Session settings"</h2>
            <ActionError value=outcome(actions.update)/>
            <ActionForm action=actions.update>
                <input type="hidden" name="room" value=update_id/>
                <KindFields id_prefix="settings" room_type=Some(room_type) exam_preset=preset/>
                <div class="field field--check">
                    <input id="settings-private" type="checkbox" name="private" value="on" checked=room.private/>
                    <label for="settings-private">"Private"</label>
                </div>
                <button type="submit" class="button">"Save changes"</button>
            </ActionForm>
        </section>

        <section class="panel danger-zone" aria-labelledby="cancel-heading">
            <h2 id="cancel-heading">"Cancel this session"</h2>
            <ActionError value=outcome(actions.cancel)/>
            <Confirm
                id="cancel-session"
                label="Cancel session"
                question="Cancel this session for good? Your guest, if you have one, is told.".to_string()
                keep="Keep session"
            >
                <ActionForm action=actions.cancel attr:class="inline-form">
                    <input type="hidden" name="room" value=cancel_id.get_value()/>
                    <button type="submit" class="button button--danger">"Yes, cancel it"</button>
                </ActionForm>
            </Confirm>
        </section>
    }
}

/// Whether each of the two will be there: my answer to give, and my partner's.
#[component]
fn AttendanceBox(room: RoomView, attendance: Attendance, actions: Actions) -> impl IntoView {
    let partner = match room.viewer {
        Viewer::Host => room.guest.as_ref().map(|g| g.first_name.clone()),
        _ => Some(room.host.first_name.clone()),
    }
    .unwrap_or_default();
    let theirs = if attendance.partner {
        format!("{partner} has said they will be there.")
    } else {
        format!("{partner} has not said yet whether they will be there.")
    };
    let consequence = if room.viewer == Viewer::Host {
        "This cancels the session, and your guest is told."
    } else {
        "This frees your seat for someone else, and your host is told."
    };
    let room_id = room.id.to_string();
    view! {
        <section class="attendance" aria-labelledby="attendance-heading">
            <h2 id="attendance-heading">"Will you be there?"</h2>
            <p class=if attendance.partner { "notice notice--success" } else { "notice notice--info" }>{theirs}</p>
            {if attendance.me {
                view! { <p>"You have said you will be there."</p> }.into_any()
            } else {
                let room_id = room_id.clone();
                view! {
                    <ActionError value=outcome(actions.attend)/>
                    <ActionForm action=actions.attend attr:class="inline-form">
                        <input type="hidden" name="room" value=room_id/>
                        <button type="submit" class="button">"I'll be there"</button>
                    </ActionForm>
                }.into_any()
            }}
            <ActionError value=outcome(actions.cannot)/>
            <Confirm
                id="cannot-make-it"
                label="I can't make it"
                question=format!("Can't make it? {consequence}")
                keep="I'll be there after all"
            >
                <ActionForm action=actions.cannot attr:class="inline-form">
                    <input type="hidden" name="room" value=room_id/>
                    <button type="submit" class="button button--danger">"Yes, I can't make it"</button>
                </ActionForm>
            </Confirm>
        </section>
    }
}

/// After the session: whether each came. A started round settles it; otherwise each
/// may say whether the other came, and the one said not to have come may dispute it.
#[component]
fn AfterBox(room: RoomView, after: AttendanceRecord, actions: Actions) -> impl IntoView {
    let partner = match room.viewer {
        Viewer::Host => room.guest.as_ref().map(|g| g.first_name.clone()),
        _ => Some(room.host.first_name.clone()),
    }
    .unwrap_or_default();
    let room_id = room.id.to_string();
    let mine = match after.my_report {
        _ if after.started => {
            view! { <p>"A round started, so you both count as having come."</p> }.into_any()
        }
        Some(true) => view! { <p>{format!("You said {partner} came.")}</p> }.into_any(),
        Some(false) => view! { <p>{format!("You said {partner} did not come.")}</p> }.into_any(),
        None if after.can_report => {
            let (yes, no) = (room_id.clone(), room_id.clone());
            let ask = format!("Did {partner} come? Your answer goes into their attendance record.");
            let (came, missed) = (
                format!("Yes, {partner} came"),
                format!("No, {partner} did not come"),
            );
            view! {
                <p>{ask}</p>
                <ActionError value=outcome(actions.report)/>
                <div class="button-row">
                    <ActionForm action=actions.report attr:class="inline-form">
                        <input type="hidden" name="room" value=yes/>
                        <input type="hidden" name="came" value="yes"/>
                        <button type="submit" class="button">{came}</button>
                    </ActionForm>
                    <ActionForm action=actions.report attr:class="inline-form">
                        <input type="hidden" name="room" value=no/>
                        <input type="hidden" name="came" value="no"/>
                        <button type="submit" class="button button--secondary">{missed}</button>
                    </ActionForm>
                </div>
            }
            .into_any()
        }
        None => ().into_any(),
    };
    let theirs = match after.their_report {
        Some(false) if after.disputed => Some(view! {
            <p class="notice notice--info">{format!("{partner} said you did not come. You disputed it, so it counts for neither of you.")}</p>
        }.into_any()),
        Some(false) => Some(view! {
            <p class="notice notice--warning">{format!("{partner} said you did not come.")}</p>
            {after.can_dispute.then(|| view! {
                <ActionError value=outcome(actions.dispute)/>
                <ActionForm action=actions.dispute attr:class="inline-form">
                    <input type="hidden" name="room" value=room_id.clone()/>
                    <button type="submit" class="button button--secondary">"Dispute it: I was there"</button>
                </ActionForm>
                <p class="hint">"Disputed within 48 hours, the report counts for neither of you."</p>
            })}
        }.into_any()),
        _ => None,
    };
    view! {
        <section class="attendance" aria-labelledby="after-heading">
            <h2 id="after-heading">"Who came"</h2>
            {mine}
            {theirs}
        </section>
    }
}
