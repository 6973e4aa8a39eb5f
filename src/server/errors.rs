//! Database errors become user-facing [`AppError`]s: every named constraint and every
//! rule raised in SQL (`public.violates` in the migrations) has its entry in [`RULES`],
//! or is listed in [`INTERNAL`] as one no person's request can break; anything else is
//! logged and reported as an internal error, its text never sent to the browser. A test
//! (tests/integration/rules.rs) reads the names from the migrations and the migrated
//! database and fails on one that is in neither list, or on an entry that names nothing.

use crate::error::AppError;
use crate::model::messages as m;

pub use crate::model::messages::{CASE_IN_USE, SEAT_TAKEN};

/// What a person is told when a rule refuses them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reply {
    /// Bad input (400): the message says what to fix.
    Invalid(&'static str),
    /// The request clashes with the state of things (409).
    Conflict(&'static str),
    /// Too many, too fast (429).
    RateLimited(&'static str),
    Forbidden,
    NotFound,
}

impl Reply {
    pub fn error(self) -> AppError {
        match self {
            Reply::Invalid(message) => AppError::invalid(message),
            Reply::Conflict(message) => AppError::conflict(message),
            Reply::RateLimited(message) => AppError::RateLimited(message.into()),
            Reply::Forbidden => AppError::Forbidden,
            Reply::NotFound => AppError::NotFound,
        }
    }
}

use Reply::{Conflict, Forbidden, Invalid, NotFound, RateLimited};

/// Every rule a person's request can break, by the name the database gives it.
pub const RULES: &[(&str, Reply)] = &[
    ("users_email_lower_key", Invalid(super::accounts::ACCOUNT_NOT_CREATED)),
    ("profiles_first_name_length", Invalid("Enter a first name of at most 60 characters.")),
    ("profiles_last_name_length", Invalid("Enter a last name of at most 60 characters.")),
    ("profiles_training_level_valid", Invalid(m::CHOOSE_TRAINING_LEVEL)),
    ("profiles_avatar_length", Invalid("That avatar reference is too long.")),
    ("practice_rooms_host_id_fkey", Invalid(m::PROFILE_FIRST)),
    ("practice_rooms_guest_id_fkey", Invalid(m::PROFILE_FIRST)),
    ("practice_rooms_overlap", Invalid("That time overlaps another session (each session lasts 60 minutes).")),
    ("practice_rooms_cancelled", Conflict("This session has been cancelled.")),
    ("practice_rooms_cancel_started", Conflict("The session has started, so it can no longer be cancelled.")),
    ("practice_rooms_exam_preset_valid", Invalid(m::CHOOSE_EXAM)),
    ("practice_rooms_type_valid", Invalid(m::CHOOSE_ROOM_TYPE)),
    ("practice_rooms_in_past", Invalid(m::TIME_IN_FUTURE)),
    ("practice_rooms_too_far_ahead", Invalid(m::TOO_FAR_AHEAD)),
    ("practice_rooms_join_own", Invalid(m::JOIN_OWN)),
    ("practice_rooms_guest_not_host", Invalid(m::JOIN_OWN)),
    ("practice_rooms_seat_taken", Conflict(m::SEAT_TAKEN)),
    ("practice_rooms_join_started", Conflict("This session has already started.")),
    ("practice_rooms_join_past", Invalid("This session is in the past.")),
    ("practice_rooms_leave_started", Conflict("The session has started, so you can no longer leave it.")),
    ("practice_rooms_reschedule_started", Conflict("The session has started, so it can no longer be rescheduled.")),
    ("practice_rooms_host_sets_guest", Invalid("A host can remove their guest but cannot choose one.")),
    ("practice_rooms_stage_forward", Invalid("A session only moves forward.")),
    ("practice_rooms_stage_one_step", Invalid("A session moves on one round at a time.")),
    ("practice_rooms_rounds_write_once", Conflict("A session's rounds are recorded once and never changed.")),
    ("practice_rooms_host_moves_on", Forbidden),
    ("practice_rooms_finished", Conflict(m::SESSION_FINISHED)),
    ("practice_rooms_round_not_ended", Conflict("End the current round first.")),
    ("practice_rooms_marks_first", Conflict("The partner's marks for this round come first.")),
    ("profiles_avatar_path", Invalid("That avatar is not one of ours.")),
    ("practice_rooms_not_found", NotFound),
    ("assessment_jobs_not_found", NotFound),
    ("assessment_jobs_rerun_failed_only", Conflict("Only an assessment that has failed can be run again.")),
    ("assessment_jobs_rerun_limit", Conflict( "This assessment has been run again three times already. Please tell an administrator, who can check the AI examiner's settings.", )),
    ("practice_rooms_guest_seat_only", Forbidden),
    ("practice_rooms_guest_self_only", Forbidden),
    ("practice_rooms_host_immutable", Forbidden),
    ("practice_rooms_room_url_immutable", Forbidden),
    ("practice_rooms_identity_immutable", Forbidden),
    ("practice_rounds_identity_immutable", Forbidden),
    ("practice_rounds_host_only", Forbidden),
    ("practice_rounds_participants_only", Forbidden),
    ("practice_rounds_assessment_server_only", Forbidden),
    ("practice_rounds_candidate_participant", Invalid("The candidate must be the host or the guest.")),
    ("practice_rounds_room_round_key", Conflict("A session has two rounds at most.")),
    ("practice_rounds_round_number_valid", Conflict("A session has two rounds at most.")),
    ("practice_rounds_room_finished", Conflict(m::SESSION_FINISHED)),
    ("practice_rounds_setup_started", Conflict("The round has started, so its candidate and case are fixed.")),
    ("practice_rounds_transcript_not_running", Conflict("Lines can be added only while the round is running.")),
    ("practice_rounds_started_once", Conflict("This round has already started.")),
    ("practice_rounds_ended_once", Conflict("This round has already ended.")),
    ("practice_rounds_not_found", NotFound),
    ("practice_rounds_previous_running", Conflict("End round 1 before starting round 2.")),
    ("practice_rounds_time_up", Conflict("Time is up: the station has stopped.")),
    ("practice_rounds_transcript_full", Conflict( "This round's transcript is full (2,000 lines or 100,000 characters).", )),
    ("practice_rounds_line_one_line", Invalid(crate::model::practice::ONE_LINE)),
    ("transcript_lines_no_speaker_prefix", Invalid(crate::model::practice::NO_SPEAKER_PREFIX)),
    ("practice_rounds_line_rate", RateLimited("That is more than 60 lines in a minute. Wait a moment, then add the line again.")),
    ("practice_rounds_daily_quota", RateLimited("You have started 20 rounds in the last 24 hours, the most a day. Try again tomorrow.")),
    ("practice_rooms_daily_quota", RateLimited("You have scheduled 20 sessions in the last 24 hours, the most a day. Try again tomorrow.")),
    ("practice_rooms_guest_removed", Conflict("The host removed you from this session, so you cannot join it again.")),
    ("practice_rooms_partner_unavailable", Invalid( "That time cannot be booked for this session. Agree a time with your guest, then reschedule.", )),
    ("practice_rooms_started_locked", Conflict( "The session is under way, so its partner, kind and exam can no longer change.", )),
    ("practice_rounds_needs_partner", Conflict("A round needs both of you: wait for a partner to join.")),
    ("practice_rounds_candidate_chooses_case", Conflict( "You are the candidate in this round, so Med Practice picks the case for you.", )),
    ("practice_rounds_case_unavailable", Invalid("That case cannot be used for this round. Choose another, or let Med Practice pick.")),
    ("practice_rounds_no_case", Conflict("There is no active case for this kind of session yet. Ask an admin to add one.")),
    ("practice_rounds_line_length", Invalid(m::LINE_LENGTH)),
    ("practice_rounds_transcript_append_only", Forbidden),
    ("practice_rounds_transcript_own_lines", Forbidden),
    ("practice_rounds_marks_partner_only", Conflict("Only the partner marks the candidate.")),
    ("practice_rounds_marks_after_end", Conflict("Marks are given once the round has ended.")),
    ("practice_rounds_marks_once", Conflict(m::ROUND_MARKED)),
    ("case_briefs_domain_valid", Invalid(m::CHOOSE_ROOM_TYPE)),
    ("case_briefs_case_name_internal_key", Conflict("Another case already uses this internal name.")),
    ("case_briefs_station_kind_valid", Invalid("Choose a station kind from the list.")),
    ("case_briefs_difficulty_valid", Invalid(m::CHOOSE_DIFFICULTY)),
    ("case_briefs_exams_valid", Invalid("Choose exams from the list.")),
    ("case_briefs_mark_scheme_valid", Invalid( "The mark scheme needs data gathering, clinical management and interpersonal points, each with keywords.", )),
    ("case_briefs_category_not_blank", Invalid("Fill in the names, condition, category and both briefs.")),
    ("case_briefs_condition_not_blank", Invalid("Fill in the names, condition, category and both briefs.")),
    ("case_briefs_case_name_not_blank", Invalid("Fill in the names, condition, category and both briefs.")),
    ("case_briefs_case_name_internal_not_blank", Invalid("Fill in the names, condition, category and both briefs.")),
    ("case_briefs_candidate_brief_not_blank", Invalid("Fill in the names, condition, category and both briefs.")),
    ("case_briefs_actor_brief_not_blank", Invalid("Fill in the names, condition, category and both briefs.")),
    ("case_briefs_case_name_length", Invalid("A field of the case is too long.")),
    ("case_briefs_case_name_internal_length", Invalid("A field of the case is too long.")),
    ("case_briefs_category_length", Invalid("A field of the case is too long.")),
    ("case_briefs_condition_length", Invalid("A field of the case is too long.")),
    ("case_briefs_setting_length", Invalid("A field of the case is too long.")),
    ("case_briefs_candidate_brief_length", Invalid("A field of the case is too long.")),
    ("case_briefs_actor_brief_length", Invalid("A field of the case is too long.")),
    ("practice_rounds_case_archived", Conflict("That case is archived, so it is not used for new rounds.")),
    ("practice_rooms_address_unconfirmed", Conflict(m::CONFIRM_ADDRESS_FIRST)),
    ("room_confirmations_participants_only", NotFound),
    ("room_confirmations_started", Conflict("The session has started, so there is nothing left to confirm.")),
    ("attendance_reports_not_self", Invalid("Report on your partner, not on yourself.")),
    ("attendance_reports_participants_only", NotFound),
    ("attendance_reports_round_started", Conflict("A round started, so both of you count as having come: there is nothing to report.")),
    ("attendance_reports_too_early", Conflict("You can say whether your partner came once the session has ended.")),
    ("attendance_reports_too_late", Conflict("Reports are made within 7 days of a session.")),
    ("attendance_reports_pkey", Conflict("You have already reported on this session.")),
    ("attendance_reports_fixed", Forbidden),
    ("attendance_reports_admin_voids", Forbidden),
    ("attendance_reports_voided", Conflict("This report is void already.")),
    ("attendance_reports_dispute_own", Forbidden),
    ("attendance_reports_disputed", Conflict("You have already disputed this report.")),
    ("attendance_reports_dispute_no_show", Conflict("Only a report that you did not come can be disputed.")),
    ("attendance_reports_dispute_window", Conflict("Reports are disputed within 48 hours; this one now stands.")),
    ("attendance_reports_not_found", NotFound),
    ("attendance_suspended", Conflict(m::SUSPENDED)),
    ("partner_requests_type_valid", Invalid(m::CHOOSE_ROOM_TYPE)),
    ("partner_requests_exam_preset_valid", Invalid(m::CHOOSE_EXAM)),
    ("partner_requests_levels_valid", Invalid(super::partners::CHOOSE_LEVELS)),
    ("partner_requests_user_id_fkey", Invalid(m::PROFILE_FIRST)),
    ("partner_requests_identity_immutable", Forbidden),
    ("partner_requests_closed", Conflict("This request has already been matched, withdrawn or expired.")),
    ("partner_requests_server_only", Forbidden),
    ("partner_requests_withdraw_only", Forbidden),
    ("partner_requests_new_open", Invalid("A new request starts open, with no session.")),
    ("partner_requests_limit", Conflict("You have 3 open requests, the most at once. Withdraw one, or wait for a match.")),
    ("partner_requests_exam_date_valid", Invalid("Enter an exam date from today to two years ahead.")),
    ("time_windows_count", Invalid("Give one to five time windows.")),
    ("time_window_short", Invalid(super::partners::WINDOW_SHORT)),
    ("time_window_past", Invalid("Each time window must start in the future.")),
    ("time_window_too_far", Invalid("Time windows must fall within the next four weeks.")),
    ("standby_type_valid", Invalid(m::CHOOSE_ROOM_TYPE)),
    ("standby_exam_preset_valid", Invalid(m::CHOOSE_EXAM)),
    ("standby_user_id_fkey", Invalid(m::PROFILE_FIRST)),
    ("standby_limit", Conflict("You are on standby for 3 windows, the most at once. Remove one first.")),
    ("standby_offers_not_found", NotFound),
    ("standby_offers_gone", Conflict("Sorry, someone else took that seat first.")),

    // Set by the app itself, never by a person's input: a fresh row is made by the
    // server's own insert. Worded anyway, should a bug ever reach them.
    ("practice_rooms_new_not_fresh", Invalid("A new session starts at its first stage, with no rounds.")),
    ("practice_rooms_round_mismatch", Conflict("That round belongs to another session.")),
    ("practice_rounds_new_not_fresh", Invalid("A new round starts unstarted, with no transcript or marks.")),
    ("practice_rounds_case_briefs_id_fkey", Conflict(m::CASE_IN_USE)),
    ("transcript_lines_text_valid", Invalid(m::LINE_LENGTH)),
];

/// Named constraints that guard the data's shape against the app's own bugs; no request
/// a person can make reaches them (a primary key of a generated id, a key to a row the
/// same statement made). Reaching one is an internal error, logged.
pub const INTERNAL: &[&str] = &[
    // Primary keys: ids the database generates, or a user's own id.
    "assessment_jobs_pkey",
    "case_briefs_pkey",
    "changes_pkey",
    "notifications_pkey",
    "outbox_pkey",
    "password_resets_pkey",
    "email_verifications_pkey",
    "attendance_links_pkey",
    "room_confirmations_pkey",
    "partner_requests_pkey",
    "standby_pkey",
    "standby_offers_pkey",
    "practice_room_removals_pkey",
    "practice_rooms_pkey",
    "practice_rounds_pkey",
    "round_marks_pkey",
    "round_misses_pkey",
    "profiles_pkey",
    "sign_in_attempts_pkey",
    "sign_ups_pkey",
    "transcript_lines_pkey",
    "user_sessions_pkey",
    "users_pkey",
    // Keys to rows the same statement or function found or made.
    "round_marks_case_id_fkey",
    "round_marks_marker_id_fkey",
    "round_marks_round_id_fkey",
    "round_marks_user_id_fkey",
    "round_misses_case_id_fkey",
    "round_misses_room_id_fkey",
    "round_misses_round_id_fkey",
    "round_misses_user_id_fkey",
    // The progress rows only the database writes, from stored assessments.
    "round_marks_assessor_valid",
    "round_marks_marker_valid",
    "round_marks_score_valid",
    "round_marks_share_valid",
    "round_marks_source_valid",
    "round_misses_status_valid",
    "assessment_jobs_room_id_fkey",
    "assessment_jobs_round_id_fkey",
    "assessment_jobs_round_key",
    "case_briefs_author_id_fkey",
    "notifications_room_id_fkey",
    "notifications_user_id_fkey",
    "outbox_idempotency_key",
    "outbox_unsubscribe_idx",
    "outbox_user_id_fkey",
    "password_resets_token_hash_key",
    "password_resets_user_id_fkey",
    "email_verifications_token_hash_key",
    "email_verifications_user_id_fkey",
    "attendance_links_room_id_fkey",
    "attendance_links_user_id_fkey",
    "room_confirmations_room_id_fkey",
    "room_confirmations_user_id_fkey",
    "attendance_reports_room_id_fkey",
    "attendance_reports_reporter_id_fkey",
    "attendance_reports_reported_id_fkey",
    "attendance_reports_voided_by_fkey",
    "partner_requests_room_id_fkey",
    "standby_offers_room_id_fkey",
    "standby_offers_user_id_fkey",
    "standby_offers_once",
    "notifications_request_id_fkey",
    "practice_room_removals_room_id_fkey",
    "practice_room_removals_user_id_fkey",
    "practice_rooms_first_round_id_fkey",
    "practice_rooms_second_round_id_fkey",
    "practice_rooms_room_url_key",
    "practice_rounds_candidate_id_fkey",
    "practice_rounds_partner_id_fkey",
    "practice_rounds_room_id_fkey",
    "profiles_user_id_fkey",
    "room_creations_host_id_fkey",
    "transcript_lines_round_id_fkey",
    "user_sessions_user_id_fkey",
    // Values only the server's or the database's own code writes: job bookkeeping, the
    // change log, timestamps and stamps, documents the server builds from typed values.
    "assessment_jobs_assessor_valid",
    "assessment_jobs_attempts_valid",
    "assessment_jobs_last_error_length",
    "assessment_jobs_reruns_valid",
    "assessment_jobs_running_claimed",
    "assessment_jobs_status_valid",
    "changes_entity_valid",
    "changes_op_valid",
    "changes_round_has_id",
    "notifications_kind_valid",
    "notifications_about",
    "partner_requests_status_valid",
    "partner_requests_closed_when",
    "standby_offers_outcome_valid",
    "standby_offers_decided_when",
    "outbox_attempts_valid",
    "outbox_ics_method_valid",
    "outbox_kind_valid",
    "outbox_last_error_length",
    "outbox_sending_claimed",
    "outbox_status_valid",
    "password_resets_expiry_valid",
    // The addresses were checked by `normalize_email` and the paths by `safe_next`.
    "email_verifications_email_length",
    "email_verifications_expiry_valid",
    "email_verifications_next_length",
    "email_verifications_token_hash_length",
    "attendance_links_token_hash_length",
    "users_time_zone_length",
    "password_resets_token_hash_length",
    "practice_rooms_room_url_format",
    "practice_rooms_stage_valid",
    "practice_rounds_assessment_shape",
    "practice_rounds_ended_after_started",
    "practice_rounds_peer_marks_shape",
    "transcript_lines_at_ms_valid",
    "transcript_lines_role_valid",
];

/// The error for a violated constraint or rule, when it is one a person can break.
pub fn constraint_error(name: &str) -> Option<AppError> {
    RULES
        .iter()
        .find(|(rule, _)| *rule == name)
        .map(|(_, reply)| reply.error())
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        if let Some(db) = err.as_database_error() {
            if db.constraint() == Some("attendance_suspended") {
                return suspended(db.try_downcast_ref::<sqlx::postgres::PgDatabaseError>());
            }
            if let Some(mapped) = db.constraint().and_then(constraint_error) {
                return mapped;
            }
            // insufficient_privilege: a missing grant or a row-level security refusal.
            if db.code().as_deref() == Some("42501") {
                tracing::info!(error = %db, "refused by the database's access rules");
                return AppError::Forbidden;
            }
        }
        tracing::error!(error = %err, "database error");
        AppError::Internal
    }
}

/// The refusal for a suspended person, with the suspension's end (the database puts it
/// in the error's detail, in UTC).
fn suspended(db: Option<&sqlx::postgres::PgDatabaseError>) -> AppError {
    let ends = db
        .and_then(|db| db.detail())
        .and_then(|d| chrono::DateTime::parse_from_rfc3339(d).ok());
    match ends {
        Some(ends) => AppError::conflict(m::suspended_until(&super::timezone::format_in_zone(
            ends.with_timezone(&chrono::Utc),
            chrono_tz::Tz::UTC,
        ))),
        None => AppError::conflict(m::SUSPENDED),
    }
}
