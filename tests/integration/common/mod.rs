//! Test fixtures: accounts, profiles and rooms made the way the app makes them, and the
//! whole app on a loopback port.

pub mod app;
pub mod smtp;

use chrono::{DateTime, Duration, Utc};
use med_practice::error::AppError;
use med_practice::server::db::{Actor, Db, RequestTx, UserTx};
use sqlx::PgPool;
use uuid::Uuid;

pub struct World {
    pub db: Db,
}

impl World {
    pub fn new(pool: PgPool) -> Self {
        Self {
            db: Db::from_pool(pool),
        }
    }

    pub async fn anon(&self) -> RequestTx {
        self.db.begin(Actor::Anon).await.expect("begin as anon")
    }

    /// A transaction as `id`, who is part of its type (as the app's own are).
    pub async fn as_user(&self, id: Uuid) -> UserTx {
        self.db.begin_user(id).await.expect("begin as user")
    }

    /// An account (server work, as at sign-up) without a profile, its address confirmed.
    pub async fn account(&self, email: &str, is_admin: bool) -> Uuid {
        let (id,): (Uuid,) = sqlx::query_as(
            "insert into auth.users (email, password_hash, is_admin, email_verified_at)
             values ($1, 'not-a-real-hash', $2, now()) returning id",
        )
        .bind(email)
        .bind(is_admin)
        .fetch_one(self.db.owner())
        .await
        .expect("insert account");
        id
    }

    /// An account with a profile, the profile written by the user themselves.
    pub async fn user(&self, first_name: &str) -> Uuid {
        self.user_with(first_name, false).await
    }

    pub async fn admin(&self, first_name: &str) -> Uuid {
        self.user_with(first_name, true).await
    }

    async fn user_with(&self, first_name: &str, is_admin: bool) -> Uuid {
        let id = self
            .account(
                &format!("{}@example.test", first_name.to_lowercase()),
                is_admin,
            )
            .await;
        self.profile(id, first_name, "fy1").await;
        id
    }

    /// The profile `id` writes for themselves: `first_name` Tester, at `level`.
    pub async fn profile(&self, id: Uuid, first_name: &str, level: &str) {
        let mut tx = self.as_user(id).await;
        sqlx::query(
            "insert into public.profiles (first_name, last_name, training_level) values ($1, 'Tester', $2)",
        )
        .bind(first_name)
        .bind(level)
        .execute(&mut *tx)
        .await
        .expect("insert own profile");
        tx.commit().await.unwrap();
    }

    /// A room scheduled by `host` through the access path, `hours` from now.
    pub async fn room(&self, host: Uuid, hours: i64, private: bool) -> Room {
        let at = Utc::now() + Duration::hours(hours);
        let mut tx = self.as_user(host).await;
        let (id, room_url): (Uuid, String) = sqlx::query_as(
            "insert into public.practice_rooms (host_id, datetime_utc, type, private)
             values ($1, $2, 'Clinical', $3) returning id, room_url",
        )
        .bind(host)
        .bind(at)
        .bind(private)
        .fetch_one(&mut *tx)
        .await
        .expect("host schedules a room");
        tx.commit().await.unwrap();
        Room { id, room_url }
    }

    /// Server work: set columns no user could, to stage a situation.
    pub async fn owner_exec(&self, sql: &str, room: Uuid) {
        sqlx::query(sql)
            .bind(room)
            .execute(self.db.owner())
            .await
            .expect("owner statement");
    }

    /// Runs one statement as `actor` in its own transaction (committed on success) and
    /// returns the affected row count or the mapped app error.
    pub async fn exec_as(
        &self,
        actor: Actor,
        sql: &str,
        binds: &[Bind<'_>],
    ) -> Result<u64, AppError> {
        let mut tx = self.db.begin(actor).await?;
        let mut query = sqlx::query(sql);
        for bind in binds {
            query = match bind {
                Bind::Uuid(v) => query.bind(*v),
                Bind::Text(v) => query.bind(*v),
                Bind::Time(v) => query.bind(*v),
                Bind::Int(v) => query.bind(*v),
                Bind::Json(v) => query.bind(v.clone()),
            };
        }
        let n = query.execute(&mut *tx).await?.rows_affected();
        tx.commit().await?;
        Ok(n)
    }

    /// Counts rows `actor` can see with `sql` (a `select count(*) ...`).
    pub async fn count_as(&self, actor: Actor, sql: &str, bind: Uuid) -> Result<i64, AppError> {
        let mut tx = self.db.begin(actor).await?;
        let (n,): (i64,) = sqlx::query_as(sql).bind(bind).fetch_one(&mut *tx).await?;
        Ok(n)
    }
}

pub enum Bind<'a> {
    Uuid(Uuid),
    Text(&'a str),
    Time(DateTime<Utc>),
    Int(i16),
    Json(serde_json::Value),
}

pub struct Room {
    pub id: Uuid,
    pub room_url: String,
}

pub fn user(id: Uuid) -> Actor {
    Actor::User(id)
}

/// The first page of the board as `tx`'s actor sees it (times in UTC).
pub async fn board(
    tx: &mut impl med_practice::server::db::Acting,
    filter: &med_practice::server::rooms::BoardFilter,
    limit: i64,
) -> Vec<med_practice::model::BoardRoom> {
    med_practice::server::rooms::board(
        tx,
        filter,
        med_practice::server::rooms::Page::First,
        limit,
        chrono_tz::UTC,
    )
    .await
    .expect("read the board")
    .sessions
}
