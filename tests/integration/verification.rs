//! Confirmed addresses through the HTTP surface, with mail sent to a real SMTP server:
//! the sign-up link, the same answer for an address in use, refused links, "Send the
//! link again", changing the address; the database's own refusal to let an unconfirmed
//! address host or join; and each person's time zone beside their partner's.

use crate::common::app::{app_error, TestApp, PASSWORD};
use crate::common::smtp::SmtpSink;
use crate::common::{user, Bind, World};
use crate::mail::{app_with_mail, outbox_count, passed, send_due};
use chrono::{Duration, Utc};
use med_practice::error::AppError;
use med_practice::model::messages::CONFIRM_ADDRESS_FIRST;
use med_practice::model::RoomView;
use med_practice::server::mail::outbox::{self, Sent};
use med_practice::server::{recovery, rooms, verification};
use reqwest::{Client, StatusCode};
use sqlx::PgPool;
use uuid::Uuid;

async fn id_of(pool: &PgPool, email: &str) -> Uuid {
    sqlx::query_scalar("select id from auth.users where lower(email) = lower($1)")
        .bind(email)
        .fetch_one(pool)
        .await
        .unwrap()
}

async fn confirmed(pool: &PgPool, email: &str) -> bool {
    sqlx::query_scalar(
        "select email_verified_at is not null from auth.users where lower(email) = lower($1)",
    )
    .bind(email)
    .fetch_one(pool)
    .await
    .unwrap()
}

/// A date three days ahead, as the schedule form sends it.
fn in_three_days() -> String {
    (Utc::now() + Duration::days(3))
        .format("%Y-%m-%d")
        .to_string()
}

async fn schedule(app: &TestApp, who: &Client) -> reqwest::Response {
    let date = in_three_days();
    app.call(
        who,
        "schedule_session",
        &[
            ("date", &date),
            ("time", "10:00"),
            ("room_type", "Clinical"),
        ],
    )
    .await
}

async fn set_up_profile(pool: &PgPool, id: Uuid, first_name: &str) {
    World::new(pool.clone())
        .profile(id, first_name, "fy2")
        .await;
}

#[sqlx::test]
async fn a_sign_up_link_confirms_the_address_signs_in_and_lets_them_host(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let email = "nia@example.test";
    let browser = app.browser();
    let response = app
        .call(
            &browser,
            "sign_up",
            &[
                ("email", email),
                ("password", PASSWORD),
                ("next", "/s/some-session"),
            ],
        )
        .await;
    assert!(passed(response.status()));
    // Not signed in: the link does that.
    assert_eq!(app.whoami(&browser).await, None);
    assert!(!confirmed(&pool, email).await);

    assert_eq!(send_due(&pool, &smtp).await, [Sent::Sent]);
    let mails = sink.to(email);
    assert_eq!(mails.len(), 1);
    assert_eq!(
        mails[0].header("Subject").as_deref(),
        Some("Confirm your email address for Med Practice")
    );
    let text = mails[0].text();
    assert!(
        text.contains("https://mp.test/confirm-email?token="),
        "{text}"
    );
    let token = app.confirmation_token(email).await;
    assert_eq!(token.len(), 64);
    assert!(text.contains(&token));
    // Only the token's hash is kept.
    let stored: i64 = sqlx::query_scalar(
        "select count(*) from auth.email_verifications
          where token_hash = sha256(convert_to($1, 'UTF8'))",
    )
    .bind(&token)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(stored, 1);

    // Before confirming, they can sign in and set up a profile but not host.
    let early = app.browser();
    assert!(passed(app.sign_in(&early, email, PASSWORD).await.status()));
    let me: serde_json::Value = app.ok(&early, "current_user", &[]).await;
    assert_eq!(me["email_verified"], false);
    let id = id_of(&pool, email).await;
    set_up_profile(&pool, id, "Nia").await;
    let (status, error) = app_error(schedule(&app, &early).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(error, AppError::conflict(CONFIRM_ADDRESS_FIRST));
    let rooms: i64 = sqlx::query_scalar("select count(*) from public.practice_rooms")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(rooms, 0);

    // The link's page names the address; opening it confirms and signs in.
    let shown: Option<String> = app
        .ok(&app.browser(), "confirmation_preview", &[("token", &token)])
        .await;
    assert_eq!(shown.as_deref(), Some(email));
    let phone = app.browser();
    let response = app
        .call(&phone, "confirm_email", &[("token", &token)])
        .await;
    assert!(passed(response.status()));
    // A profile is set up, so the way back is where they were going.
    assert_eq!(
        response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("/s/some-session")
    );
    assert_eq!(app.whoami(&phone).await.as_deref(), Some(email));
    assert!(confirmed(&pool, email).await);
    let me: serde_json::Value = app.ok(&early, "current_user", &[]).await;
    assert_eq!(me["email_verified"], true);
    let response = schedule(&app, &phone).await;
    assert_eq!(response.status(), StatusCode::OK);

    // A link works once.
    let (status, error) = app_error(
        app.call(&app.browser(), "confirm_email", &[("token", &token)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(verification::LINK_USED));
    let shown: Option<String> = app
        .ok(&app.browser(), "confirmation_preview", &[("token", &token)])
        .await;
    assert_eq!(shown, None);
}

#[sqlx::test]
async fn an_address_in_use_is_answered_as_a_new_one_and_its_owner_told(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let owner = "olu@example.test";
    app.sign_up_confirmed(&app.browser(), owner).await;

    let sign_up = |email: &'static str, password: &'static str| {
        let app = &app;
        async move {
            app.call(
                &app.browser(),
                "sign_up",
                &[("email", email), ("password", password)],
            )
            .await
        }
    };
    let taken = sign_up(" OLU@Example.test ", "somebody else's password").await;
    let fresh = sign_up("new@example.test", PASSWORD).await;
    assert_eq!(taken.status(), fresh.status());
    for header in ["location", "serverfnredirect", "set-cookie"] {
        assert_eq!(
            taken.headers().get(header),
            fresh.headers().get(header),
            "{header}"
        );
    }
    assert_eq!(taken.text().await.unwrap(), fresh.text().await.unwrap());

    // One account for the address, its password unchanged; its owner is told.
    let accounts: i64 =
        sqlx::query_scalar("select count(*) from auth.users where lower(email) = $1")
            .bind(owner)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(accounts, 1);
    assert!(passed(
        app.sign_in(&app.browser(), owner, PASSWORD).await.status()
    ));
    send_due(&pool, &smtp).await;
    let mails = sink.to(owner);
    assert_eq!(mails.len(), 1);
    assert_eq!(
        mails[0].header("Subject").as_deref(),
        Some("Someone tried to create a Med Practice account with your address")
    );
    assert!(mails[0].text().contains("https://mp.test/forgot-password"));
    assert!(!mails[0].text().contains("confirm-email"));

    // Three notices an hour at most; further attempts are answered alike.
    for _ in 0..4 {
        assert!(passed(sign_up("olu@example.test", PASSWORD).await.status()));
    }
    let notices: i64 = sqlx::query_scalar(
        "select count(*) from mail.outbox where to_address = $1 and idempotency_key like 'address-in-use:%'",
    )
    .bind(owner)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(notices, verification::LINKS_PER_HOUR);
}

#[sqlx::test]
async fn altered_used_and_expired_links_are_refused_and_change_nothing(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let email = "ola@example.test";
    assert!(passed(app.sign_up(&app.browser(), email).await.status()));
    let token = app.confirmation_token(email).await;
    let browser = app.browser();

    let mut altered = token.clone();
    let last = if altered.ends_with('0') { "1" } else { "0" };
    altered.replace_range(63.., last);
    for (bad, message) in [
        (altered.as_str(), verification::LINK_NOT_VALID),
        ("not-a-token", verification::LINK_NOT_VALID),
        ("", verification::LINK_NOT_VALID),
    ] {
        let (status, error) =
            app_error(app.call(&browser, "confirm_email", &[("token", bad)]).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{bad}");
        assert_eq!(error, AppError::invalid(message), "{bad}");
    }
    // A day and a minute later, in the database's clock.
    sqlx::query(
        "update auth.email_verifications
            set created_at = created_at - interval '1441 minutes',
                expires_at = expires_at - interval '1441 minutes'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let (status, error) = app_error(
        app.call(&browser, "confirm_email", &[("token", &token)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(verification::LINK_EXPIRED));
    assert_eq!(app.whoami(&browser).await, None);
    assert!(!confirmed(&pool, email).await);

    // A reset link also proves the address is theirs.
    let response = app
        .call(&browser, "forgot_password", &[("email", email)])
        .await;
    assert!(passed(response.status()));
    let text: String = sqlx::query_scalar(
        "select body_text from mail.outbox where idempotency_key like 'password-reset:%'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let at = text.find("token=").unwrap() + "token=".len();
    let reset: String = text[at..at + 64].to_string();
    let response = app
        .call(
            &browser,
            "reset_password",
            &[("token", &reset), ("password", "a new long password")],
        )
        .await;
    assert!(passed(response.status()));
    assert!(confirmed(&pool, email).await);
}

#[sqlx::test]
async fn send_the_link_again_is_limited_and_only_for_the_unconfirmed(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let email = "pax@example.test";
    let browser = app.browser();
    assert!(passed(app.sign_up(&browser, email).await.status()));
    assert!(passed(
        app.sign_in(&browser, email, PASSWORD).await.status()
    ));
    // The sign-up's link and two more make three an hour.
    for _ in 0..2 {
        let response = app.call(&browser, "resend_confirmation", &[]).await;
        assert!(passed(response.status()), "{}", response.status());
    }
    assert_eq!(outbox_count(&pool, email).await, 3);
    let (status, error) = app_error(app.call(&browser, "resend_confirmation", &[]).await).await;
    assert_eq!(status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(
        error,
        AppError::RateLimited(verification::TOO_MANY_LINKS.into())
    );
    assert_eq!(outbox_count(&pool, email).await, 3);

    // Any of the three works, and spends the others.
    let token = app.confirmation_token(email).await;
    assert!(passed(
        app.call(&browser, "confirm_email", &[("token", &token)])
            .await
            .status()
    ));
    let open: i64 =
        sqlx::query_scalar("select count(*) from auth.email_verifications where used_at is null")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(open, 0);
    let (status, error) = app_error(app.call(&browser, "resend_confirmation", &[]).await).await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(error, AppError::conflict(verification::ALREADY_CONFIRMED));
    let (status, _) = app_error(app.call(&app.browser(), "resend_confirmation", &[]).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

#[sqlx::test]
async fn a_new_address_takes_effect_when_confirmed_and_the_old_one_is_told(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let (old, new) = ("quin@example.test", "quin.new@example.test");
    let browser = app.browser();
    app.sign_up_confirmed(&browser, old).await;
    app.sign_up_confirmed(&app.browser(), "taken@example.test")
        .await;

    let change = |email: &'static str, current: &'static str| {
        let (app, browser) = (&app, &browser);
        async move {
            app.call(
                browser,
                "change_email",
                &[("email", email), ("current", current)],
            )
            .await
        }
    };
    let (status, error) = app_error(change(new, "not my password").await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(recovery::CURRENT_PASSWORD_WRONG));
    let (_, error) = app_error(change(" QUIN@example.test", PASSWORD).await).await;
    assert_eq!(error, AppError::invalid(verification::SAME_ADDRESS));
    let (_, error) = app_error(change("not an address", PASSWORD).await).await;
    assert!(matches!(error, AppError::Invalid(_)));
    assert_eq!(outbox_count(&pool, new).await, 0);
    assert_eq!(outbox_count(&pool, old).await, 0);

    let asked = change(new, PASSWORD).await;
    assert!(passed(asked.status()));
    // Nothing changes until the new address is confirmed.
    assert_eq!(app.whoami(&browser).await.as_deref(), Some(old));
    send_due(&pool, &smtp).await;
    assert_eq!(
        sink.to(new)[0].header("Subject").as_deref(),
        Some("Confirm your new email address for Med Practice")
    );
    let told = sink.to(old);
    assert_eq!(told.len(), 1);
    assert_eq!(
        told[0].header("Subject").as_deref(),
        Some("Your Med Practice email address is being changed")
    );
    assert!(told[0].text().contains(new));

    // An address another account has is answered alike; its owner hears of it.
    let other = change("taken@example.test", PASSWORD).await;
    assert_eq!(other.status(), asked.status());
    assert_eq!(outbox_count(&pool, "taken@example.test").await, 1);
    assert_eq!(outbox_count(&pool, old).await, 2);

    let token = app.confirmation_token(new).await;
    assert!(passed(
        app.call(&browser, "confirm_email", &[("token", &token)])
            .await
            .status()
    ));
    assert_eq!(app.whoami(&browser).await.as_deref(), Some(new));
    assert!(app
        .sign_in(&app.browser(), old, PASSWORD)
        .await
        .status()
        .is_client_error());
    assert!(passed(
        app.sign_in(&app.browser(), new, PASSWORD).await.status()
    ));

    // A change someone else started is cancelled by a new password.
    assert!(passed(
        change("quin.third@example.test", PASSWORD).await.status()
    ));
    let pending = app.confirmation_token("quin.third@example.test").await;
    assert!(passed(
        app.call(
            &browser,
            "change_password",
            &[("current", PASSWORD), ("password", "a new long password")],
        )
        .await
        .status()
    ));
    let (_, error) = app_error(
        app.call(&browser, "confirm_email", &[("token", &pending)])
            .await,
    )
    .await;
    assert_eq!(error, AppError::invalid(verification::LINK_USED));
    assert_eq!(app.whoami(&browser).await.as_deref(), Some(new));
}

#[sqlx::test]
async fn the_database_refuses_an_unconfirmed_host_or_guest(pool: PgPool) {
    let world = World::new(pool.clone());
    let host = world.user("Hana").await;
    let unconfirmed = world.user("Uma").await;
    sqlx::query("update auth.users set email_verified_at = null where id = $1")
        .bind(unconfirmed)
        .execute(world.db.owner())
        .await
        .unwrap();
    let at = Utc::now() + Duration::days(2);
    let error = world
        .exec_as(
            user(unconfirmed),
            "insert into public.practice_rooms (host_id, datetime_utc, type, private)
             values ($1, $2, 'Clinical', false)",
            &[Bind::Uuid(unconfirmed), Bind::Time(at)],
        )
        .await
        .unwrap_err();
    assert_eq!(error, AppError::conflict(CONFIRM_ADDRESS_FIRST));

    let room = world.room(host, 30, false).await;
    let mut tx = world.as_user(unconfirmed).await;
    let error = rooms::join(&mut tx, room.id).await.unwrap_err();
    assert_eq!(error, AppError::conflict(CONFIRM_ADDRESS_FIRST));
    drop(tx);
    let mut tx = world.as_user(unconfirmed).await;
    let error = rooms::join_by_url(&mut tx, &room.room_url)
        .await
        .unwrap_err();
    assert_eq!(error, AppError::conflict(CONFIRM_ADDRESS_FIRST));
    drop(tx);
    let guest: Option<Uuid> =
        sqlx::query_scalar("select guest_id from public.practice_rooms where id = $1")
            .bind(room.id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(guest, None);

    // Confirmed, the same person joins.
    sqlx::query("update auth.users set email_verified_at = now() where id = $1")
        .bind(unconfirmed)
        .execute(world.db.owner())
        .await
        .unwrap();
    let mut tx = world.as_user(unconfirmed).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
}

#[sqlx::test]
async fn a_session_page_states_the_time_in_the_partners_zone_too(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (host, _) = app.trainee("Hana", "Europe/London").await;
    let (guest, _) = app.trainee("Gus", "America/New_York").await;
    let (stranger, _) = app.trainee("Sam", "Asia/Tokyo").await;
    for (who, zone) in [(&host, "Europe/London"), (&guest, "America/New_York")] {
        let saved = app.call(who, "save_time_zone", &[("zone", zone)]).await;
        assert!(passed(saved.status()));
    }
    let response = schedule(&app, &host).await;
    assert_eq!(response.status(), StatusCode::OK);
    let url: String = response.json().await.unwrap();
    let room: RoomView = app.ok(&host, "room", &[("room_url", &url)]).await;
    assert_eq!(room.partner_time, None);
    let joined = app
        .call(&guest, "join_session", &[("room", &room.id.to_string())])
        .await;
    assert!(passed(joined.status()), "{}", joined.status());

    let for_host: RoomView = app.ok(&host, "room", &[("room_url", &url)]).await;
    let theirs = for_host.partner_time.expect("the guest's time");
    assert!(theirs.ends_with("for Gus (America/New_York)"), "{theirs}");
    assert!(
        theirs.starts_with("05:00 E") || theirs.starts_with("04:00 E"),
        "{theirs}"
    );
    let for_guest: RoomView = app.ok(&guest, "room", &[("room_url", &url)]).await;
    assert!(for_guest
        .partner_time
        .expect("the host's time")
        .ends_with("for Hana (Europe/London)"));
    let for_stranger: RoomView = app.ok(&stranger, "room", &[("room_url", &url)]).await;
    assert_eq!(for_stranger.partner_time, None);

    // A zone is chosen from the list; a name outside it is refused and changes nothing.
    let (status, error) = app_error(
        app.call(&guest, "save_time_zone", &[("zone", "Mars/Olympus")])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        error,
        AppError::invalid("Choose a time zone from the list.")
    );
    let saved = app
        .call(&guest, "save_time_zone", &[("zone", " Europe/London ")])
        .await;
    assert!(passed(saved.status()));
    let choice: serde_json::Value = app.ok(&guest, "my_time_zone", &[]).await;
    assert_eq!(choice["zone"], "Europe/London");
    assert!(choice["zones"]
        .as_array()
        .unwrap()
        .iter()
        .any(|z| z == "America/New_York"));
    // Both in London now: one time says it all.
    let for_host: RoomView = app.ok(&host, "room", &[("room_url", &url)]).await;
    assert_eq!(for_host.partner_time, None);
}
