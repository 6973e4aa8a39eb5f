//! The case library through its server functions and export download, as browsers
//! call them: admins only, validation shared by editor, importer and the shipped
//! library, exact round trips, and cases in use kept.

use crate::common::app::{app_error, TestApp};
use crate::common::{user, Bind, World};
use med_practice::error::AppError;
use med_practice::model::cases::{
    parse_library, CaseLibrary, CaseListPage, CaseRecord, ImportReport, StationKind,
};
use med_practice::server::accounts;
use med_practice::server::db::Actor;
use med_practice::server::{cases, errors::CASE_IN_USE};
use reqwest::multipart::{Form, Part};
use reqwest::{header, Client, Response, StatusCode};
use serde_json::{json, Value};
use sqlx::PgPool;
use uuid::Uuid;

/// The shipped library file, which the migrations must reproduce exactly.
const SHIPPED: &str = include_str!("../../content/case-library.json");

/// A signed-in admin's browser (an account made admin by the server, as the CLI does).
async fn admin_browser(app: &TestApp, name: &str) -> Client {
    let (browser, _) = app.trainee(name, "Europe/London").await;
    let email = format!("{}@example.test", name.to_lowercase());
    assert!(accounts::set_admin(&app.pool, &email, true).await.unwrap());
    browser
}

async fn import(app: &TestApp, client: &Client, text: &str) -> Response {
    let form = Form::new().part(
        "library",
        Part::bytes(text.as_bytes().to_vec())
            .file_name("library.json")
            .mime_str("application/json")
            .unwrap(),
    );
    client
        .post(app.url("/api/import_cases"))
        .header(header::ACCEPT, "application/json")
        .header("sec-fetch-site", "same-origin")
        .multipart(form)
        .send()
        .await
        .unwrap()
}

async fn export(app: &TestApp, client: &Client, ids: &[Uuid]) -> String {
    let ids: Vec<(String, String)> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| (format!("ids[{i}]"), id.to_string()))
        .collect();
    let form: Vec<(&str, &str)> = ids.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    app.ok(client, "export_cases", &form).await
}

/// Every case as the database holds it, to prove a refused request changed nothing.
async fn snapshot(pool: &PgPool) -> Vec<(Uuid, String, String, Value, bool)> {
    sqlx::query_as(
        "select id, case_name, actor_brief, mark_scheme, archived_at is not null
         from public.case_briefs order by id",
    )
    .fetch_all(pool)
    .await
    .unwrap()
}

fn good_case(internal: &str) -> Value {
    json!({
        "case_name_internal": internal,
        "case_name": "A cough that will not go",
        "category": "Respiratory",
        "condition": "Post-viral cough",
        "domain": "Clinical",
        "station_kind": "history",
        "setting": "GP surgery",
        "exams": ["PLAB 2"],
        "difficulty": "foundation",
        "candidate_brief": "Take a history from Ms Ada Byrne, 34, who has had a cough for five weeks.",
        "actor_brief": "OPENING LINE: I just can't shake this cough.\nHISTORY: a cold five weeks ago.",
        "reveal_if_asked": ["You have a cat"],
        "mark_scheme": {
            "data_gathering": [{"point": "Asks about the duration of the cough", "keywords": ["how long", "weeks"]}],
            "clinical_management": [{"point": "Explains a post-viral cough", "keywords": ["virus", "settle"]}],
            "interpersonal": [{"point": "Acknowledges the frustration", "keywords": ["frustrat"]}]
        }
    })
}

fn library(cases: Vec<Value>) -> String {
    json!({"format": "med-practice/case-library", "version": 1, "cases": cases}).to_string()
}

/// A case form as the editor posts it.
fn editor_form<'a>(id: &'a str, name: &'a str, internal: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("form[id]", id),
        ("form[case_name]", name),
        ("form[case_name_internal]", internal),
        ("form[category]", "Respiratory"),
        ("form[condition]", "Post-viral cough"),
        ("form[domain]", "Clinical"),
        ("form[station_kind]", "history"),
        ("form[setting]", "GP surgery"),
        ("form[difficulty]", "core"),
        ("form[exam_plab_2]", "on"),
        ("form[candidate_brief]", "Take a history."),
        ("form[actor_brief]", "OPENING LINE: I keep coughing."),
        (
            "form[reveal_if_asked]",
            "You have a cat\n\nYou smoked until last year",
        ),
        ("form[data_gathering]", "Asks how long | how long, weeks"),
        (
            "form[clinical_management]",
            "Explains the likely cause | virus, settle",
        ),
        (
            "form[interpersonal]",
            "Acknowledges the frustration | frustrat",
        ),
    ]
}

#[sqlx::test]
async fn only_admins_reach_the_library_through_any_server_function_or_page(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let anonymous = app.browser();
    let (trainee, _) = app.trainee("Tobi", "Europe/London").await;
    let admin = admin_browser(&app, "Adaeze").await;
    let shipped: Uuid =
        sqlx::query_scalar("select id from public.case_briefs order by case_name_internal limit 1")
            .fetch_one(&pool)
            .await
            .unwrap();
    let shipped = shipped.to_string();
    let before = snapshot(&pool).await;
    assert_eq!(before.len(), 42, "the shipped library is in every database");

    let new_case = editor_form("", "A new case", "NEW-01");
    let edit = editor_form(&shipped, "Renamed by a stranger", "RENAMED-01");
    for (who, client) in [("anonymous", &anonymous), ("trainee", &trainee)] {
        let calls: Vec<(&str, Vec<(&str, &str)>)> = vec![
            ("list_cases", vec![("query[q]", "chest")]),
            ("get_case", vec![("id", &shipped)]),
            ("save_case", new_case.clone()),
            ("save_case", edit.clone()),
            ("archive_case", vec![("id", &shipped), ("archived", "true")]),
            ("delete_case", vec![("id", &shipped)]),
            ("export_cases", vec![]),
            ("export_cases", vec![("ids[0]", &shipped)]),
        ];
        for (endpoint, form) in calls {
            let (status, error) = app_error(app.call(client, endpoint, &form).await).await;
            assert_eq!(
                (status, error),
                (StatusCode::NOT_FOUND, AppError::NotFound),
                "{who} calling {endpoint}"
            );
        }
        let (status, error) =
            app_error(import(&app, client, &library(vec![good_case("SNEAK-01")])).await).await;
        assert_eq!(
            (status, error),
            (StatusCode::NOT_FOUND, AppError::NotFound),
            "{who} importing"
        );
        let download = client
            .get(app.url("/admin/cases/export.json"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            download.status(),
            StatusCode::NOT_FOUND,
            "{who} downloading"
        );
        assert!(!download.text().await.unwrap().contains("actor_brief"));
        for page in [
            "/admin/cases",
            "/admin/cases/new",
            &format!("/admin/cases/{shipped}"),
            &format!("/admin/cases/{shipped}/edit"),
        ] {
            let response = client.get(app.url(page)).send().await.unwrap();
            assert_eq!(
                response.status(),
                StatusCode::NOT_FOUND,
                "{who} opening {page}"
            );
            let html = response.text().await.unwrap();
            assert!(
                !html.contains("OPENING LINE"),
                "{who} saw an actor brief on {page}"
            );
        }
    }
    assert_eq!(
        snapshot(&pool).await,
        before,
        "the refused calls changed nothing"
    );

    // The same calls work for an admin (so the refusals above are about who asks).
    let list: CaseListPage = app.ok(&admin, "list_cases", &[("query[q]", "chest")]).await;
    assert!(list.total >= 1);
    let download = admin
        .get(app.url("/admin/cases/export.json"))
        .send()
        .await
        .unwrap();
    assert_eq!(download.status(), StatusCode::OK);
    assert!(download
        .headers()
        .get(header::CONTENT_DISPOSITION)
        .is_some_and(|v| v.to_str().unwrap().starts_with("attachment")));
    assert_eq!(download.text().await.unwrap(), SHIPPED);
    for page in [
        "/admin/cases",
        "/admin/cases/new",
        &format!("/admin/cases/{shipped}"),
    ] {
        let response = admin.get(app.url(page)).send().await.unwrap();
        assert_eq!(response.status(), StatusCode::OK, "admin opening {page}");
    }

    // And the database refuses a non-admin on its own, whatever the server would do.
    let world = World::new(pool.clone());
    let stranger = world.user("Stranger").await;
    let seen = world
        .count_as(
            user(stranger),
            "select count(*) from public.case_briefs where id <> $1",
            Uuid::nil(),
        )
        .await
        .unwrap();
    assert_eq!(seen, 0);
    let written = world
        .exec_as(
            user(stranger),
            "update public.case_briefs set actor_brief = 'leaked' where id = $1",
            &[Bind::Uuid(Uuid::parse_str(&shipped).unwrap())],
        )
        .await
        .unwrap();
    assert_eq!(written, 0);
    let mut tx = world.db.begin(Actor::User(stranger)).await.unwrap();
    assert_eq!(
        cases::export(&mut tx, &[]).await.unwrap_err(),
        AppError::NotFound
    );
}

#[sqlx::test]
async fn every_kind_of_bad_import_record_is_reported_and_nothing_is_imported(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let admin = admin_browser(&app, "Adaeze").await;
    let before = snapshot(&pool).await;

    let with = |change: &dyn Fn(&mut Value)| {
        let mut case = good_case("BAD");
        change(&mut case);
        case
    };
    let records = vec![
        good_case("GOOD-01"),
        with(&|c| {
            c.as_object_mut().unwrap().remove("candidate_brief");
        }),
        with(&|c| c["exams"] = json!("PLAB 2")),
        with(&|c| c["domain"] = json!("Surgical")),
        with(&|c| c["exams"] = json!(["PLAB 2", "MRCS"])),
        with(&|c| c["difficulty"] = json!("impossible")),
        with(&|c| c["station_kind"] = json!("viva")),
        with(&|c| c["case_name"] = json!("  ")),
        with(&|c| c["mark_scheme"] = json!(["a list"])),
        with(&|c| {
            c["mark_scheme"]
                .as_object_mut()
                .unwrap()
                .remove("interpersonal");
        }),
        with(&|c| c["mark_scheme"]["data_gathering"] = json!([])),
        with(&|c| c["mark_scheme"]["data_gathering"][0]["keywords"] = json!([])),
        with(&|c| c["mark_scheme"]["clinical_management"][0] = json!({"point": "No keywords"})),
        with(&|c| c["id"] = json!("not-a-uuid")),
        with(&|c| c["favourite"] = json!(true)),
        with(&|c| c["actor_brief"] = json!("x".repeat(12_001))),
        json!("just a string"),
        good_case("GOOD-01"),
        // Valid on its own, but another case (shipped) already has this internal name.
        with(&|c| {
            c["id"] = json!(Uuid::new_v4());
            c["case_name_internal"] = json!("CARD-01-exertional-chest-pain");
        }),
    ];
    let response = import(&app, &admin, &library(records)).await;
    let (status, error) = app_error(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let AppError::Invalid(message) = error else {
        panic!("expected a validation message, got {error:?}");
    };
    let lines: Vec<&str> = message.lines().collect();
    assert_eq!(
        lines[0],
        "Nothing was imported. Please correct the following:"
    );
    let expected = [
        "Record 2, candidate_brief: Missing",
        "Record 3, exams: Must be a list of exam names",
        "Record 4, domain: Choose Clinical or Communication",
        "Record 5, exams[1]: \"MRCS\" is not an exam we know",
        "Record 6, difficulty: Choose foundation, core or advanced",
        "Record 7, station_kind: Choose a station kind",
        "Record 8, case_name: Enter a case name",
        "Record 9, mark_scheme: Must be an object",
        "Record 10, mark_scheme.interpersonal: Missing",
        "Record 11, mark_scheme.data_gathering: Add at least one data gathering point",
        "Record 12, mark_scheme.data_gathering[0].keywords: Add at least one keyword",
        "Record 13, mark_scheme.clinical_management[0]: Must be an object with \"point\"",
        "Record 14, id: Must be a UUID",
        "Record 15, favourite: Unknown field",
        "Record 16, actor_brief: Shorten the actor brief to at most 12000 characters",
        "Record 17: Each case must be a JSON object",
    ];
    for want in expected {
        assert!(
            lines.iter().any(|l| l.starts_with(want)),
            "missing {want:?} in:\n{message}"
        );
    }
    assert!(
        !message.contains("Record 1,"),
        "the good record is not reported:\n{message}"
    );
    assert_eq!(snapshot(&pool).await, before, "nothing was imported");

    // With the file's own problems fixed, the duplicate and the clash with the library
    // are found: one by reading the file, the other by the database, each by number.
    let response = import(
        &app,
        &admin,
        &library(vec![good_case("GOOD-01"), good_case("good-01")]),
    )
    .await;
    let (_, error) = app_error(response).await;
    assert!(
        error
            .to_string()
            .contains("Record 2, case_name_internal: The same internal name as record 1."),
        "{error}"
    );
    let clash = with(&|c| {
        c["id"] = json!(Uuid::new_v4());
        c["case_name_internal"] = json!("card-01-EXERTIONAL-chest-pain");
    });
    let response = import(&app, &admin, &library(vec![good_case("GOOD-01"), clash])).await;
    let (status, error) = app_error(response).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        error.to_string().contains(
            "Record 2, case_name_internal: Another case already uses this internal name."
        ),
        "{error}"
    );
    assert_eq!(
        snapshot(&pool).await,
        before,
        "the good record was rolled back with the bad"
    );

    // Not a library at all.
    for (text, says) in [
        ("{\"cases\": [", "not valid JSON"),
        ("[]", "must be a JSON object"),
        (
            "{\"format\": \"spreadsheet\", \"version\": 1, \"cases\": []}",
            "not a Med Practice case library",
        ),
        (
            "{\"format\": \"med-practice/case-library\", \"version\": 9, \"cases\": []}",
            "version",
        ),
        (
            "{\"format\": \"med-practice/case-library\", \"version\": 1, \"cases\": []}",
            "no cases",
        ),
        ("", "Choose a library file"),
    ] {
        let (status, error) = app_error(import(&app, &admin, text).await).await;
        assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY, "{text}");
        assert!(error.to_string().contains(says), "{text}: {error}");
    }
    assert_eq!(snapshot(&pool).await, before);

    // A good file imports: new cases added, known ones updated.
    let mut known = good_case("CARD-01-exertional-chest-pain");
    known["case_name"] = json!("Updated through an import");
    let report: ImportReport = {
        let response = import(&app, &admin, &library(vec![good_case("GOOD-01"), known])).await;
        assert_eq!(response.status(), StatusCode::OK);
        response.json().await.unwrap()
    };
    assert_eq!(
        (report.created, report.updated, report.errors.len()),
        (1, 1, 0)
    );
    let name: String = sqlx::query_scalar(
        "select case_name from public.case_briefs where case_name_internal = 'CARD-01-exertional-chest-pain'",
    )
    .fetch_one(&pool)
    .await
    .unwrap();
    assert_eq!(name, "Updated through an import");
}

#[sqlx::test]
async fn export_then_import_round_trips_exactly(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let admin = admin_browser(&app, "Adaeze").await;
    // One case of the admin's own, archived, among the shipped ones.
    let id: Uuid = app
        .ok(
            &admin,
            "save_case",
            &editor_form("", "A cough that lingers", "RESP-99-own"),
        )
        .await;
    let id_text = id.to_string();
    app.ok::<()>(
        &admin,
        "archive_case",
        &[("id", &id_text), ("archived", "true")],
    )
    .await;
    let original = export(&app, &admin, &[]).await;
    let parsed = parse_library(&original).expect("an export is a valid import");
    assert_eq!(parsed.len(), 43);
    assert!(parsed.iter().any(|c| c.id == Some(id) && c.archived));

    // Change things: edit a shipped case, restore the archived one, delete it.
    let first = parsed[0].id.unwrap().to_string();
    app.ok::<Uuid>(
        &admin,
        "save_case",
        &editor_form(&first, "Edited", "EDITED-01"),
    )
    .await;
    app.ok::<()>(
        &admin,
        "archive_case",
        &[("id", &id_text), ("archived", "false")],
    )
    .await;
    app.ok::<()>(&admin, "delete_case", &[("id", &id_text)])
        .await;
    assert_ne!(export(&app, &admin, &[]).await, original);

    // Importing the export puts every case back exactly as it was.
    let response = import(&app, &admin, &original).await;
    assert_eq!(response.status(), StatusCode::OK);
    let report: ImportReport = response.json().await.unwrap();
    assert_eq!((report.created, report.updated), (1, 42));
    assert_eq!(export(&app, &admin, &[]).await, original);

    // A selection exports just those cases, in the library's order.
    let two = [parsed[5].id.unwrap(), parsed[2].id.unwrap()];
    let selection = parse_library(&export(&app, &admin, &two).await).unwrap();
    assert_eq!(selection, vec![parsed[2].clone(), parsed[5].clone()]);
    let twice = [parsed[2].id.unwrap(), parsed[2].id.unwrap()];
    let once = parse_library(&export(&app, &admin, &twice).await).unwrap();
    assert_eq!(
        once,
        vec![parsed[2].clone()],
        "a case named twice comes once"
    );
    let (status, _) = app_error(
        app.call(
            &admin,
            "export_cases",
            &[("ids[0]", &Uuid::new_v4().to_string())],
        )
        .await,
    )
    .await;
    assert_eq!(
        status,
        StatusCode::NOT_FOUND,
        "an unknown case is not silently skipped"
    );
}

#[sqlx::test]
async fn a_used_case_cannot_be_deleted_and_an_archived_one_is_never_used_for_a_new_round(
    pool: PgPool,
) {
    let app = TestApp::spawn(pool.clone()).await;
    let admin = admin_browser(&app, "Adaeze").await;
    let world = World::new(pool.clone());
    let host = world.user("Hana").await;
    let room = world.room(host, 48, false).await;
    let ids: Vec<Uuid> =
        sqlx::query_scalar("select id from public.case_briefs order by case_name_internal limit 3")
            .fetch_all(&pool)
            .await
            .unwrap();
    let (used, to_archive, unused) = (ids[0], ids[1], ids[2]);
    // Rounds are written by start_round() only; staged here as the server's own work,
    // which the archived-case rule binds too.
    let new_round = "insert into public.practice_rounds (room_id, round_number, candidate_id, case_briefs_id) values ($1, $2, $3, $4)";
    sqlx::query(new_round)
        .bind(room.id)
        .bind(1_i16)
        .bind(host)
        .bind(used)
        .execute(&pool)
        .await
        .expect("a round with an active case");

    let (status, error) = app_error(
        app.call(&admin, "delete_case", &[("id", &used.to_string())])
            .await,
    )
    .await;
    assert_eq!(
        (status, error),
        (StatusCode::CONFLICT, AppError::conflict(CASE_IN_USE))
    );
    let still: i64 = sqlx::query_scalar("select count(*) from public.case_briefs where id = $1")
        .bind(used)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(still, 1);
    let detail = {
        let mut tx = world
            .db
            .begin(Actor::User(admin_id(&pool).await))
            .await
            .unwrap();
        cases::get(&mut tx, used, chrono_tz::UTC).await.unwrap()
    };
    assert_eq!(detail.rounds, 1);

    app.ok::<()>(
        &admin,
        "archive_case",
        &[("id", &to_archive.to_string()), ("archived", "true")],
    )
    .await;
    let refused = sqlx::query(new_round)
        .bind(room.id)
        .bind(2_i16)
        .bind(host)
        .bind(to_archive)
        .execute(&pool)
        .await
        .unwrap_err();
    assert_eq!(
        AppError::from(refused),
        AppError::conflict("That case is archived, so it is not used for new rounds.")
    );
    // Archived cases leave the active list and show under "archived".
    let active: CaseListPage = app.ok(&admin, "list_cases", &[("query[status]", "")]).await;
    assert_eq!(active.total, 41);
    assert!(active.cases.iter().all(|c| c.id != to_archive));
    let archived: CaseListPage = app
        .ok(&admin, "list_cases", &[("query[status]", "archived")])
        .await;
    assert_eq!(
        archived.cases.iter().map(|c| c.id).collect::<Vec<_>>(),
        vec![to_archive]
    );

    app.ok::<()>(&admin, "delete_case", &[("id", &unused.to_string())])
        .await;
    let gone: i64 = sqlx::query_scalar("select count(*) from public.case_briefs where id = $1")
        .bind(unused)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(gone, 0);
}

async fn admin_id(pool: &PgPool) -> Uuid {
    sqlx::query_scalar("select id from auth.users where is_admin limit 1")
        .fetch_one(pool)
        .await
        .unwrap()
}

#[sqlx::test]
async fn the_shipped_library_passes_the_same_validation_as_an_import(pool: PgPool) {
    let world = World::new(pool.clone());
    let admin = world.admin("Adaeze").await;
    let mut tx = world.as_user(admin).await;
    let records = cases::export(&mut tx, &[]).await.unwrap();
    assert_eq!(records.len(), 42);
    for record in &records {
        assert_eq!(record.validate(), vec![], "{}", record.case_name_internal);
    }
    let text = CaseLibrary::new(records.clone()).to_json();
    assert_eq!(parse_library(&text).unwrap(), records);
    // The migrations and content/case-library.json are the same library, to the byte.
    assert_eq!(text, SHIPPED);

    let count = |f: &dyn Fn(&CaseRecord) -> bool| records.iter().filter(|r| f(r)).count();
    assert_eq!(count(&|r| r.domain == "Clinical"), 21);
    assert_eq!(count(&|r| r.domain == "Communication"), 21);
    for kind in StationKind::ALL {
        assert!(count(&|r| r.station_kind == kind.code()) >= 2, "{kind:?}");
    }
    let categories: std::collections::BTreeSet<_> =
        records.iter().map(|r| r.category.as_str()).collect();
    assert!(categories.len() >= 15, "{categories:?}");
    for record in &records {
        let brief = &record.actor_brief;
        for heading in [
            "OPENING LINE",
            "HISTORY",
            "IDEAS, CONCERNS AND EXPECTATIONS",
            "REVEAL ONLY IF ASKED",
            "HOW TO BEHAVE",
        ] {
            assert!(
                brief.contains(heading),
                "{} lacks {heading}",
                record.case_name_internal
            );
        }
        assert!(
            !record.reveal_if_asked.is_empty(),
            "{}",
            record.case_name_internal
        );
        let words = record.candidate_brief.split_whitespace().count();
        assert!(
            words >= 60,
            "{} candidate brief has {words} words",
            record.case_name_internal
        );
    }
}

#[sqlx::test]
async fn admins_search_filter_sort_and_page_the_library(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let admin = admin_browser(&app, "Adaeze").await;
    let list = |form: Vec<(&'static str, &'static str)>| {
        let app = &app;
        let admin = &admin;
        async move { app.ok::<CaseListPage>(admin, "list_cases", &form).await }
    };

    let all = list(vec![]).await;
    assert_eq!(
        (all.total, all.pages, all.page, all.cases.len()),
        (42, 3, 1, 20)
    );
    let names: Vec<String> = all
        .cases
        .iter()
        .map(|c| c.case_name.to_lowercase())
        .collect();
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted, "by name by default");
    let second = list(vec![("query[page]", "2")]).await;
    assert_eq!((second.page, second.cases.len()), (2, 20));
    assert!(second
        .cases
        .iter()
        .all(|c| all.cases.iter().all(|d| d.id != c.id)));
    let beyond = list(vec![("query[page]", "99")]).await;
    assert_eq!(beyond.page, 3, "a page past the end shows the last");

    // Whole words of names, condition and category; any part of the internal name.
    let chest = list(vec![("query[q]", "chest")]).await;
    assert!(
        chest.total >= 1
            && chest
                .cases
                .iter()
                .all(|c| c.case_name.to_lowercase().contains("chest")
                    || c.condition.to_lowercase().contains("chest"))
    );
    let cardiology = list(vec![("query[q]", "cardiology")]).await;
    assert!(cardiology.total >= 2 && cardiology.cases.iter().all(|c| c.category == "Cardiology"));
    let internal = list(vec![("query[q]", "ETHC-0")]).await;
    assert_eq!(internal.total, 4);
    let nothing = list(vec![("query[q]", "zzzz-no-such-case")]).await;
    assert_eq!(nothing.total, 0);
    let odd = list(vec![("query[q]", "100% _\\ 'or 1=1 --")]).await;
    assert_eq!(odd.total, 0, "search text is data, never SQL or a pattern");

    let communication = list(vec![("query[domain]", "Communication")]).await;
    assert_eq!(communication.total, 21);
    let paces = list(vec![("query[exam]", "PACES")]).await;
    assert!(paces
        .cases
        .iter()
        .all(|c| c.exams.iter().any(|e| e == "PACES")));
    let advanced = list(vec![
        ("query[difficulty]", "advanced"),
        ("query[domain]", "Clinical"),
    ])
    .await;
    assert!(advanced
        .cases
        .iter()
        .all(|c| c.difficulty == "advanced" && c.domain == "Clinical"));
    let category = list(vec![("query[category]", "Cardiology")]).await;
    assert_eq!(category.total, cardiology.total);
    assert!(all.categories.contains(&"Cardiology".to_string()));
    let by_difficulty = list(vec![("query[sort]", "difficulty")]).await;
    let rank = |d: &str| {
        ["foundation", "core", "advanced"]
            .iter()
            .position(|x| *x == d)
            .unwrap()
    };
    let ranks: Vec<usize> = by_difficulty
        .cases
        .iter()
        .map(|c| rank(&c.difficulty))
        .collect();
    assert!(ranks.windows(2).all(|w| w[0] <= w[1]), "{ranks:?}");
    // Unknown filter values are ignored rather than failing the page.
    let unknown = list(vec![
        ("query[domain]", "Surgical"),
        ("query[sort]", "random"),
    ])
    .await;
    assert_eq!(unknown.total, 42);
}

#[sqlx::test]
async fn the_editor_saves_valid_cases_and_names_every_problem(pool: PgPool) {
    let app = TestApp::spawn(pool.clone()).await;
    let admin = admin_browser(&app, "Adaeze").await;
    let id: Uuid = app
        .ok(
            &admin,
            "save_case",
            &editor_form("", "A cough that lingers", "RESP-99-own"),
        )
        .await;
    let mut tx = World::new(pool.clone())
        .as_user(admin_id(&pool).await)
        .await;
    let detail = cases::get(&mut tx, id, chrono_tz::UTC).await.unwrap();
    drop(tx);
    assert_eq!(
        detail.record.reveal_if_asked,
        vec!["You have a cat", "You smoked until last year"]
    );
    assert_eq!(
        detail.record.mark_scheme.data_gathering[0].keywords,
        vec!["how long", "weeks"]
    );
    assert_eq!(detail.author.as_deref(), Some("Adaeze Tester"));

    let before = snapshot(&pool).await;
    let id_text = id.to_string();
    let mut bad = editor_form(&id_text, " ", "RESP-99-own");
    bad.retain(|(k, _)| *k != "form[exam_plab_2]");
    bad.push(("form[domain]", "Surgical"));
    bad.retain(|(k, v)| *k != "form[domain]" || *v == "Surgical");
    bad.retain(|(k, _)| *k != "form[interpersonal]");
    bad.push(("form[interpersonal]", "Says hello\nListens | listen"));
    let (status, error) = app_error(app.call(&admin, "save_case", &bad).await).await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let message = error.to_string();
    for want in [
        "Case name: Enter a case name.",
        "Domain: Choose Clinical or Communication.",
        "Exams: Choose at least one exam the case suits.",
        "Mark scheme, interpersonal skills, line 1: Add its keywords after a bar",
    ] {
        assert!(message.contains(want), "missing {want:?} in:\n{message}");
    }
    // A taken internal name, from another case.
    let (status, error) = app_error(
        app.call(
            &admin,
            "save_case",
            &editor_form(&id_text, "Fine", "CARD-01-exertional-chest-pain"),
        )
        .await,
    )
    .await;
    assert_eq!(
        (status, error),
        (
            StatusCode::CONFLICT,
            AppError::conflict("Another case already uses this internal name.")
        )
    );
    assert_eq!(
        snapshot(&pool).await,
        before,
        "a refused save changes nothing"
    );
}

#[sqlx::test]
async fn the_database_itself_refuses_a_malformed_case(pool: PgPool) {
    let world = World::new(pool.clone());
    let admin = world.admin("Adaeze").await;
    let id: Uuid = sqlx::query_scalar("select id from public.case_briefs limit 1")
        .fetch_one(&pool)
        .await
        .unwrap();
    for (change, constraint) in [
        ("mark_scheme = '{}'", "the mark scheme needs"),
        ("mark_scheme = '{\"data_gathering\": [], \"clinical_management\": []}'", "the mark scheme needs"),
        ("mark_scheme = '{\"data_gathering\": [{\"point\": 1, \"keywords\": []}], \"clinical_management\": [], \"interpersonal\": []}'", "the mark scheme needs"),
        ("mark_scheme = '{\"data_gathering\": [{\"point\": \"x\", \"keywords\": [\"a\"], \"extra\": 1}], \"clinical_management\": [], \"interpersonal\": []}'", "the mark scheme needs"),
        ("station_kind = 'viva'", "station kind"),
        ("difficulty = 'impossible'", "foundation, core or advanced"),
        ("exams = array['MRCS']", "exams from the list"),
        ("domain = 'Surgical'", "Clinical or Communication"),
    ] {
        let error = world
            .exec_as(
                user(admin),
                &format!("update public.case_briefs set {change} where id = $1"),
                &[Bind::Uuid(id)],
            )
            .await
            .unwrap_err();
        assert!(
            error.to_string().to_lowercase().contains(&constraint.to_lowercase()),
            "{change}: {error}"
        );
    }
}
