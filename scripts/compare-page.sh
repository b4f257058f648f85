#!/usr/bin/env bash
# Trunk post_build hook: builds the comparison page (compare.html, with a program of its
# own) with the same profile and flags, and adds it to the build being staged. Trunk
# builds one page per run, and a page of its own keeps the comparison's code out of
# every first visit. The inner build runs this hook too; the guard stops it there.
set -euo pipefail
[ -z "${TANDEM_COMPARISON_PAGE:-}" ] || exit 0
cd "$(dirname "$0")/.."
out=target/comparison-page
release=()
[ "${TRUNK_PROFILE:-}" = release ] && release=(--release)
TANDEM_COMPARISON_PAGE=1 trunk build compare.html --dist "$out" "${release[@]}"
# Trunk names every page it writes index.html.
cp "$out"/index.html "$TRUNK_STAGING_DIR"/compare.html
cp "$out"/compare-*.js "$out"/compare-*.wasm "$out"/*.css "$TRUNK_STAGING_DIR"/
