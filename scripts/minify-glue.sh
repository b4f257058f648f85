#!/usr/bin/env bash
# Trunk post_build hook: minifies wasm-bindgen's JS glue in release builds. The names
# the glue shares with its WASM are shortened in both first (scripts/short-names.mjs:
# 5.5 KB gzip); Trunk's own minifier cannot parse the glue's module syntax and leaves it
# whole, so terser (installed by scripts/setup.sh) minifies it: 6.9 to 5.2 KB gzip.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
for js in "$TRUNK_STAGING_DIR"/*.js; do
  wasm=${js%.js}_bg.wasm
  [ ! -f "$wasm" ] || node "$(dirname "$0")/short-names.mjs" "$js" "$wasm"
  terser "$js" --module --compress passes=2 --mangle --output "$js"
done
