//! Database errors become user-facing [`AppError`]s: named constraints and rule
//! violations map to specific messages; anything else is logged and reported as an
//! internal error, its text never sent to the browser.

use crate::error::AppError;

pub const SEAT_TAKEN: &str = "Sorry, someone else has already taken this session.";

/// The message for a violated constraint or rule (`public.violates` in the migrations).
pub fn constraint_error(name: &str) -> Option<AppError> {
    let invalid = |m: &str| Some(AppError::invalid(m));
    let conflict = |m: &str| Some(AppError::conflict(m));
    match name {
        "users_email_lower_key" => conflict("An account with that email already exists."),
        "profiles_first_name_length" => invalid("Enter a first name of at most 60 characters."),
        "profiles_last_name_length" => invalid("Enter a last name of at most 60 characters."),
        "profiles_training_level_valid" => invalid("Choose a training level from the list."),
        "profiles_avatar_length" => invalid("That avatar reference is too long."),
        "practice_rooms_host_id_fkey" | "practice_rooms_guest_id_fkey" => {
            invalid("Complete your profile before scheduling or joining a session.")
        }
        "practice_rooms_overlap" => {
            invalid("That time overlaps another session (each session lasts 60 minutes).")
        }
        "practice_rooms_cancelled" => conflict("This session has been cancelled."),
        "practice_rooms_cancel_started" => {
            conflict("The session has started, so it can no longer be cancelled.")
        }
        "practice_rooms_exam_preset_valid" => invalid("Choose an exam from the list."),
        "practice_rooms_type_valid" => invalid("Choose Clinical or Communication."),
        "practice_rooms_in_past" => invalid("Choose a time in the future."),
        "practice_rooms_too_far_ahead" => {
            invalid("Sessions can be scheduled at most 6 months ahead.")
        }
        "practice_rooms_join_own" | "practice_rooms_guest_not_host" => {
            invalid("You cannot join a session you are hosting.")
        }
        "practice_rooms_seat_taken" => conflict(SEAT_TAKEN),
        "practice_rooms_join_started" => conflict("This session has already started."),
        "practice_rooms_join_past" => invalid("This session is in the past."),
        "practice_rooms_leave_started" => {
            conflict("The session has started, so you can no longer leave it.")
        }
        "practice_rooms_reschedule_started" => {
            conflict("The session has started, so it can no longer be rescheduled.")
        }
        "practice_rooms_host_sets_guest" => {
            invalid("A host can remove their guest but cannot choose one.")
        }
        "practice_rooms_stage_forward" => invalid("A session only moves forward."),
        "practice_rooms_not_found" => Some(AppError::NotFound),
        "practice_rooms_guest_seat_only"
        | "practice_rooms_guest_self_only"
        | "practice_rooms_host_immutable"
        | "practice_rooms_room_url_immutable"
        | "practice_rooms_identity_immutable"
        | "practice_rounds_identity_immutable"
        | "practice_rounds_host_only"
        | "practice_rounds_participants_only"
        | "practice_rounds_assessment_server_only" => Some(AppError::Forbidden),
        "practice_rounds_candidate_participant" => {
            invalid("The candidate must be the host or the guest.")
        }
        "practice_rounds_room_round_key" | "practice_rounds_round_number_valid" => {
            conflict("A session has two rounds at most.")
        }
        "practice_rounds_room_finished" => conflict("This session has finished."),
        "practice_rounds_setup_started" => {
            conflict("The round has started, so its candidate and case are fixed.")
        }
        "practice_rounds_transcript_not_running" => {
            conflict("Lines can be added only while the round is running.")
        }
        "practice_rounds_started_once" => conflict("This round has already started."),
        "practice_rounds_ended_once" => conflict("This round has already ended."),
        "case_briefs_domain_valid" => invalid("Choose Clinical or Communication."),
        _ => None,
    }
}

impl From<sqlx::Error> for AppError {
    fn from(err: sqlx::Error) -> Self {
        if let Some(db) = err.as_database_error() {
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
