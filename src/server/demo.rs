//! Demo data for a new installation: trainees with profiles (one an admin) and
//! upcoming public and private sessions, so the first screen is not empty. The case
//! library ships in the migrations, so every database has it, demo or not. Runs as the
//! owner, and only on a database without accounts.

use chrono::{DateTime, Duration, DurationRound, Utc};
use sqlx::PgPool;
use uuid::Uuid;

use super::passwords;

/// Every demo account signs in with this password.
pub const DEMO_PASSWORD: &str = "practise-stations-2026";

#[derive(Debug, thiserror::Error)]
pub enum DemoError {
    #[error("the database already has {0} account(s); demo data goes only into an empty database")]
    NotEmpty(i64),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    #[error("could not hash the demo password")]
    Hash,
}

pub struct DemoUser {
    pub email: &'static str,
    pub first_name: &'static str,
    pub last_name: &'static str,
    pub training_level: &'static str,
    pub is_admin: bool,
}

pub const USERS: [DemoUser; 6] = [
    DemoUser {
        email: "amara.okafor@demo.medpractice.test",
        first_name: "Amara",
        last_name: "Okafor",
        training_level: "fy2",
        is_admin: false,
    },
    DemoUser {
        email: "tom.hughes@demo.medpractice.test",
        first_name: "Tom",
        last_name: "Hughes",
        training_level: "img_plab",
        is_admin: false,
    },
    DemoUser {
        email: "priya.raman@demo.medpractice.test",
        first_name: "Priya",
        last_name: "Raman",
        training_level: "student_y5",
        is_admin: false,
    },
    DemoUser {
        email: "james.oconnor@demo.medpractice.test",
        first_name: "James",
        last_name: "O'Connor",
        training_level: "gp_trainee",
        is_admin: false,
    },
    DemoUser {
        email: "sofia.marques@demo.medpractice.test",
        first_name: "Sofia",
        last_name: "Marques",
        training_level: "ct_st",
        is_admin: false,
    },
    DemoUser {
        email: "admin@demo.medpractice.test",
        first_name: "Morgan",
        last_name: "Lee",
        training_level: "other",
        is_admin: true,
    },
];

/// Fills an empty database with demo data; refuses if any account exists.
pub async fn seed(pool: &PgPool) -> Result<SeedSummary, DemoError> {
    let mut tx = pool.begin().await?;
    // One seeder at a time, and none while another process is adding accounts.
    sqlx::query("lock table auth.users in exclusive mode")
        .execute(&mut *tx)
        .await?;
    let (existing,): (i64,) = sqlx::query_as("select count(*) from auth.users")
        .fetch_one(&mut *tx)
        .await?;
    if existing > 0 {
        return Err(DemoError::NotEmpty(existing));
    }

    let mut ids = Vec::with_capacity(USERS.len());
    for user in &USERS {
        let hash = passwords::hash(DEMO_PASSWORD.to_string())
            .await
            .map_err(|_| DemoError::Hash)?;
        let (id,): (Uuid,) = sqlx::query_as(
            "insert into auth.users (email, password_hash, is_admin) values ($1, $2, $3) returning id",
        )
        .bind(user.email)
        .bind(hash)
        .bind(user.is_admin)
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query(
            "insert into public.profiles (user_id, first_name, last_name, training_level) values ($1, $2, $3, $4)",
        )
        .bind(id)
        .bind(user.first_name)
        .bind(user.last_name)
        .bind(user.training_level)
        .execute(&mut *tx)
        .await?;
        ids.push(id);
    }

    let rooms = demo_rooms(Utc::now(), &ids);
    for room in &rooms {
        sqlx::query(
            "insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, private, stage)
             values ($1, $2, $3, $4, $5, $6)",
        )
        .bind(room.host)
        .bind(room.guest)
        .bind(room.at)
        .bind(room.room_type)
        .bind(room.private)
        .bind(room.stage)
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(SeedSummary {
        users: ids.len(),
        rooms: rooms.len(),
    })
}

#[derive(Debug, PartialEq, Eq)]
pub struct SeedSummary {
    pub users: usize,
    pub rooms: usize,
}

struct DemoRoom {
    host: Uuid,
    guest: Option<Uuid>,
    at: DateTime<Utc>,
    room_type: &'static str,
    private: bool,
    stage: i16,
}

/// Sessions over the coming fortnight on the hour, some already joined, two private,
/// and one finished yesterday for history.
fn demo_rooms(now: DateTime<Utc>, users: &[Uuid]) -> Vec<DemoRoom> {
    let next_hour = now.duration_trunc(Duration::hours(1)).unwrap_or(now) + Duration::hours(1);
    // (host, guest, hours from the next full hour, type, private)
    let plan: [(usize, Option<usize>, i64, &str, bool); 10] = [
        (0, None, 2, "Clinical", false),
        (1, None, 20, "Communication", false),
        (2, Some(3), 26, "Clinical", false),
        (3, None, 44, "Communication", false),
        (4, None, 50, "Clinical", false),
        (0, Some(1), 70, "Communication", false),
        (1, None, 93, "Clinical", true),
        (2, None, 118, "Communication", false),
        (4, Some(2), 140, "Clinical", true),
        (3, None, 190, "Clinical", false),
    ];
    let mut rooms: Vec<DemoRoom> = plan
        .iter()
        .map(|&(host, guest, hours, room_type, private)| DemoRoom {
            host: users[host],
            guest: guest.map(|g| users[g]),
            at: next_hour + Duration::hours(hours),
            room_type,
            private,
            stage: 1,
        })
        .collect();
    rooms.push(DemoRoom {
        host: users[0],
        guest: Some(users[4]),
        at: next_hour - Duration::hours(26),
        room_type: "Communication",
        private: false,
        stage: 3,
    });
    rooms
}
