//! Password hashing: argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane), run on
//! the blocking pool and at most a few at once, so a burst of sign-ins can neither
//! stall the async workers nor exhaust memory.

use argon2::password_hash::{
    rand_core::OsRng, PasswordHash, PasswordHasher, PasswordVerifier, SaltString,
};
use argon2::{Algorithm, Argon2, Params, Version};
use std::sync::OnceLock;
use tokio::sync::Semaphore;

use crate::error::AppError;

pub const MEMORY_KIB: u32 = 19_456;
pub const ITERATIONS: u32 = 2;
pub const PARALLELISM: u32 = 1;

/// Password checks in flight at once, process-wide (sign-in); others wait their turn.
static CHECKING: Semaphore = Semaphore::const_new(4);
/// New hashes in flight at once (sign-up, a changed password): permits of their own, so
/// a flood of sign-ups cannot starve sign-in.
static HASHING: Semaphore = Semaphore::const_new(2);

fn argon2() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, ITERATIONS, PARALLELISM, None)
        .expect("argon2 parameters are constants within argon2's bounds");
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

fn internal(what: &'static str) -> impl FnOnce(String) -> AppError {
    move |cause| {
        tracing::error!(error = %cause, "{what}");
        AppError::Internal
    }
}

async fn limited<T: Send + 'static>(
    permits: &'static Semaphore,
    work: impl FnOnce() -> Result<T, String> + Send + 'static,
) -> Result<T, AppError> {
    let _permit = permits
        .acquire()
        .await
        .map_err(|e| internal("password work limiter closed")(e.to_string()))?;
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| internal("password task failed")(e.to_string()))?
        .map_err(internal("password hashing failed"))
}

/// A PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`).
pub async fn hash(password: String) -> Result<String, AppError> {
    limited(&HASHING, move || {
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(password.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| e.to_string())
    })
    .await
}

/// True when `password` matches the stored PHC string.
pub async fn verify(password: String, stored: String) -> Result<bool, AppError> {
    limited(&CHECKING, move || {
        let parsed = PasswordHash::new(&stored).map_err(|e| e.to_string())?;
        Ok(argon2()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
}

/// Spends what [`verify`] spends, for an account that does not exist; always false.
pub async fn verify_unknown(password: String) -> Result<bool, AppError> {
    limited(&CHECKING, move || {
        let parsed = PasswordHash::new(dummy_hash()).map_err(|e| e.to_string())?;
        let _ = argon2().verify_password(password.as_bytes(), &parsed);
        Ok(false)
    })
    .await
}

/// A real hash of a random password, for checking against when an account does not
/// exist, so both cases cost the same.
fn dummy_hash() -> &'static str {
    static DUMMY: OnceLock<String> = OnceLock::new();
    DUMMY.get_or_init(|| {
        let salt = SaltString::generate(&mut OsRng);
        let secret = uuid::Uuid::new_v4().to_string();
        argon2()
            .hash_password(secret.as_bytes(), &salt)
            .map(|h| h.to_string())
            .expect("hashing a fixed-size secret succeeds")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn hashes_are_argon2id_with_owasp_parameters_and_verify() {
        let stored = hash("correct horse battery".into()).await.unwrap();
        assert!(
            stored.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"),
            "{stored}"
        );
        assert!(verify("correct horse battery".into(), stored.clone())
            .await
            .unwrap());
        assert!(!verify("wrong horse battery".into(), stored).await.unwrap());
    }

    #[tokio::test]
    async fn the_same_password_gets_a_fresh_salt() {
        let a = hash("same password here".into()).await.unwrap();
        let b = hash("same password here".into()).await.unwrap();
        assert_ne!(a, b);
    }

    #[test]
    fn the_dummy_hash_has_the_same_cost() {
        assert!(dummy_hash().starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    }
}
