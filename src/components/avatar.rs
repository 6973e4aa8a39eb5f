//! A person's avatar: their picture, or their initials on a colour derived from the name.

use leptos::either::Either;
use leptos::prelude::*;

use crate::model::Person;

/// One of eight hues, stable for a name, each dark enough for white initials (WCAG AA).
pub fn avatar_hue(name: &str) -> u16 {
    // FNV-1a: tiny, stable across builds and platforms.
    let hash = name.bytes().fold(0x811c_9dc5_u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    (hash % 8) as u16 * 45
}

#[component]
pub fn Avatar(person: Person) -> impl IntoView {
    let name = person.full_name();
    // `Either` rather than `into_any()`: each erased view type costs its own copy of
    // every rendering path in the browser bundle.
    match person.avatar {
        Some(src) => {
            Either::Left(view! { <img class="avatar" src=src alt="" width="40" height="40"/> })
        }
        None => {
            let style = format!("--avatar-hue: {}", avatar_hue(&name));
            Either::Right(view! {
                <span class="avatar avatar--initials" style=style aria-hidden="true">
                    {person.initials()}
                </span>
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hue_is_stable_and_one_of_eight() {
        assert_eq!(avatar_hue("Amara Okafor"), avatar_hue("Amara Okafor"));
        for name in ["", "A", "Tom Hughes", "Priya Raman", "James O'Connor"] {
            let hue = avatar_hue(name);
            assert!(hue < 360 && hue.is_multiple_of(45), "{hue}");
        }
    }
}
