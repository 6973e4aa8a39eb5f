//! The scheduling board and joining under load (issue 9), on 2,000 users and 10,000
//! upcoming sessions (a quarter private, half with a guest):
//! - a page of the board at the database, through the app's access path;
//! - the server-rendered board page for a signed-in user against a raw axum + sqlx JSON
//!   endpoint running the same query on the same pool, both loaded by `oha`: the most
//!   each serves, their ratio, and latency at a fixed 300 requests a second;
//! - the board query's plan as `authenticated`, checked for a sequential scan;
//! - 50 signed-in trainees joining each of 1,000 open sessions at once.
//!
//! Not a timed test: it prints figures, recorded in `BENCHMARKS.md`. Run with
//! `bash scripts/bench.sh` (a local PostgreSQL, a fresh database, a release build, `oha`).

mod common;

use std::collections::BTreeMap;
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::extract::State;
use axum::routing::get;
use axum::{Json, Router};
use chrono::Utc;
use leptos::prelude::LeptosOptions;
use med_practice::api::board::BOARD_PAGE_SIZE;
use med_practice::host::http;
use med_practice::host::state::AppState;
use med_practice::model::{BoardSlice, RoomType, TrainingLevel};
use med_practice::server::config::Config;
use med_practice::server::db::{Actor, Db};
use med_practice::server::rooms::{self, BoardFilter, Cursor, Page};
use sqlx::{PgPool, QueryBuilder};
use uuid::Uuid;

/// As the server binary (src/main.rs): the app is served from this process.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const USERS: i64 = 2_000;
const ROOMS: i64 = 10_000;
/// Hosts among the seeded users; the rest are guests.
const HOSTS: i64 = 1_000;
const JOINERS: usize = 50;
const CONTESTED_ROOMS: usize = 1_000;
const DB_RUNS: usize = 300;
/// Connections `oha` keeps open in the throughput runs (the most served is what counts)
/// and in the fixed-rate runs.
const CONNECTIONS: [usize; 3] = [8, 32, 64];
const FIXED_RATE_CONNECTIONS: usize = 32;
const LOAD_SECONDS: u32 = 10;
const FIXED_RATE: u32 = 300;
const PASSWORD: &str = "a long enough password";
const ZONE: chrono_tz::Tz = chrono_tz::Europe::London;

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 - 1.0) * q).round() as usize]
}

/// `| p50 | p95 | p99 | max |` in milliseconds.
fn spread(mut samples: Vec<Duration>) -> String {
    samples.sort();
    format!(
        "{:.2} | {:.2} | {:.2} | {:.2}",
        ms(percentile(&samples, 0.5)),
        ms(percentile(&samples, 0.95)),
        ms(percentile(&samples, 0.99)),
        ms(*samples.last().unwrap())
    )
}

async fn measure<F, Fut>(mut f: F) -> Vec<Duration>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    for _ in 0..20 {
        f().await; // warm-up
    }
    let mut runs = Vec::with_capacity(DB_RUNS);
    for _ in 0..DB_RUNS {
        let start = Instant::now();
        f().await;
        runs.push(start.elapsed());
    }
    runs
}

/// The baseline: the board's own query on the app's pool, as the same signed-in user
/// under RLS, serialised as JSON; no session, no rendering.
async fn raw_board(
    State((db, viewer)): State<(Db, Arc<std::sync::OnceLock<Uuid>>)>,
) -> Json<BoardSlice> {
    let viewer = *viewer.get().expect("the viewer has signed up");
    let mut tx = db.begin(Actor::User(viewer)).await.unwrap();
    let slice = rooms::board(
        &mut tx,
        &BoardFilter::default(),
        Page::First,
        BOARD_PAGE_SIZE,
        ZONE,
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    Json(slice)
}

/// What one `oha` run measured.
struct Load {
    rate: f64,
    p50: f64,
    p95: f64,
    p99: f64,
    requests: u64,
    ok: u64,
}

impl Load {
    fn row(&self, name: &str) -> String {
        format!(
            "| {name} | {:.0} | {:.2} | {:.2} | {:.2} | {} of {} |",
            self.rate, self.p50, self.p95, self.p99, self.ok, self.requests
        )
    }
}

/// Runs `oha` (a separate process) against `url` with the session cookie.
fn oha(url: &str, cookie: &str, seconds: u32, extra: &[&str]) -> Load {
    let output = Command::new("oha")
        .args([
            "--no-tui",
            "--output-format",
            "json",
            "-z",
            &format!("{seconds}s"),
            "-H",
            &format!("cookie: {cookie}"),
        ])
        .args(extra)
        .arg(url)
        .output()
        .expect("run oha (scripts/bench.sh installs it)");
    assert!(output.status.success(), "oha failed: {output:?}");
    let report: serde_json::Value =
        serde_json::from_slice(&output.stdout).expect("oha's JSON report");
    let seconds = |v: &serde_json::Value| v.as_f64().unwrap_or(f64::NAN) * 1000.0;
    let codes = report["statusCodeDistribution"]
        .as_object()
        .cloned()
        .unwrap_or_default();
    let requests: u64 = codes.values().filter_map(|v| v.as_u64()).sum();
    let ok = codes.get("200").and_then(|v| v.as_u64()).unwrap_or(0);
    Load {
        rate: report["summary"]["requestsPerSec"].as_f64().unwrap(),
        p50: seconds(&report["latencyPercentiles"]["p50"]),
        p95: seconds(&report["latencyPercentiles"]["p95"]),
        p99: seconds(&report["latencyPercentiles"]["p99"]),
        requests,
        ok,
    }
}

/// Signs up `email` through the app and returns the browser's cookie header.
async fn sign_up(client: &reqwest::Client, base: &str, email: &str) -> String {
    let response = client
        .post(format!("{base}/api/sign_up"))
        .header("accept", "application/json")
        .header("sec-fetch-site", "same-origin")
        .form(&[("email", email), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(
        response.status().is_success() || response.status().is_redirection(),
        "sign up: {}",
        response.status()
    );
    let mut cookies: Vec<String> = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .filter_map(|c| c.split(';').next().map(str::to_owned))
        .collect();
    assert!(!cookies.is_empty(), "no session cookie");
    cookies.push("mp_tz=Europe%2FLondon".into());
    cookies.join("; ")
}

async fn seed(pool: &PgPool, bench_users: &[Uuid]) {
    let started = Instant::now();
    let levels: Vec<&str> = TrainingLevel::ALL.iter().map(|l| l.code()).collect();
    // The bench's own signed-up users count towards the 2,000.
    sqlx::query(
        "insert into auth.users (email, password_hash, email_verified_at)
         select 'seeded' || lpad(i::text, 4, '0') || '@example.test', 'not-a-real-hash', now()
           from generate_series(1, $1) i",
    )
    .bind(USERS - bench_users.len() as i64)
    .execute(pool)
    .await
    .unwrap();
    sqlx::query(
        "insert into public.profiles (user_id, first_name, last_name, training_level)
         select id, 'Trainee', 'Number ' || row_number() over (order by email),
                ($1::text[])[1 + (row_number() over (order by email)) % array_length($1::text[], 1)]
           from auth.users where not exists (select 1 from public.profiles p where p.user_id = id)",
    )
    .bind(&levels)
    .execute(pool)
    .await
    .unwrap();
    // 10,000 upcoming sessions over the next six months, 25 minutes apart: a quarter
    // private, half with a guest (every other one), a fifth Communication. Hosts and
    // guests are seeded users; the bench's own users hold no seat.
    sqlx::query(
        "with seeded as (select id, row_number() over (order by email) - 1 as n
                           from auth.users where email like 'seeded%'),
              slots as (select i from generate_series(0, $1 - 1) i)
         insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, private)
         select h.id,
                case when s.i % 2 = 1 then g.id end,
                now() + interval '1 hour' + (s.i * interval '25 minutes'),
                case when s.i % 5 = 0 then 'Communication' else 'Clinical' end,
                s.i % 4 = 0
           from slots s
           join seeded h on h.n = s.i % $2
           join seeded g on g.n = $2 + (s.i % ($3 - $2))",
    )
    .bind(ROOMS)
    .bind(HOSTS)
    .bind(USERS - bench_users.len() as i64)
    .execute(pool)
    .await
    .unwrap();
    sqlx::query("analyze").execute(pool).await.unwrap();
    let (users, rooms, private, joined): (i64, i64, i64, i64) = sqlx::query_as(
        "select (select count(*) from auth.users), count(*), count(*) filter (where private),
                count(*) filter (where guest_id is not null)
           from public.practice_rooms where datetime_utc > now()",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    println!(
        "Seeded {users} users and {rooms} upcoming sessions ({private} private, {joined} with a guest) in {:.1} s.",
        started.elapsed().as_secs_f64()
    );
}

/// `EXPLAIN (ANALYZE, BUFFERS)` of the board's page and count queries as the signed-in
/// viewer (role `authenticated`, RLS on). Fails the run on a sequential scan of the rooms.
async fn explain(db: &Db, viewer: Uuid) {
    let filter = BoardFilter::default();
    let mut tx = db.begin(Actor::User(viewer)).await.unwrap();
    for (name, mut q) in [
        ("page", {
            let mut q = QueryBuilder::new("explain (analyze, buffers) ");
            rooms::push_board_page(&mut q, true, &filter, Page::First, BOARD_PAGE_SIZE);
            q
        }),
        ("count", {
            let mut q = QueryBuilder::new("explain (analyze, buffers) ");
            rooms::push_board_count(&mut q, &filter);
            q
        }),
    ] {
        let plan: Vec<(String,)> = q.build_query_as().fetch_all(&mut *tx).await.unwrap();
        println!();
        println!("The board's {name} query as `authenticated`:");
        println!();
        println!("```");
        for (line,) in &plan {
            println!("{line}");
        }
        println!("```");
        assert!(
            !plan
                .iter()
                .any(|(line,)| line.contains("Seq Scan on practice_rooms")),
            "the board's {name} query scans every room"
        );
    }
    tx.commit().await.unwrap();
}

/// 50 signed-in trainees press "Join" on the same session at once, for each of 1,000
/// open public sessions in turn: exactly one must win each, the others told it is taken.
async fn join_contention(
    pool: &PgPool,
    base: &str,
    joiners: &[(Uuid, String)],
) -> (
    BTreeMap<usize, usize>,
    BTreeMap<u16, usize>,
    Vec<Duration>,
    Vec<Duration>,
    f64,
) {
    let rooms: Vec<Uuid> = sqlx::query_scalar(
        "select id from public.practice_rooms
          where not private and guest_id is null and datetime_utc > now()
          order by datetime_utc limit $1",
    )
    .bind(CONTESTED_ROOMS as i64)
    .fetch_all(pool)
    .await
    .unwrap();
    assert_eq!(rooms.len(), CONTESTED_ROOMS);
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(JOINERS)
        .build()
        .unwrap();
    let mut winners_per_room = BTreeMap::new();
    let mut statuses = BTreeMap::new();
    let (mut won, mut lost) = (Vec::new(), Vec::new());
    let started = Instant::now();
    for room in &rooms {
        let gate = Arc::new(tokio::sync::Barrier::new(JOINERS));
        let mut tasks = Vec::with_capacity(JOINERS);
        for (user, cookie) in joiners {
            let request = client
                .post(format!("{base}/api/join_session"))
                .header("accept", "application/json")
                .header("sec-fetch-site", "same-origin")
                .header("cookie", cookie)
                .form(&[("room", room.to_string())]);
            let gate = gate.clone();
            let user = *user;
            tasks.push(tokio::spawn(async move {
                gate.wait().await;
                let start = Instant::now();
                let response = request.send().await.unwrap();
                let status = response.status().as_u16();
                response.bytes().await.unwrap();
                (user, status, start.elapsed())
            }));
        }
        let mut winners = Vec::new();
        for task in tasks {
            let (user, status, took) = task.await.unwrap();
            *statuses.entry(status).or_insert(0) += 1;
            if status == 200 {
                winners.push(user);
                won.push(took);
            } else {
                assert_eq!(status, 409, "a loser is told the seat is taken");
                lost.push(took);
            }
        }
        *winners_per_room.entry(winners.len()).or_insert(0) += 1;
        let guest: Option<Uuid> =
            sqlx::query_scalar("select guest_id from public.practice_rooms where id = $1")
                .bind(room)
                .fetch_one(pool)
                .await
                .unwrap();
        assert_eq!(
            guest.into_iter().collect::<Vec<_>>(),
            winners,
            "the seat is the winner's"
        );
    }
    let rate = (JOINERS * CONTESTED_ROOMS) as f64 / started.elapsed().as_secs_f64();
    (winners_per_room, statuses, won, lost, rate)
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
        // Every bench user signs up from 127.0.0.1; the per-address limit has its own
        // integration test.
        "SIGN_UPS_PER_HOUR" => Some("100000".into()),
        _ => None,
    })
    .unwrap();
    // The app's own pool, sized as configured (DATABASE_MAX_CONNECTIONS's default).
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

    // The viewer and the joiners sign up through the app (real sessions); the rest are
    // seeded in bulk.
    let viewer_slot = Arc::new(std::sync::OnceLock::<Uuid>::new());
    let raw = Router::new()
        .route("/raw/board", get(raw_board))
        .with_state((db.clone(), viewer_slot.clone()));
    tokio::spawn(http::serve(
        listener,
        app.merge(raw),
        std::future::pending(),
    ));
    let client = reqwest::Client::new();
    let mut accounts = Vec::new();
    for i in 0..=JOINERS {
        let email = format!("bench{i:02}@example.test");
        let cookie = sign_up(&client, &base, &email).await;
        let id: Uuid = sqlx::query_scalar("select id from auth.users where email = $1")
            .bind(&email)
            .fetch_one(&pool)
            .await
            .unwrap();
        sqlx::query(
            "insert into public.profiles (user_id, first_name, last_name, training_level)
             values ($1, 'Bench', $2, 'fy2')",
        )
        .bind(id)
        .bind(format!("User {i}"))
        .execute(&pool)
        .await
        .unwrap();
        accounts.push((id, cookie));
    }
    let (viewer, viewer_cookie) = accounts.remove(0);
    viewer_slot.set(viewer).unwrap();
    let ids: Vec<Uuid> = std::iter::once(viewer)
        .chain(accounts.iter().map(|(id, _)| *id))
        .collect();
    seed(&pool, &ids).await;

    // At the database, one request at a time.
    let deep: (chrono::DateTime<Utc>, Uuid) = sqlx::query_as(
        "select datetime_utc, id from public.practice_rooms where not private
          order by datetime_utc, id offset 7000 limit 1",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    let cases: Vec<(&str, Actor, BoardFilter, Page)> = vec![
        (
            "first page, anonymous",
            Actor::Anon,
            BoardFilter::default(),
            Page::First,
        ),
        (
            "first page, signed in",
            Actor::User(viewer),
            BoardFilter::default(),
            Page::First,
        ),
        (
            "page at session 7,000 (cursor)",
            Actor::User(viewer),
            BoardFilter::default(),
            Page::After(Cursor {
                at: deep.0,
                id: deep.1,
            }),
        ),
        (
            "type + level + open only",
            Actor::User(viewer),
            BoardFilter {
                room_type: Some(RoomType::Communication),
                open_only: true,
                level: Some(TrainingLevel::Fy2),
                ..Default::default()
            },
            Page::First,
        ),
        (
            "one week's date range",
            Actor::User(viewer),
            BoardFilter {
                from: Some(Utc::now() + chrono::Duration::days(60)),
                until: Some(Utc::now() + chrono::Duration::days(67)),
                ..Default::default()
            },
            Page::First,
        ),
    ];
    println!();
    println!("| board at the database ({DB_RUNS} runs each, {BOARD_PAGE_SIZE} rows, RLS on) | p50 ms | p95 ms | p99 ms | max ms |");
    println!("| --- | --- | --- | --- | --- |");
    for (name, actor, filter, page) in cases {
        let runs = measure(|| {
            let db = db.clone();
            let filter = filter.clone();
            async move {
                let mut tx = db.begin(actor).await.unwrap();
                let slice = rooms::board(&mut tx, &filter, page, BOARD_PAGE_SIZE, ZONE)
                    .await
                    .unwrap();
                assert!(!slice.sessions.is_empty());
                tx.commit().await.unwrap();
            }
        })
        .await;
        println!("| {name} | {} |", spread(runs));
    }

    // What each endpoint returns, checked once.
    let page = client
        .get(format!("{base}/"))
        .header("cookie", &viewer_cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("Sign out"),
        "the board page is rendered for a signed-in user"
    );
    let raw: BoardSlice = client
        .get(format!("{base}/raw/board"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(raw.sessions.len() as i64, BOARD_PAGE_SIZE);
    println!();
    println!(
        "Board page: {} bytes of HTML for {BOARD_PAGE_SIZE} sessions; the raw endpoint's JSON: {} bytes.",
        html.len(),
        serde_json::to_string(&raw).unwrap().len()
    );

    std::fs::create_dir_all("target/bench").unwrap();
    std::fs::write("target/bench/board-page.html", &html).unwrap();

    // Over HTTP, loaded by oha from its own process.
    let page_url = format!("{base}/");
    let raw_url = format!("{base}/raw/board");
    oha(&page_url, &viewer_cookie, 3, &["-c", "32"]); // warm-up
    oha(&raw_url, &viewer_cookie, 3, &["-c", "32"]);
    println!();
    println!(
        "| over HTTP ({LOAD_SECONDS} s each, oha) | req/s | p50 ms | p95 ms | p99 ms | 200 OK |"
    );
    println!("| --- | --- | --- | --- | --- | --- |");
    let (mut best_page, mut best_raw) = (0f64, 0f64);
    for connections in CONNECTIONS {
        let c = connections.to_string();
        let page = oha(&page_url, &viewer_cookie, LOAD_SECONDS, &["-c", &c]);
        let raw = oha(&raw_url, &viewer_cookie, LOAD_SECONDS, &["-c", &c]);
        println!(
            "{}",
            page.row(&format!(
                "board page, server-rendered, signed in, {connections} connections"
            ))
        );
        println!(
            "{}",
            raw.row(&format!(
                "raw axum + sqlx JSON, same query and pool, {connections} connections"
            ))
        );
        best_page = best_page.max(page.rate);
        best_raw = best_raw.max(raw.rate);
    }
    let c = FIXED_RATE_CONNECTIONS.to_string();
    let rate = FIXED_RATE.to_string();
    let fixed = ["-c", &c, "-q", &rate, "--latency-correction"];
    let page_fixed = oha(&page_url, &viewer_cookie, 2 * LOAD_SECONDS, &fixed);
    let raw_fixed = oha(&raw_url, &viewer_cookie, 2 * LOAD_SECONDS, &fixed);
    println!(
        "{}",
        page_fixed.row(&format!("board page at a fixed {FIXED_RATE} req/s"))
    );
    println!(
        "{}",
        raw_fixed.row(&format!("raw JSON at a fixed {FIXED_RATE} req/s"))
    );
    println!();
    println!(
        "Most served: board page {best_page:.0} req/s, raw endpoint {best_raw:.0} req/s; the page serves {:.2}x the raw endpoint's requests per second.",
        best_page / best_raw
    );

    explain(&db, viewer).await;

    let (winners, statuses, won, lost, join_rate) = join_contention(&pool, &base, &accounts).await;
    println!();
    println!("{JOINERS} joiners at once on each of {CONTESTED_ROOMS} open sessions ({:.0} join requests a second):", join_rate);
    println!();
    println!("| winners in a session | sessions |");
    println!("| --- | --- |");
    for (n, rooms) in &winners {
        println!("| {n} | {rooms} |");
    }
    println!();
    println!("| answer | requests |");
    println!("| --- | --- |");
    for (status, n) in &statuses {
        println!("| {status} | {n} |");
    }
    println!();
    println!("| join latency | requests | p50 ms | p95 ms | p99 ms | max ms |");
    println!("| --- | --- | --- | --- | --- | --- |");
    println!("| the winner | {} | {} |", won.len(), spread(won));
    println!(
        "| the others (409, taken) | {} | {} |",
        lost.len(),
        spread(lost)
    );
}
