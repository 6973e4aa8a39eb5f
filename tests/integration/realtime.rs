//! Realtime through the app's own stream (`GET /realtime`), as browsers receive it:
//! who is told of what, resuming after a gap, commits that land out of order, a lost
//! LISTEN connection, and two server instances sharing one database.

use chrono::{Duration as Days, Utc};
use eventsource_stream::Eventsource;
use futures::stream::BoxStream;
use futures::StreamExt;
use reqwest::Client;
use sqlx::PgPool;
use std::time::Duration;
use uuid::Uuid;

use crate::common::app::TestApp;
use crate::common::{user, Bind, World};
use med_practice::model::{LiveChange, LiveEntity, LiveMessage, LiveOp};
use med_practice::server::realtime::{self, LISTENER_NAME};

/// One browser's open stream.
struct Live {
    events: BoxStream<'static, LiveMessage>,
}

const WAIT: Duration = Duration::from_secs(10);

impl Live {
    async fn open(app: &TestApp, browser: &Client, since: Option<i64>) -> Self {
        let url = match since {
            Some(seq) => app.url(&format!("/realtime?since={seq}")),
            None => app.url("/realtime"),
        };
        let response = browser.get(url).send().await.unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(
            response.headers()["content-type"],
            "text/event-stream",
            "a server-sent event stream"
        );
        let events = response
            .bytes_stream()
            .eventsource()
            .map(|event| {
                let event = event.expect("a well-formed event");
                let message: LiveMessage = serde_json::from_str(&event.data).unwrap();
                assert_eq!(
                    event.id,
                    message.seq().to_string(),
                    "ids carry the position"
                );
                message
            })
            .boxed();
        Self { events }
    }

    async fn next(&mut self) -> LiveMessage {
        tokio::time::timeout(WAIT, self.events.next())
            .await
            .expect("a message in time")
            .expect("the stream stays open")
    }

    /// The position a fresh stream starts from.
    async fn ready(&mut self) -> i64 {
        match self.next().await {
            LiveMessage::Ready { seq } => seq,
            other => panic!("expected ready, got {other:?}"),
        }
    }

    async fn change(&mut self) -> LiveChange {
        loop {
            match self.next().await {
                LiveMessage::Change(change) => return change,
                LiveMessage::Ping { .. } => continue,
                other => panic!("expected a change, got {other:?}"),
            }
        }
    }

    /// Nothing but pings for `quiet`.
    async fn silent_for(&mut self, quiet: Duration) {
        let deadline = tokio::time::Instant::now() + quiet;
        while let Ok(next) = tokio::time::timeout_at(deadline, self.events.next()).await {
            match next {
                Some(LiveMessage::Ping { .. }) => continue,
                other => panic!("expected silence, got {other:?}"),
            }
        }
    }
}

fn in_days(days: i64) -> chrono::DateTime<Utc> {
    Utc::now() + Days::days(days)
}

async fn move_room(world: &World, host: Uuid, room: Uuid, days: i64) {
    world
        .exec_as(
            user(host),
            "update public.practice_rooms set datetime_utc = $1 where id = $2",
            &[Bind::Time(in_days(days)), Bind::Uuid(room)],
        )
        .await
        .expect("the host moves the room");
}

async fn join(world: &World, guest: Uuid, room: Uuid) {
    let n = world
        .exec_as(
            user(guest),
            "update public.practice_rooms set guest_id = $1 where id = $2",
            &[Bind::Uuid(guest), Bind::Uuid(room)],
        )
        .await
        .expect("the guest joins");
    assert_eq!(n, 1);
}

fn assert_change(change: &LiveChange, room: Uuid, op: LiveOp, mine: bool) {
    assert_eq!(
        (change.entity, change.room, change.op, change.mine),
        (LiveEntity::Room, room, op, mine),
        "{change:?}"
    );
}

#[sqlx::test]
async fn each_browser_hears_only_of_rows_it_may_see(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (host_browser, host) = app.trainee("Ola", "Europe/London").await;
    let (guest_browser, guest) = app.trainee("Gus", "Europe/London").await;
    let (stranger_browser, _) = app.trainee("Hana", "Europe/London").await;
    let anon_browser = app.browser();

    let mut host_live = Live::open(&app, &host_browser, None).await;
    let mut guest_live = Live::open(&app, &guest_browser, None).await;
    let mut stranger_live = Live::open(&app, &stranger_browser, None).await;
    let mut anon_live = Live::open(&app, &anon_browser, None).await;
    for live in [
        &mut host_live,
        &mut guest_live,
        &mut stranger_live,
        &mut anon_live,
    ] {
        live.ready().await;
    }

    // A private room: created, joined by its link holder, moved, then a public marker.
    let private = world.room(host, 48, true).await;
    let () = app
        .ok(
            &guest_browser,
            "join_by_link",
            &[("room_url", &private.room_url)],
        )
        .await;
    move_room(&world, host, private.id, 3).await;
    let public = world.room(host, 100, false).await;

    // The host hears all of it, as their own.
    let created = host_live.change().await;
    assert_change(&created, private.id, LiveOp::Insert, true);
    assert!(created.fields.contains(&"private".to_string()));
    let seat = host_live.change().await;
    assert_change(&seat, private.id, LiveOp::Update, true);
    assert_eq!(seat.fields, ["guest_id"], "only the seat changed");
    let moved = host_live.change().await;
    assert_eq!(moved.fields, ["calendar_sequence", "datetime_utc"]);
    assert_change(&host_live.change().await, public.id, LiveOp::Insert, true);

    // The guest from the moment they hold the seat (the insert was not theirs to see).
    assert_change(&guest_live.change().await, private.id, LiveOp::Update, true);
    assert_change(&guest_live.change().await, private.id, LiveOp::Update, true);
    assert_change(&guest_live.change().await, public.id, LiveOp::Insert, false);

    // A stranger and an anonymous visitor: the public room is the first thing they hear.
    for live in [&mut stranger_live, &mut anon_live] {
        assert_change(&live.change().await, public.id, LiveOp::Insert, false);
    }

    // The guest is removed: they hear it (they could see the row before), a stranger not.
    world
        .exec_as(
            user(host),
            "update public.practice_rooms set guest_id = null where id = $1",
            &[Bind::Uuid(private.id)],
        )
        .await
        .unwrap();
    world
        .exec_as(
            user(host),
            "update public.practice_rooms set type = 'Communication' where id = $1",
            &[Bind::Uuid(public.id)],
        )
        .await
        .unwrap();
    let removed = guest_live.change().await;
    assert_change(&removed, private.id, LiveOp::Update, true);
    assert_eq!(removed.fields, ["guest_id"]);
    assert_change(&guest_live.change().await, public.id, LiveOp::Update, false);
    for live in [&mut stranger_live, &mut anon_live] {
        assert_change(&live.change().await, public.id, LiveOp::Update, false);
    }

    // Rounds reach the room's people only, never anyone else, even for a public room.
    join(&world, guest, public.id).await;
    let case: (Uuid,) = sqlx::query_as(
        "insert into public.case_briefs (category, condition, case_name, case_name_internal, domain, candidate_brief, actor_brief)
         values ('Cardiology', 'Angina', 'Chest pain', 'angina-1', 'Clinical', 'See the patient.', 'You have chest pain.')
         returning id",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    // A round, written as the server's own work (clients go through start_round()).
    let (round,): (Uuid,) = sqlx::query_as(
        "insert into public.practice_rounds (room_id, round_number, candidate_id, case_briefs_id)
         values ($1, 1, $2, $3) returning id",
    )
    .bind(public.id)
    .bind(guest)
    .bind(case.0)
    .fetch_one(&pool)
    .await
    .unwrap();
    world
        .exec_as(
            user(host),
            "update public.practice_rooms set type = 'Clinical' where id = $1",
            &[Bind::Uuid(public.id)],
        )
        .await
        .unwrap();
    assert_change(&guest_live.change().await, public.id, LiveOp::Update, true);
    let heard = guest_live.change().await;
    assert_eq!(
        (heard.entity, heard.op, heard.round, heard.room),
        (LiveEntity::Round, LiveOp::Insert, Some(round), public.id)
    );
    for live in [&mut stranger_live, &mut anon_live] {
        // The seat, then the type: the round in between never arrives.
        assert_change(&live.change().await, public.id, LiveOp::Update, false);
        let next = live.change().await;
        assert_eq!(next.entity, LiveEntity::Room, "a stranger heard of a round");
        assert_eq!(next.fields, ["type"]);
    }
    stranger_live.silent_for(Duration::from_millis(300)).await;
}

#[sqlx::test]
async fn a_reconnecting_browser_gets_what_it_missed_or_is_told_to_refetch(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (browser, me) = app.trainee("Ola", "Europe/London").await;
    let (_, other) = app.trainee("Gus", "Europe/London").await;

    let mut live = Live::open(&app, &browser, None).await;
    let start = live.ready().await;
    drop(live);

    // While it is away: a room of someone else's, my own, and a change to mine.
    let theirs = world.room(other, 24, false).await;
    let secret = world.room(other, 30, true).await;
    let mine = world.room(me, 48, false).await;
    move_room(&world, me, mine.id, 4).await;
    // Wait until the server has passed them on (the stream starts from its position).
    let mut probe = Live::open(&app, &app.browser(), None).await;
    while probe.ready().await < start + 4 {
        probe = Live::open(&app, &app.browser(), None).await;
    }

    let mut live = Live::open(&app, &browser, Some(start)).await;
    assert_change(&live.change().await, theirs.id, LiveOp::Insert, false);
    assert_change(&live.change().await, mine.id, LiveOp::Insert, true);
    assert_change(&live.change().await, mine.id, LiveOp::Update, true);
    let end = live.ready().await;
    assert_eq!(
        end,
        start + 4,
        "the private room {} was skipped, not lost",
        secret.id
    );
    // And it carries on live.
    let next = world.room(other, 50, false).await;
    assert_change(&live.change().await, next.id, LiveOp::Insert, false);

    // Up to date: nothing to replay.
    let mut again = Live::open(&app, &browser, Some(end + 1)).await;
    assert_eq!(again.ready().await, end + 1);

    // A position from the future (another database, a forged one): refetch.
    let mut forged = Live::open(&app, &browser, Some(end + 1_000)).await;
    assert!(matches!(forged.next().await, LiveMessage::Resync { seq } if seq == end + 1));

    // Pruned past the position: refetch, then live from the server's position.
    let pruned = realtime::prune(&pool, Duration::ZERO).await.unwrap();
    assert_eq!(pruned, 4, "everything but the newest change");
    let mut stale = Live::open(&app, &browser, Some(start)).await;
    assert!(matches!(stale.next().await, LiveMessage::Resync { seq } if seq == end + 1));
    let last = world.room(other, 60, false).await;
    assert_change(&stale.change().await, last.id, LiveOp::Insert, false);

    // A bad position is a clear 400, not a stream.
    let response = browser
        .get(app.url("/realtime?since=yesterday"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 400);
}

#[sqlx::test]
async fn changes_that_commit_out_of_order_arrive_in_order_and_none_is_skipped(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (browser, host) = app.trainee("Ola", "Europe/London").await;
    // Two hosts: one person's bookings are serialised by a lock of their own.
    let (_, other) = app.trainee("Gus", "Europe/London").await;
    let first = world.room(host, 24, false).await;
    let second = world.room(other, 30, false).await;
    let mut live = Live::open(&app, &browser, None).await;
    // Both inserts may still be on their way: read until we are past them.
    let mut at = live.ready().await;
    while at < 2 {
        at = live.change().await.seq;
    }

    // The earlier number is held by a transaction that has not committed yet...
    let mut slow = world.as_user(host).await;
    sqlx::query("update public.practice_rooms set datetime_utc = $1 where id = $2")
        .bind(in_days(5))
        .bind(first.id)
        .execute(&mut *slow)
        .await
        .unwrap();
    // ...when a later one commits.
    move_room(&world, other, second.id, 6).await;
    // The later change waits for the earlier number to settle.
    live.silent_for(Duration::from_millis(400)).await;
    slow.commit().await.unwrap();
    let a = live.change().await;
    let b = live.change().await;
    assert_eq!((a.room, b.room), (first.id, second.id));
    assert_eq!(b.seq, a.seq + 1);

    // A number whose transaction rolls back is passed over once it has.
    let mut doomed = world.as_user(host).await;
    sqlx::query("update public.practice_rooms set datetime_utc = $1 where id = $2")
        .bind(in_days(7))
        .bind(first.id)
        .execute(&mut *doomed)
        .await
        .unwrap();
    move_room(&world, other, second.id, 8).await;
    live.silent_for(Duration::from_millis(300)).await;
    doomed.rollback().await.unwrap();
    let c = live.change().await;
    assert_eq!(c.room, second.id);
    assert_eq!(c.seq, b.seq + 2, "the rolled-back number is skipped");

    // A browser that resumes from before these sees the same order.
    let mut resumed = Live::open(&app, &browser, Some(a.seq - 1)).await;
    let replay: Vec<i64> = vec![
        resumed.change().await.seq,
        resumed.change().await.seq,
        resumed.change().await.seq,
    ];
    assert_eq!(replay, [a.seq, b.seq, c.seq]);
}

#[sqlx::test]
async fn two_instances_deliver_each_others_changes(pool: PgPool) {
    let one = TestApp::spawn(pool.clone()).await;
    let two = TestApp::spawn(pool.clone()).await;
    let (host_browser, _) = one.trainee("Ola", "Europe/London").await;
    let guest_browser = two.browser_in("America/New_York");
    let response = two.sign_up(&guest_browser, "gus@example.test").await;
    assert!(response.status().is_success() || response.status().is_redirection());
    let (guest,): (Uuid,) =
        sqlx::query_as("select id from auth.users where email = 'gus@example.test'")
            .fetch_one(&pool)
            .await
            .unwrap();
    World::new(pool.clone()).profile(guest, "Gus", "fy1").await;

    // Each browser on its own instance.
    let mut host_live = Live::open(&one, &host_browser, None).await;
    let mut guest_live = Live::open(&two, &guest_browser, None).await;
    host_live.ready().await;
    guest_live.ready().await;

    // The host schedules through instance one; the guest's instance two hears it...
    let date = (Utc::now() + Days::days(3)).format("%Y-%m-%d").to_string();
    let _: String = one
        .ok(
            &host_browser,
            "schedule_session",
            &[
                ("date", &date),
                ("time", "10:00"),
                ("room_type", "Clinical"),
            ],
        )
        .await;
    let heard = guest_live.change().await;
    assert_eq!(heard.op, LiveOp::Insert);
    // ...and the guest joins through instance two; the host's instance one hears that.
    let _: String = two
        .ok(
            &guest_browser,
            "join_session",
            &[("room", &heard.room.to_string())],
        )
        .await;
    let mine = host_live.change().await;
    assert_change(&mine, heard.room, LiveOp::Insert, true);
    let joined = host_live.change().await;
    assert_change(&joined, heard.room, LiveOp::Update, true);
    assert_eq!(joined.fields, ["guest_id"]);
    assert_change(&guest_live.change().await, heard.room, LiveOp::Update, true);
}

#[sqlx::test]
async fn a_lost_listen_connection_loses_no_change(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (browser, host) = app.trainee("Ola", "Europe/London").await;
    let mut live = Live::open(&app, &browser, None).await;
    let start = live.ready().await;

    for round in 0..3 {
        let (killed,): (i64,) = sqlx::query_as(
            "select count(*) from (select pg_terminate_backend(pid) from pg_stat_activity
              where application_name = $1 and datname = current_database()) t",
        )
        .bind(LISTENER_NAME)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(
            killed, 1,
            "round {round}: one LISTEN connection per instance"
        );
        // Changes while it is down arrive once it is back, in order, none missing.
        let mut rooms = Vec::new();
        for i in 0..5 {
            let hours = 24 + 3 * (5 * round + i);
            rooms.push(world.room(host, hours, false).await.id);
        }
        for (i, room) in rooms.iter().enumerate() {
            let change = live.change().await;
            assert_eq!(change.room, *room);
            assert_eq!(change.seq, start + 5 * round + i as i64 + 1);
        }
    }
}

#[sqlx::test]
async fn the_change_log_is_closed_to_clients(pool: PgPool) {
    let world = World::new(pool.clone());
    let host = world.user("Ola").await;
    world.room(host, 24, false).await;
    for actor in [med_practice::server::db::Actor::Anon, user(host)] {
        let read = world
            .exec_as(actor, "select 1 from realtime.changes", &[])
            .await;
        assert!(read.is_err(), "{actor:?} read the change log");
        let write = world
            .exec_as(
                actor,
                "select realtime.record('room', 'insert', gen_random_uuid(), null, '{}', true, '{}')",
                &[],
            )
            .await;
        assert!(write.is_err(), "{actor:?} wrote to the change log");
    }
    let (n,): (i64,) = sqlx::query_as("select count(*) from realtime.changes")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(n, 1);
}

/// The stream's end: None once the server has closed it.
async fn ended(live: &mut Live, within: Duration) -> bool {
    let deadline = tokio::time::Instant::now() + within;
    loop {
        match tokio::time::timeout_at(deadline, live.events.next()).await {
            Ok(None) => return true,
            Ok(Some(LiveMessage::Ping { .. })) => continue,
            Ok(Some(other)) => panic!("expected the stream to end, got {other:?}"),
            Err(_) => return false,
        }
    }
}

#[sqlx::test]
async fn a_stream_ends_when_its_session_signs_out_or_changes_hands(pool: PgPool) {
    let app = TestApp::spawn_pinging(pool.clone(), Duration::from_millis(300)).await;
    let world = World::new(pool.clone());
    let (browser, host) = app.trainee("Ola", "Europe/London").await;
    let mut live = Live::open(&app, &browser, None).await;
    live.ready().await;
    // Signed in, it stays open through its pings and hears of its own private session.
    live.silent_for(Duration::from_millis(700)).await;
    let private = world.room(host, 24, true).await;
    assert_eq!(live.change().await.room, private.id);

    // Signed out in the same browser: the stream ends at its next ping, and hears
    // nothing more of that person's sessions (before, it went on as Ola).
    let response = app.call(&browser, "sign_out", &[]).await;
    assert!(response.status().is_success() || response.status().is_redirection());
    assert!(
        ended(&mut live, Duration::from_secs(3)).await,
        "the stream ends after sign-out"
    );

    // Another user signing in in the same tab (a new session id): the same.
    let (other, _) = app.trainee("Gus", "Europe/London").await;
    let mut live = Live::open(&app, &other, None).await;
    live.ready().await;
    let response = app
        .sign_in(&other, "ola@example.test", crate::common::app::PASSWORD)
        .await;
    assert!(response.status().is_success() || response.status().is_redirection());
    assert!(
        ended(&mut live, Duration::from_secs(3)).await,
        "the stream ends when the user changes"
    );
}

#[sqlx::test]
async fn a_long_backlog_is_a_resync_not_a_replay(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (browser, host) = app.trainee("Ola", "Europe/London").await;
    let mut live = Live::open(&app, &browser, None).await;
    let start = live.ready().await;
    // More changes than a reconnecting browser is sent one by one, while it is away.
    let room = world.room(host, 24, true).await;
    sqlx::query(&format!(
        "do $$ begin for i in 0..{} loop
           update public.practice_rooms
              set type = case when type = 'Clinical' then 'Communication' else 'Clinical' end
            where id = '{}';
         end loop; end $$",
        realtime::BACKLOG_MAX,
        room.id
    ))
    .execute(&pool)
    .await
    .unwrap();
    // Once this instance has followed the log to its end (the open stream has seen the
    // last change), a browser resuming from before them all is told to resync.
    let (last,): (i64,) = sqlx::query_as("select max(seq) from realtime.changes")
        .fetch_one(&pool)
        .await
        .unwrap();
    while live.change().await.seq < last {}
    drop(live);
    let mut live = Live::open(&app, &browser, Some(start)).await;
    match live.next().await {
        LiveMessage::Resync { seq } => assert!(seq > start),
        other => panic!("expected a resync, got {other:?}"),
    }
}

#[sqlx::test]
async fn streams_per_address_are_capped(pool: PgPool) {
    let app = TestApp::spawn_configured(pool, &[("STREAMS_PER_ADDRESS", "3")]).await;
    let browser = app.browser();
    let mut open = Vec::new();
    for _ in 0..3 {
        let mut live = Live::open(&app, &browser, None).await;
        live.ready().await;
        open.push(live);
    }
    let refused = browser.get(app.url("/realtime")).send().await.unwrap();
    assert_eq!(refused.status(), 429);
    // A closed stream gives its slot back.
    drop(open.pop());
    let mut again = None;
    for _ in 0..50 {
        let response = browser.get(app.url("/realtime")).send().await.unwrap();
        if response.status() == 200 {
            again = Some(response);
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(again.is_some(), "a slot comes back when a stream closes");
}

#[sqlx::test]
async fn a_shutdown_ends_every_stream(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let browser = app.browser();
    let mut open = Live::open(&app, &browser, None).await;
    open.ready().await;
    // What a graceful shutdown does first, so open streams do not hold it forever.
    app.realtime.close();
    let end = tokio::time::timeout(WAIT, open.events.next()).await;
    assert!(matches!(end, Ok(None)), "the open stream ends, got {end:?}");
    // A stream opened while shutting down ends at once.
    let mut late = Live::open(&app, &browser, None).await;
    let end = tokio::time::timeout(WAIT, late.events.next()).await;
    assert!(matches!(end, Ok(None)), "a late stream ends, got {end:?}");
}
