//! The page a reminder's "Will you be there?" link opens: it asks first (mail scanners
//! follow links), then answers for the link's person with no sign-in.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::attendance::{attendance_link, AnswerAttendance};
use crate::api::sessions::room_path;
use crate::components::error_view::ErrorNotice;
use crate::components::form::ActionError;

#[component]
pub fn AttendPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let action = ServerAction::<AnswerAttendance>::new();
    // Without JavaScript the answer is a redirect to `?answered=yes|no`.
    let answered = move || query.read().get("answered");
    let link = Resource::new(token, attendance_link);
    view! {
        <Title text="Will you be there?"/>
        <section class="form-card">
            <h1>"Will you be there?"</h1>
            {move || match answered().as_deref() {
                Some("yes") => view! {
                    <p role="status" class="notice notice--success">
                        "Thank you: your partner can see that you will be there. A reminder comes an hour before."
                    </p>
                }
                .into_any(),
                Some(_) => view! {
                    <p role="status" class="notice notice--success">
                        "Done: your partner has been told. If you were the guest, your seat is free for someone else; if you were the host, the session is cancelled."
                    </p>
                }
                .into_any(),
                None => view! {
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            match link.await {
                                Ok(link) => {
                                    let path = room_path(&link.room_url);
                                    let (yes_token, no_token) = (token(), token());
                                    let consequence = if link.is_host {
                                        "If you can't make it, the session is cancelled and your guest is told."
                                    } else {
                                        "If you can't make it, your seat is freed for someone else and your host is told."
                                    };
                                    // A plain link: this view can resolve after the page has
                                    // moved on (the answer's redirect), when the router's
                                    // context that `<A>` reads is gone.
                                    view! {
                                        <p>
                                            "Your practice session starts "
                                            <time datetime=link.starts.to_rfc3339()>{link.when}</time>
                                            ". "
                                            <a href=path>"Open the session"</a>
                                        </p>
                                        {link.confirmed.then(|| view! {
                                            <p class="notice notice--info">"You have already said you will be there."</p>
                                        })}
                                        <div class="button-row">
                                            <ActionForm action attr:class="inline-form">
                                                <input type="hidden" name="token" value=yes_token/>
                                                <input type="hidden" name="answer" value="yes"/>
                                                <button type="submit" class="button" disabled=move || action.pending().get()>"I'll be there"</button>
                                            </ActionForm>
                                            <ActionForm action attr:class="inline-form">
                                                <input type="hidden" name="token" value=no_token/>
                                                <input type="hidden" name="answer" value="no"/>
                                                <button type="submit" class="button button--secondary" disabled=move || action.pending().get()>"I can't make it"</button>
                                            </ActionForm>
                                        </div>
                                        <p class="hint">{consequence}</p>
                                    }
                                    .into_any()
                                }
                                Err(error) => view! { <ErrorNotice error/> }.into_any(),
                            }
                        })}
                    </Suspense>
                    <ActionError value=action.value().into()/>
                }
                .into_any(),
            }}
        </section>
    }
}
