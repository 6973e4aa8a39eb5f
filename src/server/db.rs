//! The database access path. Every request-time query runs inside a transaction opened
//! here as `anon` or as `authenticated` carrying the user's claim, so PostgreSQL's
//! row-level security decides what each person may read and write.

use sqlx::pool::PoolConnection;
use sqlx::postgres::{PgPool, PgPoolOptions, PgTransactionManager};
use sqlx::{PgConnection, Postgres, TransactionManager};
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::{Mutex, OnceCell, OwnedMutexGuard};
use uuid::Uuid;

use super::config::Config;
use crate::error::AppError;

/// Who a request acts for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Actor {
    /// Nobody is signed in.
    Anon,
    /// A signed-in user, by `auth.users.id`.
    User(Uuid),
}

impl Actor {
    pub fn user_id(self) -> Option<Uuid> {
        match self {
            Actor::Anon => None,
            Actor::User(id) => Some(id),
        }
    }
}

/// A request's hold on one pooled connection: everything the request reads and writes
/// (its sign-in record, the header's account, the page's data) goes through it, one
/// transaction after another, so a page costs one checkout from the pool. The
/// connection is taken the first time it is needed and goes back when the last clone
/// of the lease is dropped, at the end of the request.
///
/// Transactions on it take turns: a second one waits until the first is committed or
/// dropped. One transaction must not open another on the same lease while it is open;
/// such a wait would never end, so it gives up after [`LEASE_WAIT`] with an error.
#[derive(Clone)]
pub struct Lease {
    pool: PgPool,
    held: Arc<OnceCell<Arc<Mutex<Held>>>>,
}

/// How long a transaction waits for its turn on a request's connection (as long as a
/// checkout may wait for the pool).
pub const LEASE_WAIT: Duration = Duration::from_secs(5);

struct Held {
    conn: PoolConnection<Postgres>,
    /// Set before BEGIN is sent and cleared once sqlx counts the transaction: while
    /// set, the server may be in a transaction sqlx does not know of (a request dropped
    /// mid-BEGIN, or settings that failed), so the next turn rolls back first and a
    /// connection still unsure at the end is closed rather than pooled.
    unsure: bool,
    /// A read-only transaction a reader finished and left open, as this actor, for the
    /// next reader acting as the same actor to go on in ([`Lease::begin_read`]): a page's
    /// header and its data are then read in one transaction, not two (two round trips
    /// fewer). Anything else ends it first; at the end of the request it is rolled back
    /// with the connection's return to the pool.
    reading: Option<Actor>,
}

impl Drop for Held {
    fn drop(&mut self) {
        if self.unsure {
            self.conn.close_on_drop();
        } else if self.reading.is_some() {
            // Read only: nothing to keep. The ROLLBACK goes out as the pool takes the
            // connection back, after the response.
            PgTransactionManager::start_rollback(&mut self.conn);
        }
    }
}

impl Lease {
    pub fn new(pool: PgPool) -> Self {
        Self {
            pool,
            held: Arc::default(),
        }
    }

    /// This lease's connection, once it is this caller's turn, settled: outside any
    /// transaction, or, for a reader acting as `reading`, in the read-only transaction
    /// a reader as the same actor left open (then the flag is true).
    async fn turn(
        &self,
        reading: Option<Actor>,
    ) -> Result<(OwnedMutexGuard<Held>, bool), AppError> {
        let held = self
            .held
            .get_or_try_init(|| async {
                let conn = self.pool.acquire().await?;
                Ok::<_, sqlx::Error>(Arc::new(Mutex::new(Held {
                    conn,
                    unsure: false,
                    reading: None,
                })))
            })
            .await?
            .clone();
        let Ok(mut held) = tokio::time::timeout(LEASE_WAIT, held.lock_owned()).await else {
            tracing::error!("a transaction waited too long for its request's connection");
            return Err(AppError::Internal);
        };
        if held.unsure {
            // Run-time: transaction control, nothing to check against the schema.
            sqlx::query("rollback").execute(&mut *held.conn).await?;
            held.unsure = false;
        }
        if let Some(open) = held.reading.take() {
            if reading == Some(open) {
                return Ok((held, true));
            }
            held.unsure = true;
            PgTransactionManager::rollback(&mut held.conn).await?;
            held.unsure = false;
        }
        Ok((held, false))
    }

    /// The connection as the server itself (the tables' owner), outside any
    /// transaction, for the server's own reads on a request's behalf: its sign-in
    /// record. Never for work done as the user.
    pub async fn as_owner(&self) -> Result<OwnerTurn, AppError> {
        Ok(OwnerTurn(self.turn(None).await?.0))
    }

    /// Opens a transaction on this lease as `actor`. Role and claim are set with
    /// `is_local = true` (as `SET LOCAL`), so they end with the transaction and never
    /// leak to the next transaction on the connection.
    pub async fn begin(&self, actor: Actor) -> Result<RequestTx, AppError> {
        let (held, _) = self.turn(None).await?;
        Self::open(held, actor, false).await
    }

    /// A read-only transaction as `actor` (PostgreSQL refuses any write in it), for a
    /// page's reads: committing it leaves it open for the request's next reader acting
    /// as the same actor, which goes on in it instead of opening another (see `Held`).
    pub async fn begin_read(&self, actor: Actor) -> Result<RequestTx, AppError> {
        match self.turn(Some(actor)).await? {
            (held, true) => Ok(RequestTx {
                held,
                actor,
                read: true,
                left_open: false,
            }),
            (held, false) => Self::open(held, actor, true).await,
        }
    }

    async fn open(
        mut held: OwnedMutexGuard<Held>,
        actor: Actor,
        read: bool,
    ) -> Result<RequestTx, AppError> {
        // BEGIN and the settings go as one statement (one round trip). The values are
        // written into it, as a parameter cannot be in a multi-statement query: the
        // role is one of two literals and the claim a UUID's own digits and hyphens.
        let (role, claim) = match actor {
            Actor::Anon => ("anon", String::new()),
            Actor::User(id) => ("authenticated", id.hyphenated().to_string()),
        };
        let mode = if read { " read only" } else { "" };
        let statement = format!(
            "begin{mode}; select set_config('role', '{role}', true), \
             set_config('request.jwt.claim.sub', '{claim}', true)"
        );
        // sqlx counts the transaction only once the whole statement has succeeded: a
        // request dropped before then, or settings that fail, leave the connection
        // marked unsure (see `Held`).
        held.unsure = true;
        PgTransactionManager::begin(&mut held.conn, Some(statement.into())).await?;
        held.unsure = false;
        Ok(RequestTx {
            held,
            actor,
            read,
            left_open: false,
        })
    }
}

/// A request's connection as the tables' owner, outside any transaction
/// ([`Lease::as_owner`]).
pub struct OwnerTurn(OwnedMutexGuard<Held>);

impl std::ops::Deref for OwnerTurn {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        &self.0.conn
    }
}

impl std::ops::DerefMut for OwnerTurn {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.0.conn
    }
}

/// One request's transaction, as the actor who is part of its type: core functions
/// that word things for "me" read who that is here, never from a loose argument.
/// Commit it to keep its writes; dropping it rolls back (the ROLLBACK goes out with
/// the connection's next statement, or when it returns to the pool).
pub struct RequestTx {
    held: OwnedMutexGuard<Held>,
    actor: Actor,
    /// Read only ([`Lease::begin_read`]).
    read: bool,
    /// Committed as a reader: left open for the next one.
    left_open: bool,
}

impl RequestTx {
    /// Keeps the transaction's writes; a read-only one is left open for the request's
    /// next reader acting as the same actor (it has nothing to keep).
    pub async fn commit(mut self) -> Result<(), sqlx::Error> {
        if self.read {
            self.held.reading = Some(self.actor);
            self.left_open = true;
            return Ok(());
        }
        PgTransactionManager::commit(&mut self.held.conn).await
    }

    /// Undoes them (as dropping it does, but waiting until it is done).
    pub async fn rollback(mut self) -> Result<(), sqlx::Error> {
        PgTransactionManager::rollback(&mut self.held.conn).await
    }
}

impl Drop for RequestTx {
    fn drop(&mut self) {
        // A no-op once committed or rolled back: sqlx no longer counts it.
        if !self.left_open {
            PgTransactionManager::start_rollback(&mut self.held.conn);
        }
    }
}

impl std::ops::Deref for RequestTx {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        &self.held.conn
    }
}

impl std::ops::DerefMut for RequestTx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.held.conn
    }
}

impl Lease {
    /// Opens a transaction on this lease as the signed-in `user`.
    pub async fn begin_user(&self, user: Uuid) -> Result<UserTx, AppError> {
        let tx = self.begin(Actor::User(user)).await?;
        Ok(UserTx { tx, user })
    }

    /// [`Lease::begin_read`] as the signed-in `user`.
    pub async fn begin_user_read(&self, user: Uuid) -> Result<UserTx, AppError> {
        let tx = self.begin_read(Actor::User(user)).await?;
        Ok(UserTx { tx, user })
    }
}

/// A request's transaction acting as one signed-in user, who is part of its type. A
/// core function that acts "as me" takes this instead of a connection and a loose id,
/// so the user it acts for is always the one the database's claim names.
pub struct UserTx {
    tx: RequestTx,
    user: Uuid,
}

impl UserTx {
    /// The user the transaction acts as (`auth.uid()` inside it).
    pub fn user(&self) -> Uuid {
        self.user
    }

    /// Keeps the transaction's writes.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    /// Undoes them (as dropping it does, but waiting until it is done).
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl std::ops::Deref for UserTx {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for UserTx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
    }
}

/// A transaction that knows who it acts for: a request's, or a signed-in user's. Core
/// functions that word things for the viewer take one of these and ask it.
pub trait Acting: std::ops::DerefMut<Target = PgConnection> + Send {
    fn actor(&self) -> Actor;
}

impl Acting for RequestTx {
    /// Who the transaction acts for (`auth.uid()` inside it, or nobody).
    fn actor(&self) -> Actor {
        self.actor
    }
}

impl Acting for UserTx {
    fn actor(&self) -> Actor {
        Actor::User(self.user)
    }
}

#[derive(Clone)]
pub struct Db {
    pool: PgPool,
}

impl Db {
    pub async fn connect(config: &Config) -> Result<Self, sqlx::Error> {
        let pool = PgPoolOptions::new()
            .max_connections(config.database_max_connections)
            .acquire_timeout(Duration::from_secs(5))
            // No ping before each checkout: it doubled the round trips of a short
            // request (sqlx still pings on release, flushing any rollback). A connection
            // that died idle fails its next query, which the request reports, and the
            // pool replaces it.
            .test_before_acquire(false)
            .connect(&config.database_url)
            .await?;
        Ok(Self { pool })
    }

    pub fn from_pool(pool: PgPool) -> Self {
        Self { pool }
    }

    /// A connection for one request's transactions, taken when first needed.
    pub fn lease(&self) -> Lease {
        Lease::new(self.pool.clone())
    }

    /// Opens a transaction as `actor` on a connection of its own (see [`Lease::begin`]).
    pub async fn begin(&self, actor: Actor) -> Result<RequestTx, AppError> {
        self.lease().begin(actor).await
    }

    /// Opens the transaction for one request as the signed-in `user`.
    pub async fn begin_user(&self, user: Uuid) -> Result<UserTx, AppError> {
        self.lease().begin_user(user).await
    }

    /// The pool as the tables' owner, for the server's own work only: migrations, demo
    /// data, accounts, the assessor. Never for work done on a user's behalf.
    pub fn owner(&self) -> &PgPool {
        &self.pool
    }

    pub async fn migrate(&self) -> Result<(), sqlx::migrate::MigrateError> {
        sqlx::migrate!("./migrations").run(&self.pool).await
    }
}
