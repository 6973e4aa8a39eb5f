//! Realtime under load: 500 browsers (or `REALTIME_SUBSCRIBERS`) on the live stream of
//! a real server process while rooms change 10 times a second. Measures
//! commit-to-connection latency, the server's memory, catching up after the LISTEN
//! connection is killed mid-stream (every change must still arrive, in order), and what
//! change capture costs writers.
//!
//! Not a timed test: it prints figures, recorded in `BENCHMARKS.md`. Run with
//! `bash scripts/bench.sh` (a local PostgreSQL, a fresh database, a release build).

mod common;

/// The server's allocator, in the 5,000 browsers too: on one machine their parsing
/// shares the cores with the server, and is in every latency figure.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::collections::{HashMap, HashSet};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use chrono::Utc;
use eventsource_stream::Eventsource;
use futures::StreamExt;
use med_practice::model::LiveOp;
use med_practice::server::db::{Actor, Db};
use med_practice::server::realtime::LISTENER_NAME;
use sqlx::PgPool;
use tokio::sync::watch;
use uuid::Uuid;

/// Browsers on the stream: 500, or `REALTIME_SUBSCRIBERS` (e.g. 5000 for the scale run
/// in BENCHMARKS.md; each costs the client and the server a file descriptor).
fn subscriber_count() -> usize {
    std::env::var("REALTIME_SUBSCRIBERS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(500)
}
const PER_SECOND: u64 = 10;
const STEADY_CHANGES: usize = 300;
const CATCH_UP_CHANGES: usize = 100;
const HOSTS: i64 = 500;

type Arrivals = Vec<(Uuid, i64, Instant)>;

struct Server {
    child: Child,
    base: String,
}

impl Server {
    fn start(url: &str) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let data = std::env::temp_dir().join("med-practice-bench-realtime");
        let child = Command::new(env!("CARGO_BIN_EXE_med-practice"))
            .arg("serve")
            .env("DATABASE_URL", url)
            .env("DATA_DIR", data)
            .env("LEPTOS_SITE_ADDR", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", "warn")
            .env("STREAMS_PER_ADDRESS", "100000")
            .env("LEPTOS_OUTPUT_NAME", "med-practice")
            .stdout(Stdio::null())
            .spawn()
            .expect("start the server");
        Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        }
    }

    /// Resident and peak memory of the server process, in MiB.
    fn memory(&self) -> (f64, f64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find(|l| l.starts_with(name))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|kb| kb.parse::<f64>().ok())
                .map(|kb| kb / 1024.0)
                .unwrap_or(f64::NAN)
        };
        (field("VmRSS:"), field("VmHWM:"))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

fn percentiles(mut samples: Vec<Duration>) -> String {
    samples.sort();
    let at = |q: f64| samples[((samples.len() as f64 - 1.0) * q).round() as usize];
    format!(
        "{} | {:.1} | {:.1} | {:.1} | {:.1}",
        samples.len(),
        ms(at(0.5)),
        ms(at(0.95)),
        ms(at(0.99)),
        ms(*samples.last().unwrap())
    )
}

/// One anonymous browser on the board: records every room change it is told of.
async fn subscriber(
    client: reqwest::Client,
    base: String,
    ready: tokio::sync::mpsc::Sender<()>,
    mut stop: watch::Receiver<bool>,
) -> Arrivals {
    let response = client
        .get(format!("{base}/realtime"))
        .send()
        .await
        .expect("open the stream");
    // Until told to stop: one future waited on, not one made per event.
    let mut events = std::pin::pin!(response
        .bytes_stream()
        .eventsource()
        .take_until(async move {
            let _ = stop.changed().await;
        }));
    // Room for every change up front: 5,000 vectors doubling at the same change stalled
    // every stream for up to 0.8 s (the allocator's fresh pages), at changes 64, 128, 256.
    let mut arrivals = Vec::with_capacity(STEADY_CHANGES + CATCH_UP_CHANGES);
    while let Some(Ok(event)) = events.next().await {
        let now = Instant::now();
        let seen: Seen = serde_json::from_str(&event.data).expect("a live message");
        match seen.kind {
            "ready" => {
                let _ = ready.send(()).await;
            }
            "change" if seen.op == Some(LiveOp::Insert) => {
                arrivals.push((seen.room.expect("a change names its room"), seen.seq, now));
            }
            "resync" => panic!("a subscriber was told to refetch"),
            _ => {}
        }
    }
    arrivals
}

/// What a subscriber reads of each message: its kind, position, room and operation,
/// borrowed from the event's text. (Reading the whole `LiveMessage`, an internally
/// tagged enum that serde buffers before choosing the variant, cost the 5,000 clients
/// as much CPU as the server's fan-out; the integration tests check every field.)
#[derive(serde::Deserialize)]
struct Seen<'a> {
    #[serde(rename = "type")]
    kind: &'a str,
    seq: i64,
    room: Option<Uuid>,
    op: Option<LiveOp>,
}

/// Schedules rooms at `PER_SECOND` through the app's access path (as each host, RLS on),
/// noting when each COMMIT was sent. Kills the LISTEN connection before change `kill_at`.
async fn write(
    db: &Db,
    owner: &PgPool,
    hosts: &[Uuid],
    count: usize,
    offset: usize,
    kill_at: Option<usize>,
) -> HashMap<Uuid, Instant> {
    let mut sent = HashMap::new();
    let mut tick = tokio::time::interval(Duration::from_millis(1000 / PER_SECOND));
    for i in 0..count {
        tick.tick().await;
        if kill_at == Some(i) {
            let (killed,): (i64,) = sqlx::query_as(
                "select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
                  where application_name = $1 and datname = current_database()) t",
            )
            .bind(LISTENER_NAME)
            .fetch_one(owner)
            .await
            .unwrap();
            println!("killed {killed} LISTEN connection(s) before change {i}");
        }
        let n = offset + i;
        let host = hosts[n % hosts.len()];
        let at = Utc::now() + chrono::Duration::hours(2 + 2 * (n / hosts.len()) as i64);
        let mut tx = db.begin(Actor::User(host)).await.unwrap();
        let (room,): (Uuid,) = sqlx::query_as(
            "insert into public.practice_rooms (host_id, datetime_utc, type, private)
             values ($1, $2, 'Clinical', false) returning id",
        )
        .bind(host)
        .bind(at)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
        let committing = Instant::now();
        tx.commit().await.unwrap();
        sent.insert(room, committing);
    }
    sent
}

/// Concurrent writers changing their own rooms: transactions per second and latency.
async fn write_throughput(db: &Db, rooms: &[(Uuid, Uuid)]) -> String {
    const WRITERS: usize = 8;
    const EACH: usize = 250;
    let started = Instant::now();
    let mut tasks = Vec::new();
    for (host, room) in rooms.iter().take(WRITERS).copied() {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            let mut times = Vec::with_capacity(EACH);
            for i in 0..EACH {
                let t = Instant::now();
                let mut tx = db.begin(Actor::User(host)).await.unwrap();
                sqlx::query("update public.practice_rooms set type = $1 where id = $2")
                    .bind(if i % 2 == 0 {
                        "Communication"
                    } else {
                        "Clinical"
                    })
                    .bind(room)
                    .execute(&mut *tx)
                    .await
                    .unwrap();
                tx.commit().await.unwrap();
                times.push(t.elapsed());
            }
            times
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    let rate = all.len() as f64 / started.elapsed().as_secs_f64();
    format!("{rate:.0} | {}", percentiles(all))
}

#[tokio::main]
async fn main() {
    let n_subscribers = subscriber_count();
    let (url, pool, db) = common::empty_database(12).await;
    sqlx::query(
        "insert into auth.users (email, password_hash, email_verified_at)
         select 'live' || i || '@example.test', 'not-a-real-hash', now() from generate_series(1, $1) i",
    )
    .bind(HOSTS)
    .execute(&pool)
    .await
    .unwrap();
    sqlx::query(
        "insert into public.profiles (user_id, first_name, last_name, training_level)
         select id, 'Host', 'Number ' || row_number() over (order by email), 'fy2' from auth.users",
    )
    .execute(&pool)
    .await
    .unwrap();
    let hosts: Vec<Uuid> = sqlx::query_scalar("select user_id from public.profiles order by 1")
        .fetch_all(&pool)
        .await
        .unwrap();

    let server = Server::start(&url);
    let client = reqwest::Client::new();
    let started = Instant::now();
    loop {
        if let Ok(r) = client.get(format!("{}/realtime", server.base)).send().await {
            if r.status().is_success() {
                break;
            }
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "the server did not start"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let (idle_rss, _) = server.memory();

    // 500 browsers on the stream.
    let (stop, stopped) = watch::channel(false);
    let (ready, mut readies) = tokio::sync::mpsc::channel(n_subscribers);
    let mut subscribers = Vec::new();
    for _ in 0..n_subscribers {
        subscribers.push(tokio::spawn(subscriber(
            client.clone(),
            server.base.clone(),
            ready.clone(),
            stopped.clone(),
        )));
    }
    for _ in 0..n_subscribers {
        readies.recv().await.unwrap();
    }
    let (connected_rss, _) = server.memory();

    // Steady state, then a killed LISTEN connection halfway through the catch-up phase.
    let steady = write(&db, &pool, &hosts, STEADY_CHANGES, 0, None).await;
    let (steady_rss, _) = server.memory();
    let catch_up = write(
        &db,
        &pool,
        &hosts,
        CATCH_UP_CHANGES,
        STEADY_CHANGES,
        Some(CATCH_UP_CHANGES / 2),
    )
    .await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    let (end_rss, peak_rss) = server.memory();
    stop.send_replace(true);
    let mut received = Vec::new();
    for task in subscribers {
        received.push(task.await.unwrap());
    }

    let written: HashSet<Uuid> = steady.keys().chain(catch_up.keys()).copied().collect();
    let mut steady_latency = Vec::new();
    let mut catch_up_latency = Vec::new();
    // Each steady change's slowest arrival, for REALTIME_WORST.
    let mut worst: HashMap<Uuid, Duration> = HashMap::new();
    for arrivals in &received {
        let rooms: HashSet<Uuid> = arrivals.iter().map(|(room, _, _)| *room).collect();
        assert_eq!(rooms, written, "a subscriber missed a change");
        assert_eq!(
            arrivals.len(),
            written.len(),
            "a subscriber got a change twice"
        );
        assert!(
            arrivals.windows(2).all(|w| w[0].1 < w[1].1),
            "a subscriber got changes out of order"
        );
        for (room, _, at) in arrivals {
            if let Some(sent) = steady.get(room) {
                let took = at.duration_since(*sent);
                steady_latency.push(took);
                let slowest = worst.entry(*room).or_default();
                *slowest = (*slowest).max(took);
            } else {
                catch_up_latency.push(at.duration_since(catch_up[room]));
            }
        }
    }

    if std::env::var_os("REALTIME_WORST").is_some() {
        // Which changes were slowest (debugging stalls).
        let first = steady.values().min().copied().unwrap();
        let mut worst: Vec<_> = worst.into_iter().collect();
        worst.sort_by_key(|(_, took)| std::cmp::Reverse(*took));
        for (room, took) in worst.iter().take(12) {
            println!(
                "slow: committed at {:.1} s, slowest arrival {:.1} ms",
                steady[room].duration_since(first).as_secs_f64(),
                ms(*took)
            );
        }
    }
    println!();
    println!(
        "Every one of {n_subscribers} subscribers received all {} changes, in order, none twice.",
        written.len()
    );
    println!();
    println!("| commit to connection ({n_subscribers} subscribers, {PER_SECOND} changes/s) | samples | p50 ms | p95 ms | p99 ms | max ms |");
    println!("| --- | --- | --- | --- | --- | --- |");
    println!(
        "| steady ({STEADY_CHANGES} changes) | {} |",
        percentiles(steady_latency)
    );
    println!(
        "| catch-up ({CATCH_UP_CHANGES} changes, LISTEN connection killed before change {}) | {} |",
        CATCH_UP_CHANGES / 2,
        percentiles(catch_up_latency)
    );
    println!();
    println!("| server memory | MiB |");
    println!("| --- | --- |");
    println!("| idle, no subscribers | {idle_rss:.1} |");
    println!("| {n_subscribers} subscribers connected | {connected_rss:.1} |");
    println!("| after {STEADY_CHANGES} changes | {steady_rss:.1} |");
    println!("| at the end | {end_rss:.1} |");
    println!("| peak (VmHWM) | {peak_rss:.1} |");
    drop(server);

    // What capture costs the writers: as shipped, without the NOTIFY, without capture.
    let rooms: Vec<(Uuid, Uuid)> = sqlx::query_as(
        "select distinct on (host_id) host_id, id from public.practice_rooms order by host_id, datetime_utc",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let shipped: (String,) =
        sqlx::query_as("select pg_get_functiondef('realtime.record(text, text, uuid, uuid, text[], boolean, uuid[])'::regprocedure)")
            .fetch_one(&pool)
            .await
            .unwrap();
    println!();
    println!("| 8 concurrent writers, 250 room updates each | tx/s | samples | p50 ms | p95 ms | p99 ms | max ms |");
    println!("| --- | --- | --- | --- | --- | --- | --- |");
    println!(
        "| change log + NOTIFY (as shipped) | {} |",
        write_throughput(&db, &rooms).await
    );
    let quiet = shipped
        .0
        .replace("perform pg_notify('realtime_changes', v_seq::text);", "");
    assert_ne!(quiet, shipped.0, "the NOTIFY line is where it was");
    sqlx::query(&quiet).execute(&pool).await.unwrap();
    println!(
        "| change log, no NOTIFY | {} |",
        write_throughput(&db, &rooms).await
    );
    sqlx::query("alter table public.practice_rooms disable trigger practice_rooms_realtime")
        .execute(&pool)
        .await
        .unwrap();
    println!(
        "| no change capture | {} |",
        write_throughput(&db, &rooms).await
    );
    sqlx::query("alter table public.practice_rooms enable trigger practice_rooms_realtime")
        .execute(&pool)
        .await
        .unwrap();
    sqlx::query(&shipped.0).execute(&pool).await.unwrap();
}
