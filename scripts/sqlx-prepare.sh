#!/usr/bin/env bash
# The compile-checked queries' cache (`.sqlx/`): `sqlx::query!` and friends check each
# query against the schema while compiling. Builds read the committed cache
# (SQLX_OFFLINE=true in .cargo/config.toml), so building needs no database.
#
#   bash scripts/sqlx-prepare.sh          write .sqlx/ anew (after changing a query or a migration)
#   bash scripts/sqlx-prepare.sh --check  fail if .sqlx/ differs from what the queries and
#                                         migrations give today (CI runs this)
#
# Both apply every migration to a fresh database of the local cluster, compile the
# server half against it and collect what the macros describe.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

mode="${1:-write}"
case "$mode" in write | --check) ;; *) die "usage: scripts/sqlx-prepare.sh [--check]" ;; esac

start_local_db
db=med_practice_sqlx
recreate_database "$db"
for migration in migrations/*.sql; do
  PGOPTIONS='--client-min-messages=warning' \
    psql -X -q -1 -v ON_ERROR_STOP=1 -h "$PG_SOCKET" -p "$PG_PORT" -U med_practice -d "$db" \
    -f "$migration" >/dev/null || die "applying $migration"
done

out="$ROOT/target/sqlx-prepare"
rm -rf "$out"
mkdir -p "$out"
# The macros expand again only when the crate recompiles.
touch src/lib.rs
log "describing the queries against $db"
SQLX_OFFLINE=false SQLX_OFFLINE_DIR="$out" DATABASE_URL="$(local_database_url "$db")" \
  cargo check --no-default-features --features ssr --lib --bins --tests --benches --quiet
psql_admin -c "drop database if exists $db with (force)" >/dev/null

if [ "$mode" = --check ]; then
  if ! diff -r -q .sqlx "$out" >/dev/null 2>&1; then
    diff -r .sqlx "$out" | head -40 >&2 || true
    die ".sqlx/ is out of date: run bash scripts/sqlx-prepare.sh and commit .sqlx/"
  fi
  log ".sqlx/ matches the queries and migrations ($(ls "$out" | wc -l) queries)"
else
  rm -rf .sqlx
  cp -r "$out" .sqlx
  log "wrote .sqlx/ ($(ls .sqlx | wc -l) queries)"
fi
rm -rf "$out"
