//! Progress: what the database derives from each graded round, the page computed from
//! it on a fixture of known rounds, spaced practice with the clock moved in the
//! database, who may read whose progress, and that recommendations never carry a
//! case's hidden content.

use chrono::{DateTime, Duration, Utc};
use med_practice::model::assessment::{
    Assessment, AssessorInfo, AssessorKind, DomainResult, TimeBreakdown, SCHEMA,
};
use med_practice::model::marking::{PointResult, PointStatus};
use med_practice::model::practice::Rubric;
use med_practice::model::progress::{ProgressPage, Why};
use med_practice::server::{progress, rooms};
use reqwest::StatusCode;
use serde_json::{json, Value};
use sqlx::PgPool;
use uuid::Uuid;

use crate::common::app::TestApp;
use crate::common::{user, Bind, World};

/// The AI examiner's assessment of a PLAB 2 round: grades for data gathering, clinical
/// management and interpersonal skills, and the points it found missed.
fn assessment(grades: [i16; 3], missed: &[(&str, &str, bool)]) -> Value {
    let domains = Rubric::Plab2
        .domains()
        .iter()
        .zip(grades)
        .map(|((code, label), score)| DomainResult {
            code: code.to_string(),
            label: label.to_string(),
            score: Some(score),
            max: Some(4),
            band: Rubric::Plab2.band(score).to_string(),
            evidence: vec![],
            strengths: vec![],
            improvements: vec![],
            claimed: None,
            bounded_by: None,
            range: None,
        })
        .collect();
    let points = missed
        .iter()
        .enumerate()
        .map(|(i, (group, point, critical))| PointResult {
            id: format!("{}{}", &group[..1].to_uppercase(), i + 1),
            group: group.to_string(),
            point: point.to_string(),
            critical: *critical,
            status: PointStatus::NotMet,
            claimed: None,
            problem: None,
            evidence: vec![],
            agreed: 1,
            samples: 1,
        })
        .collect();
    serde_json::to_value(Assessment {
        schema: SCHEMA.into(),
        rubric: Rubric::Plab2,
        assessor: AssessorInfo {
            kind: AssessorKind::Llm,
            name: "fake".into(),
            version: "1".into(),
            rubric_version: "rubrics/2".into(),
            case_hash: String::new(),
            samples: 1,
        },
        domains,
        global: None,
        summary: "Fixture.".into(),
        strengths: vec![],
        improvements: vec![],
        coverage: vec![],
        time: TimeBreakdown {
            before_first_ms: 0,
            phases: vec![],
        },
        dropped_quotes: 0,
        assessed_at: Utc::now(),
        exam: Some("PLAB 2".into()),
        points,
        integrity: vec![],
        too_little: None,
        shortened: None,
    })
    .unwrap()
}

/// PLAB 2 clinical cases of the shipped library, by name.
async fn cases(pool: &PgPool) -> Vec<(Uuid, String)> {
    sqlx::query_as(
        "select id, case_name from public.case_briefs
         where domain = 'Clinical' and 'PLAB 2' = any(exams) and archived_at is null
         order by case_name",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

struct Graded {
    room: Uuid,
    room_url: String,
    round: Uuid,
}

/// A PLAB 2 room of `host` and `guest` (`hours` ahead) whose round 1, the guest the
/// candidate on `case`, ended `days_ago` days ago, was graded `grades` by the AI
/// examiner and `partner` by the host.
#[allow(clippy::too_many_arguments)]
async fn graded(
    world: &World,
    host: Uuid,
    guest: Uuid,
    hours: i64,
    case: Uuid,
    days_ago: i64,
    grades: [i16; 3],
    partner: [i16; 3],
    missed: &[(&str, &str, bool)],
) -> Graded {
    let room = world.room(host, hours, false).await;
    world
        .owner_exec(
            "update public.practice_rooms set exam_preset = 'PLAB 2' where id = $1",
            room.id,
        )
        .await;
    let mut tx = world.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = world.as_user(host).await;
    let round: Uuid = sqlx::query_scalar("select public.start_round($1, $2, $3)")
        .bind(room.id)
        .bind(guest)
        .bind(case)
        .fetch_one(&mut *tx)
        .await
        .expect("start the round on the case");
    tx.commit().await.unwrap();
    world
        .exec_as(
            user(host),
            "update public.practice_rounds set ended_at = now() where id = $1",
            &[Bind::Uuid(round)],
        )
        .await
        .expect("the host ends the round");
    let ended = Utc::now() - Duration::days(days_ago);
    let scores: serde_json::Map<String, Value> = Rubric::Plab2
        .domains()
        .iter()
        .zip(partner)
        .map(|((code, _), s)| (code.to_string(), json!(s)))
        .collect();
    // Server work: the assessment the worker stores, the partner's marks, and the
    // round's times moved back to stage its age.
    sqlx::query(
        "update public.practice_rounds
         set started_at = $2 - interval '10 minutes', ended_at = $2, assessment = $3,
             peer_marks = $4
         where id = $1",
    )
    .bind(round)
    .bind(ended)
    .bind(assessment(grades, missed))
    .bind(json!({
        "schema": "peer-marks/1", "rubric": "Plab2", "scores": scores,
        "global": null, "feedback": "", "by": host,
    }))
    .execute(world.db.owner())
    .await
    .expect("store the marks");
    Graded {
        room: room.id,
        room_url: room.room_url,
        round,
    }
}

async fn page_of(
    world: &World,
    viewer: Uuid,
    user: Uuid,
) -> Result<ProgressPage, med_practice::error::AppError> {
    let mut tx = world.as_user(viewer).await;
    progress::page(&mut tx, viewer, user, chrono_tz::UTC).await
}

const SAFETY: (&str, &str, bool) = (
    "clinical_management",
    "Safety-nets: chest pain at rest or lasting over 15 minutes needs 999",
    true,
);
const CONCERNS: (&str, &str, bool) = ("interpersonal", "Explores his main concerns", false);

/// Gus, the candidate, three graded PLAB 2 rounds with Ann as the partner-marker: ten,
/// five and one day ago.
async fn fixture(world: &World, pool: &PgPool) -> (Uuid, Uuid, Vec<(Uuid, String)>, Vec<Graded>) {
    let ann = world.user("Ann").await;
    let gus = world.user("Gus").await;
    let cases = cases(pool).await;
    let rounds = vec![
        graded(
            world,
            ann,
            gus,
            24,
            cases[0].0,
            10,
            [2, 1, 3],
            [3, 2, 4],
            &[SAFETY, CONCERNS],
        )
        .await,
        graded(
            world,
            ann,
            gus,
            26,
            cases[1].0,
            5,
            [3, 2, 3],
            [4, 3, 4],
            &[SAFETY],
        )
        .await,
        graded(
            world,
            ann,
            gus,
            28,
            cases[2].0,
            1,
            [4, 3, 4],
            [4, 4, 4],
            &[],
        )
        .await,
    ];
    (ann, gus, cases, rounds)
}

#[sqlx::test]
async fn the_database_derives_each_graded_rounds_marks_and_misses(pool: PgPool) {
    let world = World::new(pool.clone());
    let (ann, gus, _, rounds) = fixture(&world, &pool).await;
    let (assessor, partner, misses): (i64, i64, i64) = sqlx::query_as(
        "select count(*) filter (where source = 'assessor'),
                count(*) filter (where source = 'partner'),
                (select count(*) from public.round_misses where user_id = $1)
         from public.round_marks where user_id = $1",
    )
    .bind(gus)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!((assessor, partner, misses), (9, 9, 3));
    // A re-run that graded too little leaves nothing of the round behind.
    sqlx::query(
        "update public.practice_rounds
         set assessment = jsonb_set(assessment, '{too_little}', '{\"words\": 3, \"lines\": 1}')
         where id = $1",
    )
    .bind(rounds[0].round)
    .execute(&pool)
    .await
    .unwrap();
    let left: i64 =
        sqlx::query_scalar("select count(*) from public.round_marks where round_id = $1")
            .bind(rounds[0].round)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(left, 0);
    // Nobody writes them but the database.
    let refused = world
        .exec_as(
            user(gus),
            "update public.round_marks set score = 4 where user_id = $1",
            &[Bind::Uuid(gus)],
        )
        .await;
    assert!(refused.is_err(), "{refused:?}");
    let refused = world
        .exec_as(
            user(ann),
            "delete from public.round_misses where user_id = $1",
            &[Bind::Uuid(gus)],
        )
        .await;
    assert!(refused.is_err(), "{refused:?}");
}

#[sqlx::test]
async fn the_page_computes_trends_misses_calibration_and_what_next(pool: PgPool) {
    let world = World::new(pool.clone());
    let (ann, gus, cases, rounds) = fixture(&world, &pool).await;
    let page = page_of(&world, gus, gus).await.unwrap();
    assert!(page.own);
    assert_eq!(page.rounds, 3);
    assert_eq!(page.exams.len(), 1);
    let exam = &page.exams[0];
    assert_eq!((exam.exam.as_str(), exam.rounds), ("PLAB 2", 3));
    let cm = exam
        .domains
        .iter()
        .find(|d| d.code == "clinical_management")
        .unwrap();
    let ai: Vec<_> = cm.points.iter().map(|p| p.ai).collect();
    assert_eq!(ai, [Some(1), Some(2), Some(3)]);
    let partner: Vec<_> = cm.points.iter().map(|p| p.partner).collect();
    assert_eq!(partner, [Some(2), Some(3), Some(4)]);
    let medians: Vec<_> = cm.points.iter().map(|p| p.median).collect();
    assert_eq!(medians, [Some(1.0), Some(1.5), Some(2.0)]);
    assert_eq!(cm.latest_band.as_deref(), Some("Meets the standard"));
    assert!(cm.svg.contains("<svg"));

    // Safety-netting was missed twice, the concerns once; each links to its session.
    assert_eq!(page.misses[0].theme, "Safety-netting");
    assert_eq!(page.misses[0].times, 2);
    let links: Vec<&str> = page.misses[0].points[0]
        .rounds
        .iter()
        .map(|l| l.href.as_str())
        .collect();
    assert_eq!(
        links,
        [
            format!("/s/{}", rounds[1].room_url),
            format!("/s/{}", rounds[0].room_url)
        ]
    );
    assert_eq!(page.misses[1].theme, "Ideas, concerns and expectations");

    // What next: both cases below the pass level are due (after 3 days), the longest
    // due first; then new cases; the passed one is not among the first six.
    assert_eq!(page.next[0].case_id, cases[0].0);
    assert_eq!(page.next[0].why, Why::Due);
    assert_eq!(page.next[1].case_id, cases[1].0);
    assert_eq!(page.next[1].why, Why::Due);
    assert!(page.next[2..].iter().all(|r| r.why == Why::New));
    assert!(page.next[2]
        .reason
        .contains("clinical management, your weakest domain"));

    // Coverage: three rounds in the grid.
    let counted: u32 = page
        .coverage
        .rows
        .iter()
        .flat_map(|r| r.cells.iter().map(|c| c.rounds))
        .sum();
    assert_eq!(counted, 3);
    assert_eq!(page.coverage.blueprints[0].exam, "PLAB 2");

    // Gus marked nobody; Ann marked three rounds, fewer than a comparison needs.
    assert_eq!(page.calibration.rounds, 0);
    let ann_page = page_of(&world, ann, ann).await.unwrap();
    assert_eq!(ann_page.rounds, 0);
    assert_eq!(ann_page.calibration.rounds, 3);
    assert!(!ann_page.calibration.enough);
    let mut tx = world.as_user(ann).await;
    // Ann played the patient in Gus's three rounds: she knows those cases.
    let known: Vec<(Uuid, String)> =
        sqlx::query_as("select case_id, outcome from public.practice_history($1)")
            .bind(ann)
            .fetch_all(&mut *tx)
            .await
            .unwrap();
    assert_eq!(
        known,
        [
            (cases[0].0, "acted".to_string()),
            (cases[1].0, "acted".to_string()),
            (cases[2].0, "acted".to_string())
        ]
    );
    let rows: Vec<(String, i64, f64)> = sqlx::query_as(
        "select domain, rounds, mean_difference from public.marker_calibration($1) order by domain",
    )
    .bind(ann)
    .fetch_all(&mut *tx)
    .await
    .unwrap();
    drop(tx);
    // Ann's grades minus the examiner's: data gathering 1, 1, 0; management 1, 1, 1;
    // interpersonal 1, 1, 0.
    assert_eq!(rows.len(), 3);
    assert_eq!((rows[0].0.as_str(), rows[0].1), ("clinical_management", 3));
    assert!((rows[0].2 - 1.0).abs() < 1e-9);
    assert!((rows[1].2 - 2.0 / 3.0).abs() < 1e-9);
    assert!((rows[2].2 - 2.0 / 3.0).abs() < 1e-9);
}

#[sqlx::test]
async fn spaced_practice_follows_the_clock_in_the_database(pool: PgPool) {
    let world = World::new(pool.clone());
    let ann = world.user("Ann").await;
    let gus = world.user("Gus").await;
    let cases = cases(&pool).await;
    let due = |page: &ProgressPage| -> Vec<Uuid> {
        page.next
            .iter()
            .filter(|r| r.why == Why::Due)
            .map(|r| r.case_id)
            .collect()
    };
    let move_to = |round: Uuid, days: i64| {
        let pool = pool.clone();
        async move {
            let at: DateTime<Utc> = Utc::now() - Duration::days(days);
            sqlx::query(
                "update public.practice_rounds set started_at = $2 - interval '10 minutes', ended_at = $2 where id = $1",
            )
            .bind(round)
            .bind(at)
            .execute(&pool)
            .await
            .unwrap();
        }
    };
    // Below the pass level two days ago: held back until day 3.
    let first = graded(
        &world,
        ann,
        gus,
        24,
        cases[0].0,
        2,
        [1, 1, 1],
        [1, 1, 1],
        &[],
    )
    .await;
    let page = page_of(&world, gus, gus).await.unwrap();
    assert!(due(&page).is_empty());
    assert!(page.next.iter().all(|r| r.case_id != cases[0].0));
    move_to(first.round, 4).await;
    assert_eq!(due(&page_of(&world, gus, gus).await.unwrap()), [cases[0].0]);
    // Below again, a day ago: now it waits 7 days from then.
    let second = graded(
        &world,
        ann,
        gus,
        26,
        cases[0].0,
        1,
        [1, 1, 1],
        [1, 1, 1],
        &[],
    )
    .await;
    assert!(due(&page_of(&world, gus, gus).await.unwrap()).is_empty());
    move_to(second.round, 6).await;
    assert!(due(&page_of(&world, gus, gus).await.unwrap()).is_empty());
    move_to(second.round, 3).await;
    move_to(first.round, 12).await;
    move_to(second.round, 8).await;
    assert_eq!(due(&page_of(&world, gus, gus).await.unwrap()), [cases[0].0]);
    // A third time in a row: 21 days.
    let third = graded(
        &world,
        ann,
        gus,
        28,
        cases[0].0,
        20,
        [1, 1, 1],
        [1, 1, 1],
        &[],
    )
    .await;
    move_to(first.round, 40).await;
    move_to(second.round, 30).await;
    assert!(due(&page_of(&world, gus, gus).await.unwrap()).is_empty());
    move_to(third.round, 22).await;
    assert_eq!(due(&page_of(&world, gus, gus).await.unwrap()), [cases[0].0]);
    // Passed at last: it no longer comes back.
    graded(
        &world,
        ann,
        gus,
        30,
        cases[0].0,
        1,
        [4, 4, 4],
        [4, 4, 4],
        &[],
    )
    .await;
    assert!(due(&page_of(&world, gus, gus).await.unwrap()).is_empty());
}

#[sqlx::test]
async fn only_the_trainee_and_admins_see_progress(pool: PgPool) {
    let world = World::new(pool.clone());
    let (ann, gus, _, rounds) = fixture(&world, &pool).await;
    let sam = world.user("Sam").await;
    let ada = world.admin("Ada").await;
    // A stranger, and even the partner who marked the rounds: not found.
    for viewer in [sam, ann] {
        assert!(matches!(
            page_of(&world, viewer, gus).await,
            Err(med_practice::error::AppError::NotFound)
        ));
        for sql in [
            "select count(*) from public.round_marks where user_id = $1",
            "select count(*) from public.round_misses where user_id = $1",
            "select count(*) from public.practice_history($1)",
            "select count(*) from public.group_standing($1)",
            "select count(*) from public.marker_calibration($1)",
        ] {
            assert_eq!(
                world.count_as(user(viewer), sql, gus).await.unwrap(),
                0,
                "{sql}"
            );
        }
    }
    // Through a session: only its host, about its guest, while choosing the guest's
    // case. Ann's sessions with Gus are past that point.
    let history_via = |viewer: Uuid, of: Uuid, room: Uuid| {
        let world = &world;
        async move {
            let mut tx = world.as_user(viewer).await;
            let n: i64 = sqlx::query_scalar(
                "select (select count(*) from public.practice_history($1, $2))
                      + (select count(*) from public.group_standing($1, $2))",
            )
            .bind(of)
            .bind(room)
            .fetch_one(&mut *tx)
            .await
            .unwrap();
            n
        }
    };
    for round in &rounds {
        assert_eq!(history_via(ann, gus, round.room).await, 0);
    }
    // A new session Ann hosts and Gus joins: Ann, choosing his case, may ask.
    let next = world.room(ann, 60, false).await;
    let mut tx = world.as_user(gus).await;
    rooms::join(&mut tx, next.id).await.unwrap();
    tx.commit().await.unwrap();
    assert!(history_via(ann, gus, next.id).await > 0);
    // A guest never asks about the host: Sam joins a session Gus hosts.
    let own = world.room(gus, 72, false).await;
    let mut tx = world.as_user(sam).await;
    rooms::join(&mut tx, own.id).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(history_via(sam, gus, own.id).await, 0);
    // Nor a stranger through someone else's session.
    assert_eq!(history_via(sam, gus, next.id).await, 0);
    assert_eq!(
        world
            .count_as(
                med_practice::server::db::Actor::Anon,
                "select count(*) from public.practice_history($1)",
                gus
            )
            .await
            .ok(),
        None,
        "anon may not even ask"
    );
    // An admin, for support.
    let page = page_of(&world, ada, gus).await.unwrap();
    assert!(!page.own);
    assert_eq!(page.rounds, 3);

    // Over HTTP: the page's server function answers 404 to a stranger.
    let app = TestApp::spawn(pool.clone()).await;
    let (stranger, _) = app.trainee("Zed", "UTC").await;
    let response = app
        .call(&stranger, "get_progress", &[("user", &gus.to_string())])
        .await;
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = stranger
        .get(app.url(&format!("/progress?user={gus}")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::NOT_FOUND);
    let response = app
        .browser()
        .get(app.url("/progress/export.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNAUTHORIZED);
}

#[sqlx::test]
async fn recommendations_never_carry_a_cases_hidden_content(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (gus_client, gus) = app.trainee("Gus", "UTC").await;
    let (ann_client, ann) = app.trainee("Ann", "UTC").await;
    let cases = cases(&pool).await;
    let done = graded(
        &world,
        ann,
        gus,
        24,
        cases[0].0,
        5,
        [1, 1, 1],
        [1, 1, 1],
        &[SAFETY],
    )
    .await;
    // Everything hidden from a candidate: briefs, conditions, internal names, and the
    // mark schemes of cases they have not done.
    let hidden: Vec<(String, String, String, Value)> = sqlx::query_as(
        "select actor_brief, condition, case_name_internal, mark_scheme from public.case_briefs",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let leaks = |body: &str| -> Vec<String> {
        let mut found = Vec::new();
        for (actor, condition, internal, scheme) in &hidden {
            let actor_start: String = actor.chars().take(80).collect();
            if body.contains(&actor_start) {
                found.push(format!("actor brief {actor_start}"));
            }
            if body.contains(internal.as_str()) {
                found.push(format!("internal name {internal}"));
            }
            if condition.len() > 12 && body.contains(condition.as_str()) {
                found.push(format!("condition {condition}"));
            }
            for group in scheme.as_object().into_iter().flat_map(|o| o.values()) {
                for point in group.as_array().into_iter().flatten() {
                    let text = point["point"].as_str().unwrap_or_default();
                    if !text.is_empty() && text != SAFETY.1 && body.contains(text) {
                        found.push(format!("mark-scheme point {text}"));
                    }
                }
            }
        }
        found
    };
    let response = app.call(&gus_client, "get_progress", &[]).await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    let page: Option<ProgressPage> = serde_json::from_str(&body).unwrap();
    let page = page.unwrap();
    assert!(page
        .next
        .iter()
        .any(|r| r.why == Why::Due && r.case_id == cases[0].0));
    assert_eq!(leaks(&body), Vec::<String>::new());

    // The room's case picker: the host, choosing for Gus, sees his recommendations
    // first and why, and still nothing hidden.
    let room = world.room(ann, 48, false).await;
    let mut tx = world.as_user(gus).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    let response = app
        .call(&ann_client, "practice", &[("room_url", &room.room_url)])
        .await;
    assert_eq!(response.status(), StatusCode::OK);
    let body = response.text().await.unwrap();
    assert_eq!(leaks(&body), Vec::<String>::new());
    let view: Value = serde_json::from_str(&body).unwrap();
    let choices = view["case_choices"].as_array().expect("the host's choices");
    assert!(choices[0]["recommended"]
        .as_str()
        .unwrap()
        .starts_with("Recommended for Gus: "));
    assert!(
        choices
            .iter()
            .filter(|c| c["recommended"].is_string())
            .count()
            <= 3
    );
    // The case Gus did two rounds ago, below the pass level, is due after 3 days and
    // not offered again in another room until then... it was 5 days ago: offered first.
    assert_eq!(choices[0]["id"], json!(cases[0].0));
    // Gus, the candidate, gets no choices at all.
    let response = app
        .call(&gus_client, "practice", &[("room_url", &room.room_url)])
        .await;
    let view: Value = response.json().await.unwrap();
    assert_eq!(view["case_choices"], json!([]));
    let _ = done.room;
}

#[sqlx::test]
async fn the_data_download_holds_ones_own_data_only(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let world = World::new(pool.clone());
    let (gus_client, gus) = app.trainee("Gus", "UTC").await;
    let (_, ann) = app.trainee("Ann", "UTC").await;
    let cases = cases(&pool).await;
    let done = graded(
        &world,
        ann,
        gus,
        24,
        cases[0].0,
        5,
        [2, 3, 3],
        [3, 3, 3],
        &[SAFETY],
    )
    .await;
    let sam = world.user("Sam").await;
    let other = world.room(sam, 30, false).await;
    let response = gus_client
        .get(app.url("/progress/export.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert!(response.headers()["content-disposition"]
        .to_str()
        .unwrap()
        .contains("attachment"));
    let data: Value = response.json().await.unwrap();
    assert_eq!(data["schema"], "med-practice-export/1");
    assert_eq!(data["user_id"], json!(gus));
    assert_eq!(data["profile"]["first_name"], "Gus");
    let sessions = data["sessions"].as_array().unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["id"], json!(done.room));
    assert_ne!(sessions[0]["id"], json!(other.id));
    let rounds = data["rounds"].as_array().unwrap();
    assert_eq!(rounds.len(), 1);
    assert_eq!(rounds[0]["you_were"], "candidate");
    assert_eq!(rounds[0]["feedback"]["domains"][1]["score"], 3);
    assert_eq!(rounds[0]["partner_marks"]["scores"]["interpersonal"], 3);
    assert!(rounds[0]["transcript"].is_object() || rounds[0]["transcript"].is_array());

    // The partner's download holds the AI's feedback only once they have marked, as
    // the session page does.
    sqlx::query("update public.practice_rounds set peer_marks = null where id = $1")
        .bind(done.round)
        .execute(&pool)
        .await
        .unwrap();
    let ann_client = app.browser();
    let response = app
        .sign_in(
            &ann_client,
            "ann@example.test",
            crate::common::app::PASSWORD,
        )
        .await;
    assert!(response.status().is_success() || response.status().is_redirection());
    let data: Value = ann_client
        .get(app.url("/progress/export.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let rounds = data["rounds"].as_array().unwrap();
    assert_eq!(rounds[0]["you_were"], "patient or examiner");
    assert_eq!(rounds[0]["feedback"], Value::Null);
}

/// The database's copies of two Rust rules agree with them: the pass level of each
/// rubric, and which mark-scheme group each domain draws on.
#[sqlx::test]
async fn the_databases_rubric_rules_match_the_rust_ones(pool: PgPool) {
    for rubric in [
        Rubric::Plab2,
        Rubric::Sca,
        Rubric::PacesExamination,
        Rubric::PacesHistory,
        Rubric::PacesCommunication,
    ] {
        let name = serde_json::to_value(rubric).unwrap();
        let pass: i16 = sqlx::query_scalar("select public.rubric_pass_level($1)")
            .bind(name.as_str().unwrap())
            .fetch_one(&pool)
            .await
            .unwrap();
        assert_eq!(pass, rubric.pass_level(), "{rubric:?}");
        for (code, _) in rubric.domains() {
            let group: String = sqlx::query_scalar("select public.domain_mark_group($1)")
                .bind(code)
                .fetch_one(&pool)
                .await
                .unwrap();
            assert_eq!(group, rubric.domain_group(code).code(), "{code}");
        }
    }
}
