//! What an attacker or a careless client finds at the HTTP surface: the security headers
//! on every response, and a page's script policy that names this response's nonce.

use crate::common::app::TestApp;
use med_practice::error::AppError;
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

/// Every server function, the fields it reads, and whether it needs any of them (an
/// empty body is a valid call of one that needs none). The test below fails when a
/// server function is missing here, so a new one is covered when it is written.
const SERVER_FUNCTIONS: &[(&str, &[&str], bool)] = &[
    ("sign_up", &["email", "password", "next"], true),
    ("sign_in", &["email", "password", "next"], true),
    ("current_user", &[], false),
    ("mail_enabled", &[], false),
    ("forgot_password", &["email"], true),
    ("reset_password", &["token", "password"], true),
    ("change_password", &["current", "password"], true),
    ("unsubscribe_preview", &["token"], true),
    ("unsubscribe", &["token"], true),
    ("mail_preferences", &[], false),
    ("save_mail_preferences", &["updates", "reminders"], false),
    ("confirmation_preview", &["token"], true),
    ("confirm_email", &["token"], true),
    ("resend_confirmation", &[], false),
    ("change_email", &["email", "current"], true),
    ("my_time_zone", &[], false),
    ("save_time_zone", &["zone"], true),
    ("confirm_attendance", &["room"], true),
    ("cannot_make_it", &["room"], true),
    ("attendance_link", &["token"], true),
    ("answer_attendance", &["token", "answer"], true),
    ("get_partners_page", &[], false),
    ("get_progress", &["user"], false),
    (
        "save_partner_request",
        &["form[room_type]", "form[date_1]", "form[levels][fy1]"],
        true,
    ),
    ("withdraw_partner_request", &["id"], true),
    ("stand_by", &["date", "from", "to"], true),
    ("leave_standby", &["id"], true),
    ("take_seat", &["id"], true),
    ("my_reliability", &[], false),
    ("report_attendance", &["room", "came"], true),
    ("dispute_attendance", &["room"], true),
    ("admin_attendance_reports", &[], false),
    ("void_attendance_report", &["room", "reporter"], true),
    ("delete_account", &["confirm"], true),
    ("admin_overview", &[], false),
    ("board", &["query[type]", "query[from]", "query[to]"], false),
    (
        "list_cases",
        &["query[q]", "query[domain]", "query[exam]"],
        false,
    ),
    ("get_case", &["id"], true),
    (
        "save_case",
        &["form[case_name]", "form[category]", "form[domain]"],
        true,
    ),
    ("archive_case", &["id", "archived"], true),
    ("delete_case", &["id"], true),
    ("export_cases", &["ids[0]"], false),
    ("import_cases", &["library"], true),
    ("practice", &["room_url"], true),
    ("start_round", &["room_id", "candidate", "case_id"], true),
    ("end_round", &["round_id"], true),
    ("advance_stage", &["room_id"], true),
    ("add_line", &["round_id", "text"], true),
    ("submit_marks", &["round_id", "sheet[feedback]"], true),
    ("transcript", &["round_id"], true),
    ("rerun_assessment", &["round_id"], true),
    (
        "save_profile",
        &["first_name", "last_name", "training_level"],
        true,
    ),
    (
        "schedule_session",
        &["date", "time", "room_type", "exam_preset"],
        true,
    ),
    ("join_session", &["room"], true),
    ("join_by_link", &["room_url"], true),
    ("room", &["room_url"], true),
    ("leave_session", &["room"], true),
    ("cancel_session", &["room"], true),
    ("reschedule_session", &["room", "date", "time"], true),
    (
        "update_session",
        &["room", "room_type", "exam_preset"],
        true,
    ),
    ("remove_guest", &["room"], true),
    ("my_sessions", &[], false),
    ("dismiss_update", &["id"], false),
    // Last: its empty body is a valid call, which signs the user out.
    ("sign_out", &[], false),
];

const MULTIPART: &[&str] = &["save_profile", "import_cases"];

/// The status and the error a refusal carries, which must be the usual JSON error.
async fn json_refusal(what: &str, response: reqwest::Response) -> (reqwest::StatusCode, AppError) {
    let status = response.status();
    let text = response.text().await.unwrap();
    let error: AppError = serde_json::from_str(&text).unwrap_or_else(|e| {
        panic!("{what}: {status} is not the JSON error shape ({e}): {text:.200}")
    });
    assert!(status.is_client_error(), "{what}: {status} {error:?}");
    (status, error)
}

#[sqlx::test]
async fn every_server_function_refuses_what_it_cannot_read_with_a_4xx(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (browser, id) = app.trainee("Mal", "Europe/London").await;
    assert_eq!(
        app.whoami(&browser).await.as_deref(),
        Some("mal@example.test")
    );
    sqlx::query("update auth.users set is_admin = true where id = $1")
        .bind(id)
        .execute(&pool)
        .await
        .unwrap();

    // The table covers every registered server function.
    let mut registered: Vec<String> = leptos::server_fn::axum::server_fn_paths()
        .map(|(path, _)| path.trim_start_matches("/api/").to_string())
        .collect();
    registered.sort();
    let mut listed: Vec<String> = SERVER_FUNCTIONS
        .iter()
        .map(|(n, _, _)| n.to_string())
        .collect();
    listed.sort();
    assert_eq!(
        registered, listed,
        "SERVER_FUNCTIONS lists every server function"
    );

    let post = |endpoint: &str, content_type: &str, body: Vec<u8>| {
        browser
            .post(app.url(&format!("/api/{endpoint}")))
            .header(header::ACCEPT, "application/json")
            .header("sec-fetch-site", "same-origin")
            .header(header::CONTENT_TYPE, content_type.to_string())
            .body(body)
            .send()
    };
    let big = "a".repeat(1024 * 1024);
    for &(endpoint, fields, needs_args) in SERVER_FUNCTIONS {
        let multipart = MULTIPART.contains(&endpoint);
        let form_type = if multipart {
            "multipart/form-data; boundary=XyZ"
        } else {
            "application/x-www-form-urlencoded"
        };

        // An empty body.
        let response = post(endpoint, form_type, Vec::new()).await.unwrap();
        if needs_args {
            let (status, _) = json_refusal(&format!("{endpoint}, empty"), response).await;
            if !multipart {
                assert_eq!(
                    status,
                    reqwest::StatusCode::BAD_REQUEST,
                    "{endpoint}, empty"
                );
            }
        } else {
            assert!(
                !response.status().is_server_error(),
                "{endpoint}, empty: {}",
                response.status()
            );
        }

        // A content type its codec does not read (before migration 17's change the
        // multipart functions panicked on this, dropping the connection).
        for wrong in ["text/plain", "application/json", "multipart/form-data"] {
            if multipart && wrong == "multipart/form-data" {
                continue;
            }
            let response = post(endpoint, wrong, b"a=b".to_vec()).await.unwrap();
            let (status, _) = json_refusal(&format!("{endpoint}, {wrong}"), response).await;
            assert_eq!(
                status,
                reqwest::StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "{endpoint}, {wrong}"
            );
        }

        // Not UTF-8.
        let mut bytes = b"x=".to_vec();
        bytes.extend([0xff, 0xfe, 0xc3, 0x28]);
        if multipart {
            bytes = b"--XyZ\r\nContent-Disposition: form-data; name=\"first_name\"\r\n\r\n\xff\xfe\xc3\x28\r\n--XyZ--\r\n".to_vec();
        }
        let response = post(endpoint, form_type, bytes).await.unwrap();
        let (status, _) = json_refusal(&format!("{endpoint}, not UTF-8"), response).await;
        if !multipart {
            assert_eq!(
                status,
                reqwest::StatusCode::BAD_REQUEST,
                "{endpoint}, not UTF-8"
            );
        }

        // A 1 MB string in every field it reads.
        let body = if multipart {
            let mut body = String::new();
            for field in fields {
                body.push_str(&format!(
                    "--XyZ\r\nContent-Disposition: form-data; name=\"{field}\"\r\n\r\n{big}\r\n"
                ));
            }
            body.push_str("--XyZ--\r\n");
            body
        } else {
            fields
                .iter()
                .map(|f| format!("{}={big}", f.replace('[', "%5B").replace(']', "%5D")))
                .collect::<Vec<_>>()
                .join("&")
        };
        if !fields.is_empty() {
            let response = post(endpoint, form_type, body.into_bytes()).await.unwrap();
            json_refusal(&format!("{endpoint}, 1 MB"), response).await;
        }
    }

    // Still serving; the last call, sign_out's valid empty body, signed Mal out.
    let page = browser.get(app.url("/")).send().await.unwrap();
    assert_eq!(page.status(), reqwest::StatusCode::OK);
    assert_eq!(app.whoami(&browser).await, None);
}

#[tokio::test]
/// The handler the app's catch-panic layer uses (`http::app`): its page names no cause
/// and carries the security headers itself (it sits outside the layers that add them).
async fn the_panic_page_names_no_cause_and_carries_the_security_headers() {
    use axum::routing::get;
    let app = axum::Router::new()
        .route(
            "/",
            get(|| async {
                if std::hint::black_box(true) {
                    panic!("secret cause: database password is hunter2");
                }
                "unreachable"
            }),
        )
        .layer(tower_http::catch_panic::CatchPanicLayer::custom(
            med_practice::host::bodies::panic_response,
        ));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await });
    let response = reqwest::get(format!("http://{addr}/")).await.unwrap();
    assert_eq!(response.status(), 500);
    assert_eq!(
        header_of(&response, header::CONTENT_SECURITY_POLICY),
        "default-src 'none'; frame-ancestors 'none'"
    );
    assert_eq!(header_of(&response, header::X_FRAME_OPTIONS), "DENY");
    let text = response.text().await.unwrap();
    assert!(text.contains("Something went wrong on our side"), "{text}");
    assert!(!text.contains("hunter2"), "{text}");
}
