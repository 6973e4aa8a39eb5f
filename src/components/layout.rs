//! The header (brand, main navigation, the signed-in user) and footer on every page.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

use super::auth::use_auth;
use super::avatar::Avatar;
use super::form::ActionError;
use crate::api::account::{ResendConfirmation, SignOut};
use crate::model::messages::CONFIRM_ADDRESS_FIRST;

#[component]
pub fn SiteHeader() -> impl IntoView {
    let auth = use_auth();
    let sign_out = ServerAction::<SignOut>::new();
    auth.follow(sign_out);
    view! {
        <header class="site-header">
            <div class="container site-header__inner">
                <A href="/" attr:class="brand">
                    <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                        <rect x="1" y="1" width="30" height="30" rx="8" fill="currentColor"/>
                        <path d="M16 8v16M8 16h16" stroke="var(--color-on-primary)" stroke-width="4" stroke-linecap="round"/>
                    </svg>
                    <span>"Med Practice"</span>
                </A>
                <nav class="site-nav" aria-label="Main">
                    <A href="/" exact=true>"Board"</A>
                    <A href="/my-sessions">
                        "My sessions"
                        <Transition fallback=|| ()>
                            {move || Suspend::new(async move {
                                let unread = match auth.user.await {
                                    Ok(Some(user)) => user.unread_updates,
                                    _ => 0,
                                };
                                (unread > 0)
                                    .then(|| {
                                        let label = if unread == 1 {
                                            "1 new update".to_string()
                                        } else {
                                            format!("{unread} new updates")
                                        };
                                        view! {
                                            <span class="count-badge">
                                                <span aria-hidden="true">{unread}</span>
                                                <span class="visually-hidden">{format!(" ({label})")}</span>
                                            </span>
                                        }
                                    })
                            })}
                        </Transition>
                    </A>
                    <Transition fallback=|| ()>
                        {move || Suspend::new(async move {
                            match auth.user.await {
                                Ok(Some(user)) => {
                                    let admin = user
                                        .is_admin
                                        .then(|| view! { <A href="/admin">"Admin"</A> });
                                    let me = match user.profile {
                                        Some(person) => {
                                            let name = person.full_name();
                                            Either::Left(view! {
                                                <A href="/profile" attr:class="me">
                                                    <Avatar person/>
                                                    <span>{name}</span>
                                                </A>
                                            })
                                        }
                                        None => Either::Right(view! { <A href="/profile">"Set up profile"</A> }),
                                    };
                                    Either::Left(view! {
                                        {admin}
                                        {me}
                                        <ActionForm action=sign_out attr:class="inline-form">
                                            <button type="submit" class="link-button">"Sign out"</button>
                                        </ActionForm>
                                    })
                                }
                                _ => Either::Right(view! { <A href="/sign-in">"Sign in"</A> }),
                            }
                        })}
                    </Transition>
                </nav>
            </div>
            <ConfirmNotice/>
        </header>
    }
}

/// For a signed-in person whose address is not confirmed yet: why they cannot host or
/// join, and "Send the link again" (which answers on the confirm-email page).
#[component]
fn ConfirmNotice() -> impl IntoView {
    let auth = use_auth();
    let resend = ServerAction::<ResendConfirmation>::new();
    view! {
        <Transition fallback=|| ()>
            {move || Suspend::new(async move {
                matches!(auth.user.await, Ok(Some(user)) if !user.email_verified).then(|| view! {
                    <div class="confirm-bar">
                        <div class="container confirm-bar__inner">
                            <p>{CONFIRM_ADDRESS_FIRST}</p>
                            <Show
                                when=move || matches!(resend.value().get(), Some(Ok(())))
                                fallback=move || view! {
                                    <ActionForm action=resend attr:class="inline-form">
                                        <button type="submit" class="link-button">"Send the link again"</button>
                                    </ActionForm>
                                }
                            >
                                <p role="status">"A new link is on its way."</p>
                            </Show>
                            <ActionError value=resend.value().into()/>
                        </div>
                    </div>
                })
            })}
        </Transition>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <div class="container site-footer__inner">
                <p>"Med Practice · rehearse clinical-exam stations in pairs."</p>
                <p class="muted">
                    "Practice only: nothing here is medical advice or an official exam result."
                </p>
            </div>
        </footer>
    }
}
