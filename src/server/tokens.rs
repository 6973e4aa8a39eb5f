//! Tokens sent in links (a password reset, an unsubscribe): 32 random bytes, written as
//! 64 hex digits. The database keeps only a token's SHA-256, so a copy of its tables
//! opens nothing.

use rand::RngCore;
use sha2::{Digest, Sha256};

/// A new token to send, and the hash to store.
pub fn new() -> (String, Vec<u8>) {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    let token: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    let hash = Sha256::digest(token.as_bytes()).to_vec();
    (token, hash)
}

/// What the database keeps of `token` (trimmed), or None when it cannot be a token.
pub fn hash(token: &str) -> Option<Vec<u8>> {
    let token = token.trim();
    (token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| Sha256::digest(token.as_bytes()).to_vec())
}

#[cfg(test)]
mod tests {
    #[test]
    fn tokens_are_random_and_only_their_hash_is_kept() {
        let (a, hash_a) = super::new();
        let (b, _) = super::new();
        assert_ne!(a, b);
        assert_eq!(a.len(), 64);
        assert_eq!(Some(hash_a.clone()), super::hash(&a));
        assert_eq!(Some(hash_a.clone()), super::hash(&format!(" {a}\n")));
        assert_eq!(hash_a.len(), 32);
        assert!(!String::from_utf8_lossy(&hash_a).contains(&a));
        assert_eq!(super::hash(&a[1..]), None);
        assert_eq!(super::hash(&format!("{}z", &a[1..])), None);
    }
}
