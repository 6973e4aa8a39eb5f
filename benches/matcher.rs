//! The find-a-partner matcher (issue 21): how long its passes take over a backlog of
//! open requests, and how many they pair. 1,000 trainees post 2,000 requests (two each:
//! one to three windows of two to four hours over the next two weeks, mixed kinds,
//! exams and levels); passes of at most 500 requests then run, as every instance runs
//! them (`server::partners::run_once`), until one pairs nobody. Then one pass over what
//! is left, the steady state once the backlog is cleared. Prints Markdown.

mod common;

use std::time::{Duration, Instant};

use chrono::{DurationRound, Utc};
use med_practice::server::partners;
use uuid::Uuid;

const PEOPLE: usize = 1_000;
const REQUESTS_EACH: usize = 2;
const BATCH: i64 = 500;

struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

#[tokio::main]
async fn main() {
    let (_, pool, _) = common::empty_database(4).await;
    let mut rng = Lcg(21);
    let levels = ["fy1", "fy2", "img_plab", "ct_st", "gp_trainee"];
    let kinds = ["Clinical", "Clinical", "Clinical", "Communication"];
    let exams = [Some("PLAB 2"), Some("UKMLA CPSA"), Some("MRCGP SCA"), None];
    let today = Utc::now()
        .duration_trunc(chrono::Duration::days(1))
        .unwrap();
    for n in 0..PEOPLE {
        let level = levels[rng.next(levels.len() as u64) as usize];
        let (id,): (Uuid,) = sqlx::query_as(
            "insert into auth.users (email, password_hash, email_verified_at)
             values ($1, 'x', now()) returning id",
        )
        .bind(format!("p{n}@bench.test"))
        .fetch_one(&pool)
        .await
        .unwrap();
        sqlx::query(
            "insert into public.profiles (user_id, first_name, last_name, training_level)
             values ($1, $2, 'Bench', $3)",
        )
        .bind(id)
        .bind(format!("P{n}"))
        .bind(level)
        .execute(&pool)
        .await
        .unwrap();
        for _ in 0..REQUESTS_EACH {
            let mut accepted = vec![level.to_string()];
            for other in levels {
                if other != level && rng.next(3) == 0 {
                    accepted.push(other.to_string());
                }
            }
            let mut starts = Vec::new();
            let mut ends = Vec::new();
            for _ in 0..1 + rng.next(3) {
                let day = 1 + rng.next(14) as i64;
                let hour = 7 + rng.next(12) as i64;
                let start = today + chrono::Duration::days(day) + chrono::Duration::hours(hour);
                starts.push(start);
                ends.push(start + chrono::Duration::hours(2 + rng.next(3) as i64));
            }
            let exam_date = (rng.next(2) == 0)
                .then(|| (today + chrono::Duration::days(20 + rng.next(200) as i64)).date_naive());
            sqlx::query(
                "insert into public.partner_requests (user_id, type, exam_preset, levels, exam_date, windows)
                 values ($1, $2, $3, $4, $5,
                         (select range_agg(tstzrange(s, e))
                            from unnest($6::timestamptz[], $7::timestamptz[]) as w(s, e)))",
            )
            .bind(id)
            .bind(kinds[rng.next(kinds.len() as u64) as usize])
            .bind(exams[rng.next(exams.len() as u64) as usize])
            .bind(&accepted)
            .bind(exam_date)
            .bind(&starts)
            .bind(&ends)
            .execute(&pool)
            .await
            .unwrap();
        }
    }

    println!(
        "{} open requests from {PEOPLE} trainees; passes of at most {BATCH} (`run_once`), one instance:",
        PEOPLE * REQUESTS_EACH
    );
    println!();
    println!("| pass | ms | requests paired | sessions booked |");
    println!("| ---: | ---: | ---: | ---: |");
    let mut pass = 0;
    let mut total = 0;
    let started_all = Instant::now();
    loop {
        pass += 1;
        let started = Instant::now();
        let done = partners::run_once(&pool, BATCH).await.unwrap();
        let took = started.elapsed();
        println!(
            "| {pass} | {:.1} | {} | {} |",
            ms(took),
            done.matched * 2,
            done.matched
        );
        total += done.matched;
        if done.matched == 0 {
            break;
        }
    }
    let all = started_all.elapsed();
    let left: i64 =
        sqlx::query_scalar("select count(*) from public.partner_requests where status = 'open'")
            .fetch_one(&pool)
            .await
            .unwrap();
    println!();
    println!(
        "{total} sessions booked ({} of {} requests paired) in {:.0} ms over {pass} passes; {left} requests left open (no compatible partner with a common free hour).",
        total * 2,
        PEOPLE * REQUESTS_EACH,
        ms(all)
    );
    let started = Instant::now();
    partners::run_once(&pool, BATCH).await.unwrap();
    println!(
        "A pass over the {left} left (nothing to pair, the steady state between posts): {:.1} ms.",
        ms(started.elapsed())
    );
    let clashes: i64 = sqlx::query_scalar(
        "select count(*)
           from public.practice_rooms x
           join public.practice_rooms y on x.id < y.id
            and abs(extract(epoch from x.datetime_utc - y.datetime_utc)) < 3600
            and (x.host_id in (y.host_id, y.guest_id) or x.guest_id in (y.host_id, y.guest_id))",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(clashes, 0, "nobody is booked twice at once");
}
