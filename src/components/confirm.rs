//! Asking before something that cannot be undone (ending a round, cancelling a session,
//! deleting an account or a case): a disclosure whose button opens the question, the
//! confirming form and a way back out.
//!
//! It is a `<details>` element, so it opens and closes without JavaScript too (the way
//! out is then a plain GET back to the page). Once hydrated, focus moves into it when it
//! opens (to the way out, the harmless choice), Escape closes it, and closing puts focus
//! back on its button.

use leptos::html;
use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

#[component]
pub fn Confirm(
    /// A unique id on the page, for the question's label.
    id: &'static str,
    /// The text of the button that opens the question.
    label: &'static str,
    /// The question, saying what follows.
    question: String,
    /// The way back out, e.g. "Keep session".
    keep: &'static str,
    /// The opening button's tone: a `button--…` class.
    #[prop(default = "button--danger")]
    tone: &'static str,
    /// Disables the opening button (while the action runs, say).
    #[prop(optional, into)]
    disabled: Signal<bool>,
    /// The confirming form.
    children: Children,
) -> impl IntoView {
    let details = NodeRef::<html::Details>::new();
    let summary = NodeRef::<html::Summary>::new();
    let keep_button = NodeRef::<html::Button>::new();
    // Without JavaScript the way out reloads this page: it keeps the page's query
    // (a GET form replaces it with its own fields).
    let query: Vec<(String, String)> = use_query_map()
        .get_untracked()
        .into_iter()
        .filter(|(key, _)| !key.starts_with("__"))
        .map(|(key, value)| (key.into_owned(), value))
        .collect();
    let question_id = format!("{id}-question");
    let labelled_by = question_id.clone();
    let close = move || {
        if let Some(d) = details.get_untracked() {
            let _ = d.remove_attribute("open");
        }
        if let Some(s) = summary.get_untracked() {
            let _ = s.focus();
        }
    };
    let on_toggle = move |_| {
        let open = details
            .get_untracked()
            .is_some_and(|d| d.has_attribute("open"));
        if open {
            if let Some(b) = keep_button.get_untracked() {
                let _ = b.focus();
            }
        }
    };
    let on_keydown = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() == "Escape"
            && details
                .get_untracked()
                .is_some_and(|d| d.has_attribute("open"))
        {
            ev.prevent_default();
            close();
        }
    };
    let on_click_summary = move |ev: leptos::ev::MouseEvent| {
        if disabled.get_untracked() {
            ev.prevent_default();
        }
    };
    view! {
        <details class="confirm" node_ref=details on:toggle=on_toggle on:keydown=on_keydown>
            <summary
                class=format!("button {tone}")
                node_ref=summary
                aria-disabled=move || disabled.get().then_some("true")
                on:click=on_click_summary
            >
                {label}
            </summary>
            <div class="confirm__body" role="group" aria-labelledby=labelled_by>
                <p id=question_id>{question}</p>
                <div class="button-row">
                    {children()}
                    // Without JavaScript, the way out reloads the page, closed.
                    <form
                        method="get"
                        class="inline-form"
                        on:submit=move |ev| {
                            ev.prevent_default();
                            close();
                        }
                    >
                        {query
                            .into_iter()
                            .map(|(name, value)| view! { <input type="hidden" name=name value=value/> })
                            .collect_view()}
                        <button type="submit" class="button button--secondary" node_ref=keep_button>
                            {keep}
                        </button>
                    </form>
                </div>
            </div>
        </details>
    }
    .into_any()
}
