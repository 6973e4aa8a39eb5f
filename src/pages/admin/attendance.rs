//! Admins: attendance reports, newest first, with a void for a report that should
//! count for nobody (a mistake, or a report made in bad faith). A section of the admin
//! overview (a route of its own would cost every visitor's first download).

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::partners::{admin_attendance_reports, VoidAttendanceReport};
use crate::api::sessions::room_path;
use crate::components::error_view::ErrorNotice;
use crate::components::form::ActionError;
use crate::error::AppError;

#[component]
pub fn AttendanceReports() -> impl IntoView {
    let void = ServerAction::<VoidAttendanceReport>::new();
    let reports = Resource::new(move || void.version().get(), |_| admin_attendance_reports());
    view! {
        <Suspense fallback=|| view! { <p class="muted" role="status">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match reports.await {
                    Ok(reports) => view! {
                        <section aria-labelledby="reports-heading">
                        <h2 id="reports-heading">"Attendance reports"</h2>
                        <p class="lead">"What participants said about whether their partner came. A disputed or void report counts for nobody; two standing no-shows within 30 days suspend hosting and joining for 7 days."</p>
                        <ActionError value=Signal::derive(move || void.value().get())/>
                        {if reports.is_empty() {
                            view! { <p class="empty">"No reports yet."</p> }.into_any()
                        } else {
                            view! {
                                <ul class="session-list" aria-label="Attendance reports">
                                    {reports.into_iter().map(|r| {
                                        let said = if r.came { "came" } else { "did not come" };
                                        let state = if r.voided {
                                            "Void"
                                        } else if r.disputed {
                                            "Disputed"
                                        } else {
                                            "Stands"
                                        };
                                        view! {
                                            <li class="session-card session-card--plain">
                                                <div class="session-card__body">
                                                    <p>{format!("{} said {} {said}", r.reporter, r.reported)}</p>
                                                    <p class="muted">
                                                        {format!("Session on {} · reported {} · ", r.when, r.reported_at)}
                                                        <A href=room_path(&r.room_url)>"Open the session"</A>
                                                    </p>
                                                </div>
                                                <div class="session-card__meta">
                                                    <span class="badge">{state}</span>
                                                    {(!r.voided).then(|| view! {
                                                        <ActionForm action=void attr:class="inline-form">
                                                            <input type="hidden" name="room" value=r.room_id.to_string()/>
                                                            <input type="hidden" name="reporter" value=r.reporter_id.to_string()/>
                                                            <button type="submit" class="button button--secondary">"Void"</button>
                                                        </ActionForm>
                                                    })}
                                                </div>
                                            </li>
                                        }
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                        </section>
                    }
                    .into_any(),
                    // The overview around it has already answered 404 to anyone else.
                    Err(AppError::NotFound | AppError::Unauthenticated | AppError::Forbidden) => ().into_any(),
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Suspense>
    }
}
