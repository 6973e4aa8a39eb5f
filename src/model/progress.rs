//! A trainee's progress as their page shows it: per exam and domain the verified grades
//! over time (a chart drawn on the server, and the same figures as a table), the
//! library's coverage, the mark-scheme points missed most often, what to practise next,
//! and how their own marking of partners compares with the AI examiner's. The server
//! computes all of it (`server::progress`); these are the shapes it hands the page.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Below this many rounds marked beside the AI examiner, calibration says there is not
/// enough yet.
pub const MIN_CALIBRATION_ROUNDS: u32 = 5;
/// How many of the latest grades the rolling median takes.
pub const MEDIAN_WINDOW: usize = 5;
/// How many of an exam's latest rounds the chart and table show.
pub const TREND_ROUNDS: usize = 20;
/// A case marked below the pass level comes back after these many days: the first time,
/// then again if it is still below, and from then on.
pub const SPACED_DAYS: [i64; 3] = [3, 7, 21];

/// How a round of a case went for the trainee (`public.practice_history()`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every domain the AI examiner graded reached the pass level.
    Passed,
    /// One did not.
    Below,
    /// Only the keyword check marked it: no grade.
    Checked,
    /// They played the patient or examiner: they know the case's hidden brief.
    Acted,
}

stored_as_text!(Outcome {
    Passed => "passed",
    Below => "below",
    Checked => "checked",
    Acted => "acted",
});

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ProgressPage {
    /// Whose progress: the viewer's own, or (admins) someone else's.
    pub user_id: Uuid,
    pub name: String,
    pub own: bool,
    /// Rounds graded as the candidate, across every exam.
    pub rounds: u32,
    pub exams: Vec<ExamProgress>,
    pub coverage: Coverage,
    pub misses: Vec<ThemeMisses>,
    pub next: Vec<Recommendation>,
    pub calibration: Calibration,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExamProgress {
    /// The exam's name ("Any exam" where the session named none).
    pub exam: String,
    /// The rubric's name the domains come from.
    pub rubric: String,
    pub rounds: u32,
    pub domains: Vec<DomainTrend>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DomainTrend {
    pub code: String,
    pub label: String,
    pub max: i16,
    pub pass: i16,
    /// The latest rounds, oldest first (at most [`TREND_ROUNDS`]).
    pub points: Vec<TrendPoint>,
    /// How many rounds graded this domain in all (the AI examiner's or the checklist's).
    pub graded: u32,
    /// The band of the latest AI grade.
    pub latest_band: Option<String>,
    /// The rolling median of the latest AI grades.
    pub median: Option<f32>,
    /// The chart, as SVG markup drawn on the server.
    pub svg: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TrendPoint {
    /// When the round ended, in the viewer's zone.
    pub date: String,
    pub case_name: String,
    /// The AI examiner's verified grade.
    pub ai: Option<i16>,
    /// The keyword check's share of topics mentioned, in words ("4 of 6 topics").
    pub checked: Option<String>,
    /// The partner's grade.
    pub partner: Option<i16>,
    /// The rolling median of the AI grades up to this round.
    pub median: Option<f32>,
}

/// How a cell of the coverage grid went: the latest round's grades all at the pass
/// level, any below it, or only a keyword check (no grade).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum CellState {
    /// No case of the library is of this category and kind.
    NoCases,
    NotDone,
    Passed,
    Below,
    Checked,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageCell {
    pub cases: u32,
    pub rounds: u32,
    pub state: CellState,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageRow {
    pub category: String,
    pub cells: Vec<CoverageCell>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BlueprintGroup {
    pub label: String,
    /// Cases of the library in the group that suit the exam.
    pub cases: u32,
    /// Rounds the trainee has been graded on in the group.
    pub rounds: u32,
    pub passed: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Blueprint {
    pub exam: String,
    /// How the exam publishes its groups, and how the library maps onto them.
    pub source: String,
    pub groups: Vec<BlueprintGroup>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Coverage {
    /// The station kinds' labels, the grid's columns.
    pub kinds: Vec<String>,
    pub rows: Vec<CoverageRow>,
    pub blueprints: Vec<Blueprint>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissLink {
    /// The session's page, where the round's feedback is.
    pub href: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MissedPoint {
    pub point: String,
    pub critical: bool,
    pub times: u32,
    pub rounds: Vec<MissLink>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeMisses {
    pub theme: String,
    pub times: u32,
    pub points: Vec<MissedPoint>,
}

/// Why a case is recommended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Why {
    /// Marked below the pass level, and its spaced interval has passed.
    Due,
    /// Not practised yet.
    New,
    /// Practised and passed; the longest ago first.
    Again,
    /// Never practised as the candidate, but played as the patient or examiner: its
    /// hidden brief is known, so it comes last.
    Known,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Recommendation {
    pub case_id: Uuid,
    pub case_name: String,
    pub category: String,
    pub kind: String,
    pub difficulty: String,
    pub why: Why,
    /// The reason in words ("Weakest in clinical management: new to you").
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CalibrationDomain {
    pub label: String,
    pub rounds: u32,
    /// The trainee's grade minus the AI examiner's, on average.
    pub mean: f64,
    pub words: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Calibration {
    /// Rounds marked beside the AI examiner.
    pub rounds: u32,
    pub enough: bool,
    pub summary: String,
    pub domains: Vec<CalibrationDomain>,
}

impl Why {
    /// The tag the page shows beside a recommendation.
    pub fn tag(self) -> &'static str {
        match self {
            Why::Due => "Due again",
            Why::New => "New",
            Why::Again => "Again",
            Why::Known => "Known",
        }
    }
}

impl CellState {
    pub fn class(self) -> &'static str {
        match self {
            CellState::NoCases => "cell cell--none",
            CellState::NotDone => "cell cell--todo",
            CellState::Passed => "cell cell--passed",
            CellState::Below => "cell cell--below",
            CellState::Checked => "cell cell--checked",
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            CellState::NoCases => "no case",
            CellState::NotDone => "not done",
            CellState::Passed => "passed",
            CellState::Below => "below pass",
            CellState::Checked => "keyword check",
        }
    }
}

/// A median of a few grades, to one decimal in words.
pub fn median_text(median: f32) -> String {
    if median.fract() == 0.0 {
        format!("{median:.0}")
    } else {
        format!("{median:.1}")
    }
}
