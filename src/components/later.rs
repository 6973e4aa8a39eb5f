//! Parts of a page that hydrate in a task of their own, a moment after the page around
//! them.
//!
//! The server renders a [`later`] part like any other, and a page without JavaScript
//! never knows the difference. In the browser, hydrating a page is one long task, and
//! most of it is V8 compiling each WASM function the first time it runs
//! (BENCHMARKS.md, Lighthouse): one task of 70 ms on a phone blocks taps for 70 ms. A
//! `later` part is passed over when the page hydrates (its server-rendered element stays
//! as it is) and hydrated in a task of its own straight after, in the order the parts
//! were met. Nothing is drawn again: the part's nodes are the server's, adopted in place.
//!
//! The server wraps a part in an element of its own, `<div class="later">`, which the
//! page's layout does not see (`display: contents`, style/main.css): that element is what
//! the page's hydration passes over, whatever the part holds. A part first drawn in the
//! browser (a page reached by a link) has no wrapper and nothing to wait for. Until its
//! turn comes, its buttons and forms work as they do without JavaScript (every form posts
//! to the server). The page is marked hydrated (`data-hydrated`) once every part is, see
//! [`settled`].
//!
//! A part is given as a function, and in the browser that function (the part's
//! components) also runs in the part's own task, not with the page, so building it (the
//! board's fifty cards, say) and compiling the code that builds it leave the page's task
//! too. That is only safe for a part that reads no data the server sent along: a
//! resource, a `<Suspense>`, a `<Transition>` or an error boundary takes the next of the
//! page's numbered slots for that data, and a part running later would take another
//! number than on the server, and so would everything after it. So the server counts the
//! slots each part took and sends the count in the page's data, in a slot of the part's
//! own (`"part:0"`); in the browser a part that took none waits for its task, and a part
//! that took some runs in page order, as the server ran it (only walking its nodes
//! waits). Both sides take one more slot after the part, so the numbers after it agree
//! either way.

use leptos::prelude::*;
use leptos::tachys::{
    html::attribute::{any_attribute::AnyAttribute, Attribute},
    hydration::Cursor,
    renderer::types::{Element, Node},
    ssr::StreamBuilder,
    view::{add_attr::AddAnyAttr, any_view::AnyViewState, Position, PositionState},
};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// A view that hydrates in a task of its own (see the module's documentation).
pub struct Later(Part);

enum Part {
    /// Built: on the server, or in the browser when the part took data slots.
    Built(AnyView),
    /// In the browser: the part's function and the reactive owner it was given under,
    /// run when the part's turn comes (or when it is built, on a page reached by a link).
    /// The server builds every part at once.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    Waiting(Box<dyn FnOnce() -> AnyView + Send>, Option<Owner>),
}

/// The part `part` draws, hydrated (and in the browser, where it can be, also built) in
/// a task of its own after the page around it.
pub fn later<V: IntoView + 'static>(part: impl FnOnce() -> V + Send + 'static) -> Later {
    let build = move || part().into_view().into_any();
    let Some(context) = Owner::current_shared_context() else {
        return Later(Part::Built(build()));
    };
    // The part's own slot: the server writes there how many slots the part took.
    let own = context.next_id();
    #[cfg(feature = "hydrate")]
    let part = if context.read_data(&own).as_deref() == Some("part:0") {
        Part::Waiting(Box::new(build), Owner::current())
    } else {
        Part::Built(build())
    };
    #[cfg(not(feature = "hydrate"))]
    let part = Part::Built(build());
    let after = context.next_id();
    #[cfg(not(feature = "hydrate"))]
    {
        let taken = after.into_inner() - own.clone().into_inner() - 1;
        context.write_async(own, Box::pin(async move { format!("part:{taken}") }));
    }
    #[cfg(feature = "hydrate")]
    let _ = after;
    Later(part)
}

impl Part {
    /// The part's view, built now if it was waiting.
    fn built(self) -> AnyView {
        match self {
            Part::Built(view) => view,
            Part::Waiting(build, Some(owner)) => owner.with(build),
            Part::Waiting(build, None) => build(),
        }
    }
}

// The wrapper as the server writes it; the browser only finds it, and needs neither.
#[cfg(feature = "ssr")]
const OPEN: &str = r#"<div class="later">"#;
#[cfg(feature = "ssr")]
const CLOSE: &str = "</div>";
/// `OPEN.len() + CLOSE.len()`.
const WRAPPER_LEN: usize = 25;

/// A [`Later`] part's state: the server's wrapper when the part was hydrated from the
/// page (built in the browser it has none), and the part's own state once it is
/// hydrated (or built).
pub struct LaterState {
    wrapper: Option<Element>,
    part: Rc<RefCell<Option<AnyViewState>>>,
    dropped: Rc<Cell<bool>>,
}

impl Render for Later {
    type State = LaterState;

    fn build(self) -> LaterState {
        LaterState {
            wrapper: None,
            part: Rc::new(RefCell::new(Some(self.0.built().build()))),
            dropped: Rc::new(Cell::new(false)),
        }
    }

    fn rebuild(self, state: &mut LaterState) {
        let mut part = state.part.borrow_mut();
        if let Some(part) = part.as_mut() {
            self.0.built().rebuild(part);
            return;
        }
        // Changed before its turn to hydrate came: the server's nodes give way to the
        // new view, built afresh, and the waiting hydration is dropped.
        state.dropped.set(true);
        let mut built = self.0.built().build();
        if let Some(wrapper) = &state.wrapper {
            wrapper.replace_children_with_node_0();
            built.mount(wrapper, None);
        }
        *part = Some(built);
    }
}

impl Mountable for LaterState {
    fn unmount(&mut self) {
        match &self.wrapper {
            Some(wrapper) => wrapper.remove(),
            None => {
                if let Some(part) = self.part.borrow_mut().as_mut() {
                    part.unmount();
                }
            }
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        match &self.wrapper {
            Some(wrapper) => {
                let _ = parent.insert_before(wrapper.as_ref(), marker);
            }
            None => {
                if let Some(part) = self.part.borrow_mut().as_mut() {
                    part.mount(parent, marker);
                }
            }
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        match &self.wrapper {
            Some(wrapper) => match wrapper.parent_element() {
                Some(parent) => {
                    child.mount(&parent, Some(wrapper.as_ref()));
                    true
                }
                None => false,
            },
            None => self
                .part
                .borrow()
                .as_ref()
                .is_some_and(|part| part.insert_before_this(child)),
        }
    }

    fn elements(&self) -> Vec<Element> {
        match &self.wrapper {
            Some(wrapper) => vec![wrapper.clone()],
            None => self
                .part
                .borrow()
                .as_ref()
                .map(Mountable::elements)
                .unwrap_or_default(),
        }
    }
}

impl AddAnyAttr for Later {
    type Output<SomeNewAttr: Attribute> = Later;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Later(Part::Built(self.0.built().add_any_attr(attr).into_any()))
    }
}

impl RenderHtml for Later {
    type AsyncOutput = Later;
    type Owned = Later;

    const MIN_LENGTH: usize = WRAPPER_LEN;

    fn dry_resolve(&mut self) {
        if let Part::Built(view) = &mut self.0 {
            view.dry_resolve();
        }
    }

    async fn resolve(self) -> Self::AsyncOutput {
        Later(Part::Built(self.0.built().resolve().await))
    }

    fn html_len(&self) -> usize {
        WRAPPER_LEN
            + match &self.0 {
                Part::Built(view) => view.html_len(),
                Part::Waiting(..) => 0,
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
        #[cfg(feature = "ssr")]
        buf.push_str(OPEN);
        *position = Position::FirstChild;
        self.0
            .built()
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
        #[cfg(feature = "ssr")]
        buf.push_str(CLOSE);
        *position = Position::NextChild;
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
        #[cfg(feature = "ssr")]
        buf.push_sync(OPEN);
        *position = Position::FirstChild;
        self.0.built().to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
        #[cfg(feature = "ssr")]
        buf.push_sync(CLOSE);
        *position = Position::NextChild;
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> LaterState {
        // The wrapper, found as an element's hydration finds its own.
        if position.get() == Position::FirstChild {
            cursor.child();
        } else if position.get() != Position::Current {
            cursor.sibling();
        }
        // The server always writes the wrapper here, so the node is an element.
        let wrapper: Element = {
            use leptos::wasm_bindgen::JsCast;
            cursor.current().unchecked_into()
        };
        // Passed over: the page's hydration goes on after the wrapper.
        position.set(Position::NextChild);
        let state = LaterState {
            wrapper: Some(wrapper.clone()),
            part: Rc::new(RefCell::new(None)),
            dropped: Rc::new(Cell::new(false)),
        };
        wait_then_hydrate(
            self.0,
            wrapper,
            Rc::clone(&state.part),
            Rc::clone(&state.dropped),
        );
        state
    }

    async fn hydrate_async(self, cursor: &Cursor, position: &PositionState) -> LaterState {
        self.hydrate::<true>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        self
    }
}

thread_local! {
    /// Parts passed over and not yet hydrated, and who waits for the last of them.
    static WAITING: Cell<usize> = const { Cell::new(0) };
    static SETTLED: RefCell<Vec<std::task::Waker>> = const { RefCell::new(Vec::new()) };
}

/// Builds `view` if it was waiting, and hydrates it on the server's nodes inside `wrapper`,
/// in a task of its own, under the reactive owner and the error boundary of the place it
/// stands in, unless the part was changed meanwhile or has left the page.
fn wait_then_hydrate(
    view: Part,
    wrapper: Element,
    part: Rc<RefCell<Option<AnyViewState>>>,
    dropped: Rc<Cell<bool>>,
) {
    let owner = Owner::current();
    let errors = leptos::error::get_error_hook();
    WAITING.with(|waiting| waiting.set(waiting.get() + 1));
    set_timeout(
        move || {
            // Skipped if the part changed meanwhile, or left the page (another page
            // came first): its owner is gone, and there is nothing to wire.
            if !dropped.get() && wrapper.is_connected() {
                let hydrate = move || {
                    let _errors = errors.map(leptos::error::set_error_hook);
                    let cursor = Cursor::new(wrapper);
                    let position = PositionState::new(Position::FirstChild);
                    let state = view.built().hydrate::<true>(&cursor, &position);
                    *part.borrow_mut() = Some(state);
                };
                match owner {
                    Some(owner) => owner.with(hydrate),
                    None => hydrate(),
                }
            }
            if WAITING.with(|waiting| {
                waiting.set(waiting.get() - 1);
                waiting.get() == 0
            }) {
                SETTLED.with(|settled| settled.take().into_iter().for_each(|waker| waker.wake()));
            }
        },
        std::time::Duration::ZERO,
    );
}

/// Resolves once no [`later`] part waits to be hydrated.
pub async fn settled() {
    std::future::poll_fn(|context| {
        if WAITING.with(Cell::get) == 0 {
            std::task::Poll::Ready(())
        } else {
            SETTLED.with(|settled| settled.borrow_mut().push(context.waker().clone()));
            std::task::Poll::Pending
        }
    })
    .await;
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    #[test]
    fn the_wrapper_length_is_what_the_server_writes() {
        assert_eq!(WRAPPER_LEN, OPEN.len() + CLOSE.len());
    }

    #[test]
    fn the_server_writes_the_part_inside_its_wrapper() {
        let owner = Owner::new();
        owner.set();
        let html = later(|| view! { <p>"Hello"</p> <p>"again"</p> }).to_html();
        // The `<!>` are the markers erased views write (`.cargo/config.toml`).
        assert_eq!(
            html,
            r#"<div class="later"><p>Hello<!></p><p>again<!></p><!></div>"#
        );
    }

    /// The page's data as the server sends it, after `render` has run under a fresh
    /// request's context.
    fn page_data(render: impl FnOnce() -> String) -> (String, String) {
        use futures::StreamExt;
        use hydration_context::{SharedContext, SsrSharedContext};
        let context = std::sync::Arc::new(SsrSharedContext::new());
        let owner = Owner::new_root(Some(context.clone()));
        let html = owner.with(render);
        let stream = context
            .pending_data()
            .expect("the server's context has data");
        let data = futures::executor::block_on(stream.collect::<Vec<_>>()).concat();
        (html, data)
    }

    #[test]
    fn the_server_sends_how_many_data_slots_each_part_took() {
        let (html, data) = page_data(|| {
            let context = Owner::current_shared_context().expect("a request's context");
            // Slot 0 before the parts; the first part's own (1) and the one after it
            // (2); the second's own (3), the slot it took (4) and the one after (5). The
            // next is 6, in the browser too, whichever part waited there.
            context.next_id();
            let plain = later(|| view! { <p>"plain"</p> });
            let with_data = later(move || {
                context.next_id();
                view! { <p>"with data"</p> }
            });
            let next = Owner::current_shared_context()
                .unwrap()
                .next_id()
                .into_inner();
            format!("{}{}{next}", plain.to_html(), with_data.to_html())
        });
        assert!(html.ends_with("6"), "{html}");
        assert!(
            data.contains(r#"__RESOLVED_RESOURCES[1] = "part:0";"#),
            "{data}"
        );
        assert!(
            data.contains(r#"__RESOLVED_RESOURCES[3] = "part:1";"#),
            "{data}"
        );
    }
}
