//! A point where the page's hydration lets the browser breathe.
//!
//! A page hydrates from the top of the body down, in one task unless something in the
//! way waits (BENCHMARKS.md, Lighthouse): on a slow phone that task is long, and taps
//! wait for all of it. A [`pause`] part is hydrated like any other part and in the same
//! order, but its turn comes in a task of its own: the page's hydration stops at it and
//! goes on, from it, once the browser has had a turn. Unlike a [`later`] part, nothing is
//! passed over, so the page's numbered data slots are taken in the server's order
//! whatever the part holds.
//!
//! It only cuts where the hydration around it can wait: the app's own layout, above the
//! router's current page (which the router hydrates in one go once its code is in).
//! Below that, or on a page reached by a link, it is the part itself. The server writes
//! the part as it is, with nothing around it.
//!
//! [`later`]: super::later::later

use leptos::error::{get_error_hook, set_error_hook, ErrorHook, ErrorHookFuture};
use leptos::prelude::*;
use leptos::tachys::{
    html::attribute::{any_attribute::AnyAttribute, Attribute},
    hydration::Cursor,
    ssr::StreamBuilder,
    view::{add_attr::AddAnyAttr, any_view::AnyViewState, Position, PositionState},
};
use std::sync::Arc;

/// A part whose hydration starts in a task of its own (see the module's documentation).
pub struct Pause {
    part: Part,
    owner: Option<Owner>,
    /// The error boundary the part stands in, which a later task must set again.
    errors: Option<Arc<dyn ErrorHook>>,
}

enum Part {
    Built(AnyView),
    Waiting(Box<dyn FnOnce() -> AnyView + Send>),
}

/// The part `part` draws, whose components run and hydrate in a task of their own when
/// the page around it hydrates; drawn at once anywhere else.
pub fn pause<V: IntoView + 'static>(part: impl FnOnce() -> V + Send + 'static) -> Pause {
    Pause {
        part: Part::Waiting(Box::new(move || part().into_view().into_any())),
        owner: Owner::current(),
        errors: get_error_hook(),
    }
}

impl Pause {
    /// The part's view, built now (under the owner it was given under) if it waited.
    fn built(self) -> AnyView {
        built(self.part, self.owner.as_ref(), self.errors)
    }

    fn build_now(&mut self) -> &mut AnyView {
        if let Part::Waiting(_) = self.part {
            let part = std::mem::replace(&mut self.part, Part::Built(().into_any()));
            self.part = Part::Built(built(part, self.owner.as_ref(), self.errors.clone()));
        }
        match &mut self.part {
            Part::Built(view) => view,
            Part::Waiting(_) => unreachable!("built just above"),
        }
    }
}

/// `part`'s view, built now if it waited, under `owner` and the error boundary `errors`.
fn built(part: Part, owner: Option<&Owner>, errors: Option<Arc<dyn ErrorHook>>) -> AnyView {
    let _errors = errors.map(set_error_hook);
    match (part, owner) {
        (Part::Built(view), _) => view,
        (Part::Waiting(build), Some(owner)) => owner.with(build),
        (Part::Waiting(build), None) => build(),
    }
}

impl Render for Pause {
    type State = AnyViewState;

    fn build(self) -> AnyViewState {
        self.built().build()
    }

    fn rebuild(self, state: &mut AnyViewState) {
        self.built().rebuild(state);
    }
}

impl AddAnyAttr for Pause {
    type Output<SomeNewAttr: Attribute> = AnyView;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        self.built().add_any_attr(attr).into_any()
    }
}

impl RenderHtml for Pause {
    type AsyncOutput = AnyView;
    type Owned = Pause;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {
        self.build_now().dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.built().resolve().await
    }

    fn html_len(&self) -> usize {
        match &self.part {
            Part::Built(view) => view.html_len(),
            Part::Waiting(_) => 0,
        }
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.built()
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.built().to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> AnyViewState {
        self.built().hydrate::<FROM_SERVER>(cursor, position)
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> AnyViewState {
        next_task().await;
        // The owner and the error boundary are the ones the part was given under, in
        // this task and in any the part's own hydration waits for.
        let owner = self.owner.clone();
        let _errors = self.errors.clone().map(set_error_hook);
        let hydrate =
            ErrorHookFuture::new(async move { self.built().hydrate_async(cursor, position).await });
        drop(_errors);
        match owner {
            Some(owner) => {
                owner
                    .with(|| leptos::reactive::computed::ScopedFuture::new_untracked(hydrate))
                    .await
            }
            None => hydrate.await,
        }
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

/// Resolves in a task after the current one (the browser may draw and handle input in
/// between).
#[cfg(feature = "hydrate")]
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = leptos::prelude::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[cfg(not(feature = "hydrate"))]
pub async fn next_task() {}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_server_writes_the_part_as_the_browser_hydrates_it() {
        // The browser hydrates a part as an erased view, so the server writes the same
        // markers as for one, and nothing else.
        let owner = Owner::new();
        owner.set();
        let paused =
            view! { <div>{pause(|| view! { <p>"Hello"</p> })}<p>"after"</p></div> }.to_html();
        let erased =
            view! { <div>{view! { <p>"Hello"</p> }.into_any()}<p>"after"</p></div> }.to_html();
        assert_eq!(paused, erased);
    }
}
