//! My sessions: updates about them, then the sessions a trainee hosts or has joined,
//! upcoming and past.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::api::sessions::{get_my_sessions, room_path, DismissUpdate};
use crate::components::assessment::feedback_badge;
use crate::components::auth::use_auth;
use crate::components::avatar::Avatar;
use crate::components::error_view::ErrorNotice;
use crate::components::later::later;
use crate::components::live::use_live;
use crate::components::schedule::ScheduleLauncher;
use crate::model::{MySessionView, Seat, SessionUpdate, Stage};

#[component]
pub fn MySessionsPage() -> impl IntoView {
    let auth = use_auth();
    let dismiss = ServerAction::<DismissUpdate>::new();
    auth.follow(dismiss);
    let changes = use_live().mine();
    let sessions = Resource::new(
        move || (dismiss.version().get(), changes.get()),
        |_| get_my_sessions(),
    );
    view! {
        <Title text="My sessions"/>
        <section class="intro intro--with-action">
            <div>
                <h1>"My sessions"</h1>
                <p class="lead">"The sessions you host or have joined."</p>
            </div>
            {later(|| view! { <ScheduleLauncher open=false return_to="/my-sessions"/> })}
        </section>
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading your sessions…"</p> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(Some(mine)) => {
                        // Each list hydrates in a task of its own (components/later.rs).
                        view! {
                            {later(move || view! { <Updates updates=mine.updates dismiss/> })}
                            <section aria-labelledby="upcoming-heading">
                                <h2 id="upcoming-heading">"Upcoming"</h2>
                                {later(move || view! {
                                    <SessionList
                                        sessions=mine.upcoming
                                        empty="Nothing booked yet. Join a session on the board, or schedule your own."
                                        label="Upcoming sessions"
                                    />
                                })}
                            </section>
                            // A session finished early (before its slot) belongs here too,
                            // marked "Finished", though its time is still ahead.
                            <section aria-labelledby="past-heading">
                                <h2 id="past-heading">"Finished and past"</h2>
                                {later(move || view! { <SessionList sessions=mine.past empty="No finished or past sessions yet." label="Finished and past sessions"/> })}
                            </section>
                            <p class="muted">"Times in " <span data-zone="">{mine.zone}</span> "."</p>
                        }
                            .into_any()
                    }
                    Ok(None) => {
                        view! {
                            <section class="form-card">
                                <p>"Sign in to see the sessions you host or have joined."</p>
                                <A href="/sign-in?next=/my-sessions" attr:class="button">"Sign in"</A>
                            </section>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Updates(updates: Vec<SessionUpdate>, dismiss: ServerAction<DismissUpdate>) -> impl IntoView {
    (!updates.is_empty()).then(|| {
        view! {
            <section class="panel updates" aria-labelledby="updates-heading">
                <h2 id="updates-heading">"What changed"</h2>
                <ul class="update-list">
                    {updates
                        .into_iter()
                        .map(|u| {
                            view! {
                                <li class="update">
                                    <p>
                                        {u.message}
                                        {if u.kind.about_partners() {
                                            Some(view! { " " <A href="/partners">"Find a partner"</A> }.into_any())
                                        } else {
                                            u.room_url.map(|url| view! { " " <A href=room_path(&url)>"Open the session"</A> }.into_any())
                                        }}
                                    </p>
                                    <ActionForm action=dismiss attr:class="inline-form">
                                        <input type="hidden" name="id" value=u.id.to_string()/>
                                        <button type="submit" class="link-button">"Dismiss"</button>
                                    </ActionForm>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
                <ActionForm action=dismiss attr:class="inline-form">
                    <button type="submit" class="button button--secondary">"Dismiss all"</button>
                </ActionForm>
            </section>
        }
    })
}

#[component]
fn SessionList(
    sessions: Vec<MySessionView>,
    empty: &'static str,
    label: &'static str,
) -> impl IntoView {
    if sessions.is_empty() {
        return view! { <p class="empty">{empty}</p> }.into_any();
    }
    view! {
        <ul class="session-list" aria-label=label>
            {sessions
                .into_iter()
                .map(|MySessionView { session, when }| {
                    let role = match session.seat {
                        Seat::Host => "You host",
                        Seat::Guest => "You joined",
                    };
                    let partner = match &session.partner {
                        Some(p) => format!("with {}", p.full_name()),
                        None => "waiting for a partner".to_string(),
                    };
                    let avatar = session.partner.clone().map(|person| view! { <Avatar person/> });
                    view! {
                        <li class="session-card">
                            {avatar}
                            <div class="session-card__body">
                                <p class="session-card__time">
                                    <A href=room_path(&session.room_url)>
                                        <time datetime=session.datetime_utc.to_rfc3339()>{when}</time>
                                    </A>
                                </p>
                                <p>{role} " · " {partner}</p>
                            </div>
                            <div class="session-card__meta">
                                <span class="badge">{session.room_type.code()}</span>
                                {session.exam_preset.map(|p| view! { <span class="badge">{p.code()}</span> })}
                                {session.private.then(|| view! { <span class="badge">"Private"</span> })}
                                {session.cancelled.then(|| view! { <span class="badge badge--full">"Cancelled"</span> })}
                                {(session.stage == Stage::Finished).then(|| view! { <span class="badge badge--open">"Finished"</span> })}
                                {feedback_badge(&session.feedback).map(|(class, text)| view! { <span class=class>{text}</span> })}
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
