//! Database errors become user-facing [`AppError`]s: named constraints and rule
//! violations map to specific messages; anything else is logged and reported as an
//! internal error, its text never sent to the browser.

use crate::error::AppError;

pub const SEAT_TAKEN: &str = "Sorry, someone else has already taken this session.";
pub const CASE_IN_USE: &str =
    "This case has been used in a round, so it cannot be deleted. Archive it instead.";

/// The message for a violated constraint or rule (`public.violates` in the migrations).
pub fn constraint_error(name: &str) -> Option<AppError> {
    let invalid = |m: &str| Some(AppError::invalid(m));
    let conflict = |m: &str| Some(AppError::conflict(m));
    match name {
        "users_email_lower_key" => invalid(super::accounts::ACCOUNT_NOT_CREATED),
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
        "practice_rooms_stage_one_step" => invalid("A session moves on one round at a time."),
        "practice_rooms_rounds_write_once" => {
            conflict("A session's rounds are recorded once and never changed.")
        }
        "practice_rooms_host_moves_on" => Some(AppError::Forbidden),
        "practice_rooms_finished" => conflict("This session has finished."),
        "practice_rooms_round_not_ended" => conflict("End the current round first."),
        "practice_rooms_marks_first" => {
            conflict("The partner's marks for this round come first.")
        }
        "profiles_avatar_path" => invalid("That avatar is not one of ours."),
        "practice_rooms_not_found" | "assessment_jobs_not_found" => Some(AppError::NotFound),
        "assessment_jobs_rerun_failed_only" => {
            conflict("Only an assessment that has failed can be run again.")
        }
        "assessment_jobs_rerun_limit" => conflict(
            "This assessment has been run again three times already. Please tell an administrator, who can check the AI examiner's settings.",
        ),
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
        "practice_rounds_not_found" => Some(AppError::NotFound),
        "practice_rounds_previous_running" => conflict("End round 1 before starting round 2."),
        "practice_rounds_time_up" => conflict("Time is up: the station has stopped."),
        "practice_rounds_transcript_full" => conflict(
            "This round's transcript is full (2,000 lines or 100,000 characters).",
        ),
        "practice_rounds_line_one_line" => invalid(crate::model::practice::ONE_LINE),
        "transcript_lines_no_speaker_prefix" => {
            invalid(crate::model::practice::NO_SPEAKER_PREFIX)
        }
        "practice_rounds_line_rate" => Some(AppError::RateLimited(
            "That is more than 60 lines in a minute. Wait a moment, then add the line again."
                .into(),
        )),
        "practice_rounds_daily_quota" => Some(AppError::RateLimited(
            "You have started 20 rounds in the last 24 hours, the most a day. Try again tomorrow."
                .into(),
        )),
        "practice_rooms_daily_quota" => Some(AppError::RateLimited(
            "You have scheduled 20 sessions in the last 24 hours, the most a day. Try again tomorrow."
                .into(),
        )),
        "practice_rooms_guest_removed" => {
            conflict("The host removed you from this session, so you cannot join it again.")
        }
        "practice_rooms_partner_unavailable" => invalid(
            "That time cannot be booked for this session. Agree a time with your guest, then reschedule.",
        ),
        "practice_rooms_started_locked" => conflict(
            "The session is under way, so its partner, kind and exam can no longer change.",
        ),
        "practice_rounds_needs_partner" => {
            conflict("A round needs both of you: wait for a partner to join.")
        }
        "practice_rounds_candidate_chooses_case" => conflict(
            "You are the candidate in this round, so Med Practice picks the case for you.",
        ),
        "practice_rounds_case_unavailable" => {
            invalid("That case cannot be used for this round. Choose another, or let Med Practice pick.")
        }
        "practice_rounds_no_case" => {
            conflict("There is no active case for this kind of session yet. Ask an admin to add one.")
        }
        "practice_rounds_line_length" => invalid("A line has 1 to 2000 characters."),
        "practice_rounds_transcript_append_only" | "practice_rounds_transcript_own_lines" => {
            Some(AppError::Forbidden)
        }
        "practice_rounds_marks_partner_only" => {
            Some(AppError::conflict("Only the partner marks the candidate."))
        }
        "practice_rounds_marks_after_end" => conflict("Marks are given once the round has ended."),
        "practice_rounds_marks_once" => conflict("This round has already been marked."),
        "case_briefs_domain_valid" => invalid("Choose Clinical or Communication."),
        "case_briefs_case_name_internal_key" => {
            conflict("Another case already uses this internal name.")
        }
        "case_briefs_station_kind_valid" => invalid("Choose a station kind from the list."),
        "case_briefs_difficulty_valid" => invalid("Choose foundation, core or advanced."),
        "case_briefs_exams_valid" => invalid("Choose exams from the list."),
        "case_briefs_mark_scheme_valid" => invalid(
            "The mark scheme needs data gathering, clinical management and interpersonal points, each with keywords.",
        ),
        "case_briefs_category_not_blank"
        | "case_briefs_condition_not_blank"
        | "case_briefs_case_name_not_blank"
        | "case_briefs_case_name_internal_not_blank"
        | "case_briefs_candidate_brief_not_blank"
        | "case_briefs_actor_brief_not_blank" => {
            invalid("Fill in the names, condition, category and both briefs.")
        }
        "case_briefs_case_name_length"
        | "case_briefs_case_name_internal_length"
        | "case_briefs_category_length"
        | "case_briefs_condition_length"
        | "case_briefs_setting_length"
        | "case_briefs_candidate_brief_length"
        | "case_briefs_actor_brief_length" => invalid("A field of the case is too long."),
        "practice_rounds_case_archived" => {
            conflict("That case is archived, so it is not used for new rounds.")
        }
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
