//! Types shared by the server and the browser, in the product's words.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// An enum stored as one of a fixed set of text codes (a check constraint in the
/// migrations lists the same): `code()` and `from_code()`, `label()` where the words a
/// person reads differ from the code, and under `ssr` sqlx's `Type`, `Encode` and
/// `Decode` as text, so rows read and bind the enum itself. One codec for every such
/// enum instead of a hand-written pair each.
macro_rules! stored_as_text {
    ($ty:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        impl $ty {
            /// The value stored in the database and in files.
            pub fn code(self) -> &'static str {
                match self {
                    $($ty::$variant => $code),+
                }
            }

            /// The variant a stored code names, if any.
            pub fn from_code(code: &str) -> Option<Self> {
                match code {
                    $($code => Some($ty::$variant),)+
                    _ => None,
                }
            }
        }

        #[cfg(feature = "ssr")]
        impl sqlx::Type<sqlx::Postgres> for $ty {
            fn type_info() -> sqlx::postgres::PgTypeInfo {
                <&str as sqlx::Type<sqlx::Postgres>>::type_info()
            }

            fn compatible(ty: &sqlx::postgres::PgTypeInfo) -> bool {
                <&str as sqlx::Type<sqlx::Postgres>>::compatible(ty)
            }
        }

        #[cfg(feature = "ssr")]
        impl sqlx::Encode<'_, sqlx::Postgres> for $ty {
            fn encode_by_ref(
                &self,
                buf: &mut sqlx::postgres::PgArgumentBuffer,
            ) -> Result<sqlx::encode::IsNull, sqlx::error::BoxDynError> {
                <&str as sqlx::Encode<sqlx::Postgres>>::encode_by_ref(&self.code(), buf)
            }
        }

        #[cfg(feature = "ssr")]
        impl<'r> sqlx::Decode<'r, sqlx::Postgres> for $ty {
            fn decode(
                value: sqlx::postgres::PgValueRef<'r>,
            ) -> Result<Self, sqlx::error::BoxDynError> {
                let code = <&str as sqlx::Decode<sqlx::Postgres>>::decode(value)?;
                Self::from_code(code).ok_or_else(|| {
                    format!("{code:?} is not a stored {}", stringify!($ty)).into()
                })
            }
        }
    };
    ($ty:ident { $($variant:ident => $code:literal, $label:literal);+ $(;)? }) => {
        stored_as_text!($ty { $($variant => $code),+ });

        impl $ty {
            /// What a person reads.
            pub fn label(self) -> &'static str {
                match self {
                    $($ty::$variant => $label),+
                }
            }
        }
    };
}

pub mod assessment;
pub mod cases;
pub mod marking;
pub mod messages;
pub mod next;
pub mod partners;
pub mod practice;
pub mod progress;

/// A session's kind, as the exams split their stations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RoomType {
    Clinical,
    Communication,
}

impl RoomType {
    pub const ALL: [RoomType; 2] = [RoomType::Clinical, RoomType::Communication];
}

stored_as_text!(RoomType {
    Clinical => "Clinical",
    Communication => "Communication",
});

/// The exam a session rehearses, when the host names one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ExamPreset {
    Plab2,
    UkmlaCpsa,
    MrcgpSca,
    Amc,
    Paces,
}

impl ExamPreset {
    pub const ALL: [ExamPreset; 5] = [
        ExamPreset::Plab2,
        ExamPreset::UkmlaCpsa,
        ExamPreset::MrcgpSca,
        ExamPreset::Amc,
        ExamPreset::Paces,
    ];
}

stored_as_text!(ExamPreset {
    Plab2 => "PLAB 2",
    UkmlaCpsa => "UKMLA CPSA",
    MrcgpSca => "MRCGP SCA",
    Amc => "AMC",
    Paces => "PACES",
});

/// How far a session has come. Stored as `practice_rooms.stage` (1, 2, 3), which the
/// database lets move only forward, one step at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::Type))]
#[repr(i16)]
pub enum Stage {
    /// Round 1: set up, running or ended.
    FirstRound = 1,
    /// Round 2, the roles swapped.
    SecondRound = 2,
    Finished = 3,
}

impl Stage {
    /// The number of the round this stage is on, until the session finishes.
    pub fn round(self) -> Option<i16> {
        match self {
            Stage::FirstRound => Some(1),
            Stage::SecondRound => Some(2),
            Stage::Finished => None,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Stage::FirstRound => "Round 1 of 2",
            Stage::SecondRound => "Round 2 of 2",
            Stage::Finished => "Finished",
        }
    }
}

/// Which seat the viewer holds in a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Seat {
    Host,
    Guest,
}

/// A session as one of its two participants sees it (My sessions).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySession {
    pub id: Uuid,
    pub room_url: String,
    pub datetime_utc: DateTime<Utc>,
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub private: bool,
    pub seat: Seat,
    /// The other participant, once there is one.
    pub partner: Option<Person>,
    pub stage: Stage,
    pub cancelled: bool,
    /// The state of each ended round's assessment, round 1 first.
    pub feedback: Vec<assessment::RoundFeedback>,
}

/// The longest first or last name a profile takes, in characters.
pub const NAME_MAX_CHARS: usize = 60;

/// Where a trainee is in their training; stored as a short code in `profiles`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TrainingLevel {
    StudentY1,
    StudentY2,
    StudentY3,
    StudentY4,
    StudentY5,
    StudentY6,
    Fy1,
    Fy2,
    CtSt,
    ImgPlab,
    GpTrainee,
    Other,
}

impl TrainingLevel {
    pub const ALL: [TrainingLevel; 12] = [
        TrainingLevel::StudentY1,
        TrainingLevel::StudentY2,
        TrainingLevel::StudentY3,
        TrainingLevel::StudentY4,
        TrainingLevel::StudentY5,
        TrainingLevel::StudentY6,
        TrainingLevel::Fy1,
        TrainingLevel::Fy2,
        TrainingLevel::CtSt,
        TrainingLevel::ImgPlab,
        TrainingLevel::GpTrainee,
        TrainingLevel::Other,
    ];
}

stored_as_text!(TrainingLevel {
    StudentY1 => "student_y1", "Medical student, year 1";
    StudentY2 => "student_y2", "Medical student, year 2";
    StudentY3 => "student_y3", "Medical student, year 3";
    StudentY4 => "student_y4", "Medical student, year 4";
    StudentY5 => "student_y5", "Medical student, year 5";
    StudentY6 => "student_y6", "Medical student, year 6";
    Fy1 => "fy1", "Foundation year 1 (FY1)";
    Fy2 => "fy2", "Foundation year 2 (FY2)";
    CtSt => "ct_st", "Core or specialty trainee (CT/ST)";
    ImgPlab => "img_plab", "IMG preparing for PLAB";
    GpTrainee => "gp_trainee", "GP trainee";
    Other => "other", "Other";
});

/// What others see of a trainee: the board's host, the header's signed-in user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub first_name: String,
    pub last_name: String,
    pub training_level: TrainingLevel,
    pub avatar: Option<String>,
}

impl Person {
    pub fn full_name(&self) -> String {
        format!("{} {}", self.first_name, self.last_name)
    }

    pub fn initials(&self) -> String {
        self.first_name
            .chars()
            .take(1)
            .chain(self.last_name.chars().take(1))
            .flat_map(char::to_uppercase)
            .collect()
    }
}

/// The signed-in user, as every page knows them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub id: Uuid,
    pub email: String,
    pub is_admin: bool,
    /// Whether the address is confirmed; until it is, nothing can be hosted or joined.
    pub email_verified: bool,
    /// None until the profile is set up; nothing can be scheduled or joined before.
    pub profile: Option<Person>,
    /// The IANA zone their times are shown in (their browser's).
    pub zone: String,
    /// Updates about their sessions they have not read yet.
    pub unread_updates: i64,
}

/// The platform's numbers, for admins.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminOverview {
    pub accounts: i64,
    pub upcoming_sessions: i64,
    pub case_briefs: i64,
}

/// One upcoming public session on the scheduling board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardRoom {
    pub id: Uuid,
    pub room_url: String,
    pub datetime_utc: DateTime<Utc>,
    /// The start in the viewer's zone, formatted on the server ("Tue 1 Dec 2026, 14:00 GMT").
    pub when: String,
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub host: Person,
    /// True while the guest seat is free.
    pub is_open: bool,
    /// The viewer's own seat in it, if any.
    pub my_seat: Option<Seat>,
    /// The host's attendance record, worded ("Attended 14 of 15 sessions").
    pub host_record: String,
}

/// The board's filters, as the URL carries them (every field optional, all strings, so a
/// shared link with a bad value gets a message rather than a broken page).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardQuery {
    /// `Clinical` or `Communication`.
    #[serde(default)]
    pub r#type: Option<String>,
    /// First day, `2026-12-01`, in the viewer's zone.
    #[serde(default)]
    pub from: Option<String>,
    /// Last day, inclusive.
    #[serde(default)]
    pub to: Option<String>,
    /// `1` for open seats only.
    #[serde(default)]
    pub open: Option<String>,
    /// A training level code.
    #[serde(default)]
    pub level: Option<String>,
    /// A page cursor: the sessions after this one, or before it.
    #[serde(default)]
    pub after: Option<String>,
    #[serde(default)]
    pub before: Option<String>,
}

/// The board counts matching sessions up to this many; past it, "More than 1,000".
pub const BOARD_COUNT_CAP: i64 = 1_000;

/// One page of the board.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoardSlice {
    pub sessions: Vec<BoardRoom>,
    /// How many sessions match the filters in all, counted up to
    /// [`BOARD_COUNT_CAP`] + 1 (more than the cap reads "more than").
    pub total: i64,
    /// Cursors for the pages either side, when there are any.
    pub next: Option<String>,
    pub previous: Option<String>,
    /// The IANA zone the times are shown in.
    pub zone: String,
    /// "3 people are looking for a partner for PLAB 2 (Clinical) this week", worded on the
    /// server: the board's encouragement to host. None when nobody is looking.
    pub demand: Option<String>,
}

/// Who is looking at a session's page.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Viewer {
    Anonymous,
    /// Signed in, profile not yet set up.
    NeedsProfile,
    Visitor,
    Host,
    Guest,
}

/// A session's page, as its viewer may see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomView {
    pub id: Uuid,
    pub room_url: String,
    pub datetime_utc: DateTime<Utc>,
    pub when: String,
    pub zone: String,
    /// The start as date and time inputs take it, in the viewer's zone.
    pub local_date: String,
    pub local_time: String,
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub private: bool,
    pub stage: Stage,
    /// Round 1 has begun: the session is under way (or finished).
    pub started: bool,
    pub cancelled: bool,
    pub host: Person,
    /// Shown to the two participants only; others learn just whether the seat is free.
    pub guest: Option<Person>,
    pub is_open: bool,
    pub viewer: Viewer,
    /// For a participant whose partner's clock reads differently: the start in the
    /// partner's zone ("09:00 EST for Gus (America/New_York)").
    pub partner_time: Option<String>,
    /// For the two participants, once both are there: who has said they will be there.
    pub attendance: Option<Attendance>,
    /// The host's attendance record, worded; the guest's, for the two participants.
    pub host_record: String,
    pub guest_record: Option<String>,
    /// For a participant once the session is over: whether each came.
    pub after: Option<partners::AttendanceRecord>,
}

/// Whether the viewer and their partner have said they will be at a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attendance {
    pub me: bool,
    pub partner: bool,
}

/// Something the other side did to one of my sessions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum UpdateKind {
    Rescheduled,
    Cancelled,
    Removed,
    Joined,
    Left,
    /// The matcher found a partner for a find-a-partner request.
    Matched,
    /// A find-a-partner request's windows passed without a match.
    RequestExpired,
    /// A seat freed within a standby window.
    StandbyOffer,
    /// Someone else took an offered seat first.
    StandbyGone,
}

stored_as_text!(UpdateKind {
    Rescheduled => "rescheduled",
    Cancelled => "cancelled",
    Removed => "removed",
    Joined => "joined",
    Left => "left",
    Matched => "matched",
    RequestExpired => "request_expired",
    StandbyOffer => "standby_offer",
    StandbyGone => "standby_gone",
});

impl UpdateKind {
    /// Updates about finding a partner link to that page rather than to a session.
    pub fn about_partners(self) -> bool {
        matches!(
            self,
            UpdateKind::RequestExpired | UpdateKind::StandbyOffer | UpdateKind::StandbyGone
        )
    }
}

/// An unread update, worded on the server (times in the viewer's zone).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionUpdate {
    pub id: Uuid,
    pub kind: UpdateKind,
    pub message: String,
    /// The session's page, while the reader can still see it.
    pub room_url: Option<String>,
}

/// My sessions: what changed, what is ahead, what is done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySessions {
    pub updates: Vec<SessionUpdate>,
    pub upcoming: Vec<MySessionView>,
    pub past: Vec<MySessionView>,
    pub zone: String,
}

/// A session in My sessions, with its time worded in the viewer's zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MySessionView {
    pub session: MySession,
    pub when: String,
}

/// What kind of row a live change is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiveEntity {
    Room,
    Round,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiveOp {
    Insert,
    Update,
    Delete,
}

/// One change to a room or round, as a browser allowed to see the row is told of it.
/// It says what changed; the page reads the row again through its server function.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LiveChange {
    pub seq: i64,
    pub entity: LiveEntity,
    pub op: LiveOp,
    pub room: Uuid,
    pub round: Option<Uuid>,
    /// The columns whose values changed.
    pub fields: Vec<String>,
    /// The viewer is the room's host or guest (before or after the change).
    pub mine: bool,
}

/// A message on the live stream (`GET /realtime`). Every one carries the position
/// the browser resumes from after a reconnect.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum LiveMessage {
    /// Connected and caught up to `seq`.
    Ready {
        seq: i64,
    },
    Change(LiveChange),
    /// Some changes cannot be replayed (too old, or the browser fell behind): read
    /// everything again, then carry on from `seq`.
    Resync {
        seq: i64,
    },
    /// Nothing for this browser lately; the stream has reached `seq`.
    Ping {
        seq: i64,
    },
}

impl LiveMessage {
    pub fn seq(&self) -> i64 {
        match self {
            LiveMessage::Ready { seq }
            | LiveMessage::Resync { seq }
            | LiveMessage::Ping { seq } => *seq,
            LiveMessage::Change(change) => change.seq,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn training_level_codes_round_trip_and_are_unique() {
        for level in TrainingLevel::ALL {
            assert_eq!(TrainingLevel::from_code(level.code()), Some(level));
        }
        let mut codes: Vec<_> = TrainingLevel::ALL.iter().map(|l| l.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), TrainingLevel::ALL.len());
        assert_eq!(TrainingLevel::from_code("consultant"), None);
    }

    #[test]
    fn exam_presets_round_trip_their_stored_names() {
        for preset in ExamPreset::ALL {
            assert_eq!(ExamPreset::from_code(preset.code()), Some(preset));
        }
        assert_eq!(ExamPreset::from_code("plab 2"), None);
    }

    #[test]
    fn room_type_parses_only_stored_values() {
        assert_eq!(RoomType::from_code("Clinical"), Some(RoomType::Clinical));
        assert_eq!(
            RoomType::from_code("Communication"),
            Some(RoomType::Communication)
        );
        assert_eq!(RoomType::from_code("clinical"), None);
    }

    #[test]
    fn initials_take_the_first_letter_of_each_name() {
        let host = Person {
            first_name: "Ōla".into(),
            last_name: "nwosu".into(),
            training_level: TrainingLevel::Fy1,
            avatar: None,
        };
        assert_eq!(host.initials(), "ŌN");
        assert_eq!(host.full_name(), "Ōla nwosu");
    }
}
