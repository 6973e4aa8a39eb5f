#!/usr/bin/env bash
# Runs every test: Rust unit and integration tests against a real PostgreSQL (as anon and
# authenticated, like the app), then the browser tests in headless Chromium against the
# release build as deployed (split, precompressed). One browser run, not two: a debug
# run repeated the same tests for about 20 minutes of CI and caught nothing the release
# run did not.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

ensure_rust_tools
ensure_node_packages
apt_install chromium
start_local_db
ensure_database med_practice_test

log "Rust tests (unit and integration)"
# The tests are server-side (ssr); the browser half is linted for wasm32 in CI and
# exercised by the browser tests below, so no second native build of it is made here.
DATABASE_URL="$(local_database_url med_practice_test)" \
  cargo test --no-default-features --features ssr

# The browser tests get a server on a port of their own and a fresh demo database.
E2E_ADDR="${E2E_ADDR:-127.0.0.1:3100}"
E2E_SECOND_ADDR="${E2E_SECOND_ADDR:-127.0.0.1:3101}"
export LEPTOS_SITE_ADDR="$E2E_ADDR" E2E_BASE_URL="http://$E2E_ADDR" E2E_SECOND_URL="http://$E2E_SECOND_ADDR"
# The AI examiner in the browser tests: a local fake provider that speaks the OpenAI
# chat-completions protocol (end2end/fake-llm.mjs); both instances run workers against it.
FAKE_LLM_ADDR="${FAKE_LLM_ADDR:-127.0.0.1:3199}"
export FAKE_LLM_ADDR LLM_BASE_URL="http://$FAKE_LLM_ADDR/v1" LLM_MODEL=fake-examiner \
  LLM_API_KEY=fake-key LLM_TIMEOUT_SECS=20 ASSESSOR_POLL_MS=200
# Every browser test signs its people up from 127.0.0.1; the per-address sign-up limit
# has its own integration test.
export SIGN_UPS_PER_HOUR=100000 STREAMS_PER_ADDRESS=100000
node end2end/fake-llm.mjs >target/e2e-fake-llm.log 2>&1 &
fake_llm=$!
trap 'kill "$fake_llm" 2>/dev/null || true' EXIT
wait_for_http "$FAKE_LLM_ADDR"
# Mail goes to a local catcher over real SMTP; the tests read it through its REST API.
start_mail_catcher "${E2E_SMTP_PORT:-3125}" "${E2E_MAILDEV_PORT:-3180}"
export MAIL_POLL_MS=200 MAIL_REMINDER_SCAN_SECS=2 MATCHER_POLL_MS=500
trap 'kill "$fake_llm" "$MAIL_CATCHER_PID" 2>/dev/null || true' EXIT
for profile in ${E2E_PROFILES:-release}; do
  recreate_database med_practice_e2e
  export DATABASE_URL
  DATABASE_URL="$(local_database_url med_practice_e2e)"
  # Always split into WASM chunks: the lazy routes (app.rs) load theirs on demand, and an
  # unsplit build leaves their import unresolved.
  # The release build is precompressed, as deployed: the browser gets brotli.
  flag="--split"
  [ "$profile" = release ] && flag="--release --split --precompress"
  log "building for the browser tests ($profile)"
  drop_precompressed
  cargo leptos build $flag
  if [ "$profile" = release ]; then
    bash scripts/bundle-size.sh --check
  fi
  target/$profile/med-practice seed-demo >/dev/null
  # Two instances on the same database (the realtime tests put one browser on each),
  # served from the build just made: `cargo leptos end-to-end` would build the front
  # again (split, bindgen and wasm-opt over every chunk: minutes of CI for nothing).
  target/$profile/med-practice serve >"target/e2e-first-instance-$profile.log" 2>&1 &
  first_instance=$!
  LEPTOS_SITE_ADDR="$E2E_SECOND_ADDR" target/$profile/med-practice serve \
    >"target/e2e-second-instance-$profile.log" 2>&1 &
  second_instance=$!
  trap 'kill "$first_instance" "$second_instance" "$fake_llm" "$MAIL_CATCHER_PID" 2>/dev/null || true' EXIT
  wait_for_http "$E2E_ADDR"
  wait_for_http "$E2E_SECOND_ADDR"
  log "browser tests against the $profile build (two instances)"
  (cd end2end && npx playwright test)
  kill "$first_instance" "$second_instance" 2>/dev/null || true
  wait "$first_instance" "$second_instance" 2>/dev/null || true
done
kill "$fake_llm" "$MAIL_CATCHER_PID" 2>/dev/null || true
log "all tests passed"
