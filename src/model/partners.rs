//! Finding a partner, standing by for a seat, and the attendance record, as the pages
//! see them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::{ExamPreset, RoomType, TrainingLevel};

/// How many time windows one request or the form holds.
pub const MAX_WINDOWS: usize = 3;

/// Where a find-a-partner request stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum RequestStatus {
    Open,
    Matched,
    Withdrawn,
    Expired,
}

stored_as_text!(RequestStatus {
    Open => "open", "Looking";
    Matched => "matched", "Matched";
    Withdrawn => "withdrawn", "Withdrawn";
    Expired => "expired", "Expired";
});

/// One window of time, as stored and as the viewer reads it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Window {
    pub starts: DateTime<Utc>,
    pub ends: DateTime<Utc>,
    /// "Tue 8 Dec 2026, 18:00 GMT to 21:00" in the viewer's zone.
    pub label: String,
    /// The form's values in the viewer's zone: date, from, to.
    pub date: String,
    pub from: String,
    pub to: String,
}

/// A request, as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnerRequest {
    pub id: Uuid,
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub levels: Vec<TrainingLevel>,
    pub exam_date: Option<NaiveDate>,
    pub windows: Vec<Window>,
    pub status: RequestStatus,
    /// The session it was matched into, while the owner can see it.
    pub room_url: Option<String>,
}

/// A standby window, as its owner sees it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Standby {
    pub id: Uuid,
    pub room_type: Option<RoomType>,
    pub exam_preset: Option<ExamPreset>,
    pub window: Window,
}

/// A seat offered to someone on standby.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeatOffer {
    pub id: Uuid,
    pub when: String,
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub host: String,
    /// Still to be taken; false once someone (the viewer or another) has taken it.
    pub open: bool,
    /// The viewer took it: the session's link.
    pub room_url: Option<String>,
}

/// Everything the find-a-partner page shows its viewer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartnersPage {
    pub requests: Vec<PartnerRequest>,
    pub standby: Vec<Standby>,
    pub offers: Vec<SeatOffer>,
    /// The viewer's own attendance record, worded.
    pub record: String,
    /// Hosting and joining are suspended until then (in the viewer's zone).
    pub suspended_until: Option<String>,
    pub zone: String,
    /// The viewer's own level, ticked by default in a new request.
    pub my_level: Option<TrainingLevel>,
}

/// How many people are looking for a partner this week, for one kind and exam.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Demand {
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub people: i64,
}

impl Demand {
    /// "3 people are looking for a partner for PLAB 2 (Clinical) this week".
    pub fn sentence(&self) -> String {
        let who = if self.people == 1 {
            "1 person is".to_string()
        } else {
            format!("{} people are", self.people)
        };
        let what = match self.exam_preset {
            Some(exam) => format!("{} ({})", exam.code(), self.room_type.code()),
            None => self.room_type.code().to_string(),
        };
        format!("{who} looking for a partner for {what} this week")
    }
}

/// A person's attendance record.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reliability {
    pub attended: i32,
    pub counted: i32,
}

impl Reliability {
    /// "Attended 14 of 15 sessions", or "No sessions recorded yet".
    pub fn text(self) -> String {
        match self.counted {
            0 => "No sessions recorded yet".to_string(),
            1 => format!("Attended {} of 1 session", self.attended),
            n => format!("Attended {} of {n} sessions", self.attended),
        }
    }
}

/// What a participant may say or has said about whether their partner came, once the
/// session is over.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AttendanceRecord {
    /// A round started: both count as having come, nothing to report.
    pub started: bool,
    /// The viewer's report on the partner: Some(true) came, Some(false) did not.
    pub my_report: Option<bool>,
    /// The partner's report on the viewer, and whether the viewer disputed it.
    pub their_report: Option<bool>,
    pub disputed: bool,
    /// The viewer can still dispute the partner's "did not come" (within 48 hours).
    pub can_dispute: bool,
    /// The viewer can still report (the session has ended, within 7 days).
    pub can_report: bool,
}

/// A report as admins see it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminReport {
    pub room_id: Uuid,
    pub room_url: String,
    pub when: String,
    pub reporter_id: Uuid,
    pub reporter: String,
    pub reported: String,
    pub came: bool,
    pub reported_at: String,
    pub disputed: bool,
    pub voided: bool,
}
