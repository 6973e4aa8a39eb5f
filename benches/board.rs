//! The scheduling board with 10,000 upcoming public rooms (and 1,000 private ones): how
//! long a page takes, at the database and through the whole app over HTTP.
//!
//! Not a timed test: it prints figures, recorded in `docs/benchmarks.md`. Run with
//! `bash scripts/bench.sh` (a local PostgreSQL, a fresh `med_practice_bench` database,
//! a release build).

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::Utc;
use leptos::prelude::LeptosOptions;
use med_practice::model::{RoomType, TrainingLevel};
use med_practice::server::config::Config;
use med_practice::server::db::Actor;
use med_practice::server::http;
use med_practice::server::rooms::{self, BoardFilter, Cursor, Page};
use med_practice::server::state::AppState;

const ROOMS: i64 = 10_000;
const PRIVATE_ROOMS: i64 = 1_000;
const HOSTS: i64 = 400;
const RUNS: usize = 300;

struct Stats {
    name: String,
    runs: Vec<Duration>,
}

impl Stats {
    fn print(&self) {
        let mut sorted = self.runs.clone();
        sorted.sort();
        let at = |q: f64| sorted[((sorted.len() as f64 - 1.0) * q).round() as usize];
        let mean = sorted.iter().sum::<Duration>() / sorted.len() as u32;
        println!(
            "| {} | {:.2} | {:.2} | {:.2} | {:.2} |",
            self.name,
            ms(at(0.5)),
            ms(at(0.95)),
            ms(at(0.99)),
            ms(mean)
        );
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

async fn measure<F, Fut>(name: &str, mut f: F) -> Stats
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for _ in 0..20 {
        f().await; // warm-up
    }
    let mut runs = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let start = Instant::now();
        f().await;
        runs.push(start.elapsed());
    }
    Stats {
        name: name.to_string(),
        runs,
    }
}

#[tokio::main]
async fn main() {
    let (url, pool, db) = common::empty_database(8).await;

    // Hosts and guests: accounts and profiles across every training level.
    let levels: Vec<&str> = TrainingLevel::ALL.iter().map(|l| l.code()).collect();
    sqlx::query(
        "insert into auth.users (email, password_hash)
         select 'bench' || i || '@example.test', 'not-a-real-hash' from generate_series(1, $1) i",
    )
    .bind(HOSTS * 2)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "insert into public.profiles (user_id, first_name, last_name, training_level)
         select id, 'Host', 'Number ' || row_number() over (order by email),
                ($1::text[])[1 + (row_number() over (order by email)) % array_length($1::text[], 1)]
           from auth.users",
    )
    .bind(&levels)
    .execute(&pool)
    .await
    .unwrap();
    // 10,000 public rooms over the next six months (each host's an hour apart at least),
    // 30% with a guest, a fifth Communication; 1,000 private ones besides.
    let started = Instant::now();
    sqlx::query(
        "with hosts as (select user_id, row_number() over (order by user_id) - 1 as n from public.profiles),
              slots as (select i from generate_series(0, $1 + $2 - 1) i)
         insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, private)
         select h.user_id,
                case when s.i % 10 < 3 then g.user_id end,
                now() + interval '1 hour' + (s.i * interval '25 minutes'),
                case when s.i % 5 = 0 then 'Communication' else 'Clinical' end,
                s.i >= $1
           from slots s
           join hosts h on h.n = s.i % $3
           join hosts g on g.n = $3 + (s.i % $3)",
    )
    .bind(ROOMS)
    .bind(PRIVATE_ROOMS)
    .bind(HOSTS)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query("analyze").execute(&pool).await.unwrap();
    println!(
        "seeded {ROOMS} public + {PRIVATE_ROOMS} private rooms, {} accounts, in {:.1} s",
        HOSTS * 2,
        started.elapsed().as_secs_f64()
    );

    let zone = chrono_tz::Europe::London;
    let viewer: uuid::Uuid = sqlx::query_scalar("select user_id from public.profiles limit 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    let deep: (chrono::DateTime<Utc>, uuid::Uuid) = sqlx::query_as(
        "select datetime_utc, id from public.practice_rooms where not private
          order by datetime_utc, id offset 9000 limit 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let deep = Cursor {
        at: deep.0,
        id: deep.1,
    };
    let filtered = BoardFilter {
        room_type: Some(RoomType::Communication),
        open_only: true,
        level: Some(TrainingLevel::Fy2),
        ..Default::default()
    };
    let week = BoardFilter {
        from: Some(Utc::now() + chrono::Duration::days(60)),
        until: Some(Utc::now() + chrono::Duration::days(67)),
        ..Default::default()
    };

    println!();
    println!("| what ({RUNS} runs each) | p50 ms | p95 ms | p99 ms | mean ms |");
    println!("| --- | --- | --- | --- | --- |");
    let cases: Vec<(&str, Actor, BoardFilter, Page)> = vec![
        (
            "board, first page, anonymous",
            Actor::Anon,
            BoardFilter::default(),
            Page::First,
        ),
        (
            "board, first page, signed in",
            Actor::User(viewer),
            BoardFilter::default(),
            Page::First,
        ),
        (
            "board, page at room 9,000 (cursor)",
            Actor::Anon,
            BoardFilter::default(),
            Page::After(deep),
        ),
        (
            "board, type + level + open only",
            Actor::Anon,
            filtered,
            Page::First,
        ),
        (
            "board, one week's date range",
            Actor::Anon,
            week,
            Page::First,
        ),
    ];
    for (name, actor, filter, page) in cases {
        let db = db.clone();
        measure(&format!("db: {name}"), || {
            let db = db.clone();
            let filter = filter.clone();
            async move {
                let mut tx = db.begin(actor).await.unwrap();
                let slice = rooms::board(&mut tx, actor.user_id(), &filter, page, 20, zone)
                    .await
                    .unwrap();
                assert!(!slice.sessions.is_empty());
                tx.commit().await.unwrap();
            }
        })
        .await
        .print();
    }

    // The whole app: the server-rendered board page and the board's server function.
    let config = Config::from_lookup(|name| match name {
        "DATABASE_URL" => Some(url.clone()),
        "DATA_DIR" => Some(
            std::env::temp_dir()
                .join("med-practice-bench")
                .to_string_lossy()
                .into_owned(),
        ),
        _ => None,
    })
    .unwrap();
    let state = AppState {
        leptos_options: LeptosOptions::builder().output_name("med-practice").build(),
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
    let client = reqwest::Client::new();
    let mut bytes = 0;
    for (name, path) in [
        ("http: GET / (server-rendered board page)", "/"),
        (
            "http: GET /?type=Communication&open=1&level=fy2",
            "/?type=Communication&open=1&level=fy2",
        ),
    ] {
        let stats = measure(name, || {
            let request = client
                .get(format!("{base}{path}"))
                .header("cookie", "mp_tz=Europe%2FLondon");
            async move {
                let response = request.send().await.unwrap();
                assert!(response.status().is_success());
                let body = response.bytes().await.unwrap();
                assert!(body.len() > 1000);
            }
        })
        .await;
        stats.print();
        if path == "/" {
            bytes = client
                .get(format!("{base}/"))
                .send()
                .await
                .unwrap()
                .bytes()
                .await
                .unwrap()
                .len();
        }
    }
    measure("http: POST /api/board (client-side navigation)", || {
        let request = client
            .post(format!("{base}/api/board"))
            .header("accept", "application/json")
            .header("sec-fetch-site", "same-origin")
            .form(&[("query[open]", "1")]);
        async move {
            let response = request.send().await.unwrap();
            assert!(response.status().is_success());
            response.bytes().await.unwrap();
        }
    })
    .await
    .print();
    println!();
    println!("board page HTML: {bytes} bytes (20 sessions, uncompressed)");

    // The plan, for the record.
    let mut tx = db.begin(Actor::Anon).await.unwrap();
    let plan: Vec<(String,)> = sqlx::query_as(
        "explain (analyze, buffers, costs off, timing off, summary off)
         select r.id from public.practice_rooms r join public.profiles p on p.user_id = r.host_id
          where not r.private and r.cancelled_at is null and r.stage = 1 and r.datetime_utc > now()
          order by r.datetime_utc, r.id limit 21",
    )
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    println!();
    println!("first-page plan as anon:");
    for (line,) in plan {
        println!("    {line}");
    }
}
