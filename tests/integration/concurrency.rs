//! Fifty people press "Join" on one open room at the same instant, many times over:
//! exactly one gets the seat each time, and every other one gets "already taken"
//! through the app's own join path.

use crate::common::World;
use med_practice::error::AppError;
use med_practice::server::db::{Actor, Db};
use med_practice::server::errors::SEAT_TAKEN;
use med_practice::server::rooms;
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use std::sync::Arc;
use tokio::sync::Barrier;
use uuid::Uuid;

const JOINERS: usize = 50;
const ROUNDS: usize = 20;

#[sqlx::test]
async fn fifty_joiners_one_seat_exactly_one_winner(_: PgPoolOptions, options: PgConnectOptions) {
    // A pool large enough that all fifty transactions are open at once.
    let pool = PgPoolOptions::new()
        .max_connections(JOINERS as u32 + 5)
        .connect_with(options)
        .await
        .unwrap();
    let w = World::new(pool.clone());
    let host = w.user("Hana").await;
    let mut joiners = Vec::with_capacity(JOINERS);
    for i in 0..JOINERS {
        joiners.push(w.user(&format!("Joiner{i}")).await);
    }
    let db = Db::from_pool(pool);

    for round in 0..ROUNDS {
        let room = w.room(host, 24 + round as i64, false).await;
        let barrier = Arc::new(Barrier::new(JOINERS));
        let tasks: Vec<_> = joiners
            .iter()
            .map(|&me| {
                let db = db.clone();
                let barrier = barrier.clone();
                tokio::spawn(async move {
                    let mut tx = db.begin_user(me).await?;
                    barrier.wait().await;
                    rooms::join(&mut tx, room.id).await?;
                    tx.commit().await?;
                    Ok::<Uuid, AppError>(me)
                })
            })
            .collect();

        let mut winners = Vec::new();
        let mut taken = 0;
        for task in tasks {
            match task.await.unwrap() {
                Ok(me) => winners.push(me),
                Err(AppError::Conflict(message)) if message == SEAT_TAKEN => taken += 1,
                Err(other) => panic!("round {round}: unexpected {other:?}"),
            }
        }
        assert_eq!(winners.len(), 1, "round {round}: winners {winners:?}");
        assert_eq!(taken, JOINERS - 1, "round {round}");
        let (guest,): (Option<Uuid>,) =
            sqlx::query_as("select guest_id from public.practice_rooms where id = $1")
                .bind(room.id)
                .fetch_one(db.owner())
                .await
                .unwrap();
        assert_eq!(
            guest,
            Some(winners[0]),
            "round {round}: the seat holder is the winner"
        );
    }
}

/// A request dropped while its transaction is opening (the client went away) must not
/// leave the pooled connection inside that transaction, as that user, for the next
/// borrower (sqlx's own `begin` does, when dropped between BEGIN and its answer).
#[sqlx::test]
async fn a_dropped_request_leaves_no_transaction_behind(
    _: PgPoolOptions,
    options: PgConnectOptions,
) {
    // One connection, so every borrower gets the one the dropped request used.
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect_with(options)
        .await
        .unwrap();
    let w = World::new(pool.clone());
    let me = w.user("Dropped").await;
    let (owner,): (String,) = sqlx::query_as("select current_user::text")
        .fetch_one(&pool)
        .await
        .unwrap();
    let db = Db::from_pool(pool.clone());
    for i in 0..300 {
        {
            let begin = db.begin(Actor::User(me));
            tokio::pin!(begin);
            // Polled a varying number of times, then dropped: somewhere between not
            // started, BEGIN sent, and done.
            for _ in 0..(i % 12) {
                if futures::poll!(begin.as_mut()).is_ready() {
                    break;
                }
                tokio::task::yield_now().await;
            }
        }
        let (user, claim): (String, String) = sqlx::query_as(
            "select current_user::text, coalesce(current_setting('request.jwt.claim.sub', true), '')",
        )
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(
            (user.as_str(), claim.as_str()),
            (owner.as_str(), ""),
            "after drop {i}, the next borrower ran inside the dropped request's transaction"
        );
    }
}
