#!/usr/bin/env bash
# Shared by scripts/run.sh and scripts/test.sh: installs what is missing (idempotent,
# fast the second time) and manages the project's own local PostgreSQL cluster.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DATA="$ROOT/.data"
PG_PORT="${MP_PG_PORT:-54329}"
CARGO_LEPTOS_VERSION=0.3.10
# Must equal the wasm-bindgen version pinned in Cargo.toml / Cargo.lock.
WASM_BINDGEN_VERSION=0.2.130

export PATH="$HOME/.cargo/bin:$ROOT/end2end/node_modules/.bin:$PATH"

log() { printf '\033[1;34m==>\033[0m %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

as_root() {
  if is_root; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "root is needed to run: $*"
  fi
}

APT_UPDATED=""
apt_install() {
  local missing=() pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing ${missing[*]} (apt)"
  if [ -z "$APT_UPDATED" ]; then as_root apt-get update -qq; APT_UPDATED=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

ensure_rust_tools() {
  command -v cargo >/dev/null || die "Rust is not installed: install it with rustup, then run this again"
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    log "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  if ! cargo leptos --version 2>/dev/null | grep -qF "$CARGO_LEPTOS_VERSION"; then
    log "installing cargo-leptos $CARGO_LEPTOS_VERSION (once; about 15 minutes on 2 cores)"
    cargo install cargo-leptos --version "$CARGO_LEPTOS_VERSION" --locked
  fi
  if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
    log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (once)"
    # Not --locked: its lockfile wants a crate version the registry no longer serves.
    cargo install wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION" --force
  fi
}

# Playwright, and binaryen's wasm-opt for release builds (Debian's binaryen is too old
# and silently breaks hydration).
ensure_node_packages() {
  command -v npm >/dev/null || apt_install nodejs npm
  local stamp="$ROOT/end2end/node_modules/.package-lock.json"
  if [ ! -f "$stamp" ] || [ "$ROOT/end2end/package-lock.json" -nt "$stamp" ]; then
    log "installing npm packages for end2end/"
    (cd "$ROOT/end2end" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
  fi
}

# Release builds for the tests and benchmarks are precompressed (`--precompress` writes a
# .gz and a .br beside each file in target/site, served in their place); any other build
# must not leave old ones beside its fresh files.
drop_precompressed() {
  [ -d "$ROOT/target/site" ] && find "$ROOT/target/site" -type f \( -name '*.br' -o -name '*.gz' \) -delete
  return 0
}

pg_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [ -n "$dir" ] && [ -x "$dir/initdb" ] && echo "$dir"
}

# initdb and pg_ctl refuse to run as root: as root they run as the postgres user, from a
# folder that user can enter (the checkout may be out of its reach).
pg_as_owner() {
  if is_root; then (cd / && runuser -u postgres -- "$@"); else "$@"; fi
}

PG_SOCKET=""
PG_DATA=""

# Starts a local mail catcher (maildev, from end2end/'s npm packages): real SMTP on
# 127.0.0.1:$1, the caught mail in a web page and a REST API on 127.0.0.1:$2. Sets
# SMTP_URL and MAIL_FROM for the app, and MAILDEV_URL for the tests; it stops with the
# script that started it.
start_mail_catcher() {
  local smtp_port="$1" web_port="$2"
  mkdir -p "$ROOT/target/maildev"
  "$ROOT/end2end/node_modules/.bin/maildev" --smtp "$smtp_port" --ip 127.0.0.1 \
    --web "$web_port" --web-ip 127.0.0.1 --mail-directory "$ROOT/target/maildev" --silent \
    >"$ROOT/target/maildev.log" 2>&1 &
  MAIL_CATCHER_PID=$!
  wait_for_http "127.0.0.1:$web_port" || die "the mail catcher did not start (target/maildev.log)"
  export SMTP_URL="smtp://127.0.0.1:$smtp_port" MAIL_FROM="${MAIL_FROM:-Med Practice <no-reply@medpractice.test>}"
  export MAILDEV_URL="http://127.0.0.1:$web_port"
}

# Starts (creating on first use) the local cluster, reachable only through a Unix socket
# in a private folder. It is kept between runs.
start_local_db() {
  [ -n "$(pg_bin)" ] || apt_install postgresql
  local bin
  bin="$(pg_bin)" || die "PostgreSQL's server binaries were not found after installing postgresql"
  mkdir -p "$DATA"
  PG_DATA="$DATA/pg"
  PG_SOCKET="$DATA/run"
  if is_root && ! runuser -u postgres -- test -x "$DATA"; then
    # The checkout sits where the postgres user cannot reach (under /root, say): keep the
    # cluster in a folder of its own named after the checkout.
    local alt
    alt="/var/lib/med-practice/$(printf '%s' "$ROOT" | md5sum | cut -c1-12)"
    log "the postgres user cannot reach $DATA; keeping the local cluster in $alt"
    mkdir -p "$alt"
    chmod 755 /var/lib/med-practice
    PG_DATA="$alt/pg"
    PG_SOCKET="$alt/run"
  fi
  mkdir -p "$PG_DATA" "$PG_SOCKET"
  if is_root; then chown postgres:postgres "$PG_DATA" "$PG_SOCKET"; fi
  chmod 700 "$PG_DATA"
  if [ ! -s "$PG_DATA/PG_VERSION" ]; then
    log "creating the local PostgreSQL cluster in $PG_DATA"
    pg_as_owner "$bin/initdb" -D "$PG_DATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    pg_as_owner tee -a "$PG_DATA/postgresql.conf" >/dev/null <<EOF
# Med Practice's local cluster: socket only, in a folder only its owner can enter.
listen_addresses = ''
port = $PG_PORT
unix_socket_directories = '$PG_SOCKET'
unix_socket_permissions = 0700
max_connections = 300
shared_buffers = 256MB
synchronous_commit = off
EOF
  fi
  if ! pg_as_owner "$bin/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1; then
    log "starting the local PostgreSQL"
    pg_as_owner "$bin/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 start >/dev/null \
      || die "PostgreSQL did not start; see $PG_DATA/server.log"
  fi
  # The app's login role owns its databases and tables; it creates the anon and
  # authenticated roles in its migrations and bypasses RLS for the server's own work.
  if ! psql_admin -tAc "select 1 from pg_roles where rolname = 'med_practice'" | grep -q 1; then
    psql_admin -c "create role med_practice login createdb createrole bypassrls" >/dev/null
  fi
}

psql_admin() {
  psql -X -q -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 "$@"
}

ensure_database() {
  if ! psql_admin -tAc "select 1 from pg_database where datname = '$1'" | grep -q 1; then
    psql_admin -c "create database $1 owner med_practice" >/dev/null
  fi
}

recreate_database() {
  psql_admin -c "drop database if exists $1 with (force)" >/dev/null
  psql_admin -c "create database $1 owner med_practice" >/dev/null
}

local_database_url() {
  echo "postgres://med_practice@localhost/$1?host=$PG_SOCKET&port=$PG_PORT"
}

# Waits until something answers HTTP on host:port (at most about 60 s).
wait_for_http() {
  local host="${1%:*}" port="${1##*:}"
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then return 0; fi
    sleep 0.5
  done
  die "nothing answered on $1"
}
