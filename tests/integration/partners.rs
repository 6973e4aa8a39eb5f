//! Partners who show up: find-a-partner requests and the matcher (200 requests, two
//! matchers at once), standby (twenty people reaching for one freed seat), and the
//! attendance record (reports, disputes, suspension and its end, an admin's void).

use std::collections::{HashMap, HashSet};

use crate::common::World;
use chrono::{DateTime, Duration, DurationRound, NaiveDate, Utc};
use med_practice::error::AppError;
use med_practice::model::messages;
use med_practice::model::partners::Reliability;
use med_practice::model::{ExamPreset, RoomType, TrainingLevel};
use med_practice::server::partners::{self, NewRequest};
use med_practice::server::{attendance, schedule};
use sqlx::PgPool;
use uuid::Uuid;

/// A small deterministic generator, so a failure can be replayed.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (self.0 >> 33) % n
    }
}

fn hour(days: i64, h: i64) -> DateTime<Utc> {
    (Utc::now() + Duration::days(days))
        .duration_trunc(Duration::days(1))
        .unwrap()
        + Duration::hours(h)
}

fn request(
    room_type: RoomType,
    exam: Option<ExamPreset>,
    levels: &[TrainingLevel],
    exam_date: Option<NaiveDate>,
    windows: &[(DateTime<Utc>, DateTime<Utc>)],
) -> NewRequest {
    NewRequest {
        room_type,
        exam_preset: exam,
        levels: levels.to_vec(),
        exam_date,
        windows: windows.to_vec(),
    }
}

async fn post(w: &World, user: Uuid, new: &NewRequest) -> Result<Uuid, AppError> {
    let mut tx = w.as_user(user).await;
    let id = partners::post(&mut tx, new).await?;
    tx.commit().await?;
    Ok(id)
}

async fn person(w: &World, name: &str, level: &str) -> Uuid {
    let id = w
        .account(&format!("{}@example.test", name.to_lowercase()), false)
        .await;
    w.profile(id, name, level).await;
    id
}

#[derive(sqlx::FromRow, Debug)]
struct Matched {
    id: Uuid,
    user_id: Uuid,
    level: String,
    room_type: String,
    exam_preset: Option<String>,
    levels: Vec<String>,
    created_at: DateTime<Utc>,
    room_id: Uuid,
    fits: bool,
}

#[sqlx::test]
async fn two_hundred_requests_two_matchers_nobody_booked_twice(pool: PgPool) {
    let w = World::new(pool.clone());
    let mut rng = Lcg(20261204);
    let levels = [
        TrainingLevel::Fy1,
        TrainingLevel::Fy2,
        TrainingLevel::ImgPlab,
        TrainingLevel::CtSt,
    ];
    let mut people = Vec::new();
    for i in 0..70 {
        let level = levels[rng.next(4) as usize];
        people.push((person(&w, &format!("P{i}"), level.code()).await, level));
    }
    let exams = [Some(ExamPreset::Plab2), Some(ExamPreset::UkmlaCpsa), None];
    let mut posted = 0;
    let mut i = 0;
    while posted < 200 {
        let (user, level) = people[i % people.len()];
        i += 1;
        // Everyone accepts their own level and, mostly, one or two more.
        let mut accepted = vec![level];
        for other in levels {
            if other != level && rng.next(2) == 0 {
                accepted.push(other);
            }
        }
        let day = 1 + rng.next(3) as i64;
        let start = 8 + rng.next(10) as i64;
        let len = 2 + rng.next(3) as i64;
        let room_type = if rng.next(5) == 0 {
            RoomType::Communication
        } else {
            RoomType::Clinical
        };
        let new = request(
            room_type,
            exams[rng.next(3) as usize],
            &accepted,
            None,
            &[(hour(day, start), hour(day, start + len))],
        );
        post(&w, user, &new).await.expect("a valid request");
        posted += 1;
    }

    // Two matchers at once, small batches, until neither finds anything more.
    loop {
        let (a, b) = tokio::join!(partners::run_once(&pool, 60), partners::run_once(&pool, 60));
        let (a, b) = (a.unwrap(), b.unwrap());
        if a.matched + b.matched == 0 {
            break;
        }
    }

    let matched: Vec<Matched> = sqlx::query_as(
        "select p.id, p.user_id, pr.training_level as level, p.type as room_type, p.exam_preset,
                p.levels, p.created_at, p.room_id,
                p.windows @> tstzrange(r.datetime_utc, r.datetime_utc + interval '60 minutes') as fits
           from public.partner_requests p
           join public.profiles pr on pr.user_id = p.user_id
           join public.practice_rooms r on r.id = p.room_id
          where p.status = 'matched'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        matched.len() >= 100,
        "most requests find a partner: {} matched",
        matched.len()
    );
    let open: i64 = sqlx::query_scalar(
        "select count(*) from public.partner_requests where status = 'matched' and room_id is null",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(open, 0);
    let mut by_room: HashMap<Uuid, Vec<&Matched>> = HashMap::new();
    for m in &matched {
        assert!(m.fits, "the session lies inside the request's windows");
        by_room.entry(m.room_id).or_default().push(m);
    }
    for (room, pair) in &by_room {
        assert_eq!(
            pair.len(),
            2,
            "each session comes from exactly two requests"
        );
        let (a, b) = (pair[0], pair[1]);
        assert_ne!(a.user_id, b.user_id, "nobody is matched with themselves");
        assert_eq!(a.room_type, b.room_type);
        assert!(
            a.exam_preset.is_none() || b.exam_preset.is_none() || a.exam_preset == b.exam_preset
        );
        assert!(a.levels.contains(&b.level) && b.levels.contains(&a.level));
        let (host, guest, kind, exam): (Uuid, Uuid, String, Option<String>) = sqlx::query_as(
            "select host_id, guest_id, type, exam_preset from public.practice_rooms where id = $1",
        )
        .bind(room)
        .fetch_one(&pool)
        .await
        .unwrap();
        let earlier = if (a.created_at, a.id) < (b.created_at, b.id) {
            a
        } else {
            b
        };
        assert_eq!(host, earlier.user_id, "the earlier request's owner hosts");
        assert_eq!(
            guest,
            if host == a.user_id {
                b.user_id
            } else {
                a.user_id
            }
        );
        assert_eq!(kind, a.room_type);
        assert_eq!(exam, a.exam_preset.clone().or(b.exam_preset.clone()));
    }
    // Nobody is in two sessions at once.
    let clashes: i64 = sqlx::query_scalar(
        "select count(*)
           from public.practice_rooms x
           join public.practice_rooms y on x.id < y.id
            and x.cancelled_at is null and y.cancelled_at is null
            and abs(extract(epoch from x.datetime_utc - y.datetime_utc)) < 3600
            and (x.host_id in (y.host_id, y.guest_id) or x.guest_id in (y.host_id, y.guest_id))",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(clashes, 0);
    // Both are told, once each.
    let told: i64 =
        sqlx::query_scalar("select count(*) from public.notifications where kind = 'matched'")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(told as usize, matched.len());
}

#[sqlx::test]
async fn the_matcher_prefers_the_nearest_exam_date_and_a_new_partner(pool: PgPool) {
    let w = World::new(pool.clone());
    let window = [(hour(2, 10), hour(2, 12))];
    let levels = [TrainingLevel::Fy1];
    let date = |s: &str| Some(s.parse::<NaiveDate>().unwrap());
    let ana = person(&w, "Ana", "fy1").await;
    let ben = person(&w, "Ben", "fy1").await;
    let cat = person(&w, "Cat", "fy1").await;
    let exam = Some(ExamPreset::Plab2);
    let a = post(
        &w,
        ana,
        &request(
            RoomType::Clinical,
            exam,
            &levels,
            date("2027-03-01"),
            &window,
        ),
    )
    .await
    .unwrap();
    post(
        &w,
        ben,
        &request(
            RoomType::Clinical,
            exam,
            &levels,
            date("2027-09-01"),
            &window,
        ),
    )
    .await
    .unwrap();
    let c = post(
        &w,
        cat,
        &request(
            RoomType::Clinical,
            exam,
            &levels,
            date("2027-03-10"),
            &window,
        ),
    )
    .await
    .unwrap();
    assert_eq!(partners::run_once(&pool, 100).await.unwrap().matched, 1);
    let rooms: Vec<Option<Uuid>> = sqlx::query_scalar(
        "select room_id from public.partner_requests where id = any($1) order by created_at",
    )
    .bind([a, c])
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        rooms[0].is_some() && rooms[0] == rooms[1],
        "Ana and Cat, whose exams are nine days apart"
    );

    // Dan practised with Eve last week: Fay, a newcomer, is matched with him instead,
    // though Eve asked first.
    let dan = person(&w, "Dan", "fy2").await;
    let eve = person(&w, "Eve", "fy2").await;
    let fay = person(&w, "Fay", "fy2").await;
    w.owner_exec(
        &format!(
            "insert into public.practice_rooms (host_id, guest_id, datetime_utc, private)
             values ('{dan}', '{eve}', now() - interval '7 days', true)"
        ),
        Uuid::nil(),
    )
    .await;
    let levels = [TrainingLevel::Fy2];
    let d = post(
        &w,
        dan,
        &request(RoomType::Clinical, None, &levels, None, &window),
    )
    .await
    .unwrap();
    post(
        &w,
        eve,
        &request(RoomType::Clinical, None, &levels, None, &window),
    )
    .await
    .unwrap();
    let f = post(
        &w,
        fay,
        &request(RoomType::Clinical, None, &levels, None, &window),
    )
    .await
    .unwrap();
    assert_eq!(partners::run_once(&pool, 100).await.unwrap().matched, 1);
    let rooms: Vec<Option<Uuid>> = sqlx::query_scalar(
        "select room_id from public.partner_requests where id = any($1) order by created_at",
    )
    .bind([d, f])
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(rooms[0].is_some() && rooms[0] == rooms[1], "Dan and Fay");
}

#[sqlx::test]
async fn a_requests_rules_are_the_databases(pool: PgPool) {
    let w = World::new(pool.clone());
    let ana = person(&w, "Ana", "fy1").await;
    let ok = |windows: &[(DateTime<Utc>, DateTime<Utc>)]| {
        request(
            RoomType::Clinical,
            None,
            &[TrainingLevel::Fy1],
            None,
            windows,
        )
    };
    let refused = |e: Result<Uuid, AppError>| e.unwrap_err().to_string();
    assert_eq!(
        refused(post(&w, ana, &ok(&[(hour(-1, 10), hour(-1, 12))])).await),
        "Each time window must start in the future."
    );
    assert_eq!(
        refused(post(&w, ana, &ok(&[(hour(27, 10), hour(29, 12))])).await),
        "Time windows must fall within the next four weeks."
    );
    assert_eq!(
        refused(
            post(
                &w,
                ana,
                &ok(&[(hour(2, 10), hour(2, 10) + Duration::minutes(30))])
            )
            .await
        ),
        partners::WINDOW_SHORT
    );
    for day in 1..=3 {
        post(&w, ana, &ok(&[(hour(day, 10), hour(day, 12))]))
            .await
            .unwrap();
    }
    assert_eq!(
        refused(post(&w, ana, &ok(&[(hour(4, 10), hour(4, 12))])).await),
        "You have 3 open requests, the most at once. Withdraw one, or wait for a match."
    );
    // Withdrawn, it no longer counts; withdrawn twice is a conflict; another's is not
    // found.
    let mine: Uuid =
        sqlx::query_scalar("select id from public.partner_requests where user_id = $1 limit 1")
            .bind(ana)
            .fetch_one(&pool)
            .await
            .unwrap();
    let ben = person(&w, "Ben", "fy1").await;
    let mut tx = w.as_user(ben).await;
    assert_eq!(
        partners::withdraw(&mut tx, mine).await,
        Err(AppError::NotFound)
    );
    drop(tx);
    let mut tx = w.as_user(ana).await;
    partners::withdraw(&mut tx, mine).await.unwrap();
    tx.commit().await.unwrap();
    let mut tx = w.as_user(ana).await;
    assert_eq!(
        partners::withdraw(&mut tx, mine)
            .await
            .unwrap_err()
            .to_string(),
        "This request has already been matched, withdrawn or expired."
    );
    drop(tx);
    post(&w, ana, &ok(&[(hour(4, 10), hour(4, 12))]))
        .await
        .unwrap();
    // A person cannot mark their own request matched, nor see anyone else's.
    let err = w
        .exec_as(
            crate::common::user(ana),
            "update public.partner_requests set status = 'matched' where user_id = $1 and status = 'open'",
            &[crate::common::Bind::Uuid(ana)],
        )
        .await
        .unwrap_err();
    assert_eq!(err, AppError::Forbidden);
    let seen = w
        .count_as(
            crate::common::user(ben),
            "select count(*) from public.partner_requests where user_id = $1",
            ana,
        )
        .await
        .unwrap();
    assert_eq!(seen, 0);
    // An unconfirmed address cannot post.
    sqlx::query("update auth.users set email_verified_at = null where id = $1")
        .bind(ben)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        refused(post(&w, ben, &ok(&[(hour(2, 10), hour(2, 12))])).await),
        messages::CONFIRM_ADDRESS_FIRST
    );

    // A request whose windows pass expires, and its owner is told.
    sqlx::query(
        "update public.partner_requests
            set windows = tstzmultirange(tstzrange(now() - interval '3 hours', now() + interval '30 minutes'))
          where user_id = $1 and status = 'open'",
    )
    .bind(ana)
    .execute(&pool)
    .await
    .unwrap();
    let pass = partners::run_once(&pool, 100).await.unwrap();
    assert_eq!(pass.expired, 3);
    let told: i64 = sqlx::query_scalar(
        "select count(*) from public.notifications where user_id = $1 and kind = 'request_expired'",
    )
    .bind(ana)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(told, 3);
}

#[sqlx::test]
async fn twenty_on_standby_reach_for_one_freed_seat_and_one_wins(pool: PgPool) {
    let w = World::new(pool.clone());
    let host = person(&w, "Hana", "fy1").await;
    let guest = person(&w, "Gus", "fy1").await;
    let room = w.room(host, 5, false).await;
    let at: DateTime<Utc> =
        sqlx::query_scalar("select datetime_utc from public.practice_rooms where id = $1")
            .bind(room.id)
            .fetch_one(&pool)
            .await
            .unwrap();
    let mut tx = w.as_user(guest).await;
    sqlx::query("update public.practice_rooms set guest_id = $1 where id = $2")
        .bind(guest)
        .bind(room.id)
        .execute(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let window = (at - Duration::hours(2), at + Duration::hours(2));
    let mut standby = Vec::new();
    for i in 0..20 {
        let id = person(&w, &format!("S{i}"), "fy2").await;
        let mut tx = w.as_user(id).await;
        partners::stand_by(&mut tx, Some(RoomType::Clinical), None, window)
            .await
            .unwrap();
        tx.commit().await.unwrap();
        standby.push(id);
    }
    // Busy then, or on standby for another time: not offered.
    let busy = person(&w, "Busy", "fy2").await;
    let mut tx = w.as_user(busy).await;
    partners::stand_by(&mut tx, None, None, window)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    w.room(busy, 5, true).await;
    let later = person(&w, "Later", "fy2").await;
    let mut tx = w.as_user(later).await;
    partners::stand_by(
        &mut tx,
        None,
        None,
        (at + Duration::hours(3), at + Duration::hours(6)),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    // The standby rules: a window in the past is refused.
    let mut tx = w.as_user(later).await;
    let err = partners::stand_by(
        &mut tx,
        None,
        None,
        (at - Duration::days(1), at - Duration::hours(20)),
    )
    .await;
    assert_eq!(
        err.unwrap_err().to_string(),
        "Each time window must start in the future."
    );
    drop(tx);

    // The guest can't make it: the seat frees and everyone who fits is offered it.
    let mut tx = w.as_user(guest).await;
    attendance::cannot_make_it(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    let offers: Vec<(Uuid, Uuid)> = sqlx::query_as(
        "select id, user_id from public.standby_offers where room_id = $1 and outcome is null",
    )
    .bind(room.id)
    .fetch_all(&pool)
    .await
    .unwrap();
    let offered: HashSet<Uuid> = offers.iter().map(|o| o.1).collect();
    assert_eq!(offered, standby.iter().copied().collect::<HashSet<_>>());
    let host_told: i64 = sqlx::query_scalar(
        "select count(*) from public.notifications where user_id = $1 and kind = 'left'",
    )
    .bind(host)
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(host_told, 1, "the host is told the guest can't make it");

    // All twenty accept at once.
    let mut tasks = Vec::new();
    for (offer, user) in offers.clone() {
        let db = w.db.clone();
        tasks.push(tokio::spawn(async move {
            let mut tx = db.begin_user(user).await.unwrap();
            let taken = partners::accept_offer(&mut tx, offer).await;
            if taken.is_ok() {
                tx.commit().await.unwrap();
            }
            (user, taken)
        }));
    }
    let mut winners = Vec::new();
    for task in tasks {
        let (user, taken) = task.await.unwrap();
        match taken {
            Ok(url) => {
                assert_eq!(url, room.room_url);
                winners.push(user);
            }
            Err(e) => assert_eq!(e.to_string(), "Sorry, someone else took that seat first."),
        }
    }
    assert_eq!(winners.len(), 1, "exactly one takes the seat");
    let seated: Option<Uuid> =
        sqlx::query_scalar("select guest_id from public.practice_rooms where id = $1")
            .bind(room.id)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(seated, Some(winners[0]));
    let gone: Vec<Uuid> = sqlx::query_scalar(
        "select user_id from public.notifications where room_id = $1 and kind = 'standby_gone'",
    )
    .bind(room.id)
    .fetch_all(&pool)
    .await
    .unwrap();
    assert_eq!(gone.len(), 19, "the others are told it has gone");
    assert!(!gone.contains(&winners[0]));
    // The winner sees the session's link in their offer; the others see it taken.
    let mut tx = w.as_user(winners[0]).await;
    let mine = partners::my_offers(&mut tx, chrono_tz::Tz::UTC)
        .await
        .unwrap();
    assert_eq!(mine[0].room_url.as_deref(), Some(room.room_url.as_str()));
    drop(tx);
    let loser = standby.iter().find(|u| **u != winners[0]).unwrap();
    let mut tx = w.as_user(*loser).await;
    let theirs = partners::my_offers(&mut tx, chrono_tz::Tz::UTC)
        .await
        .unwrap();
    assert!(!theirs[0].open && theirs[0].room_url.is_none());
}

/// A finished session (server work) between `host` and `guest`, `days` ago.
async fn past_session(pool: &PgPool, host: Uuid, guest: Uuid, days: i64, round: bool) -> Uuid {
    let room: Uuid = sqlx::query_scalar(
        "insert into public.practice_rooms (host_id, guest_id, datetime_utc, private)
         values ($1, $2, now() - make_interval(days => $3), true) returning id",
    )
    .bind(host)
    .bind(guest)
    .bind(days as i32)
    .fetch_one(pool)
    .await
    .unwrap();
    if round {
        sqlx::query(
            "insert into public.practice_rounds (room_id, round_number, candidate_id, started_at)
             values ($1, 1, $2, now() - make_interval(days => $3))",
        )
        .bind(room)
        .bind(host)
        .bind(days as i32)
        .execute(pool)
        .await
        .unwrap();
    }
    room
}

async fn report(w: &World, who: Uuid, room: Uuid, came: bool) -> Result<(), AppError> {
    let mut tx = w.as_user(who).await;
    attendance::report(&mut tx, room, came).await?;
    tx.commit().await?;
    Ok(())
}

async fn record(w: &World, who: Uuid) -> Reliability {
    let mut tx = w.anon().await;
    attendance::reliability_of(&mut tx, who).await.unwrap()
}

#[sqlx::test]
async fn no_shows_reports_disputes_suspension_and_its_end(pool: PgPool) {
    let w = World::new(pool.clone());
    let xan = person(&w, "Xan", "fy1").await;
    let p: Vec<Uuid> = [
        person(&w, "Pia", "fy1").await,
        person(&w, "Quin", "fy1").await,
        person(&w, "Rae", "fy1").await,
        person(&w, "Sol", "fy1").await,
    ]
    .to_vec();
    let admin = w.admin("Ada").await;

    // A round started: both came, and there is nothing to report.
    let r0 = past_session(&pool, p[0], xan, 6, true).await;
    assert_eq!(
        record(&w, xan).await,
        Reliability {
            attended: 1,
            counted: 1
        }
    );
    assert_eq!(
        record(&w, p[0]).await,
        Reliability {
            attended: 1,
            counted: 1
        }
    );
    assert_eq!(
        report(&w, p[0], r0, false).await.unwrap_err().to_string(),
        "A round started, so both of you count as having come: there is nothing to report."
    );
    // Not before the session has ended, and not by a stranger.
    let ahead = w.room(p[1], 30, false).await;
    sqlx::query("update public.practice_rooms set guest_id = $1 where id = $2")
        .bind(xan)
        .bind(ahead.id)
        .execute(&pool)
        .await
        .unwrap();
    assert_eq!(
        report(&w, p[1], ahead.id, false)
            .await
            .unwrap_err()
            .to_string(),
        "You can say whether your partner came once the session has ended."
    );

    // Pia says Xan did not come; Xan disputes it: it counts for neither.
    let r1 = past_session(&pool, p[1], xan, 5, false).await;
    assert_eq!(report(&w, p[3], r1, false).await, Err(AppError::NotFound));
    report(&w, p[1], r1, false).await.unwrap();
    assert_eq!(
        report(&w, p[1], r1, true).await.unwrap_err().to_string(),
        "You have already reported on this session."
    );
    assert_eq!(
        record(&w, xan).await,
        Reliability {
            attended: 1,
            counted: 2
        }
    );
    let mut tx = w.as_user(p[1]).await;
    assert_eq!(
        attendance::dispute(&mut tx, r1).await,
        Err(AppError::NotFound)
    );
    drop(tx);
    let mut tx = w.as_user(xan).await;
    let seen = attendance::record(&mut tx, r1, xan).await.unwrap().unwrap();
    assert!(seen.can_dispute && seen.their_report == Some(false));
    attendance::dispute(&mut tx, r1).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        record(&w, xan).await,
        Reliability {
            attended: 1,
            counted: 1
        }
    );

    // Two standing no-shows within 30 days: hosting and joining are suspended for 7 days.
    let r2 = past_session(&pool, p[2], xan, 4, false).await;
    report(&w, p[2], r2, false).await.unwrap();
    let mut tx = w.as_user(xan).await;
    assert_eq!(attendance::my_suspension(&mut tx).await.unwrap(), None);
    drop(tx);
    let r3 = past_session(&pool, xan, p[3], 2, false).await;
    report(&w, p[3], r3, false).await.unwrap();
    assert_eq!(
        record(&w, xan).await,
        Reliability {
            attended: 1,
            counted: 3
        }
    );
    let mut tx = w.as_user(xan).await;
    let ends = attendance::my_suspension(&mut tx)
        .await
        .unwrap()
        .expect("suspended");
    drop(tx);
    assert!(
        (ends - (Utc::now() + Duration::days(7)))
            .num_minutes()
            .abs()
            < 5
    );
    let expected = messages::suspended_until(&med_practice::server::timezone::format_in_zone(
        ends.duration_trunc(Duration::seconds(1)).unwrap(),
        chrono_tz::Tz::UTC,
    ));
    let mut tx = w.as_user(xan).await;
    let new = schedule::NewSession {
        at: Utc::now() + Duration::days(2),
        room_type: RoomType::Clinical,
        private: false,
        exam_preset: None,
    };
    assert_eq!(
        schedule::schedule(&mut tx, &new).await.unwrap_err(),
        AppError::conflict(expected.clone())
    );
    drop(tx);
    let open = w.room(p[0], 48, false).await;
    let joined = w
        .exec_as(
            crate::common::user(xan),
            "update public.practice_rooms set guest_id = $1 where id = $2",
            &[
                crate::common::Bind::Uuid(xan),
                crate::common::Bind::Uuid(open.id),
            ],
        )
        .await;
    assert_eq!(joined, Err(AppError::conflict(expected.clone())));
    let asked = post(
        &w,
        xan,
        &request(
            RoomType::Clinical,
            None,
            &[TrainingLevel::Fy1],
            None,
            &[(hour(2, 10), hour(2, 12))],
        ),
    )
    .await;
    assert_eq!(asked, Err(AppError::conflict(expected)));

    // Seven days on (the reports' clock moved back in the database), it is lifted, and
    // the dispute window has long closed.
    sqlx::query(
        "update public.attendance_reports set created_at = created_at - interval '7 days'
          where reported_id = $1",
    )
    .bind(xan)
    .execute(&pool)
    .await
    .unwrap();
    let mut tx = w.as_user(xan).await;
    assert_eq!(attendance::my_suspension(&mut tx).await.unwrap(), None);
    schedule::schedule(&mut tx, &new).await.unwrap();
    assert_eq!(
        attendance::dispute(&mut tx, r3)
            .await
            .unwrap_err()
            .to_string(),
        "Reports are disputed within 48 hours; this one now stands."
    );
    drop(tx);

    // An admin sees the reports and voids one; nobody else can.
    let mut tx = w.as_user(p[0]).await;
    assert_eq!(
        attendance::void(&mut tx, r3, p[3]).await,
        Err(AppError::Forbidden)
    );
    drop(tx);
    let mut tx = w.as_user(admin).await;
    let reports = attendance::admin_reports(&mut tx, chrono_tz::Tz::UTC)
        .await
        .unwrap();
    assert_eq!(reports.len(), 3);
    assert!(reports.iter().any(|r| r.room_id == r1 && r.disputed));
    attendance::void(&mut tx, r3, p[3]).await.unwrap();
    tx.commit().await.unwrap();
    assert_eq!(
        record(&w, xan).await,
        Reliability {
            attended: 1,
            counted: 2
        }
    );
}
