//! The Med Practice server binary: serves the app, or runs one of its admin commands.

/// Server rendering allocates many small, short-lived strings across worker threads:
/// mimalloc serves them with a fraction of glibc malloc's time (BENCHMARKS.md).
#[cfg(feature = "ssr")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    med_practice::host::cli::run().await
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build has no binary; cargo-leptos builds the server with `ssr`.
}
