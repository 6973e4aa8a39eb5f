//! The admin pages: the overview and the case library. Anyone else gets the 404 page,
//! as if they did not exist (and the database refuses them anyway).

pub mod attendance;
pub mod case;
pub mod cases;
pub mod editor;

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;

use crate::api::admin::get_admin_overview;
use crate::components::error_view::ErrorNotice;
use crate::error::AppError;
use crate::pages::not_found::NotFound;

#[component]
pub fn AdminPage() -> impl IntoView {
    let overview = Resource::new(|| (), |_| get_admin_overview());
    view! {
        <Suspense fallback=|| view! { <p class="muted" role="status">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match overview.await {
                    Ok(o) => {
                        view! {
                            <Title text="Admin"/>
                            <section class="intro">
                                <h1>"Admin"</h1>
                                <dl class="stats">
                                    <div><dt>"Accounts"</dt><dd>{o.accounts}</dd></div>
                                    <div><dt>"Upcoming sessions"</dt><dd>{o.upcoming_sessions}</dd></div>
                                    <div><dt>"Case briefs"</dt><dd>{o.case_briefs}</dd></div>
                                </dl>
                                <nav aria-label="Admin">
                                    <A href="/admin/cases" attr:class="button">"Case library"</A>

                                </nav>
                            </section>
                            <attendance::AttendanceReports/>
                        }
                            .into_any()
                    }
                    Err(AppError::NotFound | AppError::Unauthenticated) => view! { <NotFound/> }.into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
