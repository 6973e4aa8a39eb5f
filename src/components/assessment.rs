//! A round's assessment: its progress while queued or running, a way to run a failed
//! one again, and the feedback itself (bands and scores, evidence linked to the
//! transcript, strengths, what to improve, the station's time, and the partner's marks
//! beside the AI's). The room's data follows live, so this updates by itself.

use leptos::prelude::*;
use uuid::Uuid;

use crate::api::practice::RerunAssessment;
use crate::components::error_view::ErrorNotice;
use crate::model::assessment::{
    compare, Assessment, AssessmentJobView, AssessorKind, Evidence, JobStatus, RoundFeedback,
    TimeBreakdown,
};
use crate::model::practice::{PeerMarks, RoundView};

/// "4:05" for 245,400 ms: a duration, to the nearest second.
fn minutes(ms: i64) -> String {
    let secs = (ms.max(0) + 500) / 1000;
    format!("{}:{:02}", secs / 60, secs % 60)
}

/// The id of a transcript line (1-based `n`) of a round: where evidence links go.
pub fn line_anchor(round: Uuid, n: usize) -> String {
    format!("t-{}-{n}", &round.simple().to_string()[..8])
}

/// Opens the `<details>` a transcript line sits in, so following an evidence link
/// shows the line in every browser (some do not open it for a fragment).
fn open_details_around(id: &str) {
    #[cfg(feature = "hydrate")]
    if let Some(line) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    {
        if let Ok(Some(details)) = line.closest("details") {
            let _ = details.set_attribute("open", "");
        }
    }
    #[cfg(not(feature = "hydrate"))]
    let _ = id;
}

/// The assessment part of an ended round, whatever its state. `assessor` is who
/// assesses on this server, for the words used before the assessment exists.
#[component]
pub fn AssessmentPanel(round: RoundView, assessor: AssessorKind) -> impl IntoView {
    let heading_id = format!("assessment-{}", round.number);
    let kind = round
        .assessment
        .as_ref()
        .map(|a| a.assessor.kind)
        .unwrap_or(assessor);
    let (heading, held_words) = match kind {
        AssessorKind::Llm => ("AI feedback", "AI feedback"),
        AssessorKind::Checklist => (
            "Topics mentioned (keyword check)",
            "keyword check (topics mentioned)",
        ),
    };
    let body = if let Some(assessment) = round.assessment.clone() {
        view! { <Feedback assessment round=round.clone()/> }.into_any()
    } else if round.assessment_held {
        view! {
            <p class="notice notice--info" role="status">
                {format!("The {} on {}'s round is ready. Give your marks first: it then appears beside them, so it does not sway yours.", held_words, round.candidate_name)}
            </p>
        }
        .into_any()
    } else {
        match round.assessment_job.clone() {
            Some(job) if job.status == JobStatus::Failed => {
                view! { <Failed job round_id=round.id/> }.into_any()
            }
            Some(job) => view! { <Pending job/> }.into_any(),
            None => view! {
                <p class="muted" role="status">"The assessment starts when the round ends."</p>
            }
            .into_any(),
        }
    };
    view! {
        <section class="panel assessment" aria-labelledby=heading_id.clone()>
            <h4 id=heading_id.clone()>{heading}</h4>
            {body}
        </section>
    }
    .into_any()
}

/// Queued or running: where it is, as steps, announced politely.
#[component]
fn Pending(job: AssessmentJobView) -> impl IntoView {
    let running = job.status == JobStatus::Running;
    let retrying = job.status == JobStatus::Queued && job.attempts > 0;
    let text = if running {
        format!(
            "Assessing the transcript (attempt {} of {})…",
            job.attempts, job.max_attempts
        )
    } else if retrying {
        format!(
            "Waiting to try again (attempt {} of {} did not finish).",
            job.attempts, job.max_attempts
        )
    } else {
        "Queued: the assessment starts in a moment.".to_string()
    };
    let step = |label: &'static str, done: bool, current: bool| {
        let class = if current {
            "steps__step steps__step--current"
        } else if done {
            "steps__step steps__step--done"
        } else {
            "steps__step"
        };
        view! {
            <li class=class aria-current=current.then_some("step")>
                {label}
                {done.then(|| view! { <span class="visually-hidden">" (done)"</span> })}
            </li>
        }
    };
    view! {
        <div class="assessment__pending" role="status" aria-live="polite">
            <ol class="steps" aria-label="Assessment progress">
                {step("Round ended", true, false)}
                {step("Queued", running, !running)}
                {step("Assessing", false, running)}
                {step("Feedback ready", false, false)}
            </ol>
            <p>
                <span class="spinner" aria-hidden="true"></span>
                " "
                {text}
            </p>
            {retrying.then(|| job.last_error.clone()).flatten().map(|why| view! { <p class="muted">{format!("Last try: {why}")}</p> })}
            <p class="hint">"This page updates by itself when the feedback is ready."</p>
        </div>
    }
}

/// Failed: why, and a way to run it again. The page follows the job live, so this goes
/// once the job is queued again; a refusal shows here.
#[component]
fn Failed(job: AssessmentJobView, round_id: Uuid) -> impl IntoView {
    let rerun = ServerAction::<RerunAssessment>::new();
    let why = job
        .last_error
        .clone()
        .unwrap_or_else(|| "The assessment could not be finished.".to_string());
    view! {
        <div class="notice notice--error assessment__failed">
            <p><strong>"The feedback could not be made."</strong></p>
            <p>{why}</p>
            <p>{format!("Attempts made: {}.", job.attempts)}</p>
        </div>
        <ActionForm action=rerun attr:class="assessment__rerun">
            <input type="hidden" name="round_id" value=round_id.to_string()/>
            <button type="submit" class="button button--secondary" disabled=move || rerun.pending().get()>
                "Run the assessment again"
            </button>
        </ActionForm>
        {move || rerun.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error/> })}
    }
}

#[component]
fn EvidenceList(evidence: Vec<Evidence>, round: Uuid) -> impl IntoView {
    (!evidence.is_empty()).then(|| {
        view! {
            <ul class="evidence" aria-label="Evidence from the transcript">
                {evidence
                    .into_iter()
                    .map(|e| {
                        let n = e.line + 1;
                        let anchor = line_anchor(round, n);
                        view! {
                            <li>
                                <q>{e.quote}</q>
                                " "
                                <a href=format!("#{anchor}") on:click=move |_| open_details_around(&anchor)>{format!("line {n}")}</a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
    })
}

fn text_list(items: Vec<String>, label: &'static str, class: &'static str) -> impl IntoView {
    (!items.is_empty()).then(|| {
        view! {
            <div class=class>
                <p class="assessment__list-label"><strong>{label}</strong></p>
                <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul>
            </div>
        }
    })
}

/// Which model or assessor marked it, with what prompt, rubrics and case.
fn provenance(assessment: &Assessment) -> String {
    let info = &assessment.assessor;
    // A round with too little speech was only screened: nothing was marked.
    let verb = if assessment.too_little.is_some() {
        "Screened by"
    } else {
        "Marked by"
    };
    let mut parts = vec![format!("{verb} {}", info.name)];
    if !info.version.is_empty() {
        parts.push(info.version.clone());
    }
    if !info.rubric_version.is_empty() {
        parts.push(info.rubric_version.clone());
    }
    if info.case_hash.len() >= 12 {
        parts.push(format!("case {}", &info.case_hash[..12]));
    }
    if info.samples > 1 {
        parts.push(format!("{} independent answers", info.samples));
    }
    // By hand: chrono's strftime machinery would land in the first visit's WASM.
    use chrono::{Datelike, Timelike};
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let at = assessment.assessed_at;
    parts.push(format!(
        "on {} {} {}, {:02}:{:02} UTC",
        at.day(),
        MONTHS[at.month0() as usize % 12],
        at.year(),
        at.hour(),
        at.minute()
    ));
    parts.join(" · ")
}

/// Lines addressed to the marker: both participants see which, and that they earned
/// nothing.
#[component]
fn IntegrityNote(assessment: Assessment, round: Uuid) -> impl IntoView {
    assessment.integrity_note().map(|note| {
        let lines: Vec<usize> = assessment.integrity.iter().map(|f| f.line + 1).collect();
        view! {
            <div class="notice notice--warning assessment__integrity" role="note" aria-label="Integrity note">
                <p><strong>"Integrity note. "</strong>{note}</p>
                <p class="hint">
                    "See "
                    {lines.into_iter().enumerate().map(|(i, n)| {
                        let anchor = line_anchor(round, n);
                        view! {
                            {(i > 0).then_some(", ")}
                            <a href=format!("#{anchor}") on:click=move |_| open_details_around(&anchor)>{format!("line {n}")}</a>
                        }
                    }).collect_view()}
                    "."
                </p>
            </div>
        }
    })
}

/// Each mark-scheme point as the AI examiner marked it, after the server's checks.
#[component]
fn PointList(assessment: Assessment, round: Uuid) -> impl IntoView {
    use crate::model::marking::PointStatus;
    let points = assessment.points.clone();
    let unverified = points
        .iter()
        .filter(|p| p.status == PointStatus::NotVerified)
        .count();
    (!points.is_empty()).then(|| view! {
        <details class="assessment__points">
            <summary>{format!(
                "The mark scheme, point by point ({} met, {} partly, {} not verified)",
                points.iter().filter(|p| p.status == PointStatus::Met).count(),
                points.iter().filter(|p| p.status == PointStatus::PartlyMet).count(),
                unverified,
            )}</summary>
            <ul class="points">
                {points.into_iter().map(|p| {
                    let class = format!("points__point points__point--{}", p.status.code());
                    view! {
                        <li class=class>
                            <span class="points__status">{p.status.label()}</span>
                            {p.critical.then(|| view! { <span class="tag tag--critical">"Critical"</span> })}
                            " "
                            {p.point.clone()}
                            {p.claimed.map(|c| view! {
                                <span class="hint">{format!(" The AI said \u{201c}{}\u{201d}: {}", c.label().to_lowercase(), p.problem.clone().unwrap_or_default())}</span>
                            })}
                            {(p.samples > 1).then(|| view! { <span class="hint">{format!(" ({} of {} answers)", p.agreed, p.samples)}</span> })}
                            <EvidenceList evidence=p.evidence.clone() round/>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </details>
    })
}

/// The feedback of a finished assessment.
#[component]
fn Feedback(assessment: Assessment, round: RoundView) -> impl IntoView {
    let checklist = assessment.assessor.kind == AssessorKind::Checklist;
    let round_id = round.id;
    let about = if checklist {
        view! {
            <p class="notice notice--warning assessment__kind">
                <strong>"Topics mentioned (keyword check). "</strong>
                "Which of the case's mark-scheme topics your words mention, found by keywords. It is not a grade, and not an examiner's judgement of how well you covered them."
            </p>
        }
        .into_any()
    } else {
        view! {
            <p class="muted assessment__kind">
                "Marked by an AI examiner, point by point. Every quote was checked against its line, and each grade is capped by the points verified for its domain. Read the bands and the evidence first: an AI's exact point on a scale is the least reliable part of its marking."
            </p>
        }
        .into_any()
    };
    let footer = view! {
        <p class="hint assessment__provenance">{provenance(&assessment)}</p>
    };
    if let Some(speech) = assessment.too_little {
        return view! {
            <div class="assessment__feedback">
                <div class="notice notice--info assessment__too-little" role="status">
                    <p><strong>"Too little to assess. "</strong>{speech.message()}</p>
                    <p>"Next time, keep the transcript going through the station: type or dictate the candidate's words as they are said."</p>
                </div>
                <IntegrityNote assessment=assessment.clone() round=round_id/>
                {footer}
            </div>
        }
        .into_any();
    }
    let comparison = compare(&assessment, round.peer_marks.as_ref());
    let rubric_note = assessment.rubric_note();
    view! {
        <div class="assessment__feedback">
            {about}
            <IntegrityNote assessment=assessment.clone() round=round_id/>
            {rubric_note.map(|n| view! { <p class="hint">{n}</p> })}
            {assessment.shortened.clone().map(|n| view! { <p class="notice notice--warning">{n}</p> })}
            {(!assessment.summary.is_empty()).then(|| view! { <p class="assessment__summary">{assessment.summary.clone()}</p> })}
            <div class="assessment__domains">
                {assessment
                    .domains
                    .clone()
                    .into_iter()
                    .map(|d| {
                        let score = d.score.zip(d.max).map(|(s, m)| format!("{s} of {m}"));
                        let uncertain = d.uncertain().then_some(d.range).flatten();
                        view! {
                            <section class="assessment__domain" aria-label=d.label.clone()>
                                <h5>{d.label.clone()}</h5>
                                <p class="assessment__band">
                                    <strong>{d.band.clone()}</strong>
                                    {score.map(|s| view! { <span class="muted">{format!(" · {s}")}</span> })}
                                </p>
                                {uncertain.map(|(lo, hi)| view! {
                                    <p class="notice notice--warning assessment__uncertain">
                                        <strong>"Uncertain marking. "</strong>
                                        {format!("The AI examiner's {} answers ranged from {lo} to {hi} here; the grade shown is their median. Weigh this domain with your partner's marks.", assessment.assessor.samples)}
                                    </p>
                                })}
                                {d.claimed.map(|c| view! {
                                    <p class="hint assessment__bounded">
                                        {format!("Capped: the AI examiner gave {c}, but {}.", d.bounded_by.clone().unwrap_or_else(|| "the verified points do not support it".into()))}
                                    </p>
                                })}
                                <EvidenceList evidence=d.evidence.clone() round=round_id/>
                                {text_list(d.strengths.clone(), if checklist { "Mentioned" } else { "Strengths" }, "assessment__strengths")}
                                {text_list(d.improvements.clone(), if checklist { "Not mentioned" } else { "To improve" }, "assessment__improve")}
                            </section>
                        }
                    })
                    .collect_view()}
            </div>
            {assessment.global.clone().map(|g| view! {
                <p class="assessment__impression"><strong>"Examiner's overall impression: "</strong>{g}<span class="hint">" (recorded beside the domains, as PLAB 2 examiners do; the domains are the result)"</span></p>
            })}
            <PointList assessment=assessment.clone() round=round_id/>
            {(!checklist).then(|| view! {
                {text_list(assessment.strengths.clone(), "Overall strengths", "assessment__strengths")}
                {text_list(assessment.improvements.clone(), "Overall, to improve", "assessment__improve")}
            })}
            {(assessment.dropped_quotes > 0).then(|| view! {
                <p class="muted">
                    {format!(
                        "{} {} the AI gave did not check out against the line {} cited (not the candidate's, not word for word, or too short), so {} left out.",
                        assessment.dropped_quotes,
                        if assessment.dropped_quotes == 1 { "quote" } else { "quotes" },
                        if assessment.dropped_quotes == 1 { "it" } else { "they" },
                        if assessment.dropped_quotes == 1 { "it was" } else { "they were" },
                    )}
                </p>
            })}
            <TimeSpent time=assessment.time.clone()/>
            {(!comparison.is_empty()).then(|| view! {
                <Comparison rows=comparison partner=round.partner_name.clone() marks=round.peer_marks.clone()/>
            })}
            {footer}
        </div>
    }
    .into_any()
}

/// How the station's minutes went, part by part.
#[component]
fn TimeSpent(time: TimeBreakdown) -> impl IntoView {
    let spoken = time.spoken_ms();
    if spoken == 0 {
        return view! { <p class="muted">"No lines were recorded, so there is no timing to show."</p> }.into_any();
    }
    view! {
        <div class="time-spent">
            <h5>"How the station's time went"</h5>
            <div class="time-spent__bar" aria-hidden="true">
                {time.phases.iter().filter(|p| p.ms > 0).map(|p| {
                    let share = p.ms as f64 * 100.0 / spoken as f64;
                    view! { <span class=format!("time-spent__part time-spent__part--{}", p.phase as u8) style=format!("width: {share:.1}%") title=p.phase.label()></span> }
                }).collect_view()}
            </div>
            <table class="time-spent__table">
                <caption class="visually-hidden">"Time spent on each part of the station"</caption>
                <thead><tr><th scope="col">"Part"</th><th scope="col">"Time"</th><th scope="col">"Share"</th></tr></thead>
                <tbody>
                    {time.phases.iter().map(|p| {
                        let share = (p.ms as f64 * 100.0 / spoken as f64).round();
                        view! {
                            <tr>
                                <th scope="row"><span class=format!("time-spent__key time-spent__part--{}", p.phase as u8) aria-hidden="true"></span>{p.phase.label()}</th>
                                <td>{minutes(p.ms)}</td>
                                <td>{format!("{share}%")}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(time.before_first_ms > 0).then(|| view! {
                <p class="hint">{format!("Before the first words (reading time included): {}.", minutes(time.before_first_ms))}</p>
            })}
        </div>
    }
    .into_any()
}

/// The partner's marks and the AI's, domain by domain; two points or more apart flagged.
#[component]
fn Comparison(
    rows: Vec<crate::model::assessment::DomainComparison>,
    partner: String,
    marks: Option<PeerMarks>,
) -> impl IntoView {
    let flagged = rows.iter().filter(|r| r.disagree()).count();
    let show = |s: Option<i16>| s.map(|s| s.to_string()).unwrap_or_else(|| "—".to_string());
    view! {
        <div class="comparison">
            <h5>"Peer and AI marks, side by side"</h5>
            {marks.is_none().then(|| view! { <p class="muted">{format!("{partner} has not marked this round yet.")}</p> })}
            <table class="comparison__table">
                <caption class="visually-hidden">"Scores by domain, side by side"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Domain"</th>
                        <th scope="col">{partner.clone()}</th>
                        <th scope="col">"AI"</th>
                        <th scope="col">"Agreement"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|r| {
                        let disagree = r.disagree();
                        view! {
                            <tr class=if disagree { "comparison__row--flagged" } else { "" }>
                                <th scope="row">{r.label.clone()}</th>
                                <td>{show(r.peer)}</td>
                                <td>{show(r.assessor)}</td>
                                <td>{if disagree { "Differ by 2 or more: worth discussing" } else if r.peer.is_some() { "Close" } else { "" }}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
            {(flagged > 0).then(|| view! {
                <p class="notice notice--warning">
                    {format!("{flagged} {} two points or more apart. Look at the evidence together: one of you may have seen something the other missed.", if flagged == 1 { "domain is" } else { "domains are" })}
                </p>
            })}
        </div>
    }
}

/// The words for a session's feedback on My sessions, if any round has ended.
pub fn feedback_badge(rounds: &[RoundFeedback]) -> Option<(&'static str, String)> {
    if rounds.is_empty() {
        return None;
    }
    let done = rounds
        .iter()
        .filter(|r| r.status == JobStatus::Done)
        .count();
    if rounds.iter().any(|r| r.status == JobStatus::Failed) {
        Some(("badge badge--full", "Feedback failed".to_string()))
    } else if rounds.iter().any(|r| r.status.pending()) {
        Some((
            "badge",
            format!("Feedback {done} of {} ready…", rounds.len()),
        ))
    } else {
        // Named after what produced it: the AI examiner or the offline keyword check.
        let first = rounds[0].assessor;
        let name = match first {
            Some(kind) if rounds.iter().all(|r| r.assessor == first) => kind.feedback_name(),
            _ => "Feedback",
        };
        Some(("badge badge--open", format!("{name} ready")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round(status: JobStatus, assessor: Option<AssessorKind>) -> RoundFeedback {
        RoundFeedback { status, assessor }
    }

    #[test]
    fn the_badge_names_the_assessor_that_produced_the_feedback() {
        use AssessorKind::{Checklist, Llm};
        use JobStatus::{Done, Failed, Queued};
        let text = |rounds: &[RoundFeedback]| feedback_badge(rounds).map(|(_, t)| t);
        assert_eq!(text(&[]), None);
        assert_eq!(
            text(&[round(Done, Some(Checklist)), round(Done, Some(Checklist))]).as_deref(),
            Some("Topics mentioned (keyword check) ready")
        );
        assert_eq!(
            text(&[round(Done, Some(Llm))]).as_deref(),
            Some("AI feedback ready")
        );
        assert_eq!(
            text(&[round(Done, Some(Llm)), round(Done, Some(Checklist))]).as_deref(),
            Some("Feedback ready")
        );
        assert_eq!(
            text(&[round(Done, Some(Llm)), round(Queued, None)]).as_deref(),
            Some("Feedback 1 of 2 ready…")
        );
        assert_eq!(
            text(&[round(Failed, Some(Checklist))]).as_deref(),
            Some("Feedback failed")
        );
    }
}
