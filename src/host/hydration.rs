//! How a page starts its code in the browser, in place of Leptos' `HydrationScripts`.
//!
//! Leptos hints the main module and the chunks a page's render used (`<link
//! rel="preload">` in the head), so the browser fetches all of them alongside the HTML
//! and CSS, before it has drawn anything. On a slow phone link those hundreds of
//! kilobytes of WASM share the link with what the first paint needs, and the page's
//! largest paint waits for them. Here nothing but the HTML and the stylesheet is asked
//! for until the page has been drawn: a script at the end of the body then fetches the
//! main module and, in the tasks right after (a few at a time, the large ones first,
//! until the main module runs), every chunk the server's render used (a lazy route, the
//! parts of a session page), so they arrive together rather than one after another
//! (`scripts/hydrate.js`).

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use leptos::config::LeptosOptions;
use leptos::prelude::*;
use leptos::PrefetchLazyFn;

const SCRIPT: &str = include_str!("../scripts/hydrate.js");

/// `js` as a page carries it inline: without its whole-line comments, blank lines and
/// indentation. The scripts in `src/scripts/` are commented for their readers, and every
/// page would otherwise send those words again (half of each script, 3.8 KB a page).
/// Only a line that is nothing but a comment goes, so code and line breaks stay as
/// written; a string may not run across lines (none of the scripts has a template
/// literal), as its indentation would go.
pub fn inline_script(js: &str) -> String {
    js.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The hydration script, as pages carry it.
static INLINE: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| inline_script(SCRIPT));

/// The loader `cargo leptos build --split` writes beside the chunks (the name Leptos
/// gives it when file hashing is off, as it is here).
const SPLIT_LOADER: &str = "__wasm_split.______________________.js";

/// For each lazy function, the chunks it needs (`__wasm_split_manifest.json`, written by
/// `cargo leptos build --split`). Empty for a build without the split.
fn manifest(options: &LeptosOptions) -> &'static HashMap<String, Vec<String>> {
    static MANIFEST: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    MANIFEST.get_or_init(|| {
        let path = std::path::Path::new(options.site_root.as_ref())
            .join(options.site_pkg_dir.as_ref())
            .join("__wasm_split_manifest.json");
        std::fs::read_to_string(path)
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    })
}

/// The chunks the lazy functions in `used` need, each once: first each function's own
/// chunk (`split_…`: a route's or a part's code, the large ones), then the small chunks
/// they share with other functions, each group in name order.
fn chunks_for(manifest: &HashMap<String, Vec<String>>, used: &HashSet<&str>) -> Vec<String> {
    let mut chunks: Vec<String> = used
        .iter()
        .filter_map(|name| manifest.get(*name))
        .flatten()
        .cloned()
        .collect();
    chunks.sort_unstable_by(|a, b| {
        (!a.starts_with("split_"), a.as_str()).cmp(&(!b.starts_with("split_"), b.as_str()))
    });
    chunks.dedup();
    chunks
}

/// The script that starts the page's WASM once the page has been drawn. Goes at the end
/// of the body, so that it is written once the rest of the page has been rendered and
/// every lazy function the page used is known.
#[component]
pub fn Hydration(options: LeptosOptions) -> impl IntoView {
    let nonce = leptos::nonce::use_nonce();
    // Rendered last: the router's lazy views are async, and an in-order render reaches
    // this only after every one before it has resolved. The first poll yields so that
    // this is never written in the synchronous pass that runs ahead of them.
    Suspend::new(async move {
        tokio::task::yield_now().await;
        let used = use_context::<PrefetchLazyFn>()
            .and_then(|prefetches| prefetches.0.try_with_value(|set| set.clone()))
            .unwrap_or_default();
        let chunks = chunks_for(manifest(&options), &used);
        // The main module's JS and WASM share the output name (cargo-leptos names both).
        let arguments = serde_json::json!([
            format!("/{}", options.site_pkg_dir),
            options.output_name.as_ref(),
            SPLIT_LOADER,
            chunks,
        ]);
        view! { <script type="module" nonce=nonce inner_html=format!("{}.apply(null, {arguments});", INLINE.as_str())></script> }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_inline_script_loses_its_comment_lines_and_indentation_only() {
        let js =
            "// What it does.\n(function () {\n  // Why.\n\n  var url = \"http://x/\"; // kept\n})";
        assert_eq!(
            inline_script(js),
            "(function () {\nvar url = \"http://x/\"; // kept\n})"
        );
    }

    #[test]
    fn each_chunk_is_named_once_own_chunks_first_and_unknown_functions_add_nothing() {
        let manifest = HashMap::from([
            (
                "route".to_string(),
                vec!["chunk_2".to_string(), "chunk_1".to_string()],
            ),
            (
                "part".to_string(),
                vec!["chunk_1".to_string(), "split_part".to_string()],
            ),
        ]);
        let used = HashSet::from(["route", "part", "not_in_this_build"]);
        assert_eq!(
            chunks_for(&manifest, &used),
            ["split_part", "chunk_1", "chunk_2"]
        );
        assert!(chunks_for(&manifest, &HashSet::new()).is_empty());
    }
}
