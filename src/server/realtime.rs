//! Realtime fan-out: each instance follows PostgreSQL's change log through one LISTEN
//! connection and streams every change to the browsers allowed to see its row, as
//! server-sent events on `GET /realtime` (the host's `stream` handler).
//!
//! The log, not the NOTIFY, is the source of truth: a NOTIFY only wakes the follower,
//! which reads the log in sequence order. A sequence number is taken inside the writing
//! transaction, so numbers can commit out of order; the follower never passes a missing
//! number until every transaction that could still hold it has ended (see
//! [`Follower::catch_up`]). That is what makes "resume after `seq`" exact.

use sqlx::postgres::{PgListener, PgPool};
use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::Arc;
use std::sync::{Mutex, OnceLock};
use std::time::Duration;
use tokio::sync::{broadcast, watch};
use uuid::Uuid;

use crate::model::{LiveChange, LiveEntity, LiveMessage, LiveOp};

/// The channel the change-log trigger notifies.
pub const CHANNEL: &str = "realtime_changes";
/// The LISTEN connection's `application_name`, so operators (and tests) can find it.
pub const LISTENER_NAME: &str = "med-practice realtime";
/// How many changes a slow browser may fall behind before it is told to refetch.
const FAN_OUT_CAPACITY: usize = 4096;
/// Rows read from the log per query.
const BATCH: i64 = 1000;
/// How long the log keeps changes for browsers that reconnect; older gaps refetch.
pub const RETENTION: Duration = Duration::from_secs(60 * 60);
/// Without a NOTIFY, the follower still reads the log this often (a safety net)...
const POLL: Duration = Duration::from_secs(1);
/// ...and this often while it waits for a transaction holding a missing number.
const GAP_POLL: Duration = Duration::from_millis(50);
const PRUNE_EVERY: Duration = Duration::from_secs(60);
/// A stream that sent nothing for a whole interval is pinged at its end: it still tells
/// the browser where it is, and keeps proxies from closing it.
const PING_EVERY: Duration = Duration::from_secs(20);
/// The most changes a reconnecting browser is sent to catch up; past this it is told to
/// read everything again (Resync), which costs one page load, not a long replay.
pub const BACKLOG_MAX: i64 = 500;

/// One committed change, with who may see it (never sent as is).
#[derive(Debug, Clone)]
pub struct Change {
    pub seq: i64,
    entity: String,
    op: String,
    room_id: Uuid,
    round_id: Option<Uuid>,
    fields: Vec<String>,
    public: bool,
    participants: Vec<Uuid>,
}

impl Change {
    /// The change as `viewer` is told of it, or `None` when they may not see the row.
    pub fn for_viewer(&self, viewer: Option<Uuid>) -> Option<LiveChange> {
        let mine = viewer.is_some_and(|id| self.participants.contains(&id));
        if !(mine || self.public && self.entity == "room") {
            return None;
        }
        Some(LiveChange {
            seq: self.seq,
            entity: if self.entity == "round" {
                LiveEntity::Round
            } else {
                LiveEntity::Room
            },
            op: match self.op.as_str() {
                "insert" => LiveOp::Insert,
                "delete" => LiveOp::Delete,
                _ => LiveOp::Update,
            },
            room: self.room_id,
            round: self.round_id,
            fields: self.fields.clone(),
            mine,
        })
    }
}

/// A message ready for the wire: its position and its JSON.
#[derive(Debug, Clone)]
pub struct Outgoing {
    pub seq: i64,
    pub json: Arc<str>,
}

impl Outgoing {
    pub fn of(message: &LiveMessage) -> Self {
        Self {
            seq: message.seq(),
            // Plain numbers, ids, strings and unit variants: serialising cannot fail.
            json: serde_json::to_string(message)
                .expect("a live message serialises")
                .into(),
        }
    }
}

/// A change as it is fanned out to every stream on this instance. Each stream is told
/// one of two things (the change, as one of its room's people or as anyone else), so
/// each is serialised once, by the first stream that needs it, not once per stream.
#[derive(Debug)]
pub struct SharedChange {
    change: Change,
    /// Indexed by `mine`.
    views: [OnceLock<Option<Outgoing>>; 2],
}

impl SharedChange {
    fn new(change: Change) -> Self {
        Self {
            change,
            views: [OnceLock::new(), OnceLock::new()],
        }
    }

    pub fn seq(&self) -> i64 {
        self.change.seq
    }

    /// The change as `viewer` is told of it, serialised, or `None` when they may not
    /// see the row.
    pub fn message_for(&self, viewer: Option<Uuid>) -> Option<Outgoing> {
        let mine = viewer.is_some_and(|id| self.change.participants.contains(&id));
        self.views[usize::from(mine)]
            .get_or_init(|| {
                self.change
                    .for_viewer(viewer)
                    .map(|change| Outgoing::of(&LiveMessage::Change(change)))
            })
            .clone()
    }
}

/// What the fan-out carries: each change, then, at shutdown, the word to end.
#[derive(Debug, Clone)]
pub enum Fanned {
    Change(Arc<SharedChange>),
    /// The server is shutting down: end the stream. Carried on the fan-out itself, so a
    /// stream waits on one thing, not on a second channel re-armed after every change.
    Closing,
}

/// This instance's view of the change log: the last number it has passed on, and the
/// fan-out every open stream subscribes to.
#[derive(Clone)]
pub struct Hub {
    inner: Arc<Inner>,
}

struct Inner {
    pool: PgPool,
    last: AtomicI64,
    fan_out: broadcast::Sender<Fanned>,
    closing: watch::Sender<bool>,
    /// How often an idle stream is pinged, and its session checked again.
    ping_every: Duration,
    /// Open streams per client address bucket, on this instance (each instance guards
    /// its own sockets).
    streams: Mutex<HashMap<IpAddr, usize>>,
}

/// Where a reconnecting browser stands.
pub enum Backlog {
    /// Nothing missed (or it is ahead of this instance, which will catch up).
    UpToDate,
    /// These changes, in order; then live from `until`.
    Missed { changes: Vec<Change>, until: i64 },
    /// What it missed is no longer in the log (or its number is not ours): refetch.
    Lost,
}

impl Hub {
    /// Starts following the log from its current end, in a background task.
    pub async fn start(pool: PgPool) -> Result<Self, sqlx::Error> {
        Self::start_with(pool, PING_EVERY).await
    }

    /// [`Hub::start`] with another ping interval (tests).
    pub async fn start_with(pool: PgPool, ping_every: Duration) -> Result<Self, sqlx::Error> {
        let end = sqlx::query_scalar!("select max(seq) from realtime.changes")
            .fetch_one(&pool)
            .await?;
        let (fan_out, _) = broadcast::channel(FAN_OUT_CAPACITY);
        let (closing, _) = watch::channel(false);
        let hub = Hub {
            inner: Arc::new(Inner {
                pool,
                last: AtomicI64::new(end.unwrap_or(0)),
                fan_out,
                closing,
                ping_every,
                streams: Mutex::new(HashMap::new()),
            }),
        };
        tokio::spawn(Follower::new(hub.clone()).run());
        Ok(hub)
    }

    /// Every change up to this number has been passed on (or never committed).
    pub fn last(&self) -> i64 {
        self.inner.last.load(Ordering::Acquire)
    }

    pub fn subscribe(&self) -> broadcast::Receiver<Fanned> {
        self.inner.fan_out.subscribe()
    }

    /// Ends every open stream, so a graceful shutdown is not held open by browsers.
    pub fn close(&self) {
        // First the flag (streams opened from now on see it), then the word to the open
        // ones: no stream misses both.
        self.inner.closing.send_replace(true);
        let _ = self.inner.fan_out.send(Fanned::Closing);
    }

    /// Takes one of `limit` stream slots of `address`, or None when all are in use.
    /// A stream with no known address shares one bucket with every such stream.
    pub fn take_slot(&self, address: Option<IpAddr>, limit: usize) -> Option<StreamSlot> {
        let key = address.unwrap_or(IpAddr::V6(std::net::Ipv6Addr::UNSPECIFIED));
        let mut streams = self.inner.streams.lock().unwrap_or_else(|e| e.into_inner());
        let open = streams.entry(key).or_insert(0);
        if *open >= limit {
            return None;
        }
        *open += 1;
        Some(StreamSlot {
            hub: self.clone(),
            key,
        })
    }

    /// What a browser that has seen everything up to `after` missed.
    pub async fn backlog(&self, after: i64) -> Result<Backlog, sqlx::Error> {
        let until = self.last();
        if after >= until {
            let end = sqlx::query_scalar!("select max(seq) from realtime.changes")
                .fetch_one(&self.inner.pool)
                .await?;
            // Ahead of this instance but not of the log: another instance served it.
            return Ok(if after <= end.unwrap_or(0).max(until) {
                Backlog::UpToDate
            } else {
                Backlog::Lost
            });
        }
        let oldest = sqlx::query_scalar!("select min(seq) from realtime.changes")
            .fetch_one(&self.inner.pool)
            .await?;
        if oldest.is_none_or(|oldest| after + 1 < oldest) {
            return Ok(Backlog::Lost);
        }
        let changes = sqlx::query_as!(
            Change,
            "select seq, entity, op, room_id, round_id, fields, public, participants
               from realtime.changes
              where seq > $1 and seq <= $2 order by seq limit $3",
            after,
            until,
            BACKLOG_MAX + 1,
        )
        .fetch_all(&self.inner.pool)
        .await?;
        if changes.len() as i64 > BACKLOG_MAX {
            return Ok(Backlog::Lost);
        }
        Ok(Backlog::Missed { changes, until })
    }
}

/// Deletes changes older than `age`, always keeping the newest so a reconnecting
/// browser can tell "nothing happened" from "too old". Idempotent: every instance runs it.
pub async fn prune(pool: &PgPool, age: Duration) -> Result<u64, sqlx::Error> {
    let done = sqlx::query!(
        "delete from realtime.changes
          where changed_at < now() - make_interval(secs => $1)
            and seq < (select max(seq) from realtime.changes)",
        age.as_secs_f64(),
    )
    .execute(pool)
    .await?;
    Ok(done.rows_affected())
}

/// The background task behind a [`Hub`].
struct Follower {
    hub: Hub,
    /// A number is missing after `last`: the snapshot in which it was first seen
    /// missing. Its holder was in progress then; once every transaction in progress
    /// then has ended, the number is either visible or never will be.
    gap: Option<(i64, String)>,
    last_prune: tokio::time::Instant,
}

impl Follower {
    fn new(hub: Hub) -> Self {
        Self {
            hub,
            gap: None,
            last_prune: tokio::time::Instant::now(),
        }
    }

    fn pool(&self) -> &PgPool {
        &self.hub.inner.pool
    }

    async fn run(mut self) {
        let mut closing = self.hub.inner.closing.subscribe();
        let mut failures = 0u32;
        loop {
            if *closing.borrow() {
                return;
            }
            let mut listener = match self.listen().await {
                Ok(listener) => {
                    failures = 0;
                    listener
                }
                Err(err) => {
                    failures += 1;
                    let wait = backoff(failures);
                    tracing::warn!(error = %err, ?wait, "realtime: cannot LISTEN; retrying");
                    tokio::time::sleep(wait).await;
                    continue;
                }
            };
            // Whatever committed while nobody was listening.
            self.step().await;
            loop {
                let wait = if self.gap.is_some() { GAP_POLL } else { POLL };
                tokio::select! {
                    received = listener.try_recv() => match received {
                        Ok(Some(_)) => {
                            while listener.next_buffered().is_some() {}
                            self.step().await;
                        }
                        Ok(None) => {
                            tracing::warn!("realtime: the LISTEN connection was lost; reconnecting");
                            break;
                        }
                        Err(err) => {
                            tracing::warn!(error = %err, "realtime: LISTEN failed; reconnecting");
                            break;
                        }
                    },
                    _ = tokio::time::sleep(wait) => self.step().await,
                    _ = closing.changed() => return,
                }
            }
            failures += 1;
            tokio::time::sleep(backoff(failures)).await;
        }
    }

    async fn listen(&self) -> Result<PgListener, sqlx::Error> {
        let mut listener = PgListener::connect_with(self.pool()).await?;
        sqlx::query!(
            "select set_config('application_name', $1, false)",
            LISTENER_NAME
        )
        .fetch_one(&mut listener)
        .await?;
        listener.listen(CHANNEL).await?;
        Ok(listener)
    }

    /// Catches up, and prunes the log now and then; errors are logged and retried on
    /// the next wake-up.
    async fn step(&mut self) {
        if let Err(err) = self.catch_up().await {
            tracing::warn!(error = %err, "realtime: cannot read the change log");
        }
        if self.last_prune.elapsed() >= PRUNE_EVERY {
            self.last_prune = tokio::time::Instant::now();
            match prune(self.pool(), RETENTION).await {
                Ok(0) => {}
                Ok(pruned) => tracing::debug!(pruned, "realtime: pruned the change log"),
                Err(err) => tracing::warn!(error = %err, "realtime: cannot prune the change log"),
            }
        }
    }

    /// Passes on every committed change after `last`, in order, stopping at a missing
    /// number until it is settled.
    async fn catch_up(&mut self) -> Result<(), sqlx::Error> {
        loop {
            let last = self.hub.last();
            let (rows, snapshot) = self.read_after(last).await?;
            let mut gap = false;
            for (expected, change) in (last + 1..).zip(&rows) {
                if change.seq != expected {
                    gap = true;
                    break;
                }
                self.pass_on(change.clone());
            }
            if !gap {
                self.gap = None;
                if (rows.len() as i64) < BATCH {
                    return Ok(());
                }
                continue;
            }
            let last = self.hub.last();
            match &self.gap {
                Some((at, _)) if *at == last => {}
                _ => self.gap = Some((last, snapshot)),
            }
            let Some((_, seen)) = &self.gap else {
                return Ok(());
            };
            // The snapshot goes as text (no Rust type for pg_snapshot), cast by the SQL.
            let settled = sqlx::query_scalar!(
                r#"select not exists (
                     select 1 from pg_snapshot_xip($1::pg_snapshot) as x
                      where pg_xact_status(x) = 'in progress') as "settled!""#,
                seen as _
            )
            .fetch_one(self.pool())
            .await?;
            if !settled {
                return Ok(());
            }
            // Every possible holder has ended: the numbers still missing were rolled back.
            let first =
                sqlx::query_scalar!("select min(seq) from realtime.changes where seq > $1", last)
                    .fetch_one(self.pool())
                    .await?;
            self.gap = None;
            if let Some(first) = first {
                self.hub.inner.last.store(first - 1, Ordering::Release);
            }
        }
    }

    async fn read_after(&self, last: i64) -> Result<(Vec<Change>, String), sqlx::Error> {
        let mut tx = self.pool().begin().await?;
        // Rows and snapshot from one statement's view, so "missing here" means "not
        // committed in this snapshot".
        // Run-time: transaction control, nothing to check against the schema.
        sqlx::query("set transaction isolation level repeatable read, read only")
            .execute(&mut *tx)
            .await?;
        let snapshot = sqlx::query_scalar!(r#"select pg_current_snapshot()::text as "snapshot!""#)
            .fetch_one(&mut *tx)
            .await?;
        let rows = sqlx::query_as!(
            Change,
            "select seq, entity, op, room_id, round_id, fields, public, participants
               from realtime.changes
              where seq > $1 order by seq limit $2",
            last,
            BATCH,
        )
        .fetch_all(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok((rows, snapshot))
    }

    fn pass_on(&self, change: Change) {
        let seq = change.seq;
        // No receivers is fine: nobody is watching on this instance.
        let _ = self
            .hub
            .inner
            .fan_out
            .send(Fanned::Change(Arc::new(SharedChange::new(change))));
        self.hub.inner.last.store(seq, Ordering::Release);
    }
}

/// 0.1 s, doubling, at most 10 s.
fn backoff(failures: u32) -> Duration {
    Duration::from_millis(100u64.saturating_mul(1 << failures.min(7))).min(Duration::from_secs(10))
}

/// One open stream's share of its address's limit, given back when the stream ends.
pub struct StreamSlot {
    hub: Hub,
    key: IpAddr,
}

impl Drop for StreamSlot {
    fn drop(&mut self) {
        let mut streams = self
            .hub
            .inner
            .streams
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(open) = streams.get_mut(&self.key) {
            *open = open.saturating_sub(1);
            if *open == 0 {
                streams.remove(&self.key);
            }
        }
    }
}

/// How a signed-in stream learns whom its sign-in session names now (the host reads its
/// session store): the user, None once signed out, or why it could not tell.
pub type SessionCheck = Box<
    dyn Fn() -> futures::future::BoxFuture<'static, Result<Option<Uuid>, String>> + Send + Sync,
>;

/// One browser's stream: what it missed first, then live changes it may see.
pub struct Subscriber {
    hub: Hub,
    viewer: Option<Uuid>,
    identity: Option<SessionCheck>,
    _slot: Option<StreamSlot>,
    receiver: broadcast::Receiver<Fanned>,
    /// The server was already shutting down when this stream opened.
    closed: bool,
    /// Every change up to here has been sent or filtered out.
    after: i64,
    queue: VecDeque<LiveMessage>,
    ping: tokio::time::Interval,
    /// Something went out since the last ping tick, so the next tick sends no ping.
    /// (Cheaper than resetting the ping's timer on every change: with thousands of
    /// streams, that reset is a lock on the timer wheel per stream per change.)
    sent_lately: bool,
    /// The session check's own clock: a busy stream, never idle long enough to be
    /// pinged, is checked as often as an idle one.
    check: tokio::time::Interval,
}

impl Subscriber {
    pub async fn open(
        hub: Hub,
        viewer: Option<Uuid>,
        since: Option<i64>,
    ) -> Result<Self, sqlx::Error> {
        // Subscribe before reading the backlog, so no change falls between the two.
        let receiver = hub.subscribe();
        let closed = *hub.inner.closing.borrow();
        let mut queue = VecDeque::new();
        let after = match since {
            None => {
                let now = hub.last();
                queue.push_back(LiveMessage::Ready { seq: now });
                now
            }
            Some(since) => match hub.backlog(since).await? {
                Backlog::UpToDate => {
                    let at = since.max(hub.last());
                    queue.push_back(LiveMessage::Ready { seq: at });
                    since
                }
                Backlog::Missed { changes, until } => {
                    queue.extend(
                        changes
                            .iter()
                            .filter_map(|c| c.for_viewer(viewer))
                            .map(LiveMessage::Change),
                    );
                    queue.push_back(LiveMessage::Ready { seq: until });
                    until
                }
                Backlog::Lost => {
                    let now = hub.last();
                    queue.push_back(LiveMessage::Resync { seq: now });
                    now
                }
            },
        };
        let mut ping = tokio::time::interval(hub.inner.ping_every);
        ping.reset();
        let mut check = tokio::time::interval(hub.inner.ping_every);
        check.reset();
        Ok(Self {
            hub,
            viewer,
            identity: None,
            _slot: None,
            receiver,
            closed,
            after,
            queue,
            ping,
            sent_lately: false,
            check,
        })
    }

    /// Checks, every ping interval (busy or not), that the session still names this
    /// stream's viewer.
    pub fn with_identity(mut self, identity: Option<SessionCheck>) -> Self {
        self.identity = identity;
        self
    }

    pub fn with_slot(mut self, slot: StreamSlot) -> Self {
        self._slot = Some(slot);
        self
    }

    /// Whether the stream may go on: its session still names its viewer.
    async fn still_the_viewer(&self) -> bool {
        let Some(check) = &self.identity else {
            return true;
        };
        match check().await {
            Ok(user) => user == self.viewer,
            Err(error) => {
                // Unknown is not "still signed in": end it, and the browser reconnects.
                tracing::warn!(%error, "realtime: could not check a stream's session");
                false
            }
        }
    }

    /// The next message for this browser, ready to send; `None` when the stream ends
    /// (the server shuts down, or the session it was opened with has changed).
    pub async fn next(&mut self) -> Option<Outgoing> {
        if self.closed {
            return None;
        }
        loop {
            if let Some(message) = self.queue.pop_front() {
                return Some(Outgoing::of(&message));
            }
            // Biased: the fan-out first, and no random draw per wake-up.
            tokio::select! {
                biased;
                received = self.receiver.recv() => match received {
                    Ok(Fanned::Closing) => {
                        self.closed = true;
                        return None;
                    }
                    Ok(Fanned::Change(change)) => {
                        if change.seq() <= self.after {
                            continue;
                        }
                        self.after = change.seq();
                        if let Some(message) = change.message_for(self.viewer) {
                            self.sent_lately = true;
                            return Some(message);
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(missed)) => {
                        tracing::debug!(missed, "realtime: a stream fell behind; it will refetch");
                        self.after = self.after.max(self.hub.last());
                        return Some(Outgoing::of(&LiveMessage::Resync { seq: self.after }));
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                },
                _ = self.ping.tick() => {
                    if !std::mem::take(&mut self.sent_lately) {
                        return Some(Outgoing::of(&LiveMessage::Ping { seq: self.after }));
                    }
                }
                // Only a signed-in stream has a session to check.
                _ = self.check.tick(), if self.identity.is_some() => {
                    if !self.still_the_viewer().await {
                        return None;
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(public: bool, entity: &str, participants: Vec<Uuid>) -> Change {
        Change {
            seq: 7,
            entity: entity.into(),
            op: "update".into(),
            room_id: Uuid::new_v4(),
            round_id: (entity == "round").then(Uuid::new_v4),
            fields: vec!["guest_id".into()],
            public,
            participants,
        }
    }

    #[test]
    fn strangers_see_public_rooms_only() {
        let host = Uuid::new_v4();
        let stranger = Uuid::new_v4();
        let public = change(true, "room", vec![host]);
        let private = change(false, "room", vec![host]);
        assert_eq!(public.for_viewer(None).map(|c| c.mine), Some(false));
        assert_eq!(
            public.for_viewer(Some(stranger)).map(|c| c.mine),
            Some(false)
        );
        assert_eq!(private.for_viewer(None), None);
        assert_eq!(private.for_viewer(Some(stranger)), None);
        assert_eq!(private.for_viewer(Some(host)).map(|c| c.mine), Some(true));
    }

    #[test]
    fn rounds_reach_their_participants_only() {
        let guest = Uuid::new_v4();
        // Even a (wrongly) public round never reaches a stranger.
        let round = change(true, "round", vec![guest]);
        assert_eq!(round.for_viewer(None), None);
        assert_eq!(round.for_viewer(Some(Uuid::new_v4())), None);
        let seen = round.for_viewer(Some(guest)).unwrap();
        assert_eq!(seen.entity, LiveEntity::Round);
        assert!(seen.round.is_some());
    }

    #[test]
    fn a_fanned_change_is_serialised_once_per_view() {
        let host = Uuid::new_v4();
        let shared = SharedChange::new(change(true, "room", vec![host]));
        let anyone = shared.message_for(None).unwrap();
        let stranger = shared.message_for(Some(Uuid::new_v4())).unwrap();
        let own = shared.message_for(Some(host)).unwrap();
        // Everyone outside the room shares one text; the host gets their own.
        assert!(Arc::ptr_eq(&anyone.json, &stranger.json));
        assert!(!Arc::ptr_eq(&anyone.json, &own.json));
        for (message, mine) in [(&anyone, false), (&own, true)] {
            assert_eq!(message.seq, 7);
            let parsed: LiveMessage = serde_json::from_str(&message.json).unwrap();
            assert_eq!(
                parsed,
                LiveMessage::Change(shared.change.for_viewer(mine.then_some(host)).unwrap())
            );
        }
        // A private room's change is cached as "not for you" for strangers, too.
        let private = SharedChange::new(change(false, "room", vec![host]));
        assert!(private.message_for(None).is_none());
        assert!(private.message_for(Some(Uuid::new_v4())).is_none());
        assert!(private.message_for(Some(host)).is_some());
    }

    #[test]
    fn backoff_doubles_and_caps() {
        assert_eq!(backoff(1), Duration::from_millis(200));
        assert_eq!(backoff(3), Duration::from_millis(800));
        assert_eq!(backoff(30), Duration::from_secs(10));
    }
}
