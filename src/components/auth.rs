//! Who is signed in, for every page: one resource, refetched when an action changes it.

use leptos::prelude::*;

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
        let auth = Auth {
            user: Resource::new(move || epoch.get(), |_| get_current_user()),
            epoch,
        };
        provide_context(auth);
        auth
    }

    /// After sign-in, sign-out, profile changes: read the user again.
    pub fn changed(&self) {
        self.epoch.update(|e| *e += 1);
    }
}

pub fn use_auth() -> Auth {
    expect_context::<Auth>()
}
