//! The partner's mark sheet for a round, under the exam's rubric, and the marks once
//! given.

use leptos::prelude::*;
use uuid::Uuid;

use crate::api::practice::SubmitMarks;
use crate::components::error_view::ErrorNotice;
use crate::model::practice::{PeerMarks, Rubric};

#[component]
pub fn MarkSheetForm(
    round_id: Uuid,
    rubric: Rubric,
    candidate_name: String,
    action: ServerAction<SubmitMarks>,
) -> impl IntoView {
    let prefix = format!("marks-{round_id}");
    view! {
        <ActionForm action attr:class="mark-sheet">
            <input type="hidden" name="round_id" value=round_id.to_string()/>
            <p class="muted">{format!("Mark {candidate_name} as an examiner would. They see your marks and feedback.")}</p>
            {(rubric == Rubric::Plab2).then(|| view! {
                <p id=format!("{prefix}-scale-hint") class="hint">
                    "0: not done or unsafe · 1: poor · 2: borderline · 3: good · 4: excellent"
                </p>
            })}
            {rubric
                .domains()
                .iter()
                .map(|(code, label)| {
                    let name = format!("sheet[scores][{code}]");
                    let group = format!("{prefix}-{code}");
                    view! {
                        <fieldset class="field scale" aria-describedby=(rubric == Rubric::Plab2).then(|| format!("{prefix}-scale-hint"))>
                            <legend>{*label}</legend>
                            <div class="scale__options">
                                {rubric
                                    .scale()
                                    .iter()
                                    .map(|(score, text)| {
                                        let id = format!("{group}-{score}");
                                        view! {
                                            <span class="scale__option">
                                                <input type="radio" id=id.clone() name=name.clone() value=score.to_string() required/>
                                                <label for=id>{*text}</label>
                                            </span>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        </fieldset>
                    }
                })
                .collect_view()}
            {(!rubric.globals().is_empty())
                .then(|| {
                    view! {
                        <fieldset class="field scale">
                            <legend>"Global judgement"</legend>
                            <div class="scale__options">
                                {rubric
                                    .globals()
                                    .iter()
                                    .map(|g| {
                                        let id = format!("{prefix}-global-{}", g.to_lowercase());
                                        view! {
                                            <span class="scale__option">
                                                <input type="radio" id=id.clone() name="sheet[global]" value=*g required/>
                                                <label for=id>{*g}</label>
                                            </span>
                                        }
                                    })
                                    .collect_view()}
                            </div>
                        </fieldset>
                    }
                })}
            <div class="field">
                <label for=format!("{prefix}-feedback")>"Feedback"</label>
                <textarea id=format!("{prefix}-feedback") name="sheet[feedback]" rows="4" maxlength="4000" aria-describedby=format!("{prefix}-feedback-hint")></textarea>
                <p id=format!("{prefix}-feedback-hint") class="hint">"What went well, and one or two things to do differently next time."</p>
            </div>
            {move || action.value().get().and_then(Result::err).map(|error| view! { <ErrorNotice error/> })}
            <button type="submit" class="button" disabled=move || action.pending().get()>"Submit marks"</button>
        </ActionForm>
    }
}

/// Marks as given, labelled by the rubric.
#[component]
pub fn MarksView(marks: PeerMarks, marker: String) -> impl IntoView {
    let rubric = marks.rubric;
    view! {
        <div class="marks">
            <p class="muted">{format!("Marked by {marker}")}</p>
            <dl class="facts">
                {rubric
                    .domains()
                    .iter()
                    .map(|(code, label)| {
                        let score = marks.scores.get(*code).copied();
                        let text = score
                            .and_then(|s| rubric.scale().iter().find(|(n, _)| *n == s))
                            .map(|(n, t)| if rubric == Rubric::Plab2 { format!("{n} of 4") } else { (*t).to_string() })
                            .unwrap_or_else(|| "Not marked".to_string());
                        view! { <div><dt>{*label}</dt><dd>{text}</dd></div> }
                    })
                    .collect_view()}
                {marks.global.clone().map(|g| view! { <div><dt>"Global judgement"</dt><dd>{g}</dd></div> })}
                <div><dt>"Feedback"</dt><dd class="brief__text">{if marks.feedback.is_empty() { "None given".to_string() } else { marks.feedback.clone() }}</dd></div>
            </dl>
        </div>
    }
}
