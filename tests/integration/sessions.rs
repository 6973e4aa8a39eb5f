//! The scheduling core as the app calls it: hosting, rescheduling, cancelling, removing
//! a guest, leaving, and My sessions, each through the access path as its user.

use crate::common::World;
use chrono::{Duration, DurationRound, Utc};
use med_practice::error::AppError;
use med_practice::model::{ExamPreset, RoomType, Seat};
use med_practice::server::rooms;
use med_practice::server::schedule::{self, NewSession};
use sqlx::PgPool;
use uuid::Uuid;

fn session_in(hours: i64, private: bool) -> NewSession {
    NewSession {
        at: (Utc::now() + Duration::days(2))
            .duration_trunc(Duration::hours(1))
            .unwrap()
            + Duration::hours(hours),
        room_type: RoomType::Communication,
        private,
        exam_preset: Some(ExamPreset::Plab2),
    }
}

async fn host(w: &World, who: Uuid, new: &NewSession) -> Result<(Uuid, String), AppError> {
    let mut tx = w.as_user(who).await;
    let made = schedule::schedule(&mut tx, new).await?;
    tx.commit().await?;
    Ok(made)
}

#[sqlx::test]
async fn hosting_checks_the_time_and_returns_an_unguessable_link(pool: PgPool) {
    let w = World::new(pool);
    let hana = w.user("Hana").await;
    let (id, link) = host(&w, hana, &session_in(0, false)).await.unwrap();
    assert_eq!(link.len(), 24);

    let mut past = session_in(0, false);
    past.at = Utc::now() - Duration::minutes(5);
    assert_eq!(
        host(&w, hana, &past).await,
        Err(AppError::invalid("Choose a time in the future."))
    );
    let mut far = session_in(0, false);
    far.at = Utc::now() + Duration::days(190);
    assert_eq!(
        host(&w, hana, &far).await,
        Err(AppError::invalid(
            "Sessions can be scheduled at most 6 months ahead."
        ))
    );

    let mut tx = w.as_user(hana).await;
    let mine = schedule::mine(&mut tx).await.unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(
        (mine[0].id, mine[0].seat, mine[0].exam_preset),
        (id, Seat::Host, Some(ExamPreset::Plab2))
    );
    assert_eq!(mine[0].room_type, RoomType::Communication);
    assert!(mine[0].partner.is_none());
}

#[sqlx::test]
async fn my_sessions_lists_both_seats_with_the_partner_and_no_one_elses(pool: PgPool) {
    let w = World::new(pool);
    let hana = w.user("Hana").await;
    let gus = w.user("Gus").await;
    let sam = w.user("Sam").await;
    let (hosted, _) = host(&w, hana, &session_in(0, false)).await.unwrap();
    let (private, link) = host(&w, gus, &session_in(3, true)).await.unwrap();
    host(&w, sam, &session_in(6, true)).await.unwrap();

    let mut tx = w.as_user(gus).await;
    rooms::join(&mut tx, hosted).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = w.as_user(hana).await;
    rooms::join_by_url(&mut tx, &link).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = w.as_user(hana).await;
    let mine = schedule::mine(&mut tx).await.unwrap();
    let seats: Vec<_> = mine
        .iter()
        .map(|s| {
            (
                s.id,
                s.seat,
                s.partner.as_ref().map(|p| p.first_name.clone()),
            )
        })
        .collect();
    assert_eq!(
        seats,
        [
            (hosted, Seat::Host, Some("Gus".into())),
            (private, Seat::Guest, Some("Gus".into()))
        ]
    );
    // Sam's private session is in nobody else's list, nor on the board.
    drop(tx);
    let mut tx = w.as_user(gus).await;
    assert_eq!(schedule::mine(&mut tx).await.unwrap().len(), 2);
    let board = crate::common::board(&mut tx, &Default::default(), 50).await;
    assert_eq!(board.iter().map(|r| r.id).collect::<Vec<_>>(), [hosted]);
}

#[sqlx::test]
async fn hosts_reschedule_cancel_and_remove_guests_guests_leave(pool: PgPool) {
    let w = World::new(pool);
    let hana = w.user("Hana").await;
    let gus = w.user("Gus").await;
    let (room, link) = host(&w, hana, &session_in(0, false)).await.unwrap();
    let mut tx = w.as_user(gus).await;
    rooms::join(&mut tx, room).await.unwrap();
    tx.commit().await.unwrap();

    // Only the host does host things.
    let later = session_in(5, false).at;
    let mut tx = w.as_user(gus).await;
    assert_eq!(
        schedule::reschedule(&mut tx, room, later).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        schedule::cancel(&mut tx, room).await,
        Err(AppError::Forbidden)
    );
    assert_eq!(
        schedule::remove_guest(&mut tx, room).await,
        Err(AppError::Forbidden)
    );
    drop(tx);

    let mut tx = w.as_user(hana).await;
    schedule::reschedule(&mut tx, room, later).await.unwrap();
    schedule::remove_guest(&mut tx, room).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = w.as_user(gus).await;
    assert!(
        schedule::mine(&mut tx).await.unwrap().is_empty(),
        "removed guests lose the session"
    );
    // A removed guest stays out, from the board or by the unchanged link (before
    // migration 17 they took the seat straight back).
    let removed =
        AppError::conflict("The host removed you from this session, so you cannot join it again.");
    assert_eq!(rooms::join(&mut tx, room).await, Err(removed.clone()));
    drop(tx);
    let mut tx = w.as_user(gus).await;
    assert_eq!(rooms::join_by_url(&mut tx, &link).await, Err(removed));
    drop(tx);
    // Anyone else may take the seat, leave it and come back.
    let ivy = w.user("Ivy").await;
    let mut tx = w.as_user(ivy).await;
    rooms::join(&mut tx, room).await.unwrap();
    schedule::leave(&mut tx, room).await.unwrap();
    assert_eq!(
        schedule::leave(&mut tx, room).await,
        Err(AppError::invalid("You are not the guest of this session."))
    );
    rooms::join(&mut tx, room).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = w.as_user(hana).await;
    schedule::cancel(&mut tx, room).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = w.as_user(ivy).await;
    let mine = schedule::mine(&mut tx).await.unwrap();
    assert!(mine[0].cancelled, "the guest sees it cancelled");
    assert_eq!(mine[0].datetime_utc, later);
    drop(tx);
    let mut tx = w.as_user(hana).await;
    assert_eq!(
        schedule::cancel(&mut tx, room).await,
        Err(AppError::conflict("This session has been cancelled."))
    );
    drop(tx);
    // A failed statement ends its transaction; each request has its own.
    let mut tx = w.as_user(hana).await;
    assert_eq!(
        schedule::reschedule(&mut tx, Uuid::new_v4(), later).await,
        Err(AppError::NotFound)
    );
}
