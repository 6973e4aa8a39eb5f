//! How an error reads on a page: its user-facing message, never internal detail.

use leptos::prelude::*;

use crate::error::AppError;

/// An error's message; a message of several lines (a heading, then one problem a
/// line, as validation reports them) reads as a heading and a list.
#[component]
pub fn ErrorNotice(error: AppError) -> impl IntoView {
    let message = error.to_string();
    let mut lines = message.lines();
    let heading = lines.next().unwrap_or_default().to_string();
    let problems: Vec<String> = lines.map(str::to_string).collect();
    view! {
        <div class="notice notice--error" role="alert">
            <p>{heading}</p>
            {(!problems.is_empty())
                .then(|| {
                    view! {
                        <ul class="error-list">
                            {problems.into_iter().map(|p| view! { <li>{p}</li> }).collect_view()}
                        </ul>
                    }
                })}
        </div>
    }
}

/// The fallback of the app's error boundary. Only [`AppError`]s carry text meant for
/// people; any other error shows the generic message.
#[component]
pub fn ErrorView(errors: ArcRwSignal<Errors>) -> impl IntoView {
    let messages = move || {
        let mut messages: Vec<String> = errors
            .get()
            .into_iter()
            .map(|(_, error)| {
                error
                    .downcast_ref::<AppError>()
                    .cloned()
                    .unwrap_or(AppError::Internal)
                    .to_string()
            })
            .collect();
        messages.dedup();
        messages
    };
    view! {
        <section class="intro" role="alert">
            <h1>"Something went wrong"</h1>
            <ul class="error-list">
                {move || messages().into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}
            </ul>
            <p><a href="/">"Back to the scheduling board"</a></p>
        </section>
    }
}
