//! Whether each participant will be there: "I'll be there" and "I can't make it" on the
//! session page and by the link the day's reminder carries (no sign-in), each seeing the
//! other's answer, a reschedule asking again, and the database's rules.

use crate::common::app::{app_error, TestApp};
use crate::common::World;
use crate::mail::passed;
use chrono::{Duration, Utc};
use med_practice::error::AppError;
use med_practice::model::{Attendance, RoomView};
use med_practice::server::attendance;
use med_practice::server::mail::notices;
use med_practice::server::rooms;
use reqwest::{Client, StatusCode};
use sqlx::PgPool;
use uuid::Uuid;

async fn room(app: &TestApp, who: &Client, url: &str) -> RoomView {
    app.ok(who, "room", &[("room_url", url)]).await
}

/// The kinds of update `user` has been told of about `room`.
async fn told(pool: &PgPool, user: Uuid, room: Uuid) -> Vec<String> {
    sqlx::query_scalar(
        "select kind from public.notifications where user_id = $1 and room_id = $2 order by created_at",
    )
    .bind(user)
    .bind(room)
    .fetch_all(pool)
    .await
    .unwrap()
}

/// A host and a guest (over HTTP) in a session three days ahead, and a stranger.
async fn session(app: &TestApp) -> (Client, Uuid, Client, Uuid, Client, RoomView) {
    let (host, host_id) = app.trainee("Hana", "Europe/London").await;
    let (guest, guest_id) = app.trainee("Gus", "Europe/London").await;
    let (stranger, _) = app.trainee("Sam", "Europe/London").await;
    let date = (Utc::now() + Duration::days(3))
        .format("%Y-%m-%d")
        .to_string();
    let url: String = app
        .ok(
            &host,
            "schedule_session",
            &[
                ("date", &date),
                ("time", "10:00"),
                ("room_type", "Clinical"),
            ],
        )
        .await;
    let view = room(app, &host, &url).await;
    let joined = app
        .call(&guest, "join_session", &[("room", &view.id.to_string())])
        .await;
    assert!(passed(joined.status()));
    let view = room(app, &host, &url).await;
    (host, host_id, guest, guest_id, stranger, view)
}

#[sqlx::test]
async fn each_says_on_the_page_and_sees_the_others_answer(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (host, _, guest, _, stranger, view) = session(&app).await;
    let (id, url) = (view.id.to_string(), view.room_url.clone());
    assert_eq!(
        view.attendance,
        Some(Attendance {
            me: false,
            partner: false
        })
    );
    app.ok::<()>(&guest, "confirm_attendance", &[("room", &id)])
        .await;
    // Twice is no change.
    app.ok::<()>(&guest, "confirm_attendance", &[("room", &id)])
        .await;
    assert_eq!(
        room(&app, &host, &url).await.attendance,
        Some(Attendance {
            me: false,
            partner: true
        })
    );
    assert_eq!(
        room(&app, &guest, &url).await.attendance,
        Some(Attendance {
            me: true,
            partner: false
        })
    );
    // Nobody else answers for the session, or sees the answers.
    let (status, _) = app_error(
        app.call(&stranger, "confirm_attendance", &[("room", &id)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(room(&app, &stranger, &url).await.attendance, None);
    let (status, _) = app_error(
        app.call(&app.browser(), "confirm_attendance", &[("room", &id)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let seen: i64 = sqlx::query_scalar("select count(*) from public.room_confirmations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(seen, 1);

    // A new time asks both again.
    let date = (Utc::now() + Duration::days(4))
        .format("%Y-%m-%d")
        .to_string();
    assert!(passed(
        app.call(
            &host,
            "reschedule_session",
            &[("room", &id), ("date", &date), ("time", "11:00")],
        )
        .await
        .status()
    ));
    assert_eq!(
        room(&app, &host, &url).await.attendance,
        Some(Attendance {
            me: false,
            partner: false
        })
    );
}

#[sqlx::test]
async fn cannot_make_it_frees_the_seat_or_cancels_and_tells_the_other(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (host, host_id, guest, guest_id, _, view) = session(&app).await;
    let (id, url) = (view.id.to_string(), view.room_url.clone());
    app.ok::<()>(&guest, "confirm_attendance", &[("room", &id)])
        .await;
    app.ok::<()>(&guest, "cannot_make_it", &[("room", &id)])
        .await;
    let after = room(&app, &host, &url).await;
    assert!(after.is_open);
    assert_eq!(after.attendance, None);
    assert_eq!(told(&pool, host_id, view.id).await, ["joined", "left"]);
    let confirmations: i64 = sqlx::query_scalar("select count(*) from public.room_confirmations")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(confirmations, 0);

    // The guest comes back; this time the host cannot make it.
    let _: String = app.ok(&guest, "join_session", &[("room", &id)]).await;
    app.ok::<()>(&host, "cannot_make_it", &[("room", &id)])
        .await;
    assert!(room(&app, &guest, &url).await.cancelled);
    assert_eq!(told(&pool, guest_id, view.id).await, ["cancelled"]);
    // A cancelled session takes no answers.
    let (status, error) = app_error(
        app.call(&guest, "confirm_attendance", &[("room", &id)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        error,
        AppError::conflict("This session has been cancelled.")
    );
}

#[sqlx::test]
async fn the_days_reminder_asks_and_its_link_answers_without_sign_in(pool: PgPool) {
    let world = World::new(pool.clone());
    let app = TestApp::spawn(pool.clone()).await;
    let host = world.user("Hana").await;
    let guest = world.user("Gus").await;
    let room = world.room(host, 23, false).await;
    let mut tx = world.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    notices::queue_reminders(&pool, "https://mp.test", "no-reply@mp.test", None)
        .await
        .unwrap();
    let link_of = |user: Uuid| {
        let pool = pool.clone();
        async move {
            let text: String = sqlx::query_scalar(
                "select o.body_text from mail.outbox o
                  where o.user_id = $1 and o.idempotency_key like 'reminder-24h:%'",
            )
            .bind(user)
            .fetch_one(&pool)
            .await
            .unwrap();
            let at =
                text.find("/attend?token=").expect("a link to answer") + "/attend?token=".len();
            text[at..at + 64].to_string()
        }
    };
    let (guest_token, host_token) = (link_of(guest).await, link_of(host).await);
    assert_ne!(guest_token, host_token);
    // Only the hash is kept.
    let stored: i64 = sqlx::query_scalar(
        "select count(*) from mail.attendance_links where token_hash = sha256(convert_to($1, 'UTF8'))",
    )
    .bind(&guest_token)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(stored, 1);

    let nobody = app.browser();
    let shown: serde_json::Value = app
        .ok(&nobody, "attendance_link", &[("token", &guest_token)])
        .await;
    assert_eq!(shown["room_url"], room.room_url);
    assert_eq!(shown["is_host"], false);
    assert_eq!(shown["confirmed"], false);
    let (status, error) = app_error(
        app.call(
            &nobody,
            "answer_attendance",
            &[("token", &guest_token), ("answer", "maybe")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid("Answer yes or no."));
    let mut altered = guest_token.clone();
    altered.replace_range(..1, if altered.starts_with('a') { "b" } else { "a" });
    let (status, error) = app_error(
        app.call(
            &nobody,
            "answer_attendance",
            &[("token", &altered), ("answer", "yes")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(error, AppError::invalid(attendance::LINK_NOT_VALID));

    // The guest's yes, with no sign-in.
    let answered = app
        .call(
            &nobody,
            "answer_attendance",
            &[("token", &guest_token), ("answer", "yes")],
        )
        .await;
    assert!(passed(answered.status()), "{}", answered.status());
    assert_eq!(app.whoami(&nobody).await, None);
    let mut tx = world.as_user(host).await;
    assert_eq!(
        attendance::confirmed(&mut tx, room.id).await.unwrap(),
        [guest]
    );
    drop(tx);

    // The host's no cancels, and the guest is told; the guest's link is then spent.
    let answered = app
        .call(
            &nobody,
            "answer_attendance",
            &[("token", &host_token), ("answer", "no")],
        )
        .await;
    assert!(passed(answered.status()));
    assert_eq!(told(&pool, guest, room.id).await, ["cancelled"]);
    let (status, error) = app_error(
        app.call(&nobody, "attendance_link", &[("token", &guest_token)])
            .await,
    )
    .await;
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(error, AppError::conflict(attendance::LINK_STALE));
}
