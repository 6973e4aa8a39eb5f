//! The app shell: document, header and footer around the routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::auth::Auth;
use crate::components::error_view::ErrorView;
use crate::components::layout::{SiteFooter, SiteHeader};
use crate::pages::{
    admin::AdminPage,
    board::BoardPage,
    my_sessions::MySessionsPage,
    not_found::NotFound,
    profile::ProfilePage,
    sign_in::{SignInPage, SignUpPage},
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en-GB">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    Auth::provide();
    view! {
        <Stylesheet id="leptos" href="/pkg/med-practice.css"/>
        <Link rel="icon" type_="image/svg+xml" href="/favicon.svg"/>
        <Meta name="color-scheme" content="light dark"/>
        <Meta
            name="description"
            content="Find a partner and rehearse OSCE, PLAB 2, UKMLA CPSA, MRCP PACES and MRCGP SCA stations, with honest feedback on every round."
        />
        <Title formatter=|page: String| {
            if page.is_empty() { "Med Practice".to_string() } else { format!("{page} · Med Practice") }
        }/>
        <Router>
            <a class="skip-link" href="#main">"Skip to main content"</a>
            <SiteHeader/>
            <main id="main" class="container page" tabindex="-1">
                <ErrorBoundary fallback=|errors| view! { <ErrorView errors/> }>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=BoardPage/>
                        <Route path=path!("/my-sessions") view=MySessionsPage/>
                        <Route path=path!("/sign-in") view=SignInPage/>
                        <Route path=path!("/sign-up") view=SignUpPage/>
                        <Route path=path!("/profile") view=ProfilePage/>
                        // Async: the status (404 for non-admins) is known before the first byte goes out.
                        <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async/>
                    </Routes>
                </ErrorBoundary>
            </main>
            <SiteFooter/>
        </Router>
    }
}
