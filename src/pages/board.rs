//! The scheduling board: upcoming public sessions, soonest first (the home page), with
//! filters kept in the URL, pages by cursor, and the "Schedule session" form.

use leptos::either::{Either, EitherOf4};
use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::Form;
use leptos_router::hooks::use_query_map;

use crate::api::board::get_board;
use crate::api::sessions::{room_path, JoinSession};
use crate::components::auth::use_auth;
use crate::components::avatar::Avatar;
use crate::components::error_view::ErrorNotice;
use crate::components::later::later;
use crate::components::live::use_live;
use crate::components::schedule::ScheduleLauncher;
use crate::model::{BoardQuery, BoardRoom, RoomType, Seat, TrainingLevel, BOARD_COUNT_CAP};

#[component]
pub fn BoardPage() -> impl IntoView {
    let query = use_query_map();
    let board_query = Memo::new(move |_| {
        let q = query.read();
        BoardQuery {
            r#type: q.get("type"),
            from: q.get("from"),
            to: q.get("to"),
            open: q.get("open"),
            level: q.get("level"),
            after: q.get("after"),
            before: q.get("before"),
        }
    });
    let auth = use_auth();
    let join = ServerAction::<JoinSession>::new();
    // Someone else's new, joined, cancelled or moved session redraws the board.
    let changes = use_live().any();
    let board = Resource::new(
        move || (board_query.get(), join.version().get(), changes.get()),
        |(q, _, _)| get_board(q),
    );
    let open_form = Memo::new(move |_| query.read().get("schedule").as_deref() == Some("1"));

    view! {
        <Title text="Scheduling board"/>
        <section class="intro intro--with-action">
            <div>
                <h1>"Scheduling board"</h1>
                <p class="lead">
                    "Pick a session that suits you, or host your own: two rounds, each of you the candidate once, with feedback on every round."
                </p>
            </div>
            <ScheduleLauncher open=open_form.get_untracked() return_to="/?schedule=1"/>
        </section>
        // Drawn again whenever the URL changes (a shared link, "Clear filters", Back).
        {move || {
            let query = board_query.get();
            later(move || view! { <Filters query/> })
        }}
        {move || {
            join.value()
                .get()
                .and_then(Result::err)
                .map(|error| view! { <ErrorNotice error/> })
        }}
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading sessions…"</p> }>
            {move || Suspend::new(async move {
                // Read before rendering the cards, so the server and the browser draw the
                // same Join buttons.
                let signed_in = matches!(auth.user.await, Ok(Some(_)));
                match board.await {
                    Ok(slice) => {
                        let summary = match slice.total {
                            0 => "No sessions match.".to_string(),
                            1 => "1 session".to_string(),
                            n if n > BOARD_COUNT_CAP => "More than 1,000 sessions".to_string(),
                            n => format!("{n} sessions"),
                        };
                        // `Either` rather than `into_any()`: each erased view type costs its
                        // own copy of every rendering path in the browser bundle.
                        let list = if slice.sessions.is_empty() {
                            Either::Left(view! {
                                <p class="empty">
                                    "No upcoming sessions match. Try other filters, or host one yourself."
                                </p>
                            })
                        } else {
                            // The cards hydrate in a task of their own (components/later.rs).
                            let sessions = slice.sessions;
                            Either::Right(later(move || view! {
                                <ul class="session-list" aria-label="Upcoming sessions">
                                    {sessions
                                        .into_iter()
                                        .map(|session| view! { <SessionCard session join signed_in/> })
                                        .collect_view()}
                                </ul>
                            }))
                        };
                        Either::Left(view! {
                            <p class="board-summary" role="status">
                                <strong>{summary}</strong>
                                <span class="muted">" · times in " <span data-zone="">{slice.zone}</span></span>
                            </p>
                            {slice.demand.map(|d| view! {
                                <p class="notice notice--info">{d} " " <a href="/partners">"Ask to be matched"</a></p>
                            })}
                            {list}
                            <Pager query=board_query previous=slice.previous next=slice.next/>
                        })
                    }
                    Err(error) => Either::Right(view! { <ErrorNotice error/> }),
                }
            })}
        </Transition>
    }
}

/// The filters, as a GET form: submitting it changes the URL, so a filtered board can
/// be shared, and works before the page has hydrated.
#[component]
fn Filters(query: BoardQuery) -> impl IntoView {
    let q = query;
    let room_type = q.r#type.clone().unwrap_or_default();
    let level = q.level.clone().unwrap_or_default();
    let open_only = q.open.as_deref() == Some("1");
    let filtered =
        q.r#type.is_some() || q.from.is_some() || q.to.is_some() || q.level.is_some() || open_only;
    view! {
        <Form method="GET" action="/" attr:class="filters" attr:aria-label="Filter sessions">
            <div class="field">
                <label for="filter-type">"Kind of session"</label>
                <select id="filter-type" name="type">
                    <option value="" selected=room_type.is_empty()>"Any type"</option>
                    {RoomType::ALL
                        .into_iter()
                        .map(|t| {
                            view! {
                                <option value=t.code() selected=room_type == t.code()>
                                    {t.code()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field">
                <label for="filter-from">"From"</label>
                <input id="filter-from" type="date" name="from" value=q.from.clone()/>
            </div>
            <div class="field">
                <label for="filter-to">"To"</label>
                <input id="filter-to" type="date" name="to" value=q.to.clone()/>
            </div>
            <div class="field">
                <label for="filter-level">"Host's training level"</label>
                <select id="filter-level" name="level">
                    <option value="" selected=level.is_empty()>"Any level"</option>
                    {TrainingLevel::ALL
                        .into_iter()
                        .map(|l| {
                            view! {
                                <option value=l.code() selected=level == l.code()>
                                    {l.label()}
                                </option>
                            }
                        })
                        .collect_view()}
                </select>
            </div>
            <div class="field field--check">
                <input id="filter-open" type="checkbox" name="open" value="1" checked=open_only/>
                <label for="filter-open">"Open seats only"</label>
            </div>
            <div class="button-row filters__actions">
                <button type="submit" class="button">"Apply filters"</button>
                {filtered.then(|| view! { <a href="/" class="button button--secondary">"Clear filters"</a> })}
            </div>
        </Form>
    }
}

/// Earlier and later pages, keeping the filters.
#[component]
fn Pager(query: Memo<BoardQuery>, previous: Option<String>, next: Option<String>) -> impl IntoView {
    let href = move |after: Option<String>, before: Option<String>| {
        page_href(&query.get_untracked(), after, before)
    };
    (previous.is_some() || next.is_some()).then(|| {
        view! {
            <nav class="pager" aria-label="Pages">
                {previous.map(|c| view! { <a href=href(None, Some(c)) class="button button--secondary">"← Earlier sessions"</a> })}
                {next.map(|c| view! { <a href=href(Some(c), None) class="button button--secondary">"Later sessions →"</a> })}
            </nav>
        }
    })
}

/// The board's address for another page under the same filters (empty ones dropped).
fn page_href(query: &BoardQuery, after: Option<String>, before: Option<String>) -> String {
    let keep = |v: &Option<String>| v.clone().filter(|v| !v.is_empty());
    let page = BoardQuery {
        r#type: keep(&query.r#type),
        from: keep(&query.from),
        to: keep(&query.to),
        open: keep(&query.open),
        level: keep(&query.level),
        after,
        before,
    };
    format!("/?{}", serde_qs::to_string(&page).unwrap_or_default())
}

#[component]
fn SessionCard(
    session: BoardRoom,
    join: ServerAction<JoinSession>,
    signed_in: bool,
) -> impl IntoView {
    let BoardRoom {
        id,
        room_url,
        datetime_utc,
        when,
        room_type,
        exam_preset,
        host,
        is_open,
        my_seat,
        host_record,
    } = session;
    let host_name = host.full_name();
    let level = host.training_level.label();
    let (status, status_class) = if is_open {
        ("Open", "badge badge--open")
    } else {
        ("Full", "badge badge--full")
    };
    let path = room_path(&room_url);
    // The buttons are named just "Join"; which session they join is their description.
    let described = format!("session-{id}");
    let action = match my_seat {
        Some(Seat::Host) => EitherOf4::A(view! { <span class="badge">"You host"</span> }),
        Some(Seat::Guest) => EitherOf4::A(view! { <span class="badge">"You joined"</span> }),
        None if !is_open => EitherOf4::B(()),
        None => {
            if signed_in {
                EitherOf4::C(view! {
                    <ActionForm action=join attr:class="inline-form">
                        <input type="hidden" name="room" value=id.to_string()/>
                        <button type="submit" class="button" aria-describedby=format!("session-{id}")>
                            "Join"
                        </button>
                    </ActionForm>
                })
            } else {
                // Anonymous: joining asks them to sign in, then brings them back here.
                EitherOf4::D(view! {
                    <form method="get" action="/sign-in" class="inline-form">
                        <input type="hidden" name="next" value=path.clone()/>
                        <button type="submit" class="button" aria-describedby=format!("session-{id}")>
                            "Join"
                        </button>
                    </form>
                })
            }
        }
    };
    view! {
        <li class="session-card">
            <Avatar person=host/>
            <div class="session-card__body" id=described>
                <p class="session-card__time">
                    // Plain links throughout the board: the router navigates them in the
                    // browser all the same, and `<A>` (relative paths, `aria-current`)
                    // would look up the router's context once per card on the server.
                    <a href=path.clone()>
                        <time datetime=datetime_utc.to_rfc3339()>{when.clone()}</time>
                    </a>
                    <span class="muted">" · 60 min"</span>
                </p>
                <p class="session-card__host">
                    {host_name} <span class="muted">" · " {level} " · " {host_record}</span>
                </p>
            </div>
            <div class="session-card__meta">
                <span class="badge">{room_type.code()}</span>
                {exam_preset.map(|p| view! { <span class="badge">{p.code()}</span> })}
                <span class=status_class>{status}</span>
                {action}
            </div>
        </li>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_links_keep_the_filters_and_encode_the_values() {
        let query = BoardQuery {
            r#type: Some("Communication".into()),
            from: Some(String::new()),
            level: Some("fy2".into()),
            open: Some("1".into()),
            after: Some("old".into()),
            ..Default::default()
        };
        assert_eq!(
            page_href(&query, Some("1790000000000000~ab".into()), None),
            "/?type=Communication&open=1&level=fy2&after=1790000000000000%7Eab"
        );
        let odd = BoardQuery {
            level: Some("a b&c".into()),
            ..Default::default()
        };
        assert_eq!(
            page_href(&odd, None, Some("x".into())),
            "/?level=a+b%26c&before=x"
        );
    }
}
