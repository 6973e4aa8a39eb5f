//! The database access path. Every request-time query runs inside a transaction opened
//! here as `anon` or as `authenticated` carrying the user's claim, so PostgreSQL's
//! row-level security decides what each person may read and write.

use sqlx::postgres::{PgPool, PgPoolOptions};
use sqlx::{PgConnection, Postgres, Transaction};
use std::time::Duration;
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

/// One request's transaction, as the actor who is part of its type: core functions
/// that word things for "me" read who that is here, never from a loose argument.
/// Commit it to keep its writes; dropping it rolls back.
pub struct RequestTx {
    tx: Transaction<'static, Postgres>,
    actor: Actor,
}

impl RequestTx {
    /// Keeps the transaction's writes.
    pub async fn commit(self) -> Result<(), sqlx::Error> {
        self.tx.commit().await
    }

    /// Undoes them (as dropping it does, but waiting until it is done).
    pub async fn rollback(self) -> Result<(), sqlx::Error> {
        self.tx.rollback().await
    }
}

impl std::ops::Deref for RequestTx {
    type Target = PgConnection;

    fn deref(&self) -> &PgConnection {
        &self.tx
    }
}

impl std::ops::DerefMut for RequestTx {
    fn deref_mut(&mut self) -> &mut PgConnection {
        &mut self.tx
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

    /// Opens the transaction for one request as `actor`. Role and claim are set with
    /// `is_local = true` (as `SET LOCAL`), so they end with the transaction and never
    /// leak to the next user of the pooled connection.
    pub async fn begin(&self, actor: Actor) -> Result<RequestTx, AppError> {
        let (role, claim) = match actor {
            Actor::Anon => ("anon", String::new()),
            Actor::User(id) => ("authenticated", id.to_string()),
        };
        // sqlx's `begin` is not cancel-safe: a future dropped between sending BEGIN and
        // reading its answer (a client that goes away mid-request) leaves the pooled
        // connection inside a transaction sqlx does not know of, as this request's role,
        // and the next borrower runs in it. So BEGIN runs in a task of its own, which
        // finishes even when the request is dropped, then drops the transaction as
        // sqlx expects (rolled back before the connection is reused). The settings go
        // in a statement of their own inside the transaction sqlx knows of, so a
        // failure there is rolled back too. (One statement, `begin_with("begin; select
        // set_config(…)")`, would save a round trip, but sqlx 0.8.6 counts the
        // transaction only once that statement succeeds: were the settings to fail,
        // the connection would go back to the pool in an aborted transaction nobody
        // rolls back.)
        let pool = self.pool.clone();
        let tx = tokio::spawn(async move {
            let mut tx = pool.begin().await?;
            sqlx::query(
                "select set_config('role', $1, true), set_config('request.jwt.claim.sub', $2, true)",
            )
            .bind(role)
            .bind(claim)
            .execute(&mut *tx)
            .await?;
            Ok::<_, sqlx::Error>(tx)
        })
        .await
        .map_err(|error| {
            tracing::error!(%error, "the task opening a transaction failed");
            AppError::Internal
        })??;
        Ok(RequestTx { tx, actor })
    }

    /// Opens the transaction for one request as the signed-in `user`.
    pub async fn begin_user(&self, user: Uuid) -> Result<UserTx, AppError> {
        let tx = self.begin(Actor::User(user)).await?;
        Ok(UserTx { tx, user })
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
