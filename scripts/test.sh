#!/usr/bin/env bash
# Installs what is missing, then runs every test layer and ends with a summary:
#   lint      rustfmt and clippy
#   native    cargo test: the domain core, the bank, the journey reducer
#   browser   wasm-bindgen-test: components in headless Chromium
#   release   the size-optimised build; what a first visit downloads, against its budget
#   e2e       Playwright in Debian's Chromium: whole journeys, links, faults, axe-core
set -uo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-/usr/bin/chromedriver}

bash scripts/setup.sh test || { echo "setup failed"; echo "Total: 0 passed, 1 failed"; exit 1; }

logs=$(mktemp -d)
passed=0
failed=0
report=()

# run NAME COMMAND...: runs a layer, counts its tests from the runner's own summary lines.
run() {
  local name=$1; shift
  printf '\n\033[1m== %s: %s\033[0m\n' "$name" "$*"
  "$@" 2>&1 | tee "$logs/$name.log"
  local status=${PIPESTATUS[0]}
  local ok bad
  ok=$(grep -hoE '(test result: [a-zA-Z]+\. )?[0-9]+ passed' "$logs/$name.log" | grep -oE '[0-9]+ passed' | awk '{s+=$1} END {print s+0}')
  bad=$(grep -hoE '[0-9]+ failed' "$logs/$name.log" | awk '{s+=$1} END {print s+0}')
  if [ "$status" -ne 0 ] && [ "$bad" -eq 0 ]; then bad=1; fi
  passed=$((passed + ok))
  failed=$((failed + bad))
  report+=("$(printf '%-8s %-4s %5d passed %4d failed' "$name" "$([ "$status" -eq 0 ] && echo ok || echo FAIL)" "$ok" "$bad")")
}

lint() { cargo fmt --check && cargo clippy --all-targets --quiet -- -D warnings; }
release() { bash scripts/build.sh && node scripts/sizes.mjs dist --check --parts; }
e2e() { (cd tests/e2e && CI=${CI:-} npx playwright test); }

run lint lint
run native cargo test
run browser cargo test --target wasm32-unknown-unknown --test web
run release release
run e2e e2e

printf '\n\033[1m== Summary\033[0m\n'
printf '%s\n' "${report[@]}"
echo "Total: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
