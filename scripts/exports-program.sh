#!/usr/bin/env bash
# Trunk post_build step: builds the exports program (src/bin/exports/: the picture,
# the data and the QR code of a result) with the same profile and flags as the page's
# own, and names its files in index.html's <meta name="tandem-exports">, which
# static/exports.js reads to load it once a result shows. A program of its own
# keeps the QR encoder and the picture out of every first visit.
# Its glue is wasm-bindgen's `no-modules` kind: a classic script that defines a global,
# which a page can add at any time without inline code (the Content-Security-Policy).
set -euo pipefail
cd "$(dirname "$0")/.."
staging=${TRUNK_STAGING_DIR:?run by Trunk}
out=target/exports-program
target_dir=${CARGO_TARGET_DIR:-target}
profile=debug
release=()
if [ "${TRUNK_PROFILE:-}" = release ]; then
  profile=release
  release=(--release)
fi
cargo build --quiet "${release[@]}" --target wasm32-unknown-unknown --bin exports
rm -rf "$out"
wasm-bindgen --target no-modules --no-typescript --out-dir "$out" --out-name exports \
  "$target_dir/wasm32-unknown-unknown/$profile/exports.wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --strip-producers --strip-target-features --one-caller-inline-max-function-size=100 \
    "$out/exports_bg.wasm" -o "$out/exports_bg.wasm"
  node scripts/short-names.mjs "$out/exports.js" "$out/exports_bg.wasm"
  terser "$out/exports.js" --compress passes=2 --mangle --output "$out/exports.js"
fi
hash=$(cat "$out/exports.js" "$out/exports_bg.wasm" | sha256sum | cut -c1-16)
cp "$out/exports.js" "$staging/exports-$hash.js"
cp "$out/exports_bg.wasm" "$staging/exports-${hash}_bg.wasm"
meta="<meta name=\"tandem-exports\" content=\"./exports-$hash.js\" data-wasm=\"./exports-${hash}_bg.wasm\">"
sed -i "s|</head>|$meta</head>|" "$staging/index.html"
grep -q 'name="tandem-exports"' "$staging/index.html" || { echo "index.html has no </head> for the exports' names" >&2; exit 1; }
