#!/usr/bin/env bash
# Starts Med Practice on http://127.0.0.1:3000: installs what is missing, starts the
# local PostgreSQL (unless DATABASE_URL is set) and a local mail catcher (unless
# SMTP_URL is set; its page shows every email the app sends), migrates, loads demo data
# into an empty database, then builds and serves the app.
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

if [ -z "${SMTP_URL:-}" ]; then
  start_mail_catcher "${MAIL_CATCHER_SMTP_PORT:-1025}" "${MAIL_CATCHER_WEB_PORT:-1080}"
  trap 'kill "$MAIL_CATCHER_PID" 2>/dev/null || true' EXIT
  log "mail goes to the local catcher: read it at $MAILDEV_URL"
fi

log "building"
drop_precompressed
cargo leptos build --split
log "migrating and loading demo data (first run only)"
target/debug/med-practice seed-demo --if-empty
log "serving on ${LEPTOS_SITE_ADDR:-127.0.0.1:3000} (Ctrl-C stops)"
[ -n "${MAILDEV_URL:-}" ] && log "caught mail: $MAILDEV_URL"
cargo leptos serve --split
