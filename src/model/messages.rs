//! The words a person reads when a rule refuses them, for the rules that are checked in
//! more than one place: once in Rust, before a request reaches the database (or in the
//! browser, field by field), and again by the database itself, whose rule names map to
//! these same constants in `server::errors::RULES`. Each message is written here once.

pub const CHOOSE_ROOM_TYPE: &str = "Choose Clinical or Communication.";
pub const CHOOSE_EXAM: &str = "Choose an exam from the list.";
pub const CHOOSE_TRAINING_LEVEL: &str = "Choose a training level from the list.";
pub const CHOOSE_DIFFICULTY: &str = "Choose foundation, core or advanced.";
pub const TIME_IN_FUTURE: &str = "Choose a time in the future.";
pub const TOO_FAR_AHEAD: &str = "Sessions can be scheduled at most 6 months ahead.";
pub const PROFILE_FIRST: &str = "Complete your profile before scheduling or joining a session.";
pub const JOIN_OWN: &str = "You cannot join a session you are hosting.";
pub const SEAT_TAKEN: &str = "Sorry, someone else has already taken this session.";
pub const SESSION_FINISHED: &str = "This session has finished.";
pub const ROUND_MARKED: &str = "This round has already been marked.";
pub const CASE_IN_USE: &str =
    "This case has been used in a round, so it cannot be deleted. Archive it instead.";
pub const LINE_LENGTH: &str = "A line has 1 to 2000 characters.";
/// The database's refusal to let an unconfirmed address host or join; the header's notice
/// says the same.
pub const CONFIRM_ADDRESS_FIRST: &str = "Confirm your email address before you host or join a session: open the link we emailed you, or send it again.";

/// Two missed sessions within 30 days suspend hosting and joining for 7 days.
pub const SUSPENDED: &str =
    "Hosting and joining are suspended for 7 days after two missed sessions within 30 days.";

/// [`SUSPENDED`], with when it ends.
pub fn suspended_until(ends: &str) -> String {
    format!(
        "Hosting and joining are suspended until {ends}, after two missed sessions within 30 days."
    )
}
