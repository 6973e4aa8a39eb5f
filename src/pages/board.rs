//! The scheduling board: upcoming public sessions, soonest first (the home page).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::board::upcoming_sessions;
use crate::components::avatar::Avatar;
use crate::components::error_view::ErrorNotice;
use crate::components::time::session_time;
use crate::model::BoardRoom;

#[component]
pub fn BoardPage() -> impl IntoView {
    let query = use_query_map();
    let open_only = Memo::new(move |_| query.read().get("open").as_deref() == Some("1"));
    let sessions = Resource::new(move || open_only.get(), upcoming_sessions);

    view! {
        <Title text="Scheduling board"/>
        <section class="intro">
            <h1>"Scheduling board"</h1>
            <p class="lead">
                "Pick a session that suits you, or host your own: two rounds, each of you the candidate once, with feedback on every round."
            </p>
        </section>
        <nav class="segmented" aria-label="Which sessions">
            <a href="/" aria-current=move || (!open_only.get()).then_some("page")>
                "All sessions"
            </a>
            <a href="/?open=1" aria-current=move || open_only.get().then_some("page")>
                "Open seats only"
            </a>
        </nav>
        <Suspense fallback=|| view! { <p class="muted" role="status">"Loading sessions…"</p> }>
            {move || Suspend::new(async move {
                match sessions.await {
                    Ok(list) if list.is_empty() => {
                        view! {
                            <p class="empty" role="status">
                                "No upcoming sessions yet. Check back soon, or host one yourself."
                            </p>
                        }
                            .into_any()
                    }
                    Ok(list) => {
                        view! {
                            <ul class="session-list" aria-label="Upcoming sessions">
                                {list
                                    .into_iter()
                                    .map(|session| view! { <SessionCard session/> })
                                    .collect_view()}
                            </ul>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn SessionCard(session: BoardRoom) -> impl IntoView {
    let BoardRoom {
        datetime_utc,
        room_type,
        host,
        is_open,
        ..
    } = session;
    let host_name = host.full_name();
    let level = host.training_level.label();
    let (status, status_class) = if is_open {
        ("Open", "badge badge--open")
    } else {
        ("Full", "badge badge--full")
    };
    view! {
        <li class="session-card">
            <Avatar person=host/>
            <div class="session-card__body">
                <p class="session-card__time">
                    <time datetime=datetime_utc.to_rfc3339()>{session_time(datetime_utc)}</time>
                    <span class="muted">" · 60 min"</span>
                </p>
                <p class="session-card__host">
                    {host_name} <span class="muted">" · " {level}</span>
                </p>
            </div>
            <div class="session-card__meta">
                <span class="badge">{room_type.as_str()}</span>
                <span class=status_class>{status}</span>
            </div>
        </li>
    }
}
