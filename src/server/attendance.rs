//! Whether each participant will be there. A day before a session the reminder asks both
//! ("I'll be there" / "I can't make it") by a link of their own, and the session page
//! asks too. A yes is kept for the session's time as it stood (a reschedule asks
//! again) and each participant sees the other's; "I can't make it" is the guest leaving
//! or the host cancelling, which frees the seat or ends the session and tells the other
//! person. The rules (participants only, not once started or cancelled) are the
//! database's (`room_confirmations_guard`).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::db::UserTx;
use super::{rooms, schedule, timezone, tokens};
use crate::error::AppError;
use crate::model::partners::{AdminReport, AttendanceRecord, Reliability};

pub const LINK_NOT_VALID: &str =
    "This link is not valid. Open the session's page to say whether you will be there.";
pub const LINK_STALE: &str = "This link was for an earlier time of the session, or the session has started, ended or been cancelled. Open the session's page to see where it stands.";
pub const NOT_A_PARTICIPANT: &str = "You are not in this session.";

/// The transaction's user says they will be at `room`. Saying it twice is no change.
pub async fn confirm(tx: &mut UserTx, room: Uuid) -> Result<(), AppError> {
    let me = tx.user();
    sqlx::query!(
        "insert into public.room_confirmations (room_id, user_id) values ($1, $2)
         on conflict (room_id, user_id) do nothing",
        room,
        me,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The transaction's user cannot make it: a guest leaves (the seat is free again), a
/// host cancels; either way the other person is told.
pub async fn cannot_make_it(tx: &mut UserTx, room: Uuid) -> Result<(), AppError> {
    let me = tx.user();
    let seats = rooms::seats(tx, room).await?;
    match seats {
        Some((host, _)) if host == me => schedule::cancel(tx, room).await,
        Some((_, Some(guest))) if guest == me => schedule::leave(tx, room).await,
        Some(_) => Err(AppError::invalid(NOT_A_PARTICIPANT)),
        None => Err(AppError::NotFound),
    }
}

/// Who of `room`'s participants has said they will be there (as the reader sees it:
/// participants only).
pub async fn confirmed(conn: &mut PgConnection, room: Uuid) -> Result<Vec<Uuid>, AppError> {
    Ok(sqlx::query_scalar!(
        "select user_id from public.room_confirmations where room_id = $1",
        room
    )
    .fetch_all(conn)
    .await?)
}

/// The path a reminder's link opens.
pub fn link_path(token: &str) -> String {
    format!("/attend?token={token}")
}

/// A new link for `user` to answer for `room` at `starts` (server work, on the
/// reminder's transaction): the token to send.
pub async fn new_link(
    conn: &mut PgConnection,
    room: Uuid,
    user: Uuid,
    starts: DateTime<Utc>,
    token: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query!(
        "insert into mail.attendance_links (token_hash, room_id, user_id, datetime_utc)
         values ($1, $2, $3, $4)",
        tokens::hash(token),
        room,
        user,
        starts as DateTime<Utc>,
    )
    .execute(conn)
    .await?;
    Ok(())
}

/// Whom a link answers for, and for which session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    pub room_id: Uuid,
    pub room_url: String,
    pub user_id: Uuid,
    pub starts: DateTime<Utc>,
    pub is_host: bool,
    pub confirmed: bool,
}

/// The link behind `token` (server work), while it still answers: the session is at the
/// time it was sent for, not cancelled and not started.
pub async fn by_link(conn: &mut PgConnection, token: &str) -> Result<Link, AppError> {
    let Some(hash) = tokens::hash(token) else {
        return Err(AppError::invalid(LINK_NOT_VALID));
    };
    let row = sqlx::query!(
        r#"select r.id as room_id, r.room_url, l.user_id, r.datetime_utc as "starts: DateTime<Utc>",
                r.host_id = l.user_id as "is_host!",
                exists (select 1 from public.room_confirmations c
                         where c.room_id = r.id and c.user_id = l.user_id) as "confirmed!",
                coalesce(l.datetime_utc = r.datetime_utc and r.cancelled_at is null
                 and r.first_round_id is null and r.stage = 1 and r.datetime_utc > now()
                 and l.user_id in (r.host_id, r.guest_id), false) as "current!"
           from mail.attendance_links l
           join public.practice_rooms r on r.id = l.room_id
          where l.token_hash = $1"#,
        hash
    )
    .fetch_optional(conn)
    .await?;
    match row {
        None => Err(AppError::invalid(LINK_NOT_VALID)),
        Some(row) if !row.current => Err(AppError::conflict(LINK_STALE)),
        Some(row) => Ok(Link {
            room_id: row.room_id,
            room_url: row.room_url,
            user_id: row.user_id,
            starts: row.starts,
            is_host: row.is_host,
            confirmed: row.confirmed,
        }),
    }
}

// ---------------------------------------------------------------------------------------
// After the session: whether each came, disputes, the record, suspension
// ---------------------------------------------------------------------------------------

/// The transaction's user says whether their partner at `room` came. The database
/// decides whether they may (participants only, after the end, within 7 days, not
/// once a round started, once each).
pub async fn report(tx: &mut UserTx, room: Uuid, came: bool) -> Result<(), AppError> {
    let me = tx.user();
    let seats = rooms::seats(tx, room).await?;
    let partner = match seats {
        Some((host, Some(guest))) if host == me => guest,
        Some((host, Some(guest))) if guest == me => host,
        _ => return Err(AppError::NotFound),
    };
    sqlx::query!(
        "insert into public.attendance_reports (room_id, reporter_id, reported_id, came)
         values ($1, $2, $3, $4)",
        room,
        me,
        partner,
        came,
    )
    .execute(&mut **tx)
    .await?;
    Ok(())
}

/// The transaction's user disputes their partner's report that they did not come.
pub async fn dispute(tx: &mut UserTx, room: Uuid) -> Result<(), AppError> {
    let me = tx.user();
    let done = sqlx::query!(
        "update public.attendance_reports set disputed_at = now()
          where room_id = $1 and reported_id = $2",
        room,
        me,
    )
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// What `me` may say, or has said, about `room` once it is over; None while it is not.
pub async fn record(
    conn: &mut PgConnection,
    room: Uuid,
    me: Uuid,
) -> Result<Option<AttendanceRecord>, AppError> {
    let row = sqlx::query!(
        r#"select r.datetime_utc + interval '60 minutes' <= now() as "over!",
                r.datetime_utc + interval '60 minutes' + interval '7 days' >= now() as "reportable!",
                public.room_round_started(r.id) as "started!",
                mine.came as "my_report?", theirs.came as "their_report?",
                theirs.disputed_at is not null as "disputed!",
                coalesce(theirs.disputed_at is null and not theirs.came and theirs.voided_at is null
                         and theirs.created_at + interval '48 hours' >= now(), false) as "disputable!"
           from public.practice_rooms r
           left join public.attendance_reports mine on mine.room_id = r.id and mine.reporter_id = $2
           left join public.attendance_reports theirs on theirs.room_id = r.id and theirs.reported_id = $2
          where r.id = $1 and r.guest_id is not null and r.cancelled_at is null
            and $2 in (r.host_id, r.guest_id)"#,
        room,
        me
    )
    .fetch_optional(conn)
    .await?;
    Ok(row
        .filter(|row| row.over || row.started)
        .map(|row| AttendanceRecord {
            started: row.started,
            can_report: !row.started && row.my_report.is_none() && row.reportable,
            my_report: row.my_report,
            their_report: row.their_report,
            disputed: row.disputed,
            can_dispute: row.disputable,
        }))
}

/// The attendance records of `users`, as anyone may read them.
pub async fn reliability(
    conn: &mut PgConnection,
    users: &[Uuid],
) -> Result<HashMap<Uuid, Reliability>, AppError> {
    let rows = sqlx::query!(
        r#"select user_id as "user_id!", attended as "attended!", counted as "counted!"
             from public.reliability($1)"#,
        users
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|r| {
            let record = Reliability {
                attended: r.attended,
                counted: r.counted,
            };
            (r.user_id, record)
        })
        .collect())
}

/// One person's record.
pub async fn reliability_of(conn: &mut PgConnection, user: Uuid) -> Result<Reliability, AppError> {
    Ok(reliability(conn, &[user])
        .await?
        .remove(&user)
        .unwrap_or_default())
}

/// Until when the transaction's user may not host or join, if they are suspended.
pub async fn my_suspension(conn: &mut PgConnection) -> Result<Option<DateTime<Utc>>, AppError> {
    Ok(
        sqlx::query_scalar!(r#"select public.my_suspension() as "until: DateTime<Utc>""#)
            .fetch_one(conn)
            .await?,
    )
}

/// Every report, newest first, for an admin (the database refuses anyone else).
pub async fn admin_reports(
    conn: &mut PgConnection,
    zone: chrono_tz::Tz,
) -> Result<Vec<AdminReport>, AppError> {
    let rows = sqlx::query!(
        r#"select room_id as "room_id!", room_url as "room_url!", datetime_utc as "datetime_utc!: DateTime<Utc>",
                reporter_id as "reporter_id!", reporter_name, reported_name, came as "came!",
                created_at as "created_at!: DateTime<Utc>",
                disputed_at as "disputed_at: DateTime<Utc>", voided_at as "voided_at: DateTime<Utc>"
           from public.admin_attendance_reports()"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| AdminReport {
            room_id: row.room_id,
            room_url: row.room_url,
            when: timezone::format_in_zone(row.datetime_utc, zone),
            reporter_id: row.reporter_id,
            reporter: row
                .reporter_name
                .unwrap_or_else(|| "A deleted account".into()),
            reported: row
                .reported_name
                .unwrap_or_else(|| "A deleted account".into()),
            came: row.came,
            reported_at: timezone::format_in_zone(row.created_at, zone),
            disputed: row.disputed_at.is_some(),
            voided: row.voided_at.is_some(),
        })
        .collect())
}

/// An admin voids a report: it counts for nobody.
pub async fn void(conn: &mut PgConnection, room: Uuid, reporter: Uuid) -> Result<(), AppError> {
    sqlx::query!(
        "select public.void_attendance_report($1, $2)",
        room,
        reporter
    )
    .execute(conn)
    .await?;
    Ok(())
}
