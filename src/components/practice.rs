//! The practice part of a session's page, for its host and guest: the video call, the
//! stage, setting up and running each round (timer, briefs, transcript), the partner's
//! marks, and the summary once the session has finished. Both browsers follow live.

use leptos::prelude::*;
use uuid::Uuid;

use crate::api::practice::{get_practice, AdvanceStage, EndRound, StartRound, SubmitMarks};
use crate::components::assessment::AssessmentPanel;
use crate::components::confirm::Confirm;
use crate::components::error_view::ErrorNotice;
use crate::components::later::later;
use crate::components::live::use_live;
use crate::components::mark_sheet::{MarkSheetForm, MarksView};
use crate::components::station_timer::StationTimer;
use crate::components::transcript::TranscriptView;
use crate::error::AppError;
use crate::model::cases::{difficulty_label, station_kind_label, MarkDomain};
use crate::model::practice::{PracticeView, RoundBrief, RoundView};
use crate::model::Stage;

/// The practice's actions: each one's outcome refetches the practice.
#[derive(Clone, Copy)]
pub struct PracticeActions {
    start: ServerAction<StartRound>,
    end: ServerAction<EndRound>,
    advance: ServerAction<AdvanceStage>,
    marks: ServerAction<SubmitMarks>,
}

impl PracticeActions {
    pub fn new() -> Self {
        Self {
            start: ServerAction::new(),
            end: ServerAction::new(),
            advance: ServerAction::new(),
            marks: ServerAction::new(),
        }
    }
}

impl Default for PracticeActions {
    fn default() -> Self {
        Self::new()
    }
}

/// The practice's data, read again when the room's rounds change or an action ends.
pub type PracticeResource = ArcResource<Result<Option<PracticeView>, AppError>>;

/// The session page's practice data: `None` for anyone but its host and guest, or
/// before the guest has joined. Made by the page itself, outside any `Suspend`, so the
/// server and the browser number it alike however often a suspended view is drawn
/// again (a resource made inside one is made once per draw on the server, once in the
/// browser, and every resource after it then reads another's data while hydrating).
/// `room` is the session's id once known, for the live changes; `seats` moves when the
/// page's own actions change who sits where (a join, a leave, a removal), so the
/// practice is read again with the room.
pub fn practice_resource(
    room_url: Memo<String>,
    room: RwSignal<Option<Uuid>>,
    seats: Signal<usize>,
    actions: PracticeActions,
) -> PracticeResource {
    let changes = use_live().practice(room);
    ArcResource::new(
        move || {
            (
                room_url.get(),
                seats.get(),
                changes.get(),
                actions.start.version().get(),
                actions.end.version().get(),
                actions.advance.version().get(),
                actions.marks.version().get(),
            )
        },
        |(url, ..)| get_practice(url),
    )
}

fn failed<T: Clone + Send + Sync + 'static>(
    value: Option<Result<T, AppError>>,
) -> Option<AppError> {
    value.and_then(Result::err)
}

#[component]
pub fn Practice(practice: PracticeResource, actions: PracticeActions) -> impl IntoView {
    view! {
        <section class="practice" aria-labelledby="practice-heading" data-part="practice">
            <h2 id="practice-heading">"Practice"</h2>
            <Transition fallback=|| view! { <p class="muted" role="status">"Loading the practice…"</p> }>
                {move || {
                    let practice = practice.clone();
                    Suspend::new(async move {
                        match practice.await {
                            Ok(Some(view)) => view! { <PracticeBody view actions/> }.into_any(),
                            Ok(None) => view! { <p class="notice notice--info">"The practice starts once a partner has joined."</p> }.into_any(),
                            Err(error) => view! { <ErrorNotice error/> }.into_any(),
                        }
                    })
                }}
            </Transition>
        </section>
    }
}

#[component]
fn PracticeBody(view: PracticeView, actions: PracticeActions) -> impl IntoView {
    let stage_text = view.stage.label();
    let errors = move || {
        failed(actions.start.value().get())
            .or_else(|| failed(actions.end.value().get()))
            .or_else(|| failed(actions.advance.value().get()))
            .map(|error| view! { <ErrorNotice error/> })
    };
    let current = view.current().cloned();
    let body = if view.stage == Stage::Finished {
        view! { <Summary view=view.clone() actions/> }.into_any()
    } else {
        match current {
            None => view! { <RoundSetup view=view.clone() actions/> }.into_any(),
            Some(round) if round.running() => {
                view! { <RunningRound view=view.clone() round actions/> }.into_any()
            }
            Some(round) => view! { <EndedRound view=view.clone() round actions/> }.into_any(),
        }
    };
    view! {
        <div class="practice__bar">
            <p class="practice__stage"><strong>{stage_text}</strong></p>
            <p class="practice__people">
                {format!("{} (host) and {} (guest)", view.host_name, view.guest_name)}
            </p>
            <a class="button button--secondary" href=view.video_url.clone() target="_blank" rel="noopener noreferrer">
                "Open video call"
                <span class="visually-hidden">" (opens in a new tab)"</span>
            </a>
        </div>
        {errors}
        // Not a later part: a running round's components change what they show as soon
        // as they run (the speech switch, the timer), before a later part would hydrate,
        // and hydrating then would not find what the server drew.
        {body}
    }
}

/// Before a round: the host chooses the candidate (round 1) and the case, or lets the
/// app pick; the guest waits.
#[component]
fn RoundSetup(view: PracticeView, actions: PracticeActions) -> impl IntoView {
    let number = view.stage.round().unwrap_or(2);
    if !view.viewer_is_host {
        return view! {
            <p class="notice notice--info" role="status">
                {format!("Waiting for {} to start round {number}.", view.host_name)}
            </p>
        }
        .into_any();
    }
    let second_candidate = (number == 2).then(|| {
        if view.next_candidate == Some(view.host_id) {
            "You".to_string()
        } else {
            view.guest_name.clone()
        }
    });
    let choices = view.case_choices.clone();
    view! {
        <ActionForm action=actions.start attr:class="panel round-setup">
            <h3>{format!("Set up round {number}")}</h3>
            <input type="hidden" name="room_id" value=view.room_id.to_string()/>
            {match &second_candidate {
                None => view! {
                    <fieldset class="field">
                        <legend>"Who is the candidate first?"</legend>
                        <div class="field--check">
                            <input type="radio" id="candidate-guest" name="candidate" value="guest" checked/>
                            <label for="candidate-guest">{format!("{} (your guest)", view.guest_name)}</label>
                        </div>
                        <div class="field--check">
                            <input type="radio" id="candidate-host" name="candidate" value="host"/>
                            <label for="candidate-host">"Me"</label>
                        </div>
                        <p class="hint">"You swap roles for round 2."</p>
                    </fieldset>
                }.into_any(),
                Some(who) => view! {
                    <p>{format!("Roles swap: {who} {} the candidate this round.", if who == "You" { "are" } else { "is" })}</p>
                }.into_any(),
            }}
            {if choices.is_empty() {
                view! {
                    <p class="hint">"Med Practice picks a case neither of you has had as candidate, suited to the session."</p>
                }.into_any()
            } else {
                view! {
                    <div class="field">
                        <label for="case-choice">"Case"</label>
                        <select id="case-choice" name="case_id" aria-describedby="case-choice-hint">
                            <option value="" selected>"Let Med Practice choose (recommended)"</option>
                            {
                                let (picked, rest): (Vec<_>, Vec<_>) = choices.into_iter().partition(|c| c.recommended.is_some());
                                let option = |c: crate::model::practice::CaseChoice| {
                                    let mut text = format!("{} · {} · {} · {}", c.case_name, c.category, station_kind_label(&c.station_kind), difficulty_label(&c.difficulty));
                                    if c.had_before { text.push_str(" · done before"); }
                                    if !c.suits_exam { text.push_str(" · other exam"); }
                                    if let Some(why) = &c.recommended { text = format!("{text} — {why}"); }
                                    view! { <option value=c.id.to_string()>{text}</option> }
                                };
                                let label = picked
                                    .first()
                                    .and_then(|c| c.recommended.as_deref())
                                    .and_then(|why| why.split(':').next())
                                    .unwrap_or("Recommended")
                                    .to_string();
                                view! {
                                    {(!picked.is_empty()).then(|| view! {
                                        <optgroup label=label>{picked.into_iter().map(option).collect_view()}</optgroup>
                                    })}
                                    <optgroup label="All cases">{rest.into_iter().map(option).collect_view()}</optgroup>
                                }
                            }
                        </select>
                        <p id="case-choice-hint" class="hint">
                            "If you are the candidate, Med Practice picks for you, so you do not know the station."
                        </p>
                    </div>
                }.into_any()
            }}
            <button type="submit" class="button" disabled=move || actions.start.pending().get()>"Start round"</button>
        </ActionForm>
    }
    .into_any()
}

/// A running round: the timer, the briefs the viewer may see, the transcript, and
/// for the host, "End round".
#[component]
fn RunningRound(view: PracticeView, round: RoundView, actions: PracticeActions) -> impl IntoView {
    let role = if round.viewer_is_candidate {
        "You are the candidate."
    } else {
        "You play the patient or examiner, and mark the candidate."
    };
    let started_at = round.started_at.unwrap_or(view.server_now);
    let round_id = round.id;
    // At a hard stop the host's page ends the round itself.
    let time_up = (view.viewer_is_host && view.timing.hard_stop).then(|| {
        Callback::new(move |_| {
            actions.end.dispatch(EndRound { round_id });
        })
    });
    // Brief and transcript side by side on a wide screen, so the person playing the
    // patient reads the brief while typing; on a phone one at a time, switched by a
    // pair of buttons (shown once the page is live; without JavaScript both stack).
    let has_brief = round.brief.is_some();
    let showing = RwSignal::new(if has_brief {
        Workspace::Brief
    } else {
        Workspace::Transcript
    });
    let switch = move |which: Workspace, label: &'static str| {
        view! {
            <button
                type="button"
                aria-pressed=move || (showing.get() == which).to_string()
                aria-controls=which.id()
                on:click=move |_| showing.set(which)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="round">
            <h3>{format!("Round {}: {} is the candidate", round.number, round.candidate_name)}</h3>
            <p class="lead">{role}</p>
            <StationTimer started_at timing=view.timing server_now=view.server_now time_up=time_up.unwrap_or_else(|| Callback::new(|_| ()))/>
            {has_brief.then(|| view! {
                <div class="segmented view-switch" role="group" aria-label="Show on this screen">
                    {switch(Workspace::Brief, "Brief")}
                    {switch(Workspace::Transcript, "Transcript")}
                </div>
            })}
            // Erased: the round's view type is otherwise too deep for rustc's layout queries.
            {view! {
            <div class="round__workspace" data-showing=move || showing.get().id()>
                {round.brief.clone().map(|brief| view! {
                    // Its own scroll on a wide screen: reachable by keyboard too.
                    <div class="round__briefs" id=Workspace::Brief.id() role="region" aria-label="Briefs" tabindex="0">
                        <Briefs brief/>
                    </div>
                })}
                <div class="round__transcript" id=Workspace::Transcript.id()>
                    <TranscriptView
                        room_id=view.room_id
                        round_id
                        running=true
                        lines=round.transcript.clone()
                        candidate_name=round.candidate_name.clone()
                        partner_name=round.partner_name.clone()
                    />
                    {view.viewer_is_host.then(|| view! {
                        <div class="round__end">
                            <Confirm
                                id="end-round"
                                label="End round"
                                question="End the round for both of you? No more lines can be added, and this cannot be undone.".to_string()
                                keep="Keep going"
                                disabled=Signal::derive(move || actions.end.pending().get())
                            >
                                <ActionForm action=actions.end attr:class="inline-form">
                                    <input type="hidden" name="round_id" value=round_id.to_string()/>
                                    <button type="submit" class="button button--danger" disabled=move || actions.end.pending().get()>"Yes, end the round"</button>
                                </ActionForm>
                            </Confirm>
                        </div>
                    })}
                </div>
            </div>
            }.into_any()}
        </div>
    }
    .into_any()
}

/// Which half of a running round a phone shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Workspace {
    Brief,
    Transcript,
}

impl Workspace {
    fn id(self) -> &'static str {
        match self {
            Workspace::Brief => "round-brief",
            Workspace::Transcript => "round-transcript",
        }
    }
}

/// A round that has ended: the partner's mark sheet (or the marks), everything now
/// revealed, and for the host the way on.
#[component]
fn EndedRound(view: PracticeView, round: RoundView, actions: PracticeActions) -> impl IntoView {
    let next = if view.stage == Stage::FirstRound {
        "Next round"
    } else {
        "Finish session"
    };
    view! {
        <div class="round">
            <h3>{format!("Round {} has ended", round.number)}</h3>
            <RoundMarks round=round.clone() actions/>
            <AssessmentPanel round=round.clone() assessor=view.assessor/>
            {if view.viewer_is_host && round.peer_marks.is_none() {
                // Marks come first: the server refuses to move on without them.
                (round.viewer_is_candidate).then(|| view! {
                    <p class="notice notice--info" role="status">
                        {format!("Waiting for {}'s marks before moving on.", round.partner_name)}
                    </p>
                }).into_any()
            } else if view.viewer_is_host {
                view! {
                    <ActionForm action=actions.advance attr:class="round__next">
                        <input type="hidden" name="room_id" value=view.room_id.to_string()/>
                        <button type="submit" class="button" disabled=move || actions.advance.pending().get()>{next}</button>
                    </ActionForm>
                }.into_any()
            } else {
                view! { <p class="notice notice--info" role="status">{format!("Waiting for {} to move on.", view.host_name)}</p> }.into_any()
            }}
            <details class="round__review">
                <summary>"Briefs and transcript"</summary>
                {round.brief.clone().map(|brief| view! { <Briefs brief/> })}
                <TranscriptView room_id=view.room_id round_id=round.id running=false lines=round.transcript.clone() candidate_name=round.candidate_name.clone() partner_name=round.partner_name.clone() heading_level=4/>
            </details>
        </div>
    }
}

/// The partner's form until they have marked; the marks afterwards, for both.
#[component]
fn RoundMarks(round: RoundView, actions: PracticeActions) -> impl IntoView {
    match round.peer_marks.clone() {
        Some(marks) => view! {
            <section class="panel" aria-label=format!("Marks for round {}", round.number)>
                <h4>"Partner's marks"</h4>
                <MarksView marks marker=round.partner_name.clone()/>
            </section>
        }
        .into_any(),
        None if !round.viewer_is_candidate => view! {
            <section class="panel" aria-label=format!("Mark sheet for round {}", round.number)>
                <h4>{format!("Mark {}", round.candidate_name)}</h4>
                <MarkSheetForm round_id=round.id rubric=round.rubric candidate_name=round.candidate_name.clone() action=actions.marks/>
            </section>
        }
        .into_any(),
        None => view! {
            <p class="muted" role="status">{format!("{} is marking your round.", round.partner_name)}</p>
        }
        .into_any(),
    }
}

/// The finished session: both rounds, their cases, transcripts and marks.
#[component]
fn Summary(view: PracticeView, actions: PracticeActions) -> impl IntoView {
    view! {
        <p class="notice notice--success" role="status">"Session finished. Here is how both rounds went."</p>
        {view
            .rounds
            .clone()
            .into_iter()
            .map(|round| {
                let case = round
                    .brief
                    .as_ref()
                    .and_then(|b| b.case_name.clone().map(|n| format!("{n} ({})", b.condition.clone().unwrap_or_default())))
                    .unwrap_or_default();
                view! {
                    <section class="round summary-round" aria-label=format!("Round {} summary", round.number)>
                        <h3>{format!("Round {}: {} as candidate", round.number, round.candidate_name)}</h3>
                        <p><strong>"Case: "</strong>{case}</p>
                        // Each in a task of its own (components/later.rs).
                        {
                            let round = round.clone();
                            later(move || view! { <RoundMarks round actions/> })
                        }
                        {
                            let (round, assessor) = (round.clone(), view.assessor);
                            later(move || view! { <AssessmentPanel round assessor/> })
                        }
                        {
                            let (room_id, round_id, lines) = (view.room_id, round.id, round.transcript.clone());
                            let (candidate_name, partner_name) = (round.candidate_name.clone(), round.partner_name.clone());
                            later(move || view! { <TranscriptView room_id round_id running=false lines candidate_name partner_name heading_level=4/> })
                        }
                        <details>
                            <summary>"Briefs"</summary>
                            {round.brief.clone().map(|brief| later(move || view! { <Briefs brief/> }))}
                        </details>
                    </section>
                }
                .into_any()
            })
            .collect_view()}
    }
    .into_any()
}

/// The briefs the viewer may see: the candidate brief always; the actor brief, what
/// to reveal only if asked, and the mark scheme for the partner, or after the round.
#[component]
fn Briefs(brief: RoundBrief) -> impl IntoView {
    view! {
        <div class="brief-columns">
            <section class="panel brief" aria-label="Candidate brief">
                <h4>"Candidate brief"</h4>
                <div class="brief__text">{brief.candidate_brief.clone()}</div>
            </section>
            {brief.actor_brief.clone().map(|actor| view! {
                <section class="panel brief" aria-label="Actor brief">
                    <h4>"Actor brief"</h4>
                    {brief.case_name.clone().map(|n| view! { <p class="muted">{format!("{n} · {}", brief.condition.clone().unwrap_or_default())}</p> })}
                    <div class="brief__text">{actor}</div>
                    {brief.reveal_if_asked.clone().filter(|r| !r.is_empty()).map(|items| view! {
                        <h5>"Reveal only if asked"</h5>
                        <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
                    })}
                </section>
            })}
            {brief.mark_scheme.clone().map(|scheme| view! {
                <section class="panel brief" aria-label="Mark scheme">
                    <h4>"Mark scheme"</h4>
                    {MarkDomain::ALL.into_iter().map(|d| view! {
                        <h5>{d.label()}</h5>
                        <ul class="mark-points">{scheme.group(d).iter().map(|p| view! { <li>{p.point.clone()}</li> }).collect_view()}</ul>
                    }).collect_view()}
                </section>
            })}
        </div>
    }
    .into_any()
}
