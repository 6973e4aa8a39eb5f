//! Where a person goes back to after signing in or up: a path of this site only.

/// Where to go after signing in: a path of this site, never another site. Browsers
/// drop tabs and newlines from a URL and read a backslash as a slash, so a path with any
/// of them, or any other control or space character, is not followed.
pub fn safe_next(next: Option<&str>) -> Option<String> {
    next.filter(|n| {
        n.starts_with('/')
            && !n.starts_with("//")
            && !n
                .chars()
                .any(|c| c == '\\' || c.is_control() || c.is_whitespace())
    })
    .map(str::to_string)
}

/// `path` with `?next=` (encoded) when there is a safe place to return to.
pub fn with_next(path: &str, next: Option<&str>) -> String {
    #[derive(serde::Serialize)]
    struct Next<'a> {
        next: &'a str,
    }
    match safe_next(next) {
        Some(next) => match serde_qs::to_string(&Next { next: &next }) {
            Ok(query) => format!("{path}?{query}"),
            Err(_) => path.to_string(),
        },
        None => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::{safe_next, with_next};

    #[test]
    fn only_local_paths_are_followed_after_sign_in() {
        assert_eq!(safe_next(Some("/my-sessions")), Some("/my-sessions".into()));
        for bad in [
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\n/evil.example",
            "/\r/evil.example",
            "/ /evil.example",
            "/\u{a0}/evil.example",
            "evil",
            "",
        ] {
            assert_eq!(safe_next(Some(bad)), None, "{bad}");
        }
        assert_eq!(safe_next(None), None);
    }

    #[test]
    fn the_way_back_is_carried_encoded_and_only_when_safe() {
        assert_eq!(
            with_next("/profile", Some("/s/abc?x=1&y=2")),
            "/profile?next=%2Fs%2Fabc%3Fx%3D1%26y%3D2"
        );
        assert_eq!(with_next("/profile", Some("//evil.example")), "/profile");
        assert_eq!(with_next("/sign-up", None), "/sign-up");
    }
}
