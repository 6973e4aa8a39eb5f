//! Scheduling rules in the database: nobody is in two sessions at once (as host or
//! guest, concurrency included), cancellation is a state the guest still sees, and the
//! calendar sequence grows with every change a calendar must hear of.

use crate::common::{user, Bind, World};
use chrono::{DateTime, Duration, DurationRound, Utc};
use med_practice::error::AppError;
use med_practice::server::db::{Actor, Db};
use med_practice::server::rooms;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::PgPool;
use std::sync::Arc;
use tokio::sync::Barrier;
use uuid::Uuid;

const OVERLAP: &str = "That time overlaps another session (each session lasts 60 minutes).";
const SCHEDULE: &str = "insert into public.practice_rooms (host_id, datetime_utc) values ($1, $2)";

/// A whole hour three days ahead, plus an offset: exact, so "back to back" is exactly
/// 60 minutes apart whenever it is computed.
fn at(hours: i64, minutes: i64) -> DateTime<Utc> {
    let base = (Utc::now() + Duration::days(3))
        .duration_trunc(Duration::hours(1))
        .unwrap();
    base + Duration::hours(hours) + Duration::minutes(minutes)
}

async fn schedule(w: &World, host: Uuid, when: DateTime<Utc>) -> Result<u64, AppError> {
    w.exec_as(user(host), SCHEDULE, &[Bind::Uuid(host), Bind::Time(when)])
        .await
}

async fn room_at(w: &World, host: Uuid, when: DateTime<Utc>) -> Uuid {
    let mut tx = w.as_user(host).await;
    let (id,): (Uuid,) = sqlx::query_as(
        "insert into public.practice_rooms (host_id, datetime_utc) values ($1, $2) returning id",
    )
    .bind(host)
    .bind(when)
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();
    id
}

async fn join(w: &World, who: Uuid, room: Uuid) -> Result<(), AppError> {
    let mut tx = w.as_user(who).await;
    rooms::join(&mut tx, room).await?;
    tx.commit().await?;
    Ok(())
}

#[sqlx::test]
async fn a_host_cannot_be_in_two_sessions_at_once(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    room_at(&w, host, at(0, 0)).await;
    for minutes in [-59, -30, 0, 30, 59] {
        assert_eq!(
            schedule(&w, host, at(0, minutes)).await,
            Err(AppError::invalid(OVERLAP)),
            "{minutes}"
        );
    }
    // Back to back is fine.
    assert_eq!(schedule(&w, host, at(1, 0)).await, Ok(1));
    assert_eq!(schedule(&w, host, at(-1, 0)).await, Ok(1));
}

#[sqlx::test]
async fn a_guests_sessions_count_too_joining_and_hosting(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let other = w.user("Olu").await;
    let guest = w.user("Gus").await;
    let first = room_at(&w, host, at(0, 0)).await;
    let clashing = room_at(&w, other, at(0, 30)).await;
    join(&w, guest, first).await.unwrap();

    assert_eq!(
        join(&w, guest, clashing).await,
        Err(AppError::invalid(OVERLAP))
    );
    assert_eq!(
        schedule(&w, guest, at(0, 45)).await,
        Err(AppError::invalid(OVERLAP))
    );
    // And a host cannot move a session onto their guest's other commitments, and the
    // refusal says nothing of them: before migration 17 it said "overlaps another
    // session", which mapped the guest's private schedule slot by slot.
    let later = room_at(&w, guest, at(5, 0)).await;
    let _ = later;
    assert_eq!(
        w.exec_as(
            user(host),
            "update public.practice_rooms set datetime_utc = $1 where id = $2",
            &[Bind::Time(at(5, 20)), Bind::Uuid(first)]
        )
        .await,
        Err(AppError::invalid(
            "That time cannot be booked for this session. Agree a time with your guest, then reschedule."
        ))
    );
}

#[sqlx::test]
async fn two_overlapping_bookings_at_the_same_instant_one_wins(
    _: PgPoolOptions,
    options: PgConnectOptions,
) {
    let pool = PgPoolOptions::new()
        .max_connections(8)
        .connect_with(options)
        .await
        .unwrap();
    let w = World::new(pool.clone());
    let host = w.user("Hana").await;
    let db = Db::from_pool(pool);
    for round in 0..10 {
        let barrier = Arc::new(Barrier::new(2));
        let tasks: Vec<_> = [0, 20]
            .into_iter()
            .map(|minutes| {
                let db = db.clone();
                let barrier = barrier.clone();
                tokio::spawn(async move {
                    let mut tx = db.begin(Actor::User(host)).await?;
                    barrier.wait().await;
                    sqlx::query(SCHEDULE)
                        .bind(host)
                        .bind(at(2 * round, minutes))
                        .execute(&mut *tx)
                        .await?;
                    tx.commit().await?;
                    Ok::<(), AppError>(())
                })
            })
            .collect();
        let mut outcomes = Vec::new();
        for task in tasks {
            outcomes.push(task.await.unwrap());
        }
        assert_eq!(
            outcomes.iter().filter(|o| o.is_ok()).count(),
            1,
            "round {round}: {outcomes:?}"
        );
        assert!(
            outcomes.contains(&Err(AppError::invalid(OVERLAP))),
            "round {round}: {outcomes:?}"
        );
    }
}

#[sqlx::test]
async fn a_cancelled_session_stays_visible_to_its_guest_and_refuses_everything(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let late = w.user("Lou").await;
    let room = room_at(&w, host, at(0, 0)).await;
    join(&w, guest, room).await.unwrap();
    let cancel = "update public.practice_rooms set cancelled_at = now() where id = $1";

    assert_eq!(
        w.exec_as(user(guest), cancel, &[Bind::Uuid(room)]).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        w.exec_as(user(host), cancel, &[Bind::Uuid(room)]).await,
        Ok(1)
    );

    let see =
        "select count(*) from public.practice_rooms where id = $1 and cancelled_at is not null";
    assert_eq!(
        w.count_as(user(guest), see, room).await,
        Ok(1),
        "the guest sees it cancelled"
    );
    let mut tx = w.anon().await;
    let board = crate::common::board(&mut tx, &Default::default(), 50).await;
    assert!(
        board.iter().all(|r| r.id != room),
        "cancelled sessions leave the board"
    );
    drop(tx);

    // Nothing more happens to it: no rescheduling, no un-cancelling, no new guest.
    for sql in [
        "update public.practice_rooms set datetime_utc = datetime_utc + interval '2 hours' where id = $1",
        "update public.practice_rooms set cancelled_at = null where id = $1",
    ] {
        assert_eq!(w.exec_as(user(host), sql, &[Bind::Uuid(room)]).await, Err(AppError::conflict("This session has been cancelled.")));
    }
    w.exec_as(
        user(guest),
        "update public.practice_rooms set guest_id = null where id = $1",
        &[Bind::Uuid(room)],
    )
    .await
    .expect_err("a cancelled session's seat is frozen");
    assert!(join(&w, late, room).await.is_err());

    // Its slot is free again.
    assert_eq!(schedule(&w, host, at(0, 10)).await, Ok(1));
}

#[sqlx::test]
async fn the_calendar_sequence_grows_on_reschedule_and_cancel_only(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let room = room_at(&w, host, at(0, 0)).await;
    let sequence = |w: &World| {
        let pool = w.db.owner().clone();
        async move {
            let (n,): (i32,) =
                sqlx::query_as("select calendar_sequence from public.practice_rooms where id = $1")
                    .bind(room)
                    .fetch_one(&pool)
                    .await
                    .unwrap();
            n
        }
    };
    assert_eq!(sequence(&w).await, 0);
    w.exec_as(
        user(host),
        "update public.practice_rooms set type = 'Communication' where id = $1",
        &[Bind::Uuid(room)],
    )
    .await
    .unwrap();
    assert_eq!(sequence(&w).await, 0);
    w.exec_as(
        user(host),
        "update public.practice_rooms set datetime_utc = $1 where id = $2",
        &[Bind::Time(at(3, 0)), Bind::Uuid(room)],
    )
    .await
    .unwrap();
    assert_eq!(sequence(&w).await, 1);
    w.exec_as(
        user(host),
        "update public.practice_rooms set cancelled_at = now() where id = $1",
        &[Bind::Uuid(room)],
    )
    .await
    .unwrap();
    assert_eq!(sequence(&w).await, 2);
}

#[sqlx::test]
async fn exam_presets_come_from_the_list(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let insert = "insert into public.practice_rooms (host_id, datetime_utc, exam_preset) values ($1, $2, $3)";
    assert_eq!(
        w.exec_as(
            user(host),
            insert,
            &[Bind::Uuid(host), Bind::Time(at(0, 0)), Bind::Text("PLAB 2")]
        )
        .await,
        Ok(1)
    );
    assert_eq!(
        w.exec_as(
            user(host),
            insert,
            &[Bind::Uuid(host), Bind::Time(at(4, 0)), Bind::Text("USMLE")]
        )
        .await,
        Err(AppError::invalid("Choose an exam from the list."))
    );
}
