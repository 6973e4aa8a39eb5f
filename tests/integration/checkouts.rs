//! One request, one connection: a page reads its sign-in record, the header's account
//! and its own data through a single checkout from the pool, and a server function
//! called from a page does too. Counted by the pool's own hooks on a pool of the app's
//! own (`TestApp::spawn_counted`), so nothing but the request adds to the count.

use crate::common::app::TestApp;
use crate::common::World;
use reqwest::{Client, StatusCode};
use sqlx::PgPool;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

/// The checkouts one GET of `path` makes, with the whole body read (the page renders
/// while it streams), after expecting `status`.
async fn checkouts_of(
    app: &TestApp,
    count: &AtomicUsize,
    client: &Client,
    path: &str,
    status: StatusCode,
) -> usize {
    // Let connections from earlier requests go back to the pool first.
    tokio::time::sleep(Duration::from_millis(50)).await;
    count.store(0, Ordering::SeqCst);
    let response = client.get(app.url(path)).send().await.unwrap();
    assert_eq!(response.status(), status, "GET {path}");
    let body = response.text().await.unwrap();
    assert!(!body.is_empty(), "GET {path}: an empty page");
    count.load(Ordering::SeqCst)
}

#[sqlx::test]
async fn a_page_request_takes_one_connection_from_the_pool(pool: PgPool) {
    let (app, count) = TestApp::spawn_counted(pool.clone()).await;
    let world = World::new(pool.clone());
    let (hana, hana_id) = app.trainee("Hana", "Europe/London").await;
    let (gus, _) = app.trainee("Gus", "Asia/Tokyo").await;
    let (ola, _) = app.trainee("Ola", "America/New_York").await;
    let visitor = app.browser_in("Europe/Paris");
    let room = world.room(hana_id, 30, false).await;
    let joined: String = app
        .ok(&gus, "join_session", &[("room", &room.id.to_string())])
        .await;
    assert!(!joined.is_empty());
    let session_page = format!("/s/{}", room.room_url);
    let admin_email = "ada@example.test";
    let admin = app.browser_in("Europe/London");
    app.sign_up(&admin, admin_email).await;
    sqlx::query("update auth.users set is_admin = true where email = $1")
        .bind(admin_email)
        .execute(&pool)
        .await
        .unwrap();

    let pages: [(&str, &Client, &str, StatusCode); 11] = [
        ("board, signed out", &visitor, "/", StatusCode::OK),
        ("board, signed in", &hana, "/", StatusCode::OK),
        (
            "session page, visitor",
            &visitor,
            &session_page,
            StatusCode::OK,
        ),
        ("session page, host", &hana, &session_page, StatusCode::OK),
        ("session page, guest", &gus, &session_page, StatusCode::OK),
        (
            "session page, another trainee",
            &ola,
            &session_page,
            StatusCode::OK,
        ),
        ("my sessions", &hana, "/my-sessions", StatusCode::OK),
        ("profile", &gus, "/profile", StatusCode::OK),
        ("admin overview", &admin, "/admin", StatusCode::OK),
        ("admin case list", &admin, "/admin/cases", StatusCode::OK),
        (
            "admin page, a trainee",
            &ola,
            "/admin",
            StatusCode::NOT_FOUND,
        ),
    ];
    let mut counts = Vec::new();
    for (name, client, path, status) in pages {
        counts.push((name, checkouts_of(&app, &count, client, path, status).await));
    }
    let wrong: Vec<_> = counts.iter().filter(|(_, n)| *n != 1).collect();
    assert!(wrong.is_empty(), "pages not at one checkout: {wrong:?}");
}

#[sqlx::test]
async fn a_server_function_call_takes_one_connection_and_gives_it_back(pool: PgPool) {
    let (app, count) = TestApp::spawn_counted(pool.clone()).await;
    let (hana, _) = app.trainee("Hana", "Europe/London").await;
    tokio::time::sleep(Duration::from_millis(50)).await;
    count.store(0, Ordering::SeqCst);
    let _: serde_json::Value = app.ok(&hana, "board", &[]).await;
    assert_eq!(
        count.load(Ordering::SeqCst),
        1,
        "the board's server function"
    );
    // The pool holds four connections: forty requests, each holding one until it is
    // done, finish only if every request gives its connection back.
    for _ in 0..40 {
        let _: serde_json::Value = app.ok(&hana, "board", &[]).await;
        let response = hana.get(app.url("/")).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        response.text().await.unwrap();
    }
}

/// The sign-in record a request reads on its own connection is the one the session
/// store wrote: same table, same encoding (a store upgrade that changed either fails
/// here, not in production).
#[sqlx::test]
async fn the_request_reads_the_sign_in_record_the_store_wrote(pool: PgPool) {
    use med_practice::host::auth;
    use tower_sessions::session::{Id, Record};
    use tower_sessions::SessionStore;

    let store = auth::store(pool.clone()).await.unwrap();
    let mut record = Record {
        id: Id::default(),
        data: Default::default(),
        expiry_date: tower_sessions::cookie::time::OffsetDateTime::now_utc()
            + tower_sessions::cookie::time::Duration::hours(1),
    };
    record
        .data
        .insert("user".into(), serde_json::json!({"a": [1, 2]}));
    store.create(&mut record).await.unwrap();

    let mut conn = pool.acquire().await.unwrap();
    let read = auth::load_on(&mut conn, &record.id).await.unwrap();
    assert_eq!(read, Some(record.clone()));
    assert_eq!(
        auth::load_on(&mut conn, &Id::default()).await.unwrap(),
        None
    );

    record.expiry_date = tower_sessions::cookie::time::OffsetDateTime::now_utc()
        - tower_sessions::cookie::time::Duration::seconds(1);
    store.save(&record).await.unwrap();
    assert_eq!(auth::load_on(&mut conn, &record.id).await.unwrap(), None);
}

/// A request dropped at any point while its transaction opens (a client that goes
/// away) never leaves a connection in the pool inside a transaction: the lease rolls
/// back on its next turn or closes the connection when it goes.
#[sqlx::test]
async fn a_transaction_dropped_while_it_opens_leaves_no_connection_in_one(pool: PgPool) {
    use med_practice::server::db::{Actor, Db};

    let world = World::new(pool.clone());
    let user = world.user("Hana").await;
    let small = one_connection(&pool).await;
    let db = Db::from_pool(small.clone());
    let mut cut_short = 0;
    // Two kinds of cut: after a fixed number of polls (deterministic, so some attempts
    // are always cut at the first steps), and after a wall-clock time (reaching the
    // later steps, whatever the machine's load).
    let cuts = (1..40).map(Cut::Polls).chain(
        (0..3000)
            .step_by(25)
            .map(|micros| Cut::After(Duration::from_micros(micros))),
    );
    for cut in cuts {
        let lease = db.lease();
        match cut.run(lease.begin(Actor::User(user))).await {
            None => {
                cut_short += 1;
                // The same request goes on: its next transaction starts clean, as anon.
                let mut tx = lease.begin(Actor::Anon).await.unwrap();
                let (role, claim): (String, String) = sqlx::query_as(
                    "select current_user::text, current_setting('request.jwt.claim.sub', true)",
                )
                .fetch_one(&mut *tx)
                .await
                .unwrap();
                assert_eq!((role.as_str(), claim.as_str()), ("anon", ""));
                tx.commit().await.unwrap();
            }
            Some(tx) => drop(tx.unwrap()),
        }
        drop(lease);
        // A second cut: dropped mid-BEGIN and never used again.
        let lease = db.lease();
        if cut.run(lease.begin(Actor::User(user))).await.is_none() {
            cut_short += 1;
        }
        drop(lease);
        // Whatever came back to the pool is outside any transaction, as the server
        // itself sees it.
        let conn = small.acquire().await.unwrap();
        let in_tx = idle_in_transaction(&pool).await;
        assert_eq!(
            in_tx, 0,
            "a pooled connection was inside a transaction ({cut:?})"
        );
        drop(conn);
    }
    assert!(cut_short > 0, "no attempt was cut short");
}

/// A page's readers share one read-only transaction: the header's account and the
/// page's data, read as the same person, go on in the transaction the first reader
/// left open (two round trips fewer). A reader as someone else, a writer and the
/// server's own reads each start clean, a write in a reader's transaction is refused
/// by PostgreSQL, and the connection goes back to the pool outside any transaction.
#[sqlx::test]
async fn readers_as_the_same_person_share_one_read_only_transaction(pool: PgPool) {
    use med_practice::server::db::{Actor, Db};

    let world = World::new(pool.clone());
    let hana = world.user("Hana").await;
    let small = one_connection(&pool).await;
    let db = Db::from_pool(small.clone());
    // What a transaction is: its start (`now()` is fixed for a transaction), whether it
    // is read only, and who it acts as.
    const WHAT: &str = "select now()::text, current_setting('transaction_read_only'), \
                        current_user::text, current_setting('request.jwt.claim.sub', true)";
    type What = (String, String, String, String);
    let lease = db.lease();

    let mut first = lease.begin_read(Actor::User(hana)).await.unwrap();
    let a: What = sqlx::query_as(WHAT).fetch_one(&mut *first).await.unwrap();
    first.commit().await.unwrap();
    tokio::time::sleep(Duration::from_millis(5)).await;
    let mut second = lease.begin_read(Actor::User(hana)).await.unwrap();
    let b: What = sqlx::query_as(WHAT).fetch_one(&mut *second).await.unwrap();
    assert_eq!(
        a, b,
        "the second reader went on in the first one's transaction"
    );
    assert_eq!(
        (b.1.as_str(), b.2.as_str(), b.3.as_str()),
        ("on", "authenticated", hana.to_string().as_str())
    );
    // PostgreSQL refuses a write in it.
    let refused = sqlx::query("update public.profiles set first_name = 'Hanna' where user_id = $1")
        .bind(hana)
        .execute(&mut *second)
        .await
        .unwrap_err();
    assert!(
        refused.to_string().contains("read-only transaction"),
        "{refused}"
    );
    // Failed, it is not left open: the next reader starts afresh.
    drop(second);
    let mut third = lease.begin_read(Actor::User(hana)).await.unwrap();
    let c: What = sqlx::query_as(WHAT).fetch_one(&mut *third).await.unwrap();
    assert_ne!(a.0, c.0, "a failed reader's transaction was gone on with");
    third.commit().await.unwrap();

    // A reader as someone else starts its own, as them.
    tokio::time::sleep(Duration::from_millis(5)).await;
    let mut anon = lease.begin_read(Actor::Anon).await.unwrap();
    let d: What = sqlx::query_as(WHAT).fetch_one(&mut *anon).await.unwrap();
    assert_ne!(c.0, d.0);
    assert_eq!(
        (d.1.as_str(), d.2.as_str(), d.3.as_str()),
        ("on", "anon", "")
    );
    anon.commit().await.unwrap();

    // A writer after a reader: a transaction of its own that may write, and keeps it.
    let mut writer = lease.begin(Actor::User(hana)).await.unwrap();
    let e: What = sqlx::query_as(WHAT).fetch_one(&mut *writer).await.unwrap();
    assert_eq!((e.1.as_str(), e.2.as_str()), ("off", "authenticated"));
    writer.commit().await.unwrap();

    // The server's own read after a reader: outside any transaction, as the owner.
    let mut reader = lease.begin_read(Actor::User(hana)).await.unwrap();
    sqlx::query("select 1").execute(&mut *reader).await.unwrap();
    reader.commit().await.unwrap();
    {
        let mut owner = lease.as_owner().await.unwrap();
        let (role, read_only): (String, String) =
            sqlx::query_as("select current_user::text, current_setting('transaction_read_only')")
                .fetch_one(&mut *owner)
                .await
                .unwrap();
        assert_ne!(role, "authenticated", "the owner's read ran as the reader");
        assert_eq!(
            read_only, "off",
            "the owner's read ran in the reader's transaction"
        );
    }

    // A reader's transaction left open at the end of the request is rolled back as the
    // connection goes back to the pool.
    let mut last = lease.begin_read(Actor::User(hana)).await.unwrap();
    sqlx::query("select 1").execute(&mut *last).await.unwrap();
    last.commit().await.unwrap();
    drop(lease);
    let conn = small.acquire().await.unwrap();
    let in_tx = idle_in_transaction(&pool).await;
    assert_eq!(
        in_tx, 0,
        "the pooled connection was still in the reader's transaction"
    );
    drop(conn);
}

/// A pool of one connection on the test's database: a connection left inside a
/// transaction would be the next one handed out.
async fn one_connection(pool: &PgPool) -> PgPool {
    sqlx::postgres::PgPoolOptions::new()
        .max_connections(1)
        .connect_with((*pool.connect_options()).clone())
        .await
        .unwrap()
}

/// How many other connections to the test's database sit idle inside a transaction,
/// as the server itself sees them.
async fn idle_in_transaction(pool: &PgPool) -> i64 {
    let (count,): (i64,) = sqlx::query_as(
        "select count(*) from pg_stat_activity
         where datname = current_database() and pid <> pg_backend_pid()
           and state like 'idle in transaction%'",
    )
    .fetch_one(pool)
    .await
    .unwrap();
    count
}

/// Where a test drops a future before it finishes.
#[derive(Clone, Copy, Debug)]
enum Cut {
    /// After this many polls, yielding to the runtime between them.
    Polls(usize),
    /// After this long.
    After(Duration),
}

impl Cut {
    /// Runs `fut` until the cut; `None` when it was dropped unfinished.
    async fn run<F: std::future::Future>(self, fut: F) -> Option<F::Output> {
        match self {
            Cut::After(limit) => tokio::time::timeout(limit, fut).await.ok(),
            Cut::Polls(polls) => {
                let mut fut = std::pin::pin!(fut);
                for _ in 0..polls {
                    if let std::task::Poll::Ready(out) = futures::poll!(fut.as_mut()) {
                        return Some(out);
                    }
                    tokio::task::yield_now().await;
                }
                None
            }
        }
    }
}
