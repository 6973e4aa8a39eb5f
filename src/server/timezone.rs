//! Times as people give and read them: a date and a clock time in their own IANA zone.
//! Conversions happen on the server (the zone database stays out of the browser
//! bundle), and a local time that does not exist or happens twice on a daylight-saving
//! change day is refused with a message rather than guessed.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::error::AppError;

/// An IANA zone name such as `Europe/London`.
pub fn parse_zone(name: &str) -> Result<Tz, AppError> {
    name.trim()
        .parse::<Tz>()
        .map_err(|_| AppError::invalid("Choose a time zone from the list."))
}

/// The zones a person chooses from: the zone database's places (`Europe/London`), and
/// UTC; its aliases and fixed offsets are left out.
pub fn choices() -> Vec<String> {
    const REGIONS: [&str; 9] = [
        "Africa/",
        "America/",
        "Antarctica/",
        "Asia/",
        "Atlantic/",
        "Australia/",
        "Europe/",
        "Indian/",
        "Pacific/",
    ];
    let mut zones: Vec<String> = chrono_tz::TZ_VARIANTS
        .iter()
        .map(|tz| tz.name())
        .filter(|name| name == &"UTC" || REGIONS.iter().any(|r| name.starts_with(r)))
        .map(str::to_string)
        .collect();
    zones.sort();
    zones
}

/// The time `at` in the partner `name`'s zone, when it reads differently from `mine`:
/// "09:00 EST for Gus (America/New_York)".
pub fn partner_time(at: DateTime<Utc>, mine: Tz, name: &str, theirs: Tz) -> Option<String> {
    (at.with_timezone(&theirs).naive_local() != at.with_timezone(&mine).naive_local()).then(|| {
        format!(
            "{} for {name} ({theirs})",
            at.with_timezone(&theirs).format("%H:%M %Z")
        )
    })
}

/// A date as an HTML date input sends it (`2026-03-29`).
pub fn parse_date(value: &str) -> Result<NaiveDate, AppError> {
    NaiveDate::parse_from_str(value.trim(), "%Y-%m-%d")
        .map_err(|_| AppError::invalid("Enter a date such as 2026-03-29."))
}

/// A clock time as an HTML time input sends it (`14:30`, or `14:30:00`).
pub fn parse_time(value: &str) -> Result<NaiveTime, AppError> {
    let value = value.trim();
    NaiveTime::parse_from_str(value, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(value, "%H:%M:%S"))
        .map_err(|_| AppError::invalid("Enter a time such as 14:30."))
}

/// The instant a person means by `date` and `time` in `zone`.
pub fn local_to_utc(date: NaiveDate, time: NaiveTime, zone: Tz) -> Result<DateTime<Utc>, AppError> {
    let local = NaiveDateTime::new(date, time);
    let when = || format!("{} on {}", time.format("%H:%M"), date.format("%-d %b %Y"));
    match zone.from_local_datetime(&local) {
        LocalResult::Single(at) => Ok(at.with_timezone(&Utc)),
        LocalResult::None => Err(AppError::invalid(format!(
            "{} does not exist in {}: the clocks go forward then. Choose another time.",
            when(),
            zone.name()
        ))),
        LocalResult::Ambiguous(_, _) => Err(AppError::invalid(format!(
            "{} happens twice in {}: the clocks go back then. Choose another time.",
            when(),
            zone.name()
        ))),
    }
}

/// The first instant of `date` in `zone` (midnight, or the first time that exists when
/// the clocks skip midnight).
pub fn start_of_day(date: NaiveDate, zone: Tz) -> DateTime<Utc> {
    let mut local = date.and_time(NaiveTime::MIN);
    for _ in 0..4 {
        if let Some(at) = zone.from_local_datetime(&local).earliest() {
            return at.with_timezone(&Utc);
        }
        local += chrono::Duration::minutes(30);
    }
    date.and_time(NaiveTime::MIN).and_utc()
}

/// The date and time inputs' values for `at` in `zone` (`2026-03-29`, `14:00`).
pub fn input_values(at: DateTime<Utc>, zone: Tz) -> (String, String) {
    let local = at.with_timezone(&zone);
    (
        local.format("%Y-%m-%d").to_string(),
        local.format("%H:%M").to_string(),
    )
}

/// "Sun 29 Mar 2026, 14:00 BST": the zone's abbreviation is always shown.
pub fn format_in_zone(at: DateTime<Utc>, zone: Tz) -> String {
    at.with_timezone(&zone)
        .format("%a %-d %b %Y, %H:%M %Z")
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Duration, Timelike};

    fn date(s: &str) -> NaiveDate {
        parse_date(s).unwrap()
    }

    /// Every quarter hour of a day that exists once locally converts and reads back as
    /// the same local time; the ones that do not exist or repeat are refused.
    fn round_trip_day(zone: &str, day: &str) -> (usize, Vec<String>, Vec<String>) {
        let zone = parse_zone(zone).unwrap();
        let (mut ok, mut gaps, mut repeats) = (0, Vec::new(), Vec::new());
        for quarter in 0..96 {
            let time = NaiveTime::from_hms_opt(quarter / 4, (quarter % 4) * 15, 0).unwrap();
            match local_to_utc(date(day), time, zone) {
                Ok(at) => {
                    let back = at.with_timezone(&zone);
                    assert_eq!(
                        (back.date_naive(), back.time()),
                        (date(day), time),
                        "{zone} {day} {time}"
                    );
                    ok += 1;
                }
                Err(AppError::Invalid(m)) if m.contains("does not exist") => {
                    gaps.push(time.format("%H:%M").to_string())
                }
                Err(AppError::Invalid(m)) if m.contains("happens twice") => {
                    repeats.push(time.format("%H:%M").to_string())
                }
                Err(other) => panic!("{other:?}"),
            }
        }
        (ok, gaps, repeats)
    }

    #[test]
    fn london_spring_forward_skips_one_to_two() {
        let (ok, gaps, repeats) = round_trip_day("Europe/London", "2026-03-29");
        assert_eq!(gaps, ["01:00", "01:15", "01:30", "01:45"]);
        assert!(repeats.is_empty());
        assert_eq!(ok, 92);
    }

    #[test]
    fn london_fall_back_repeats_one_to_two() {
        let (ok, gaps, repeats) = round_trip_day("Europe/London", "2026-10-25");
        assert!(gaps.is_empty());
        assert_eq!(repeats, ["01:00", "01:15", "01:30", "01:45"]);
        assert_eq!(ok, 92);
    }

    #[test]
    fn new_york_spring_forward_and_fall_back() {
        let (_, gaps, _) = round_trip_day("America/New_York", "2026-03-08");
        assert_eq!(gaps, ["02:00", "02:15", "02:30", "02:45"]);
        let (_, _, repeats) = round_trip_day("America/New_York", "2026-11-01");
        assert_eq!(repeats, ["01:00", "01:15", "01:30", "01:45"]);
    }

    #[test]
    fn the_same_wall_clock_time_is_a_different_instant_across_a_change() {
        let london = parse_zone("Europe/London").unwrap();
        let ten = NaiveTime::from_hms_opt(10, 0, 0).unwrap();
        let before = local_to_utc(date("2026-03-28"), ten, london).unwrap();
        let after = local_to_utc(date("2026-03-29"), ten, london).unwrap();
        assert_eq!(before.hour(), 10, "GMT: UTC+0");
        assert_eq!(after.hour(), 9, "BST: UTC+1");
        assert_eq!(
            after - before,
            Duration::hours(23),
            "the spring-forward day is 23 hours long"
        );
        assert_eq!(format_in_zone(before, london), "Sat 28 Mar 2026, 10:00 GMT");
        assert_eq!(format_in_zone(after, london), "Sun 29 Mar 2026, 10:00 BST");
        let new_york = parse_zone("America/New_York").unwrap();
        assert_eq!(
            format_in_zone(after, new_york),
            "Sun 29 Mar 2026, 05:00 EDT"
        );
    }

    #[test]
    fn bad_input_gets_a_specific_message() {
        assert!(
            matches!(parse_zone("Mars/Olympus_Mons"), Err(AppError::Invalid(m)) if m.contains("time zone"))
        );
        assert!(
            matches!(parse_date("29/03/2026"), Err(AppError::Invalid(m)) if m.contains("date"))
        );
        assert!(matches!(parse_time("2pm"), Err(AppError::Invalid(m)) if m.contains("time")));
        assert_eq!(
            parse_time("14:30:00").unwrap(),
            NaiveTime::from_hms_opt(14, 30, 0).unwrap()
        );
        let london = parse_zone(" Europe/London ").unwrap();
        let err = local_to_utc(
            date("2026-03-29"),
            NaiveTime::from_hms_opt(1, 30, 0).unwrap(),
            london,
        )
        .unwrap_err();
        assert_eq!(
            err,
            AppError::invalid("01:30 on 29 Mar 2026 does not exist in Europe/London: the clocks go forward then. Choose another time.")
        );
    }
}
