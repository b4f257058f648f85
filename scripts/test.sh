#!/usr/bin/env bash
# Installs what is missing, then runs every test layer and ends with a summary:
#   lint      the paths the docs and comments name (scripts/check-paths.mjs), rustfmt,
#             and clippy over every target natively and for wasm32 (tests/web.rs),
#             and over the assessment's page as it is built (the lazy-text feature)
#   native    cargo test: the domain core, the bank, the journey reducer
#   scripts   node's test runner over the build scripts' own rules (scripts/build/*.test.mjs)
#   browser   wasm-bindgen-test: components in headless Chromium
#   fuzz      the fuzz target built, its corpus replayed, then a few seconds of fuzzing
#   release   the size-optimised build; what a first visit downloads, against its budget;
#             and the other builds of scripts/variants.sh (a bank of its own)
#   e2e       Playwright in Debian's Chromium: whole journeys, links, faults, axe-core
#   shots     screenshots of each screen for review (artefacts: not counted as tests)
# A layer fails below its floor in tests/floors, and on any ignored, skipped or flaky test.
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

bash scripts/setup.sh test || { echo "setup failed"; echo "Total: 0 passed, 1 failed"; exit 1; }

logs=$(mktemp -d)
passed=0
failed=0
report=()

# sum WORD LOG: adds up every "N WORD" in the runner's summary lines.
sum() { grep -hoE "[0-9]+ $1" "$2" | awk '{s+=$1} END {print s+0}'; }

# floor NAME: the layer's floor from tests/floors, or nothing.
floor() { awk -v layer="$1" '$1 == layer {print $2}' tests/floors; }

# run NAME COMMAND...: runs a layer, counts its tests from the runner's own summary
# lines, and holds it to its floor.
run() {
  local name=$1; shift
  printf '\n\033[1m== %s: %s\033[0m\n' "$name" "$*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  local ok bad unrun min note=''
  ok=$(sum passed "$logs/$name.log")
  bad=$(sum failed "$logs/$name.log")
  unrun=$(($(sum ignored "$logs/$name.log") + $(sum skipped "$logs/$name.log") + $(sum flaky "$logs/$name.log")))
  min=$(floor "$name")
  if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
  if [ "$unrun" -gt 0 ]; then
    status=1 bad=$((bad + unrun)) note="$unrun ignored, skipped or flaky"
  fi
  if [ -n "$min" ] && [ "$ok" -lt "$min" ]; then
    status=1 bad=$((bad + 1)) note="${note:+$note; }below its floor of $min in tests/floors"
  elif [ -n "$min" ]; then
    note=${note:-"floor $min"}
  fi
  passed=$((passed + ok))
  failed=$((failed + bad))
  report+=("$(printf '%-8s %-4s %5d passed %4d failed  %s' "$name" "$([ "$status" -eq 0 ] && echo ok || echo FAIL)" "$ok" "$bad" "$note")")
}

# artefacts NAME WHERE COMMAND...: runs a step that only makes files to look at. Its passes
# count for nothing; if it breaks, that is one failure.
artefacts() {
  local name=$1 where=$2; shift 2
  printf '\n\033[1m== %s: %s\033[0m\n' "$name" "$*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  [ "$status" -eq 0 ] || failed=$((failed + 1))
  report+=("$(printf '%-8s %-4s %s' "$name" "$([ "$status" -eq 0 ] && echo ok || echo FAIL)" "artefacts only, not counted: $where")")
}

lint() {
  node scripts/check-paths.mjs &&
    cargo fmt --check &&
    cargo clippy --all-targets --quiet -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown --all-targets --quiet -- -D warnings &&
    cargo clippy --target wasm32-unknown-unknown --bin tandem --features lazy-text --quiet -- -D warnings
}
# node's runner says "ℹ pass N"; said again the way the layers are counted.
scripts_tests() {
  node --test --test-reporter=spec scripts/build/ | tee /dev/stderr |
    awk '$2 == "pass" {p = $3} $2 == "fail" {f = $3} END {print p + 0 " passed; " f + 0 " failed"; exit f > 0}'
}
release() { bash scripts/build.sh && node scripts/sizes.mjs dist --check --parts && bash scripts/variants.sh; }
e2e() { (cd tests/e2e && npx playwright test); }
shots() { (cd tests/e2e && npx playwright test -c playwright.screenshots.config.js); }

run lint lint
run native cargo test
run scripts scripts_tests
run browser cargo test --target wasm32-unknown-unknown --test web
run fuzz bash scripts/fuzz.sh check
run release release
run e2e e2e
artefacts shots tests/e2e/artifacts/screenshots/ shots

printf '\n\033[1m== Summary\033[0m\n'
printf '%s\n' "${report[@]}"
echo "Total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
