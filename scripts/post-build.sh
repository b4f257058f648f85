#!/usr/bin/env bash
# Trunk's post_build hook (one hook: Trunk runs the hooks of a stage at the same time).
# Minifies the JS glue; then, in the outer build only, builds the exports program,
# writes the bank text's file and builds the comparison page alongside, moves the pages' inline scripts into files (for a strict
# Content-Security-Policy), writes the one-file build (tandem.html, release builds) and
# the service worker with the final file list.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/minify-glue.sh
[ -z "${TANDEM_COMPARISON_PAGE:-}" ] || exit 0
bash scripts/exports-program.sh
bash scripts/bank-text.sh
bash scripts/compare-page.sh
node scripts/no-inline.mjs "$TRUNK_STAGING_DIR"
[ "${TRUNK_PROFILE:-}" != release ] || node scripts/single-file.mjs "$TRUNK_STAGING_DIR"
node scripts/service-worker.mjs "$TRUNK_STAGING_DIR"
