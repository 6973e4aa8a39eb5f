//! The data contract, from both sides, exactly as the app acts: every statement runs
//! through the app's access path as `anon` or `authenticated` (never as a superuser,
//! which would bypass row-level security). Each test gets a fresh database.

use crate::common::{user, Bind, World};
use chrono::{Duration, Utc};
use med_practice::error::AppError;
use med_practice::server::db::Actor;
use med_practice::server::rooms;
use serde_json::json;
use sqlx::PgPool;
use uuid::Uuid;

const SEE_ROOM: &str = "select count(*) from public.practice_rooms where id = $1";

fn assert_forbidden(result: Result<u64, AppError>) {
    assert_eq!(result, Err(AppError::Forbidden));
}

fn assert_invalid(result: Result<u64, AppError>, needle: &str) {
    match result {
        Err(AppError::Invalid(m)) | Err(AppError::Conflict(m)) if m.contains(needle) => {}
        other => panic!("expected a message containing {needle:?}, got {other:?}"),
    }
}

// ---------------------------------------------------------------- the access path

#[sqlx::test]
async fn the_access_path_sets_role_and_claim_for_the_transaction_only(pool: PgPool) {
    let w = World::new(pool);
    let amy = w.user("Amy").await;

    let mut tx = w.as_user(amy).await;
    let (role, uid): (String, Option<Uuid>) =
        sqlx::query_as("select current_user::text, auth.uid()")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
    assert_eq!((role.as_str(), uid), ("authenticated", Some(amy)));
    tx.commit().await.unwrap();

    let mut tx = w.anon().await;
    let (role, uid): (String, Option<Uuid>) =
        sqlx::query_as("select current_user::text, auth.uid()")
            .fetch_one(&mut *tx)
            .await
            .unwrap();
    assert_eq!((role.as_str(), uid), ("anon", None));
    drop(tx);

    // Nothing stays on pooled connections once the transactions end.
    for _ in 0..3 {
        let (role, claim): (String, Option<String>) = sqlx::query_as(
            "select current_user::text, current_setting('request.jwt.claim.sub', true)",
        )
        .fetch_one(w.db.owner())
        .await
        .unwrap();
        assert_ne!(role, "authenticated");
        assert_ne!(role, "anon");
        assert!(claim.unwrap_or_default().is_empty());
    }
}

// ---------------------------------------------------------------- profiles

#[sqlx::test]
async fn signed_in_users_read_profiles_and_visitors_only_public_hosts(pool: PgPool) {
    let w = World::new(pool);
    let amy = w.user("Amy").await;
    let ben = w.user("Ben").await;
    let cat = w.user("Cat").await;
    let sql = "select count(*) from public.profiles where user_id = $1";
    assert_eq!(w.count_as(user(ben), sql, amy).await, Ok(1));
    // A visitor sees nobody until they host a public session; a private host, or a
    // guest, stays unseen.
    assert_eq!(w.count_as(Actor::Anon, sql, amy).await, Ok(0));
    let public = w.room(amy, 24, false).await;
    w.room(cat, 48, true).await;
    let join = "update public.practice_rooms set guest_id = $1 where id = $2";
    w.exec_as(user(ben), join, &[Bind::Uuid(ben), Bind::Uuid(public.id)])
        .await
        .unwrap();
    assert_eq!(w.count_as(Actor::Anon, sql, amy).await, Ok(1));
    assert_eq!(w.count_as(Actor::Anon, sql, cat).await, Ok(0));
    assert_eq!(w.count_as(Actor::Anon, sql, ben).await, Ok(0));
}

#[sqlx::test]
async fn visitors_never_read_who_took_a_seat(pool: PgPool) {
    let w = World::new(pool);
    let amy = w.user("Amy").await;
    let ben = w.user("Ben").await;
    let room = w.room(amy, 24, false).await;
    let join = "update public.practice_rooms set guest_id = $1 where id = $2";
    w.exec_as(user(ben), join, &[Bind::Uuid(ben), Bind::Uuid(room.id)])
        .await
        .unwrap();
    // Before migration 17 a visitor read every public room's guest_id, finished ones too.
    let guest = "select 1 from public.practice_rooms where guest_id is not null";
    match w.exec_as(Actor::Anon, guest, &[]).await {
        Err(AppError::Forbidden) => {}
        other => panic!("anon read guest_id: {other:?}"),
    }
    // Whether the seat is taken is what the board shows, and that they may read.
    let taken = "select 1 from public.practice_rooms where id = $1 and has_guest";
    assert_eq!(
        w.exec_as(Actor::Anon, taken, &[Bind::Uuid(room.id)]).await,
        Ok(1)
    );
}

#[sqlx::test]
async fn a_user_inserts_and_updates_only_their_own_profile(pool: PgPool) {
    let w = World::new(pool);
    let amy = w.user("Amy").await;
    let ben_account = w.account("ben@example.test", false).await;

    let insert = "insert into public.profiles (user_id, first_name, last_name, training_level) values ($1, 'X', 'Y', 'fy1')";
    // Amy cannot create Ben's profile; anon cannot create any.
    assert_forbidden(
        w.exec_as(user(amy), insert, &[Bind::Uuid(ben_account)])
            .await,
    );
    assert_forbidden(
        w.exec_as(Actor::Anon, insert, &[Bind::Uuid(ben_account)])
            .await,
    );
    // Ben can.
    assert_eq!(
        w.exec_as(user(ben_account), insert, &[Bind::Uuid(ben_account)])
            .await,
        Ok(1)
    );

    let rename = "update public.profiles set first_name = 'Renamed' where user_id = $1";
    assert_eq!(
        w.exec_as(user(amy), rename, &[Bind::Uuid(ben_account)])
            .await,
        Ok(0)
    );
    assert_eq!(
        w.exec_as(user(amy), rename, &[Bind::Uuid(amy)]).await,
        Ok(1)
    );
    assert_forbidden(w.exec_as(Actor::Anon, rename, &[Bind::Uuid(amy)]).await);
    // Nobody re-points their profile at another account.
    assert_forbidden(
        w.exec_as(
            user(amy),
            "update public.profiles set user_id = $1 where user_id = user_id",
            &[Bind::Uuid(ben_account)],
        )
        .await,
    );
    // Check constraints map to specific messages.
    assert_invalid(
        w.exec_as(
            user(amy),
            "update public.profiles set training_level = 'wizard' where user_id = $1",
            &[Bind::Uuid(amy)],
        )
        .await,
        "training level",
    );
}

// ---------------------------------------------------------------- practice_rooms: visibility

#[sqlx::test]
async fn public_rooms_are_seen_by_all_private_ones_by_host_guest_and_admins(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let stranger = w.user("Sam").await;
    let admin = w.admin("Ada").await;
    let public = w.room(host, 24, false).await;
    let private = w.room(host, 48, true).await;

    for actor in [Actor::Anon, user(stranger), user(host), user(admin)] {
        assert_eq!(
            w.count_as(actor, SEE_ROOM, public.id).await,
            Ok(1),
            "{actor:?}"
        );
    }
    assert_eq!(w.count_as(Actor::Anon, SEE_ROOM, private.id).await, Ok(0));
    assert_eq!(
        w.count_as(user(stranger), SEE_ROOM, private.id).await,
        Ok(0)
    );
    assert_eq!(w.count_as(user(guest), SEE_ROOM, private.id).await, Ok(0));
    assert_eq!(w.count_as(user(host), SEE_ROOM, private.id).await, Ok(1));
    assert_eq!(w.count_as(user(admin), SEE_ROOM, private.id).await, Ok(1));

    // The guest who joined through the link sees it from then on.
    let mut tx = w.as_user(guest).await;
    rooms::join_by_url(&mut tx, &private.room_url)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    assert_eq!(w.count_as(user(guest), SEE_ROOM, private.id).await, Ok(1));
    assert_eq!(
        w.count_as(user(stranger), SEE_ROOM, private.id).await,
        Ok(0)
    );
}

#[sqlx::test]
async fn room_by_url_opens_a_private_room_to_signed_in_link_holders_only(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let stranger = w.user("Sam").await;
    let private = w.room(host, 24, true).await;
    let by_url = "select count(*) from public.room_by_url($1::text) where id is not null";

    let mut tx = w.as_user(stranger).await;
    let (n,): (i64,) = sqlx::query_as(by_url)
        .bind(&private.room_url)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(n, 1);
    let (n,): (i64,) = sqlx::query_as(by_url)
        .bind("not-the-link-of-any-room-at-all")
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(n, 0);
    drop(tx);

    let mut tx = w.anon().await;
    let err = sqlx::query_as::<_, (i64,)>(by_url)
        .bind(&private.room_url)
        .fetch_one(&mut *tx)
        .await
        .unwrap_err();
    assert_eq!(AppError::from(err), AppError::Forbidden);

    // Links are long and random: 144 bits, URL-safe.
    assert_eq!(private.room_url.len(), 24);
    assert!(private
        .room_url
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
}

// ---------------------------------------------------------------- practice_rooms: insert, delete

#[sqlx::test]
async fn rooms_are_created_and_deleted_only_by_their_host(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let other = w.user("Olu").await;
    let at = Utc::now() + Duration::days(2);
    let insert = "insert into public.practice_rooms (host_id, datetime_utc) values ($1, $2)";

    assert_forbidden(
        w.exec_as(user(other), insert, &[Bind::Uuid(host), Bind::Time(at)])
            .await,
    );
    assert_forbidden(
        w.exec_as(Actor::Anon, insert, &[Bind::Uuid(host), Bind::Time(at)])
            .await,
    );
    // Links, guests and stages are not the client's to choose at creation.
    assert_forbidden(
        w.exec_as(
            user(host),
            "insert into public.practice_rooms (host_id, datetime_utc, room_url) values ($1, $2, 'guessable-link-000000000')",
            &[Bind::Uuid(host), Bind::Time(at)],
        )
        .await,
    );
    assert_forbidden(
        w.exec_as(
            user(host),
            "insert into public.practice_rooms (host_id, datetime_utc, guest_id) values ($1, $2, $1)",
            &[Bind::Uuid(host), Bind::Time(at)],
        )
        .await,
    );
    // The schedule's bounds.
    assert_invalid(
        w.exec_as(
            user(host),
            insert,
            &[
                Bind::Uuid(host),
                Bind::Time(Utc::now() - Duration::hours(1)),
            ],
        )
        .await,
        "future",
    );
    assert_invalid(
        w.exec_as(
            user(host),
            insert,
            &[
                Bind::Uuid(host),
                Bind::Time(Utc::now() + Duration::days(200)),
            ],
        )
        .await,
        "6 months",
    );
    assert_eq!(
        w.exec_as(user(host), insert, &[Bind::Uuid(host), Bind::Time(at)])
            .await,
        Ok(1)
    );

    let room = w.room(host, 30, false).await;
    let delete = "delete from public.practice_rooms where id = $1";
    assert_eq!(
        w.exec_as(user(other), delete, &[Bind::Uuid(room.id)]).await,
        Ok(0)
    );
    assert_forbidden(w.exec_as(Actor::Anon, delete, &[Bind::Uuid(room.id)]).await);
    assert_eq!(
        w.exec_as(user(host), delete, &[Bind::Uuid(room.id)]).await,
        Ok(1)
    );
}

// ---------------------------------------------------------------- practice_rooms: the guest seat

#[sqlx::test]
async fn a_guest_joins_a_public_room_and_leaves_it(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let room = w.room(host, 24, false).await;

    let join = "update public.practice_rooms set guest_id = $1 where id = $2";
    assert_eq!(
        w.exec_as(user(guest), join, &[Bind::Uuid(guest), Bind::Uuid(room.id)])
            .await,
        Ok(1)
    );
    let leave = "update public.practice_rooms set guest_id = null where id = $1";
    assert_eq!(
        w.exec_as(user(guest), leave, &[Bind::Uuid(room.id)]).await,
        Ok(1)
    );
    let (g,): (Option<Uuid>,) =
        sqlx::query_as("select guest_id from public.practice_rooms where id = $1")
            .bind(room.id)
            .fetch_one(w.db.owner())
            .await
            .unwrap();
    assert_eq!(g, None);
}

#[sqlx::test]
async fn a_guest_or_stranger_changes_nothing_but_the_seat(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let stranger = w.user("Sam").await;
    let room = w.room(host, 24, false).await;
    let open = w.room(host, 48, false).await;
    let mut tx = w.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();

    for sql in [
        "update public.practice_rooms set type = 'Communication' where id = $1",
        "update public.practice_rooms set private = true where id = $1",
        "update public.practice_rooms set stage = 2 where id = $1",
        "update public.practice_rooms set datetime_utc = datetime_utc + interval '1 hour' where id = $1",
    ] {
        assert_forbidden(w.exec_as(user(guest), sql, &[Bind::Uuid(room.id)]).await);
        // A stranger may touch an open public room's seat, and nothing else of it.
        assert_forbidden(w.exec_as(user(stranger), sql, &[Bind::Uuid(open.id)]).await);
        // A room whose seat someone else holds is out of a stranger's reach entirely
        // (and the stage is no client's to write at all).
        let reach = w.exec_as(user(stranger), sql, &[Bind::Uuid(room.id)]).await;
        assert!(matches!(reach, Ok(0) | Err(AppError::Forbidden)), "{sql}: {reach:?}");
    }
    // Nor does a guest hand the seat to someone else, or a stranger take a held seat.
    assert_forbidden(
        w.exec_as(
            user(guest),
            "update public.practice_rooms set guest_id = $1 where id = $2",
            &[Bind::Uuid(stranger), Bind::Uuid(room.id)],
        )
        .await,
    );
    assert_eq!(
        w.exec_as(
            user(stranger),
            "update public.practice_rooms set guest_id = $1 where id = $2",
            &[Bind::Uuid(stranger), Bind::Uuid(room.id)]
        )
        .await,
        Ok(0)
    );
    // Seat-taking for someone else in an open room is refused too.
    assert_forbidden(
        w.exec_as(
            user(stranger),
            "update public.practice_rooms set guest_id = $1 where id = $2",
            &[Bind::Uuid(guest), Bind::Uuid(open.id)],
        )
        .await,
    );
}

#[sqlx::test]
async fn a_host_removes_a_guest_but_never_chooses_one(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let friend = w.user("Fay").await;
    let room = w.room(host, 24, false).await;

    let choose = "update public.practice_rooms set guest_id = $1 where id = $2";
    assert_invalid(
        w.exec_as(
            user(host),
            choose,
            &[Bind::Uuid(friend), Bind::Uuid(room.id)],
        )
        .await,
        "cannot choose",
    );
    let mut tx = w.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();
    assert_invalid(
        w.exec_as(
            user(host),
            choose,
            &[Bind::Uuid(friend), Bind::Uuid(room.id)],
        )
        .await,
        "cannot choose",
    );
    assert_eq!(
        w.exec_as(
            user(host),
            "update public.practice_rooms set guest_id = null where id = $1",
            &[Bind::Uuid(room.id)]
        )
        .await,
        Ok(1)
    );
}

#[sqlx::test]
async fn nobody_moves_a_rooms_host_or_link_not_even_the_server(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let other = w.user("Olu").await;
    let room = w.room(host, 24, false).await;

    assert_forbidden(
        w.exec_as(
            user(host),
            "update public.practice_rooms set host_id = $1 where id = $2",
            &[Bind::Uuid(other), Bind::Uuid(room.id)],
        )
        .await,
    );
    assert_forbidden(
        w.exec_as(
            user(host),
            "update public.practice_rooms set room_url = 'a-new-link-0000000000000' where id = $1",
            &[Bind::Uuid(room.id)],
        )
        .await,
    );
    // Beyond the column grants, the trigger holds for the owner too.
    for sql in [
        "update public.practice_rooms set host_id = (select user_id from public.profiles where user_id <> host_id limit 1) where id = $1",
        "update public.practice_rooms set room_url = 'a-new-link-0000000000000' where id = $1",
    ] {
        let err = sqlx::query(sql).bind(room.id).execute(w.db.owner()).await.unwrap_err();
        let constraint = err.as_database_error().and_then(|e| e.constraint()).map(str::to_owned);
        assert!(constraint.is_some_and(|c| c.ends_with("_immutable")), "{err}");
    }
}

#[sqlx::test]
async fn nobody_joins_a_started_finished_past_or_own_room(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let join = |room: Uuid| {
        let w = &w;
        async move {
            let mut tx = w.as_user(guest).await;
            let result = rooms::join(&mut tx, room).await;
            tx.commit().await.unwrap();
            result
        }
    };

    let started = w.room(host, 24, false).await;
    w.owner_exec(
        "update public.practice_rooms set stage = 2 where id = $1",
        started.id,
    )
    .await;
    assert_eq!(
        join(started.id).await,
        Err(AppError::conflict("This session has already started."))
    );

    let finished = w.room(host, 30, false).await;
    w.owner_exec(
        "update public.practice_rooms set stage = 3 where id = $1",
        finished.id,
    )
    .await;
    assert_eq!(
        join(finished.id).await,
        Err(AppError::conflict("This session has already started."))
    );

    let past = w.room(host, 40, false).await;
    w.owner_exec(
        "update public.practice_rooms set datetime_utc = now() - interval '2 hours' where id = $1",
        past.id,
    )
    .await;
    assert_eq!(
        join(past.id).await,
        Err(AppError::invalid("This session is in the past."))
    );

    let own = w.room(host, 50, false).await;
    let mut tx = w.as_user(host).await;
    let result = rooms::join(&mut tx, own.id).await;
    assert_eq!(
        result,
        Err(AppError::invalid(
            "You cannot join a session you are hosting."
        ))
    );
    drop(tx);

    // The same rules hold through the link function.
    let mut tx = w.as_user(guest).await;
    let err = rooms::join_by_url(&mut tx, &past.room_url)
        .await
        .unwrap_err();
    assert_eq!(err, AppError::invalid("This session is in the past."));
    drop(tx);
    let mut tx = w.as_user(host).await;
    let err = rooms::join_by_url(&mut tx, &own.room_url)
        .await
        .unwrap_err();
    assert_eq!(
        err,
        AppError::invalid("You cannot join a session you are hosting.")
    );
}

#[sqlx::test]
async fn joining_a_private_room_takes_its_link(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let late = w.user("Lou").await;
    let room = w.room(host, 24, true).await;

    // Without the link the room is out of reach, even by id.
    let mut tx = w.as_user(guest).await;
    assert_eq!(rooms::join(&mut tx, room.id).await, Err(AppError::NotFound));
    drop(tx);

    let mut tx = w.as_user(guest).await;
    assert_eq!(
        rooms::join_by_url(&mut tx, &room.room_url).await,
        Ok(room.id)
    );
    tx.commit().await.unwrap();
    // Joining again is harmless; someone else finds the seat taken.
    let mut tx = w.as_user(guest).await;
    assert_eq!(
        rooms::join_by_url(&mut tx, &room.room_url).await,
        Ok(room.id)
    );
    drop(tx);
    let mut tx = w.as_user(late).await;
    let err = rooms::join_by_url(&mut tx, &room.room_url)
        .await
        .unwrap_err();
    assert!(
        matches!(err, AppError::Conflict(ref m) if m.contains("already taken")),
        "{err:?}"
    );
    drop(tx);
    let mut tx = w.as_user(late).await;
    assert_eq!(
        rooms::join_by_url(&mut tx, "no-such-link").await,
        Err(AppError::NotFound)
    );
}

#[sqlx::test]
async fn only_the_host_moves_the_stage_and_only_forward(pool: PgPool) {
    let w = World::new(pool);
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let room = w.room(host, 24, false).await;
    let mut tx = w.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();

    // Nobody writes the stage directly: not the guest, not even the host.
    let set_stage = "update public.practice_rooms set stage = $1 where id = $2";
    for who in [guest, host] {
        assert_forbidden(
            w.exec_as(user(who), set_stage, &[Bind::Int(2), Bind::Uuid(room.id)])
                .await,
        );
    }
    // Through advance_stage(): the host only, and only once the round has ended.
    let advance = "select public.advance_stage($1)";
    assert_forbidden(
        w.exec_as(user(guest), advance, &[Bind::Uuid(room.id)])
            .await,
    );
    assert_invalid(
        w.exec_as(user(host), advance, &[Bind::Uuid(room.id)]).await,
        "End the current round first",
    );
    // Even the server's own work never goes back.
    w.owner_exec(
        "update public.practice_rooms set stage = 2 where id = $1",
        room.id,
    )
    .await;
    let back = sqlx::query("update public.practice_rooms set stage = 1 where id = $1")
        .bind(room.id)
        .execute(w.db.owner())
        .await;
    assert!(back.is_err());
}

// ---------------------------------------------------------------- practice_rounds

struct Stage {
    host: Uuid,
    guest: Uuid,
    stranger: Uuid,
    admin: Uuid,
    room: Uuid,
    round: Uuid,
    case: Uuid,
}

/// A room with a guest, a case written by an admin, and round 1 (guest as candidate)
/// set up by the host.
async fn staged_round(w: &World) -> Stage {
    let host = w.user("Hana").await;
    let guest = w.user("Gus").await;
    let stranger = w.user("Sam").await;
    let admin = w.admin("Ada").await;
    let room = w.room(host, 24, false).await;
    let mut tx = w.as_user(guest).await;
    rooms::join(&mut tx, room.id).await.unwrap();
    tx.commit().await.unwrap();

    let mut tx = w.as_user(admin).await;
    let (case,): (Uuid,) = sqlx::query_as(
        "insert into public.case_briefs (category, condition, case_name, case_name_internal, domain, candidate_brief, actor_brief)
         values ('Cardiology', 'Angina', 'Chest pain on exertion', 'CARD-T1', 'Clinical',
                 'Take a history from Mr Brown.', 'You are Mr Brown. Only if asked: the pain comes on climbing stairs.')
         returning id",
    )
    .fetch_one(&mut *tx)
    .await
    .unwrap();
    tx.commit().await.unwrap();

    // Rounds come only from start_round(), run by the host.
    let mut tx = w.as_user(host).await;
    let round: Uuid = sqlx::query_scalar("select public.start_round($1, $2, $3)")
        .bind(room.id)
        .bind(guest)
        .bind(case)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    Stage {
        host,
        guest,
        stranger,
        admin,
        room: room.id,
        round,
        case,
    }
}

#[sqlx::test]
async fn rounds_are_seen_by_participants_only(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    let see = "select count(*) from public.practice_rounds where id = $1";
    assert_eq!(w.count_as(user(s.host), see, s.round).await, Ok(1));
    assert_eq!(w.count_as(user(s.guest), see, s.round).await, Ok(1));
    assert_eq!(w.count_as(user(s.admin), see, s.round).await, Ok(1));
    assert_eq!(w.count_as(user(s.stranger), see, s.round).await, Ok(0));
    assert_eq!(
        w.count_as(Actor::Anon, see, s.round).await,
        Err(AppError::Forbidden)
    );
}

#[sqlx::test]
async fn a_rounds_people_are_its_recorded_candidate_and_partner(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    let add = "select 1 from public.add_transcript_line($1, $2)";
    w.exec_as(
        user(s.guest),
        add,
        &[Bind::Uuid(s.round), Bind::Text("Hello")],
    )
    .await
    .unwrap();
    // Even if the room's seat changed hands (server work could; nobody else can once a
    // round has started), the round stays with the people it was run by.
    w.owner_exec(
        &format!(
            "update public.practice_rooms set guest_id = '{}' where id = $1",
            s.stranger
        ),
        s.room,
    )
    .await;
    let see = "select count(*) from public.practice_rounds where id = $1";
    let lines = "select count(*) from public.transcript_lines where round_id = $1";
    let brief = "select count(*) from public.round_brief($1)";
    for sql in [see, lines, brief] {
        assert_eq!(
            w.count_as(user(s.stranger), sql, s.round).await,
            Ok(0),
            "{sql}"
        );
        assert_eq!(
            w.count_as(user(s.guest), sql, s.round).await,
            Ok(1),
            "{sql}"
        );
    }
    assert_eq!(
        w.exec_as(
            user(s.stranger),
            add,
            &[Bind::Uuid(s.round), Bind::Text("Hi")]
        )
        .await,
        Err(AppError::NotFound)
    );
}

#[sqlx::test]
async fn a_candidate_never_reaches_their_own_hidden_brief_with_a_second_account(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    // Gus is the candidate of a running round on the case. His second account hosts a
    // private session, Gus joins it, and the second account tries to run the same case
    // with Gus as candidate so that it, as partner, reads the actor brief. Before
    // migration 17 this returned the actor brief and mark scheme.
    let second = w.user("Gus two").await;
    let room = w.room(second, 30, true).await;
    let mut tx = w.as_user(s.guest).await;
    rooms::join_by_url(&mut tx, &room.room_url).await.unwrap();
    tx.commit().await.unwrap();
    let start = "select 1 from public.start_round($1, $2, $3)";
    assert_invalid(
        w.exec_as(
            user(second),
            start,
            &[Bind::Uuid(room.id), Bind::Uuid(s.guest), Bind::Uuid(s.case)],
        )
        .await,
        "cannot be used for this round",
    );
    // Nor as the second account's candidate round, nor in the choices, nor by the pick.
    let choices = "select count(*) from public.round_case_choices($1) where id = $2";
    let mut tx = w.as_user(second).await;
    let (listed,): (i64,) = sqlx::query_as(choices)
        .bind(room.id)
        .bind(s.case)
        .fetch_one(&mut *tx)
        .await
        .unwrap();
    assert_eq!(listed, 0);
    drop(tx);
    w.owner_exec(
        "update public.case_briefs set archived_at = now() where id <> $1 and domain = 'Clinical'",
        s.case,
    )
    .await;
    assert_invalid(
        w.exec_as(
            user(second),
            "select 1 from public.start_round($1, $2, null)",
            &[Bind::Uuid(room.id), Bind::Uuid(s.guest)],
        )
        .await,
        "no active case",
    );
    // Once Gus's round has ended (he reads the brief then anyway), the case is free.
    w.exec_as(
        user(s.host),
        "update public.practice_rounds set ended_at = now() where id = $1",
        &[Bind::Uuid(s.round)],
    )
    .await
    .unwrap();
    assert_eq!(
        w.exec_as(
            user(second),
            start,
            &[Bind::Uuid(room.id), Bind::Uuid(s.guest), Bind::Uuid(s.case)],
        )
        .await,
        Ok(1)
    );
}

#[sqlx::test]
async fn daily_quotas_slow_a_scrape_of_the_library(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    // Twenty rounds started in the last day by this host (round 1 above and 19 more,
    // staged as the server's work in finished sessions).
    for i in 0..19 {
        w.owner_exec(
            &format!(
                "with r as (insert into public.practice_rooms (host_id, guest_id, datetime_utc, stage, created_at)
                            values ('{host}', '{guest}', now() - interval '{h} hours', 3,
                                    now() - interval '2 days')
                            returning id)
                 insert into public.practice_rounds (room_id, round_number, candidate_id, started_at, ended_at)
                 select r.id, 1, '{guest}', now() - interval '1 hour', now() from r where $1 is not null",
                host = s.host,
                guest = s.guest,
                h = 2 * i + 2
            ),
            s.room,
        )
        .await;
    }
    let fresh = w.room(s.host, 40, false).await;
    w.exec_as(
        user(s.guest),
        "update public.practice_rooms set guest_id = $1 where id = $2",
        &[Bind::Uuid(s.guest), Bind::Uuid(fresh.id)],
    )
    .await
    .unwrap();
    match w
        .exec_as(
            user(s.host),
            "select 1 from public.start_round($1, null, null)",
            &[Bind::Uuid(fresh.id)],
        )
        .await
    {
        Err(AppError::RateLimited(m)) => assert!(m.contains("20 rounds"), "{m}"),
        other => panic!("expected the round quota, got {other:?}"),
    }

    // Twenty sessions created in a day: the twenty-first is refused.
    let amy = w.user("Amy").await;
    for hours in 0..20 {
        let mut tx = w.as_user(amy).await;
        sqlx::query("insert into public.practice_rooms (host_id, datetime_utc) values ($1, now() + make_interval(hours => $2))")
            .bind(amy)
            .bind(100 + 2 * hours)
            .execute(&mut *tx)
            .await
            .unwrap();
        tx.commit().await.unwrap();
    }
    // Deleting them (they have no rounds) gives nothing back.
    let mut tx = w.as_user(amy).await;
    let deleted = sqlx::query("delete from public.practice_rooms where host_id = $1")
        .bind(amy)
        .execute(&mut *tx)
        .await
        .unwrap()
        .rows_affected();
    tx.commit().await.unwrap();
    assert_eq!(deleted, 20);
    let mut tx = w.as_user(amy).await;
    let refused: Result<_, AppError> = sqlx::query(
        "insert into public.practice_rooms (host_id, datetime_utc) values ($1, now() + interval '300 hours')",
    )
    .bind(amy)
    .execute(&mut *tx)
    .await
    .map_err(AppError::from);
    match refused {
        Err(AppError::RateLimited(m)) => assert!(m.contains("20 sessions"), "{m}"),
        other => panic!("expected the session quota, got {other:?}"),
    }
}

#[sqlx::test]
async fn transcript_lines_are_rate_limited_and_a_round_has_a_size_cap(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    let add = "select 1 from public.add_transcript_line($1, $2)";
    for i in 0..60 {
        let text = format!("Line {i}");
        w.exec_as(
            user(s.guest),
            add,
            &[Bind::Uuid(s.round), Bind::Text(&text)],
        )
        .await
        .unwrap();
    }
    match w
        .exec_as(
            user(s.guest),
            add,
            &[Bind::Uuid(s.round), Bind::Text("One more")],
        )
        .await
    {
        Err(AppError::RateLimited(m)) => assert!(m.contains("60 lines in a minute"), "{m}"),
        other => panic!("expected the line rate, got {other:?}"),
    }
    // The partner has a rate of their own.
    w.exec_as(
        user(s.host),
        add,
        &[Bind::Uuid(s.round), Bind::Text("Go on")],
    )
    .await
    .unwrap();
    // The size the round keeps matches its rows.
    let (lines, chars): (i32, i32) =
        sqlx::query_as("select line_count, char_count from public.practice_rounds where id = $1")
            .bind(s.round)
            .fetch_one(w.db.owner())
            .await
            .unwrap();
    let (rows, row_chars): (i64, i64) = sqlx::query_as(
        "select count(*), sum(char_length(text)) from public.transcript_lines where round_id = $1",
    )
    .bind(s.round)
    .fetch_one(w.db.owner())
    .await
    .unwrap();
    assert_eq!((lines as i64, chars as i64), (rows, row_chars));
    // Near the character cap, a line that would pass it is refused.
    w.owner_exec(
        "update public.practice_rounds set char_count = 99990 where id = $1",
        s.round,
    )
    .await;
    assert_invalid(
        w.exec_as(
            user(s.host),
            add,
            &[Bind::Uuid(s.round), Bind::Text("This line is over the cap")],
        )
        .await,
        "transcript is full",
    );
}

#[sqlx::test]
async fn only_the_host_sets_up_rounds_with_a_participant_as_candidate(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    // Nobody writes rounds directly, the host included: they come from start_round().
    let insert = "insert into public.practice_rounds (room_id, round_number, candidate_id) values ($1, 2, $2)";
    for who in [s.guest, s.stranger, s.host] {
        assert_forbidden(
            w.exec_as(user(who), insert, &[Bind::Uuid(s.room), Bind::Uuid(s.host)])
                .await,
        );
        assert_forbidden(
            w.exec_as(
                user(who),
                "update public.practice_rounds set candidate_id = $1 where id = $2",
                &[Bind::Uuid(s.stranger), Bind::Uuid(s.round)],
            )
            .await,
        );
    }
    // Through start_round(): only the host, with a participant as candidate (on a
    // fresh session, so no other rule answers first).
    let start = "select public.start_round($1, $2, null)";
    let fresh = w.room(s.host, 72, false).await;
    let mut tx = w.as_user(s.guest).await;
    rooms::join(&mut tx, fresh.id).await.unwrap();
    tx.commit().await.unwrap();
    assert_forbidden(
        w.exec_as(
            user(s.guest),
            start,
            &[Bind::Uuid(fresh.id), Bind::Uuid(s.host)],
        )
        .await,
    );
    assert_invalid(
        w.exec_as(
            user(s.host),
            start,
            &[Bind::Uuid(fresh.id), Bind::Uuid(s.stranger)],
        )
        .await,
        "host or the guest",
    );
    // Round 1 starts once.
    assert_invalid(
        w.exec_as(
            user(s.host),
            start,
            &[Bind::Uuid(s.room), Bind::Uuid(s.host)],
        )
        .await,
        "already started",
    );
    let (rounds,): (i64,) =
        sqlx::query_as("select count(*) from public.practice_rounds where room_id in ($1, $2)")
            .bind(s.room)
            .bind(fresh.id)
            .fetch_one(w.db.owner())
            .await
            .unwrap();
    assert_eq!(rounds, 1);
}

#[sqlx::test]
async fn no_participant_writes_an_assessment_only_the_server_does(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    let write = "update public.practice_rounds set assessment = $1 where id = $2";
    let doc = json!({"schema": "assessment/1", "global": "Good"});
    for who in [s.host, s.guest] {
        assert_forbidden(
            w.exec_as(
                user(who),
                write,
                &[Bind::Json(doc.clone()), Bind::Uuid(s.round)],
            )
            .await,
        );
    }
    sqlx::query(write)
        .bind(doc)
        .bind(s.round)
        .execute(w.db.owner())
        .await
        .expect("the assessor (owner) writes the assessment");
    // A document without the schema tag is refused whoever writes it.
    let err = sqlx::query(write)
        .bind(json!({"global": "Good"}))
        .bind(s.round)
        .execute(w.db.owner())
        .await
        .unwrap_err();
    assert!(
        err.to_string().contains("practice_rounds_assessment_shape"),
        "{err}"
    );
}

#[sqlx::test]
async fn transcript_lines_come_from_participants_while_the_round_runs(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    let add = "select 1 from public.add_transcript_line($1, $2)";
    fn say(text: &str) -> Bind<'_> {
        Bind::Text(text)
    }

    // start_round() started the round; nobody sets a round's start by hand.
    let start = "update public.practice_rounds set started_at = now() where id = $1";
    for who in [s.guest, s.host] {
        assert_forbidden(w.exec_as(user(who), start, &[Bind::Uuid(s.round)]).await);
    }

    // Each participant adds their own lines; the database stamps role and time.
    assert_eq!(
        w.exec_as(
            user(s.guest),
            add,
            &[Bind::Uuid(s.round), say("Hello, I'm one of the doctors")]
        )
        .await,
        Ok(1)
    );
    assert_eq!(
        w.exec_as(
            user(s.host),
            add,
            &[Bind::Uuid(s.round), say("Hello doctor")]
        )
        .await,
        Ok(1)
    );
    let (roles,): (serde_json::Value,) = sqlx::query_as(
        "select jsonb_path_query_array(public.round_transcript(id), '$.lines[*].role')
           from public.practice_rounds where id = $1",
    )
    .bind(s.round)
    .fetch_one(w.db.owner())
    .await
    .unwrap();
    assert_eq!(roles, json!(["candidate", "actor"]));
    // A stranger hears "not found"; blank lines are refused.
    assert_eq!(
        w.exec_as(user(s.stranger), add, &[Bind::Uuid(s.round), say("Hi")])
            .await,
        Err(AppError::NotFound)
    );
    assert_invalid(
        w.exec_as(user(s.guest), add, &[Bind::Uuid(s.round), say("   ")])
            .await,
        "1 to 2000",
    );
    // One line is one line: a line break could fake a speaker's prefix.
    assert_invalid(
        w.exec_as(
            user(s.host),
            add,
            &[
                Bind::Uuid(s.round),
                say("fine\n[3] 00:10 Candidate: I will prescribe"),
            ],
        )
        .await,
        "one line of speech",
    );
    // Nobody writes the lines directly: no rewriting, no forged lines.
    for (who, sql) in [
        (
            s.host,
            "insert into public.transcript_lines (round_id, n, role, user_id, at_ms, text)
             values ($1, 9, 'candidate', $2, 1, 'Words in my mouth')",
        ),
        (
            s.guest,
            "update public.transcript_lines set text = 'I said something else' where round_id = $1 and $2 = $2",
        ),
        (
            s.host,
            "delete from public.transcript_lines where round_id = $1 and user_id = $2",
        ),
    ] {
        assert_forbidden(
            w.exec_as(user(who), sql, &[Bind::Uuid(s.round), Bind::Uuid(s.guest)])
                .await,
        );
    }
    // The round's people read its lines; a stranger reads none.
    let read = "select 1 from public.transcript_lines where round_id = $1";
    assert_eq!(
        w.exec_as(user(s.guest), read, &[Bind::Uuid(s.round)]).await,
        Ok(2)
    );
    assert_eq!(
        w.exec_as(user(s.stranger), read, &[Bind::Uuid(s.round)])
            .await,
        Ok(0)
    );

    assert_eq!(
        w.exec_as(
            user(s.host),
            "update public.practice_rounds set ended_at = now() where id = $1",
            &[Bind::Uuid(s.round)]
        )
        .await,
        Ok(1)
    );
    assert_invalid(
        w.exec_as(
            user(s.guest),
            add,
            &[Bind::Uuid(s.round), say("One more thing")],
        )
        .await,
        "only while the round is running",
    );
}

#[sqlx::test]
async fn case_briefs_belong_to_admins(pool: PgPool) {
    let w = World::new(pool);
    let s = staged_round(&w).await;
    let see = "select count(*) from public.case_briefs where id = $1";
    assert_eq!(w.count_as(user(s.admin), see, s.case).await, Ok(1));
    assert_eq!(w.count_as(user(s.host), see, s.case).await, Ok(0));
    assert_eq!(w.count_as(user(s.guest), see, s.case).await, Ok(0));
    assert_eq!(
        w.count_as(Actor::Anon, see, s.case).await,
        Err(AppError::Forbidden)
    );

    let edit = "update public.case_briefs set actor_brief = 'changed' where id = $1";
    assert_eq!(
        w.exec_as(user(s.host), edit, &[Bind::Uuid(s.case)]).await,
        Ok(0)
    );
    assert_eq!(
        w.exec_as(user(s.admin), edit, &[Bind::Uuid(s.case)]).await,
        Ok(1)
    );
    let insert = "insert into public.case_briefs (category, condition, case_name, case_name_internal, domain, candidate_brief, actor_brief)
                  values ('c', 'c', 'n', 'i', 'Clinical', 'cb', $1)";
    assert_forbidden(w.exec_as(user(s.host), insert, &[Bind::Text("ab")]).await);
    assert_eq!(
        w.exec_as(user(s.admin), insert, &[Bind::Text("ab")]).await,
        Ok(1)
    );
    let delete = "delete from public.case_briefs where id = $1";
    assert_eq!(
        w.exec_as(user(s.host), delete, &[Bind::Uuid(s.case)]).await,
        Ok(0)
    );
}

#[derive(sqlx::FromRow, Debug)]
struct Brief {
    viewer_is_candidate: bool,
    revealed: bool,
    candidate_brief: Option<String>,
    actor_brief: Option<String>,
    case_name: Option<String>,
    condition: Option<String>,
}

async fn brief_for(w: &World, who: Uuid, round: Uuid) -> Option<Brief> {
    let mut tx = w.as_user(who).await;
    sqlx::query_as("select * from public.round_brief($1)")
        .bind(round)
        .fetch_optional(&mut *tx)
        .await
        .unwrap()
}

#[sqlx::test]
async fn round_brief_keeps_the_actor_brief_from_the_candidate_until_the_round_ends(pool: PgPool) {
    let w = World::new(pool);
    // start_round() has started the round.
    let s = staged_round(&w).await;

    // The guest is the candidate: the candidate brief only.
    let b = brief_for(&w, s.guest, s.round)
        .await
        .expect("candidate gets a brief");
    assert!(b.viewer_is_candidate && !b.revealed);
    assert_eq!(
        b.candidate_brief.as_deref(),
        Some("Take a history from Mr Brown.")
    );
    assert_eq!(
        (b.actor_brief, b.case_name, b.condition),
        (None, None, None)
    );

    // The partner sees everything at once.
    let b = brief_for(&w, s.host, s.round)
        .await
        .expect("partner gets a brief");
    assert!(!b.viewer_is_candidate && b.revealed);
    assert!(b.actor_brief.unwrap().starts_with("You are Mr Brown."));
    assert_eq!(b.case_name.as_deref(), Some("Chest pain on exertion"));

    // Others get nothing, and the candidate cannot read the table directly.
    assert!(brief_for(&w, s.stranger, s.round).await.is_none());
    assert_eq!(
        w.count_as(
            user(s.guest),
            "select count(*) from public.case_briefs where id = $1",
            s.case
        )
        .await,
        Ok(0)
    );

    w.exec_as(
        user(s.host),
        "update public.practice_rounds set ended_at = now() where id = $1",
        &[Bind::Uuid(s.round)],
    )
    .await
    .unwrap();
    let b = brief_for(&w, s.guest, s.round).await.unwrap();
    assert!(b.revealed);
    assert_eq!(b.condition.as_deref(), Some("Angina"));
    assert!(b.actor_brief.is_some());
}

// ---------------------------------------------------------------- the catalog

#[sqlx::test]
async fn the_catalog_holds_the_security_model(pool: PgPool) {
    // Tables in public: RLS enabled and forced, or granted to neither role.
    let unguarded: Vec<(String,)> = sqlx::query_as(
        "select c.relname::text
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind in ('r', 'p')
            and not (c.relrowsecurity and c.relforcerowsecurity)
            and (has_table_privilege('anon', c.oid, 'select,insert,update,delete')
                 or has_table_privilege('authenticated', c.oid, 'select,insert,update,delete'))",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        unguarded.is_empty(),
        "tables open to clients without forced RLS: {unguarded:?}"
    );

    let forced: Vec<(String,)> = sqlx::query_as(
        "select c.relname::text from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity and c.relforcerowsecurity
          order by 1",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    let forced: Vec<String> = forced.into_iter().map(|(n,)| n).collect();
    assert_eq!(
        forced,
        [
            "assessment_jobs",
            "attendance_reports",
            "case_briefs",
            "notifications",
            "partner_requests",
            "practice_room_removals",
            "practice_rooms",
            "practice_rounds",
            "profiles",
            "room_confirmations",
            "room_creations",
            "round_marks",
            "round_misses",
            "standby",
            "standby_offers",
            "transcript_lines"
        ]
    );

    // The client roles own nothing, cannot log in and never bypass RLS.
    for role in ["anon", "authenticated"] {
        let (bypass, login, superuser): (bool, bool, bool) = sqlx::query_as(
            "select rolbypassrls, rolcanlogin, rolsuper from pg_roles where rolname = $1",
        )
        .bind(role)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert!(!bypass && !login && !superuser, "{role}");
        let (owned,): (i64,) = sqlx::query_as(
            "select (select count(*) from pg_class where relowner = r.oid)
                  + (select count(*) from pg_proc where proowner = r.oid)
                  + (select count(*) from pg_namespace where nspowner = r.oid)
               from pg_roles r where r.rolname = $1",
        )
        .bind(role)
        .fetch_one(&pool)
        .await
        .unwrap();
        assert_eq!(owned, 0, "{role} owns objects");
    }

    // Every SECURITY DEFINER function pins its search_path.
    let unpinned: Vec<(String,)> = sqlx::query_as(
        "select p.oid::regprocedure::text from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where p.prosecdef and n.nspname not in ('pg_catalog', 'information_schema')
            and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        unpinned.is_empty(),
        "SECURITY DEFINER without a pinned search_path: {unpinned:?}"
    );
    let (definers,): (i64,) = sqlx::query_as(
        "select count(*) from pg_proc p join pg_namespace n on n.oid = p.pronamespace where p.prosecdef and n.nspname = 'public'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert!(
        definers >= 5,
        "is_admin, room_by_url, join_room_by_url, round_brief and my_account are SECURITY DEFINER"
    );
    // my_account() is for signed-in users, and names only their own account.
    let (anon_may,): (bool,) =
        sqlx::query_as("select has_function_privilege('anon', 'public.my_account()', 'execute')")
            .fetch_one(&pool)
            .await
            .unwrap();
    assert!(!anon_may, "anon may read an account through my_account()");

    // Policies call (select auth.uid()), never a bare auth.uid() per row.
    let bare: Vec<(String,)> = sqlx::query_as(
        "select policyname::text from pg_policies
          where schemaname = 'public'
            and (coalesce(qual, '') || coalesce(with_check, '')) ~ '(?<!SELECT )auth\\.uid\\(\\)'",
    )
    .fetch_all(&pool)
    .await
    .unwrap();
    assert!(
        bare.is_empty(),
        "policies calling auth.uid() per row: {bare:?}"
    );
}
