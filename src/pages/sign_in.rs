//! Sign in.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

#[component]
pub fn SignInPage() -> impl IntoView {
    view! {
        <Title text="Sign in"/>
        <section class="intro">
            <h1>"Sign in"</h1>
            <p class="lead">"Accounts are not open yet. Until they are, you can browse the scheduling board."</p>
            <p><A href="/">"Browse the scheduling board"</A></p>
        </section>
    }
}
