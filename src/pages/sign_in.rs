//! Sign in, and sign up.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::components::A;
use leptos_router::hooks::use_query_map;

use crate::api::account::{with_next, SignIn, SignUp};
use crate::components::auth::use_auth;
use crate::components::form::{ActionError, NewPasswordField};

#[component]
pub fn SignInPage() -> impl IntoView {
    let auth = use_auth();
    let action = ServerAction::<SignIn>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    auth.follow(action);
    view! {
        <Title text="Sign in"/>
        <section class="form-card">
            <h1>"Sign in"</h1>
            <ActionForm action>
                // An attribute, not a property: rendered by the server, so a form sent before
                // the page has hydrated still carries it.
                <input type="hidden" name="next" value=next/>
                <div class="field">
                    <label for="email">"Email"</label>
                    <input id="email" name="email" type="email" autocomplete="email" required/>
                </div>
                <div class="field">
                    <label for="password">"Password"</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required/>
                </div>
                <ActionError value=action.value().into()/>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    "Sign in"
                </button>
            </ActionForm>
            <p class="form-card__alt">
                <A href="/forgot-password">"Forgot your password?"</A>
            </p>
            // The way back survives choosing to create an account instead.
            <p class="form-card__alt">
                "New to Med Practice? "
                <A href=move || with_next("/sign-up", Some(&next()))>"Create an account"</A>
            </p>
        </section>
    }
}

#[component]
pub fn SignUpPage() -> impl IntoView {
    let auth = use_auth();
    let action = ServerAction::<SignUp>::new();
    let query = use_query_map();
    let next = move || query.read().get("next").unwrap_or_default();
    auth.follow(action);
    view! {
        <Title text="Create an account"/>
        <section class="form-card">
            <h1>"Create an account"</h1>
            <ActionForm action>
                // Where they were going: kept through sign-up and profile set-up.
                <input type="hidden" name="next" value=next/>
                <div class="field">
                    <label for="email">"Email"</label>
                    <input id="email" name="email" type="email" autocomplete="email" required/>
                </div>
                <NewPasswordField id="password" label="Password" hint="At least 12 characters. A few words you will remember work well."/>
                <ActionError value=action.value().into()/>
                <button type="submit" class="button" disabled=move || action.pending().get()>
                    "Sign up"
                </button>
            </ActionForm>
            <p class="form-card__alt">
                "Already have an account? "
                <A href=move || with_next("/sign-in", Some(&next()))>"Sign in"</A>
            </p>
        </section>
    }
}
