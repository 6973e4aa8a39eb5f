//! "Forgot your password?" and the page its emailed link opens; the page an unsubscribe
//! link opens.

/// Shown for a link that is not (or no longer) valid; the server's own words.
const UNSUBSCRIBE_LINK_NOT_VALID: &str = "This unsubscribe link is not valid or has expired. You can change which emails you get on your profile page.";

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::account::{
    mail_enabled, unsubscribe_preview, ForgotPassword, ResetPassword, Unsubscribe, MAIL_OFF,
};
use crate::components::auth::use_auth;
use crate::components::form::{ActionError, NewPasswordField};

#[component]
pub fn ForgotPasswordPage() -> impl IntoView {
    let action = ServerAction::<ForgotPassword>::new();
    let query = use_query_map();
    // Without JavaScript the form's answer is a redirect to `?sent=1`.
    let sent =
        move || query.read().get("sent").is_some() || matches!(action.value().get(), Some(Ok(())));
    let enabled = Resource::new(|| (), |_| mail_enabled());
    view! {
        <Title text="Forgot your password?"/>
        <section class="form-card">
            <h1>"Forgot your password?"</h1>
            <Suspense fallback=|| ()>
                {move || Suspend::new(async move {
                    match enabled.await {
                        Ok(false) => view! { <p role="status">{MAIL_OFF}</p> }.into_any(),
                        _ => view! {
                            <Show
                                when=sent
                                fallback=move || view! {
                                    <p>"Enter the email address of your account. We will email it a link to set a new password."</p>
                                    <ActionForm action>
                                        <div class="field">
                                            <label for="email">"Email"</label>
                                            <input id="email" name="email" type="email" autocomplete="email" required/>
                                        </div>
                                        <ActionError value=action.value().into()/>
                                        <button type="submit" class="button" disabled=move || action.pending().get()>
                                            "Send the link"
                                        </button>
                                    </ActionForm>
                                }
                            >
                                <p role="status" class="notice">
                                    "If an account uses that address, we have emailed it a link to set a new password. The link works for an hour; check your spam folder if it has not arrived in a few minutes."
                                </p>
                            </Show>
                        }.into_any(),
                    }
                })}
            </Suspense>
            <p class="form-card__alt">
                "Remembered it? "
                <A href="/sign-in">"Sign in"</A>
            </p>
        </section>
    }
}

#[component]
pub fn ResetPasswordPage() -> impl IntoView {
    let auth = use_auth();
    let action = ServerAction::<ResetPassword>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    auth.follow(action);
    view! {
        <Title text="Set a new password"/>
        <section class="form-card">
            <h1>"Set a new password"</h1>
            <p>"Setting a new password signs every device out of your account; this one stays signed in."</p>
            <ActionForm action>
                <input type="hidden" name="token" value=token/>
                <NewPasswordField id="password" label="New password" hint="At least 12 characters. A few words you will remember work well."/>
                <ActionError value=action.value().into()/>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    "Set the password"
                </button>
            </ActionForm>
            <p class="form-card__alt">
                "Link not working? "
                <A href="/forgot-password">"Ask for a new one"</A>
            </p>
        </section>
    }
}

/// The page an unsubscribe link in a mail opens: it asks before it stops anything, as
/// mail scanners follow links.
#[component]
pub fn UnsubscribePage() -> impl IntoView {
    let action = ServerAction::<Unsubscribe>::new();
    let query = use_query_map();
    let token = move || query.read().get("token").unwrap_or_default();
    let done =
        move || query.read().get("done").is_some() || matches!(action.value().get(), Some(Ok(())));
    let preview = Resource::new(token, unsubscribe_preview);
    view! {
        <Title text="Unsubscribe"/>
        <section class="form-card">
            <h1>"Unsubscribe"</h1>
            <Show
                when=done
                fallback=move || view! {
                    <Suspense fallback=|| ()>
                        {move || Suspend::new(async move {
                            match preview.await {
                                Ok(Some(view)) => view! {
                                    <p>{format!("Stop {} to {}?", view.what, view.email)}</p>
                                    <ActionForm action>
                                        <input type="hidden" name="token" value=token/>
                                        <button type="submit" class="button" disabled=move || action.pending().get()>"Unsubscribe"</button>
                                    </ActionForm>
                                }.into_any(),
                                _ => view! { <p role="status">{UNSUBSCRIBE_LINK_NOT_VALID}</p> }.into_any(),
                            }
                        })}
                    </Suspense>
                }
            >
                <p role="status" class="notice">"Done: you will get no more emails of that kind. Your profile page has all your email settings."</p>
            </Show>
            <ActionError value=action.value().into()/>
            <p class="form-card__alt"><A href="/profile">"Email settings"</A></p>
        </section>
    }
}
