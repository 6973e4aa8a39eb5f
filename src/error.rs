//! The one error type of the app, shared by server and browser: what a user may read.
//!
//! Causes (database errors, I/O) are logged on the server and never cross the wire;
//! only the variant and its user-facing message do.

use leptos::server_fn::codec::JsonEncoding;
use leptos::server_fn::error::{FromServerFnError, ServerFnErrorErr};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
pub enum AppError {
    /// Bad input: the message says what to fix.
    #[error("{0}")]
    Invalid(String),
    /// The request clashes with the current state (a seat already taken...).
    #[error("{0}")]
    Conflict(String),
    /// Too many attempts (sign-in failures...): the message says when to try again.
    #[error("{0}")]
    RateLimited(String),
    #[error("Please sign in to do that.")]
    Unauthenticated,
    #[error("You are not allowed to do that.")]
    Forbidden,
    #[error("We could not find that.")]
    NotFound,
    #[error("Something went wrong on our side. Please try again in a moment.")]
    Internal,
    /// The request did not reach the server, or its answer could not be read.
    #[error("We could not reach Med Practice. Check your connection and try again.")]
    Transport,
}

impl AppError {
    pub fn invalid(message: impl Into<String>) -> Self {
        Self::Invalid(message.into())
    }

    pub fn conflict(message: impl Into<String>) -> Self {
        Self::Conflict(message.into())
    }
}

impl FromServerFnError for AppError {
    type Encoder = JsonEncoding;

    fn from_server_fn_error(value: ServerFnErrorErr) -> Self {
        // On the server, answering a request whose body it could not read (arguments
        // missing or malformed, not UTF-8): the client's mistake, 400.
        #[cfg(feature = "ssr")]
        if matches!(
            value,
            ServerFnErrorErr::Args(_)
                | ServerFnErrorErr::MissingArg(_)
                | ServerFnErrorErr::Deserialization(_)
        ) && crate::host::status::answering_request()
        {
            crate::host::status::malformed();
            return Self::invalid(MALFORMED);
        }
        match value {
            // Arguments the server could not read are the client's fault, but their
            // text is a deserializer's, not something to show a person.
            ServerFnErrorErr::Args(_) | ServerFnErrorErr::MissingArg(_) => Self::invalid(MALFORMED),
            ServerFnErrorErr::Request(_)
            | ServerFnErrorErr::Response(_)
            | ServerFnErrorErr::Deserialization(_) => Self::Transport,
            _ => Self::Internal,
        }
    }
}

/// What a client hears when the server could not read its request.
pub const MALFORMED: &str = "The request was malformed. Reload the page and try again.";

pub type AppResult<T> = Result<T, AppError>;
