#!/usr/bin/env bash
# Lighthouse 12 on every page a trainee, a host and an admin see, on the last release
# build (target/release, target/site from `cargo leptos build --release --split
# --precompress`), served with a fresh demo database: mobile emulation with Lighthouse's
# default simulated throttling, in Debian's Chromium (scripts/lighthouse/run.mjs).
# Each page is measured LIGHTHOUSE_RUNS times (5 unless set) and reported by its median
# run, as Lighthouse's docs/variability.md advises (scripts/lighthouse/run.mjs).
# Prints a Markdown table; the median runs' full reports stay in target/bench/lighthouse/.
# scripts/bench.sh runs it after its release build.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

[ -x target/release/med-practice ] && [ -f target/site/pkg/med-practice.wasm ] \
  || die "no release build: run cargo leptos build --release --split --precompress"
command -v npm >/dev/null || apt_install nodejs npm
[ -x /usr/bin/chromium ] || apt_install chromium
stamp=scripts/lighthouse/node_modules/.package-lock.json
if [ ! -f "$stamp" ] || [ scripts/lighthouse/package-lock.json -nt "$stamp" ]; then
  log "installing Lighthouse (once)"
  (cd scripts/lighthouse && PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
start_local_db
mkdir -p target/bench

LIGHTHOUSE_ADDR="${LIGHTHOUSE_ADDR:-127.0.0.1:3200}"
# Another server already there would answer in this one's place, with its own build.
if (exec 3<>"/dev/tcp/${LIGHTHOUSE_ADDR%:*}/${LIGHTHOUSE_ADDR##*:}") 2>/dev/null; then
  die "something already answers on $LIGHTHOUSE_ADDR: stop it, or set LIGHTHOUSE_ADDR"
fi
recreate_database med_practice_lighthouse
export DATABASE_URL
DATABASE_URL="$(local_database_url med_practice_lighthouse)"
target/release/med-practice migrate >/dev/null
target/release/med-practice seed-demo >/dev/null
LEPTOS_SITE_ADDR="$LIGHTHOUSE_ADDR" LEPTOS_SITE_ROOT=target/site \
  target/release/med-practice serve >target/bench/lighthouse-server.log 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
wait_for_http "$LIGHTHOUSE_ADDR"

# The demo's sessions, by who sits where (server/demo.rs).
room() {
  psql -X -q -At -h "$PG_SOCKET" -p "$PG_PORT" -U postgres -d med_practice_lighthouse -v ON_ERROR_STOP=1 -c "
    select r.room_url from public.practice_rooms r
      join auth.users h on h.id = r.host_id left join auth.users g on g.id = r.guest_id
     where $1 order by r.datetime_utc limit 1"
}
open_seat=$(room "not r.private and r.guest_id is null and r.datetime_utc > now() and h.email like 'tom.hughes@%'")
joined=$(room "r.stage = 1 and r.datetime_utc > now() and h.email like 'amara.okafor@%' and g.email like 'tom.hughes@%'")
finished=$(room "r.stage = 3 and h.email like 'amara.okafor@%'")
[ -n "$open_seat" ] && [ -n "$joined" ] && [ -n "$finished" ] || die "the demo data has not the sessions Lighthouse visits"
amara=amara.okafor@demo.medpractice.test tom=tom.hughes@demo.medpractice.test admin=admin@demo.medpractice.test

out=target/bench/lighthouse
rm -rf "$out" && mkdir -p "$out"
cat >"$out/pages.json" <<JSON
[
  { "name": "board, first visit", "path": "/", "as": null, "first": true },
  { "name": "board, returning visitor", "path": "/", "as": null, "first": false },
  { "name": "board, signed in", "path": "/", "as": "$amara", "first": false },
  { "name": "a session page, visitor, first visit", "path": "/s/$open_seat", "as": null, "first": true },
  { "name": "a session page, returning visitor", "path": "/s/$open_seat", "as": null, "first": false },
  { "name": "a session page, another trainee", "path": "/s/$open_seat", "as": "$amara", "first": false },
  { "name": "a session page, host, before it starts", "path": "/s/$joined", "as": "$amara", "first": false },
  { "name": "a session page, guest, before it starts", "path": "/s/$joined", "as": "$tom", "first": false },
  { "name": "a finished room, host", "path": "/s/$finished", "as": "$amara", "first": false },
  { "name": "My sessions", "path": "/my-sessions", "as": "$amara", "first": false },
  { "name": "profile", "path": "/profile", "as": "$amara", "first": false },
  { "name": "admin, case list", "path": "/admin/cases", "as": "$admin", "first": false }
]
JSON
echo "Median of ${LIGHTHOUSE_RUNS:-5} runs per page (Lighthouse's computeMedianRun); performance (lowest of the runs), TBT of every run."
echo
echo "| page | performance | LCP | TBT | TBT, every run | CLS | accessibility | best practices | transferred | documents |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
node scripts/lighthouse/run.mjs "http://$LIGHTHOUSE_ADDR" "$out/pages.json" 2>"$out/notes.log" \
  || { cat "$out/notes.log" >&2; exit 1; }
