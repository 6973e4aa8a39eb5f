//! Demo data for a new installation: trainees with profiles, a few case briefs, and
//! upcoming public and private sessions, so the first screen is not empty. Runs as the
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

struct DemoCase {
    category: &'static str,
    condition: &'static str,
    case_name: &'static str,
    case_name_internal: &'static str,
    domain: &'static str,
    candidate_brief: &'static str,
    actor_brief: &'static str,
}

const CASES: [DemoCase; 4] = [
    DemoCase {
        category: "Cardiology",
        condition: "Acute coronary syndrome",
        case_name: "Chest pain in the emergency department",
        case_name_internal: "DEMO-CARD-01 ACS history",
        domain: "Clinical",
        candidate_brief: "You are the FY2 doctor in the emergency department. Mr David Clarke, 58, has come in with chest pain that started an hour ago. Take a focused history, tell him what you think is happening and what happens next. You have 8 minutes.",
        actor_brief: "You are David Clarke, 58, a lorry driver. Opening line: \"I've had this tight pain in my chest, doc, it won't go away.\" The pain began an hour ago while loading the van: central, heavy, spreading to the left arm and jaw, 8 out of 10, with sweating and nausea. You smoke 20 a day and have high blood pressure but stopped your ramipril months ago. Your father died of a heart attack at 60. Only if asked: you had milder episodes on exertion over the past fortnight that settled with rest. Ideas: indigestion. Concern: losing your driving licence. Expectation: something for the heartburn and home. Be anxious, a little dismissive, and calm down if the doctor is clear and kind.",
    },
    DemoCase {
        category: "Respiratory",
        condition: "Asthma review",
        case_name: "Breathless at night",
        case_name_internal: "DEMO-RESP-01 poorly controlled asthma",
        domain: "Clinical",
        candidate_brief: "You are a GP trainee. Ms Hannah Price, 24, has asthma and has booked because she is waking at night with a cough and wheeze. Take a history, assess her control and agree a plan. You have 10 minutes.",
        actor_brief: "You are Hannah Price, 24, a nursery teacher. Opening line: \"My asthma's been playing up and I'm fed up of waking at 3am.\" For six weeks you have woken three nights a week coughing and wheezy and use your blue inhaler most days. You rarely take the brown preventer because you feel fine in the morning. Only if asked: you adopted a cat two months ago; you vape occasionally. Ideas: the weather. Concern: steroids will make you gain weight. Expectation: a stronger blue inhaler. Be friendly and open to a plan if your worry about weight is addressed.",
    },
    DemoCase {
        category: "Oncology",
        condition: "Breaking bad news: lung cancer",
        case_name: "Results of a chest scan",
        case_name_internal: "DEMO-COMM-01 BBN lung mass",
        domain: "Communication",
        candidate_brief: "You are the respiratory FY2. Mrs Margaret Evans, 67, had a CT scan of her chest after a persistent cough. It shows a 4 cm mass in the right lung with enlarged lymph nodes, highly suspicious of cancer; a biopsy is booked. She has come for the result. Explain it to her. You have 8 minutes.",
        actor_brief: "You are Margaret Evans, 67, a retired school secretary, here alone. Opening line: \"I've been dreading this. Is it good news?\" You have had a cough for three months and lost half a stone. Your husband died two years ago; you live alone with your dog. Only if asked: you smoked for 40 years and stopped five years ago, and feel guilty about it. Ideas: you fear it is cancer. Concern: who will look after the dog if you go into hospital. Expectation: to be told straight. When told, go quiet, then ask \"Is it cancer?\" and \"How long have I got?\" Cry briefly. Respond well to silence, honesty and a clear plan.",
    },
    DemoCase {
        category: "Endocrinology",
        condition: "New diagnosis of type 2 diabetes",
        case_name: "Explaining a blood test result",
        case_name_internal: "DEMO-COMM-02 T2DM explanation",
        domain: "Communication",
        candidate_brief: "You are a GP trainee. Mr Kwame Mensah, 49, had routine bloods: HbA1c 62 mmol/mol, repeated at 60 mmol/mol. Explain the diagnosis of type 2 diabetes and agree next steps with him. You have 10 minutes.",
        actor_brief: "You are Kwame Mensah, 49, a taxi driver. Opening line: \"The receptionist said the doctor wanted to talk about my bloods?\" You feel well. You eat on the go and drink two cans of cola a day. Only if asked: your mother had diabetes and lost a leg to it, which frightens you. Ideas: a bit of sugar is normal at your age. Concern: insulin injections and your taxi licence. Expectation: a tablet and carry on as before. Be sceptical at first and engaged once the doctor explains in plain words and asks what matters to you.",
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

    for case in &CASES {
        sqlx::query(
            "insert into public.case_briefs (category, condition, case_name, case_name_internal, domain, candidate_brief, actor_brief)
             values ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(case.category)
        .bind(case.condition)
        .bind(case.case_name)
        .bind(case.case_name_internal)
        .bind(case.domain)
        .bind(case.candidate_brief)
        .bind(case.actor_brief)
        .execute(&mut *tx)
        .await?;
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
        cases: CASES.len(),
        rooms: rooms.len(),
    })
}

#[derive(Debug, PartialEq, Eq)]
pub struct SeedSummary {
    pub users: usize,
    pub cases: usize,
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
