//! Appending transcript lines (issue 18, finding 7): the time one `add_transcript_line`
//! takes, as the app calls it (its own transaction, as the speaker under RLS), when the
//! round already holds 0, 500, 1,000 and 1,500 lines. Lines are rows since migration 17,
//! so the cost should not grow with the transcript (it rewrote and revalidated the whole
//! jsonb document before: 87 ms of database time per line at 1,500 lines).
//!
//! The round is filled to each size as the server's own work, in one statement; the
//! measured lines then go through the function, a few per person at each size (within
//! the per-person rate of 60 a minute). Prints Markdown.

mod common;

use std::time::{Duration, Instant};

use med_practice::model::practice::{Transcript, TranscriptLine};
use med_practice::server::db::Actor;
use med_practice::server::practice::record_transcript;
use uuid::Uuid;

const SIZES: [usize; 4] = [0, 500, 1_000, 1_500];
/// Appends measured at each size, alternating the two people.
const SAMPLES: usize = 24;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let (_, pool, db) = common::empty_database(4).await;
    let mut people = Vec::new();
    for name in ["Hana", "Gus"] {
        let (id,): (Uuid,) = sqlx::query_as(
            "insert into auth.users (email, password_hash, email_verified_at) values ($1, 'x', now()) returning id",
        )
        .bind(format!("{}@bench.test", name.to_lowercase()))
        .fetch_one(&pool)
        .await
        .unwrap();
        sqlx::query(
            "insert into public.profiles (user_id, first_name, last_name, training_level)
             values ($1, $2, 'Bench', 'fy2')",
        )
        .bind(id)
        .bind(name)
        .execute(&pool)
        .await
        .unwrap();
        people.push(id);
    }
    let (host, guest) = (people[0], people[1]);
    // A running round, started as the host through start_round().
    let (room,): (Uuid,) = sqlx::query_as(
        "insert into public.practice_rooms (host_id, guest_id, datetime_utc, type)
         values ($1, $2, now() + interval '1 day', 'Clinical') returning id",
    )
    .bind(host)
    .bind(guest)
    .fetch_one(&pool)
    .await
    .unwrap();
    let mut tx = db.begin(Actor::User(host)).await.unwrap();
    let round: Uuid = sqlx::query_scalar("select public.start_round($1, $2, null)")
        .bind(room)
        .bind(guest)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Started an hour ago, so the filler lines (timed from the start) lie in the past and
    // count against nobody's rate.
    sqlx::query(
        "update public.practice_rounds set started_at = now() - interval '1 hour' where id = $1",
    )
    .bind(round)
    .execute(&pool)
    .await
    .unwrap();

    println!("Transcript appends through `add_transcript_line` ({SAMPLES} at each size, two people taking turns; each in its own transaction as the speaker):");
    println!();
    println!("| lines already in the round | median ms | p95 ms | max ms |");
    println!("| ---: | ---: | ---: | ---: |");
    let mut filled = 0usize;
    let mut medians = Vec::new();
    for size in SIZES {
        // Fill to `size` as the server's own work.
        let missing = size.saturating_sub(filled);
        if missing > 0 {
            let lines = (0..missing)
                .map(|i| TranscriptLine {
                    role: if i % 2 == 0 { "candidate" } else { "actor" }.into(),
                    user_id: if i % 2 == 0 { guest } else { host },
                    at_ms: (filled + i) as i64 * 500,
                    // About 40 characters: 1,500 stay under the round's 100,000.
                    text: format!("I see. And line {} of the history?", filled + i),
                })
                .collect();
            let mut conn = pool.acquire().await.unwrap();
            let transcript = Transcript {
                schema: "transcript/1".into(),
                lines,
            };
            record_transcript(&mut conn, round, &transcript)
                .await
                .unwrap();
            filled += missing;
        }
        let mut times = Vec::with_capacity(SAMPLES);
        for i in 0..SAMPLES {
            let speaker = if i % 2 == 0 { guest } else { host };
            let started = Instant::now();
            let mut tx = db.begin(Actor::User(speaker)).await.unwrap();
            sqlx::query("select public.add_transcript_line($1, $2)")
                .bind(round)
                .bind("And how long has the pain been there, and does it go anywhere?")
                .execute(&mut *tx)
                .await
                .unwrap();
            tx.commit().await.unwrap();
            times.push(started.elapsed());
        }
        filled += SAMPLES;
        times.sort();
        let median = times[times.len() / 2];
        let p95 = times[((times.len() as f64 - 1.0) * 0.95).round() as usize];
        medians.push(ms(median));
        println!(
            "| {size} | {:.2} | {:.2} | {:.2} |",
            ms(median),
            ms(p95),
            ms(*times.last().unwrap())
        );
    }
    let (lines,): (i32,) =
        sqlx::query_as("select line_count from public.practice_rounds where id = $1")
            .bind(round)
            .fetch_one(&pool)
            .await
            .unwrap();
    println!();
    println!(
        "The round ends with {lines} lines; the median at 1,500 lines is {:.2}× the median at 0.",
        medians[3] / medians[0]
    );
}
