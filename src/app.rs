//! The app shell: document, header and footer around the routes.

use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{path, Lazy, LazyRoute, SsrMode};

use crate::components::auth::Auth;
use crate::components::error_view::ErrorView;
use crate::components::later::later;
use crate::components::layout::{SiteFooter, SiteHeader};
use crate::components::live::{Live, LiveStatus};
use crate::components::pause::pause;
use crate::pages::{
    admin::{
        case::CasePage,
        cases::CaseListPage,
        editor::{EditCasePage, NewCasePage},
        AdminPage,
    },
    attend::AttendPage,
    board::BoardPage,
    confirm_email::ConfirmEmailPage,
    my_sessions::MySessionsPage,
    not_found::NotFound,
    partners::PartnersPage,
    profile::ProfilePage,
    progress::ProgressPage,
    recovery::{ForgotPasswordPage, ResetPasswordPage, UnsubscribePage},
    room::RoomPage,
    sign_in::{SignInPage, SignUpPage},
};

#[cfg(feature = "ssr")]
const ZONE_SCRIPT: &str = include_str!("scripts/zone.js");
#[cfg(feature = "ssr")]
static ZONE_INLINE: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| crate::host::hydration::inline_script(ZONE_SCRIPT));

/// At the end of the body: words the page's times again in the browser's zone when the
/// server did not know it yet (see `ZONE_SCRIPT`).
#[cfg(feature = "ssr")]
const WORDS_SCRIPT: &str = include_str!("scripts/words.js");
#[cfg(feature = "ssr")]
static WORDS_INLINE: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| crate::host::hydration::inline_script(WORDS_SCRIPT));

#[cfg(feature = "ssr")]
pub fn shell(options: LeptosOptions) -> impl IntoView {
    use crate::components::live::LiveFrom;
    use crate::host::hydration::Hydration;
    use leptos_meta::MetaTags;

    // Each page's Content-Security-Policy names this response's nonce, which Leptos puts
    // on its own inline scripts (hydration, resources) and this shell on the zone script.
    let nonce = leptos::nonce::use_nonce();
    crate::host::headers::page_security_headers(nonce.as_deref());
    view! {
        <!DOCTYPE html>
        <html lang="en-GB">
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                // Times are worded on the server in the viewer's zone, which the browser
                // names in a cookie. A page worded before the server knew it has its
                // times hidden here and worded again at the end of the body, before
                // anything is drawn (no reload, no flash of wrong times).
                <script nonce=nonce.clone() inner_html=ZONE_INLINE.as_str()></script>
                <AutoReload options=options.clone()/>
                // The page-independent head lives here, in the server-only shell, not in
                // the app: the browser bundle carries no code for tags that never change.
                <link id="leptos" rel="stylesheet" href="/pkg/med-practice.css"/>
                <link rel="icon" type="image/svg+xml" href="/favicon.svg"/>
                <meta name="color-scheme" content="light dark"/>
                <meta
                    name="description"
                    content="Find a partner and rehearse OSCE, PLAB 2, UKMLA CPSA, MRCP PACES and MRCGP SCA stations, with honest feedback on every round."
                />
                <MetaTags/>
                <LiveFrom/>
            </head>
            <body>
                <App/>
                <script nonce=nonce inner_html=WORDS_INLINE.as_str()></script>
                // After the words script, so the page's times are right before it hydrates.
                <Hydration options/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    Live::provide();
    // The page hydrates in steps, each starting a task of its own (components/pause.rs):
    // the title; the router, with the signed-in user; the header; the live status; the
    // page's frame; the page.
    view! {
        {pause(|| view! {
            <Title formatter=|page: String| {
                if page.is_empty() { "Med Practice".to_string() } else { format!("{page} · Med Practice") }
            }/>
        })}
        {pause(|| {
            Auth::provide();
            view! {
                <Router>
                    <a class="skip-link" href="#main">"Skip to main content"</a>
                    // The header and the footer hydrate in tasks of their own, after the
                    // page (components/later.rs).
                    {pause(|| later(|| view! { <SiteHeader/> }))}
                    {pause(|| view! { <LiveStatus/> })}
                    {pause(|| view! {
                        <main id="main" class="container page" tabindex="-1">
                            <ErrorBoundary fallback=|errors| view! { <ErrorView errors/> }>
                                {pause(|| view! { <Pages/> })}
                            </ErrorBoundary>
                        </main>
                    })}
                    {later(|| view! { <SiteFooter/> })}
                </Router>
            }
        })}
    }
}

/// Every page, by its path.
#[component]
fn Pages() -> impl IntoView {
    view! {
        <Routes fallback=|| view! { <NotFound/> }>
            // Async: the board's data takes a few milliseconds, so one whole
            // page costs less to render and send than a streamed shell with its
            // sessions swapped in after (BENCHMARKS.md).
            <Route path=path!("/") view=BoardPage ssr=SsrMode::Async/>
            // Async, like every page here: rendered whole, so the header's user
            // and the page's data are in the HTML itself and need no script to
            // be swapped in (pages work without JavaScript).
            <Route path=path!("/my-sessions") view={Lazy::<MySessionsRoute>::new()} ssr=SsrMode::Async/>
            // Async: a missing session's 404 status and every session's title
            // are set before the first byte goes out.
            <Route path=path!("/s/:room_url") view={Lazy::<RoomRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/sign-in") view={Lazy::<SignInRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/sign-up") view={Lazy::<SignUpRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/forgot-password") view={Lazy::<ForgotPasswordRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/reset-password") view={Lazy::<ResetPasswordRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/attend") view={Lazy::<AttendRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/partners") view={Lazy::<PartnersRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/progress") view={Lazy::<ProgressRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/confirm-email") view={Lazy::<ConfirmEmailRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/unsubscribe") view={Lazy::<UnsubscribeRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/profile") view={Lazy::<ProfileRoute>::new()} ssr=SsrMode::Async/>
            // Async: the status (404 for non-admins) is known before the first byte goes out.
            <Route path=path!("/admin") view={Lazy::<AdminRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/admin/cases") view={Lazy::<CaseListRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/admin/cases/new") view={Lazy::<NewCaseRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/admin/cases/:id") view={Lazy::<CaseRoute>::new()} ssr=SsrMode::Async/>
            <Route path=path!("/admin/cases/:id/edit") view={Lazy::<EditCaseRoute>::new()} ssr=SsrMode::Async/>
        </Routes>
    }
}

// Pages most visitors never open, or open after the board, come in their own WASM
// chunks (`cargo leptos build --release --split`): the first load carries the shell
// and the board; a session page, the signed-in trainee's own pages, signing in and up
// and the admin pages load their code when first visited (and are server-rendered as
// ever). The session page is a lazy function of its own; the others come in groups
// (`lazy_group!` below).

/// The session page: a lazy route whose preload (which the router awaits before
/// the page hydrates) also loads the chunks of the parts the server rendered into it
/// (the practice, the host's tools; see pages/room.rs). Loading them in `view` instead
/// left the route's view pending while the page hydrated, and hydration went on past
/// it: "expected a marker node".
#[derive(Clone, Copy, Debug)]
pub struct RoomRoute;

#[leptos::lazy]
fn room_route_view(this: RoomRoute) -> AnyView {
    let _ = this;
    view! { <RoomPage/> }.into_any()
}

impl LazyRoute for RoomRoute {
    fn data() -> Self {
        RoomRoute
    }

    async fn view(this: Self) -> AnyView {
        room_route_view(this).await
    }

    async fn preload() {
        #[cfg(feature = "hydrate")]
        {
            __preload_room_route_view().await;
            crate::pages::room::preload_rendered_parts().await;
            // The router hydrates the page as soon as this resolves: in a task of its
            // own, not the one that started the last chunk (components/pause.rs).
            crate::components::pause::next_task().await;
        }
    }
}

// The signed-in trainee's own pages share one chunk, the account pages another, and the
// admin pages a third. wasm-split makes a chunk for every set of lazy functions that
// share code, and a page fetches and instantiates each chunk its functions need, each a
// module of its own, all from the one task that asks for the page's code. So each lazy
// function fewer means fewer, larger chunks for every page, the session page's included
// (BENCHMARKS.md, Lighthouse): with the trainee's five pages each a lazy function of its
// own, a host's session page loaded 109 modules (88 of them under 2 KB) and that task
// ran about 150 ms on a 4x slower CPU; as one group, 59 modules and 40 ms (session 26).
// In session 20 the account and admin groups took a guest's page from 181 modules to
// 125. A group's pages are forms and lists its visitor is likely to open next, loaded
// after the page has been drawn.
macro_rules! lazy_group {
    ($group:ident, $view:ident, $preload:ident, $($route:ident => $page:ident),+ $(,)?) => {
        #[derive(Clone, Copy, Debug)]
        pub enum $group {
            $($route),+
        }

        #[leptos::lazy]
        fn $view(page: $group) -> AnyView {
            match page {
                $($group::$route => view! { <$page/> }.into_any()),+
            }
        }

        $(
            #[derive(Clone, Copy, Debug)]
            pub struct $route;

            impl LazyRoute for $route {
                fn data() -> Self {
                    $route
                }

                async fn view(this: Self) -> AnyView {
                    let _ = this;
                    $view($group::$route).await
                }

                async fn preload() {
                    #[cfg(feature = "hydrate")]
                    {
                        $preload().await;
                        // As the session page's: the page hydrates in a task of its own.
                        crate::components::pause::next_task().await;
                    }
                }
            }
        )+
    };
}

lazy_group!(
    TraineePages,
    trainee_pages_view,
    __preload_trainee_pages_view,
    MySessionsRoute => MySessionsPage,
    ProfileRoute => ProfilePage,
    AttendRoute => AttendPage,
    PartnersRoute => PartnersPage,
    ProgressRoute => ProgressPage,
);
lazy_group!(
    AccountPages,
    account_pages_view,
    __preload_account_pages_view,
    SignInRoute => SignInPage,
    SignUpRoute => SignUpPage,
    ForgotPasswordRoute => ForgotPasswordPage,
    ResetPasswordRoute => ResetPasswordPage,
    UnsubscribeRoute => UnsubscribePage,
    ConfirmEmailRoute => ConfirmEmailPage,
);
lazy_group!(
    AdminPages,
    admin_pages_view,
    __preload_admin_pages_view,
    AdminRoute => AdminPage,
    CaseListRoute => CaseListPage,
    NewCaseRoute => NewCasePage,
    CaseRoute => CasePage,
    EditCaseRoute => EditCasePage,
);
