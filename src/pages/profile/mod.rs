//! The profile: set up right after sign-up, edited afterwards; the account's panels
//! (address, mail, password, deletion) are in `account`.

mod account;

use leptos::prelude::*;
use leptos::server::ServerActionError;
use leptos::server_fn::error::ServerFnUrlError;
use leptos::server_fn::ServerFn;
use leptos::wasm_bindgen::JsCast;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;
use web_sys::{FormData, HtmlFormElement};

use crate::api::profiles::{save_profile, SaveProfile};
use crate::components::auth::use_auth;
use crate::components::avatar::Avatar;
use crate::components::error_view::ErrorNotice;
use crate::components::form::ActionError;
use crate::components::later::later;
use crate::error::AppError;
use crate::model::{CurrentUser, TrainingLevel, NAME_MAX_CHARS};
use account::{AddressPanel, ChangePasswordPanel, DeleteAccountPanel, MailPanel};

#[component]
pub fn ProfilePage() -> impl IntoView {
    let auth = use_auth();
    view! {
        <Title text="Your profile"/>
        <Transition fallback=|| view! { <p class="muted" role="status">"Loading…"</p> }>
            {move || Suspend::new(async move {
                match auth.user.await {
                    // The form hydrates with the page; each panel below it in a task of
                    // its own (components/later.rs).
                    Ok(Some(user)) => view! {
                        <ProfileForm user=user.clone()/>
                        {later(|| view! { <RecordPanel/> })}
                        {later(move || view! { <AddressPanel user/> })}
                        {later(|| view! { <MailPanel/> })}
                        {later(|| view! { <ChangePasswordPanel/> })}
                        {later(|| view! { <DeleteAccountPanel/> })}
                    }
                    .into_any(),
                    Ok(None) => {
                        view! {
                            <section class="form-card">
                                <h1>"Your profile"</h1>
                                <p>"Sign in to set up your profile."</p>
                                <A href="/sign-in?next=/profile" attr:class="button">"Sign in"</A>
                            </section>
                        }
                            .into_any()
                    }
                    Err(error) => view! { <ErrorNotice error/> }.into_any(),
                }
            })}
        </Transition>
    }
}

#[component]
fn ProfileForm(user: CurrentUser) -> impl IntoView {
    let auth = use_auth();
    let setting_up = user.profile.is_none();
    let profile = user.profile.clone();
    let (first, last, level) = profile
        .as_ref()
        .map(|p| {
            (
                p.first_name.clone(),
                p.last_name.clone(),
                Some(p.training_level),
            )
        })
        .unwrap_or_default();
    let query = use_query_map();
    // Where a new user was going (kept from sign-in or sign-up), and whether the server
    // just sent a changed profile back here: both in the URL, so they hold with or
    // without JavaScript and survive the header's user being read again.
    let next = move || query.read().get("next").unwrap_or_default();
    let saved = move || query.read().get("saved").is_some();
    // A form posted without JavaScript comes back with its error in the URL.
    let posted_error = use_context::<ServerActionError>()
        .filter(|e| e.path() == SaveProfile::PATH)
        .map(|e| Err(ServerFnUrlError::<AppError>::decode_err(e.err())));
    let save = Action::new_local(|data: &FormData| save_profile(data.clone().into()));
    // The server sends a saved profile on (a new one to `next`, a changed one back here
    // with `saved=1`); the header reads the user again.
    Effect::new(move |_| {
        if matches!(save.value().get(), Some(Ok(()))) {
            auth.changed();
        }
    });
    let error = Signal::derive(move || save.value().get().or_else(|| posted_error.clone()));
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let form = ev
            .target()
            .and_then(|t| t.dyn_into::<HtmlFormElement>().ok());
        if let Some(data) = form.and_then(|f| FormData::new_with_form(&f).ok()) {
            save.dispatch_local(data);
        }
    };
    view! {
        <section class="form-card">
            <h1>{if setting_up { "Set up your profile" } else { "Your profile" }}</h1>
            <p class="muted">
                {if setting_up {
                    "Partners see your name, training level and avatar on the sessions you host or join."
                } else {
                    "Signed in as "
                }}
                {(!setting_up).then(|| user.email.clone())}
            </p>
            {profile.map(|person| view! { <div class="profile-preview"><Avatar person/></div> })}
            // Posts itself without JavaScript; with it, the same server function is called
            // from the page.
            <form
                method="post"
                action=SaveProfile::url()
                enctype="multipart/form-data"
                on:submit=on_submit
            >
                <input type="hidden" name="next" value=next/>
                <div class="field">
                    <label for="first_name">"First name"</label>
                    <input id="first_name" name="first_name" autocomplete="given-name" aria-describedby="first_name-hint" required value=first/>
                    <p id="first_name-hint" class="hint">{format!("Up to {NAME_MAX_CHARS} characters.")}</p>
                </div>
                <div class="field">
                    <label for="last_name">"Last name"</label>
                    <input id="last_name" name="last_name" autocomplete="family-name" aria-describedby="last_name-hint" required value=last/>
                    <p id="last_name-hint" class="hint">{format!("Up to {NAME_MAX_CHARS} characters.")}</p>
                </div>
                <div class="field">
                    <label for="training_level">"Training level"</label>
                    <select id="training_level" name="training_level" required>
                        <option value="" disabled selected=level.is_none()>"Choose your training level"</option>
                        {TrainingLevel::ALL
                            .into_iter()
                            .map(|l| view! { <option value=l.code() selected=level == Some(l)>{l.label()}</option> })
                            .collect_view()}
                    </select>
                </div>
                <div class="field">
                    <label for="avatar">"Avatar"</label>
                    <input id="avatar" name="avatar" type="file" accept="image/png,image/jpeg,image/webp" aria-describedby="avatar-hint"/>
                    <p id="avatar-hint" class="hint">
                        "Optional. PNG, JPEG or WebP, at most 5 MB and 6000 pixels a side; we keep a square thumbnail and nothing else. Without one, your initials are shown."
                    </p>
                </div>
                <ActionError value=error/>
                {move || {
                    (saved() && !save.pending().get() && !matches!(error.get(), Some(Err(_))))
                        .then(|| view! { <p class="notice notice--success" role="status">"Profile saved."</p> })
                }}
                <button type="submit" class="button" disabled=move || save.pending().get()>
                    "Save profile"
                </button>
            </form>
        </section>
    }
}

/// The trainee's own attendance record, as partners see it on the board and the
/// session page.
#[component]
fn RecordPanel() -> impl IntoView {
    let record = Resource::new(|| (), |_| crate::api::partners::my_reliability());
    view! {
        <section class="form-card" aria-labelledby="record-heading">
            <h2 id="record-heading">"Attendance record"</h2>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    record.await.ok().map(|r| view! {
                        <p><strong>{r}</strong></p>
                        <p class="hint">"Partners see this beside your name. A session counts once a round starts, or when your partner says whether you came; a report you dispute within 48 hours counts for neither of you."</p>
                    })
                })}
            </Suspense>
        </section>
    }
}
