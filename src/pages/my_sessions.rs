//! My sessions: the sessions a trainee hosts or has joined.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn MySessionsPage() -> impl IntoView {
    view! {
        <Title text="My sessions"/>
        <section class="intro">
            <h1>"My sessions"</h1>
            <p class="lead">"The sessions you host or have joined will be listed here, upcoming and past, once scheduling opens."</p>
            <p><A href="/">"Browse the scheduling board"</A></p>
        </section>
    }
}
