//! Scheduling: hosting, rescheduling and cancelling sessions, leaving them, and the
//! sessions one takes part in. The database holds every rule (see the migrations); the
//! checks here only give the common mistakes their message before a round trip.

use chrono::{DateTime, Months, Utc};
use chrono_tz::Tz;
use sqlx::PgConnection;
use uuid::Uuid;

use super::db::UserTx;
pub use super::rooms::parse_type;
use super::timezone;
use crate::error::AppError;
use crate::model::assessment::{AssessorKind, JobStatus, RoundFeedback};
use crate::model::messages;
use crate::model::{
    ExamPreset, MySession, Person, RoomType, Seat, SessionUpdate, Stage, TrainingLevel, UpdateKind,
};

/// What a host chooses when scheduling.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewSession {
    pub at: DateTime<Utc>,
    pub room_type: RoomType,
    pub private: bool,
    pub exam_preset: Option<ExamPreset>,
}

impl NewSession {
    /// Reads the schedule form: a date and time in `zone`, a type, an exam ("" for
    /// none) and the private box.
    pub fn parse(
        date: &str,
        time: &str,
        room_type: &str,
        private: bool,
        exam_preset: &str,
        zone: Tz,
    ) -> Result<NewSession, AppError> {
        Ok(NewSession {
            at: parse_when(date, time, zone)?,
            room_type: parse_type(room_type)?,
            private,
            exam_preset: parse_preset(exam_preset)?,
        })
    }
}

/// A date and time as the form's inputs send them, in `zone`.
pub fn parse_when(date: &str, time: &str, zone: Tz) -> Result<DateTime<Utc>, AppError> {
    if date.trim().is_empty() {
        return Err(AppError::invalid("Choose a date."));
    }
    if time.trim().is_empty() {
        return Err(AppError::invalid("Choose a time."));
    }
    timezone::local_to_utc(
        timezone::parse_date(date)?,
        timezone::parse_time(time)?,
        zone,
    )
}

pub fn parse_preset(value: &str) -> Result<Option<ExamPreset>, AppError> {
    match value.trim() {
        "" => Ok(None),
        v => ExamPreset::from_code(v)
            .map(Some)
            .ok_or_else(|| AppError::invalid(messages::CHOOSE_EXAM)),
    }
}

/// A session's time must lie ahead, and at most six months ahead.
pub fn check_time(at: DateTime<Utc>, now: DateTime<Utc>) -> Result<(), AppError> {
    if at <= now {
        return Err(AppError::invalid(messages::TIME_IN_FUTURE));
    }
    match now.checked_add_months(Months::new(6)) {
        Some(limit) if at > limit => Err(AppError::invalid(messages::TOO_FAR_AHEAD)),
        _ => Ok(()),
    }
}

/// Puts a session on the board (or, private, behind its link); returns its id and link.
pub async fn schedule(tx: &mut UserTx, new: &NewSession) -> Result<(Uuid, String), AppError> {
    let host = tx.user();
    let conn: &mut PgConnection = tx;
    check_time(new.at, Utc::now())?;
    let row = sqlx::query!(
        "insert into public.practice_rooms (host_id, datetime_utc, type, private, exam_preset)
         values ($1, $2, $3, $4, $5)
         returning id, room_url",
        host,
        new.at as DateTime<Utc>,
        new.room_type as RoomType,
        new.private,
        new.exam_preset as Option<ExamPreset>,
    )
    .fetch_one(conn)
    .await?;
    Ok((row.id, row.room_url))
}

/// Runs a host-only update of one room; "not found" when the caller cannot see the room,
/// "forbidden" when they can but do not host it.
async fn host_update(
    conn: &mut PgConnection,
    host: Uuid,
    room: Uuid,
    query: sqlx::query::Query<'_, sqlx::Postgres, sqlx::postgres::PgArguments>,
) -> Result<(), AppError> {
    if query.execute(&mut *conn).await?.rows_affected() == 1 {
        return Ok(());
    }
    let owner = sqlx::query_scalar!(
        "select host_id from public.practice_rooms where id = $1",
        room
    )
    .fetch_optional(&mut *conn)
    .await?;
    match owner {
        Some(h) if h != host => Err(AppError::Forbidden),
        _ => Err(AppError::NotFound),
    }
}

/// The host moves the session; the calendar sequence grows (the guest's calendar
/// entry is updated from it).
pub async fn reschedule(tx: &mut UserTx, room: Uuid, at: DateTime<Utc>) -> Result<(), AppError> {
    let host = tx.user();
    let conn: &mut PgConnection = tx;
    check_time(at, Utc::now())?;
    let query = sqlx::query!(
        "update public.practice_rooms set datetime_utc = $3 where id = $1 and host_id = $2",
        room,
        host,
        at as DateTime<Utc>,
    );
    host_update(conn, host, room, query).await
}

/// The host cancels; the row stays, so the guest sees it cancelled.
pub async fn cancel(tx: &mut UserTx, room: Uuid) -> Result<(), AppError> {
    let host = tx.user();
    let conn: &mut PgConnection = tx;
    let query = sqlx::query!(
        "update public.practice_rooms set cancelled_at = now() where id = $1 and host_id = $2",
        room,
        host,
    );
    host_update(conn, host, room, query).await
}

/// The host changes the session's type, privacy or exam.
pub async fn update_settings(
    tx: &mut UserTx,
    room: Uuid,
    room_type: RoomType,
    private: bool,
    exam_preset: Option<ExamPreset>,
) -> Result<(), AppError> {
    let host = tx.user();
    let conn: &mut PgConnection = tx;
    let query = sqlx::query!(
        "update public.practice_rooms set type = $3, private = $4, exam_preset = $5
          where id = $1 and host_id = $2",
        room,
        host,
        room_type as RoomType,
        private,
        exam_preset as Option<ExamPreset>,
    );
    host_update(conn, host, room, query).await
}

/// The host frees the guest seat.
pub async fn remove_guest(tx: &mut UserTx, room: Uuid) -> Result<(), AppError> {
    let host = tx.user();
    let conn: &mut PgConnection = tx;
    let query = sqlx::query!(
        "update public.practice_rooms set guest_id = null where id = $1 and host_id = $2",
        room,
        host,
    );
    host_update(conn, host, room, query).await
}

/// The guest gives up their seat.
pub async fn leave(tx: &mut UserTx, room: Uuid) -> Result<(), AppError> {
    let me = tx.user();
    let conn: &mut PgConnection = tx;
    let left = sqlx::query!(
        "update public.practice_rooms set guest_id = null where id = $1 and guest_id = $2",
        room,
        me,
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if left == 1 {
        Ok(())
    } else {
        Err(AppError::invalid("You are not the guest of this session."))
    }
}

struct MineRow {
    id: Uuid,
    room_url: String,
    datetime_utc: DateTime<Utc>,
    room_type: RoomType,
    exam_preset: Option<ExamPreset>,
    private: bool,
    is_host: bool,
    stage: Stage,
    cancelled: bool,
    first_name: Option<String>,
    last_name: Option<String>,
    training_level: Option<TrainingLevel>,
    avatar: Option<String>,
    feedback: Vec<String>,
    assessors: Vec<Option<String>>,
}

/// Every session the transaction's user hosts or has joined, soonest first; cancelled ones included.
pub async fn mine(tx: &mut UserTx) -> Result<Vec<MySession>, AppError> {
    let me = tx.user();
    let conn: &mut PgConnection = tx;
    let rows = sqlx::query_as!(
        MineRow,
        r#"select r.id, r.room_url, r.datetime_utc as "datetime_utc: DateTime<Utc>",
                r.type as "room_type: RoomType",
                r.exam_preset as "exam_preset: ExamPreset", r.private,
                r.host_id = $1 as "is_host!", r.stage as "stage: Stage",
                r.cancelled_at is not null as "cancelled!",
                p.first_name as "first_name?", p.last_name as "last_name?",
                p.training_level as "training_level?: TrainingLevel", p.avatar,
                array(select j.status from public.assessment_jobs j
                       join public.practice_rounds ro on ro.id = j.round_id
                      where j.room_id = r.id order by ro.round_number) as "feedback!",
                array(select j.assessor from public.assessment_jobs j
                       join public.practice_rounds ro on ro.id = j.round_id
                      where j.room_id = r.id order by ro.round_number) as "assessors!: Vec<Option<String>>"
           from public.practice_rooms r
           left join public.profiles p
             on p.user_id = case when r.host_id = $1 then r.guest_id else r.host_id end
          where r.host_id = $1 or r.guest_id = $1
          order by r.datetime_utc, r.id"#,
        me
    )
    .fetch_all(conn)
    .await?;
    rows.into_iter()
        .map(|r| {
            let partner = match (r.first_name, r.last_name, r.training_level) {
                (Some(first_name), Some(last_name), Some(training_level)) => Some(Person {
                    first_name,
                    last_name,
                    training_level,
                    avatar: r.avatar,
                }),
                _ => None,
            };
            Ok(MySession {
                id: r.id,
                room_url: r.room_url,
                datetime_utc: r.datetime_utc,
                room_type: r.room_type,
                exam_preset: r.exam_preset,
                private: r.private,
                seat: if r.is_host { Seat::Host } else { Seat::Guest },
                partner,
                stage: r.stage,
                cancelled: r.cancelled,
                feedback: r
                    .feedback
                    .iter()
                    .zip(r.assessors.iter())
                    .filter_map(|(status, assessor)| {
                        Some(RoundFeedback {
                            status: JobStatus::from_code(status)?,
                            assessor: assessor.as_deref().and_then(AssessorKind::from_code),
                        })
                    })
                    .collect(),
            })
        })
        .collect()
}

struct UpdateRow {
    id: Uuid,
    kind: String,
    previous_datetime_utc: Option<DateTime<Utc>>,
    datetime_utc: Option<DateTime<Utc>>,
    room_url: Option<String>,
    partner: Option<String>,
}

/// The transaction's user's unread updates, newest first, worded with times in `zone`.
pub async fn updates(tx: &mut UserTx, zone: Tz) -> Result<Vec<SessionUpdate>, AppError> {
    let me = tx.user();
    let conn: &mut PgConnection = tx;
    // The room and the other person are read under RLS: a removed guest no longer sees
    // a private room, so its link is left out.
    let rows = sqlx::query_as!(
        UpdateRow,
        r#"select n.id, n.kind, n.previous_datetime_utc as "previous_datetime_utc: DateTime<Utc>",
                n.datetime_utc as "datetime_utc: DateTime<Utc>", r.room_url as "room_url?",
                p.first_name || ' ' || p.last_name as partner
           from public.notifications n
           left join public.practice_rooms r on r.id = n.room_id
           left join public.profiles p
             on p.user_id = case when r.host_id = $1 then r.guest_id else r.host_id end
          where n.user_id = $1 and n.read_at is null
          order by n.created_at desc, n.id
          limit 50"#,
        me
    )
    .fetch_all(conn)
    .await?;
    let when = |at: Option<DateTime<Utc>>| {
        at.map(|at| timezone::format_in_zone(at, zone))
            .unwrap_or_else(|| "a time since changed".into())
    };
    rows.into_iter()
        .map(|row| {
            let kind = UpdateKind::from_code(&row.kind).ok_or_else(|| {
                tracing::error!(kind = row.kind, "unexpected notification kind");
                AppError::Internal
            })?;
            let someone = row.partner.as_deref().unwrap_or("Your partner");
            let at = when(row.datetime_utc);
            let message = match kind {
                UpdateKind::Rescheduled => format!(
                    "{} moved your session from {} to {}.",
                    row.partner.as_deref().unwrap_or("The host"),
                    when(row.previous_datetime_utc),
                    at
                ),
                UpdateKind::Cancelled => format!("Your session on {at} was cancelled by the host."),
                UpdateKind::Removed => format!("The host removed you from the session on {at}."),
                UpdateKind::Joined => format!("{someone} joined your session on {at}."),
                UpdateKind::Left => {
                    format!("Your guest left the session on {at}; the seat is open again.")
                }
                UpdateKind::Matched => {
                    format!("We found you a partner: {someone}, on {at}.")
                }
                UpdateKind::RequestExpired => {
                    "A partner request's time windows passed without a match.".to_string()
                }
                UpdateKind::StandbyOffer => {
                    format!("A seat has freed up on {at}, in your standby window: take it before someone else does.")
                }
                UpdateKind::StandbyGone => {
                    format!("Someone else took the seat on {at} first.")
                }
            };
            Ok(SessionUpdate {
                id: row.id,
                kind,
                message,
                room_url: row.room_url,
            })
        })
        .collect()
}

/// Marks one of the transaction's user's updates read (all of them with `None`).
pub async fn dismiss(tx: &mut UserTx, id: Option<Uuid>) -> Result<(), AppError> {
    let me = tx.user();
    let conn: &mut PgConnection = tx;
    sqlx::query!(
        "update public.notifications set read_at = now()
          where user_id = $1 and read_at is null and ($2::uuid is null or id = $2)",
        me,
        id,
    )
    .execute(conn)
    .await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn times_must_be_ahead_and_within_six_calendar_months() {
        let now = Utc.with_ymd_and_hms(2026, 8, 31, 12, 0, 0).unwrap();
        assert!(check_time(now, now).is_err());
        assert!(check_time(now + chrono::Duration::minutes(1), now).is_ok());
        // 31 August + 6 months is the end of February.
        assert!(check_time(Utc.with_ymd_and_hms(2027, 2, 28, 12, 0, 0).unwrap(), now).is_ok());
        let err = check_time(Utc.with_ymd_and_hms(2027, 3, 1, 12, 0, 0).unwrap(), now).unwrap_err();
        assert_eq!(err, AppError::invalid(messages::TOO_FAR_AHEAD));
    }
}
