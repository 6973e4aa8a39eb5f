//! Mail about sessions: each session update (a join, a leave, a removal, a reschedule,
//! a cancellation; written by the database into `public.notifications` in the changing
//! transaction) becomes one mail to its person, with the session's calendar file
//! (METHOD:REQUEST at its current SEQUENCE, METHOD:CANCEL once cancelled), and every
//! session with a guest gets a reminder a day and an hour before it. Each mail's outbox
//! key names its cause, so several instances scanning at once queue it once.

use chrono::{DateTime, Duration, Utc};
use chrono_tz::Tz;
use sqlx::PgPool;
use uuid::Uuid;

use super::{queue, Kind, Mail};
use crate::server::calendar::{self, CalendarEntry};
use crate::server::timezone::{format_in_zone, partner_time};
use crate::server::{attendance, tokens};

/// Updates older than this when first seen (mail was off, say) are not mailed.
const UPDATE_MAX_AGE_HOURS: i64 = 24;
const BATCH: i64 = 50;

/// The session's time for `zone`, and for the partner's when it reads differently:
/// "Tue 8 Dec 2026, 14:00 GMT · 09:00 EST for Gus (America/New_York)".
pub fn when(at: DateTime<Utc>, zone: Tz, partner: Option<(&str, Tz)>) -> String {
    let mine = format_in_zone(at, zone);
    match partner.and_then(|(name, theirs)| partner_time(at, zone, name, theirs)) {
        Some(theirs) => format!("{mine} · {theirs}"),
        None => mine,
    }
}

fn zone_of(name: Option<&str>) -> Tz {
    name.and_then(|n| n.parse().ok()).unwrap_or(Tz::UTC)
}

fn title(room_type: &str, exam: Option<&str>) -> String {
    match exam {
        Some(e) => format!("{room_type} session ({e})"),
        None => format!("{room_type} session"),
    }
}

struct UpdateRow {
    id: Uuid,
    kind: String,
    user_id: Uuid,
    previous_datetime_utc: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    email: String,
    zone: Option<String>,
    // An expired find-a-partner request has no session.
    room_id: Option<Uuid>,
    room_url: Option<String>,
    room_type: Option<String>,
    exam_preset: Option<String>,
    starts: Option<DateTime<Utc>>,
    calendar_sequence: Option<i32>,
    cancelled: bool,
    host_id: Option<Uuid>,
    host_name: Option<String>,
    host_zone: Option<String>,
    guest_name: Option<String>,
    guest_zone: Option<String>,
}

/// Turns the session updates not yet mailed into mails, in one transaction with marking
/// them mailed. Returns how many mails were queued.
pub async fn queue_updates(
    pool: &PgPool,
    public_base_url: &str,
    from_address: &str,
) -> Result<usize, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let rows = sqlx::query_as!(
        UpdateRow,
        r#"select n.id, n.kind, n.user_id,
                n.previous_datetime_utc as "previous_datetime_utc: DateTime<Utc>",
                n.created_at as "created_at: DateTime<Utc>", u.email, u.time_zone as zone,
                r.id as "room_id?", r.room_url as "room_url?", r.type as "room_type?",
                r.exam_preset as "exam_preset?", r.datetime_utc as "starts?: DateTime<Utc>",
                r.calendar_sequence as "calendar_sequence?",
                r.cancelled_at is not null as "cancelled!", r.host_id as "host_id?",
                hp.first_name || ' ' || hp.last_name as host_name, hu.time_zone as "host_zone?",
                gp.first_name || ' ' || gp.last_name as guest_name, gu.time_zone as "guest_zone?"
           from public.notifications n
           join auth.users u on u.id = n.user_id
           left join public.practice_rooms r on r.id = n.room_id
           left join auth.users hu on hu.id = r.host_id
           left join public.profiles hp on hp.user_id = r.host_id
           left join public.profiles gp on gp.user_id = r.guest_id
           left join auth.users gu on gu.id = r.guest_id
          where n.mailed_at is null
          order by n.created_at
          limit $1
          for update of n skip locked"#,
        BATCH
    )
    .fetch_all(&mut *tx)
    .await?;
    if rows.is_empty() {
        return Ok(0);
    }
    let cutoff = Utc::now() - Duration::hours(UPDATE_MAX_AGE_HOURS);
    let base = public_base_url.trim_end_matches('/');
    let mut queued = 0;
    for row in rows.iter().filter(|row| row.created_at >= cutoff) {
        let mail = update_mail(row, base, from_address);
        if queue(
            &mut tx,
            &format!("update:{}", row.id),
            Some(row.user_id),
            &mail,
        )
        .await?
        {
            queued += 1;
        }
    }
    sqlx::query!(
        "update public.notifications set mailed_at = now() where id = any($1)",
        &rows.iter().map(|r| r.id).collect::<Vec<_>>(),
    )
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(queued)
}

fn update_mail(row: &UpdateRow, base: &str, from_address: &str) -> Mail {
    let zone = zone_of(row.zone.as_deref());
    let (Some(room_id), Some(room_url), Some(starts)) = (row.room_id, &row.room_url, row.starts)
    else {
        // A find-a-partner request whose windows passed without a match.
        return Mail::new(Kind::Update, &row.email, "Your partner request has expired")
            .paragraph("The time windows of one of your find-a-partner requests have passed without a match. Post a new one with other times, or host a session on the board for others to join.".to_string())
            .link("Find a partner", format!("{base}/partners"))
            .unsubscribable(base);
    };
    let url = format!("{base}/s/{room_url}");
    let what = title(
        row.room_type.as_deref().unwrap_or("Practice"),
        row.exam_preset.as_deref(),
    );
    let for_host = Some(row.user_id) == row.host_id;
    let (partner_name, partner_zone) = if for_host {
        (row.guest_name.as_deref(), row.guest_zone.as_deref())
    } else {
        (row.host_name.as_deref(), row.host_zone.as_deref())
    };
    let partner = partner_name.map(|n| (first_word(n), zone_of(partner_zone)));
    let at = when(starts, zone, partner);
    let host = row.host_name.as_deref().unwrap_or("The host");
    let partners_page = format!("{base}/partners");
    let (subject, lead) = match row.kind.as_str() {
        "joined" => (
            format!("{} joined your session", row.guest_name.as_deref().unwrap_or("A trainee")),
            format!(
                "{} joined your {what} on {at}.",
                row.guest_name.as_deref().unwrap_or("A trainee")
            ),
        ),
        "matched" => {
            let partner = partner_name.unwrap_or("a trainee");
            let seat = if for_host {
                "You asked first, so you host: you start the rounds."
            } else {
                "They asked first, so they host and start the rounds."
            };
            (
                format!("You have a practice partner: {}", first_word(partner)),
                format!("We matched you with {partner} for a {what} on {at}. {seat} It is in My sessions."),
            )
        }
        "standby_offer" => (
            "A seat has freed up in a session you can take".to_string(),
            format!("A guest seat in {host}'s {what} on {at} has just freed up, in your standby window. The first to take it has it."),
        ),
        "standby_gone" => (
            "The seat you were offered has been taken".to_string(),
            format!("Someone else took the seat in {host}'s {what} on {at} first. You stay on standby for your other windows."),
        ),
        "left" => (
            "Your guest left your session".to_string(),
            format!("Your guest left your {what} on {at}. It is open on the board again for someone else to join."),
        ),
        "removed" => (
            "You were removed from a session".to_string(),
            format!("{host} removed you from their {what} on {at}. Find another on the board."),
        ),
        "rescheduled" => {
            let before = row
                .previous_datetime_utc
                .map(|p| format_in_zone(p, zone))
                .unwrap_or_default();
            (
                "Your session has a new time".to_string(),
                format!("{host} moved your {what} from {before} to {at}. The attached calendar file updates your calendar."),
            )
        }
        "cancelled" => (
            "Your session was cancelled".to_string(),
            format!("{host} cancelled the {what} on {at}. The attached calendar file removes it from your calendar."),
        ),
        other => (format!("An update to your session ({other})"), format!("Your {what} on {at} changed.")),
    };
    let standby = matches!(row.kind.as_str(), "standby_offer" | "standby_gone");
    let mut mail = Mail::new(Kind::Update, &row.email, &subject).paragraph(lead);
    mail = if standby {
        mail.link("See your offers", partners_page)
    } else {
        mail.link("Open the session", url.clone())
    }
    .unsubscribable(base);
    // The calendar entry follows the person's seat: theirs while they hold it, cancelled
    // once the session is, or once they no longer have a place in it.
    let gone = matches!(row.kind.as_str(), "removed" | "cancelled");
    let entry_title = format!("Med Practice: {what}");
    let entry = CalendarEntry {
        room_id,
        starts,
        sequence: u32::try_from(row.calendar_sequence.unwrap_or_default()).unwrap_or_default()
            + u32::from(gone && !row.cancelled),
        cancelled: gone || row.cancelled,
        title: &entry_title,
        url: &url,
        stamped: Utc::now(),
    };
    if row.kind != "left" && !standby {
        let (ics, method) = calendar::invitation(&entry, from_address, &row.email);
        mail = mail.calendar(ics, method);
    }
    mail
}

fn first_word(name: &str) -> &str {
    name.split_whitespace().next().unwrap_or(name)
}

/// Which reminder a session `until` away is due: an hour or less, the hour's; a day or
/// less, the day's; none further out.
pub fn reminder_due(until: Duration) -> Option<&'static str> {
    if until <= Duration::zero() {
        None
    } else if until <= Duration::hours(1) {
        Some("1h")
    } else if until <= Duration::hours(24) {
        Some("24h")
    } else {
        None
    }
}

struct ReminderRow {
    room_id: Uuid,
    room_url: String,
    room_type: String,
    exam_preset: Option<String>,
    starts: DateTime<Utc>,
    calendar_sequence: i32,
    host_id: Uuid,
    host_email: String,
    host_name: String,
    host_zone: Option<String>,
    guest_id: Uuid,
    guest_email: String,
    guest_name: String,
    guest_zone: Option<String>,
}

/// Queues the reminders due at `now` (the database's clock when None): each
/// participant of each session with a guest, not cancelled and not started, gets one a
/// day before and one an hour before, once each (the key names the session, the
/// person, the reminder and the time, so a rescheduled session is reminded anew).
pub async fn queue_reminders(
    pool: &PgPool,
    public_base_url: &str,
    from_address: &str,
    now: Option<DateTime<Utc>>,
) -> Result<usize, sqlx::Error> {
    let mut tx = pool.begin().await?;
    let now: DateTime<Utc> = match now {
        Some(now) => now,
        None => {
            sqlx::query_scalar!(r#"select now() as "now!: DateTime<Utc>""#)
                .fetch_one(&mut *tx)
                .await?
        }
    };
    let rows = sqlx::query_as!(
        ReminderRow,
        r#"select r.id as room_id, r.room_url, r.type as room_type, r.exam_preset,
                r.datetime_utc as "starts: DateTime<Utc>", r.calendar_sequence,
                r.host_id, hu.email as host_email,
                hp.first_name || ' ' || hp.last_name as "host_name!", hu.time_zone as host_zone,
                r.guest_id as "guest_id!", gu.email as guest_email,
                gp.first_name || ' ' || gp.last_name as "guest_name!", gu.time_zone as guest_zone
           from public.practice_rooms r
           join auth.users hu on hu.id = r.host_id
           join public.profiles hp on hp.user_id = r.host_id
           join auth.users gu on gu.id = r.guest_id
           join public.profiles gp on gp.user_id = r.guest_id
          where r.guest_id is not null and r.cancelled_at is null
            and r.stage = 1 and r.first_round_id is null
            and r.datetime_utc > $1 and r.datetime_utc <= $1 + interval '24 hours'"#,
        now as DateTime<Utc>
    )
    .fetch_all(&mut *tx)
    .await?;
    let base = public_base_url.trim_end_matches('/');
    let mut queued = 0;
    for row in &rows {
        let Some(which) = reminder_due(row.starts - now) else {
            continue;
        };
        let url = format!("{base}/s/{}", row.room_url);
        let what = title(&row.room_type, row.exam_preset.as_deref());
        let entry_title = format!("Med Practice: {what}");
        let entry = CalendarEntry {
            room_id: row.room_id,
            starts: row.starts,
            sequence: u32::try_from(row.calendar_sequence).unwrap_or_default(),
            cancelled: false,
            title: &entry_title,
            url: &url,
            stamped: Utc::now(),
        };
        let people = [
            (
                row.host_id,
                &row.host_email,
                &row.host_zone,
                &row.guest_name,
                &row.guest_zone,
            ),
            (
                row.guest_id,
                &row.guest_email,
                &row.guest_zone,
                &row.host_name,
                &row.host_zone,
            ),
        ];
        for (user_id, email, zone, partner, partner_zone) in people {
            let at = when(
                row.starts,
                zone_of(zone.as_deref()),
                Some((first_word(partner), zone_of(partner_zone.as_deref()))),
            );
            let (subject, lead) = if which == "1h" {
                (
                    format!("Your session with {} starts within the hour", first_word(partner)),
                    format!("Your {what} with {partner} starts at {at}. Open the session a few minutes early to join the call."),
                )
            } else {
                (
                    format!(
                        "Reminder: your session with {} is coming up",
                        first_word(partner)
                    ),
                    format!("Your {what} with {partner} is on {at}."),
                )
            };
            let (ics, method) = calendar::invitation(&entry, from_address, email);
            let mut mail = Mail::new(Kind::Reminder, email, &subject).paragraph(lead);
            // The day before, each is asked whether they will be there, by a link of
            // their own that needs no sign-in.
            let answer = (which == "24h").then(|| tokens::new().0);
            if let Some(token) = &answer {
                mail = mail
                    .paragraph(format!("Will you be there? Say so, so {} knows: \"I'll be there\" or \"I can't make it\".", first_word(partner)))
                    .link("Will you be there?", format!("{base}{}", attendance::link_path(token)));
            }
            let mail = mail
                .link("Open the session", url.clone())
                .calendar(ics, method)
                .unsubscribable(base);
            let key = format!(
                "reminder-{which}:{}:{user_id}:{}",
                row.room_id,
                row.starts.timestamp()
            );
            if queue(&mut tx, &key, Some(user_id), &mail).await? {
                if let Some(token) = &answer {
                    attendance::new_link(&mut tx, row.room_id, user_id, row.starts, token).await?;
                }
                queued += 1;
            }
        }
    }
    tx.commit().await?;
    Ok(queued)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn times_show_both_zones_when_they_read_differently() {
        let at = Utc.with_ymd_and_hms(2026, 12, 8, 14, 0, 0).unwrap();
        let london: Tz = "Europe/London".parse().unwrap();
        let new_york: Tz = "America/New_York".parse().unwrap();
        assert_eq!(
            when(at, london, Some(("Gus", new_york))),
            "Tue 8 Dec 2026, 14:00 GMT · 09:00 EST for Gus (America/New_York)"
        );
        assert_eq!(
            when(at, london, Some(("Gus", london))),
            "Tue 8 Dec 2026, 14:00 GMT"
        );
        assert_eq!(when(at, london, None), "Tue 8 Dec 2026, 14:00 GMT");
    }

    #[test]
    fn a_reminder_is_due_a_day_and_an_hour_before() {
        assert_eq!(reminder_due(Duration::hours(25)), None);
        assert_eq!(reminder_due(Duration::hours(23)), Some("24h"));
        assert_eq!(reminder_due(Duration::minutes(61)), Some("24h"));
        assert_eq!(reminder_due(Duration::minutes(50)), Some("1h"));
        assert_eq!(reminder_due(Duration::zero()), None);
    }
}
