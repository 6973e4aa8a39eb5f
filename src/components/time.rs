//! Dates and times as people read them.

use chrono::{DateTime, Utc};

/// "Tue 1 Dec 2026, 14:00 UTC". The zone is always named: until viewers' own zones
/// are known (the board's issue), times are shown in UTC rather than guessed.
pub fn session_time(at: DateTime<Utc>) -> String {
    at.format("%a %-d %b %Y, %H:%M UTC").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn formats_with_the_zone_named() {
        let at = Utc.with_ymd_and_hms(2026, 12, 1, 14, 0, 0).unwrap();
        assert_eq!(session_time(at), "Tue 1 Dec 2026, 14:00 UTC");
    }
}
