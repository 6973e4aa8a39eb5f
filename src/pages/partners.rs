//! Find a partner: ask to be matched (kind, exam, levels, exam date, time windows),
//! see and change one's requests, stand by for a seat that frees late, take a seat
//! offered, and one's own attendance record. Live: a match or an offer arrives without
//! a reload. Every form works without JavaScript (each answer redirects back here).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::partners::{
    get_partners_page, LeaveStandby, SavePartnerRequest, StandBy, TakeSeat, WithdrawPartnerRequest,
};
use crate::api::sessions::room_path;
use crate::components::error_view::ErrorNotice;
use crate::components::form::ActionError;
use crate::components::live::use_live;
use crate::model::partners::{
    PartnerRequest, PartnersPage, RequestStatus, SeatOffer, Standby, Window, MAX_WINDOWS,
};
use crate::model::{ExamPreset, RoomType, TrainingLevel};

#[derive(Clone, Copy)]
struct Actions {
    save: ServerAction<SavePartnerRequest>,
    withdraw: ServerAction<WithdrawPartnerRequest>,
    stand_by: ServerAction<StandBy>,
    leave: ServerAction<LeaveStandby>,
    take: ServerAction<TakeSeat>,
}

#[component]
pub fn PartnersPage() -> impl IntoView {
    let query = use_query_map();
    let actions = Actions {
        save: ServerAction::new(),
        withdraw: ServerAction::new(),
        stand_by: ServerAction::new(),
        leave: ServerAction::new(),
        take: ServerAction::new(),
    };
    // A match, an offer or a seat taken by someone else arrives as a change to the
    // viewer's own sessions.
    let changes = use_live().mine();
    let page = Resource::new(
        move || {
            (
                // "Change" only changes the URL's `edit`: read again, the form opens filled in.
                (query.read().get("done"), query.read().get("edit")),
                changes.get(),
                actions.save.version().get()
                    + actions.withdraw.version().get()
                    + actions.stand_by.version().get()
                    + actions.leave.version().get()
                    + actions.take.version().get(),
            )
        },
        |_| get_partners_page(),
    );
    let done = move || {
        match query.read().get("done").as_deref() {
        Some("posted") => Some("Your request is posted. We will tell you here and by email as soon as we find you a partner."),
        Some("edited") => Some("Your request is changed."),
        Some("withdrawn") => Some("Your request is withdrawn."),
        Some("standby") => Some("You are on standby. If a seat frees up in that window, we will offer it to you here and by email."),
        Some("left") => Some("You are no longer on standby for that window."),
        _ => None,
    }
    };
    view! {
        <Title text="Find a partner"/>
        <section class="intro">
            <h1>"Find a partner"</h1>
            <p class="lead">
                "Say when you can practise and who with; we pair you with someone who suits, preferring an exam date near yours and someone you have not practised with lately. Or stand by for a seat that frees up at the last minute."
            </p>
        </section>
        {move || done().map(|text| view! { <p role="status" class="notice notice--success">{text}</p> })}
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match page.await {
                    Ok(Some(page)) => {
                        let editing = query
                            .read_untracked()
                            .get("edit")
                            .and_then(|id| page.requests.iter().find(|r| r.id.to_string() == id && r.status == RequestStatus::Open).cloned());
                        view! { <Partners page editing actions/> }.into_any()
                    }
                    Ok(None) => view! {
                        <section class="form-card">
                            <p>"Sign in to ask for a partner."</p>
                            <A href="/sign-in?next=/partners" attr:class="button">"Sign in"</A>
                        </section>
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn Partners(
    page: PartnersPage,
    editing: Option<PartnerRequest>,
    actions: Actions,
) -> impl IntoView {
    let PartnersPage {
        requests,
        standby,
        offers,
        record,
        suspended_until,
        zone,
        my_level,
    } = page;
    view! {
        {suspended_until.map(|until| view! {
            <p class="notice notice--warning" role="status">
                {format!("Hosting and joining are suspended until {until}, after two missed sessions within 30 days. You can still look at the board and your sessions.")}
            </p>
        })}
        <p class="muted">"Your attendance record: " <strong>{record}</strong> "."</p>
        {(!offers.is_empty()).then(|| view! { <Offers offers actions/> })}
        <section aria-labelledby="requests-heading">
            <h2 id="requests-heading">"Your requests"</h2>
            <ActionError value=outcome(actions.withdraw)/>
            {if requests.is_empty() {
                view! { <p class="empty">"No requests yet."</p> }.into_any()
            } else {
                view! {
                    <ul class="session-list" aria-label="Your requests">
                        {requests.into_iter().map(|r| view! { <RequestItem request=r actions/> }).collect_view()}
                    </ul>
                }
                .into_any()
            }}
        </section>
        <RequestForm editing my_level zone=zone.clone() action=actions.save/>
        <StandbySection standby zone actions/>
    }
}

fn outcome<I, T>(action: ServerAction<I>) -> Signal<Option<Result<(), crate::error::AppError>>>
where
    I: leptos::server_fn::ServerFn<Output = T, Error = crate::error::AppError>
        + Clone
        + Send
        + Sync
        + 'static,
    T: Clone + Send + Sync + 'static,
{
    Signal::derive(move || action.value().get().map(|r| r.map(|_| ())))
}

fn kind_and_exam(room_type: Option<RoomType>, exam: Option<ExamPreset>) -> String {
    match (room_type, exam) {
        (Some(t), Some(e)) => format!("{} · {}", t.code(), e.code()),
        (Some(t), None) => format!("{} · any exam", t.code()),
        (None, Some(e)) => format!("Any kind · {}", e.code()),
        (None, None) => "Any kind · any exam".to_string(),
    }
}

#[component]
fn Offers(offers: Vec<SeatOffer>, actions: Actions) -> impl IntoView {
    view! {
        <section class="panel updates" aria-labelledby="offers-heading">
            <h2 id="offers-heading">"Seats offered to you"</h2>
            <ActionError value=outcome(actions.take)/>
            <ul class="update-list">
                {offers
                    .into_iter()
                    .map(|o| {
                        let what = format!(
                            "{}'s session on {} ({})",
                            o.host,
                            o.when,
                            kind_and_exam(Some(o.room_type), o.exam_preset)
                        );
                        let state = match (o.room_url, o.open) {
                            (Some(url), _) => view! { <A href=room_path(&url)>"It is yours: open the session"</A> }.into_any(),
                            (None, true) => view! {
                                <ActionForm action=actions.take attr:class="inline-form">
                                    <input type="hidden" name="id" value=o.id.to_string()/>
                                    <button type="submit" class="button">"Take the seat"</button>
                                </ActionForm>
                            }
                            .into_any(),
                            (None, false) => view! { <span class="muted">"Taken by someone else"</span> }.into_any(),
                        };
                        view! { <li class="update"><p>{what}</p>{state}</li> }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

fn windows_list(windows: Vec<Window>) -> impl IntoView {
    view! { <ul class="plain-list">{windows.into_iter().map(|w| view! { <li>{w.label}</li> }).collect_view()}</ul> }
}

#[component]
fn RequestItem(request: PartnerRequest, actions: Actions) -> impl IntoView {
    let id = request.id.to_string();
    let status = request.status;
    let badge = match status {
        RequestStatus::Open => "badge badge--open",
        RequestStatus::Matched => "badge badge--full",
        _ => "badge",
    };
    let levels = request
        .levels
        .iter()
        .map(|l| l.label())
        .collect::<Vec<_>>()
        .join(", ");
    let heading = kind_and_exam(Some(request.room_type), request.exam_preset);
    let exam_date = request
        .exam_date
        .map(|d| format!("Exam on {}", d.format("%-d %b %Y")));
    let follow = match (status, request.room_url) {
        (RequestStatus::Matched, Some(url)) => {
            view! { <A href=room_path(&url) attr:class="button">"Open the matched session"</A> }.into_any()
        }
        (RequestStatus::Open, _) => view! {
            <A href=format!("/partners?edit={id}") attr:class="button button--secondary">"Change"</A>
            <ActionForm action=actions.withdraw attr:class="inline-form">
                <input type="hidden" name="id" value=id.clone()/>
                <button type="submit" class="button button--secondary">"Withdraw"</button>
            </ActionForm>
        }
        .into_any(),
        _ => ().into_any(),
    };
    view! {
        <li class="session-card session-card--plain">
            <div class="session-card__body">
                <p><strong>{heading}</strong> " " <span class=badge>{status.label()}</span></p>
                {windows_list(request.windows)}
                <p class="muted">{format!("With: {levels}")} {exam_date.map(|d| format!(" · {d}"))}</p>
            </div>
            <div class="session-card__meta">{follow}</div>
        </li>
    }
}

#[component]
fn RequestForm(
    editing: Option<PartnerRequest>,
    my_level: Option<TrainingLevel>,
    zone: String,
    action: ServerAction<SavePartnerRequest>,
) -> impl IntoView {
    let is_edit = editing.is_some();
    let heading = if is_edit {
        "Change your request"
    } else {
        "Ask to be matched"
    };
    let room_type = editing
        .as_ref()
        .map(|r| r.room_type)
        .unwrap_or(RoomType::Clinical);
    let exam = editing.as_ref().and_then(|r| r.exam_preset);
    let exam_date = editing
        .as_ref()
        .and_then(|r| r.exam_date)
        .map(|d| d.to_string())
        .unwrap_or_default();
    let levels: Vec<TrainingLevel> = match &editing {
        Some(r) => r.levels.clone(),
        None => my_level.into_iter().collect(),
    };
    let windows: Vec<Window> = editing
        .as_ref()
        .map(|r| r.windows.clone())
        .unwrap_or_default();
    let id = editing
        .as_ref()
        .map(|r| r.id.to_string())
        .unwrap_or_default();
    view! {
        <section class="form-card form-card--wide" aria-labelledby="request-heading">
            <h2 id="request-heading">{heading}</h2>
            <ActionForm action>
                <input type="hidden" name="form[id]" value=id/>
                <div class="field-row">
                    <div class="field">
                        <label for="request-type">"Kind of session"</label>
                        <select id="request-type" name="form[room_type]">
                            {RoomType::ALL.into_iter().map(|t| view! { <option value=t.code() selected=t == room_type>{t.code()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="request-exam">"Exam"</label>
                        <select id="request-exam" name="form[exam_preset]">
                            <option value="" selected=exam.is_none()>"Any exam"</option>
                            {ExamPreset::ALL.into_iter().map(|x| view! { <option value=x.code() selected=Some(x) == exam>{x.code()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="request-exam-date">"Your exam date (optional)"</label>
                        <input id="request-exam-date" type="date" name="form[exam_date]" value=exam_date/>
                    </div>
                </div>
                <fieldset class="field checks">
                    <legend>"Training levels you would practise with"</legend>
                    {TrainingLevel::ALL
                        .into_iter()
                        .map(|l| {
                            let field = format!("level-{}", l.code());
                            view! {
                                <div class="field--check">
                                    <input type="checkbox" id=field.clone() name=format!("form[levels][{}]", l.code()) value="on" checked=levels.contains(&l)/>
                                    <label for=field>{l.label()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <fieldset class="field">
                    <legend>{format!("When you can, within the next four weeks (times in {zone}; each window at least an hour)")}</legend>
                    {(1..=MAX_WINDOWS)
                        .map(|n| {
                            let w = windows.get(n - 1);
                            let value = |f: fn(&Window) -> String| w.map(f).unwrap_or_default();
                            view! {
                                <div class="field-row">
                                    <div class="field">
                                        <label for=format!("window-date-{n}")>{format!("Window {n}: date")}</label>
                                        <input id=format!("window-date-{n}") type="date" name=format!("form[date_{n}]") value=value(|w| w.date.clone()) required=n == 1/>
                                    </div>
                                    <div class="field">
                                        <label for=format!("window-from-{n}")>{format!("Window {n}: from")}</label>
                                        <input id=format!("window-from-{n}") type="time" step="900" name=format!("form[from_{n}]") value=value(|w| w.from.clone()) required=n == 1/>
                                    </div>
                                    <div class="field">
                                        <label for=format!("window-to-{n}")>{format!("Window {n}: to")}</label>
                                        <input id=format!("window-to-{n}") type="time" step="900" name=format!("form[to_{n}]") value=value(|w| w.to.clone()) required=n == 1/>
                                    </div>
                                </div>
                            }
                        })
                        .collect_view()}
                </fieldset>
                <ActionError value=outcome(action)/>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    {if is_edit { "Save changes" } else { "Find me a partner" }}
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
fn StandbySection(standby: Vec<Standby>, zone: String, actions: Actions) -> impl IntoView {
    view! {
        <section class="form-card form-card--wide" aria-labelledby="standby-heading">
            <h2 id="standby-heading">"Stand by for a seat"</h2>
            <p>"When a guest drops out of a session within a day of it, everyone on standby for that time is offered the seat at once; the first to take it has it."</p>
            <ActionError value=outcome(actions.leave)/>
            {(!standby.is_empty()).then(|| view! {
                <ul class="update-list" aria-label="Your standby windows">
                    {standby
                        .into_iter()
                        .map(|s| view! {
                            <li class="update">
                                <p>{format!("{} · {}", s.window.label, kind_and_exam(s.room_type, s.exam_preset))}</p>
                                <ActionForm action=actions.leave attr:class="inline-form">
                                    <input type="hidden" name="id" value=s.id.to_string()/>
                                    <button type="submit" class="link-button">"Remove"</button>
                                </ActionForm>
                            </li>
                        })
                        .collect_view()}
                </ul>
            })}
            <ActionForm action=actions.stand_by>
                <div class="field-row">
                    <div class="field">
                        <label for="standby-date">"Date"</label>
                        <input id="standby-date" type="date" name="date" required/>
                    </div>
                    <div class="field">
                        <label for="standby-from">"From"</label>
                        <input id="standby-from" type="time" step="900" name="from" required/>
                    </div>
                    <div class="field">
                        <label for="standby-to">"To"</label>
                        <input id="standby-to" type="time" step="900" name="to" required/>
                    </div>
                    <div class="field">
                        <label for="standby-type">"Kind"</label>
                        <select id="standby-type" name="room_type">
                            <option value="">"Any kind"</option>
                            {RoomType::ALL.into_iter().map(|t| view! { <option value=t.code()>{t.code()}</option> }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="standby-exam">"Exam"</label>
                        <select id="standby-exam" name="exam_preset">
                            <option value="">"Any exam"</option>
                            {ExamPreset::ALL.into_iter().map(|x| view! { <option value=x.code()>{x.code()}</option> }).collect_view()}
                        </select>
                    </div>
                </div>
                <p class="hint">{format!("Times in {zone}.")}</p>
                <ActionError value=outcome(actions.stand_by)/>
                <button type="submit" class="button button--secondary">"Stand by"</button>
            </ActionForm>
        </section>
    }
}
