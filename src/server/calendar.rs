//! Calendar files (.ics) for sessions. One UID per room, stable forever, so a calendar
//! recognises the same session; times in UTC; a SEQUENCE that grows with each
//! reschedule or cancellation (`practice_rooms.calendar_sequence`), so calendars replace
//! the entry; a cancelled session goes out as METHOD:CANCEL.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Component, Event, EventLike, EventStatus, Property};
use sqlx::PgConnection;
use uuid::Uuid;

use crate::error::AppError;

/// A session occupies an hour (the overlap rule in the migrations uses the same).
pub const SESSION_MINUTES: i64 = 60;

pub struct CalendarEntry<'a> {
    pub room_id: Uuid,
    pub starts: DateTime<Utc>,
    pub sequence: u32,
    pub cancelled: bool,
    /// What the calendar shows, e.g. "Med Practice: Clinical session (PLAB 2)".
    pub title: &'a str,
    /// The session's page.
    pub url: &'a str,
    /// When this version of the entry was made (DTSTAMP).
    pub stamped: DateTime<Utc>,
}

pub fn uid(room_id: Uuid) -> String {
    format!("{room_id}@med-practice")
}

/// The downloadable file: METHOD:PUBLISH (METHOD:CANCEL once cancelled).
pub fn ics(entry: &CalendarEntry) -> String {
    calendar(
        entry,
        if entry.cancelled { "CANCEL" } else { "PUBLISH" },
        None,
    )
}

/// The file an email carries, as an invitation from `organizer` to `attendee` (mail
/// addresses): METHOD:REQUEST, or METHOD:CANCEL once cancelled, so the recipient's
/// calendar adds, moves or removes the entry itself. Returns the text and its method.
pub fn invitation(
    entry: &CalendarEntry,
    organizer: &str,
    attendee: &str,
) -> (String, &'static str) {
    let method = if entry.cancelled { "CANCEL" } else { "REQUEST" };
    (calendar(entry, method, Some((organizer, attendee))), method)
}

fn calendar(entry: &CalendarEntry, method: &str, people: Option<(&str, &str)>) -> String {
    let mut event = Event::new();
    if let Some((organizer, attendee)) = people {
        event
            .append_property(Property::new("ORGANIZER", format!("mailto:{organizer}")))
            .append_property(
                Property::new("ATTENDEE", format!("mailto:{attendee}"))
                    .add_parameter("ROLE", "REQ-PARTICIPANT")
                    .add_parameter("RSVP", "FALSE")
                    .done(),
            );
    }
    event
        .uid(&uid(entry.room_id))
        .timestamp(entry.stamped)
        .starts(entry.starts)
        .ends(entry.starts + Duration::minutes(SESSION_MINUTES))
        .sequence(entry.sequence)
        .summary(entry.title)
        .url(entry.url)
        .description(&format!("Open the session: {}", entry.url))
        .status(if entry.cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        });
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//Med Practice//Sessions//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", method));
    calendar.push(event.done());
    calendar.to_string()
}

#[derive(sqlx::FromRow)]
struct CalendarRow {
    id: Uuid,
    datetime_utc: DateTime<Utc>,
    calendar_sequence: i32,
    cancelled: bool,
    room_type: String,
    exam_preset: Option<String>,
}

/// The calendar file of the session with this link, for whoever the transaction acts
/// as, when they may see it; its links start at `public_base_url`.
pub async fn for_link(
    conn: &mut PgConnection,
    signed_in: bool,
    room_url: &str,
    public_base_url: &str,
) -> Result<String, AppError> {
    let source = super::rooms::by_url_source(signed_in);
    // Run-time checked: dynamic SQL (the source depends on sign-in, see `by_url_source`).
    let row: Option<CalendarRow> = sqlx::query_as(&format!(
        "select id, datetime_utc, calendar_sequence, cancelled_at is not null as cancelled,
                    type as room_type, exam_preset
               from {source} r"
    ))
    .bind(room_url)
    .fetch_optional(&mut *conn)
    .await?;
    let CalendarRow {
        id: room_id,
        datetime_utc: starts,
        calendar_sequence: sequence,
        cancelled,
        room_type,
        exam_preset: preset,
    } = row.ok_or(AppError::NotFound)?;
    let title = match preset {
        Some(p) => format!("Med Practice: {room_type} session ({p})"),
        None => format!("Med Practice: {room_type} session"),
    };
    let url = format!("{}/s/{room_url}", public_base_url.trim_end_matches('/'));
    Ok(ics(&CalendarEntry {
        room_id,
        starts,
        sequence: u32::try_from(sequence).unwrap_or_default(),
        cancelled,
        title: &title,
        url: &url,
        stamped: Utc::now(),
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    /// The content lines, unfolded (RFC 5545 folds long lines with CRLF + space).
    fn lines(ics: &str) -> Vec<String> {
        assert!(ics.contains("\r\n"), "lines end in CRLF");
        ics.replace("\r\n ", "")
            .split("\r\n")
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect()
    }

    fn entry(sequence: u32, cancelled: bool, starts: DateTime<Utc>) -> String {
        ics(&CalendarEntry {
            room_id: Uuid::parse_str("0b5c7400-0000-4000-8000-000000000001").unwrap(),
            starts,
            sequence,
            cancelled,
            title: "Med Practice: Clinical session (PLAB 2)",
            url: "https://medpractice.example/s/AbCdEfGhIjKlMnOpQrStUvWx",
            stamped: Utc.with_ymd_and_hms(2026, 11, 24, 9, 0, 0).unwrap(),
        })
    }

    #[test]
    fn an_entry_has_a_stable_uid_and_utc_times() {
        // 14:00 in London in summer is 13:00 UTC: the file says 13:00Z.
        let starts = Utc.with_ymd_and_hms(2026, 7, 1, 13, 0, 0).unwrap();
        let first = lines(&entry(0, false, starts));
        for expected in [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "METHOD:PUBLISH",
            "UID:0b5c7400-0000-4000-8000-000000000001@med-practice",
            "DTSTART:20260701T130000Z",
            "DTEND:20260701T140000Z",
            "DTSTAMP:20261124T090000Z",
            "SEQUENCE:0",
            "STATUS:CONFIRMED",
            "URL:https://medpractice.example/s/AbCdEfGhIjKlMnOpQrStUvWx",
            "END:VCALENDAR",
        ] {
            assert!(
                first.iter().any(|l| l == expected),
                "missing {expected:?} in {first:#?}"
            );
        }
    }

    #[test]
    fn a_reschedule_keeps_the_uid_and_raises_the_sequence() {
        let first = lines(&entry(
            0,
            false,
            Utc.with_ymd_and_hms(2026, 7, 1, 13, 0, 0).unwrap(),
        ));
        let moved = lines(&entry(
            1,
            false,
            Utc.with_ymd_and_hms(2026, 7, 2, 17, 30, 0).unwrap(),
        ));
        let uid = |ls: &[String]| ls.iter().find(|l| l.starts_with("UID:")).cloned();
        assert_eq!(uid(&first), uid(&moved));
        assert!(moved.contains(&"SEQUENCE:1".to_string()));
        assert!(moved.contains(&"DTSTART:20260702T173000Z".to_string()));
    }

    #[test]
    fn a_cancellation_is_method_cancel() {
        let cancelled = lines(&entry(
            2,
            true,
            Utc.with_ymd_and_hms(2026, 7, 2, 17, 30, 0).unwrap(),
        ));
        assert!(cancelled.contains(&"METHOD:CANCEL".to_string()));
        assert!(cancelled.contains(&"STATUS:CANCELLED".to_string()));
        assert!(cancelled.contains(&"SEQUENCE:2".to_string()));
    }
}
