//! The assessment of a round (`assessment/1`), as the server stores it and the feedback
//! view shows it: per domain a band and score with evidence quoted from the transcript,
//! strengths and what to improve, how the station's minutes were spent, and (from the
//! checklist assessor) the mark scheme's coverage. Also the state of a round's
//! assessment job, and the comparison with the partner's marks.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::practice::{PeerMarks, Rubric, TranscriptLine};

pub const SCHEMA: &str = "assessment/1";

/// Who assessed: an LLM examiner, or the offline mark-scheme checklist.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AssessorKind {
    Llm,
    Checklist,
}

impl AssessorKind {
    /// What its feedback is called wherever it is named: never "AI" for the checklist.
    pub fn feedback_name(self) -> &'static str {
        match self {
            AssessorKind::Llm => "AI feedback",
            AssessorKind::Checklist => "Topics mentioned (keyword check)",
        }
    }
}

/// Where one ended round's assessment stands, and which assessor took it on (none
/// until a worker has claimed it).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoundFeedback {
    pub status: JobStatus,
    pub assessor: Option<AssessorKind>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessorInfo {
    pub kind: AssessorKind,
    /// The model for an LLM; "checklist" for the checklist.
    pub name: String,
    /// The assessor's version: its prompt and rules, or the checklist's.
    pub version: String,
    /// The rubrics' version ([`super::practice::RUBRIC_VERSION`]).
    #[serde(default)]
    pub rubric_version: String,
    /// A hash of the case as it was marked (briefs and mark scheme), so a later edit
    /// of the case is visible against old feedback.
    #[serde(default)]
    pub case_hash: String,
    /// How many independent answers were asked for (an LLM), or 1.
    #[serde(default)]
    pub samples: u32,
}

pub use super::marking::Evidence;
use super::marking::{IntegrityFlag, PointResult, Speech};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainResult {
    /// The rubric's domain code (LLM) or the mark scheme's group (checklist).
    pub code: String,
    pub label: String,
    /// On the rubric's scale; none for the checklist, which does not score.
    pub score: Option<i16>,
    pub max: Option<i16>,
    /// The band the score falls in, or the checklist's coverage in words.
    pub band: String,
    pub evidence: Vec<Evidence>,
    pub strengths: Vec<String>,
    pub improvements: Vec<String>,
    /// The grade the assessor gave (the median of its samples) before the verified
    /// points bounded it, where that was higher.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed: Option<i16>,
    /// Why the grade is bounded below what the assessor gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bounded_by: Option<String>,
    /// The lowest and highest grade the samples gave, when they differ.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub range: Option<(i16, i16)>,
}

impl DomainResult {
    /// The samples disagreed by two steps or more.
    pub fn uncertain(&self) -> bool {
        self.range
            .is_some_and(|(lo, hi)| hi - lo >= super::marking::UNCERTAIN_SPREAD)
    }
}

/// A mark-scheme point and the candidate's lines that cover it (checklist only).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoveragePoint {
    pub point: String,
    #[serde(default)]
    pub critical: bool,
    pub lines: Vec<usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoverageGroup {
    pub label: String,
    pub points: Vec<CoveragePoint>,
}

/// The parts of a station, in the order they usually come.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Phase {
    Opening,
    History,
    ExaminationExplanation,
    Plan,
    Closing,
}

impl Phase {
    pub const ALL: [Phase; 5] = [
        Phase::Opening,
        Phase::History,
        Phase::ExaminationExplanation,
        Phase::Plan,
        Phase::Closing,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Phase::Opening => "Opening",
            Phase::History => "History",
            Phase::ExaminationExplanation => "Examination and explanation",
            Phase::Plan => "Plan",
            Phase::Closing => "Closing",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseTime {
    pub phase: Phase,
    pub ms: i64,
}

/// How the round's time went: before the first words (reading time), then each part
/// of the station, from the transcript's timing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeBreakdown {
    pub before_first_ms: i64,
    pub phases: Vec<PhaseTime>,
}

impl TimeBreakdown {
    pub fn spoken_ms(&self) -> i64 {
        self.phases.iter().map(|p| p.ms).sum()
    }
}

/// The assessment of one round (`assessment/1`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub schema: String,
    pub rubric: Rubric,
    pub assessor: AssessorInfo,
    pub domains: Vec<DomainResult>,
    /// The global judgement, where the rubric has one and the assessor gives one.
    pub global: Option<String>,
    pub summary: String,
    pub strengths: Vec<String>,
    pub improvements: Vec<String>,
    /// The checklist's coverage of the mark scheme, point by point (empty for an LLM).
    pub coverage: Vec<CoverageGroup>,
    pub time: TimeBreakdown,
    /// Quotes the assessor gave that failed verification, left out.
    pub dropped_quotes: u32,
    pub assessed_at: DateTime<Utc>,
    /// The session's exam, as the room stores it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exam: Option<String>,
    /// Each mark-scheme point, verified, evidence first.
    #[serde(default)]
    pub points: Vec<PointResult>,
    /// Lines that address the marker: they earn nothing.
    #[serde(default)]
    pub integrity: Vec<IntegrityFlag>,
    /// Set when too little of the candidate's speech was recorded: nothing is graded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub too_little: Option<Speech>,
    /// Set when a long transcript was shortened to fit the assessor's prompt.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub shortened: Option<String>,
}

impl Assessment {
    /// The note about lines addressed to the marker, if any.
    pub fn integrity_note(&self) -> Option<String> {
        super::marking::integrity_note(&self.integrity)
    }

    /// Why this rubric marks this exam, where the two differ: UKMLA CPSA and AMC are
    /// marked on the PLAB 2 domains.
    pub fn rubric_note(&self) -> Option<String> {
        match (self.exam.as_deref(), self.rubric) {
            (Some(exam @ ("UKMLA CPSA" | "AMC")), Rubric::Plab2) => Some(format!(
                "{exam} is marked here on the PLAB 2 domains, which it shares in substance."
            )),
            _ => None,
        }
    }
}

stored_as_text!(AssessorKind {
    Llm => "llm",
    Checklist => "checklist",
});

/// Where a round's assessment job stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JobStatus {
    Queued,
    Running,
    Done,
    Failed,
}

impl JobStatus {
    pub fn pending(self) -> bool {
        matches!(self, JobStatus::Queued | JobStatus::Running)
    }
}

stored_as_text!(JobStatus {
    Queued => "queued",
    Running => "running",
    Done => "done",
    Failed => "failed",
});

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AssessmentJobView {
    pub status: JobStatus,
    pub attempts: i32,
    pub max_attempts: i32,
    pub last_error: Option<String>,
    /// When a queued job is due (later than now while it backs off after an error).
    pub run_after: DateTime<Utc>,
}

impl Rubric {
    /// The band a domain score falls in: what the feedback leads with, since a model's
    /// exact point on an ordinal scale is the least reliable part of its marking.
    pub fn band(self, score: i16) -> &'static str {
        match self {
            Rubric::Plab2 => match score {
                i16::MIN..=1 => "Below the standard",
                2 => "Borderline",
                _ => "Meets the standard",
            },
            _ => self
                .scale()
                .iter()
                .find(|(s, _)| *s == score)
                .map(|(_, label)| *label)
                .unwrap_or("Off the scale"),
        }
    }

    pub fn max_score(self) -> i16 {
        self.scale().last().map(|(s, _)| *s).unwrap_or(0)
    }

    pub fn domain_label(self, code: &str) -> Option<&'static str> {
        self.domains()
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, l)| *l)
    }
}

/// One rubric domain with the partner's and the assessor's scores side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DomainComparison {
    pub label: String,
    pub peer: Option<i16>,
    pub assessor: Option<i16>,
}

impl DomainComparison {
    /// The two marks differ by two points or more.
    pub fn disagree(&self) -> bool {
        matches!((self.peer, self.assessor), (Some(p), Some(a)) if (p - a).abs() >= 2)
    }
}

/// The partner's marks beside the assessor's, domain by domain of the rubric. Only an
/// assessor that scores (an LLM) is compared.
pub fn compare(assessment: &Assessment, peer: Option<&PeerMarks>) -> Vec<DomainComparison> {
    if assessment.assessor.kind != AssessorKind::Llm {
        return Vec::new();
    }
    assessment
        .rubric
        .domains()
        .iter()
        .map(|(code, label)| DomainComparison {
            label: (*label).to_string(),
            peer: peer.and_then(|p| p.scores.get(*code).copied()),
            assessor: assessment
                .domains
                .iter()
                .find(|d| d.code == *code)
                .and_then(|d| d.score),
        })
        .collect()
}

/// Lower case, runs of whitespace as one space, curly quotes and dashes plain: how
/// quotes and keywords are matched against the transcript.
pub fn normalise(text: &str) -> String {
    let text = text
        .to_lowercase()
        .replace(['\u{2019}', '\u{2018}', '`'], "'")
        .replace(['\u{201c}', '\u{201d}'], "\"")
        .replace(['\u{2013}', '\u{2014}'], "-");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

const OPENING_CUES: &[&str] = &[
    "hello",
    "good morning",
    "good afternoon",
    "good evening",
    "my name is",
    "i'm dr",
    "i am dr",
    "i'm one of the",
    "confirm your name",
    "date of birth",
    "like me to call you",
    "is it ok if i",
    "is it okay if i",
];
const EXPLANATION_CUES: &[&str] = &[
    "examin",
    "explain",
    "what this means",
    "results",
    "diagnos",
    "it sounds like",
    "i think",
    "likely",
    "this is called",
    "the condition",
    "what's happening",
    "what is happening",
];
const PLAN_CUES: &[&str] = &[
    "plan",
    "refer",
    "prescrib",
    "treatment",
    "medication",
    "medicine",
    "follow up",
    "follow-up",
    "we could",
    "options",
    "recommend",
    "arrange",
    "book ",
    "blood test",
    "scan",
    "start you on",
];
const CLOSING_CUES: &[&str] = &[
    "any questions",
    "anything else",
    "safety net",
    "come back",
    "get worse",
    "gets worse",
    "summar",
    "take care",
    "goodbye",
    "thank you for coming",
    "thanks for coming",
];

/// The part of the station a candidate's line belongs to, if its words say so.
fn cue(text: &str) -> Option<Phase> {
    let text = normalise(text);
    let has = |cues: &[&str]| cues.iter().any(|c| text.contains(c));
    if has(CLOSING_CUES) {
        Some(Phase::Closing)
    } else if has(PLAN_CUES) {
        Some(Phase::Plan)
    } else if has(EXPLANATION_CUES) {
        Some(Phase::ExaminationExplanation)
    } else if has(OPENING_CUES) {
        Some(Phase::Opening)
    } else if text.contains('?') {
        Some(Phase::History)
    } else {
        None
    }
}

/// How a round's minutes were spent: each line lasts until the next (the last one
/// until the round ended, at most a minute); the candidate's words set the part of the
/// station, and the actor's lines belong to the part they answer.
pub fn time_breakdown(lines: &[TranscriptLine], round_ms: i64) -> TimeBreakdown {
    const LAST_LINE_MAX_MS: i64 = 60_000;
    let mut totals = [0i64; 5];
    let mut phase = Phase::Opening;
    for (i, line) in lines.iter().enumerate() {
        if line.role == "candidate" {
            if let Some(p) = cue(&line.text) {
                phase = p;
            }
        }
        let until = match lines.get(i + 1) {
            Some(next) => next.at_ms,
            None => round_ms.min(line.at_ms + LAST_LINE_MAX_MS),
        };
        totals[phase as usize] += (until - line.at_ms).max(0);
    }
    TimeBreakdown {
        before_first_ms: lines.first().map(|l| l.at_ms.max(0)).unwrap_or(0),
        phases: Phase::ALL
            .into_iter()
            .map(|phase| PhaseTime {
                phase,
                ms: totals[phase as usize],
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use uuid::Uuid;

    fn line(role: &str, at_s: i64, text: &str) -> TranscriptLine {
        TranscriptLine {
            role: role.into(),
            user_id: Uuid::nil(),
            at_ms: at_s * 1000,
            text: text.into(),
        }
    }

    fn ms(t: &TimeBreakdown, phase: Phase) -> i64 {
        t.phases.iter().find(|p| p.phase == phase).unwrap().ms
    }

    #[test]
    fn time_goes_to_the_part_the_candidate_is_in() {
        let lines = vec![
            line(
                "candidate",
                90,
                "Hello, my name is Dr Shah. Can you confirm your name?",
            ),
            line("actor", 100, "Yes, John Smith."),
            line("candidate", 110, "What brings you in today?"),
            line("actor", 120, "Chest pain since this morning."),
            line(
                "candidate",
                180,
                "I'd like to examine your chest if that is all right.",
            ),
            line("candidate", 240, "I think this could be angina."),
            line(
                "candidate",
                300,
                "The plan is a blood test and an ECG today.",
            ),
            line("candidate", 400, "Do you have any questions?"),
            line("actor", 420, "No, thank you."),
        ];
        let t = time_breakdown(&lines, 600_000);
        assert_eq!(t.before_first_ms, 90_000);
        assert_eq!(ms(&t, Phase::Opening), 20_000);
        assert_eq!(ms(&t, Phase::History), 70_000);
        assert_eq!(ms(&t, Phase::ExaminationExplanation), 120_000);
        assert_eq!(ms(&t, Phase::Plan), 100_000);
        // The last line counts a minute at most, not until the round was ended.
        assert_eq!(ms(&t, Phase::Closing), 20_000 + 60_000);
        assert_eq!(t.spoken_ms(), 20_000 + 70_000 + 120_000 + 100_000 + 80_000);
    }

    #[test]
    fn an_empty_transcript_spends_nothing() {
        let t = time_breakdown(&[], 480_000);
        assert_eq!(t.before_first_ms, 0);
        assert_eq!(t.spoken_ms(), 0);
        assert_eq!(t.phases.len(), 5);
    }

    #[test]
    fn bands_follow_the_rubric() {
        assert_eq!(Rubric::Plab2.band(0), "Below the standard");
        assert_eq!(Rubric::Plab2.band(2), "Borderline");
        assert_eq!(Rubric::Plab2.band(4), "Meets the standard");
        assert_eq!(Rubric::Sca.band(3), "Clear pass");
        assert_eq!(Rubric::PacesCommunication.band(1), "Borderline");
        assert_eq!(Rubric::Plab2.max_score(), 4);
        assert_eq!(Rubric::Sca.max_score(), 3);
    }

    #[test]
    fn marks_two_points_apart_are_flagged() {
        let domain = |code: &str, score| DomainResult {
            code: code.into(),
            label: code.into(),
            score: Some(score),
            max: Some(4),
            band: String::new(),
            evidence: vec![],
            strengths: vec![],
            improvements: vec![],
            claimed: None,
            bounded_by: None,
            range: None,
        };
        let assessment = Assessment {
            schema: SCHEMA.into(),
            rubric: Rubric::Plab2,
            assessor: AssessorInfo {
                kind: AssessorKind::Llm,
                name: "m".into(),
                version: "1".into(),
                rubric_version: String::new(),
                case_hash: String::new(),
                samples: 1,
            },
            domains: vec![
                domain("data_gathering", 1),
                domain("clinical_management", 3),
                domain("interpersonal", 2),
            ],
            global: None,
            summary: String::new(),
            strengths: vec![],
            improvements: vec![],
            coverage: vec![],
            time: time_breakdown(&[], 0),
            dropped_quotes: 0,
            assessed_at: Utc::now(),
            exam: None,
            points: vec![],
            integrity: vec![],
            too_little: None,
            shortened: None,
        };
        let peer = PeerMarks {
            schema: "peer-marks/1".into(),
            rubric: Rubric::Plab2,
            scores: BTreeMap::from([
                ("data_gathering".to_string(), 3),
                ("clinical_management".to_string(), 2),
                ("interpersonal".to_string(), 0),
            ]),
            global: None,
            feedback: String::new(),
            by: Uuid::nil(),
        };
        let rows = compare(&assessment, Some(&peer));
        let flags: Vec<bool> = rows.iter().map(DomainComparison::disagree).collect();
        assert_eq!(flags, vec![true, false, true]);
        // Without the partner's marks nothing is flagged.
        assert!(compare(&assessment, None).iter().all(|r| !r.disagree()));
        // A checklist is not compared at all.
        let mut checklist = assessment.clone();
        checklist.assessor.kind = AssessorKind::Checklist;
        assert!(compare(&checklist, Some(&peer)).is_empty());
    }

    #[test]
    fn cpsa_feedback_says_it_is_marked_on_the_plab_2_domains() {
        let mut a: Assessment = serde_json::from_value(serde_json::json!({
            "schema": "assessment/1", "rubric": "Plab2",
            "assessor": {"kind": "llm", "name": "m", "version": "1"},
            "domains": [], "global": null, "summary": "", "strengths": [], "improvements": [],
            "coverage": [], "time": {"before_first_ms": 0, "phases": []},
            "dropped_quotes": 0, "assessed_at": "2026-12-02T10:00:00Z"
        }))
        .expect("an assessment stored before this version still reads");
        assert_eq!(a.rubric_note(), None);
        a.exam = Some("UKMLA CPSA".into());
        assert!(a
            .rubric_note()
            .unwrap()
            .contains("UKMLA CPSA is marked here on the PLAB 2 domains"));
        assert!(a.points.is_empty() && a.integrity.is_empty() && a.too_little.is_none());
    }
}
