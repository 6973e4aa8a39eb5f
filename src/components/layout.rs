//! The header (brand, main navigation, the signed-in user) and footer on every page.

use leptos::either::Either;
use leptos::prelude::*;
use leptos_router::components::A;

use super::auth::use_auth;
use super::avatar::Avatar;
use crate::api::account::SignOut;

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
                    <A href="/partners">"Find a partner"</A>
                    <A href="/progress">"Progress"</A>
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
                                    // Until the address is confirmed: the page that says why
                                    // nothing can be hosted or joined, and sends the link again.
                                    let confirm = (!user.email_verified).then(|| view! {
                                        <a href="/confirm-email" class="confirm-link">"Confirm your email"</a>
                                    });
                                    Either::Left(view! {
                                        {confirm}
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
        </header>
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
