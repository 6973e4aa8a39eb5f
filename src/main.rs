//! The Med Practice server binary: serves the app, or runs one of its admin commands.

#[cfg(feature = "ssr")]
#[tokio::main]
async fn main() -> std::process::ExitCode {
    med_practice::server::cli::run().await
}

#[cfg(not(feature = "ssr"))]
fn main() {
    // The browser build has no binary; cargo-leptos builds the server with `ssr`.
}
