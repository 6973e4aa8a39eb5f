#!/usr/bin/env bash
# Starts Med Practice on http://127.0.0.1:3000: installs what is missing, starts the
# local PostgreSQL (unless DATABASE_URL is set), migrates, loads demo data into an empty
# database, then builds and serves the app.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_rust_tools
ensure_node_packages
if [ -z "${DATABASE_URL:-}" ]; then
  start_local_db
  ensure_database med_practice
  DATABASE_URL="$(local_database_url med_practice)"
  export DATABASE_URL
fi

log "building"
drop_precompressed
cargo leptos build --split
log "migrating and loading demo data (first run only)"
target/debug/med-practice seed-demo --if-empty
log "serving on ${LEPTOS_SITE_ADDR:-127.0.0.1:3000} (Ctrl-C stops)"
exec cargo leptos serve --split
