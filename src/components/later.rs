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
//! A part must be one element (its own root, such as a `<section>`), and it is built
//! when the page is (its component runs in order, so its resources and context are
//! made as on the server); only walking its nodes and wiring them waits. Until then its
//! buttons and forms work as they do without JavaScript (every form posts to the
//! server). The page is marked hydrated (`data-hydrated`) once every part is, see
//! [`settled`].

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
pub struct Later(AnyView);

/// `view`, hydrated in a task of its own after the page around it.
pub fn later(view: impl IntoView + 'static) -> Later {
    Later(view.into_view().into_any())
}

/// A [`Later`] part's state: the part's own, once it is hydrated (or built); until then,
/// the server's element it will adopt.
pub struct LaterState {
    waiting: Option<Element>,
    part: Rc<RefCell<Option<AnyViewState>>>,
    dropped: Rc<Cell<bool>>,
}

impl LaterState {
    fn ready(state: AnyViewState) -> Self {
        LaterState {
            waiting: None,
            part: Rc::new(RefCell::new(Some(state))),
            dropped: Rc::new(Cell::new(false)),
        }
    }
}

impl Render for Later {
    type State = LaterState;

    fn build(self) -> LaterState {
        LaterState::ready(self.0.build())
    }

    fn rebuild(self, state: &mut LaterState) {
        let mut part = state.part.borrow_mut();
        if let Some(part) = part.as_mut() {
            self.0.rebuild(part);
            return;
        }
        // Changed before its turn to hydrate came: the server's nodes give way to the
        // new view, built afresh, and the waiting hydration is dropped.
        state.dropped.set(true);
        let mut built = self.0.build();
        if let Some(waiting) = state.waiting.take() {
            if let Some(parent) = waiting.parent_element() {
                built.mount(&parent, Some(waiting.as_ref()));
            }
            waiting.remove();
        }
        *part = Some(built);
    }
}

impl Mountable for LaterState {
    fn unmount(&mut self) {
        if let Some(part) = self.part.borrow_mut().as_mut() {
            part.unmount();
        } else if let Some(waiting) = &self.waiting {
            self.dropped.set(true);
            waiting.remove();
        }
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        if let Some(part) = self.part.borrow_mut().as_mut() {
            part.mount(parent, marker);
        } else if let Some(waiting) = &self.waiting {
            let _ = parent.insert_before(waiting.as_ref(), marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        if let Some(part) = self.part.borrow().as_ref() {
            return part.insert_before_this(child);
        }
        match &self.waiting {
            Some(waiting) => match waiting.parent_element() {
                Some(parent) => {
                    child.mount(&parent, Some(waiting.as_ref()));
                    true
                }
                None => false,
            },
            None => false,
        }
    }

    fn elements(&self) -> Vec<Element> {
        match (self.part.borrow().as_ref(), &self.waiting) {
            (Some(part), _) => part.elements(),
            (None, Some(waiting)) => vec![waiting.clone()],
            (None, None) => Vec::new(),
        }
    }
}

impl AddAnyAttr for Later {
    type Output<SomeNewAttr: Attribute> = Later;

    fn add_any_attr<NewAttr: Attribute>(self, attr: NewAttr) -> Self::Output<NewAttr>
    where
        Self::Output<NewAttr>: RenderHtml,
    {
        Later(self.0.add_any_attr(attr).into_any())
    }
}

impl RenderHtml for Later {
    type AsyncOutput = Later;
    type Owned = Later;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        Later(self.0.resolve().await)
    }

    fn html_len(&self) -> usize {
        self.0.html_len()
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
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
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
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
    ) -> LaterState {
        // The element the part begins at, found as an element's hydration finds its own.
        let start = match position.get() {
            Position::FirstChild => cursor.current().first_child(),
            Position::Current => Some(cursor.current()),
            _ => cursor.current().next_sibling(),
        };
        let element = start.and_then(|node| {
            use leptos::wasm_bindgen::JsCast;
            node.dyn_into::<Element>().ok()
        });
        let Some(element) = element.filter(|_| FROM_SERVER) else {
            // Not one element: hydrated now, with the page.
            return LaterState::ready(self.0.hydrate::<FROM_SERVER>(cursor, position));
        };
        // Passed over: the page's hydration goes on after the part's element.
        cursor.set(element.clone().into());
        position.set(Position::NextChild);
        let state = LaterState {
            waiting: Some(element.clone()),
            part: Rc::new(RefCell::new(None)),
            dropped: Rc::new(Cell::new(false)),
        };
        wait_then_hydrate(
            self.0,
            element,
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

/// Hydrates `view` on the server's `element` in a task of its own, under the reactive
/// owner and the error boundary of the place it stands in, unless the part was dropped
/// or changed meanwhile.
fn wait_then_hydrate(
    view: AnyView,
    element: Element,
    part: Rc<RefCell<Option<AnyViewState>>>,
    dropped: Rc<Cell<bool>>,
) {
    let owner = Owner::current();
    let errors = leptos::error::get_error_hook();
    WAITING.with(|waiting| waiting.set(waiting.get() + 1));
    set_timeout(
        move || {
            if !dropped.get() {
                let hydrate = move || {
                    let _errors = errors.map(leptos::error::set_error_hook);
                    let cursor = Cursor::new(element);
                    let position = PositionState::new(Position::Current);
                    let state = view.hydrate::<true>(&cursor, &position);
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
