//! Demo data fills an empty database, and only an empty one; the board shows it.

use crate::common::board;
use med_practice::server::db::{Actor, Db};
use med_practice::server::demo::{self, DemoError, SeedSummary};
use med_practice::server::rooms::BoardFilter;
use sqlx::PgPool;

#[sqlx::test]
async fn demo_data_goes_into_an_empty_database_only(pool: PgPool) {
    let summary = demo::seed(&pool).await.expect("seed an empty database");
    assert_eq!(
        summary,
        SeedSummary {
            users: 6,
            rooms: 11,
            rounds: 2
        }
    );
    // The finished session's rounds are marked, and their assessments queued.
    let (marked, queued): (i64, i64) = sqlx::query_as(
        "select (select count(*) from public.practice_rounds
                  where peer_marks is not null and ended_at is not null),
                (select count(*) from public.assessment_jobs where status = 'queued')",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((marked, queued), (2, 2));
    // Two people are looking for a partner, and the board's count says so; the matcher
    // leaves them be (their exams differ).
    let mut anon = Db::from_pool(pool.clone())
        .begin(Actor::Anon)
        .await
        .unwrap();
    let demand = med_practice::server::partners::demand(&mut anon)
        .await
        .unwrap();
    drop(anon);
    let sentences: Vec<String> = demand.iter().map(|d| d.sentence()).collect();
    assert_eq!(
        sentences,
        [
            "1 person is looking for a partner for UKMLA CPSA (Clinical) this week",
            "1 person is looking for a partner for MRCGP SCA (Communication) this week"
        ]
    );
    let pass = med_practice::server::partners::run_once(&pool, 100)
        .await
        .unwrap();
    assert_eq!(pass.matched, 0);

    match demo::seed(&pool).await {
        Err(DemoError::NotEmpty(6)) => {}
        other => panic!("expected a refusal, got {other:?}"),
    }
    let (rooms,): (i64,) = sqlx::query_as("select count(*) from public.practice_rooms")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(rooms, 11, "the refused run changed nothing");
}

#[sqlx::test]
async fn a_seeded_demo_account_can_be_signed_in_with_the_documented_password(pool: PgPool) {
    demo::seed(&pool).await.unwrap();
    let (hash,): (String,) = sqlx::query_as(
        "select password_hash from auth.users where email = 'amara.okafor@demo.medpractice.test'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    let ok = med_practice::server::passwords::verify(demo::DEMO_PASSWORD.into(), hash).await;
    assert_eq!(ok, Ok(true));
}

#[sqlx::test]
async fn the_board_shows_upcoming_public_sessions_soonest_first(pool: PgPool) {
    demo::seed(&pool).await.unwrap();
    let db = Db::from_pool(pool);
    let mut tx = db.begin(Actor::Anon).await.unwrap();
    let all = board(&mut tx, &BoardFilter::default(), 50).await;
    let open_only = BoardFilter {
        open_only: true,
        ..Default::default()
    };
    let open = board(&mut tx, &open_only, 50).await;

    // Ten upcoming demo sessions, two of them private; the finished one is past.
    assert_eq!(all.len(), 8);
    assert!(all
        .windows(2)
        .all(|w| w[0].datetime_utc <= w[1].datetime_utc));
    assert_eq!(all.iter().filter(|r| !r.is_open).count(), 2);
    assert_eq!(open.len(), 6);
    assert!(open.iter().all(|r| r.is_open));
    assert_eq!(board(&mut tx, &BoardFilter::default(), 3).await.len(), 3);
}
