#!/usr/bin/env bash
# Fuzzes every parser of outside input (result tokens, the URL router, stored
# progress) with cargo-fuzz / libFuzzer.
#   scripts/fuzz.sh [seconds]   fuzz for that long (default 600); a crash found becomes
#                               a regression test
#   scripts/fuzz.sh check       what scripts/test.sh runs: build the target, replay every
#                               input of the corpus, then fuzz on for FUZZ_SECONDS (5)
# A long run keeps new inputs in fuzz/corpus/outside_input (git-ignored); a check keeps
# none, and the committed seeds in fuzz/seeds are never written to. cargo-fuzz needs nightly features, and
# RUSTC_BOOTSTRAP lets the stable toolchain use them. No sanitizer: the code under test
# is safe Rust, and AddressSanitizer would double the build and run times for nothing.
set -euo pipefail
cd "$(dirname "$0")/../fuzz"
export PATH="$HOME/.cargo/bin:$PATH"
command -v cargo-fuzz >/dev/null || bash ../scripts/setup.sh fuzz
mkdir -p corpus/outside_input

# fuzz FOLDER LIBFUZZER-OPTIONS...: replays FOLDER, the kept corpus and the seeds, then
# fuzzes; new inputs go to FOLDER.
fuzz() {
  local folders=("$1")
  [ "$1" = corpus/outside_input ] || folders+=(corpus/outside_input)
  shift
  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none outside_input "${folders[@]}" seeds -- \
    -max_len=256 -print_final_stats=1 "$@"
}

if [ "${1:-}" != check ]; then
  fuzz corpus/outside_input -max_total_time="${1:-600}"
  exit
fi

scratch=$(mktemp -d)
trap 'rm -rf "$scratch" "$scratch.log"' EXIT
if fuzz "$scratch" -max_total_time="${FUZZ_SECONDS:-5}" 2>&1 | tee "$scratch.log"; then
  # libFuzzer ran every corpus input once before fuzzing on: each is one check passed.
  replayed=$(sed -n 's/^INFO: seed corpus: files: \([0-9]*\).*/\1/p' "$scratch.log")
  echo "fuzz: ${replayed:-0} passed, 0 failed (corpus inputs replayed, then ${FUZZ_SECONDS:-5} s of fuzzing)"
else
  echo "fuzz: 0 passed, 1 failed (the crashing input is in fuzz/artifacts/outside_input/)"
  exit 1
fi
