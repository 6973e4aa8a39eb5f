//! Practice rooms: the board and the guest seat. Functions take the caller's
//! connection so the caller decides the transaction (and so the acting role).

use chrono::{DateTime, Utc};
use sqlx::PgConnection;
use uuid::Uuid;

use super::errors::SEAT_TAKEN;
use crate::error::AppError;
use crate::model::{BoardRoom, Person, RoomType, TrainingLevel};

#[derive(sqlx::FromRow)]
struct BoardRow {
    id: Uuid,
    datetime_utc: DateTime<Utc>,
    room_type: String,
    is_open: bool,
    first_name: String,
    last_name: String,
    training_level: String,
    avatar: Option<String>,
}

impl TryFrom<BoardRow> for BoardRoom {
    type Error = AppError;

    fn try_from(row: BoardRow) -> Result<Self, AppError> {
        let corrupt = |what: &str| {
            tracing::error!(room = %row.id, "unexpected {what} in the database");
            AppError::Internal
        };
        Ok(BoardRoom {
            id: row.id,
            datetime_utc: row.datetime_utc,
            room_type: RoomType::parse(&row.room_type).ok_or_else(|| corrupt("room type"))?,
            is_open: row.is_open,
            host: Person {
                training_level: TrainingLevel::from_code(&row.training_level)
                    .ok_or_else(|| corrupt("training level"))?,
                first_name: row.first_name,
                last_name: row.last_name,
                avatar: row.avatar,
            },
        })
    }
}

/// Upcoming public sessions that have not started, soonest first.
pub async fn board(
    conn: &mut PgConnection,
    open_only: bool,
    limit: i64,
) -> Result<Vec<BoardRoom>, AppError> {
    let rows: Vec<BoardRow> = sqlx::query_as(
        "select r.id, r.datetime_utc, r.type as room_type, r.guest_id is null as is_open,
                p.first_name, p.last_name, p.training_level, p.avatar
           from public.practice_rooms r
           join public.profiles p on p.user_id = r.host_id
          where not r.private
            and r.cancelled_at is null
            and r.datetime_utc > now()
            and r.stage = 1
            and (not $1 or r.guest_id is null)
          order by r.datetime_utc, r.id
          limit $2",
    )
    .bind(open_only)
    .bind(limit)
    .fetch_all(conn)
    .await?;
    rows.into_iter().map(BoardRoom::try_from).collect()
}

/// Takes the guest seat of a public room for `me`, who must be the transaction's user.
/// Of any number of people trying at once exactly one gets the seat; the others get
/// [`SEAT_TAKEN`]. Joining a room one already holds the seat of succeeds.
pub async fn join(conn: &mut PgConnection, me: Uuid, room_id: Uuid) -> Result<(), AppError> {
    // The row lock serialises concurrent joiners; a loser's `guest_id is null` is
    // re-checked against the winner's committed row and matches nothing.
    let taken = sqlx::query(
        "update public.practice_rooms set guest_id = $1 where id = $2 and guest_id is null",
    )
    .bind(me)
    .bind(room_id)
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if taken == 1 {
        return Ok(());
    }
    let seat: Option<(Uuid, Option<Uuid>)> =
        sqlx::query_as("select host_id, guest_id from public.practice_rooms where id = $1")
            .bind(room_id)
            .fetch_optional(&mut *conn)
            .await?;
    match seat {
        None => Err(AppError::NotFound),
        Some((_, Some(guest))) if guest == me => Ok(()),
        Some((host, _)) if host == me => Err(AppError::invalid(
            "You cannot join a session you are hosting.",
        )),
        Some((_, Some(_))) => Err(AppError::conflict(SEAT_TAKEN)),
        // Visible with a free seat yet not updatable: a private room, reached only by link.
        Some((_, None)) => Err(AppError::Forbidden),
    }
}

/// Takes the guest seat of the room behind a link (private rooms included).
pub async fn join_by_url(conn: &mut PgConnection, room_url: &str) -> Result<Uuid, AppError> {
    let (id,): (Uuid,) = sqlx::query_as("select id from public.join_room_by_url($1)")
        .bind(room_url)
        .fetch_one(conn)
        .await?;
    Ok(id)
}
