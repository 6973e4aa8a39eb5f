//! Finding a partner: requests (kind, exam, acceptable training levels, exam date, time
//! windows over the next four weeks), the matcher that pairs them into sessions, and
//! expiry. The rules for a request (windows ahead and within four weeks, at most three
//! open, a confirmed address, no suspension) are the database's
//! (`partner_requests_guard`); the checks here only word the common mistakes first.
//!
//! The matcher is a durable job: every instance runs it, each pass in one transaction
//! that locks the open requests it considers (`for update skip locked`), so two passes
//! never consider the same request and a request is matched at most once. The session
//! it makes goes through the same triggers as any other, so nobody is ever booked into
//! two sessions at once: a clash (a booking made meanwhile, or another instance's match
//! for the same person) rolls back that one match, and the request waits for the next
//! pass.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, DurationRound, NaiveDate, Utc};
use chrono_tz::Tz;
use sqlx::{PgConnection, PgPool};
use uuid::Uuid;

use super::db::UserTx;
use super::schedule::{parse_preset, parse_type, parse_when};
use super::timezone::{self, format_in_zone};
use crate::error::AppError;
use crate::model::partners::{
    Demand, PartnerRequest, RequestStatus, SeatOffer, Standby, Window, MAX_WINDOWS,
};
use crate::model::{ExamPreset, RoomType, TrainingLevel};

/// A session lasts an hour; a match is made at least this far ahead, on this grid.
pub const SESSION: Duration = Duration::minutes(60);
pub const LEAD: Duration = Duration::minutes(15);
pub const GRID: Duration = Duration::minutes(15);
/// Partners the two have practised with within this long are matched last.
pub const RECENT_DAYS: i64 = 30;

pub const CHOOSE_WINDOW: &str = "Add at least one time window: a date, a start and an end.";
pub const WINDOW_SHORT: &str = "Each time window must be at least an hour long.";
pub const CHOOSE_LEVELS: &str = "Tick at least one training level you would practise with.";

/// A window of time: its start and end.
pub type Span = (DateTime<Utc>, DateTime<Utc>);

/// One window as the form sends it, in the viewer's zone.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WindowInput {
    pub date: String,
    pub from: String,
    pub to: String,
}

/// Reads one window; None when all three fields are empty. An end at or before the
/// start is taken to run past midnight ("22:00 to 01:00").
pub fn parse_window(input: &WindowInput, zone: Tz) -> Result<Option<Span>, AppError> {
    let blank = |s: &str| s.trim().is_empty();
    if blank(&input.date) && blank(&input.from) && blank(&input.to) {
        return Ok(None);
    }
    if blank(&input.to) {
        return Err(AppError::invalid("Choose when the time window ends."));
    }
    let starts = parse_when(&input.date, &input.from, zone)?;
    let mut ends = parse_when(&input.date, &input.to, zone)?;
    if ends <= starts {
        ends += Duration::days(1);
    }
    if ends - starts < SESSION {
        return Err(AppError::invalid(WINDOW_SHORT));
    }
    Ok(Some((starts, ends)))
}

/// A request as the form sends it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewRequest {
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub levels: Vec<TrainingLevel>,
    pub exam_date: Option<NaiveDate>,
    pub windows: Vec<Span>,
}

impl NewRequest {
    pub fn parse(
        room_type: &str,
        exam: &str,
        levels: &[String],
        exam_date: &str,
        windows: &[WindowInput],
        zone: Tz,
    ) -> Result<NewRequest, AppError> {
        let levels: Vec<TrainingLevel> = levels
            .iter()
            .map(|code| {
                TrainingLevel::from_code(code.trim())
                    .ok_or_else(|| AppError::invalid(crate::model::messages::CHOOSE_TRAINING_LEVEL))
            })
            .collect::<Result<_, _>>()?;
        if levels.is_empty() {
            return Err(AppError::invalid(CHOOSE_LEVELS));
        }
        let exam_date = match exam_date.trim() {
            "" => None,
            d => Some(timezone::parse_date(d)?),
        };
        let mut parsed = Vec::new();
        for w in windows.iter().take(MAX_WINDOWS) {
            if let Some(w) = parse_window(w, zone)? {
                parsed.push(w);
            }
        }
        if parsed.is_empty() {
            return Err(AppError::invalid(CHOOSE_WINDOW));
        }
        Ok(NewRequest {
            room_type: parse_type(room_type)?,
            exam_preset: parse_preset(exam)?,
            levels,
            exam_date,
            windows: parsed,
        })
    }

    fn starts(&self) -> Vec<DateTime<Utc>> {
        self.windows.iter().map(|w| w.0).collect()
    }

    fn ends(&self) -> Vec<DateTime<Utc>> {
        self.windows.iter().map(|w| w.1).collect()
    }

    fn level_codes(&self) -> Vec<&'static str> {
        self.levels.iter().map(|l| l.code()).collect()
    }
}

/// Posts a request for the transaction's user; returns its id.
pub async fn post(tx: &mut UserTx, new: &NewRequest) -> Result<Uuid, AppError> {
    let me = tx.user();
    // The windows: a multirange from the two arrays of bounds.
    let id = sqlx::query_scalar!(
        "insert into public.partner_requests (user_id, type, exam_preset, levels, exam_date, windows)
         values ($1, $2, $3, $4, $5, tstzmultirange(variadic array(
                   select tstzrange(s, e) from unnest($6::timestamptz[], $7::timestamptz[]) as w(s, e))))
         returning id",
        me,
        new.room_type as RoomType,
        new.exam_preset as Option<ExamPreset>,
        new.level_codes() as Vec<&str>,
        new.exam_date as Option<NaiveDate>,
        new.starts() as Vec<DateTime<Utc>>,
        new.ends() as Vec<DateTime<Utc>>,
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

/// Changes an open request of the transaction's user.
pub async fn edit(tx: &mut UserTx, id: Uuid, new: &NewRequest) -> Result<(), AppError> {
    let done = sqlx::query!(
        "update public.partner_requests
            set type = $2, exam_preset = $3, levels = $4, exam_date = $5,
                windows = tstzmultirange(variadic array(
                  select tstzrange(s, e) from unnest($6::timestamptz[], $7::timestamptz[]) as w(s, e)))
          where id = $1",
        id,
        new.room_type as RoomType,
        new.exam_preset as Option<ExamPreset>,
        new.level_codes() as Vec<&str>,
        new.exam_date as Option<NaiveDate>,
        new.starts() as Vec<DateTime<Utc>>,
        new.ends() as Vec<DateTime<Utc>>,
    )
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// Withdraws an open request of the transaction's user.
pub async fn withdraw(tx: &mut UserTx, id: Uuid) -> Result<(), AppError> {
    let done = sqlx::query!(
        "update public.partner_requests set status = 'withdrawn' where id = $1",
        id
    )
    .execute(&mut **tx)
    .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The training levels a request stores as codes.
fn levels(codes: &[String]) -> Vec<TrainingLevel> {
    codes
        .iter()
        .filter_map(|c| TrainingLevel::from_code(c))
        .collect()
}

fn window(starts: DateTime<Utc>, ends: DateTime<Utc>, zone: Tz) -> Window {
    let (date, from) = timezone::input_values(starts, zone);
    let (end_date, to) = timezone::input_values(ends, zone);
    let label = if end_date == date {
        format!("{} to {to}", format_in_zone(starts, zone))
    } else {
        format!(
            "{} to {}",
            format_in_zone(starts, zone),
            format_in_zone(ends, zone)
        )
    };
    Window {
        starts,
        ends,
        label,
        date,
        from,
        to,
    }
}

/// The transaction's user's requests: open ones first, then the last 20 closed.
pub async fn mine(tx: &mut UserTx, zone: Tz) -> Result<Vec<PartnerRequest>, AppError> {
    let me = tx.user();
    let rows = sqlx::query!(
        r#"select p.id, p.type as "room_type: RoomType", p.exam_preset as "exam_preset: ExamPreset",
                p.levels, p.exam_date as "exam_date: NaiveDate",
                array(select lower(w) from unnest(p.windows) w order by lower(w))
                  as "starts!: Vec<DateTime<Utc>>",
                array(select upper(w) from unnest(p.windows) w order by lower(w))
                  as "ends!: Vec<DateTime<Utc>>",
                p.status as "status: RequestStatus", r.room_url as "room_url?"
           from public.partner_requests p
           left join public.practice_rooms r on r.id = p.room_id
          where p.user_id = $1
          order by p.status <> 'open', coalesce(p.closed_at, p.created_at) desc
          limit 23"#,
        me
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| PartnerRequest {
            id: row.id,
            room_type: row.room_type,
            exam_preset: row.exam_preset,
            levels: levels(&row.levels),
            exam_date: row.exam_date,
            windows: row
                .starts
                .into_iter()
                .zip(row.ends)
                .map(|(s, e)| window(s, e, zone))
                .collect(),
            status: row.status,
            room_url: row.room_url,
        })
        .collect())
}

/// How many people are looking for a partner this week, by kind and exam.
pub async fn demand(conn: &mut PgConnection) -> Result<Vec<Demand>, AppError> {
    let rows = sqlx::query!(
        r#"select type as "room_type!: RoomType", exam_preset as "exam_preset: ExamPreset",
                people as "people!"
           from public.partner_demand()"#
    )
    .fetch_all(conn)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| Demand {
            room_type: row.room_type,
            exam_preset: row.exam_preset,
            people: row.people,
        })
        .collect())
}

// ---------------------------------------------------------------------------------------
// Standby
// ---------------------------------------------------------------------------------------

/// Puts the transaction's user on standby for a window; None kind or exam: any.
pub async fn stand_by(
    tx: &mut UserTx,
    room_type: Option<RoomType>,
    exam_preset: Option<ExamPreset>,
    window: Span,
) -> Result<Uuid, AppError> {
    let me = tx.user();
    let id = sqlx::query_scalar!(
        "insert into public.standby (user_id, type, exam_preset, window_range)
         values ($1, $2, $3, tstzrange($4, $5)) returning id",
        me,
        room_type as Option<RoomType>,
        exam_preset as Option<ExamPreset>,
        window.0 as DateTime<Utc>,
        window.1 as DateTime<Utc>,
    )
    .fetch_one(&mut **tx)
    .await?;
    Ok(id)
}

pub async fn leave_standby(tx: &mut UserTx, id: Uuid) -> Result<(), AppError> {
    let done = sqlx::query!("delete from public.standby where id = $1", id)
        .execute(&mut **tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(AppError::NotFound);
    }
    Ok(())
}

/// The transaction's user's standby windows still ahead.
pub async fn my_standby(tx: &mut UserTx, zone: Tz) -> Result<Vec<Standby>, AppError> {
    let rows = sqlx::query!(
        r#"select id, type as "room_type: RoomType", exam_preset as "exam_preset: ExamPreset",
                lower(window_range) as "starts!: DateTime<Utc>",
                upper(window_range) as "ends!: DateTime<Utc>"
           from public.standby
          where upper(window_range) > now()
          order by lower(window_range)"#
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| Standby {
            id: row.id,
            room_type: row.room_type,
            exam_preset: row.exam_preset,
            window: window(row.starts, row.ends, zone),
        })
        .collect())
}

/// Seats offered to the transaction's user in the last day, newest first.
pub async fn my_offers(tx: &mut UserTx, zone: Tz) -> Result<Vec<SeatOffer>, AppError> {
    // The room may be private, so it is read through the offer (owner's view) here:
    // only what the offer needs, and the link once the seat is the viewer's.
    let me = tx.user();
    let rows = sqlx::query!(
        r#"select o.id, o.datetime_utc as "datetime_utc: DateTime<Utc>",
                x.type as "room_type!: RoomType", x.exam_preset as "exam_preset: ExamPreset", x.host,
                o.outcome is null and x.open as "open!",
                x.room_url
           from public.standby_offers o
           cross join lateral public.offer_room(o.id) x
          where o.user_id = $1 and o.created_at > now() - interval '1 day'
          order by o.created_at desc
          limit 20"#,
        me
    )
    .fetch_all(&mut **tx)
    .await?;
    Ok(rows
        .into_iter()
        .map(|row| SeatOffer {
            id: row.id,
            when: format_in_zone(row.datetime_utc, zone),
            room_type: row.room_type,
            exam_preset: row.exam_preset,
            host: row.host.unwrap_or_else(|| "A trainee".into()),
            open: row.open,
            room_url: row.room_url,
        })
        .collect())
}

/// Takes an offered seat; returns the session's link. One winner: the others get
/// "someone else took it".
pub async fn accept_offer(tx: &mut UserTx, offer: Uuid) -> Result<String, AppError> {
    Ok(
        sqlx::query_scalar!(r#"select public.accept_standby_offer($1) as "url!""#, offer)
            .fetch_one(&mut **tx)
            .await?,
    )
}

// ---------------------------------------------------------------------------------------
// The matcher
// ---------------------------------------------------------------------------------------

/// An open request as the matcher reads it.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub id: Uuid,
    pub user: Uuid,
    pub room_type: RoomType,
    pub exam_preset: Option<ExamPreset>,
    pub level: TrainingLevel,
    pub levels: Vec<TrainingLevel>,
    pub exam_date: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub windows: Vec<Span>,
}

/// Two requests to pair, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pairing {
    /// The earlier request: its owner hosts.
    pub host: usize,
    pub guest: usize,
    pub at: DateTime<Utc>,
}

/// Whether two requests suit each other: different people, the same kind, the same
/// exam (or one open to any), and each at a level the other accepts.
pub fn compatible(a: &Candidate, b: &Candidate) -> bool {
    a.user != b.user
        && a.room_type == b.room_type
        && (a.exam_preset.is_none() || b.exam_preset.is_none() || a.exam_preset == b.exam_preset)
        && a.levels.contains(&b.level)
        && b.levels.contains(&a.level)
}

fn round_up(at: DateTime<Utc>) -> DateTime<Utc> {
    match at.duration_trunc(GRID) {
        Ok(down) if down == at => at,
        Ok(down) => down + GRID,
        Err(_) => at,
    }
}

fn free(busy: &HashMap<Uuid, Vec<DateTime<Utc>>>, user: Uuid, at: DateTime<Utc>) -> bool {
    busy.get(&user)
        .is_none_or(|times| times.iter().all(|t| (*t - at).abs() >= SESSION))
}

/// The earliest start, on the grid and at least [`LEAD`] after `now`, when both have an
/// hour inside their windows and neither is busy.
fn first_slot(
    a: &Candidate,
    b: &Candidate,
    busy: &HashMap<Uuid, Vec<DateTime<Utc>>>,
    now: DateTime<Utc>,
) -> Option<DateTime<Utc>> {
    let mut best: Option<DateTime<Utc>> = None;
    for &(s1, e1) in &a.windows {
        for &(s2, e2) in &b.windows {
            let (start, end) = (s1.max(s2).max(now + LEAD), e1.min(e2));
            let mut at = round_up(start);
            while at + SESSION <= end && best.is_none_or(|b| at < b) {
                if free(busy, a.user, at) && free(busy, b.user, at) {
                    best = Some(at);
                    break;
                }
                at += GRID;
            }
        }
    }
    best
}

/// Pairs requests, oldest first: each takes, of the compatible requests still
/// unpaired, the one whose owner it has not practised with lately, then the nearest
/// exam date, then the earliest common hour. Nobody is paired into two sessions at
/// once, with each other's existing sessions (`busy`) or within this plan.
pub fn plan(
    requests: &[Candidate],
    mut busy: HashMap<Uuid, Vec<DateTime<Utc>>>,
    recent: &HashSet<(Uuid, Uuid)>,
    now: DateTime<Utc>,
) -> Vec<Pairing> {
    let mut order: Vec<usize> = (0..requests.len()).collect();
    order.sort_by_key(|&i| (requests[i].created_at, requests[i].id));
    let mut paired = vec![false; requests.len()];
    let mut plan = Vec::new();
    for &i in &order {
        if paired[i] {
            continue;
        }
        let a = &requests[i];
        // (met lately, days between exams, the hour, when the other asked), the other
        // request, the hour.
        type Score = (bool, i64, DateTime<Utc>, DateTime<Utc>);
        let mut best: Option<(Score, usize, DateTime<Utc>)> = None;
        for &j in &order {
            if j == i || paired[j] || !compatible(a, &requests[j]) {
                continue;
            }
            let b = &requests[j];
            let Some(at) = first_slot(a, b, &busy, now) else {
                continue;
            };
            let met = recent.contains(&(a.user, b.user)) || recent.contains(&(b.user, a.user));
            let exam_gap = match (a.exam_date, b.exam_date) {
                (Some(x), Some(y)) => (x - y).num_days().abs(),
                _ => i64::MAX,
            };
            let score = (met, exam_gap, at, b.created_at);
            if best.as_ref().is_none_or(|(s, _, _)| score < *s) {
                best = Some((score, j, at));
            }
        }
        if let Some((_, j, at)) = best {
            paired[i] = true;
            paired[j] = true;
            busy.entry(a.user).or_default().push(at);
            busy.entry(requests[j].user).or_default().push(at);
            let (host, guest) = if (requests[j].created_at, requests[j].id) < (a.created_at, a.id) {
                (j, i)
            } else {
                (i, j)
            };
            plan.push(Pairing { host, guest, at });
        }
    }
    plan
}

/// What one pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Pass {
    pub matched: usize,
    pub expired: usize,
}

/// One pass of the matcher over at most `batch` open requests (server work): expires
/// requests whose windows have no hour left, then pairs what it can.
pub async fn run_once(pool: &PgPool, batch: i64) -> Result<Pass, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let expired = sqlx::query!(
        "with gone as (
           update public.partner_requests set status = 'expired'
            where id in (select id from public.partner_requests
                          where status = 'open' and upper(windows) < now() + $1::interval
                          for update skip locked)
           returning id, user_id)
         insert into public.notifications (user_id, request_id, kind)
         select user_id, id, 'request_expired' from gone",
        (SESSION + LEAD) as Duration,
    )
    .execute(&mut *tx)
    .await?
    .rows_affected() as usize;

    // Requests of people who cannot be booked now (suspended) wait, unlocked.
    let rows = sqlx::query!(
        r#"select p.id, p.user_id, p.type as "room_type: RoomType",
                p.exam_preset as "exam_preset: ExamPreset",
                pr.training_level as "level: TrainingLevel",
                p.levels, p.exam_date as "exam_date: NaiveDate",
                p.created_at as "created_at: DateTime<Utc>",
                array(select lower(w) from unnest(p.windows) w order by lower(w))
                  as "starts!: Vec<DateTime<Utc>>",
                array(select upper(w) from unnest(p.windows) w order by lower(w))
                  as "ends!: Vec<DateTime<Utc>>"
           from public.partner_requests p
           join public.profiles pr on pr.user_id = p.user_id
          where p.status = 'open' and public.suspended_until(p.user_id) is null
          order by p.created_at, p.id
          limit $1
          for update of p skip locked"#,
        batch
    )
    .fetch_all(&mut *tx)
    .await?;
    let requests: Vec<Candidate> = rows
        .into_iter()
        .map(|row| Candidate {
            id: row.id,
            user: row.user_id,
            room_type: row.room_type,
            exam_preset: row.exam_preset,
            level: row.level,
            levels: levels(&row.levels),
            exam_date: row.exam_date,
            created_at: row.created_at,
            windows: row.starts.into_iter().zip(row.ends).collect(),
        })
        .collect();
    if requests.len() < 2 {
        tx.commit().await?;
        return Ok(Pass {
            matched: 0,
            expired,
        });
    }
    let users: Vec<Uuid> = requests
        .iter()
        .map(|r| r.user)
        .collect::<HashSet<_>>()
        .into_iter()
        .collect();
    let now = sqlx::query_scalar!(r#"select now() as "now!: DateTime<Utc>""#)
        .fetch_one(&mut *tx)
        .await?;
    let sessions = sqlx::query!(
        r#"select host_id, guest_id, datetime_utc as "datetime_utc: DateTime<Utc>"
             from public.practice_rooms
            where cancelled_at is null
              and (host_id = any($1) or guest_id = any($1))
              and datetime_utc > now() - make_interval(days => $2)"#,
        &users,
        RECENT_DAYS as i32,
    )
    .fetch_all(&mut *tx)
    .await?;
    let mut busy: HashMap<Uuid, Vec<DateTime<Utc>>> = HashMap::new();
    let mut recent = HashSet::new();
    for row in sessions {
        let (host, guest, at) = (row.host_id, row.guest_id, row.datetime_utc);
        if at > now - SESSION {
            busy.entry(host).or_default().push(at);
            if let Some(guest) = guest {
                busy.entry(guest).or_default().push(at);
            }
        }
        if let Some(guest) = guest {
            recent.insert((host, guest));
        }
    }
    let mut matched = 0;
    for pairing in plan(&requests, busy, &recent, now) {
        let (host, guest) = (&requests[pairing.host], &requests[pairing.guest]);
        let exam = host.exam_preset.or(guest.exam_preset);
        let mut one = sqlx::Acquire::begin(&mut tx).await?;
        let made = sqlx::query_scalar!(
            "insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, exam_preset, private)
             values ($1, $2, $3, $4, $5, true) returning id",
            host.user,
            guest.user,
            pairing.at as DateTime<Utc>,
            host.room_type as RoomType,
            exam as Option<ExamPreset>,
        )
        .fetch_one(&mut *one)
        .await;
        let room = match made {
            Ok(room) => room,
            Err(e) => {
                // A clash the plan could not see (a booking made meanwhile): this pair
                // waits for the next pass.
                tracing::info!(error = %e, "matcher: a pairing could not be booked");
                one.rollback().await?;
                continue;
            }
        };
        sqlx::query!(
            "update public.partner_requests set status = 'matched', room_id = $1 where id = any($2)",
            room,
            &[host.id, guest.id][..],
        )
        .execute(&mut *one)
        .await?;
        sqlx::query!(
            "insert into public.notifications (user_id, room_id, request_id, kind, datetime_utc)
             values ($1, $3, $4, 'matched', $5), ($2, $3, $6, 'matched', $5)",
            host.user,
            guest.user,
            room,
            host.id,
            pairing.at as DateTime<Utc>,
            guest.id,
        )
        .execute(&mut *one)
        .await?;
        one.commit().await?;
        matched += 1;
    }
    tx.commit().await?;
    Ok(Pass { matched, expired })
}

/// Runs the matcher every `every` for as long as the process lives (every instance
/// does; see [`run_once`] for why that is safe).
pub fn start(pool: &PgPool, every: std::time::Duration) {
    let pool = pool.clone();
    tokio::spawn(async move {
        loop {
            match run_once(&pool, 500).await {
                Ok(pass) if pass.matched + pass.expired > 0 => {
                    tracing::info!(
                        matched = pass.matched,
                        expired = pass.expired,
                        "matcher pass"
                    );
                }
                Ok(_) => {}
                Err(e) => tracing::warn!(error = %e, "matcher: pass failed"),
            }
            tokio::time::sleep(every).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn at(h: u32, m: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(2026, 12, 10, h, m, 0).unwrap()
    }

    fn request(n: u128, user: u128, windows: &[(u32, u32)], exam_date: Option<&str>) -> Candidate {
        Candidate {
            id: Uuid::from_u128(n),
            user: Uuid::from_u128(1000 + user),
            room_type: RoomType::Clinical,
            exam_preset: Some(ExamPreset::Plab2),
            level: TrainingLevel::Fy1,
            levels: vec![TrainingLevel::Fy1, TrainingLevel::Fy2],
            exam_date: exam_date.map(|d| d.parse().unwrap()),
            created_at: at(0, 0) + Duration::minutes(n as i64),
            windows: windows.iter().map(|&(s, e)| (at(s, 0), at(e, 0))).collect(),
        }
    }

    #[test]
    fn the_nearest_exam_date_wins() {
        let now = at(8, 0);
        let requests = [
            request(1, 1, &[(10, 12)], Some("2027-03-01")),
            request(2, 2, &[(10, 12)], Some("2027-09-01")),
            request(3, 3, &[(10, 12)], Some("2027-03-10")),
        ];
        let plan = plan(&requests, HashMap::new(), &HashSet::new(), now);
        assert_eq!(
            plan,
            vec![Pairing {
                host: 0,
                guest: 2,
                at: at(10, 0)
            }]
        );
    }

    #[test]
    fn a_new_partner_wins_over_a_recent_one() {
        let now = at(8, 0);
        let requests = [
            request(1, 1, &[(10, 12)], Some("2027-03-01")),
            request(2, 2, &[(10, 12)], Some("2027-03-01")),
            request(3, 3, &[(10, 12)], Some("2027-09-01")),
        ];
        let recent = HashSet::from([(Uuid::from_u128(1002), Uuid::from_u128(1001))]);
        let plan = plan(&requests, HashMap::new(), &recent, now);
        assert_eq!(
            plan,
            vec![Pairing {
                host: 0,
                guest: 2,
                at: at(10, 0)
            }]
        );
    }

    #[test]
    fn the_hour_must_fit_both_windows_and_both_diaries() {
        let now = at(8, 0);
        let requests = [
            request(1, 1, &[(10, 13)], None),
            request(2, 2, &[(11, 14)], None),
        ];
        // Person 1 is busy at 11:00, so the first free common hour is 12:00.
        let busy = HashMap::from([(Uuid::from_u128(1001), vec![at(11, 0)])]);
        let plan = plan(&requests, busy, &HashSet::new(), now);
        assert_eq!(
            plan,
            vec![Pairing {
                host: 0,
                guest: 1,
                at: at(12, 0)
            }]
        );
        // Too soon: a window starting now begins on the grid after the lead time.
        let requests = [
            request(1, 1, &[(8, 10)], None),
            request(2, 2, &[(8, 10)], None),
        ];
        let plan = super::plan(&requests, HashMap::new(), &HashSet::new(), at(8, 1));
        assert_eq!(plan[0].at, at(8, 30));
    }

    #[test]
    fn incompatible_requests_are_not_paired() {
        let now = at(8, 0);
        let a = request(1, 1, &[(10, 12)], None);
        let mut b = request(2, 2, &[(10, 12)], None);
        b.level = TrainingLevel::CtSt;
        assert!(!compatible(&a, &b));
        let mut c = request(3, 3, &[(10, 12)], None);
        c.exam_preset = Some(ExamPreset::Paces);
        assert!(!compatible(&a, &c));
        let d = request(4, 1, &[(10, 12)], None);
        assert!(!compatible(&a, &d), "nobody is matched with themselves");
        let mut e = request(5, 5, &[(10, 12)], None);
        e.exam_preset = None;
        assert!(compatible(&a, &e), "a request open to any exam suits");
        assert!(plan(&[a, b, c, d], HashMap::new(), &HashSet::new(), now).is_empty());
    }
}
