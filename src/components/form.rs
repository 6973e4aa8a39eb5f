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

/// A field for choosing a password: the lengths the server takes (12 to 128), the
/// browser's password manager told it is a new one, and the hint read with it.
#[component]
pub fn NewPasswordField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                name="password"
                type="password"
                autocomplete="new-password"
                minlength="12"
                maxlength="128"
                aria-describedby=hint_id.clone()
                required
            />
            <p id=hint_id class="hint">{hint}</p>
        </div>
    }
}
