#!/usr/bin/env bash
# The benchmarks, each in a fresh database of the local PostgreSQL (release build): the
# board with 10,000 upcoming public rooms, at the database and over HTTP; realtime with
# 500 subscribers. Prints tables; the figures are recorded in docs/benchmarks.md.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_rust_tools
start_local_db
recreate_database med_practice_bench
DATABASE_URL="$(local_database_url med_practice_bench)" \
  cargo bench --no-default-features --features ssr --bench board
recreate_database med_practice_bench_live
DATABASE_URL="$(local_database_url med_practice_bench_live)" \
  cargo bench --no-default-features --features ssr --bench realtime
