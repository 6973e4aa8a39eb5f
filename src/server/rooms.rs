//! Practice rooms: the board and the guest seat. Functions take the caller's
//! connection so the caller decides the transaction (and so the acting role).

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use sqlx::{PgConnection, Postgres, QueryBuilder};
use uuid::Uuid;

use super::db::{Acting, UserTx};
use super::timezone;
use crate::error::AppError;
use crate::model::messages;
use crate::model::messages::SEAT_TAKEN;
use crate::model::partners::Reliability;
use crate::model::{
    Attendance, BoardQuery, BoardRoom, BoardSlice, ExamPreset, Person, RoomType, RoomView, Seat,
    Stage, TrainingLevel, Viewer, BOARD_COUNT_CAP,
};

/// A session's kind as a form or the board's filter gives it.
pub fn parse_type(value: &str) -> Result<RoomType, AppError> {
    RoomType::from_code(value.trim()).ok_or_else(|| AppError::invalid(messages::CHOOSE_ROOM_TYPE))
}

/// What the board is narrowed to. Days are turned into instants in the viewer's zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BoardFilter {
    pub room_type: Option<RoomType>,
    /// Sessions starting at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Sessions starting before this instant.
    pub until: Option<DateTime<Utc>>,
    pub open_only: bool,
    pub level: Option<TrainingLevel>,
}

/// Where a page of the board starts: a position in (time, id) order, so pages stay
/// put while sessions come and go, and page 200 costs what page 1 costs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    First,
    After(Cursor),
    Before(Cursor),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cursor {
    pub at: DateTime<Utc>,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        format!("{}~{}", self.at.timestamp_micros(), self.id.simple())
    }

    pub fn decode(value: &str) -> Option<Self> {
        let (micros, id) = value.split_once('~')?;
        Some(Cursor {
            at: DateTime::from_timestamp_micros(micros.parse().ok()?)?,
            id: Uuid::try_parse(id).ok()?,
        })
    }
}

impl BoardFilter {
    /// Reads the board's URL query; any bad value gets a message naming it.
    pub fn parse(query: &BoardQuery, zone: Tz) -> Result<(BoardFilter, Page), AppError> {
        fn given(v: &Option<String>) -> Option<&str> {
            v.as_deref().map(str::trim).filter(|v| !v.is_empty())
        }
        let room_type = match given(&query.r#type) {
            None => None,
            Some(t) => Some(parse_type(t)?),
        };
        let level = match given(&query.level) {
            None => None,
            Some(code) => Some(
                TrainingLevel::from_code(code)
                    .ok_or_else(|| AppError::invalid(messages::CHOOSE_TRAINING_LEVEL))?,
            ),
        };
        let day = |v: &str, which: &str| {
            timezone::parse_date(v).map_err(|_| {
                AppError::invalid(format!("Enter the {which} date such as 2026-12-01."))
            })
        };
        let from_day = given(&query.from).map(|v| day(v, "first")).transpose()?;
        let to_day = given(&query.to).map(|v| day(v, "last")).transpose()?;
        if let (Some(from), Some(to)) = (from_day, to_day) {
            if to < from {
                return Err(AppError::invalid(
                    "The last date must not be before the first date.",
                ));
            }
        }
        let from = from_day.map(|d| timezone::start_of_day(d, zone));
        let until = to_day
            .and_then(|d| d.succ_opt())
            .map(|d| timezone::start_of_day(d, zone));
        let cursor = |v: &str| {
            Cursor::decode(v).ok_or_else(|| {
                AppError::invalid("That page link is broken: start from the first page.")
            })
        };
        let page = match (given(&query.after), given(&query.before)) {
            (Some(a), _) => Page::After(cursor(a)?),
            (None, Some(b)) => Page::Before(cursor(b)?),
            (None, None) => Page::First,
        };
        let open_only = matches!(given(&query.open), Some("1" | "true" | "on"));
        Ok((
            BoardFilter {
                room_type,
                from,
                until,
                open_only,
                level,
            },
            page,
        ))
    }

    /// The `from` and `where` of the board's queries. The host's profile is joined when
    /// its columns are wanted or filtered on (every host has one: a foreign key).
    fn push_conditions<'a>(&'a self, q: &mut QueryBuilder<'a, Postgres>, with_host: bool) {
        q.push(" from public.practice_rooms r");
        if with_host || self.level.is_some() {
            q.push(" join public.profiles p on p.user_id = r.host_id");
        }
        q.push(
            " where not r.private and r.cancelled_at is null and r.stage = 1
               and r.datetime_utc > now()",
        );
        if let Some(t) = self.room_type {
            q.push(" and r.type = ").push_bind(t);
        }
        if let Some(from) = self.from {
            q.push(" and r.datetime_utc >= ").push_bind(from);
        }
        if let Some(until) = self.until {
            q.push(" and r.datetime_utc < ").push_bind(until);
        }
        if self.open_only {
            q.push(" and not r.has_guest");
        }
        if let Some(level) = self.level {
            q.push(" and p.training_level = ").push_bind(level);
        }
    }
}

#[derive(sqlx::FromRow)]
struct BoardRow {
    id: Uuid,
    room_url: String,
    datetime_utc: DateTime<Utc>,
    room_type: RoomType,
    exam_preset: Option<ExamPreset>,
    is_open: bool,
    my_seat: Option<String>,
    host_id: Uuid,
    first_name: String,
    last_name: String,
    training_level: TrainingLevel,
    avatar: Option<String>,
}

impl BoardRow {
    fn into_room(
        self,
        zone: Tz,
        records: &HashMap<Uuid, Reliability>,
    ) -> Result<BoardRoom, AppError> {
        Ok(BoardRoom {
            host_record: records
                .get(&self.host_id)
                .copied()
                .unwrap_or_default()
                .text(),
            id: self.id,
            room_url: self.room_url,
            datetime_utc: self.datetime_utc,
            when: timezone::format_in_zone(self.datetime_utc, zone),
            room_type: self.room_type,
            exam_preset: self.exam_preset,
            is_open: self.is_open,
            my_seat: match self.my_seat.as_deref() {
                Some("host") => Some(Seat::Host),
                Some("guest") => Some(Seat::Guest),
                _ => None,
            },
            host: Person {
                training_level: self.training_level,
                first_name: self.first_name,
                last_name: self.last_name,
                avatar: self.avatar,
            },
        })
    }
}

/// Appends the board's page query to `q`: `limit + 1` rows (one more tells whether a
/// page lies beyond), after or before a cursor. Public for `EXPLAIN` in the benchmark.
pub fn push_board_page<'a>(
    q: &mut QueryBuilder<'a, Postgres>,
    signed_in: bool,
    filter: &'a BoardFilter,
    page: Page,
    limit: i64,
) {
    q.push(
        "select r.id, r.room_url, r.datetime_utc, r.type as room_type, r.exam_preset,
                not r.has_guest as is_open, ",
    );
    // A visitor may not read who holds a seat (the guest column is not theirs to see).
    // The viewer is the transaction's own user, `auth.uid()`, never an argument.
    if signed_in {
        q.push(
            "case when r.host_id = (select auth.uid()) then 'host' \
             when r.guest_id = (select auth.uid()) then 'guest' end as my_seat,",
        );
    } else {
        q.push("null::text as my_seat,");
    }
    q.push(" r.host_id, p.first_name, p.last_name, p.training_level, p.avatar");
    filter.push_conditions(q, true);
    let descending = matches!(page, Page::Before(_));
    match page {
        Page::First => {}
        Page::After(c) => {
            q.push(" and (r.datetime_utc, r.id) > (")
                .push_bind(c.at)
                .push(", ")
                .push_bind(c.id)
                .push(")");
        }
        Page::Before(c) => {
            q.push(" and (r.datetime_utc, r.id) < (")
                .push_bind(c.at)
                .push(", ")
                .push_bind(c.id)
                .push(")");
        }
    }
    q.push(if descending {
        " order by r.datetime_utc desc, r.id desc limit "
    } else {
        " order by r.datetime_utc, r.id limit "
    });
    // One more than a page tells whether there is a page beyond.
    q.push_bind(limit + 1);
}

/// Appends the board's count of matching sessions to `q`, counting no further than
/// [`BOARD_COUNT_CAP`] + 1: past that the board says "more than" (a page costs the
/// same however many sessions there are).
pub fn push_board_count<'a>(q: &mut QueryBuilder<'a, Postgres>, filter: &'a BoardFilter) {
    q.push("select count(*) from (select 1");
    filter.push_conditions(q, false);
    q.push(" limit ")
        .push_bind(BOARD_COUNT_CAP + 1)
        .push(") matching");
}

/// One page of upcoming public sessions that have not started, soonest first, with
/// times worded in `zone`; `me` marks the viewer's own seats.
pub async fn board(
    conn: &mut impl Acting,
    filter: &BoardFilter,
    page: Page,
    limit: i64,
    zone: Tz,
) -> Result<BoardSlice, AppError> {
    let signed_in = conn.actor().user_id().is_some();
    let conn: &mut PgConnection = &mut *conn;
    let mut q = QueryBuilder::new("");
    push_board_page(&mut q, signed_in, filter, page, limit);
    let descending = matches!(page, Page::Before(_));
    let mut rows: Vec<BoardRow> = q.build_query_as().fetch_all(&mut *conn).await?;
    let more = rows.len() as i64 > limit;
    rows.truncate(limit as usize);
    if descending {
        rows.reverse();
    }

    let mut count = QueryBuilder::new("");
    push_board_count(&mut count, filter);
    let (total,): (i64,) = count.build_query_as().fetch_one(&mut *conn).await?;

    let cursor = |row: &BoardRow| {
        Cursor {
            at: row.datetime_utc,
            id: row.id,
        }
        .encode()
    };
    let (has_previous, has_next) = match page {
        Page::First => (false, more),
        Page::After(_) => (true, more),
        Page::Before(_) => (more, true),
    };
    let previous = has_previous.then(|| rows.first().map(cursor)).flatten();
    let next = has_next.then(|| rows.last().map(cursor)).flatten();
    // Each host's attendance record, for the cards: one query for the page.
    let hosts: Vec<Uuid> = rows.iter().map(|r| r.host_id).collect();
    let records = super::attendance::reliability(&mut *conn, &hosts).await?;
    let sessions = rows
        .into_iter()
        .map(|r| r.into_room(zone, &records))
        .collect::<Result<_, _>>()?;
    Ok(BoardSlice {
        sessions,
        total,
        next,
        previous,
        zone: zone.name().to_string(),
        demand: None,
    })
}

/// Takes the guest seat of a public room for the transaction's user. Of any number of
/// people trying at once exactly one gets the seat; the others get [`SEAT_TAKEN`].
/// Joining a room one already holds the seat of succeeds.
pub async fn join(tx: &mut UserTx, room_id: Uuid) -> Result<(), AppError> {
    let me = tx.user();
    let conn: &mut PgConnection = tx;
    // The row lock serialises concurrent joiners; a loser's `guest_id is null` is
    // re-checked against the winner's committed row and matches nothing.
    let taken = sqlx::query!(
        "update public.practice_rooms set guest_id = $1 where id = $2 and guest_id is null",
        me,
        room_id,
    )
    .execute(&mut *conn)
    .await?
    .rows_affected();
    if taken == 1 {
        return Ok(());
    }
    match seats(conn, room_id).await? {
        None => Err(AppError::NotFound),
        Some((_, Some(guest))) if guest == me => Ok(()),
        Some((host, _)) if host == me => Err(AppError::invalid(messages::JOIN_OWN)),
        Some((_, Some(_))) => Err(AppError::conflict(SEAT_TAKEN)),
        // Visible with a free seat yet not updatable: a private room, reached only by link.
        Some((_, None)) => Err(AppError::Forbidden),
    }
}

/// Who hosts `room` and who holds its guest seat, as the reader may see it; None when
/// they cannot see the room.
pub async fn seats(
    conn: &mut PgConnection,
    room: Uuid,
) -> Result<Option<(Uuid, Option<Uuid>)>, AppError> {
    let row = sqlx::query!(
        "select host_id, guest_id from public.practice_rooms where id = $1",
        room
    )
    .fetch_optional(conn)
    .await?;
    Ok(row.map(|r| (r.host_id, r.guest_id)))
}

/// Takes the guest seat of the room behind a link (private rooms included).
pub async fn join_by_url(conn: &mut PgConnection, room_url: &str) -> Result<Uuid, AppError> {
    Ok(sqlx::query_scalar!(
        r#"select id as "id!" from public.join_room_by_url($1)"#,
        room_url
    )
    .fetch_one(conn)
    .await?)
}

#[derive(sqlx::FromRow)]
struct RoomRow {
    id: Uuid,
    room_url: String,
    datetime_utc: DateTime<Utc>,
    room_type: RoomType,
    exam_preset: Option<ExamPreset>,
    private: bool,
    stage: Stage,
    started: bool,
    cancelled: bool,
    host_id: Uuid,
    guest_id: Option<Uuid>,
    has_guest: bool,
    h_first: String,
    h_last: String,
    h_level: TrainingLevel,
    h_avatar: Option<String>,
    g_first: Option<String>,
    g_last: Option<String>,
    g_level: Option<TrainingLevel>,
    g_avatar: Option<String>,
}

/// The rows behind the link bound as `$1`, as a query's `from` item: a signed-in link
/// holder reaches a private room too (`room_by_url`); an anonymous visitor, under RLS,
/// public rooms only. The session page and its calendar file both read through it.
pub fn by_url_source(signed_in: bool) -> &'static str {
    if signed_in {
        "public.room_by_url($1)"
    } else {
        // Every column but the guest's, which a visitor may not read.
        "(select id, host_id, null::uuid as guest_id, has_guest, datetime_utc, first_round_id,
                 second_round_id, type, room_url, stage, private, created_at, updated_at,
                 exam_preset, cancelled_at, calendar_sequence
            from public.practice_rooms where room_url = $1)"
    }
}

/// The session behind a link, as the transaction's actor may see it (see
/// [`by_url_source`]).
pub async fn by_url(
    conn: &mut impl Acting,
    has_profile: bool,
    room_url: &str,
    zone: Tz,
) -> Result<RoomView, AppError> {
    let me = conn.actor().user_id();
    let conn: &mut PgConnection = &mut *conn;
    let source = by_url_source(me.is_some());
    let row: Option<RoomRow> = sqlx::query_as(&format!(
        "select r.id, r.room_url, r.datetime_utc, r.type as room_type, r.exam_preset, r.private,
                r.stage, (r.stage > 1 or r.first_round_id is not null) as started,
                r.cancelled_at is not null as cancelled, r.host_id, r.guest_id, r.has_guest,
                h.first_name as h_first, h.last_name as h_last, h.training_level as h_level,
                h.avatar as h_avatar,
                g.first_name as g_first, g.last_name as g_last, g.training_level as g_level,
                g.avatar as g_avatar
           from {source} r
           join public.profiles h on h.user_id = r.host_id
           left join public.profiles g on g.user_id = r.guest_id"
    ))
    .bind(room_url)
    .fetch_optional(&mut *conn)
    .await?;
    let row = row.ok_or(AppError::NotFound)?;
    let id = row.id;
    let viewer = match me {
        None => Viewer::Anonymous,
        Some(me) if me == row.host_id => Viewer::Host,
        Some(me) if Some(me) == row.guest_id => Viewer::Guest,
        Some(_) if !has_profile => Viewer::NeedsProfile,
        Some(_) => Viewer::Visitor,
    };
    let participant = matches!(viewer, Viewer::Host | Viewer::Guest);
    let guest = match (participant, row.g_first, row.g_last, row.g_level) {
        (true, Some(first_name), Some(last_name), Some(training_level)) => Some(Person {
            first_name,
            last_name,
            training_level,
            avatar: row.g_avatar,
        }),
        _ => None,
    };
    let (local_date, local_time) = timezone::input_values(row.datetime_utc, zone);
    let partner = match viewer {
        Viewer::Host => guest.as_ref().map(|g| g.first_name.clone()),
        Viewer::Guest => Some(row.h_first.clone()),
        _ => None,
    };
    let partner_time = match partner {
        Some(name) => {
            let theirs = sqlx::query_scalar!("select public.partner_time_zone($1)", row.room_url)
                .fetch_one(&mut *conn)
                .await?;
            theirs
                .and_then(|z| z.parse::<Tz>().ok())
                .and_then(|theirs| timezone::partner_time(row.datetime_utc, zone, &name, theirs))
        }
        None => None,
    };
    let attendance = match (&partner_id(&viewer, row.host_id, row.guest_id), me) {
        (Some(partner), Some(me)) => {
            let confirmed = super::attendance::confirmed(&mut *conn, id).await?;
            Some(Attendance {
                me: confirmed.contains(&me),
                partner: confirmed.contains(partner),
            })
        }
        _ => None,
    };
    // Attendance: the host's record for everyone, the guest's for the two of them, and,
    // once the session is over, what each may report.
    let mut people = vec![row.host_id];
    people.extend(row.guest_id.filter(|_| participant));
    let records = super::attendance::reliability(&mut *conn, &people).await?;
    let record = |id: Uuid| records.get(&id).copied().unwrap_or_default();
    let after = match me {
        Some(me) if participant && row.guest_id.is_some() => {
            super::attendance::record(&mut *conn, id, me).await?
        }
        _ => None,
    };
    Ok(RoomView {
        host_record: record(row.host_id).text(),
        guest_record: row
            .guest_id
            .filter(|_| participant)
            .map(|id| record(id).text()),
        after,
        id,
        room_url: row.room_url,
        datetime_utc: row.datetime_utc,
        when: timezone::format_in_zone(row.datetime_utc, zone),
        zone: zone.name().to_string(),
        local_date,
        local_time,
        room_type: row.room_type,
        exam_preset: row.exam_preset,
        private: row.private,
        stage: row.stage,
        started: row.started,
        cancelled: row.cancelled,
        host: Person {
            first_name: row.h_first,
            last_name: row.h_last,
            training_level: row.h_level,
            avatar: row.h_avatar,
        },
        guest,
        is_open: !row.has_guest,
        viewer,
        partner_time,
        attendance,
    })
}

/// The viewer's partner in a session, when the viewer is one of its two participants.
fn partner_id(viewer: &Viewer, host: Uuid, guest: Option<Uuid>) -> Option<Uuid> {
    match viewer {
        Viewer::Host => guest,
        Viewer::Guest => Some(host),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn zone() -> Tz {
        timezone::parse_zone("Europe/London").unwrap()
    }

    #[test]
    fn cursors_round_trip_and_bad_ones_are_refused() {
        let c = Cursor {
            at: DateTime::from_timestamp_micros(1_790_000_000_123_456).unwrap(),
            id: Uuid::new_v4(),
        };
        assert_eq!(Cursor::decode(&c.encode()), Some(c));
        for bad in ["", "x~y", "123", "123~not-a-uuid", "99999999999999999999~0"] {
            assert_eq!(Cursor::decode(bad), None, "{bad}");
        }
    }

    #[test]
    fn board_queries_parse_into_filters_in_the_viewers_zone() {
        let query = BoardQuery {
            r#type: Some("Communication".into()),
            from: Some("2026-06-01".into()),
            to: Some("2026-06-01".into()),
            open: Some("1".into()),
            level: Some("fy2".into()),
            ..Default::default()
        };
        let (filter, page) = BoardFilter::parse(&query, zone()).unwrap();
        assert_eq!(page, Page::First);
        assert_eq!(filter.room_type, Some(RoomType::Communication));
        assert_eq!(filter.level, Some(TrainingLevel::Fy2));
        assert!(filter.open_only);
        // 1 June in London (BST) runs from 23:00 UTC on 31 May for 24 hours.
        assert_eq!(
            filter.from.unwrap().to_rfc3339(),
            "2026-05-31T23:00:00+00:00"
        );
        assert_eq!(
            filter.until.unwrap().to_rfc3339(),
            "2026-06-01T23:00:00+00:00"
        );
        assert_eq!(
            BoardFilter::parse(&BoardQuery::default(), zone()).unwrap(),
            (BoardFilter::default(), Page::First)
        );
    }

    #[test]
    fn bad_board_queries_get_messages() {
        let message = |q: BoardQuery| match BoardFilter::parse(&q, zone()) {
            Err(AppError::Invalid(m)) => m,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            message(BoardQuery {
                r#type: Some("Surgical".into()),
                ..Default::default()
            }),
            "Choose Clinical or Communication."
        );
        assert!(message(BoardQuery {
            from: Some("01/06/2026".into()),
            ..Default::default()
        })
        .contains("first date"));
        assert_eq!(
            message(BoardQuery {
                from: Some("2026-06-02".into()),
                to: Some("2026-06-01".into()),
                ..Default::default()
            }),
            "The last date must not be before the first date."
        );
        assert!(message(BoardQuery {
            after: Some("garbage".into()),
            ..Default::default()
        })
        .contains("page link"));
        assert!(message(BoardQuery {
            level: Some("consultant".into()),
            ..Default::default()
        })
        .contains("training level"));
    }
}
