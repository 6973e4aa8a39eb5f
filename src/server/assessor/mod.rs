//! Assessing a round's transcript (`assessment/1`). Two assessors behind one interface:
//! an LLM examiner on any OpenAI-compatible chat-completions endpoint, and the offline
//! mark-scheme checklist used when no LLM is configured. Rounds reach them through
//! durable jobs in PostgreSQL ([`jobs`]); the assessment is written by the server as
//! the owner, never in a participant's transaction.

pub mod checklist;
pub mod eval;
pub mod jobs;
pub mod llm;

use sqlx::types::Json;
use sqlx::PgPool;
use std::future::Future;
use std::time::Duration;
use uuid::Uuid;

use chrono::Utc;

use crate::model::assessment::{time_breakdown, Assessment, AssessorInfo, AssessorKind, SCHEMA};
use crate::model::cases::MarkScheme;
use crate::model::marking::{integrity_flags, IntegrityFlag, Speech};
use crate::model::practice::{Encounter, Rubric, Transcript, TranscriptLine};
use crate::model::ExamPreset;

use super::config::AssessorConfig;

/// Everything an assessor is given about one ended round.
#[derive(Debug, Clone)]
pub struct RoundInput {
    pub round_id: Uuid,
    pub exam: Option<ExamPreset>,
    pub rubric: Rubric,
    pub case_name: String,
    pub condition: String,
    pub station_kind: String,
    pub setting: String,
    pub candidate_brief: String,
    pub actor_brief: String,
    pub reveal_if_asked: Vec<String>,
    pub mark_scheme: MarkScheme,
    pub lines: Vec<TranscriptLine>,
    /// From the round's start to its end.
    pub round_ms: i64,
    /// SHA-256 of the case as marked (briefs and mark scheme), hex.
    pub case_hash: String,
}

/// A finished assessment, and how many of the assessor's answers were refused on the
/// way (an LLM's invalid first answer) in this attempt.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub assessment: Assessment,
    pub invalid_answers: u32,
}

/// Why an assessment could not be made. Messages are for the participants: they say
/// what happened without a provider's own words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssessError {
    /// Worth trying again later: rate limited, a server error, a timeout, no connection.
    /// `invalid_answers`: answers refused in this attempt before the error, which count
    /// towards the job's limit of one retry.
    #[error("{message}")]
    Unavailable {
        message: String,
        retry_after: Option<Duration>,
        invalid_answers: u32,
    },
    /// The answers did not pass validation, the retry included.
    #[error("{message}")]
    InvalidAnswer {
        message: String,
        invalid_answers: u32,
    },
    /// The provider refused the request itself (key, model, request): retrying will not
    /// help until the configuration changes.
    #[error("{message}")]
    Refused { message: String },
}

/// The document an assessor fills in: its rubric, assessor, exam and the round's
/// timing, nothing graded yet.
pub fn blank(input: &RoundInput, assessor: AssessorInfo) -> Assessment {
    Assessment {
        schema: SCHEMA.to_string(),
        rubric: input.rubric,
        assessor,
        domains: Vec::new(),
        global: None,
        summary: String::new(),
        strengths: Vec::new(),
        improvements: Vec::new(),
        coverage: Vec::new(),
        time: time_breakdown(&input.lines, input.round_ms),
        dropped_quotes: 0,
        assessed_at: Utc::now(),
        exam: input.exam.map(|e| e.code().to_string()),
        points: Vec::new(),
        integrity: Vec::new(),
        too_little: None,
        shortened: None,
    }
}

/// The round's lines that address the marker, and, when too little of the
/// candidate's own speech was recorded, the assessment that says so and grades
/// nothing: the one check both assessors make before any marking.
pub fn screen(
    input: &RoundInput,
    assessor: AssessorInfo,
) -> (Vec<IntegrityFlag>, Option<Assessment>) {
    let flags = integrity_flags(&input.lines);
    let speech = Speech::of(&input.lines, &flags);
    if !speech.too_little() {
        return (flags, None);
    }
    let mut assessment = blank(input, assessor);
    // Nothing was asked of any model: no answers to count.
    assessment.assessor.samples = 0;
    assessment.summary = speech.message();
    assessment.too_little = Some(speech);
    assessment.integrity = flags.clone();
    (flags, Some(assessment))
}

/// An assessor: turns one ended round into an `assessment/1` document.
/// `invalid_so_far` is how many answers earlier attempts of the same job had refused:
/// an invalid answer is asked for again once per job, not once per attempt.
pub trait Assessor: Send + Sync {
    fn assess(
        &self,
        input: &RoundInput,
        invalid_so_far: u32,
    ) -> impl Future<Output = Result<Outcome, AssessError>> + Send;
}

/// The assessor this server is configured with.
#[derive(Clone)]
pub enum Configured {
    Llm(llm::LlmAssessor),
    Checklist(checklist::ChecklistAssessor),
}

impl Configured {
    pub fn from_config(config: &AssessorConfig) -> Self {
        match &config.llm {
            Some(llm) => Configured::Llm(llm::LlmAssessor::new(llm.clone())),
            None => Configured::Checklist(checklist::ChecklistAssessor),
        }
    }

    pub fn kind(&self) -> AssessorKind {
        match self {
            Configured::Llm(_) => AssessorKind::Llm,
            Configured::Checklist(_) => AssessorKind::Checklist,
        }
    }
}

impl Assessor for Configured {
    async fn assess(
        &self,
        input: &RoundInput,
        invalid_so_far: u32,
    ) -> Result<Outcome, AssessError> {
        match self {
            Configured::Llm(a) => a.assess(input, invalid_so_far).await,
            Configured::Checklist(a) => a.assess(input, invalid_so_far).await,
        }
    }
}

struct InputRow {
    exam_preset: Option<ExamPreset>,
    case_name: Option<String>,
    condition: Option<String>,
    station_kind: Option<String>,
    setting: Option<String>,
    candidate_brief: Option<String>,
    actor_brief: Option<String>,
    reveal_if_asked: Option<Vec<String>>,
    mark_scheme: Option<Json<MarkScheme>>,
    transcript: Json<Transcript>,
    round_ms: Option<i64>,
    case_hash: Option<String>,
}

/// An ended round's input, read as the owner (the server's own work).
pub async fn load_input(pool: &PgPool, round_id: Uuid) -> Result<Option<RoundInput>, sqlx::Error> {
    let row = sqlx::query_as!(
        InputRow,
        r#"select rm.exam_preset as "exam_preset: ExamPreset", c.case_name as "case_name?",
                c.condition as "condition?", c.station_kind as "station_kind?",
                c.setting as "setting?", c.candidate_brief as "candidate_brief?",
                c.actor_brief as "actor_brief?", c.reveal_if_asked as "reveal_if_asked?",
                c.mark_scheme as "mark_scheme?: Json<MarkScheme>",
                public.round_transcript(ro.id) as "transcript!: Json<Transcript>",
                (extract(epoch from (ro.ended_at - ro.started_at)) * 1000)::bigint as round_ms,
                encode(sha256(convert_to(jsonb_build_array(c.candidate_brief, c.actor_brief,
                    c.reveal_if_asked, c.mark_scheme)::text, 'UTF8')), 'hex') as case_hash
         from public.practice_rounds ro
         join public.practice_rooms rm on rm.id = ro.room_id
         left join public.case_briefs c on c.id = ro.case_briefs_id
         where ro.id = $1 and ro.ended_at is not null"#,
        round_id
    )
    .fetch_optional(pool)
    .await?;
    Ok(row.map(|r| {
        let exam = r.exam_preset;
        let encounter = r.station_kind.as_deref().map(Encounter::of_station);
        RoundInput {
            round_id,
            exam,
            rubric: Rubric::for_round(exam, encounter),
            case_name: r.case_name.unwrap_or_default(),
            condition: r.condition.unwrap_or_default(),
            station_kind: r.station_kind.unwrap_or_default(),
            setting: r.setting.unwrap_or_default(),
            candidate_brief: r.candidate_brief.unwrap_or_default(),
            actor_brief: r.actor_brief.unwrap_or_default(),
            reveal_if_asked: r.reveal_if_asked.unwrap_or_default(),
            mark_scheme: r.mark_scheme.map(|m| m.0).unwrap_or_default(),
            lines: r.transcript.0.lines,
            round_ms: r.round_ms.unwrap_or(0).max(0),
            case_hash: r.case_hash.unwrap_or_default(),
        }
    }))
}
