//! What an attacker or a careless client finds at the HTTP surface: the security headers
//! on every response, and a page's script policy that names this response's nonce.

use crate::common::app::TestApp;
use reqwest::header;
use sqlx::PgPool;

fn header_of(response: &reqwest::Response, name: header::HeaderName) -> &str {
    response
        .headers()
        .get(name)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
}

#[sqlx::test]
async fn every_response_carries_the_security_headers(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let browser = app.browser();

    // A page: its inline scripts run by this response's nonce, and nothing else inline.
    let page = browser.get(app.url("/")).send().await.unwrap();
    let policy = header_of(&page, header::CONTENT_SECURITY_POLICY).to_string();
    assert_eq!(header_of(&page, header::REFERRER_POLICY), "same-origin");
    assert_eq!(header_of(&page, header::X_FRAME_OPTIONS), "DENY");
    for part in [
        "default-src 'self'",
        "'wasm-unsafe-eval'",
        "frame-ancestors 'none'",
        "object-src 'none'",
        "base-uri 'self'",
    ] {
        assert!(policy.contains(part), "{part} in {policy}");
    }
    // The one inline allowance is style attributes; scripts never run inline unsigned.
    assert_eq!(policy.matches("'unsafe-inline'").count(), 1, "{policy}");
    assert!(
        policy.contains("style-src-attr 'unsafe-inline'"),
        "{policy}"
    );
    let nonce = policy
        .split("'nonce-")
        .nth(1)
        .and_then(|rest| rest.split('\'').next())
        .expect("a nonce in the script policy")
        .to_string();
    assert!(nonce.len() >= 16, "{nonce}");
    let html = page.text().await.unwrap();
    // Every inline script carries it.
    let scripts = html.matches("<script").count();
    let with_nonce = html.matches(&format!("nonce=\"{nonce}\"")).count();
    assert!(scripts > 0);
    assert!(
        with_nonce >= scripts,
        "{with_nonce} of {scripts} scripts carry the nonce"
    );
    // A fresh nonce for each response.
    let again = browser.get(app.url("/")).send().await.unwrap();
    assert!(!header_of(&again, header::CONTENT_SECURITY_POLICY).contains(&nonce));

    // Every page, signed in or not, gets its own page policy.
    let (trainee, _) = app.trainee("Pia", "Europe/London").await;
    for path in [
        "/",
        "/my-sessions",
        "/profile",
        "/sign-in",
        "/sign-up",
        "/no-such-page",
    ] {
        for client in [&browser, &trainee] {
            let response = client.get(app.url(path)).send().await.unwrap();
            let policy = header_of(&response, header::CONTENT_SECURITY_POLICY);
            assert!(policy.contains("'nonce-"), "{path}: {policy}");
        }
    }

    // Anything else loads nothing and is never framed either.
    for response in [
        browser
            .post(app.url("/api/current_user"))
            .header(header::ACCEPT, "application/json")
            .send()
            .await
            .unwrap(),
        browser
            .get(app.url("/s/no-such-session/calendar.ics"))
            .send()
            .await
            .unwrap(),
    ] {
        assert_eq!(
            header_of(&response, header::CONTENT_SECURITY_POLICY),
            "default-src 'none'; frame-ancestors 'none'"
        );
        assert_eq!(header_of(&response, header::REFERRER_POLICY), "same-origin");
    }
}
