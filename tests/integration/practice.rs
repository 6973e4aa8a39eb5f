//! The practice room through its server functions, as the host's, the guest's and a
//! stranger's browsers call them: who sees which brief when, who moves the session on,
//! who adds transcript lines when, how cases are picked, and the partner's marks.

use crate::common::app::{app_error, TestApp};
use crate::common::{user, Bind, World};
use med_practice::error::AppError;
use med_practice::model::practice::{PracticeView, TranscriptLine};
use med_practice::model::Stage;
use med_practice::server::rooms;
use reqwest::{Client, StatusCode};
use sqlx::PgPool;
use uuid::Uuid;

struct Session {
    app: TestApp,
    host: Client,
    host_id: Uuid,
    guest: Client,
    guest_id: Uuid,
    stranger: Client,
    room: Uuid,
    room_url: String,
}

/// A host and a guest in a `kind` session a day ahead, and a signed-in stranger.
async fn session(pool: PgPool, kind: &str) -> Session {
    let app = TestApp::spawn(pool.clone()).await;
    let (host, host_id) = app.trainee("Hana", "Europe/London").await;
    let (guest, guest_id) = app.trainee("Gus", "Europe/London").await;
    let (stranger, _) = app.trainee("Sam", "Europe/London").await;
    let world = World::new(pool.clone());
    let room = world.room(host_id, 24, false).await;
    world
        .exec_as(
            user(host_id),
            "update public.practice_rooms set type = $1 where id = $2",
            &[Bind::Text(kind), Bind::Uuid(room.id)],
        )
        .await
        .unwrap();
    let mut tx = world.as_user(guest_id).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    Session {
        app,
        host,
        host_id,
        guest,
        guest_id,
        stranger,
        room: room.id,
        room_url: room.room_url,
    }
}

impl Session {
    async fn view(&self, who: &Client) -> PracticeView {
        self.app
            .ok::<Option<PracticeView>>(who, "practice", &[("room_url", &self.room_url)])
            .await
            .expect("the practice of a joined session")
    }

    async fn start(&self, candidate: &str, case: &str) -> Result<Uuid, (StatusCode, AppError)> {
        let response = self
            .app
            .call(
                &self.host,
                "start_round",
                &[
                    ("room_id", &self.room.to_string()),
                    ("candidate", candidate),
                    ("case_id", case),
                ],
            )
            .await;
        if response.status().is_success() {
            Ok(response.json().await.unwrap())
        } else {
            Err(app_error(response).await)
        }
    }

    /// The partner's marks for a round (PLAB 2's rubric).
    async fn mark(&self, partner: &Client, round: &str) {
        self.call(
            partner,
            "submit_marks",
            &[
                ("round_id", round),
                ("sheet[scores][data_gathering]", "2"),
                ("sheet[scores][clinical_management]", "2"),
                ("sheet[scores][interpersonal]", "2"),
                ("sheet[global]", "Borderline"),
            ],
        )
        .await
        .expect("the partner marks the round");
    }

    async fn call(
        &self,
        who: &Client,
        endpoint: &str,
        form: &[(&str, &str)],
    ) -> Result<(), (StatusCode, AppError)> {
        let response = self.app.call(who, endpoint, form).await;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(app_error(response).await)
        }
    }
}

#[sqlx::test]
async fn the_candidate_never_gets_the_actor_brief_or_mark_scheme_before_the_round_ends(
    pool: PgPool,
) {
    let s = session(pool.clone(), "Clinical").await;
    let round = s.start("guest", "").await.expect("the host starts round 1");
    let round_text = round.to_string();

    // The partner (host) has everything at once.
    let host_view = s.view(&s.host).await;
    let brief = host_view.current().unwrap().brief.clone().unwrap();
    assert!(!brief.viewer_is_candidate && brief.revealed);
    assert!(brief
        .actor_brief
        .as_deref()
        .is_some_and(|b| b.contains("OPENING LINE")));
    assert!(
        brief.mark_scheme.is_some() && brief.case_name.is_some() && brief.reveal_if_asked.is_some()
    );
    let actor_brief = brief.actor_brief.unwrap();
    let case_name = brief.case_name.unwrap();
    let secret = actor_brief
        .lines()
        .find(|l| l.len() > 40)
        .unwrap()
        .to_string();

    // The candidate (guest) has the candidate brief only, whatever they call.
    let guest_view = s.view(&s.guest).await;
    let brief = guest_view.current().unwrap().brief.clone().unwrap();
    assert!(brief.viewer_is_candidate && !brief.revealed);
    assert!(!brief.candidate_brief.is_empty());
    assert_eq!(
        (
            brief.actor_brief,
            brief.mark_scheme,
            brief.case_name,
            brief.reveal_if_asked,
            brief.condition
        ),
        (None, None, None, None, None)
    );
    let case_id: Uuid =
        sqlx::query_scalar("select case_briefs_id from public.practice_rounds where id = $1")
            .bind(round)
            .fetch_one(&pool)
            .await
            .unwrap();
    let room_url = s.room_url.clone();
    let case_text = case_id.to_string();
    let probes: Vec<(&str, Vec<(&str, &str)>)> = vec![
        ("practice", vec![("room_url", &room_url)]),
        ("room", vec![("room_url", &room_url)]),
        ("my_sessions", vec![]),
        ("board", vec![]),
        ("get_case", vec![("id", &case_text)]),
        ("list_cases", vec![("query[q]", &case_name)]),
        ("export_cases", vec![("ids[0]", &case_text)]),
        ("admin_overview", vec![]),
    ];
    for (endpoint, form) in probes {
        let response = s.app.call(&s.guest, endpoint, &form).await;
        let body = response.text().await.unwrap();
        assert!(
            !body.contains(&secret),
            "{endpoint} leaked the actor brief to the candidate"
        );
        assert!(
            !body.contains("clinical_management"),
            "{endpoint} leaked the mark scheme"
        );
    }
    for page in [format!("/s/{room_url}"), format!("/admin/cases/{case_id}")] {
        let html = s
            .guest
            .get(s.app.url(&page))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert!(!html.contains(&secret), "{page} leaked the actor brief");
    }
    // The database function itself, as the candidate.
    let world = World::new(pool.clone());
    let seen = world
        .count_as(
            user(s.guest_id),
            "select count(*) from public.round_brief($1) where actor_brief is not null or mark_scheme is not null",
            round,
        )
        .await
        .unwrap();
    assert_eq!(seen, 0);

    // Once the round ends, both see everything.
    s.call(&s.host, "end_round", &[("round_id", &round_text)])
        .await
        .unwrap();
    let brief = s
        .view(&s.guest)
        .await
        .current()
        .unwrap()
        .brief
        .clone()
        .unwrap();
    assert!(brief.revealed);
    assert_eq!(brief.actor_brief.as_deref(), Some(actor_brief.as_str()));
    assert!(brief.mark_scheme.is_some());

    // A stranger gets nothing, before or after: no practice at all, as for a session
    // they are not in.
    let seen: Option<PracticeView> = s
        .app
        .ok(&s.stranger, "practice", &[("room_url", &s.room_url)])
        .await;
    assert!(seen.is_none(), "a stranger read the practice: {seen:?}");
}

#[sqlx::test]
async fn only_the_host_moves_the_session_on_and_only_forward(pool: PgPool) {
    let s = session(pool.clone(), "Clinical").await;
    let room = s.room.to_string();
    // Not before a round has ended, and never by the guest or a stranger.
    let (status, error) = s
        .call(&s.host, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap_err();
    assert_eq!(
        (status, error.to_string()),
        (StatusCode::CONFLICT, "End the current round first.".into())
    );
    let round = s.start("", "").await.unwrap().to_string();
    assert!(s.start("", "").await.is_err(), "round 1 starts once");
    // Under way, the session keeps its partner.
    let (status, error) = s
        .call(&s.host, "remove_guest", &[("room", &room)])
        .await
        .unwrap_err();
    assert_eq!(status, StatusCode::CONFLICT, "{error}");
    assert_eq!(s.view(&s.guest).await.rounds.len(), 1);
    let (status, _) = s
        .call(&s.guest, "end_round", &[("round_id", &round)])
        .await
        .unwrap_err();
    assert_eq!(status, StatusCode::FORBIDDEN);
    s.call(&s.host, "end_round", &[("round_id", &round)])
        .await
        .unwrap();
    let (status, _) = s
        .call(&s.guest, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap_err();
    assert_eq!(status, StatusCode::FORBIDDEN);
    let (status, _) = s
        .call(&s.stranger, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap_err();
    assert_eq!(status, StatusCode::NOT_FOUND);
    assert_eq!(s.view(&s.guest).await.stage, Stage::FirstRound);
    let (status, error) = s
        .call(&s.host, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap_err();
    assert_eq!(
        (status, error.to_string()),
        (
            StatusCode::CONFLICT,
            "The partner's marks for this round come first.".into()
        )
    );
    s.mark(&s.host, &round).await;

    // Next round: stage 2, roles swapped, a different case.
    s.call(&s.host, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap();
    let (status, _) = s
        .call(&s.host, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap_err();
    assert_eq!(
        status,
        StatusCode::CONFLICT,
        "round 2 must run before the session finishes"
    );
    let second = s.start("guest", "").await.unwrap().to_string();
    let view = s.view(&s.host).await;
    assert_eq!(view.stage, Stage::SecondRound);
    let (first_round, second_round) = (&view.rounds[0], &view.rounds[1]);
    assert_eq!(
        (first_round.candidate_id, second_round.candidate_id),
        (s.guest_id, s.host_id)
    );
    let cases: Vec<Uuid> = sqlx::query_scalar("select case_briefs_id from public.practice_rounds where room_id = $1 order by round_number")
        .bind(s.room)
        .fetch_all(&pool)
        .await
        .unwrap();
    assert_ne!(cases[0], cases[1]);
    let ids: (Option<Uuid>, Option<Uuid>) = sqlx::query_as(
        "select first_round_id, second_round_id from public.practice_rooms where id = $1",
    )
    .bind(s.room)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(ids, (Some(first_round.id), Some(second_round.id)));
    s.call(&s.host, "end_round", &[("round_id", &second)])
        .await
        .unwrap();
    s.mark(&s.guest, &second).await;
    s.call(&s.host, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap();
    assert_eq!(s.view(&s.guest).await.stage, Stage::Finished);
    let (status, _) = s
        .call(&s.host, "advance_stage", &[("room_id", &room)])
        .await
        .unwrap_err();
    assert_eq!(status, StatusCode::CONFLICT);
    // And back is refused by the database itself.
    let back = World::new(pool)
        .exec_as(
            user(s.host_id),
            "update public.practice_rooms set stage = 2 where id = $1",
            &[Bind::Uuid(s.room)],
        )
        .await;
    assert!(back.is_err());
}

#[sqlx::test]
async fn transcript_lines_come_from_participants_while_the_round_runs(pool: PgPool) {
    let s = session(pool.clone(), "Clinical").await;
    let round = s.start("guest", "").await.unwrap();
    let round_text = round.to_string();
    let line = |who: &Client, text: &str| {
        let form = [("round_id", round_text.clone()), ("text", text.to_string())];
        let app = &s.app;
        let who = who.clone();
        async move {
            let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
            let response = app.call(&who, "add_line", &form).await;
            if response.status().is_success() {
                Ok(response.json::<TranscriptLine>().await.unwrap())
            } else {
                Err(app_error(response).await)
            }
        }
    };
    let first = line(&s.guest, "Hello, I'm one of the doctors.")
        .await
        .unwrap();
    assert_eq!(
        (first.role.as_str(), first.user_id),
        ("candidate", s.guest_id)
    );
    let second = line(&s.host, "  Hello doctor.  ").await.unwrap();
    assert_eq!(
        (second.role.as_str(), second.text.as_str()),
        ("actor", "Hello doctor.")
    );
    assert!(second.at_ms >= first.at_ms);
    let (status, _) = line(&s.stranger, "Hi").await.unwrap_err();
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, error) = line(&s.guest, "   ").await.unwrap_err();
    assert_eq!(
        (status, error),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            AppError::invalid("Type what was said before adding the line.")
        )
    );
    // An over-long line is refused whole, with the limit and its length, never cut.
    let long = "x".repeat(2001);
    assert_eq!(
        line(&s.guest, &long).await.unwrap_err(),
        (
            StatusCode::UNPROCESSABLE_ENTITY,
            AppError::invalid(
                "A line can be at most 2,000 characters; this one has 2,001. Split it into shorter lines."
            )
        )
    );

    // Lines show to both, in order, in the contract's shape.
    for who in [&s.host, &s.guest] {
        let texts: Vec<String> = s.view(who).await.rounds[0]
            .transcript
            .iter()
            .map(|l| l.text.clone())
            .collect();
        assert_eq!(
            texts,
            vec!["Hello, I'm one of the doctors.", "Hello doctor."]
        );
    }
    let shape: bool = sqlx::query_scalar(
        "select public.is_valid_transcript(public.round_transcript(id))
           from public.practice_rounds where id = $1",
    )
    .bind(round)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(shape);

    // A line is one line: a line break (which could fake a speaker's prefix) or another
    // control character is refused with a message, and nothing is stored.
    for forged in [
        "Fine.\n[3] 00:41 Candidate: I would give her 10 mg of morphine",
        "Fine.\r\nCandidate: yes",
        "tab\there",
    ] {
        let (status, error) = line(&s.host, forged).await.unwrap_err();
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{forged:?}");
        assert_eq!(
            error,
            AppError::invalid(med_practice::model::practice::ONE_LINE)
        );
    }
    // A fake speaker prefix on one line is refused too, by the server and, behind it,
    // by the database itself.
    for forged in [
        "[3] 00:41 Candidate: I would give her 10 mg of morphine",
        "Candidate: I asked about allergies",
        "04:10 Examiner: full marks",
    ] {
        let (status, error) = line(&s.host, forged).await.unwrap_err();
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{forged:?}");
        assert_eq!(
            error,
            AppError::invalid(med_practice::model::practice::NO_SPEAKER_PREFIX)
        );
    }
    let refused = World::new(pool.clone())
        .exec_as(
            user(s.host_id),
            "select public.add_transcript_line($1, 'Candidate: I asked about allergies')",
            &[Bind::Uuid(round)],
        )
        .await;
    assert_eq!(
        refused.unwrap_err(),
        AppError::invalid(med_practice::model::practice::NO_SPEAKER_PREFIX)
    );
    assert_eq!(s.view(&s.host).await.rounds[0].transcript.len(), 2);

    // After the round, no more lines.
    s.call(&s.host, "end_round", &[("round_id", &round_text)])
        .await
        .unwrap();
    let (status, error) = line(&s.guest, "One more thing").await.unwrap_err();
    assert_eq!(status, StatusCode::CONFLICT);
    assert_eq!(
        error.to_string(),
        "Lines can be added only while the round is running."
    );
}

#[sqlx::test]
async fn the_app_picks_a_case_of_the_sessions_domain_that_neither_has_had(pool: PgPool) {
    let s = session(pool.clone(), "Communication").await;
    // Three active Communication cases: the guest has had two of them as candidate.
    let communication: Vec<Uuid> = sqlx::query_scalar(
        "select id from public.case_briefs where domain = 'Communication' order by case_name_internal",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let (a, b, c) = (communication[0], communication[1], communication[2]);
    sqlx::query("update public.case_briefs set archived_at = now() where domain = 'Communication' and not (id = any($1))")
        .bind(vec![a, b, c])
        .execute(&pool)
        .await
        .unwrap();
    for (i, case) in [a, b].into_iter().enumerate() {
        let (earlier,): (Uuid,) = sqlx::query_as(
            "insert into public.practice_rooms (host_id, guest_id, datetime_utc, type, stage)
             values ($1, $2, now() - make_interval(days => $3), 'Communication', 3) returning id",
        )
        .bind(s.host_id)
        .bind(s.guest_id)
        .bind(i as i32 + 2)
        .fetch_one(&pool)
        .await
        .unwrap();
        sqlx::query(
            "insert into public.practice_rounds
               (room_id, round_number, candidate_id, case_briefs_id, started_at, ended_at)
             values ($1, 1, $2, $3, now() - interval '2 days', now() - interval '2 days' + interval '10 minutes')",
        )
            .bind(earlier)
            .bind(s.guest_id)
            .bind(case)
            .execute(&pool)
            .await
            .unwrap();
    }

    // The host sees the choices (names only) with what was had before marked.
    let view = s.view(&s.host).await;
    let choices: Vec<(Uuid, bool)> = view
        .case_choices
        .iter()
        .map(|c| (c.id, c.had_before))
        .collect();
    assert_eq!(choices.len(), 3);
    assert!(
        choices.contains(&(a, true))
            && choices.contains(&(b, true))
            && choices.contains(&(c, false))
    );
    assert!(
        s.view(&s.guest).await.case_choices.is_empty(),
        "only the host chooses"
    );

    // A Clinical case is refused for a Communication session; so is the host choosing
    // a case for themselves as candidate.
    let clinical: Uuid =
        sqlx::query_scalar("select id from public.case_briefs where domain = 'Clinical' limit 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    let (status, _) = s.start("guest", &clinical.to_string()).await.unwrap_err();
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, error) = s.start("host", &c.to_string()).await.unwrap_err();
    assert_eq!(status, StatusCode::CONFLICT, "{error}");

    // Picked: the one neither has had.
    let round = s.start("guest", "").await.unwrap();
    let picked: Uuid =
        sqlx::query_scalar("select case_briefs_id from public.practice_rounds where id = $1")
            .bind(round)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(picked, c);

    // Round 2 (the host now candidate) never repeats round 1's case; with every
    // unseen case used, it falls back to one of the domain's others.
    s.call(&s.host, "end_round", &[("round_id", &round.to_string())])
        .await
        .unwrap();
    s.mark(&s.host, &round.to_string()).await;
    s.call(
        &s.host,
        "advance_stage",
        &[("room_id", &s.room.to_string())],
    )
    .await
    .unwrap();
    let listed = World::new(pool.clone())
        .count_as(
            user(s.host_id),
            "select count(*) from public.round_case_choices($1)",
            s.room,
        )
        .await
        .unwrap();
    assert_eq!(
        listed, 0,
        "a candidate host gets no list from the database either"
    );
    assert!(
        s.view(&s.host).await.case_choices.is_empty(),
        "the host is the candidate now: no choosing"
    );
    let second = s.start("", "").await.unwrap();
    let picked: (Uuid, Uuid) = sqlx::query_as(
        "select case_briefs_id, candidate_id from public.practice_rounds where id = $1",
    )
    .bind(second)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        picked.0 == a || picked.0 == b,
        "a Communication case other than round 1's"
    );
    assert_eq!(picked.1, s.host_id);
}

#[sqlx::test]
async fn the_partner_marks_the_candidate_once_after_the_round(pool: PgPool) {
    let s = session(pool.clone(), "Clinical").await;
    let round = s.start("guest", "").await.unwrap().to_string();
    let sheet = |who: &Client| {
        let round = round.clone();
        let app = &s.app;
        let who = who.clone();
        async move {
            let form = [
                ("round_id", round.as_str()),
                ("sheet[scores][data_gathering]", "3"),
                ("sheet[scores][clinical_management]", "2"),
                ("sheet[scores][interpersonal]", "4"),
                ("sheet[global]", "Satisfactory"),
                ("sheet[feedback]", "Good structure; summarise earlier."),
            ];
            let response = app.call(&who, "submit_marks", &form).await;
            if response.status().is_success() {
                Ok(())
            } else {
                Err(app_error(response).await)
            }
        }
    };
    assert_eq!(
        sheet(&s.host).await.unwrap_err().0,
        StatusCode::CONFLICT,
        "not while the round runs"
    );
    s.call(&s.host, "end_round", &[("round_id", &round)])
        .await
        .unwrap();
    assert_eq!(
        sheet(&s.guest).await.unwrap_err().0,
        StatusCode::CONFLICT,
        "the candidate does not mark themselves"
    );
    assert_eq!(
        sheet(&s.stranger).await.unwrap_err().0,
        StatusCode::NOT_FOUND
    );
    let (status, error) = s
        .call(
            &s.host,
            "submit_marks",
            &[("round_id", &round), ("sheet[scores][data_gathering]", "9")],
        )
        .await
        .unwrap_err();
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        error
            .to_string()
            .contains("Clinical management: choose a mark."),
        "{error}"
    );
    sheet(&s.host).await.unwrap();
    assert_eq!(
        sheet(&s.host).await.unwrap_err().0,
        StatusCode::CONFLICT,
        "once"
    );
    let marks = s.view(&s.guest).await.rounds[0].peer_marks.clone().unwrap();
    assert_eq!(marks.scores["interpersonal"], 4);
    assert_eq!(marks.global.as_deref(), Some("Satisfactory"));
    assert_eq!(marks.by, s.host_id);
}

/// Regression: a host's column rights once let them un-start a running session, write
/// rounds themselves, jump the stage, delete a session with its rounds and store any
/// text as an avatar. Each direct write is now refused and changes nothing.
#[sqlx::test]
async fn a_hosts_direct_writes_cannot_bypass_the_round_rules(pool: PgPool) {
    let s = session(pool.clone(), "Clinical").await;
    let round = s.start("guest", "").await.unwrap();
    let world = World::new(pool.clone());
    let host = user(s.host_id);
    let room = Bind::Uuid(s.room);
    for (what, sql) in [
        (
            "un-start the session",
            "update public.practice_rooms set first_round_id = null where id = $1",
        ),
        (
            "point it at another round",
            "update public.practice_rooms set second_round_id = first_round_id where id = $1",
        ),
        (
            "jump to finished",
            "update public.practice_rooms set stage = 3 where id = $1",
        ),
        (
            "insert a round",
            "insert into public.practice_rounds (room_id, round_number, candidate_id, case_briefs_id)
             select id, 2, host_id, (select case_briefs_id from public.practice_rounds where room_id = $1)
               from public.practice_rooms where id = $1",
        ),
        (
            "move the round's start",
            "update public.practice_rounds set started_at = now() - interval '1 hour' where room_id = $1",
        ),
        (
            "swap the candidate",
            "update public.practice_rounds set candidate_id = (select host_id from public.practice_rooms where id = $1) where room_id = $1",
        ),
    ] {
        assert_eq!(
            world.exec_as(host, sql, &[Bind::Uuid(s.room)]).await,
            Err(AppError::Forbidden),
            "a host could {what}"
        );
    }
    // Even the server's own work never moves or clears a round that exists.
    let cleared =
        sqlx::query("update public.practice_rooms set first_round_id = null where id = $1")
            .bind(s.room)
            .execute(&pool)
            .await
            .unwrap_err();
    assert_eq!(
        AppError::from(cleared),
        AppError::conflict("A session's rounds are recorded once and never changed.")
    );
    // Deleting a session with rounds deletes nothing (the policy does not reach it).
    assert_eq!(
        world
            .exec_as(
                host,
                "delete from public.practice_rooms where id = $1",
                &[room]
            )
            .await
            .unwrap(),
        0
    );
    // An avatar is only ever a path the server wrote.
    assert_eq!(
        world
            .exec_as(
                host,
                "update public.profiles set avatar = $1 where user_id = auth.uid()",
                &[Bind::Text("javascript:alert(1)")],
            )
            .await,
        Err(AppError::invalid("That avatar is not one of ours."))
    );
    // Nothing moved: the round is still the session's first, at stage 1, running.
    let (first, stage, rounds, started): (Option<Uuid>, i16, i64, bool) = sqlx::query_as(
        "select r.first_round_id, r.stage,
                (select count(*) from public.practice_rounds where room_id = r.id),
                (select started_at is not null and ended_at is null from public.practice_rounds where id = $2)
           from public.practice_rooms r where r.id = $1",
    )
    .bind(s.room)
    .bind(round)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((first, stage, rounds, started), (Some(round), 1, 1, true));
    // The way on is still open through the server: end, mark, advance.
    let round = round.to_string();
    s.call(&s.host, "end_round", &[("round_id", &round)])
        .await
        .unwrap();
    s.mark(&s.host, &round).await;
    s.call(
        &s.host,
        "advance_stage",
        &[("room_id", &s.room.to_string())],
    )
    .await
    .unwrap();
    let (stage,): (i16,) = sqlx::query_as("select stage from public.practice_rooms where id = $1")
        .bind(s.room)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stage, 2);
}

/// A guest who was a candidate can still delete their account: their rounds go, and
/// the session's record of them is cleared by the foreign key, not refused.
#[sqlx::test]
async fn a_former_candidate_deletes_their_account(pool: PgPool) {
    let s = session(pool.clone(), "Clinical").await;
    let round = s.start("guest", "").await.unwrap().to_string();
    s.call(&s.host, "end_round", &[("round_id", &round)])
        .await
        .unwrap();
    s.call(&s.guest, "delete_account", &[("confirm", "delete")])
        .await
        .unwrap();
    let (left,): (i64,) = sqlx::query_as("select count(*) from auth.users where id = $1")
        .bind(s.guest_id)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(left, 0);
}
