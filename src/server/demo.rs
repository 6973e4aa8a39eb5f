//! Demo data for a new installation: trainees with profiles (one an admin) and
//! upcoming public and private sessions, so the first screen is not empty, and one
//! finished session with two transcribed, marked rounds whose AI feedback the workers
//! make at start. The case
//! library ships in the migrations, so every database has it, demo or not. Runs as the
//! owner, and only on a database without accounts.

use chrono::{DateTime, Duration, DurationRound, Utc};
use sqlx::types::Json;
use sqlx::PgPool;
use uuid::Uuid;

use super::passwords;
use crate::model::practice::{PeerMarks, Rubric, Transcript, TranscriptLine};
use crate::model::Stage;

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
    sqlx::query!("lock table auth.users in exclusive mode")
        .execute(&mut *tx)
        .await?;
    let existing = sqlx::query_scalar!(r#"select count(*) as "count!" from auth.users"#)
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
        let id = sqlx::query_scalar!(
            "insert into auth.users (email, password_hash, is_admin, email_verified_at) values ($1, $2, $3, now()) returning id",
            user.email,
            hash,
            user.is_admin,
        )
        .fetch_one(&mut *tx)
        .await?;
        sqlx::query!(
            "insert into public.profiles (user_id, first_name, last_name, training_level) values ($1, $2, $3, $4)",
            id,
            user.first_name,
            user.last_name,
            user.training_level,
        )
        .execute(&mut *tx)
        .await?;
        ids.push(id);
    }

    let rooms = demo_rooms(Utc::now(), &ids);
    let mut rounds = 0;
    for room in &rooms {
        let id = sqlx::query_scalar!(
            "insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, private, stage)
             values ($1, $2, $3, $4, $5, $6) returning id",
            room.host,
            room.guest,
            room.at as DateTime<Utc>,
            room.room_type,
            room.private,
            room.stage as Stage,
        )
        .fetch_one(&mut *tx)
        .await?;
        if room.stage == Stage::Finished {
            rounds += finished_rounds(&mut tx, id, room).await?;
        }
    }
    // Two people looking for a partner, for exams nobody else asks for, so the board
    // says so and the matcher leaves them be until someone suits.
    let looking = [
        (
            ids[0],
            "Communication",
            "MRCGP SCA",
            &["fy2", "ct_st", "gp_trainee"][..],
            3,
        ),
        (
            ids[2],
            "Clinical",
            "UKMLA CPSA",
            &["student_y5", "student_y6"][..],
            4,
        ),
    ];
    let day = Utc::now()
        .duration_trunc(Duration::days(1))
        .unwrap_or_else(|_| Utc::now());
    for (user, kind, exam, levels, days) in looking {
        let starts = day + Duration::days(days) + Duration::hours(18);
        sqlx::query!(
            "insert into public.partner_requests (user_id, type, exam_preset, levels, windows)
             values ($1, $2, $3, $4, tstzmultirange(tstzrange($5, $6)))",
            user,
            kind,
            exam,
            levels as &[&str],
            starts as DateTime<Utc>,
            (starts + Duration::hours(3)) as DateTime<Utc>,
        )
        .execute(&mut *tx)
        .await?;
    }
    tx.commit().await?;
    Ok(SeedSummary {
        users: ids.len(),
        rooms: rooms.len(),
        rounds,
    })
}

/// A demo round: the case (by internal name), who was the candidate, the transcript as
/// (seconds from the start, the candidate speaking?, text), and the partner's marks.
struct DemoRound {
    case: &'static str,
    candidate_is_host: bool,
    lines: &'static [(i64, bool, &'static str)],
    scores: [i16; 3],
    global: &'static str,
    feedback: &'static str,
}

const FINISHED_ROUNDS: [DemoRound; 2] = [
    DemoRound {
        case: "EXPL-01-starting-apixaban-af",
        candidate_is_host: false,
        lines: &[
            (92, true, "Hello, I'm Dr Marques, one of the doctors here. Can I check your name and date of birth?"),
            (100, false, "Hilary Ashworth, third of May 1951."),
            (108, true, "Thank you. What do you understand so far about your heart rhythm and the blood thinner the GP mentioned?"),
            (125, false, "Only that it's irregular. My husband Geoffrey was on warfarin and had terrible nosebleeds."),
            (140, true, "That sounds worrying. What concerns you most about taking a blood thinner?"),
            (155, false, "The bleeding. Couldn't I just take an aspirin instead?"),
            (170, true, "Do you take any other medicines, including anything over the counter or herbal?"),
            (182, false, "Just my ramipril and the new one, bisoprolol. Sometimes ibuprofen for my knees."),
            (200, true, "Let me explain why we suggest it. With an irregular rhythm, blood can pool in the heart and form a clot that travels to the brain and causes a stroke."),
            (230, true, "Without treatment your risk is about 3 in 100 each year, and apixaban reduces that by about two-thirds."),
            (250, false, "And aspirin?"),
            (258, true, "Aspirin is not recommended for this: it doesn't protect well against stroke and you can still bleed."),
            (290, true, "Unlike warfarin there are no weekly blood tests or diet changes, but we check your kidney function at least yearly."),
            (320, true, "The dose is 5 mg twice a day, about 12 hours apart, with or without food."),
            (345, false, "What if I forget one?"),
            (352, true, "Take it as soon as you remember, then carry on at your usual times. Never take a double dose."),
            (380, true, "Could you tell me in your own words what we've discussed, so I know I've explained it well?"),
            (400, false, "Clots from the rhythm can cause a stroke, the tablet lowers that risk, twice a day, and no doubling up."),
            (420, true, "Exactly. Do you have any questions? If you notice bleeding that won't stop, come back straight away."),
            (440, false, "No, thank you doctor."),
        ],
        scores: [3, 4, 3],
        global: "Good",
        feedback: "Clear numbers on stroke risk and a good check of understanding. Ask about falls and alcohol before the plan.",
    },
    DemoRound {
        case: "EXPL-02-statin-primary-prevention-reluctant",
        candidate_is_host: true,
        lines: &[
            (95, true, "Good afternoon, I'm Dr Okafor. Can I confirm your name?"),
            (102, false, "Farah Siddiqui."),
            (110, true, "What do you know so far about your cholesterol result and the risk score?"),
            (125, false, "The nurse said 14 percent. I don't want to take tablets for life."),
            (140, true, "What makes you feel that way about statins?"),
            (150, false, "My sister Nasreen had muscle pains on one."),
            (165, true, "Do you have any muscle aches at the moment, or other medical conditions?"),
            (175, false, "No, nothing like that."),
            (190, true, "A 14% risk means that out of 100 people like you, about 14 will have a heart attack or stroke in the next 10 years."),
            (230, true, "Atorvastatin would reduce that by about a third."),
            (270, true, "Muscle aches are common, but in trials most were not caused by the statin; serious muscle problems are rare."),
            (320, true, "So the plan is to think it over, and we can start a low dose if you decide to try it. Do you have any questions?"),
            (340, false, "I'll think about it."),
        ],
        scores: [2, 2, 3],
        global: "Borderline",
        feedback: "Warm and unhurried. Lifestyle advice and what to do about side effects were missing.",
    },
];

/// Two rounds of the finished demo session, transcribed, ended and marked; ending them
/// queues their assessments, which the server's workers make at start.
async fn finished_rounds(
    tx: &mut sqlx::PgConnection,
    room_id: Uuid,
    room: &DemoRoom,
) -> Result<usize, sqlx::Error> {
    let Some(guest) = room.guest else {
        return Ok(0);
    };
    let mut ids = Vec::new();
    for (n, round) in FINISHED_ROUNDS.iter().enumerate() {
        let (candidate, partner) = if round.candidate_is_host {
            (room.host, guest)
        } else {
            (guest, room.host)
        };
        let started = room.at + Duration::minutes(5 + 15 * n as i64);
        let transcript = Transcript {
            schema: "transcript/1".to_string(),
            lines: round
                .lines
                .iter()
                .map(|&(secs, by_candidate, text)| TranscriptLine {
                    role: if by_candidate { "candidate" } else { "actor" }.to_string(),
                    user_id: if by_candidate { candidate } else { partner },
                    at_ms: secs * 1000,
                    text: text.to_string(),
                })
                .collect(),
        };
        let id = sqlx::query_scalar!(
            "insert into public.practice_rounds
               (room_id, round_number, candidate_id, partner_id, case_briefs_id, started_at)
             select $1, $2, $3, $4, c.id, $5 from public.case_briefs c
              where c.case_name_internal = $6
             returning id",
            room_id,
            n as i16 + 1,
            candidate,
            partner,
            started as DateTime<Utc>,
            round.case,
        )
        .fetch_one(&mut *tx)
        .await?;
        super::practice::record_transcript(&mut *tx, id, &transcript).await?;
        let scores = Rubric::Plab2
            .domains()
            .iter()
            .zip(round.scores)
            .map(|((code, _), score)| ((*code).to_string(), score))
            .collect();
        let marks = PeerMarks {
            schema: "peer-marks/1".to_string(),
            rubric: Rubric::Plab2,
            scores,
            global: Some(round.global.to_string()),
            feedback: round.feedback.to_string(),
            by: partner,
        };
        // Ending the round queues its assessment (a trigger on ended_at).
        sqlx::query!(
            "update public.practice_rounds set ended_at = $2, peer_marks = $3 where id = $1",
            id,
            (started + Duration::seconds(570)) as DateTime<Utc>,
            Json(&marks) as _,
        )
        .execute(&mut *tx)
        .await?;
        ids.push(id);
    }
    sqlx::query!(
        "update public.practice_rooms set first_round_id = $2, second_round_id = $3 where id = $1",
        room_id,
        ids[0],
        ids[1],
    )
    .execute(&mut *tx)
    .await?;
    Ok(ids.len())
}

#[derive(Debug, PartialEq, Eq)]
pub struct SeedSummary {
    pub users: usize,
    pub rooms: usize,
    /// Rounds of the finished session, with transcripts, marks and queued assessments.
    pub rounds: usize,
}

struct DemoRoom {
    host: Uuid,
    guest: Option<Uuid>,
    at: DateTime<Utc>,
    room_type: &'static str,
    private: bool,
    stage: Stage,
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
            stage: Stage::FirstRound,
        })
        .collect();
    rooms.push(DemoRoom {
        host: users[0],
        guest: Some(users[4]),
        at: next_hour - Duration::hours(26),
        room_type: "Communication",
        private: false,
        stage: Stage::Finished,
    });
    rooms
}
