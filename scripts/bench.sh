#!/usr/bin/env bash
# The benchmarks (BENCHMARKS.md), in one run on this machine, each in a fresh database of
# the local PostgreSQL, from a release build:
# - the browser bundle's sizes, raw, gzip and brotli (scripts/bundle-size.sh);
# - the board and joining with 2,000 users and 10,000 upcoming sessions (benches/board.rs),
#   loaded by oha;
# - realtime with 500 subscribers and 10 changes a second (benches/realtime.rs);
# - transcript appends at 0 to 1,500 lines (benches/transcript.rs);
# - the partner matcher over 2,000 open requests (benches/matcher.rs);
# - My progress for a trainee with 500 rounds across 40 cases (benches/progress.rs);
# - Lighthouse on every page, mobile, simulated throttling (scripts/lighthouse.sh).
# Prints Markdown and keeps a copy in target/bench/report.md (the benches' own logs in
# target/bench/*.log).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

OHA_VERSION=1.16.0

ensure_rust_tools
ensure_node_packages
if ! oha --version 2>/dev/null | grep -qF "$OHA_VERSION"; then
  log "installing oha $OHA_VERSION, the load generator (once; a few minutes)"
  cargo install oha --version "$OHA_VERSION" --locked
fi
start_local_db

log "release build"
drop_precompressed
cargo leptos build --release --split --precompress
mkdir -p target/bench
report=target/bench/report.md
{
  echo "# Benchmark run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, $(git rev-parse --short HEAD 2>/dev/null || echo 'no git')"
  echo
  echo "## Bundle"
  echo
  bash scripts/bundle-size.sh
  echo
  echo "## Lighthouse"
  echo
  bash scripts/lighthouse.sh
  echo
  echo "## Board and joining"
  echo
  recreate_database med_practice_bench
  DATABASE_URL="$(local_database_url med_practice_bench)" LEPTOS_SITE_ROOT=target/site \
    cargo bench --no-default-features --features ssr --bench board 2>target/bench/board.log \
    || { tail -n 30 target/bench/board.log >&2; exit 1; }
  echo
  echo "## Realtime"
  recreate_database med_practice_bench_live
  DATABASE_URL="$(local_database_url med_practice_bench_live)" \
    cargo bench --no-default-features --features ssr --bench realtime 2>target/bench/realtime.log \
    || { tail -n 30 target/bench/realtime.log >&2; exit 1; }
  echo
  echo "## Transcript appends"
  echo
  recreate_database med_practice_bench_lines
  DATABASE_URL="$(local_database_url med_practice_bench_lines)" \
    cargo bench --no-default-features --features ssr --bench transcript 2>target/bench/transcript.log \
    || { tail -n 30 target/bench/transcript.log >&2; exit 1; }
  echo
  echo "## The partner matcher"
  echo
  recreate_database med_practice_bench_matcher
  DATABASE_URL="$(local_database_url med_practice_bench_matcher)" \
    cargo bench --no-default-features --features ssr --bench matcher 2>target/bench/matcher.log \
    || { tail -n 30 target/bench/matcher.log >&2; exit 1; }
  echo
  recreate_database med_practice_bench_progress
  DATABASE_URL="$(local_database_url med_practice_bench_progress)" LEPTOS_SITE_ROOT=target/site \
    cargo bench --no-default-features --features ssr --bench progress 2>target/bench/progress.log \
    || { tail -n 30 target/bench/progress.log >&2; exit 1; }
} | tee "$report"
log "report: $report"
