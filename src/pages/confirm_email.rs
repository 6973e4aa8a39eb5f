//! Confirming an email address: the page sign-up sends a person to ("check your email"),
//! the page the emailed link opens (it asks first, as mail scanners follow links), and
//! "Send the link again".

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::account::{confirmation_preview, ConfirmEmail, ResendConfirmation};
use crate::components::auth::use_auth;
use crate::components::form::ActionError;
use crate::error::AppError;

/// Shown for a link that is not, or no longer, valid.
const LINK_NOT_VALID: &str = "This confirmation link is not valid, has been used or has expired (links work for a day). Sign in and ask for a new one.";

#[component]
pub fn ConfirmEmailPage() -> impl IntoView {
    let query = use_query_map();
    let token = move || query.read().get("token");
    let sent = move || query.read().get("sent").is_some();
    // Made here, once, not inside a view that may be drawn again: the browser must
    // find the server's resource under the same number when it hydrates.
    let preview = Resource::new(token, |token| async move {
        match token {
            Some(token) => confirmation_preview(token).await,
            None => Ok(None),
        }
    });
    view! {
        <Title text="Confirm your email address"/>
        <section class="form-card">
            <h1>"Confirm your email address"</h1>
            {move || match (token(), sent()) {
                (Some(token), _) => view! { <OpenLink token preview/> }.into_any(),
                (None, true) => view! {
                    <p role="status" class="notice notice--success">
                        "Check your email: we have sent a link to the address you gave. Open it to confirm the address and carry on setting up your account. The link works for a day; check your spam folder if it has not arrived in a few minutes."
                    </p>
                    <p>"Until the address is confirmed you can look around and set up your profile, but not host or join a session."</p>
                    <p class="form-card__alt">
                        "Already confirmed? "
                        <A href="/sign-in">"Sign in"</A>
                    </p>
                }
                .into_any(),
                (None, false) => view! { <SendAgain/> }.into_any(),
            }}
        </section>
    }
}

/// The emailed link's page: which address it confirms, and the button that does it.
#[component]
fn OpenLink(token: String, preview: Resource<Result<Option<String>, AppError>>) -> impl IntoView {
    let auth = use_auth();
    let action = ServerAction::<ConfirmEmail>::new();
    auth.follow(action);
    view! {
        <Suspense fallback=|| ()>
            {move || {
                let token = token.clone();
                Suspend::new(async move {
                    match preview.await {
                        Ok(Some(address)) => view! {
                            <p>{format!("Confirm {address} as the address of your Med Practice account?")}</p>
                            <ActionForm action>
                                <input type="hidden" name="token" value=token/>
                                <button type="submit" class="button" disabled=move || action.pending().get()>
                                    "Confirm my address"
                                </button>
                            </ActionForm>
                        }
                        .into_any(),
                        _ => view! {
                            <p role="status" class="notice">{LINK_NOT_VALID}</p>
                            <p class="form-card__alt"><A href="/sign-in">"Sign in"</A></p>
                        }
                        .into_any(),
                    }
                })
            }}
        </Suspense>
        <ActionError value=action.value().into()/>
    }
}

/// "Send the link again", for a signed-in person whose address is not confirmed.
#[component]
fn SendAgain() -> impl IntoView {
    let auth = use_auth();
    let action = ServerAction::<ResendConfirmation>::new();
    let query = use_query_map();
    // Without JavaScript the answer is a redirect to `?resent=1`.
    let resent = move || {
        query.read().get("resent").is_some() || matches!(action.value().get(), Some(Ok(())))
    };
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                match auth.user.await {
                    Ok(Some(user)) if user.email_verified => view! {
                        <p role="status" class="notice notice--success">
                            {format!("Your address, {}, is confirmed.", user.email)}
                        </p>
                        <p class="form-card__alt"><A href="/">"Find a session on the board"</A></p>
                    }
                    .into_any(),
                    Ok(Some(user)) => view! {
                        <p>{format!("We sent a link to {}. Open it to confirm the address; until then you cannot host or join a session.", user.email)}</p>
                        <Show when=resent>
                            <p role="status" class="notice notice--success">
                                "A new link is on its way. It works for a day; check your spam folder if it has not arrived in a few minutes."
                            </p>
                        </Show>
                        <ActionForm action>
                            <ActionError value=action.value().into()/>
                            <button type="submit" class="button" disabled=move || action.pending().get()>
                                "Send the link again"
                            </button>
                        </ActionForm>
                        <p class="form-card__alt">"Wrong address? Change it on your " <A href="/profile">"profile page"</A> "."</p>
                    }
                    .into_any(),
                    _ => view! {
                        <p>"Sign in to ask for a new confirmation link."</p>
                        <p class="form-card__alt"><A href="/sign-in">"Sign in"</A></p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}
