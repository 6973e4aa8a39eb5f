//! Rules in one place: every rule the migrations raise and every named constraint of
//! the migrated schema has a message a person can read (`server::errors::RULES`) or is
//! listed as internal (`server::errors::INTERNAL`), and neither list names a rule that
//! does not exist. And the schema reads in one file: `docs/schema.sql`, checked here
//! against a freshly migrated database.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use med_practice::server::errors::{constraint_error, INTERNAL, RULES};
use sqlx::PgPool;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// The rule names raised by `public.violates('name', …)` anywhere in `migrations/`.
fn raised_in_migrations() -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("migrations"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "sql"))
        .collect();
    files.sort();
    assert!(files.len() > 10, "the migrations were not found");
    for file in files {
        let sql = std::fs::read_to_string(&file).unwrap();
        names.extend(raised_in(&sql));
    }
    names
}

/// The names in `violates('name'` calls of a piece of SQL.
fn raised_in(sql: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = sql;
    while let Some(at) = rest.find("violates(") {
        rest = &rest[at + "violates(".len()..];
        let call = rest.trim_start();
        if let Some(quoted) = call.strip_prefix('\'') {
            let end = quoted.find('\'').expect("an unterminated rule name");
            names.push(quoted[..end].to_string());
        }
    }
    names
}

/// The named constraints and unique indexes of the app's schemas, and the rules the
/// migrated database's functions raise.
async fn in_database(pool: &PgPool) -> (BTreeSet<String>, BTreeSet<String>) {
    let constraints: Vec<String> = sqlx::query_scalar(
        "select c.conname::text from pg_constraint c
           join pg_namespace n on n.oid = c.connamespace
          where n.nspname not in ('pg_catalog', 'information_schema')
            and n.nspname not like 'pg_toast%'
            and c.conrelid <> 'public._sqlx_migrations'::regclass
         union
         select i.relname::text from pg_index x
           join pg_class i on i.oid = x.indexrelid
           join pg_namespace n on n.oid = i.relnamespace
          where x.indisunique
            and n.nspname not in ('pg_catalog', 'information_schema')
            and n.nspname not like 'pg_toast%'
            and x.indrelid <> 'public._sqlx_migrations'::regclass",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let bodies: Vec<String> = sqlx::query_scalar(
        "select p.prosrc from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname not in ('pg_catalog', 'information_schema')",
    )
    .fetch_all(pool)
    .await
    .unwrap();
    let raised = bodies.iter().flat_map(|b| raised_in(b)).collect();
    (constraints.into_iter().collect(), raised)
}

#[sqlx::test]
async fn every_rule_and_constraint_has_a_message_or_is_internal(pool: PgPool) {
    let from_files = raised_in_migrations();
    let (constraints, raised_now) = in_database(&pool).await;
    assert!(
        raised_now.is_subset(&from_files),
        "a function raises a rule no migration names"
    );
    let all: BTreeSet<String> = from_files.union(&constraints).cloned().collect();
    assert!(all.len() > 100, "only {} rules found", all.len());

    let mut listed = BTreeSet::new();
    for name in RULES
        .iter()
        .map(|(n, _)| *n)
        .chain(INTERNAL.iter().copied())
    {
        assert!(listed.insert(name), "{name} is listed twice");
    }
    let unlisted: Vec<&String> = all
        .iter()
        .filter(|n| !listed.contains(n.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "rules with no message, and not listed as internal: {unlisted:?}"
    );
    let stale: Vec<&&str> = listed.iter().filter(|n| !all.contains(**n)).collect();
    assert!(
        stale.is_empty(),
        "listed, but no migration or constraint has this name: {stale:?}"
    );
    // Internal ones get no message of their own: they stay internal errors.
    for name in INTERNAL {
        assert_eq!(constraint_error(name), None, "{name}");
    }
    for (name, _) in RULES {
        assert!(constraint_error(name).is_some(), "{name}");
    }
}

#[test]
fn rule_names_are_read_from_sql() {
    let sql = "perform public.violates('a_rule', 'x'); perform public.violates( 'b_rule', m);
               -- violates(rule text, ...) is the definition, not a rule";
    assert_eq!(raised_in(sql), ["a_rule", "b_rule"]);
}

// ---------------------------------------------------------------- the schema in one file

const SNAPSHOT: &str = "docs/schema.sql";

/// pg_dump of the server's own major version: `PG_DUMP`, or the newest installed.
fn pg_dump() -> PathBuf {
    if let Some(path) = std::env::var_os("PG_DUMP") {
        return path.into();
    }
    let mut found: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let version = e.file_name().to_str()?.parse().ok()?;
            let bin = e.path().join("bin/pg_dump");
            bin.exists().then_some((version, bin))
        })
        .collect();
    found.sort();
    found
        .pop()
        .map(|(_, p)| p)
        .unwrap_or_else(|| "pg_dump".into())
}

/// The dump without what changes from run to run or machine to machine: the header's
/// versions, session settings and psql's per-dump `\restrict` keys.
fn normalise(dump: &str) -> String {
    let mut out = String::new();
    for line in dump.lines() {
        if line.starts_with("-- Dumped from")
            || line.starts_with("-- Dumped by")
            || line.starts_with("SET ")
            || line.starts_with("SELECT pg_catalog.set_config")
            || line.starts_with("\\restrict")
            || line.starts_with("\\unrestrict")
        {
            continue;
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    // Runs of blank lines (left where settings were) fold to one.
    while out.contains("\n\n\n") {
        out = out.replace("\n\n\n", "\n\n");
    }
    format!(
        "-- The schema as the migrations leave it, in one file (pg_dump --schema-only).\n\
         -- Generated: do not edit. After changing a migration, write it anew with\n\
         --   SCHEMA_SNAPSHOT=write cargo test --no-default-features --features ssr --test integration rules::\n\
         {}\n",
        out.trim()
    )
}

#[sqlx::test]
async fn docs_schema_sql_is_the_migrated_schema(pool: PgPool) {
    let options = pool.connect_options();
    let mut command = std::process::Command::new(pg_dump());
    command
        .args(["--schema-only", "--no-owner", "--no-tablespaces"])
        .args(["--exclude-table", "public._sqlx_migrations"])
        .arg("--port")
        .arg(options.get_port().to_string())
        .arg("--username")
        .arg(options.get_username())
        .arg("--dbname")
        .arg(options.get_database().expect("a test database"));
    match options.get_socket() {
        Some(socket) => command.arg("--host").arg(socket),
        None => command.arg("--host").arg(options.get_host()),
    };
    let output = command
        .output()
        .expect("pg_dump could not run: install PostgreSQL's client or set PG_DUMP");
    assert!(
        output.status.success(),
        "pg_dump failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let dump = normalise(&String::from_utf8(output.stdout).unwrap());
    let path = root().join(SNAPSHOT);
    if std::env::var("SCHEMA_SNAPSHOT").as_deref() == Ok("write") {
        std::fs::write(&path, &dump).unwrap();
        return;
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    if committed != dump {
        let first = committed
            .lines()
            .zip(dump.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(committed.lines().count().min(dump.lines().count()));
        panic!(
            "{SNAPSHOT} is not the migrated schema (first difference at line {}: {:?} vs {:?}). \
             Write it anew: SCHEMA_SNAPSHOT=write cargo test --no-default-features --features ssr --test integration rules::",
            first + 1,
            committed.lines().nth(first).unwrap_or("<end>"),
            dump.lines().nth(first).unwrap_or("<end>"),
        );
    }
}

// ---------------------------------------------------------------- typed values

/// The one text codec binds and reads enums as their stored codes, and a code the
/// model does not know is an error, never a guess.
#[sqlx::test]
async fn enums_stored_as_text_bind_and_read_as_their_codes(pool: PgPool) {
    use med_practice::model::assessment::JobStatus;
    use med_practice::model::{ExamPreset, RoomType, Stage, TrainingLevel};

    let (exam, level, status): (ExamPreset, TrainingLevel, JobStatus) =
        sqlx::query_as("select $1::text, $2::text, 'failed'")
            .bind(ExamPreset::MrcgpSca)
            .bind(TrainingLevel::Fy2)
            .fetch_one(&pool)
            .await
            .unwrap();
    assert_eq!(
        (exam, level, status),
        (ExamPreset::MrcgpSca, TrainingLevel::Fy2, JobStatus::Failed)
    );
    let stored: String = sqlx::query_scalar("select $1::text")
        .bind(ExamPreset::MrcgpSca)
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stored, "MRCGP SCA");
    let unknown = sqlx::query_scalar::<_, RoomType>("select 'Surgical'")
        .fetch_one(&pool)
        .await;
    assert!(matches!(unknown, Err(sqlx::Error::ColumnDecode { .. })));
    let stage: Stage = sqlx::query_scalar("select 2::smallint")
        .fetch_one(&pool)
        .await
        .unwrap();
    assert_eq!(stage, Stage::SecondRound);
}
