//! The header (brand and main navigation) and footer on every page.

use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="container site-header__inner">
                <A href="/" attr:class="brand">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <rect x="1" y="1" width="30" height="30" rx="8" fill="currentColor"/>
                        <path d="M16 8v16M8 16h16" stroke="var(--color-on-primary)" stroke-width="4" stroke-linecap="round"/>
                    </svg>
                    <span>"Med Practice"</span>
                </A>
                <nav class="site-nav" aria-label="Main">
                    <A href="/" exact=true>"Board"</A>
                    <A href="/my-sessions">"My sessions"</A>
                    <A href="/sign-in">"Sign in"</A>
                </nav>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <p>"Med Practice · rehearse clinical-exam stations in pairs."</p>
                <p class="muted">
                    "Practice only: nothing here is medical advice or an official exam result."
                </p>
            </div>
        </footer>
    }
}
