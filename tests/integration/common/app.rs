//! The whole app on a loopback port for black-box HTTP tests, with a client that keeps
//! cookies like a browser.

use leptos::prelude::LeptosOptions;
use med_practice::error::AppError;
use med_practice::host::http;
use med_practice::host::state::AppState;
use med_practice::server::config::Config;
use med_practice::server::db::Db;
use med_practice::server::realtime::Hub;
use reqwest::{header, Client, Response, StatusCode};
use sqlx::PgPool;
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

pub struct TestApp {
    pub base: String,
    pub pool: PgPool,
    pub data_dir: PathBuf,
    /// The app's change-log follower (to close it, as a shutdown does).
    pub realtime: Hub,
}

impl TestApp {
    pub async fn spawn(pool: PgPool) -> Self {
        Self::spawn_with(pool, None).await
    }

    pub async fn spawn_with(pool: PgPool, public_base_url: Option<&str>) -> Self {
        Self::spawn_full(pool.clone(), pool, public_base_url, None, &[]).await
    }

    /// The app on a pool of its own that counts its checkouts (a connection handed out,
    /// idle or newly opened), with the change log's follower on `pool`, so the count is
    /// the requests' alone.
    pub async fn spawn_counted(pool: PgPool) -> (Self, Arc<AtomicUsize>) {
        let checkouts = Arc::new(AtomicUsize::new(0));
        let counted = {
            let (reused, opened) = (checkouts.clone(), checkouts.clone());
            sqlx::postgres::PgPoolOptions::new()
                .max_connections(4)
                .test_before_acquire(false)
                .before_acquire(move |_, _| {
                    reused.fetch_add(1, Ordering::SeqCst);
                    Box::pin(async { Ok(true) })
                })
                .after_connect(move |_, _| {
                    opened.fetch_add(1, Ordering::SeqCst);
                    Box::pin(async { Ok(()) })
                })
                .connect_with((*pool.connect_options()).clone())
                .await
                .expect("a counted pool")
        };
        let app = Self::spawn_full(counted, pool, None, None, &[]).await;
        (app, checkouts)
    }

    /// With live streams pinged (and their sessions checked) every `ping`.
    pub async fn spawn_pinging(pool: PgPool, ping: std::time::Duration) -> Self {
        Self::spawn_full(pool.clone(), pool, None, Some(ping), &[]).await
    }

    /// With further configuration (`NAME`, value).
    pub async fn spawn_configured(pool: PgPool, settings: &[(&str, &str)]) -> Self {
        Self::spawn_full(pool.clone(), pool, None, None, settings).await
    }

    /// The app on `app_pool`, its change log followed on `pool`.
    async fn spawn_full(
        app_pool: PgPool,
        pool: PgPool,
        public_base_url: Option<&str>,
        ping: Option<std::time::Duration>,
        settings: &[(&str, &str)],
    ) -> Self {
        let data_dir =
            std::env::temp_dir().join(format!("med-practice-test-{}", uuid::Uuid::new_v4()));
        let data = data_dir.to_string_lossy().into_owned();
        let base_url = public_base_url.map(str::to_owned);
        let config = Config::from_lookup(|name| match name {
            "DATABASE_URL" => Some("postgres://unused-the-pool-is-given".into()),
            "DATA_DIR" => Some(data.clone()),
            "PUBLIC_BASE_URL" if base_url.is_some() => base_url.clone(),
            other => settings
                .iter()
                .find(|(name, _)| *name == other)
                .map(|(_, value)| value.to_string()),
        })
        .expect("test configuration");
        let realtime = match ping {
            Some(ping) => Hub::start_with(pool.clone(), ping).await,
            None => Hub::start(pool.clone()).await,
        }
        .expect("follow the change log");
        let state = AppState {
            leptos_options: LeptosOptions::builder().output_name("med-practice").build(),
            db: Db::from_pool(app_pool),
            config: Arc::new(config),
            realtime: realtime.clone(),
        };
        let app = http::app(state).await.expect("build the app");
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(http::serve(listener, app, std::future::pending()));
        Self {
            base: format!("http://{addr}"),
            pool,
            data_dir,
            realtime,
        }
    }

    /// A fresh browser: its own cookie jar, no redirects followed.
    pub fn browser(&self) -> Client {
        Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// A fresh browser whose time zone is `zone` (the cookie the page script sets).
    pub fn browser_in(&self, zone: &str) -> Client {
        let jar = reqwest::cookie::Jar::default();
        jar.add_cookie_str(
            &format!("mp_tz={}; Path=/", zone.replace('/', "%2F")),
            &self.base.parse().unwrap(),
        );
        Client::builder()
            .cookie_provider(Arc::new(jar))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// A signed-in trainee with a profile, browsing from `zone`.
    pub async fn trainee(&self, first_name: &str, zone: &str) -> (Client, uuid::Uuid) {
        let browser = self.browser_in(zone);
        let email = format!("{}@example.test", first_name.to_lowercase());
        let response = self.sign_up(&browser, &email).await;
        assert!(response.status().is_success() || response.status().is_redirection());
        let (id,): (uuid::Uuid,) = sqlx::query_as("select id from auth.users where email = $1")
            .bind(&email)
            .fetch_one(&self.pool)
            .await
            .unwrap();
        super::World::new(self.pool.clone())
            .profile(id, first_name, "fy2")
            .await;
        (browser, id)
    }

    /// Calls a server function and reads its JSON answer, expecting success.
    pub async fn ok<T: serde::de::DeserializeOwned>(
        &self,
        client: &Client,
        endpoint: &str,
        form: &[(&str, &str)],
    ) -> T {
        let response = self.call(client, endpoint, form).await;
        let status = response.status();
        let text = response.text().await.unwrap();
        assert!(
            status.is_success() || status.is_redirection(),
            "{endpoint}: {status} {text}"
        );
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{endpoint}: {e}: {text}"))
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Calls a server function the way the app's own pages do.
    pub async fn call(&self, client: &Client, endpoint: &str, form: &[(&str, &str)]) -> Response {
        client
            .post(self.url(&format!("/api/{endpoint}")))
            .header(header::ACCEPT, "application/json")
            .header("sec-fetch-site", "same-origin")
            .form(form)
            .send()
            .await
            .unwrap()
    }

    pub async fn sign_up(&self, client: &Client, email: &str) -> Response {
        self.call(
            client,
            "sign_up",
            &[("email", email), ("password", PASSWORD)],
        )
        .await
    }

    /// The token of the newest confirmation link queued for `email` (read from the
    /// outbox, as the mail would carry it).
    pub async fn confirmation_token(&self, email: &str) -> String {
        let text: String = sqlx::query_scalar(
            "select body_text from mail.outbox
              where to_address = $1 and idempotency_key like 'email-confirmation:%'
              order by created_at desc limit 1",
        )
        .bind(email)
        .fetch_one(&self.pool)
        .await
        .expect("a confirmation mail");
        let at = text
            .find("confirm-email?token=")
            .expect("a confirmation link")
            + "confirm-email?token=".len();
        text[at..]
            .chars()
            .take_while(char::is_ascii_hexdigit)
            .collect()
    }

    /// Signs up with a server that sends mail and opens the confirmation link in the same
    /// browser, which signs it in. The confirmation mail is taken off the outbox: the
    /// tests that use this are about what follows.
    pub async fn sign_up_confirmed(&self, client: &Client, email: &str) {
        let response = self.sign_up(client, email).await;
        assert!(
            response.status().is_redirection() || response.status().is_success(),
            "sign up: {}",
            response.status()
        );
        let token = self.confirmation_token(email).await;
        let response = self
            .call(client, "confirm_email", &[("token", token.as_str())])
            .await;
        assert!(
            response.status().is_redirection() || response.status().is_success(),
            "confirm: {}",
            response.status()
        );
        sqlx::query(
            "delete from mail.outbox
              where to_address = $1 and idempotency_key like 'email-confirmation:%'",
        )
        .bind(email)
        .execute(&self.pool)
        .await
        .unwrap();
    }

    pub async fn sign_in(&self, client: &Client, email: &str, password: &str) -> Response {
        self.call(
            client,
            "sign_in",
            &[("email", email), ("password", password)],
        )
        .await
    }

    /// The signed-in user's email as the server sees it, or None.
    pub async fn whoami(&self, client: &Client) -> Option<String> {
        let response = self.call(client, "current_user", &[]).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: serde_json::Value = response.json().await.unwrap();
        body.get("email")
            .and_then(|e| e.as_str())
            .map(str::to_owned)
    }
}

pub const PASSWORD: &str = "a long enough password";

/// The app error a failed server function sent, with its status.
pub async fn app_error(response: Response) -> (StatusCode, AppError) {
    let status = response.status();
    let text = response.text().await.unwrap();
    let error = serde_json::from_str(&text)
        .unwrap_or_else(|e| panic!("not an AppError ({e}): {status} {text}"));
    (status, error)
}

/// The value of the session cookie a response set, if it set one.
pub fn session_cookie(response: &Response, name: &str) -> Option<String> {
    response
        .headers()
        .get_all(header::SET_COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|c| c.starts_with(&format!("{name}=")))
        .map(str::to_owned)
}

pub fn cookie_value(set_cookie: &str) -> String {
    set_cookie
        .split(';')
        .next()
        .and_then(|kv| kv.split_once('='))
        .map(|(_, v)| v.to_string())
        .unwrap_or_default()
}
