//! The account's panels on the profile page: its email address (changed only once the
//! new one is confirmed), the mail it gets and in which time zone, its password, and
//! deleting it.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::api::account::{
    mail_preferences, my_time_zone, ChangeEmail, ChangePassword, DeleteAccount,
    SaveMailPreferences, SaveTimeZone, TimeZoneChoice,
};
use crate::components::auth::use_auth;
use crate::components::confirm::Confirm;
use crate::components::form::{ActionError, NewPasswordField};
use crate::model::CurrentUser;

/// The account's address: whether it is confirmed, and changing it.
#[component]
pub fn AddressPanel(user: CurrentUser) -> impl IntoView {
    let change = ServerAction::<ChangeEmail>::new();
    let query = use_query_map();
    // Without JavaScript the answers are redirects to `?email=sent` and `?email=confirmed`.
    let answer = move || query.read().get("email");
    let sent =
        move || answer().as_deref() == Some("sent") || matches!(change.value().get(), Some(Ok(())));
    let confirmed = move || answer().as_deref() == Some("confirmed");
    let state = if user.email_verified {
        format!("Your email address is {}.", user.email)
    } else {
        format!(
            "Your email address is {}, not confirmed yet: open the link we sent to it.",
            user.email
        )
    };
    view! {
        <section class="form-card" aria-labelledby="address-heading">
            <h2 id="address-heading">"Email address"</h2>
            <Show when=confirmed>
                <p role="status" class="notice notice--success">"Your email address is confirmed."</p>
            </Show>
            <p>{state}</p>
            <ActionForm action=change>
                <div class="field">
                    <label for="new-email">"New email address"</label>
                    <input id="new-email" name="email" type="email" autocomplete="email" required aria-describedby="new-email-hint"/>
                    <p id="new-email-hint" class="hint">"We email a link to the new address; your address changes when you open it, and your current address is told."</p>
                </div>
                <div class="field">
                    <label for="email-current-password">"Current password"</label>
                    <input id="email-current-password" name="current" type="password" autocomplete="current-password" required/>
                </div>
                <ActionError value=change.value().into()/>
                <Show when=sent>
                    <p role="status" class="notice">"Check the new address's inbox: open the link there to finish the change."</p>
                </Show>
                <button type="submit" class="button" disabled=move || change.pending().get()>
                    "Change email address"
                </button>
            </ActionForm>
        </section>
    }
}

/// The zone mail states times in: the browser's when the profile was set up, changeable
/// here.
#[component]
fn TimeZoneForm() -> impl IntoView {
    let save = ServerAction::<SaveTimeZone>::new();
    let query = use_query_map();
    let saved = move || {
        query.read().get("zone").as_deref() == Some("saved")
            || matches!(save.value().get(), Some(Ok(())))
    };
    let zone = Resource::new(move || save.version().get(), |_| my_time_zone());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                let choice = zone.await.unwrap_or(TimeZoneChoice { zone: None, zones: Vec::new() });
                let current = choice.zone.unwrap_or_else(|| "UTC".into());
                view! {
                    <ActionForm action=save>
                        <div class="field">
                            <label for="time-zone">"Time zone for emails"</label>
                            <select id="time-zone" name="zone" aria-describedby="time-zone-hint">
                                {choice.zones.into_iter().map(|zone| {
                                    let selected = zone == current;
                                    view! { <option value=zone.clone() selected=selected>{zone.replace('_', " ")}</option> }
                                }).collect_view()}
                            </select>
                            <p id="time-zone-hint" class="hint">"Emails state session times in this zone, and your partner sees them in it beside their own."</p>
                        </div>
                        <ActionError value=save.value().into()/>
                        <Show when=saved>
                            <p role="status" class="notice">"Your time zone is saved."</p>
                        </Show>
                        <button type="submit" class="button" disabled=move || save.pending().get()>
                            "Save time zone"
                        </button>
                    </ActionForm>
                }
            })}
        </Suspense>
    }
}

#[component]
pub fn MailPanel() -> impl IntoView {
    let save = ServerAction::<SaveMailPreferences>::new();
    let query = use_query_map();
    let saved = move || {
        query.read().get("mail").as_deref() == Some("saved")
            || matches!(save.value().get(), Some(Ok(())))
    };
    let choices = Resource::new(move || save.version().get(), |_| mail_preferences());
    view! {
        <section class="form-card" aria-labelledby="mail-heading">
            <h2 id="mail-heading">"Email"</h2>
            <p>"Emails about your account (password links and notices) always come. You choose the rest."</p>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    let (updates, reminders) = choices.await.unwrap_or((true, true));
                    view! {
                        <ActionForm action=save>
                            <div class="field field--check">
                                <input id="mail-updates" name="updates" type="checkbox" checked=updates/>
                                <label for="mail-updates">"Email me when my partner joins, leaves, moves or cancels a session"</label>
                            </div>
                            <div class="field field--check">
                                <input id="mail-reminders" name="reminders" type="checkbox" checked=reminders/>
                                <label for="mail-reminders">"Email me reminders a day and an hour before my sessions"</label>
                            </div>
                            <ActionError value=save.value().into()/>
                            <Show when=saved>
                                <p role="status" class="notice">"Your email settings are saved."</p>
                            </Show>
                            <button type="submit" class="button" disabled=move || save.pending().get()>
                                "Save email settings"
                            </button>
                        </ActionForm>
                    }
                })}
            </Suspense>
            <TimeZoneForm/>
        </section>
    }
}

#[component]
pub fn ChangePasswordPanel() -> impl IntoView {
    let change = ServerAction::<ChangePassword>::new();
    let query = use_query_map();
    // Without JavaScript the answer is a redirect to `?password=changed`.
    let done = move || {
        query.read().get("password").as_deref() == Some("changed")
            || matches!(change.value().get(), Some(Ok(())))
    };
    view! {
        <section class="form-card" aria-labelledby="password-heading">
            <h2 id="password-heading">"Change password"</h2>
            <ActionForm action=change>
                <div class="field">
                    <label for="current-password">"Current password"</label>
                    <input id="current-password" name="current" type="password" autocomplete="current-password" required/>
                </div>
                <NewPasswordField id="new-password" label="New password" hint="At least 12 characters. Every other device signed in to your account is signed out."/>
                <ActionError value=change.value().into()/>
                <Show when=done>
                    <p role="status" class="notice">"Your password is changed. Other devices are signed out."</p>
                </Show>
                <button type="submit" class="button" disabled=move || change.pending().get()>
                    "Change password"
                </button>
            </ActionForm>
        </section>
    }
}

#[component]
pub fn DeleteAccountPanel() -> impl IntoView {
    let auth = use_auth();
    let delete = ServerAction::<DeleteAccount>::new();
    auth.follow(delete);
    view! {
        <section class="form-card danger-zone" aria-labelledby="delete-heading">
            <h2 id="delete-heading">"Delete your account"</h2>
            <p>
                "Your profile goes for good, the sessions you host are cancelled and any seat you hold is freed. This cannot be undone."
            </p>
            <ActionError value=delete.value().into()/>
            <Confirm
                id="delete-account"
                label="Delete account"
                question="Are you sure? Your account will be deleted permanently.".to_string()
                keep="Keep my account"
            >
                <ActionForm action=delete attr:class="inline-form">
                    <input type="hidden" name="confirm" value="delete"/>
                    <button type="submit" class="button button--danger">"Yes, delete my account"</button>
                </ActionForm>
            </Confirm>
        </section>
    }
}
