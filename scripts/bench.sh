#!/usr/bin/env bash
# The board benchmark: 10,000 upcoming public rooms in a fresh database of the local
# PostgreSQL, measured at the database and over HTTP (release build). Prints a table;
# the figures are recorded in docs/benchmarks.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_rust_tools
start_local_db
recreate_database med_practice_bench
DATABASE_URL="$(local_database_url med_practice_bench)" \
  cargo bench --no-default-features --features ssr --bench board
