//! Form pieces: a labelled field, and an action's outcome.

use leptos::prelude::*;

use super::error_view::ErrorNotice;
use crate::error::AppError;

/// The error of an action's last run, if it failed.
#[component]
pub fn ActionError(value: Signal<Option<Result<(), AppError>>>) -> impl IntoView {
    move || {
        value
            .get()
            .and_then(Result::err)
            .map(|error| view! { <ErrorNotice error/> })
    }
}
