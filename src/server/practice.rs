//! The practice room for its host and guest: the rounds, their briefs (only through
//! `round_brief()`), starting and ending rounds, the stage, transcript lines and the
//! partner's marks. Every call runs as the viewer; the database holds the rules.

use chrono::{DateTime, Utc};
use sqlx::types::Json;
use sqlx::PgConnection;
use uuid::Uuid;

use super::db::UserTx;
use crate::error::AppError;
use crate::model::assessment::{Assessment, AssessmentJobView, AssessorKind, JobStatus};
use crate::model::cases::problems_message;
use crate::model::cases::MarkScheme;
use crate::model::messages;
use crate::model::practice::{
    video_room_name, CaseChoice, Encounter, MarkSheet, PeerMarks, PracticeView, RoundBrief,
    RoundView, Rubric, StationTiming, Transcript, TranscriptLine,
};
use crate::model::{ExamPreset, Stage};

struct RoomRow {
    host_id: Uuid,
    guest_id: Option<Uuid>,
    stage: Stage,
    room_url: String,
    exam_preset: Option<ExamPreset>,
    cancelled: bool,
    host_name: String,
    guest_name: Option<String>,
    now: DateTime<Utc>,
}

async fn room(conn: &mut PgConnection, room_id: Uuid) -> Result<RoomRow, AppError> {
    sqlx::query_as!(
        RoomRow,
        r#"select r.host_id, r.guest_id, r.stage as "stage: Stage", r.room_url,
                r.exam_preset as "exam_preset: ExamPreset",
                r.cancelled_at is not null as "cancelled!",
                hp.first_name || ' ' || hp.last_name as "host_name!",
                gp.first_name || ' ' || gp.last_name as guest_name,
                now() as "now!: DateTime<Utc>"
         from public.practice_rooms r
         join public.profiles hp on hp.user_id = r.host_id
         left join public.profiles gp on gp.user_id = r.guest_id
         where r.id = $1 and (select auth.uid()) in (r.host_id, r.guest_id)"#,
        room_id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)
}

/// The id of the session at `room_url`, if the viewer is its host or guest.
pub async fn room_at(conn: &mut PgConnection, room_url: &str) -> Result<Option<Uuid>, AppError> {
    Ok(sqlx::query_scalar!(
        "select id from public.practice_rooms
         where room_url = $1 and (select auth.uid()) in (host_id, guest_id)",
        room_url
    )
    .fetch_optional(conn)
    .await?)
}

struct RoundRow {
    id: Uuid,
    round_number: i16,
    candidate_id: Uuid,
    started_at: Option<DateTime<Utc>>,
    ended_at: Option<DateTime<Utc>>,
    transcript: Json<Transcript>,
    peer_marks: Option<Json<PeerMarks>>,
    assessment: Option<Json<Assessment>>,
    job_status: Option<JobStatus>,
    job_attempts: Option<i32>,
    job_max_attempts: Option<i32>,
    job_last_error: Option<String>,
    job_run_after: Option<DateTime<Utc>>,
    encounter: Option<Encounter>,
}

impl RoundRow {
    fn job(&self) -> Option<AssessmentJobView> {
        Some(AssessmentJobView {
            status: self.job_status?,
            attempts: self.job_attempts?,
            max_attempts: self.job_max_attempts?,
            last_error: self.job_last_error.clone(),
            run_after: self.job_run_after?,
        })
    }
}

struct BriefRow {
    viewer_is_candidate: bool,
    revealed: bool,
    candidate_brief: String,
    actor_brief: Option<String>,
    case_name: Option<String>,
    category: Option<String>,
    condition: Option<String>,
    station_kind: Option<String>,
    setting: Option<String>,
    reveal_if_asked: Option<Vec<String>>,
    mark_scheme: Option<Json<MarkScheme>>,
}

/// The brief of one round for the current viewer, through `round_brief()` only.
pub async fn brief(
    conn: &mut PgConnection,
    round_id: Uuid,
) -> Result<Option<RoundBrief>, AppError> {
    let row = sqlx::query_as!(
        BriefRow,
        r#"select viewer_is_candidate as "viewer_is_candidate!", revealed as "revealed!",
                candidate_brief as "candidate_brief!", actor_brief, case_name, category,
                condition, station_kind, setting, reveal_if_asked,
                mark_scheme as "mark_scheme: Json<MarkScheme>"
         from public.round_brief($1)"#,
        round_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|b| RoundBrief {
        viewer_is_candidate: b.viewer_is_candidate,
        revealed: b.revealed,
        candidate_brief: b.candidate_brief,
        actor_brief: b.actor_brief,
        case_name: b.case_name,
        category: b.category,
        condition: b.condition,
        station_kind: b.station_kind,
        setting: b.setting,
        reveal_if_asked: b.reveal_if_asked,
        mark_scheme: b.mark_scheme.map(|m| m.0),
    }))
}

/// The session's practice as its host or guest sees it: none until a partner has
/// joined, or once it is cancelled; not found for anyone else.
pub async fn view(
    tx: &mut UserTx,
    room_id: Uuid,
    video_base: &str,
    assessor: AssessorKind,
) -> Result<Option<PracticeView>, AppError> {
    let viewer = tx.user();
    let conn: &mut PgConnection = tx;
    let r = room(conn, room_id).await?;
    let (Some(guest_id), Some(guest_name)) = (r.guest_id, r.guest_name.clone()) else {
        return Ok(None);
    };
    if r.cancelled {
        return Ok(None);
    }
    let exam = r.exam_preset;
    let rows = sqlx::query_as!(
        RoundRow,
        r#"select ro.id, ro.round_number, ro.candidate_id,
                ro.started_at as "started_at: DateTime<Utc>", ro.ended_at as "ended_at: DateTime<Utc>",
                public.round_transcript(ro.id) as "transcript!: Json<Transcript>",
                ro.peer_marks as "peer_marks: Json<PeerMarks>",
                ro.assessment as "assessment: Json<Assessment>",
                j.status as "job_status?: JobStatus", j.attempts as "job_attempts?",
                j.max_attempts as "job_max_attempts?", j.last_error as "job_last_error?",
                j.run_after as "job_run_after?: DateTime<Utc>",
                public.round_encounter(ro.id) as "encounter: Encounter"
         from public.practice_rounds ro
         left join public.assessment_jobs j on j.round_id = ro.id
         where ro.room_id = $1 order by ro.round_number"#,
        room_id
    )
    .fetch_all(&mut *conn)
    .await?;
    let name = |id: Uuid| {
        if id == r.host_id {
            r.host_name.clone()
        } else {
            guest_name.clone()
        }
    };
    let mut rounds = Vec::with_capacity(rows.len());
    for row in rows {
        let viewer_is_candidate = row.candidate_id == viewer;
        // The partner sees the assessment once they have given their own marks.
        let held = !viewer_is_candidate && row.peer_marks.is_none() && row.assessment.is_some();
        let job = row.job();
        let partner = if row.candidate_id == r.host_id {
            guest_id
        } else {
            r.host_id
        };
        let encounter = row.encounter;
        rounds.push(RoundView {
            rubric: Rubric::for_round(exam, encounter),
            timing: StationTiming::for_round(exam, encounter),
            id: row.id,
            number: row.round_number,
            candidate_id: row.candidate_id,
            candidate_name: name(row.candidate_id),
            partner_name: name(partner),
            viewer_is_candidate,
            started_at: row.started_at,
            ended_at: row.ended_at,
            brief: brief(conn, row.id).await?,
            transcript: row.transcript.0.lines,
            peer_marks: row.peer_marks.map(|m| m.0),
            assessment: if held {
                None
            } else {
                row.assessment.map(|a| a.0)
            },
            assessment_job: job,
            assessment_held: held,
        });
    }
    // The host chooses the next round's case unless they are its candidate.
    let next_candidate = match (r.stage, rounds.iter().find(|x| x.number == 1)) {
        (Stage::FirstRound, None) => Some(guest_id),
        (Stage::SecondRound, Some(first)) if !rounds.iter().any(|x| x.number == 2) => {
            Some(if first.candidate_id == r.host_id {
                guest_id
            } else {
                r.host_id
            })
        }
        _ => None,
    };
    // At round 1 the host may still name themselves; the database then picks.
    let case_choices = if viewer == r.host_id
        && next_candidate.is_some_and(|c| r.stage == Stage::FirstRound || c != r.host_id)
    {
        let mut choices = choices(conn, room_id).await?;
        if let Some(candidate) = next_candidate.filter(|c| *c != r.host_id) {
            recommend_choices(conn, room_id, candidate, &guest_name, &mut choices).await?;
        }
        choices
    } else {
        Vec::new()
    };
    Ok(Some(PracticeView {
        room_id,
        stage: r.stage,
        viewer_is_host: viewer == r.host_id,
        host_id: r.host_id,
        host_name: r.host_name.clone(),
        guest_id,
        guest_name,
        exam,
        timing: rounds
            .iter()
            .find(|x| r.stage.round() == Some(x.number))
            .map(|x| x.timing)
            .unwrap_or_else(|| StationTiming::for_exam(exam)),
        rubric: Rubric::for_exam(exam),
        rounds,
        next_candidate,
        case_choices,
        server_now: r.now,
        video_url: format!("{video_base}{}", video_room_name(&r.room_url)),
        assessor,
    }))
}

/// How many of the choices are marked as recommended for the candidate.
const RECOMMENDED_CHOICES: usize = 3;

/// Marks the choices recommended for `candidate` (see `progress::recommend`) and puts
/// them first, saying why in words the host reads; the candidate's grades stay theirs.
async fn recommend_choices(
    conn: &mut PgConnection,
    room_id: Uuid,
    candidate: Uuid,
    candidate_name: &str,
    choices: &mut Vec<CaseChoice>,
) -> Result<(), AppError> {
    use super::progress;
    let catalogue = progress::catalogue(conn).await?;
    let (history, standing) = progress::history(conn, candidate, Some(room_id)).await?;
    let now = sqlx::query_scalar!(r#"select now() as "now!: DateTime<Utc>""#)
        .fetch_one(&mut *conn)
        .await?;
    let offered = |c: &progress::CatalogueCase| {
        choices
            .iter()
            .any(|choice| choice.id == c.id && choice.suits_exam)
    };
    let picks = progress::recommend(
        &catalogue,
        &history,
        &standing,
        offered,
        now,
        chrono_tz::UTC,
        RECOMMENDED_CHOICES,
    );
    let first_name = candidate_name
        .split_whitespace()
        .next()
        .unwrap_or(candidate_name);
    let weak = progress::weakest(&standing);
    for (rank, pick) in picks.iter().enumerate() {
        if let Some(choice) = choices.iter_mut().find(|c| c.id == pick.case_id) {
            choice.recommended = Some(progress::picker_reason(first_name, pick, weak));
        }
        if let Some(at) = choices.iter().position(|c| c.id == pick.case_id) {
            let choice = choices.remove(at);
            choices.insert(rank, choice);
        }
    }
    Ok(())
}

/// The cases the host may choose from for the next round.
pub async fn choices(conn: &mut PgConnection, room_id: Uuid) -> Result<Vec<CaseChoice>, AppError> {
    let rows = sqlx::query!(
        r#"select id as "id!", case_name as "case_name!", category as "category!",
                station_kind as "station_kind!", difficulty as "difficulty!",
                suits_exam as "suits_exam!", had_before as "had_before!"
         from public.round_case_choices($1)"#,
        room_id
    )
    .fetch_all(&mut *conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| CaseChoice {
            id: r.id,
            case_name: r.case_name,
            category: r.category,
            station_kind: r.station_kind,
            difficulty: r.difficulty,
            suits_exam: r.suits_exam,
            had_before: r.had_before,
            recommended: None,
        })
        .collect())
}

/// Starts the room's next round (the host only): `candidate` for round 1 (the guest
/// when none), the case chosen or, when none, picked by the database.
pub async fn start(
    conn: &mut PgConnection,
    room_id: Uuid,
    candidate: Option<Uuid>,
    case: Option<Uuid>,
) -> Result<Uuid, AppError> {
    Ok(sqlx::query_scalar!(
        r#"select public.start_round($1, $2, $3) as "round_id!""#,
        room_id,
        candidate,
        case
    )
    .fetch_one(&mut *conn)
    .await?)
}

/// Ends a running round (the host only).
pub async fn end(conn: &mut PgConnection, round_id: Uuid) -> Result<(), AppError> {
    let done = sqlx::query!(
        "update public.practice_rounds set ended_at = now()
         where id = $1 and started_at is not null",
        round_id
    )
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Moves the session on (the host only): to round 2 once round 1 has ended, and to
/// finished once round 2 has.
pub async fn advance(conn: &mut PgConnection, room_id: Uuid) -> Result<Stage, AppError> {
    // The database holds the rules (host only, the round ended and marked, one step).
    Ok(sqlx::query_scalar!(
        r#"select public.advance_stage($1) as "stage!: Stage""#,
        room_id
    )
    .fetch_one(&mut *conn)
    .await?)
}

/// Adds one of the viewer's lines to a running round, timed by the database.
pub async fn add_line(
    conn: &mut PgConnection,
    round_id: Uuid,
    text: &str,
) -> Result<TranscriptLine, AppError> {
    if let Some(problem) = crate::model::practice::line_problem(text) {
        return Err(AppError::invalid(problem));
    }
    let Json(line) = sqlx::query_scalar!(
        r#"select public.add_transcript_line($1, $2) as "line!: Json<TranscriptLine>""#,
        round_id,
        text
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(line)
}

/// The partner's marks of the candidate, once the round has ended, under the rubric of
/// the session's exam.
pub async fn submit_marks(
    tx: &mut UserTx,
    round_id: Uuid,
    sheet: &MarkSheet,
) -> Result<(), AppError> {
    let viewer = tx.user();
    let conn: &mut PgConnection = tx;
    let found = sqlx::query!(
        r#"select rm.exam_preset as "exam_preset: ExamPreset",
                public.round_encounter(ro.id) as "encounter: Encounter"
           from public.practice_rounds ro
           join public.practice_rooms rm on rm.id = ro.room_id where ro.id = $1"#,
        round_id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or(AppError::NotFound)?;
    let (exam, encounter) = (found.exam_preset, found.encounter);
    let rubric = Rubric::for_round(exam, encounter);
    let marks = sheet
        .to_marks(rubric, viewer)
        .map_err(|p| AppError::invalid(problems_message("Please complete the mark sheet:", p)))?;
    // The database refuses a second, different sheet; an identical one would change
    // nothing, so "once" is held here too.
    let done = sqlx::query!(
        "update public.practice_rounds set peer_marks = $1 where id = $2 and peer_marks is null",
        Json(&marks) as _,
        round_id,
    )
    .execute(&mut *conn)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::conflict(messages::ROUND_MARKED));
    }
    Ok(())
}

/// The room's host and guest, if the viewer is one of them.
pub async fn seats(
    conn: &mut PgConnection,
    room_id: Uuid,
) -> Result<Option<(Uuid, Option<Uuid>)>, AppError> {
    let row = sqlx::query!(
        "select host_id, guest_id from public.practice_rooms
         where id = $1 and (select auth.uid()) in (host_id, guest_id)",
        room_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.map(|r| (r.host_id, r.guest_id)))
}

/// A round's transcript lines, for its participants.
pub async fn transcript(
    conn: &mut PgConnection,
    round_id: Uuid,
) -> Result<Vec<TranscriptLine>, AppError> {
    let row = sqlx::query_scalar!(
        r#"select public.round_transcript(id) as "transcript!: Json<Transcript>"
             from public.practice_rounds where id = $1"#,
        round_id
    )
    .fetch_optional(&mut *conn)
    .await?;
    Ok(row.ok_or(AppError::NotFound)?.0.lines)
}

/// Records a transcript's lines for a round, after any it has, as the server's own work
/// (demo data, fixtures, benchmarks): rows in order, and the round's size.
pub async fn record_transcript(
    conn: &mut PgConnection,
    round_id: Uuid,
    transcript: &Transcript,
) -> Result<(), sqlx::Error> {
    let lines = &transcript.lines;
    sqlx::query!(
        "with added as (
           insert into public.transcript_lines (round_id, n, role, user_id, at_ms, text, added_at)
           select $1, r.line_count + t.n, t.role, t.user_id, t.at_ms, t.text,
                  coalesce(r.started_at, r.created_at) + t.at_ms * interval '1 millisecond'
             from public.practice_rounds r,
                  unnest($2::text[], $3::uuid[], $4::bigint[], $5::text[])
                  with ordinality as t(role, user_id, at_ms, text, n)
            where r.id = $1
           returning text
         )
         update public.practice_rounds
            set line_count = line_count + (select count(*) from added),
                char_count = char_count + (select coalesce(sum(char_length(text)), 0) from added)
          where id = $1",
        round_id,
        &lines.iter().map(|l| l.role.clone()).collect::<Vec<_>>(),
        &lines.iter().map(|l| l.user_id).collect::<Vec<_>>(),
        &lines.iter().map(|l| l.at_ms).collect::<Vec<_>>(),
        &lines.iter().map(|l| l.text.clone()).collect::<Vec<_>>(),
    )
    .execute(conn)
    .await?;
    Ok(())
}
