//! The app shell: document, header and footer around the routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Link, Meta, MetaTags, Stylesheet, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, SsrMode};

use crate::components::auth::Auth;
use crate::components::error_view::ErrorView;
use crate::components::layout::{SiteFooter, SiteHeader};
use crate::components::live::{Live, LiveFrom, LiveStatus};
use crate::pages::{
    admin::{
        case::CasePage,
        cases::CaseListPage,
        editor::{EditCasePage, NewCasePage},
        AdminPage,
    },
    board::BoardPage,
    my_sessions::MySessionsPage,
    not_found::NotFound,
    profile::ProfilePage,
    room::RoomPage,
    sign_in::{SignInPage, SignUpPage},
};

const ZONE_SCRIPT: &str = r#"(function(){try{var z=Intl.DateTimeFormat().resolvedOptions().timeZone;if(!z)return;var m=document.cookie.match(/(?:^|; )mp_tz=([^;]*)/);if(m&&decodeURIComponent(m[1])===z)return;document.cookie="mp_tz="+encodeURIComponent(z)+"; path=/; max-age=31536000; samesite=lax";if(!m&&document.cookie.indexOf("mp_tz=")>=0)location.reload();}catch(e){}})();"#;

pub fn shell(options: LeptosOptions) -> impl IntoView {
    view! {
        <!DOCTYPE html>
        <html lang="en-GB">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // Times are worded on the server in the viewer's zone, so the server must
                // know it before rendering: the browser names it in a cookie, once, and
                // the first page is fetched again with it (no flicker, no mismatch).
                <script inner_html=ZONE_SCRIPT></script>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
                <LiveFrom/>
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
    Live::provide();
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
            <LiveStatus/>
            <main id="main" class="container page" tabindex="-1">
                <ErrorBoundary fallback=|errors| view! { <ErrorView errors/> }>
                    <Routes fallback=|| view! { <NotFound/> }>
                        <Route path=path!("/") view=BoardPage/>
                        <Route path=path!("/my-sessions") view=MySessionsPage/>
                        // Async: a missing session's 404 status and every session's title
                        // are set before the first byte goes out.
                        <Route path=path!("/s/:room_url") view=RoomPage ssr=SsrMode::Async/>
                        <Route path=path!("/sign-in") view=SignInPage/>
                        <Route path=path!("/sign-up") view=SignUpPage/>
                        <Route path=path!("/profile") view=ProfilePage/>
                        // Async: the status (404 for non-admins) is known before the first byte goes out.
                        <Route path=path!("/admin") view=AdminPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/cases") view=CaseListPage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/cases/new") view=NewCasePage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/cases/:id") view=CasePage ssr=SsrMode::Async/>
                        <Route path=path!("/admin/cases/:id/edit") view=EditCasePage ssr=SsrMode::Async/>
                    </Routes>
                </ErrorBoundary>
            </main>
            <SiteFooter/>
        </Router>
    }
}
