//! Outgoing mail against a real SMTP server (common/smtp.rs), and account recovery
//! through the HTTP surface: the reset link, its refusals, and what a new password ends.

use crate::common::app::{app_error, TestApp, PASSWORD};
use crate::common::smtp::SmtpSink;
use crate::common::{user, Bind, World};
use med_practice::error::AppError;
use med_practice::server::mail::notices;
use med_practice::server::mail::outbox::{self, Sent, Settings, Smtp};
use med_practice::server::mail::{self, Kind, Mail};
use med_practice::server::recovery;
use med_practice::server::rooms;
use reqwest::StatusCode;
use sqlx::PgPool;
use std::time::Duration;
use uuid::Uuid;

const FROM: &str = "Med Practice <no-reply@mp.test>";
const DOMAIN: &str = "mp.test";

fn settings() -> Settings {
    Settings {
        retry_base: Duration::from_secs(5),
        lease: Duration::from_secs(30),
        poll: Duration::from_millis(20),
    }
}

fn from() -> lettre::message::Mailbox {
    FROM.parse().unwrap()
}

pub(crate) async fn app_with_mail(pool: PgPool, sink: &SmtpSink) -> TestApp {
    TestApp::spawn_configured(
        pool,
        &[
            ("SMTP_URL", &sink.url()),
            ("MAIL_FROM", FROM),
            ("PUBLIC_BASE_URL", "https://mp.test"),
        ],
    )
    .await
}

/// Sends every due mail with one worker, as the server's workers would.
pub(crate) async fn send_due(pool: &PgPool, smtp: &Smtp) -> Vec<Sent> {
    let mut sent = Vec::new();
    while let Some((_, s)) = outbox::run_once(pool, smtp, &from(), DOMAIN, "test-0", &settings())
        .await
        .unwrap()
    {
        sent.push(s);
    }
    sent
}

/// The token of the reset link in a caught mail.
fn token_in(text: &str) -> String {
    let at =
        text.find("reset-password?token=").expect("a reset link") + "reset-password?token=".len();
    text[at..]
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}

/// A server function's success: a redirect without JavaScript, 200 with it.
pub(crate) fn passed(status: StatusCode) -> bool {
    status.is_success() || status.is_redirection()
}

pub(crate) async fn outbox_count(pool: &PgPool, to: &str) -> i64 {
    sqlx::query_scalar("select count(*) from mail.outbox where to_address = $1")
        .bind(to)
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test]
async fn a_reset_link_sets_a_new_password_ends_every_session_and_tells_the_owner(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let email = "rosa@example.test";
    let (laptop, phone, stranger) = (app.browser(), app.browser(), app.browser());
    app.sign_up_confirmed(&laptop, email).await;
    assert!(passed(app.sign_in(&phone, email, PASSWORD).await.status()));
    assert_eq!(app.whoami(&phone).await.as_deref(), Some(email));

    // The same answer for an account's address (in any case) and for an unknown one;
    // only the account gets mail.
    let known = app
        .call(
            &stranger,
            "forgot_password",
            &[("email", " Rosa@Example.TEST ")],
        )
        .await;
    let unknown = app
        .call(
            &stranger,
            "forgot_password",
            &[("email", "nobody@example.test")],
        )
        .await;
    assert_eq!(known.status(), unknown.status());
    assert_eq!(
        known.headers().get("location"),
        unknown.headers().get("location")
    );
    assert_eq!(known.text().await.unwrap(), unknown.text().await.unwrap());
    assert_eq!(outbox_count(&pool, email).await, 1);
    assert_eq!(outbox_count(&pool, "nobody@example.test").await, 0);
    assert_eq!(send_due(&pool, &smtp).await, [Sent::Sent]);
    assert!(sink.to("nobody@example.test").is_empty());
    let mails = sink.to(email);
    assert_eq!(mails.len(), 1);
    let mail = &mails[0];
    assert_eq!(
        mail.header("Subject").as_deref(),
        Some("Set a new Med Practice password")
    );
    assert_eq!(mail.from, "no-reply@mp.test");
    let id: Uuid = sqlx::query_scalar("select id from mail.outbox where to_address = $1")
        .bind(email)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(mail.header("Message-ID"), Some(format!("<{id}@{DOMAIN}>")));
    let text = mail.text();
    assert!(
        text.contains("https://mp.test/reset-password?token="),
        "{text}"
    );
    assert!(text.contains("text/html") && text.contains("text/plain"));
    let token = token_in(&text);
    assert_eq!(token.len(), 64);
    // Only the token's hash is kept.
    let stored: i64 = sqlx::query_scalar(
        "select count(*) from auth.password_resets where encode(token_hash, 'hex') = $1",
    )
    .bind(&token)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(stored, 0);

    // An altered token, and a password too short, are refused and spend nothing.
    let mut altered = token.clone();
    altered.replace_range(0..1, if token.starts_with('0') { "1" } else { "0" });
    let (status, error) = app_error(
        app.call(
            &stranger,
            "reset_password",
            &[("token", &altered), ("password", "a new long password")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(recovery::LINK_NOT_VALID));
    let (status, error) = app_error(
        app.call(
            &stranger,
            "reset_password",
            &[("token", &token), ("password", "short")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        error.to_string().contains("at least 12 characters"),
        "{error}"
    );

    // The link sets the password, signs this browser in and every other one out.
    let done = app
        .call(
            &stranger,
            "reset_password",
            &[("token", &token), ("password", "a new long password")],
        )
        .await;
    assert!(passed(done.status()), "{}", done.status());
    assert_eq!(app.whoami(&stranger).await.as_deref(), Some(email));
    assert_eq!(app.whoami(&laptop).await, None);
    assert_eq!(app.whoami(&phone).await, None);
    assert!(app
        .sign_in(&app.browser(), email, PASSWORD)
        .await
        .status()
        .is_client_error());
    assert!(passed(
        app.sign_in(&app.browser(), email, "a new long password")
            .await
            .status()
    ));

    // Once only.
    let (status, error) = app_error(
        app.call(
            &stranger,
            "reset_password",
            &[("token", &token), ("password", "another long password")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(recovery::LINK_USED));

    // The owner is told.
    assert_eq!(send_due(&pool, &smtp).await, [Sent::Sent]);
    let mails = sink.to(email);
    assert_eq!(mails.len(), 2);
    assert_eq!(
        mails[1].header("Subject").as_deref(),
        Some("Your Med Practice password was changed")
    );
}

#[sqlx::test]
async fn an_expired_link_is_refused_and_links_are_limited_per_hour(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let email = "ezra@example.test";
    app.sign_up_confirmed(&app.browser(), email).await;
    let browser = app.browser();
    for _ in 0..5 {
        let response = app
            .call(&browser, "forgot_password", &[("email", email)])
            .await;
        assert!(passed(response.status()));
    }
    // Three links an hour; the others are answered alike and send nothing.
    assert_eq!(outbox_count(&pool, email).await, recovery::RESETS_PER_HOUR);
    send_due(&pool, &smtp).await;
    let token = token_in(&sink.to(email)[0].text());
    // The clock moves on an hour and a minute, in the database.
    sqlx::query(
        "update auth.password_resets
            set created_at = created_at - interval '61 minutes',
                expires_at = expires_at - interval '61 minutes'",
    )
    .execute(&pool)
    .await
    .unwrap();
    let (status, error) = app_error(
        app.call(
            &browser,
            "reset_password",
            &[("token", &token), ("password", "a new long password")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(recovery::LINK_EXPIRED));
    assert_eq!(app.whoami(&browser).await, None);
    // The hour has passed: a new link can be sent.
    let response = app
        .call(&browser, "forgot_password", &[("email", email)])
        .await;
    assert!(passed(response.status()));
    assert_eq!(
        outbox_count(&pool, email).await,
        recovery::RESETS_PER_HOUR + 1
    );

    // A malformed address is told so; that says nothing about any account.
    let (status, _) = app_error(
        app.call(&browser, "forgot_password", &[("email", "not an address")])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
}

#[sqlx::test]
async fn without_smtp_the_server_promises_no_email(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let browser = app.browser();
    let enabled: bool = app.ok(&browser, "mail_enabled", &[]).await;
    assert!(!enabled);
    let (status, error) = app_error(
        app.call(
            &browser,
            "forgot_password",
            &[("email", "rosa@example.test")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        error,
        AppError::conflict(med_practice::api::account::MAIL_OFF)
    );
    let page = browser
        .get(app.url("/forgot-password"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("does not send email"), "{page}");
    assert!(!page.contains("Send the link"));
}

async fn queue_mails(pool: &PgPool, n: usize) {
    let mut tx = pool.begin().await.unwrap();
    for i in 0..n {
        let mail = Mail::new(
            Kind::Update,
            &format!("p{i}@example.test"),
            &format!("Mail {i}"),
        )
        .paragraph(format!("Number {i}."));
        assert!(mail::queue(&mut tx, &format!("test:{i}"), None, &mail)
            .await
            .unwrap());
    }
    // The same cause queues nothing twice.
    let again = Mail::new(Kind::Update, "p0@example.test", "Mail 0 again");
    assert!(!mail::queue(&mut tx, "test:0", None, &again).await.unwrap());
    tx.commit().await.unwrap();
}

#[sqlx::test]
async fn two_instances_workers_send_each_mail_exactly_once(pool: PgPool) {
    let sink = SmtpSink::start().await;
    queue_mails(&pool, 40).await;
    let config = med_practice::server::config::Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some("postgres://unused".into()),
        "SMTP_URL" => Some(sink.url()),
        "MAIL_FROM" => Some(FROM.into()),
        "MAIL_WORKERS" => Some("3".into()),
        "MAIL_POLL_MS" => Some("20".into()),
        _ => None,
    })
    .unwrap();
    // Two instances, three workers each, on one queue.
    let first = outbox::start(&pool, &config.mail, "https://mp.test", DOMAIN).unwrap();
    let second = outbox::start(&pool, &config.mail, "https://mp.test", DOMAIN).unwrap();
    assert_ne!(first, second);
    for _ in 0..500 {
        let left: i64 =
            sqlx::query_scalar("select count(*) from mail.outbox where status <> 'sent'")
                .fetch_one(&pool)
                .await
                .unwrap();
        if left == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let messages = sink.messages();
    assert_eq!(messages.len(), 40);
    let mut ids: Vec<String> = messages
        .iter()
        .map(|m| m.header("Message-ID").unwrap())
        .collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 40);
    let attempts: i64 = sqlx::query_scalar("select sum(attempts) from mail.outbox")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(attempts, 40);
}

#[sqlx::test]
async fn a_down_smtp_server_is_retried_with_backoff_and_delivered_when_it_returns(pool: PgPool) {
    let mut sink = SmtpSink::start().await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    queue_mails(&pool, 1).await;
    sink.stop();
    let sent = send_due(&pool, &smtp).await;
    assert!(matches!(sent.as_slice(), [Sent::Retrying(_)]), "{sent:?}");
    let (status, attempts, error, later): (String, i32, Option<String>, bool) =
        sqlx::query_as("select status, attempts, last_error, run_after > now() from mail.outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), attempts, later), ("queued", 1, true));
    assert!(error.is_some_and(|e| !e.is_empty()));
    sink.resume().await;
    sqlx::query("update mail.outbox set run_after = now()")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(send_due(&pool, &smtp).await, [Sent::Sent]);
    assert_eq!(sink.messages().len(), 1);
    let (status, attempts): (String, i32) =
        sqlx::query_as("select status, attempts from mail.outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!((status.as_str(), attempts), ("sent", 2));

    // Down for good: the row fails visibly after its attempts.
    queue_more(&pool).await;
    sink.stop();
    for _ in 0..8 {
        sqlx::query("update mail.outbox set run_after = now() where status = 'queued'")
            .execute(&pool)
            .await
            .unwrap();
        send_due(&pool, &smtp).await;
    }
    let (status, error): (String, Option<String>) =
        sqlx::query_as("select status, last_error from mail.outbox where idempotency_key = 'more'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(status, "failed");
    assert!(error.is_some());
}

async fn queue_more(pool: &PgPool) {
    let mut tx = pool.begin().await.unwrap();
    let mail = Mail::new(Kind::Reminder, "late@example.test", "Later");
    mail::queue(&mut tx, "more", None, &mail).await.unwrap();
    tx.commit().await.unwrap();
}

#[sqlx::test]
async fn a_worker_killed_mid_send_loses_nothing(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    queue_mails(&pool, 1).await;
    // A worker claims the mail and dies before it is sent.
    let dead = outbox::claim(&pool, "dead-0", &settings())
        .await
        .unwrap()
        .unwrap();
    // Its lease holds: no one else sends the mail meanwhile.
    assert_eq!(send_due(&pool, &smtp).await, []);
    // The lease runs out (the clock moved in the database); another worker takes over.
    sqlx::query("update mail.outbox set lease_until = now() - interval '1 second'")
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(send_due(&pool, &smtp).await, [Sent::Sent]);
    assert_eq!(sink.messages().len(), 1);
    let (attempts, claim): (i32, Option<Uuid>) =
        sqlx::query_as("select attempts, claim from mail.outbox")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(attempts, 2);
    assert_ne!(claim, Some(dead.claim));
    // A shutdown gives back only its own workers' rows.
    assert_eq!(outbox::release(&pool, "dead").await.unwrap(), 0);
}

#[sqlx::test]
async fn changing_the_password_needs_the_current_one_and_signs_other_devices_out(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let email = "cleo@example.test";
    let (here, there) = (app.browser(), app.browser());
    app.sign_up_confirmed(&here, email).await;
    assert!(passed(app.sign_in(&there, email, PASSWORD).await.status()));

    let (status, error) = app_error(
        app.call(
            &here,
            "change_password",
            &[
                ("current", "not my password"),
                ("password", "a new long password"),
            ],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(recovery::CURRENT_PASSWORD_WRONG));
    let (_, error) = app_error(
        app.call(
            &here,
            "change_password",
            &[("current", PASSWORD), ("password", PASSWORD)],
        )
        .await,
    )
    .await;
    assert_eq!(error, AppError::invalid(recovery::SAME_PASSWORD));
    // Nothing changed so far.
    assert_eq!(app.whoami(&there).await.as_deref(), Some(email));
    assert_eq!(outbox_count(&pool, email).await, 0);

    let done = app
        .call(
            &here,
            "change_password",
            &[("current", PASSWORD), ("password", "a new long password")],
        )
        .await;
    assert!(passed(done.status()), "{}", done.status());
    assert_eq!(app.whoami(&here).await.as_deref(), Some(email));
    assert_eq!(app.whoami(&there).await, None);
    assert!(app
        .sign_in(&app.browser(), email, PASSWORD)
        .await
        .status()
        .is_client_error());
    assert_eq!(send_due(&pool, &smtp).await, [Sent::Sent]);
    assert_eq!(
        sink.to(email)[0].header("Subject").as_deref(),
        Some("Your Med Practice password was changed")
    );
    // Signed out, nobody changes a password.
    let (status, _) = app_error(
        app.call(
            &app.browser(),
            "change_password",
            &[
                ("current", "a new long password"),
                ("password", "another long password"),
            ],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}

/// A host in London and a guest in New York, in a session `hours` ahead.
async fn pair(world: &World, hours: i64) -> (Uuid, Uuid, Uuid) {
    let host = world.user("Hana").await;
    let guest = world.user("Gus").await;
    for (id, zone) in [(host, "Europe/London"), (guest, "America/New_York")] {
        sqlx::query("update auth.users set time_zone = $2 where id = $1")
            .bind(id)
            .bind(zone)
            .execute(world.db.owner())
            .await
            .unwrap();
    }
    (
        host,
        guest,
        room_with_guest(world, host, guest, hours).await,
    )
}

/// A public session of `host`'s, `hours` ahead, that `guest` has joined.
async fn room_with_guest(world: &World, host: Uuid, guest: Uuid, hours: i64) -> Uuid {
    let room = world.room(host, hours, false).await;
    let mut tx = world.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    room.id
}

/// Whether `user` gets (session updates, reminders).
async fn choices_of(pool: &PgPool, user: Uuid) -> (bool, bool) {
    sqlx::query_as("select mail_updates, mail_reminders from auth.users where id = $1")
        .bind(user)
        .fetch_one(pool)
        .await
        .unwrap()
}

/// The calendar file a caught mail carries, unfolded.
fn calendar_of(mail: &crate::common::smtp::Received) -> String {
    let text = mail.data.replace("\r\n ", "");
    let at = text.find("BEGIN:VCALENDAR").expect("a calendar file");
    let end = text[at..].find("END:VCALENDAR").unwrap() + "END:VCALENDAR".len();
    text[at..at + end].to_string()
}

#[sqlx::test]
async fn session_updates_mail_the_other_person_once_with_the_calendar_file(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let world = World::new(pool.clone());
    let (host, _guest, room) = pair(&world, 48).await;
    // The join is mailed to the host (the session as it stands then).
    assert_eq!(
        notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test")
            .await
            .unwrap(),
        1
    );
    // The host moves it, then cancels it.
    world
        .exec_as(
            user(host),
            "update public.practice_rooms set datetime_utc = datetime_utc + interval '1 day' where id = $1",
            &[Bind::Uuid(room)],
        )
        .await
        .unwrap();
    assert_eq!(
        notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test")
            .await
            .unwrap(),
        1
    );
    world
        .exec_as(
            user(host),
            "update public.practice_rooms set cancelled_at = now() where id = $1",
            &[Bind::Uuid(room)],
        )
        .await
        .unwrap();
    // Two instances scan at once: each update is mailed once.
    let (a, b) = tokio::join!(
        notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test"),
        notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test"),
    );
    assert_eq!(a.unwrap() + b.unwrap(), 1);
    assert_eq!(
        notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test")
            .await
            .unwrap(),
        0
    );
    send_due(&pool, &smtp).await;

    let to_host = sink.to("hana@example.test");
    assert_eq!(to_host.len(), 1);
    assert_eq!(
        to_host[0].header("Subject").as_deref(),
        Some("Gus Tester joined your session")
    );
    let text = to_host[0].text();
    // The host's own zone, and the guest's beside it.
    assert!(
        text.contains("GMT") && text.contains("for Gus (America/New_York)"),
        "{text}"
    );
    assert!(text.contains("https://mp.test/s/"));
    let joined = calendar_of(&to_host[0]);
    assert!(
        joined.contains("METHOD:REQUEST") && joined.contains("SEQUENCE:0"),
        "{joined}"
    );
    assert!(joined.contains("ATTENDEE;") && joined.contains("mailto:hana@example.test"));
    assert!(joined.contains(&format!("UID:{room}@med-practice")));

    let to_guest = sink.to("gus@example.test");
    let subjects: Vec<String> = to_guest
        .iter()
        .map(|m| m.header("Subject").unwrap())
        .collect();
    assert_eq!(
        subjects,
        ["Your session has a new time", "Your session was cancelled"]
    );
    let moved = calendar_of(&to_guest[0]);
    assert!(
        moved.contains("METHOD:REQUEST") && moved.contains("SEQUENCE:"),
        "{moved}"
    );
    let cancelled = calendar_of(&to_guest[1]);
    assert!(
        cancelled.contains("METHOD:CANCEL") && cancelled.contains("SEQUENCE:2"),
        "{cancelled}"
    );
    assert!(cancelled.contains("STATUS:CANCELLED"));
    // The guest reads times in New York's zone.
    assert!(to_guest[1].text().contains("EST"), "{}", to_guest[1].text());
}

#[sqlx::test]
async fn reminders_go_a_day_and_an_hour_before_once_each(pool: PgPool) {
    let world = World::new(pool.clone());
    let (_, _, in_25h) = pair(&world, 25).await;
    let (a, b) = (world.user("Ada").await, world.user("Ben").await);
    let in_23h = room_with_guest(&world, a, b, 23).await;
    let (c, d) = (world.user("Cal").await, world.user("Dee").await);
    let soon = room_with_guest(&world, c, d, 2).await;
    // The 2-hour session is moved to 50 minutes from now.
    sqlx::query("update public.practice_rooms set datetime_utc = now() + interval '50 minutes' where id = $1")
        .bind(soon)
        .execute(&pool)
        .await
        .unwrap();

    let count = |room: Uuid, which: &'static str| {
        let pool = pool.clone();
        async move {
            let n: i64 = sqlx::query_scalar(
                "select count(*) from mail.outbox where idempotency_key like $1",
            )
            .bind(format!("reminder-{which}:{room}:%"))
            .fetch_one(&pool)
            .await
            .unwrap();
            n
        }
    };
    let now: chrono::DateTime<chrono::Utc> = sqlx::query_scalar("select now()")
        .fetch_one(&pool)
        .await
        .unwrap();
    // The clock moves through the next day a quarter hour at a time; two instances scan
    // at each step.
    for step in 0..=(25 * 4) {
        let at = now + chrono::Duration::minutes(15 * step);
        let (x, y) = tokio::join!(
            notices::queue_reminders(&pool, "https://mp.test", "no-reply@mp.test", Some(at)),
            notices::queue_reminders(&pool, "https://mp.test", "no-reply@mp.test", Some(at)),
        );
        x.unwrap();
        y.unwrap();
        if step == 0 {
            // At the start: the +23 h session's day reminder, the +50 min one's hour
            // reminder only, nothing yet for +25 h.
            assert_eq!(count(in_23h, "24h").await, 2);
            assert_eq!(count(soon, "1h").await, 2);
            assert_eq!(count(soon, "24h").await, 0);
            assert_eq!(count(in_25h, "24h").await, 0);
        }
    }
    for room in [in_25h, in_23h] {
        // One of each for each of the two people.
        assert_eq!(count(room, "24h").await, 2);
        assert_eq!(count(room, "1h").await, 2);
    }
    assert_eq!(count(soon, "24h").await, 0);
    assert_eq!(count(soon, "1h").await, 2);
}

#[sqlx::test]
async fn one_click_unsubscribe_stops_that_kind_of_mail_and_no_other(pool: PgPool) {
    let sink = SmtpSink::start().await;
    let app = app_with_mail(pool.clone(), &sink).await;
    let smtp = outbox::transport(&sink.url()).unwrap();
    let world = World::new(pool.clone());
    let (host, guest, room) = pair(&world, 10).await;
    notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test")
        .await
        .unwrap();
    send_due(&pool, &smtp).await;
    let joined = &sink.to("hana@example.test")[0];
    let header = joined.header("List-Unsubscribe").expect("List-Unsubscribe");
    assert_eq!(
        joined.header("List-Unsubscribe-Post").as_deref(),
        Some("List-Unsubscribe=One-Click")
    );
    let one_click = header
        .trim_matches(|c| c == '<' || c == '>')
        .replace("https://mp.test", &app.base);
    assert!(
        one_click.contains("/unsubscribe/one-click?token="),
        "{one_click}"
    );
    let token = one_click.split("token=").nth(1).unwrap().to_string();
    // The body's link opens a page that asks first; opening it changes nothing.
    assert!(joined
        .text()
        .contains(&format!("https://mp.test/unsubscribe?token={token}")));
    let page = app
        .browser()
        .get(app.url(&format!("/unsubscribe?token={token}")))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("Stop emails when your sessions change to hana@example.test?"),
        "{page}"
    );
    assert_eq!(choices_of(&pool, host).await, (true, true));

    // The mail provider's one-click POST: no cookies, no sign-in.
    let response = reqwest::Client::new()
        .post(&one_click)
        .header("content-type", "application/x-www-form-urlencoded")
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(choices_of(&pool, host).await, (false, true));
    // A made-up token stops nothing.
    let refused = reqwest::Client::new()
        .post(app.url(&format!("/unsubscribe/one-click?token={}", "ab".repeat(32))))
        .body("List-Unsubscribe=One-Click")
        .send()
        .await
        .unwrap();
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // The guest leaves: no update mail for the host now; reminders still come.
    let mut tx = world.as_user(guest).await;
    med_practice::server::schedule::leave(&mut tx, room)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        notices::queue_updates(&pool, "https://mp.test", "no-reply@mp.test")
            .await
            .unwrap(),
        0
    );
    let mut tx = world.as_user(guest).await;
    rooms::join(&mut tx, room).await.unwrap();
    tx.commit().await.unwrap();
    let queued = notices::queue_reminders(&pool, "https://mp.test", "no-reply@mp.test", None)
        .await
        .unwrap();
    assert_eq!(queued, 2);
}

#[sqlx::test]
async fn a_person_chooses_their_mail_on_the_profile_page(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (browser, _) = app.trainee("Iris", "Europe/Paris").await;
    let choices: (bool, bool) = app.ok(&browser, "mail_preferences", &[]).await;
    assert_eq!(choices, (true, true));
    let saved = app
        .call(&browser, "save_mail_preferences", &[("reminders", "on")])
        .await;
    assert!(passed(saved.status()), "{}", saved.status());
    let choices: (bool, bool) = app.ok(&browser, "mail_preferences", &[]).await;
    assert_eq!(choices, (false, true));
    let (status, _) = app_error(
        app.call(&browser, "save_mail_preferences", &[("updates", "maybe")])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, _) = app_error(app.call(&app.browser(), "mail_preferences", &[]).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
