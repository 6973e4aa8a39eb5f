#!/usr/bin/env bash
# The browser bundle of the last release build (target/site/pkg, from
# `cargo leptos build --release --split --precompress`): each file's size raw, gzip and
# brotli, as a Markdown table. Compressed sizes are those of the .gz and .br files the
# build wrote and the server sends; without them (a build not precompressed), gzip -9
# and brotli -q 11 stand in.
#
# With --check, fails when the WASM a first visit loads (the main module; the session,
# My sessions, profile and admin pages load their own chunks later) is over the budget:
# 300 KB brotli. Sizes are deterministic for a given toolchain and lockfile, so CI checks
# this on every run (scripts/test.sh).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$ROOT"

BUDGET_BYTES=$((300 * 1000))
PKG="${PKG:-target/site/pkg}"

[ -f "$PKG/med-practice.wasm" ] || die "no release build in $PKG: run cargo leptos build --release --split --precompress"
if [ ! -f "$PKG/med-practice.wasm.br" ]; then
  command -v brotli >/dev/null || apt_install brotli
fi

kb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1000 }'; }
gz() { if [ -f "$1.gz" ]; then wc -c <"$1.gz"; else gzip -9 -c "$1" | wc -c; fi; }
br() { if [ -f "$1.br" ]; then wc -c <"$1.br"; else brotli -q 11 -c "$1" | wc -c; fi; }

echo "| file | raw KB | gzip KB | brotli KB |"
echo "| --- | --- | --- | --- |"
total_raw=0 total_gz=0 total_br=0
small=0 small_raw=0 small_gz=0 small_br=0
main_br=0
for f in "$PKG"/*.wasm "$PKG"/*.js; do
  [ -f "$f" ] || continue
  raw=$(wc -c <"$f") g=$(gz "$f") b=$(br "$f")
  name="$(basename "$f")"
  case "$name" in
    *.wasm) total_raw=$((total_raw + raw)) total_gz=$((total_gz + g)) total_br=$((total_br + b)) ;;
  esac
  [ "$name" = med-practice.wasm ] && main_br=$b
  # Files of 10 KB and more by name; the many small shared chunks summed.
  if [ "$raw" -ge 10000 ] || [ "${name%.js}" != "$name" ]; then
    echo "| $name | $(kb "$raw") | $(kb "$g") | $(kb "$b") |"
  else
    small=$((small + 1)) small_raw=$((small_raw + raw)) small_gz=$((small_gz + g)) small_br=$((small_br + b))
  fi
done
echo "| $small smaller WASM chunks | $(kb "$small_raw") | $(kb "$small_gz") | $(kb "$small_br") |"
echo "| all WASM chunks together | $(kb "$total_raw") | $(kb "$total_gz") | $(kb "$total_br") |"
echo
echo "First-visit WASM (med-practice.wasm): $(kb "$main_br") KB brotli; budget $(kb "$BUDGET_BYTES") KB."

if [ "${1:-}" = --check ]; then
  if [ "$main_br" -gt "$BUDGET_BYTES" ]; then
    die "the first-visit WASM is $(kb "$main_br") KB brotli, over the $(kb "$BUDGET_BYTES") KB budget (BENCHMARKS.md)"
  fi
  log "WASM budget met: $(kb "$main_br") KB of $(kb "$BUDGET_BYTES") KB brotli"
  # wasm-split places each lazy page's data (its text) in the chunks that use it. When
  # it cannot lay them out within the input's data segment, it silently puts all of it
  # in the main module (about 90 KB more raw): src/lib.rs, SPLIT_SLACK.
  command -v node >/dev/null || apt_install nodejs
  read -r main_data chunk_data < <(node scripts/wasm-data.mjs "$PKG")
  echo "Data: $(kb "$main_data") KB in the main module, $(kb "$chunk_data") KB in the chunks."
  if [ "$((chunk_data * 4))" -lt "$main_data" ]; then
    die "wasm-split left the lazy pages' data in the main module ($(kb "$chunk_data") KB in the chunks against $(kb "$main_data") KB in the main module): raise SPLIT_SLACK in src/lib.rs"
  fi
fi
