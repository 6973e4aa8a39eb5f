//! Who is signed in, for every page: one resource, refetched when an action changes it.

use leptos::prelude::*;

use super::live::use_live;
use crate::api::account::get_current_user;
use crate::error::AppError;
use crate::model::CurrentUser;

#[derive(Clone, Copy)]
pub struct Auth {
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
    epoch: RwSignal<u32>,
}

impl Auth {
    pub fn provide() -> Self {
        let epoch = RwSignal::new(0);
        // The other side's changes to my sessions bring updates (the header's count).
        let mine = use_live().mine();
        let auth = Auth {
            user: Resource::new(move || (epoch.get(), mine.get()), |_| get_current_user()),
            epoch,
        };
        provide_context(auth);
        auth
    }

    /// After sign-in, sign-out, profile changes: read the user again.
    pub fn changed(&self) {
        self.epoch.update(|e| *e += 1);
    }

    /// Reads the user again each time `action` completes successfully.
    pub fn follow<I, O>(self, action: ServerAction<I>)
    where
        I: leptos::server_fn::ServerFn<Output = O, Error = AppError>
            + Clone
            + Send
            + Sync
            + 'static,
        O: Send + Sync + 'static,
    {
        Effect::new(move |_| {
            if action.value().with(|v| matches!(v, Some(Ok(_)))) {
                self.changed();
            }
        });
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
