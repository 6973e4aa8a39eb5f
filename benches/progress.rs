//! My progress (issue 22) for a trainee with 500 graded rounds across 40 cases, among
//! 20 trainees with as many (10,000 rounds, 30,000 graded domains, ~60,000 rows in
//! `round_marks`): the page computed at the database through the app's access path, and
//! the server-rendered `/progress` beside the board page (`/`, 50 upcoming sessions)
//! for the same signed-in user on the same server, one request at a time; then the
//! progress queries' plans as `authenticated`, checked for sequential scans.
//!
//! Not a timed test: it prints figures, recorded in `BENCHMARKS.md`. Run with
//! `bash scripts/bench.sh`.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use leptos::prelude::LeptosOptions;
use med_practice::host::http;
use med_practice::host::state::AppState;
use med_practice::model::assessment::{
    Assessment, AssessorInfo, AssessorKind, DomainResult, TimeBreakdown, SCHEMA,
};
use med_practice::model::marking::{PointResult, PointStatus};
use med_practice::model::practice::Rubric;
use med_practice::server::config::Config;
use med_practice::server::db::{Actor, Db};
use med_practice::server::progress;
use serde_json::{json, Value};
use uuid::Uuid;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const ROUNDS: usize = 500;
const CASES: i64 = 40;
const OTHER_TRAINEES: usize = 19;
const UPCOMING: usize = 50;
const RUNS: usize = 200;
const PASSWORD: &str = "a long enough password";

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

/// `p50 | p95 | p99` in milliseconds.
fn spread(mut samples: Vec<Duration>) -> (f64, String) {
    samples.sort();
    let at = |q: f64| ms(samples[((samples.len() as f64 - 1.0) * q).round() as usize]);
    (
        at(0.5),
        format!("{:.2} | {:.2} | {:.2}", at(0.5), at(0.95), at(0.99)),
    )
}

async fn sign_up(client: &reqwest::Client, base: &str, email: &str) -> String {
    let response = client
        .post(format!("{base}/api/sign_up"))
        .header("accept", "application/json")
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(response.status().is_success() || response.status().is_redirection());
    let mut cookies: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|c| c.split(';').next().map(str::to_owned))
        .collect();
    cookies.push("mp_tz=Europe%2FLondon".into());
    cookies.join("; ")
}

/// An AI examiner's PLAB 2 assessment: three grades and the points it found missed.
fn assessment(grades: [i16; 3], missed: &[(String, String)]) -> Value {
    let domains = Rubric::Plab2
        .domains()
        .iter()
        .zip(grades)
        .map(|((code, label), score)| DomainResult {
            code: code.to_string(),
            label: label.to_string(),
            score: Some(score),
            max: Some(4),
            band: Rubric::Plab2.band(score).to_string(),
            evidence: vec![],
            strengths: vec![],
            improvements: vec![],
            claimed: None,
            bounded_by: None,
            range: None,
        })
        .collect();
    let points = missed
        .iter()
        .enumerate()
        .map(|(i, (group, point))| PointResult {
            id: format!("X{}", i + 1),
            group: group.clone(),
            point: point.clone(),
            critical: false,
            status: PointStatus::NotMet,
            claimed: None,
            problem: None,
            evidence: vec![],
            agreed: 3,
            samples: 3,
        })
        .collect();
    serde_json::to_value(Assessment {
        schema: SCHEMA.into(),
        rubric: Rubric::Plab2,
        assessor: AssessorInfo {
            kind: AssessorKind::Llm,
            name: "bench".into(),
            version: "1".into(),
            rubric_version: "rubrics/2".into(),
            case_hash: String::new(),
            samples: 3,
        },
        domains,
        global: None,
        summary: "Bench.".into(),
        strengths: vec![],
        improvements: vec![],
        coverage: vec![],
        time: TimeBreakdown {
            before_first_ms: 0,
            phases: vec![],
        },
        dropped_quotes: 0,
        assessed_at: Utc::now(),
        exam: Some("PLAB 2".into()),
        points,
        integrity: vec![],
        too_little: None,
        shortened: None,
    })
    .unwrap()
}

async fn timed_get(client: &reqwest::Client, url: &str, cookie: &str) -> (Duration, usize) {
    let started = Instant::now();
    let response = client
        .get(url)
        .header("cookie", cookie)
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success(),
        "{url}: {}",
        response.status()
    );
    let body = response.bytes().await.unwrap();
    (started.elapsed(), body.len())
}

#[tokio::main]
async fn main() {
    let (url, pool, _) = common::empty_database(4).await;
    let site_root = std::env::var("LEPTOS_SITE_ROOT").unwrap_or_else(|_| "target/site".into());
    let config = Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "DATA_DIR" => Some(
            std::env::temp_dir()
                .join("med-practice-bench")
                .to_string_lossy()
                .into_owned(),
        ),
        "SIGN_UPS_PER_HOUR" => Some("100000".into()),
        _ => None,
    })
    .unwrap();
    let db = Db::connect(&config).await.unwrap();
    let state = AppState {
        leptos_options: LeptosOptions::builder()
            .output_name("med-practice")
            .site_root(site_root)
            .build(),
        db: db.clone(),
        config: Arc::new(config),
        realtime: med_practice::server::realtime::Hub::start(db.owner().clone())
            .await
            .unwrap(),
    };
    let app = http::app(state).await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(http::serve(listener, app, std::future::pending()));

    // The trainee signs up through the app; partners and other trainees are seeded.
    let client = reqwest::Client::new();
    let cookie = sign_up(&client, &base, "gus@bench.test").await;
    let gus: Uuid = sqlx::query_scalar("select id from auth.users where email = 'gus@bench.test'")
        .fetch_one(&pool)
        .await
        .unwrap();
    let others: Vec<Uuid> = sqlx::query_scalar(
        "insert into auth.users (email, password_hash, email_verified_at)
         select 'other' || i || '@bench.test', 'x', now() from generate_series(1, $1) i
         returning id",
    )
    .bind(OTHER_TRAINEES as i32 + 10)
    .fetch_all(&pool)
    .await
    .unwrap();
    sqlx::query(
        "insert into public.profiles (user_id, first_name, last_name, training_level)
         select id, 'Bench', split_part(email, '@', 1), 'fy2' from auth.users",
    )
    .execute(&pool)
    .await
    .unwrap();
    let partners = &others[OTHER_TRAINEES..];
    let cases: Vec<(Uuid, Value)> = sqlx::query_as(
        "select id, mark_scheme from public.case_briefs where archived_at is null
         order by case_name_internal limit $1",
    )
    .bind(CASES)
    .fetch_all(&pool)
    .await
    .unwrap();

    let started = Instant::now();
    let mut rng = Lcg(22);
    let mut tx = pool.begin().await.unwrap();
    // Seeding: the rooms' and rounds' own triggers (quotas, overlaps, the derivation)
    // are off (the owner may, in its own transaction); the derivation then runs once
    // for every round.
    for table in ["practice_rooms", "practice_rounds"] {
        sqlx::query(&format!("alter table public.{table} disable trigger user"))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    let now = Utc::now();
    for n in 0..ROUNDS {
        let (case, scheme) = &cases[n % cases.len()];
        let ended = now - chrono::Duration::hours(3 * (ROUNDS - n) as i64);
        let partner = partners[n % partners.len()];
        let grades = [rng.next(5) as i16, rng.next(5) as i16, rng.next(5) as i16];
        let mut missed = Vec::new();
        for group in ["data_gathering", "clinical_management", "interpersonal"] {
            if let Some(point) = scheme[group]
                .as_array()
                .and_then(|points| points.get(rng.next(3) as usize))
            {
                missed.push((
                    group.to_string(),
                    point["point"].as_str().unwrap().to_string(),
                ));
            }
        }
        let scores: serde_json::Map<String, Value> = Rubric::Plab2
            .domains()
            .iter()
            .map(|(code, _)| (code.to_string(), json!(rng.next(5))))
            .collect();
        let room: Uuid = sqlx::query_scalar(
            "insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, exam_preset, stage)
             values ($1, $2, $3, 'Clinical', 'PLAB 2', 3) returning id",
        )
        .bind(partner)
        .bind(gus)
        .bind(ended - chrono::Duration::minutes(30))
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        sqlx::query(
            "insert into public.practice_rounds
               (room_id, round_number, candidate_id, partner_id, case_briefs_id, started_at,
                ended_at, assessment, peer_marks)
             values ($1, 1, $2, $3, $4, $5 - interval '10 minutes', $5, $6, $7)",
        )
        .bind(room)
        .bind(gus)
        .bind(partner)
        .bind(case)
        .bind(ended)
        .bind(assessment(grades, &missed))
        .bind(json!({
            "schema": "peer-marks/1", "rubric": "Plab2", "scores": scores,
            "global": null, "feedback": "", "by": partner,
        }))
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    // The other trainees: the same rounds, each their own.
    for other in &others[..OTHER_TRAINEES] {
        sqlx::query(
            "with copied as (
               insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, exam_preset, stage)
               select host_id, $1, datetime_utc, type, exam_preset, stage
                 from public.practice_rooms where guest_id = $2
               returning id, host_id, datetime_utc
             )
             insert into public.practice_rounds
               (room_id, round_number, candidate_id, partner_id, case_briefs_id, started_at,
                ended_at, assessment, peer_marks)
             select c.id, 1, $1, ro.partner_id, ro.case_briefs_id, ro.started_at, ro.ended_at,
                    ro.assessment, ro.peer_marks
               from copied c
               join public.practice_rooms rm on rm.guest_id = $2 and rm.host_id = c.host_id
                                            and rm.datetime_utc = c.datetime_utc
               join public.practice_rounds ro on ro.room_id = rm.id",
        )
        .bind(other)
        .bind(gus)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    // The board's 50 upcoming public sessions, by hosts of their own.
    let hosts: Vec<Uuid> = sqlx::query_scalar(
        "with made as (
           insert into auth.users (email, password_hash, email_verified_at)
           select 'host' || i || '@bench.test', 'x', now() from generate_series(1, $1) i
           returning id
         )
         insert into public.profiles (user_id, first_name, last_name, training_level)
         select id, 'Bench', 'Host', 'fy2' from made returning user_id",
    )
    .bind(UPCOMING as i32)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    for (n, host) in hosts.iter().enumerate() {
        sqlx::query(
            "insert into public.practice_rooms (host_id, datetime_utc, type)
             values ($1, now() + make_interval(hours => $2), 'Clinical')",
        )
        .bind(host)
        .bind(2 + n as i32)
        .execute(&mut *tx)
        .await
        .unwrap();
    }
    for table in ["practice_rooms", "practice_rounds"] {
        sqlx::query(&format!("alter table public.{table} enable trigger user"))
            .execute(&mut *tx)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
    sqlx::query("select public.derive_round_progress(id) from public.practice_rounds")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query("analyze").execute(&pool).await.unwrap();
    let (rounds, marks, misses): (i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from public.practice_rounds),
                (select count(*) from public.round_marks),
                (select count(*) from public.round_misses)",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    eprintln!("seeded in {:.1} s", started.elapsed().as_secs_f64());

    println!("## My progress: 500 rounds across 40 cases (issue 22)");
    println!();
    println!(
        "{rounds} rounds of 20 trainees ({marks} rows in `round_marks`, {misses} in \
         `round_misses`); the trainee measured has {ROUNDS} of them, across {} cases. \
         {RUNS} requests each, one at a time, after 20 to warm up.",
        cases.len()
    );
    println!();
    println!("| what | p50 ms | p95 ms | p99 ms | bytes |");
    println!("| --- | ---: | ---: | ---: | ---: |");

    // At the database, through the access path (RLS on), as the trainee.
    let mut samples = Vec::new();
    for i in 0..RUNS + 20 {
        let t = Instant::now();
        let mut tx = db.begin_user(gus).await.unwrap();
        let page = progress::page(&mut tx, gus, gus, chrono_tz::Europe::London)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        assert_eq!(page.rounds as usize, ROUNDS);
        if i >= 20 {
            samples.push(t.elapsed());
        }
    }
    let (_, row) = spread(samples);
    println!("| progress computed at the database (`server::progress::page`) | {row} | |");

    let mut medians = Vec::new();
    for (name, path) in [
        ("`/progress` rendered (signed in)", "/progress"),
        ("board page `/` rendered (signed in, 50 sessions)", "/"),
    ] {
        let mut samples = Vec::new();
        let mut bytes = 0;
        for i in 0..RUNS + 20 {
            let (took, size) = timed_get(&client, &format!("{base}{path}"), &cookie).await;
            bytes = size;
            if i >= 20 {
                samples.push(took);
            }
        }
        let (median, row) = spread(samples);
        medians.push(median);
        println!("| {name} | {row} | {bytes} |");
    }
    println!();
    println!(
        "`/progress` takes {:.1}x the board page's median time.",
        medians[0] / medians[1]
    );

    // The plans, as the trainee (role `authenticated`, RLS on).
    let mut tx = db.begin(Actor::User(gus)).await.unwrap();
    for (name, sql) in [
        (
            "marks",
            "explain (analyze, buffers) select round_id, source, assessor, exam, rubric, domain,
               score, max_score, share, case_id, case_name, marked_at
             from public.round_marks where user_id = $1 order by marked_at, round_id",
        ),
        (
            "missed points",
            "explain (analyze, buffers) select m.round_id, m.case_name, m.point, m.critical,
               m.marked_at, rm.room_url
             from public.round_misses m
             join public.practice_rooms rm on rm.id = m.room_id
             where m.user_id = $1",
        ),
    ] {
        let plan: Vec<String> = sqlx::query_scalar(sql)
            .bind(gus)
            .fetch_all(&mut *tx)
            .await
            .unwrap();
        println!();
        println!("The {name} query as `authenticated`:");
        println!();
        println!("```");
        for line in &plan {
            println!("{line}");
        }
        println!("```");
        assert!(
            !plan
                .iter()
                .any(|l| l.contains("Seq Scan on round_marks")
                    || l.contains("Seq Scan on round_misses")),
            "the {name} query scans every row"
        );
    }
    tx.commit().await.unwrap();
}
