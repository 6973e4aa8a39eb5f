//! The scheduling board and sessions through the app's HTTP surface, as two or three
//! browsers would use them: each rule with its message, private rooms, time zones
//! (daylight-saving change days included), calendar files, filters and pages.

use chrono::{DateTime, Duration, NaiveDate, Utc};
use chrono_tz::Tz;
use reqwest::{header, Client, StatusCode};
use sqlx::PgPool;

use crate::common::app::{app_error, TestApp};
use med_practice::error::AppError;
use med_practice::model::{BoardSlice, MySessions, RoomView, Viewer};

const LONDON: &str = "Europe/London";
const NEW_YORK: &str = "America/New_York";

/// A date `days` from today in `zone`, as the date input sends it.
fn day_in(zone: &str, days: i64) -> String {
    let zone: Tz = zone.parse().unwrap();
    (Utc::now().with_timezone(&zone).date_naive() + Duration::days(days))
        .format("%Y-%m-%d")
        .to_string()
}

async fn schedule(
    app: &TestApp,
    who: &Client,
    date: &str,
    time: &str,
    extra: &[(&str, &str)],
) -> reqwest::Response {
    let mut form = vec![("date", date), ("time", time), ("room_type", "Clinical")];
    form.extend_from_slice(extra);
    app.call(who, "schedule_session", &form).await
}

async fn scheduled(
    app: &TestApp,
    who: &Client,
    date: &str,
    time: &str,
    extra: &[(&str, &str)],
) -> String {
    let response = schedule(app, who, date, time, extra).await;
    let status = response.status();
    let text = response.text().await.unwrap();
    assert_eq!(status, StatusCode::OK, "{text}");
    serde_json::from_str(&text).unwrap()
}

async fn room(app: &TestApp, who: &Client, url: &str) -> RoomView {
    app.ok(who, "room", &[("room_url", url)]).await
}

async fn board(app: &TestApp, who: &Client, filters: &[(&str, &str)]) -> BoardSlice {
    let form: Vec<(String, &str)> = filters
        .iter()
        .map(|(k, v)| (format!("query[{k}]"), *v))
        .collect();
    let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    app.ok(who, "board", &form).await
}

async fn mine(app: &TestApp, who: &Client) -> MySessions {
    let mine: Option<MySessions> = app.ok(who, "my_sessions", &[]).await;
    mine.expect("signed in")
}

async fn expect_error(response: reqwest::Response, status: StatusCode, message: &str) {
    let (got, error) = app_error(response).await;
    assert_eq!(got, status, "{error:?}");
    let text = match error {
        AppError::Invalid(m) | AppError::Conflict(m) => m,
        other => format!("{other:?}"),
    };
    assert!(text.contains(message), "expected {message:?}, got {text:?}");
}

#[sqlx::test]
async fn each_scheduling_and_joining_rule_has_its_message(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (hana, _) = app.trainee("Hana", LONDON).await;
    let (gus, _) = app.trainee("Gus", LONDON).await;
    let (ola, _) = app.trainee("Ola", LONDON).await;
    let day = day_in(LONDON, 3);

    expect_error(
        schedule(&app, &hana, &day_in(LONDON, -1), "10:00", &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "in the future",
    )
    .await;
    expect_error(
        schedule(&app, &hana, &day_in(LONDON, 200), "10:00", &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "at most 6 months ahead",
    )
    .await;
    expect_error(
        schedule(&app, &hana, &day, "", &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "Choose a time",
    )
    .await;
    expect_error(
        schedule(&app, &hana, &day, "10:00", &[("exam_preset", "USMLE")]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "exam from the list",
    )
    .await;

    let first = scheduled(&app, &hana, &day, "10:00", &[("exam_preset", "PLAB 2")]).await;
    // Overlap as host: 10:30 falls inside 10:00-11:00; 11:00 does not.
    expect_error(
        schedule(&app, &hana, &day, "10:30", &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "overlaps another session",
    )
    .await;
    let later = scheduled(&app, &hana, &day, "11:00", &[]).await;

    // Nobody joins their own room.
    let first_room = room(&app, &hana, &first).await;
    let id = first_room.id.to_string();
    expect_error(
        app.call(&hana, "join_session", &[("room", &id)]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "hosting",
    )
    .await;

    // Gus joins; Ola, too late, is told it is taken.
    let joined: String = app.ok(&gus, "join_session", &[("room", &id)]).await;
    assert_eq!(joined, first);
    expect_error(
        app.call(&ola, "join_session", &[("room", &id)]).await,
        StatusCode::CONFLICT,
        "already taken",
    )
    .await;

    // Overlap as guest: Gus can neither host nor join anything at 10:30 that day.
    expect_error(
        schedule(&app, &gus, &day, "10:30", &[]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "overlaps another session",
    )
    .await;
    let ola_room = scheduled(&app, &ola, &day, "09:30", &[]).await;
    let ola_id = room(&app, &ola, &ola_room).await.id.to_string();
    expect_error(
        app.call(&gus, "join_session", &[("room", &ola_id)]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "overlaps another session",
    )
    .await;
    // And Hana, hosting at 10:00, cannot join Ola's 09:30 either.
    expect_error(
        app.call(&hana, "join_session", &[("room", &ola_id)]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "overlaps another session",
    )
    .await;

    // Anonymous visitors are asked to sign in.
    let anon = app.browser();
    let (status, error) = app_error(app.call(&anon, "join_session", &[("room", &id)]).await).await;
    assert_eq!(
        (status, error),
        (StatusCode::UNAUTHORIZED, AppError::Unauthenticated)
    );
    let (status, _) = app_error(schedule(&app, &anon, &day, "15:00", &[]).await).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);

    // Both see it in My sessions; the host sees Gus joined.
    let hana_mine = mine(&app, &hana).await;
    assert_eq!(hana_mine.upcoming.len(), 2);
    assert!(hana_mine
        .updates
        .iter()
        .any(|u| u.message.starts_with("Gus Tester joined your session")));
    let gus_mine = mine(&app, &gus).await;
    assert_eq!(
        gus_mine
            .upcoming
            .iter()
            .map(|s| s.session.room_url.clone())
            .collect::<Vec<_>>(),
        std::slice::from_ref(&first)
    );
    assert_eq!(room(&app, &gus, &first).await.viewer, Viewer::Guest);
    let _ = later;
}

#[sqlx::test]
async fn private_sessions_are_reached_only_by_their_link(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (hana, _) = app.trainee("Hana", LONDON).await;
    let (gus, _) = app.trainee("Gus", LONDON).await;
    let (ola, _) = app.trainee("Ola", LONDON).await;
    let anon = app.browser();
    let private = scheduled(
        &app,
        &hana,
        &day_in(LONDON, 2),
        "18:00",
        &[("private", "on")],
    )
    .await;
    let public = scheduled(&app, &hana, &day_in(LONDON, 3), "18:00", &[]).await;

    // The host sees both in their lists; the board shows the public one only, to everyone.
    let on_board = |slice: &BoardSlice| {
        slice
            .sessions
            .iter()
            .map(|s| s.room_url.clone())
            .collect::<Vec<_>>()
    };
    for who in [&hana, &gus, &ola, &anon] {
        assert_eq!(
            on_board(&board(&app, who, &[]).await),
            std::slice::from_ref(&public)
        );
    }
    assert_eq!(mine(&app, &hana).await.upcoming.len(), 2);
    assert!(mine(&app, &gus).await.upcoming.is_empty());

    // Its id alone does not open it (nor say that it exists); its link does, for anyone
    // signed in.
    let view = room(&app, &gus, &private).await;
    assert!(view.private && view.is_open && view.viewer == Viewer::Visitor);
    assert!(view.guest.is_none());
    let id = view.id.to_string();
    let (status, _) = app_error(app.call(&ola, "join_session", &[("room", &id)]).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let (status, _) = app_error(app.call(&anon, "room", &[("room_url", &private)]).await).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
    let anon_calendar = anon
        .get(app.url(&format!("/s/{private}/calendar.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(anon_calendar.status(), StatusCode::NOT_FOUND);

    let () = app
        .ok(&gus, "join_by_link", &[("room_url", &private)])
        .await;
    assert_eq!(room(&app, &gus, &private).await.viewer, Viewer::Guest);
    assert_eq!(mine(&app, &gus).await.upcoming.len(), 1);
    // Still on nobody's board, and not in Ola's lists; the seat is gone for her.
    assert_eq!(
        on_board(&board(&app, &ola, &[]).await),
        std::slice::from_ref(&public)
    );
    assert!(mine(&app, &ola).await.upcoming.is_empty());
    expect_error(
        app.call(&ola, "join_by_link", &[("room_url", &private)])
            .await,
        StatusCode::CONFLICT,
        "already taken",
    )
    .await;
    // Others see it is full, but not who took it.
    let seen_by_ola = room(&app, &ola, &private).await;
    assert!(!seen_by_ola.is_open && seen_by_ola.guest.is_none());
}

/// The next day on which `zone`'s offset changes, within the scheduling window.
fn next_change(zone: &str) -> Option<NaiveDate> {
    let tz: Tz = zone.parse().unwrap();
    let today = Utc::now().with_timezone(&tz).date_naive();
    (2..175).map(|d| today + Duration::days(d)).find(|day| {
        use chrono::{Offset, TimeZone};
        let noon = |d: NaiveDate| {
            tz.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap())
                .offset()
                .fix()
        };
        noon(*day) != noon(day.pred_opt().unwrap())
    })
}

#[sqlx::test]
async fn times_are_read_and_shown_in_each_viewers_zone_across_clock_changes(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (hana, _) = app.trainee("Hana", LONDON).await;
    let (nia, _) = app.trainee("Nia", NEW_YORK).await;

    // An ordinary day: 10:00 in London is shown to a New Yorker in their own time.
    let day = day_in(LONDON, 5);
    let url = scheduled(&app, &hana, &day, "10:00", &[]).await;
    let for_hana = room(&app, &hana, &url).await;
    let for_nia = room(&app, &nia, &url).await;
    assert_eq!(
        (for_hana.local_date.as_str(), for_hana.local_time.as_str()),
        (day.as_str(), "10:00")
    );
    assert_eq!(for_hana.zone, LONDON);
    assert_eq!(for_nia.zone, NEW_YORK);
    let tz: Tz = NEW_YORK.parse().unwrap();
    let ny = for_nia.datetime_utc.with_timezone(&tz);
    assert_eq!(for_nia.local_time, ny.format("%H:%M").to_string());
    assert!(
        for_nia.when.ends_with(&ny.format("%H:%M %Z").to_string()),
        "{}",
        for_nia.when
    );
    let slice = board(&app, &nia, &[]).await;
    assert_eq!(slice.zone, NEW_YORK);
    assert_eq!(slice.sessions[0].when, for_nia.when);

    // Clock-change days ahead (the unit tests in server/timezone.rs cover the 2026 ones
    // in full): the skipped hour is refused, the hours either side round-trip.
    let mut checked = 0;
    for (zone, who) in [(LONDON, &hana), (NEW_YORK, &nia)] {
        let Some(change) = next_change(zone) else {
            continue;
        };
        let tz: Tz = zone.parse().unwrap();
        let date = change.format("%Y-%m-%d").to_string();
        let spring = {
            use chrono::{Offset, TimeZone};
            let noon = |d: NaiveDate| {
                tz.from_utc_datetime(&d.and_hms_opt(12, 0, 0).unwrap())
                    .offset()
                    .fix()
                    .local_minus_utc()
            };
            noon(change) > noon(change.pred_opt().unwrap())
        };
        let skipped_or_repeated = if zone == LONDON {
            "01:30"
        } else if spring {
            "02:30"
        } else {
            "01:30"
        };
        let message = if spring {
            "does not exist"
        } else {
            "happens twice"
        };
        expect_error(
            schedule(&app, who, &date, skipped_or_repeated, &[]).await,
            StatusCode::UNPROCESSABLE_ENTITY,
            message,
        )
        .await;
        for time in ["00:00", "06:00", "23:00"] {
            let url = scheduled(&app, who, &date, time, &[("private", "on")]).await;
            let seen = room(&app, who, &url).await;
            assert_eq!(
                (seen.local_date.as_str(), seen.local_time.as_str()),
                (date.as_str(), time),
                "{zone}"
            );
            let at = seen.datetime_utc.with_timezone(&tz);
            assert_eq!(
                at.format("%Y-%m-%d %H:%M").to_string(),
                format!("{date} {time}")
            );
        }
        checked += 1;
    }
    eprintln!("clock-change days checked through the app: {checked}");
}

fn ics_lines(body: &str) -> Vec<String> {
    body.lines().map(|l| l.trim_end().to_string()).collect()
}

async fn calendar(app: &TestApp, who: &Client, url: &str) -> Vec<String> {
    let response = who
        .get(app.url(&format!("/s/{url}/calendar.ics")))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::OK);
    assert_eq!(
        response.headers()[header::CONTENT_TYPE],
        "text/calendar; charset=utf-8"
    );
    ics_lines(&response.text().await.unwrap())
}

fn field(lines: &[String], name: &str) -> String {
    lines
        .iter()
        .find_map(|l| l.strip_prefix(&format!("{name}:")))
        .unwrap_or_else(|| panic!("no {name} in {lines:#?}"))
        .to_string()
}

fn utc_stamp(at: DateTime<Utc>) -> String {
    at.format("%Y%m%dT%H%M%SZ").to_string()
}

#[sqlx::test]
async fn reschedules_and_cancellations_reach_the_guest_and_the_calendar_file(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (hana, _) = app.trainee("Hana", LONDON).await;
    let (gus, _) = app.trainee("Gus", NEW_YORK).await;
    let url = scheduled(
        &app,
        &hana,
        &day_in(LONDON, 4),
        "14:00",
        &[("exam_preset", "PACES")],
    )
    .await;
    let view = room(&app, &hana, &url).await;
    let id = view.id.to_string();
    let _: String = app.ok(&gus, "join_session", &[("room", &id)]).await;

    let first = calendar(&app, &gus, &url).await;
    assert_eq!(field(&first, "UID"), format!("{}@med-practice", view.id));
    assert_eq!(field(&first, "SEQUENCE"), "0");
    assert_eq!(field(&first, "METHOD"), "PUBLISH");
    assert_eq!(field(&first, "DTSTART"), utc_stamp(view.datetime_utc));
    assert_eq!(
        field(&first, "DTEND"),
        utc_stamp(view.datetime_utc + Duration::minutes(60))
    );
    assert!(field(&first, "URL").ends_with(&format!("/s/{url}")));
    assert_eq!(
        field(&first, "SUMMARY"),
        "Med Practice: Clinical session (PACES)"
    );

    // The guest cannot reschedule; the host can, and the guest is told in the app.
    let new_day = day_in(LONDON, 6);
    let (status, _) = app_error(
        app.call(
            &gus,
            "reschedule_session",
            &[("room", &id), ("date", &new_day), ("time", "16:30")],
        )
        .await,
    )
    .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let () = app
        .ok(
            &hana,
            "reschedule_session",
            &[("room", &id), ("date", &new_day), ("time", "16:30")],
        )
        .await;
    let moved = room(&app, &hana, &url).await;
    assert_eq!(
        (moved.local_date.as_str(), moved.local_time.as_str()),
        (new_day.as_str(), "16:30")
    );
    let second = calendar(&app, &gus, &url).await;
    assert_eq!(field(&second, "UID"), field(&first, "UID"));
    assert_eq!(field(&second, "SEQUENCE"), "1");
    assert_eq!(field(&second, "DTSTART"), utc_stamp(moved.datetime_utc));
    let updates = mine(&app, &gus).await.updates;
    assert_eq!(updates.len(), 1);
    assert!(
        updates[0]
            .message
            .starts_with("Hana Tester moved your session from "),
        "{}",
        updates[0].message
    );
    // Worded in Gus's zone.
    assert!(
        updates[0].message.contains("EST") || updates[0].message.contains("EDT"),
        "{}",
        updates[0].message
    );

    // Type and privacy change without touching the calendar's sequence.
    let () = app
        .ok(
            &hana,
            "update_session",
            &[
                ("room", &id),
                ("room_type", "Communication"),
                ("private", "on"),
                ("exam_preset", ""),
            ],
        )
        .await;
    let changed = room(&app, &gus, &url).await;
    assert!(changed.private && changed.exam_preset.is_none());
    assert_eq!(field(&calendar(&app, &gus, &url).await, "SEQUENCE"), "1");

    // Reading an update clears it.
    let update_id = updates[0].id.to_string();
    let () = app.ok(&gus, "dismiss_update", &[("id", &update_id)]).await;
    assert!(mine(&app, &gus).await.updates.is_empty());

    let () = app.ok(&hana, "cancel_session", &[("room", &id)]).await;
    let cancelled = calendar(&app, &gus, &url).await;
    assert_eq!(field(&cancelled, "METHOD"), "CANCEL");
    assert_eq!(field(&cancelled, "STATUS"), "CANCELLED");
    assert_eq!(field(&cancelled, "SEQUENCE"), "2");
    assert!(room(&app, &gus, &url).await.cancelled);
    let updates = mine(&app, &gus).await.updates;
    assert!(
        updates[0].message.contains("was cancelled by the host"),
        "{}",
        updates[0].message
    );
    // The cancelled session stays in the guest's list, marked.
    assert!(mine(&app, &gus).await.upcoming[0].session.cancelled);
}

#[sqlx::test]
async fn guests_leave_and_hosts_remove_them(pool: PgPool) {
    let app = TestApp::spawn(pool).await;
    let (hana, _) = app.trainee("Hana", LONDON).await;
    let (gus, _) = app.trainee("Gus", LONDON).await;
    let url = scheduled(&app, &hana, &day_in(LONDON, 4), "09:00", &[]).await;
    let id = room(&app, &hana, &url).await.id.to_string();
    let _: String = app.ok(&gus, "join_session", &[("room", &id)]).await;
    let () = app.ok(&gus, "leave_session", &[("room", &id)]).await;
    assert!(room(&app, &hana, &url).await.is_open);
    assert!(mine(&app, &hana)
        .await
        .updates
        .iter()
        .any(|u| u.message.starts_with("Your guest left")));
    let _: String = app.ok(&gus, "join_session", &[("room", &id)]).await;
    let () = app.ok(&hana, "remove_guest", &[("room", &id)]).await;
    assert!(mine(&app, &gus)
        .await
        .updates
        .iter()
        .any(|u| u.message.starts_with("The host removed you")));
    // Only the host removes, only the guest leaves.
    expect_error(
        app.call(&gus, "leave_session", &[("room", &id)]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "not the guest",
    )
    .await;
    let (status, _) = app_error(app.call(&gus, "cancel_session", &[("room", &id)]).await).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
}

#[sqlx::test]
async fn the_board_filters_and_pages_through_the_url(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (viewer, _) = app.trainee("Vera", LONDON).await;
    // 110 public sessions by three hosts, an hour apart, set up as server work.
    let mut hosts = Vec::new();
    for (name, level) in [("Ama", "fy1"), ("Ben", "img_plab"), ("Cy", "gp_trainee")] {
        let (_, id) = app.trainee(name, LONDON).await;
        sqlx::query("update public.profiles set training_level = $2 where user_id = $1")
            .bind(id)
            .bind(level)
            .execute(&pool)
            .await
            .unwrap();
        hosts.push(id);
    }
    let start = Utc::now() + Duration::days(1);
    for i in 0..110i64 {
        sqlx::query(
            "insert into public.practice_rooms (host_id, datetime_utc, type) values ($1, $2, $3)",
        )
        .bind(hosts[(i % 3) as usize])
        .bind(start + Duration::hours(i))
        .bind(if i % 5 == 0 {
            "Communication"
        } else {
            "Clinical"
        })
        .execute(&pool)
        .await
        .unwrap();
    }

    let first = board(&app, &viewer, &[]).await;
    assert_eq!((first.total, first.sessions.len()), (110, 50));
    assert!(first.previous.is_none());
    let next = first.next.clone().expect("a second page");
    let second = board(&app, &viewer, &[("after", &next)]).await;
    assert_eq!(second.sessions.len(), 50);
    assert!(first.sessions.last().unwrap().datetime_utc < second.sessions[0].datetime_utc);
    let third = board(&app, &viewer, &[("after", &second.next.clone().unwrap())]).await;
    assert_eq!(third.sessions.len(), 10);
    assert!(third.next.is_none());
    let back = board(
        &app,
        &viewer,
        &[("before", &third.previous.clone().unwrap())],
    )
    .await;
    assert_eq!(back.sessions, second.sessions);
    let back = board(
        &app,
        &viewer,
        &[("before", &back.previous.clone().unwrap())],
    )
    .await;
    assert_eq!(back.sessions, first.sessions);
    assert!(back.previous.is_none());

    let comms = board(&app, &viewer, &[("type", "Communication")]).await;
    assert_eq!(comms.total, 22);
    assert!(comms
        .sessions
        .iter()
        .all(|s| s.room_type.code() == "Communication"));
    let img = board(&app, &viewer, &[("level", "img_plab")]).await;
    assert_eq!(img.total, 37);
    assert!(img.sessions.iter().all(|s| s.host.first_name == "Ben"));
    // A date range in the viewer's zone.
    let tz: Tz = LONDON.parse().unwrap();
    let first_day = first.sessions[0]
        .datetime_utc
        .with_timezone(&tz)
        .date_naive();
    let day = first_day.format("%Y-%m-%d").to_string();
    let on_day = board(&app, &viewer, &[("from", &day), ("to", &day)]).await;
    let expected = (0..110)
        .filter(|i| {
            (start + Duration::hours(*i))
                .with_timezone(&tz)
                .date_naive()
                == first_day
        })
        .count() as i64;
    assert_eq!(on_day.total, expected);
    // Open only: take one seat and it drops out.
    let id = first.sessions[0].id.to_string();
    let _: String = app.ok(&viewer, "join_session", &[("room", &id)]).await;
    let open = board(&app, &viewer, &[("open", "1")]).await;
    assert_eq!(open.total, 109);
    assert!(open.sessions.iter().all(|s| s.is_open));

    // A bad shared link gets a message, not a broken page.
    expect_error(
        app.call(&viewer, "board", &[("query[from]", "tomorrow")])
            .await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "first date",
    )
    .await;
    expect_error(
        app.call(&viewer, "board", &[("query[after]", "x")]).await,
        StatusCode::UNPROCESSABLE_ENTITY,
        "page link",
    )
    .await;
}

#[sqlx::test]
async fn the_board_counts_up_to_a_thousand_then_says_more(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let (viewer, _) = app.trainee("Vera", LONDON).await;
    let (_, host) = app.trainee("Hana", LONDON).await;
    // 1,005 public sessions an hour apart, set up as server work; one private besides.
    sqlx::query(
        "insert into public.practice_rooms (host_id, datetime_utc, type, private)
         select $1, now() + interval '1 day' + i * interval '1 hour', 'Clinical', i = 0
           from generate_series(0, 1005) i",
    )
    .bind(host)
    .execute(&pool)
    .await
    .unwrap();

    let all = board(&app, &viewer, &[]).await;
    assert_eq!(all.total, 1_001, "counted no further than the cap and one");
    assert_eq!(all.sessions.len(), 50);
    let page = viewer.get(app.url("/")).send().await.unwrap();
    let html = page.text().await.unwrap();
    assert!(html.contains("More than 1,000 sessions"), "{html}");
    // Under the cap the count is exact.
    let week = board(
        &app,
        &viewer,
        &[("from", &day_in(LONDON, 2)), ("to", &day_in(LONDON, 8))],
    )
    .await;
    assert!(week.total > 100 && week.total < 1_000, "{}", week.total);
    let html = viewer
        .get(app.url(&format!(
            "/?from={}&to={}",
            day_in(LONDON, 2),
            day_in(LONDON, 8)
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains(&format!("{} sessions", week.total)), "{html}");
}
